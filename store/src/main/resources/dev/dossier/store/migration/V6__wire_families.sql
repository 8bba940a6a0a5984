-- Dossier store, version 6: an add joins a large copy family without reading all its members.
-- Each wire group keeps its family (wire_family: members by credit and by story, and the distinct
-- story terms of all of them, encoded by WireFamily.encode), and each memo its credit in a column,
-- so that the members whose credit is written out otherwise once the family grows are found by
-- key. The families are worked out from the memos, which SQL cannot read: a store written before
-- is marked as keeping no memos, so that its next add is whole and writes them all again.
-- Runs unchanged on H2 (MODE=PostgreSQL) and on PostgreSQL.

ALTER TABLE group_memo ADD COLUMN credit VARCHAR(400);
CREATE INDEX group_memo_credit ON group_memo (credit, document);

CREATE TABLE wire_family (
    wire_group VARCHAR(400) PRIMARY KEY,
    family     BYTEA        NOT NULL
);

DELETE FROM dossier_state WHERE id = 'memos_kept';
