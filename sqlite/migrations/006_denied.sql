-- A member that tells its merged event only as a denial ("the RSF denied
-- shelling the market"): 1, else 0.
ALTER TABLE story_members ADD COLUMN denied INTEGER NOT NULL DEFAULT 0;
