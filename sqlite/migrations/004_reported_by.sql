-- Who reported a member's event when it stands in what someone said (the
-- event's reported_by: a quote's speaker); '' when the outlet reports it.
ALTER TABLE story_members ADD COLUMN reported_by TEXT NOT NULL DEFAULT '';
