-- Dossier store, version 5: what an add needs to work on the documents it touches only.
-- Reconciled parts carry the scope they were reconciled in (the weapon system's key, null for a
-- part that belongs to no scope: a sanction, waiver or exclusion) and an order key, so that an
-- add replaces the parts of the scopes it touches and the parts still read back in the order one
-- whole reconcile gives. Each document posts the scopes of its claims and the keys under which an
-- unscoped claim of it could reach scoped ones (document_posting). Grouping keeps each document's
-- memo (MinHash signature, agency credit, story features) with its LSH band keys and story terms,
-- and the story terms' document frequency over copy families, so that new documents are grouped
-- against their candidates only.
-- Runs unchanged on H2 (MODE=PostgreSQL) and on PostgreSQL.

ALTER TABLE dossier_event ADD COLUMN scope VARCHAR(400);
ALTER TABLE dossier_event ADD COLUMN order_key TEXT;
CREATE INDEX dossier_event_scope ON dossier_event (scope);
ALTER TABLE dossier_deal ADD COLUMN scope VARCHAR(400);
ALTER TABLE dossier_deal ADD COLUMN order_key TEXT;
CREATE INDEX dossier_deal_scope ON dossier_deal (scope);
ALTER TABLE dossier_contradiction ADD COLUMN scope VARCHAR(400);
ALTER TABLE dossier_contradiction ADD COLUMN order_key TEXT;
CREATE INDEX dossier_contradiction_scope ON dossier_contradiction (scope);

ALTER TABLE document_group ADD COLUMN wire_group VARCHAR(400);
CREATE INDEX document_group_wire ON document_group (wire_group);

CREATE TABLE document_posting (
    posting_key VARCHAR(1000) NOT NULL,
    document    VARCHAR(64)   NOT NULL,
    PRIMARY KEY (posting_key, document)
);
CREATE INDEX document_posting_document ON document_posting (document);

CREATE TABLE group_memo (
    document VARCHAR(64) PRIMARY KEY,
    memo     BYTEA       NOT NULL
);

CREATE TABLE group_band (
    band     BIGINT      NOT NULL,
    document VARCHAR(64) NOT NULL
);
CREATE INDEX group_band_band ON group_band (band, document);
CREATE INDEX group_band_document ON group_band (document);

CREATE TABLE story_posting (
    term     BIGINT      NOT NULL,
    document VARCHAR(64) NOT NULL
);
CREATE INDEX story_posting_term ON story_posting (term);
CREATE INDEX story_posting_document ON story_posting (document);

CREATE TABLE story_frequency (
    term     BIGINT  PRIMARY KEY,
    families INTEGER NOT NULL
);

-- The timeline and the undated events are read from the events themselves from now on. The
-- grouping and the reconciled parts of a store written before are dropped: they lack the new
-- columns, and the store's check on opening finds its documents ungrouped and rebuilds them all
-- once from the stored results (no source is read again).
DELETE FROM dossier_state WHERE id IN ('timeline', 'undated');
DELETE FROM document_group;
DELETE FROM dossier_event;
DELETE FROM dossier_deal;
DELETE FROM dossier_contradiction;
