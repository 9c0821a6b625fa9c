-- Sessions end after a time without use (the idle timeout) as well as at their absolute end
-- (`expires_at`). Sessions from before this migration count as idle and end.
ALTER TABLE sessions ADD COLUMN last_seen_at TEXT NOT NULL DEFAULT '';
CREATE INDEX sessions_expires ON sessions (expires_at);
