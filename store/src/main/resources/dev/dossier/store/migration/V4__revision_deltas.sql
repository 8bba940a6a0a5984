-- Dossier store, version 4. An incremental add re-reconciles only the deal keys its articles
-- touch, so it no longer has the whole dossier to digest: its row keeps a delta instead (the
-- deal keys, event ids and contradiction ids it removed, and the digest of the parts it added or
-- replaced), and the digest at a revision is the latest full row before it with every delta after
-- it applied in order. Rows written before this version are full rows and stay valid.
-- Runs unchanged on H2 (MODE=PostgreSQL) and on PostgreSQL.

ALTER TABLE revision_log ADD COLUMN delta TEXT;
ALTER TABLE revision_log ALTER COLUMN digest DROP NOT NULL;
ALTER TABLE revision_log ADD CONSTRAINT revision_log_digest_or_delta
    CHECK ((digest IS NULL AND delta IS NOT NULL) OR (digest IS NOT NULL AND delta IS NULL));
