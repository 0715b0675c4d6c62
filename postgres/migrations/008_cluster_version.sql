-- Each merged event carries a version, a new random number on every write,
-- so a linker may keep the merged events it has read and read again only
-- those another linker (another worker) changed since.
ALTER TABLE story_clusters ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
