-- Issue 9 (ADR 0031, amended): with (stream_key, position_at, id) beside (stream_key, status, position_at, id), the
-- app's H2 connections ran the watermark's "last settled change before the first unsettled one" on the former in a
-- 100,000-person backfill and kept that plan (QUERY_CACHE_SIZE): each look-up read the stream's rows before the bound
-- to check their status, 0.2 to 0.4 s apiece late in the run. The stream's highest position is now the highest of its
-- per-status last positions, so the older index has no query left; without it every stream query plans on
-- change_inbox_stream_status.
DROP INDEX change_inbox_stream;
