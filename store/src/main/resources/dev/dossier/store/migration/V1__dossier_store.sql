-- Dossier store, version 1. Runs unchanged on H2 (MODE=PostgreSQL) and on PostgreSQL.
-- Records are kept as JSON text (dev.dossier.store.json.DossierJson); a few columns are copied
-- out of the JSON for lookups. "position" keeps each list in the order it was saved.

CREATE TABLE document_result (
    id            VARCHAR(64)   PRIMARY KEY,
    source        VARCHAR(4000) NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    revision      BIGINT        NOT NULL,
    document_json TEXT          NOT NULL,
    result_json   TEXT          NOT NULL
);
CREATE INDEX document_result_source ON document_result (source, id);

CREATE TABLE document_group (
    document  VARCHAR(64)  PRIMARY KEY,
    story     VARCHAR(400) NOT NULL,
    position  INTEGER      NOT NULL,
    json      TEXT         NOT NULL
);
CREATE INDEX document_group_story ON document_group (story);

CREATE TABLE dossier_entity (
    id        VARCHAR(400) PRIMARY KEY,
    position  INTEGER      NOT NULL,
    json      TEXT         NOT NULL
);

CREATE TABLE dossier_event (
    id        VARCHAR(400) PRIMARY KEY,
    position  INTEGER      NOT NULL,
    json      TEXT         NOT NULL
);

CREATE TABLE dossier_deal (
    id        VARCHAR(400) PRIMARY KEY,
    position  INTEGER      NOT NULL,
    json      TEXT         NOT NULL
);

CREATE TABLE dossier_contradiction (
    id        VARCHAR(400) PRIMARY KEY,
    position  INTEGER      NOT NULL,
    json      TEXT         NOT NULL
);

-- Named values: the timeline, the undated events and the revision counter.
CREATE TABLE dossier_state (
    id        VARCHAR(100) PRIMARY KEY,
    position  INTEGER      NOT NULL,
    json      TEXT         NOT NULL
);
