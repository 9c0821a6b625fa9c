-- A staff member's note of a call about a case: when, who, the reason stated for the case, the
-- next step agreed and its deadline (YYYY-MM-DD, optional). Written with its audit row.
CREATE TABLE call_notes (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (case_id),
    staff_id TEXT NOT NULL REFERENCES accounts (id),
    at TEXT NOT NULL,
    reason TEXT NOT NULL,
    next_step TEXT NOT NULL,
    deadline TEXT
);
CREATE INDEX call_notes_case ON call_notes (case_id);
