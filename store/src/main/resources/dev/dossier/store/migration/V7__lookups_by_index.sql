-- Dossier store, version 7: two lookups that read the table where an index would do.
--
-- An add looks up the stored documents posting each strongest term of its new articles
-- (GroupMemoTables.postedBy: up to 401 per term). The index on term alone sent every entry back
-- to the table for its document: a random read per posting, most of an add's story lookup on a
-- store of 10,000 documents. Indexing (term, document) answers the lookup from the index.
CREATE INDEX story_posting_term_document ON story_posting (term, document);
DROP INDEX story_posting_term;

-- Every opening reads the last revision a document belongs to (StoreCheck): without an index, a
-- scan of every stored document (seconds at 10,000 documents).
CREATE INDEX document_result_revision ON document_result (revision);
