-- Documents and their revisions. A document is identified by its doc_id; each
-- distinct text stored under it is a revision, the old ones kept.
CREATE TABLE documents (
    id         TEXT PRIMARY KEY,
    url        TEXT NOT NULL DEFAULT '',
    latest     INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX documents_url ON documents(url) WHERE url <> '';

CREATE TABLE revisions (
    id           INTEGER PRIMARY KEY,
    doc_id       TEXT NOT NULL REFERENCES documents(id),
    revision     INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    url          TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    author       TEXT NOT NULL DEFAULT '',
    publisher    TEXT NOT NULL DEFAULT '',
    published    TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL,
    record       TEXT NOT NULL, -- the document's JSON record with every layer
    stored_at    TEXT NOT NULL,
    UNIQUE (doc_id, revision)
);
CREATE INDEX revisions_hash ON revisions(content_hash);
CREATE INDEX revisions_published ON revisions(published, id);
CREATE INDEX revisions_publisher ON revisions(publisher COLLATE NOCASE);

CREATE VIRTUAL TABLE revisions_fts USING fts5(
    title, text, content='revisions', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER revisions_ai AFTER INSERT ON revisions BEGIN
    INSERT INTO revisions_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER revisions_ad AFTER DELETE ON revisions BEGIN
    INSERT INTO revisions_fts(revisions_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

-- The record layers, one row per item, for queries. The full record stays in
-- revisions.record; these rows are its index.
CREATE TABLE entities (
    rev_id     INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    type       TEXT NOT NULL,
    actor_name TEXT NOT NULL DEFAULT '',
    actor_code TEXT NOT NULL DEFAULT '',
    role       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX entities_rev ON entities(rev_id);
CREATE INDEX entities_code ON entities(actor_code);
CREATE INDEX entities_text ON entities(text COLLATE NOCASE);
CREATE INDEX entities_actor ON entities(actor_name COLLATE NOCASE);

CREATE TABLE quotes (
    id           INTEGER PRIMARY KEY,
    rev_id       INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL, -- index in the record's quote list
    content      TEXT NOT NULL,
    speaker      TEXT NOT NULL DEFAULT '',
    speaker_name TEXT NOT NULL DEFAULT '',
    speaker_code TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL,
    venue        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quotes_rev ON quotes(rev_id);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    content, speaker_name, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, content, speaker_name) VALUES (new.id, new.content, new.speaker_name);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, content, speaker_name) VALUES ('delete', old.id, old.content, old.speaker_name);
END;

CREATE TABLE events (
    rev_id      INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    type        TEXT NOT NULL,
    source_name TEXT NOT NULL DEFAULT '',
    source_code TEXT NOT NULL DEFAULT '',
    target_name TEXT NOT NULL DEFAULT '',
    target_code TEXT NOT NULL DEFAULT '',
    date        TEXT NOT NULL DEFAULT '',
    location    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_rev ON events(rev_id);
CREATE INDEX events_type ON events(type);

CREATE TABLE frames (
    rev_id    INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    text      TEXT NOT NULL,
    category  TEXT NOT NULL,
    technique TEXT NOT NULL DEFAULT '',
    voice     TEXT NOT NULL,
    speaker   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX frames_rev ON frames(rev_id);

CREATE TABLE claims (
    rev_id   INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    text     TEXT NOT NULL,
    quantity REAL NOT NULL,
    unit     TEXT NOT NULL,
    speaker  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX claims_rev ON claims(rev_id);
