-- What the access-log row records: 'view' (a case opened) or 'search' (the case was found by a
-- staff search, with the staff member's reason).
ALTER TABLE access_log ADD COLUMN kind TEXT NOT NULL DEFAULT 'view';
