-- Lists and sorts read narrow columns, never a whole record (issue 17): a
-- quote row carries its quote's JSON, an event row its sentence. Rows stored
-- before are filled from their records when the store opens (sqlstore's
-- backfill); NULL marks a row not filled yet, and the partial indexes find
-- those at once (and are empty once all are filled).
ALTER TABLE quotes ADD COLUMN item TEXT;
ALTER TABLE events ADD COLUMN sentence TEXT;
CREATE INDEX quotes_unfilled ON quotes(rev_id) WHERE item IS NULL;
CREATE INDEX events_unfilled ON events(rev_id) WHERE sentence IS NULL;
