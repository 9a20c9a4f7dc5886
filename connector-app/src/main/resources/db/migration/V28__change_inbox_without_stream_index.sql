-- Issue 9: with (stream_key, position_at, id) beside (stream_key, status, position_at, id), H2 planned the
-- watermark's "last settled change before the first unsettled one" on the former while the table was new (its
-- statistics were still the defaults), and the connection kept that plan (QUERY_CACHE_SIZE): every batch then read
-- each of the stream's rows before that position to check its status, 0.2 to 0.4 s per look-up at 100,000 people.
-- The stream's highest position is now the highest of its per-status last positions, so the older index has no
-- query left; without it every stream query plans on change_inbox_stream_status.
DROP INDEX change_inbox_stream;
