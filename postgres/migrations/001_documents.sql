-- Documents and their revisions; the same model as the SQLite store.
CREATE TABLE documents (
    id         TEXT PRIMARY KEY,
    url        TEXT NOT NULL DEFAULT '',
    latest     INTEGER NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX documents_url ON documents(url) WHERE url <> '';

CREATE TABLE revisions (
    id           BIGSERIAL PRIMARY KEY,
    doc_id       TEXT NOT NULL REFERENCES documents(id),
    revision     INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    url          TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    author       TEXT NOT NULL DEFAULT '',
    publisher    TEXT NOT NULL DEFAULT '',
    published    TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL,
    record       JSONB NOT NULL,
    stored_at    TIMESTAMPTZ NOT NULL,
    tsv          TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || text)) STORED,
    UNIQUE (doc_id, revision)
);
CREATE INDEX revisions_hash ON revisions(content_hash);
CREATE INDEX revisions_published ON revisions(published, id);
CREATE INDEX revisions_publisher ON revisions(lower(publisher));
CREATE INDEX revisions_tsv ON revisions USING GIN (tsv);

CREATE TABLE entities (
    rev_id     BIGINT NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    start_cp   INTEGER NOT NULL,
    end_cp     INTEGER NOT NULL,
    text       TEXT NOT NULL,
    type       TEXT NOT NULL,
    actor_name TEXT NOT NULL DEFAULT '',
    actor_code TEXT NOT NULL DEFAULT '',
    role       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX entities_rev ON entities(rev_id);
CREATE INDEX entities_code ON entities(actor_code);
CREATE INDEX entities_text ON entities(lower(text));

CREATE TABLE quotes (
    id           BIGSERIAL PRIMARY KEY,
    rev_id       BIGINT NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    content      TEXT NOT NULL,
    speaker      TEXT NOT NULL DEFAULT '',
    speaker_name TEXT NOT NULL DEFAULT '',
    speaker_code TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL,
    venue        TEXT NOT NULL DEFAULT '',
    tsv          TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', content)) STORED
);
CREATE INDEX quotes_rev ON quotes(rev_id);
CREATE INDEX quotes_tsv ON quotes USING GIN (tsv);

CREATE TABLE events (
    rev_id      BIGINT NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
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
    rev_id    BIGINT NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    text      TEXT NOT NULL,
    category  TEXT NOT NULL,
    technique TEXT NOT NULL DEFAULT '',
    voice     TEXT NOT NULL,
    speaker   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX frames_rev ON frames(rev_id);

CREATE TABLE claims (
    rev_id   BIGINT NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    text     TEXT NOT NULL,
    quantity DOUBLE PRECISION NOT NULL,
    unit     TEXT NOT NULL,
    speaker  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX claims_rev ON claims(rev_id);
