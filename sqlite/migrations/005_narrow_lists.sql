-- Lists and sorts read narrow columns, never a whole record (issue 17): a
-- quote row carries its quote's JSON, an event row its sentence. Rows stored
-- before are filled from their records when the store opens (sqlstore's
-- backfill); NULL marks a row not filled yet, and the partial indexes find
-- those at once (and are empty once all are filled).
ALTER TABLE quotes ADD COLUMN item TEXT;
ALTER TABLE events ADD COLUMN sentence TEXT;
CREATE INDEX quotes_unfilled ON quotes(rev_id) WHERE item IS NULL;
CREATE INDEX events_unfilled ON events(rev_id) WHERE sentence IS NULL;
-- What a list shows of an article: the size of each layer of its latest
-- revision, kept on the document's row so that a list counts nothing.
ALTER TABLE documents ADD COLUMN n_entities INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN n_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN n_events INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN n_framing INTEGER NOT NULL DEFAULT 0;
UPDATE documents SET
    n_entities = (SELECT count(*) FROM entities x JOIN revisions r ON r.id = x.rev_id WHERE r.doc_id = documents.id AND r.revision = documents.latest),
    n_quotes = (SELECT count(*) FROM quotes x JOIN revisions r ON r.id = x.rev_id WHERE r.doc_id = documents.id AND r.revision = documents.latest),
    n_events = (SELECT count(*) FROM events x JOIN revisions r ON r.id = x.rev_id WHERE r.doc_id = documents.id AND r.revision = documents.latest),
    n_framing = (SELECT count(*) FROM frames x JOIN revisions r ON r.id = x.rev_id WHERE r.doc_id = documents.id AND r.revision = documents.latest);
-- The entity offsets take the names they have in PostgreSQL, so that one
-- INSERT serves both stores.
ALTER TABLE entities RENAME COLUMN start TO start_cp;
ALTER TABLE entities RENAME COLUMN "end" TO end_cp;
-- The timeline finds quotes by speaker code, as in PostgreSQL.
CREATE INDEX IF NOT EXISTS quotes_speaker_code ON quotes(speaker_code);
