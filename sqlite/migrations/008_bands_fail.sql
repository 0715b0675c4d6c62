-- story_bands again, its NOT NULL failing the statement (ON CONFLICT FAIL)
-- instead of aborting it. An article's twenty band keys are one insert that
-- dirties twenty index pages; a constraint that may abort a statement of
-- several rows makes SQLite keep a statement journal of those pages, which
-- spills to a temporary file past 64 KiB, for every article linked. A row
-- that fails now stops the statement, and the linking transaction is rolled
-- back as before.
CREATE TABLE story_bands_new (
    key    INTEGER NOT NULL ON CONFLICT FAIL, -- an LSH band key of the signature
    doc_id TEXT NOT NULL ON CONFLICT FAIL
);
INSERT INTO story_bands_new (key, doc_id) SELECT key, doc_id FROM story_bands;
DROP TABLE story_bands;
ALTER TABLE story_bands_new RENAME TO story_bands;
CREATE INDEX story_bands_key ON story_bands(key);
CREATE INDEX story_bands_doc ON story_bands(doc_id);
