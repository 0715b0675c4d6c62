-- Cross-story links (package story), as in the SQLite store: copy-detection
-- signatures and their LSH band keys, merged events with their members and
-- figures, and the changes between revisions of a document. Every row names
-- the document that made it, so a new revision replaces what the old one
-- linked. Writers are serialised by the link lock (see Store.Serially).
CREATE TABLE story_articles (
    doc_id     TEXT PRIMARY KEY REFERENCES documents(id),
    revision   INTEGER NOT NULL,
    copy_of    TEXT NOT NULL DEFAULT '', -- the original this article repeats
    similarity DOUBLE PRECISION NOT NULL DEFAULT 0,
    signature  BYTEA NOT NULL
);
CREATE INDEX story_articles_copy ON story_articles(copy_of) WHERE copy_of <> '';

CREATE TABLE story_bands (
    key    BIGINT NOT NULL, -- an LSH band key of the signature
    doc_id TEXT NOT NULL
);
CREATE INDEX story_bands_key ON story_bands(key);
CREATE INDEX story_bands_doc ON story_bands(doc_id);

CREATE TABLE story_clusters (
    id          TEXT PRIMARY KEY,
    seq         BIGSERIAL NOT NULL, -- creation order
    type        TEXT NOT NULL,
    date        TEXT NOT NULL DEFAULT '',
    source_name TEXT NOT NULL DEFAULT '',
    source_code TEXT NOT NULL DEFAULT '',
    target_name TEXT NOT NULL DEFAULT '',
    target_code TEXT NOT NULL DEFAULT '',
    location    TEXT NOT NULL DEFAULT '',
    topic       BYTEA NOT NULL
);
CREATE INDEX story_clusters_seq ON story_clusters(seq);
CREATE INDEX story_clusters_date ON story_clusters(date, id);
CREATE INDEX story_clusters_type ON story_clusters(type, date);

CREATE TABLE story_cluster_keys (
    key        TEXT NOT NULL, -- type|country, type|@place or type|*
    cluster_id TEXT NOT NULL REFERENCES story_clusters(id) ON DELETE CASCADE,
    PRIMARY KEY (key, cluster_id)
);
CREATE INDEX story_cluster_keys_cluster ON story_cluster_keys(cluster_id);

CREATE TABLE story_members (
    cluster_id TEXT NOT NULL REFERENCES story_clusters(id) ON DELETE CASCADE,
    doc_id     TEXT NOT NULL,
    event      INTEGER NOT NULL, -- the event's index in the document's record
    PRIMARY KEY (cluster_id, doc_id)
);
CREATE INDEX story_members_doc ON story_members(doc_id);

CREATE TABLE story_figures (
    id         BIGSERIAL PRIMARY KEY,
    cluster_id TEXT NOT NULL REFERENCES story_clusters(id) ON DELETE CASCADE,
    doc_id     TEXT NOT NULL,
    quantity   DOUBLE PRECISION NOT NULL,
    unit       TEXT NOT NULL,
    publisher  TEXT NOT NULL DEFAULT '',
    speaker    TEXT NOT NULL DEFAULT '',
    text       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX story_figures_cluster ON story_figures(cluster_id);
CREATE INDEX story_figures_doc ON story_figures(doc_id);

CREATE TABLE story_changes (
    doc_id   TEXT NOT NULL,
    from_rev INTEGER NOT NULL,
    to_rev   INTEGER NOT NULL,
    at       TEXT NOT NULL,
    added    TEXT NOT NULL, -- JSON list of readable lines
    removed  TEXT NOT NULL,
    PRIMARY KEY (doc_id, to_rev)
);

-- The timeline looks events and quotes up by actor.
CREATE INDEX quotes_speaker_code ON quotes(speaker_code);
