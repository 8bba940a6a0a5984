-- Dossier store, version 3. Every committed write leaves one row: its revision, when it was
-- committed, the documents it added and a digest of the dossier it committed (deal slots with
-- their independent-origin counts and sources, events with their evidence, contradictions), so
-- that "what changed since revision R or date D" is read exactly, not guessed from two exports.
-- committed_at is null for a baseline row written for a store older than this log.
-- Runs unchanged on H2 (MODE=PostgreSQL) and on PostgreSQL.

CREATE TABLE revision_log (
    revision        BIGINT                   PRIMARY KEY,
    committed_at    TIMESTAMP WITH TIME ZONE,
    added_documents TEXT                     NOT NULL,
    digest          TEXT                     NOT NULL
);
CREATE INDEX revision_log_committed ON revision_log (committed_at, revision);
