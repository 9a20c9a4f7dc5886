-- Issue 9 (ADR 0031): the watermark's "first unsettled change of a stream" and "last settled change before it"
-- are read after every batch. Over (stream_key, position_at, id) they walked every settled row of the stream, so a
-- batch got slower as the inbox grew (5 s per batch of 200 at 50,000 people on H2). With the status after the
-- stream, each is one index probe.
CREATE INDEX change_inbox_stream_status ON change_inbox (stream_key, status, position_at, id);
