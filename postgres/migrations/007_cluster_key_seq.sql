-- Each key row carries its merged event's creation order (story_clusters.seq),
-- so a key's candidates are read newest first along (key, seq) and the read
-- stops at the candidate limit instead of reading every merged event that
-- ever had the key.
ALTER TABLE story_cluster_keys ADD COLUMN seq BIGINT NOT NULL DEFAULT 0;
UPDATE story_cluster_keys SET seq = (SELECT c.seq FROM story_clusters c WHERE c.id = story_cluster_keys.cluster_id);
CREATE INDEX story_cluster_keys_seq ON story_cluster_keys(key, seq);
