-- Dossier store, version 2. A document's source is its path relative to the input, and paths
-- can be longer than the 4,000 characters version 1 allowed (a deep folder of long names, a
-- record suffix): one such path aborted a whole add. The column now takes any length (H2:
-- up to 1,000,000 characters; PostgreSQL: unlimited). Its index goes: nothing looks documents
-- up by source (the store sorts them itself), and a B-tree cannot hold very long keys.
-- Runs unchanged on H2 (MODE=PostgreSQL) and on PostgreSQL.

DROP INDEX document_result_source;
ALTER TABLE document_result ALTER COLUMN source SET DATA TYPE VARCHAR;
