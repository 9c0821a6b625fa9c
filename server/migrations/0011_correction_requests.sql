-- "Dit klopt niet": a client's request to correct the Polis wage of one month, sent as a letter
-- (`letter_id` in the communication log), with the estimate the client saw (helder-api's
-- `CorrectionEstimate` as JSON). Both tables are append-only (triggers in db::guard_append_only):
-- a request's state is the last row of its trail.
CREATE TABLE correction_requests (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (case_id),
    letter_id TEXT NOT NULL REFERENCES sent_letters (id),
    month TEXT NOT NULL,
    polis_wage TEXT NOT NULL,
    client_wage TEXT NOT NULL,
    estimate TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX correction_requests_case ON correction_requests (case_id);

-- The trail: step 1 `received` (the client), 2 `in_progress` (the checker who took it),
-- 3 `handled` (that checker, with the outcome and why). The primary key lets only one of two
-- checkers taking the same request at once write step 2.
CREATE TABLE correction_request_trail (
    request_id TEXT NOT NULL REFERENCES correction_requests (id),
    step BIGINT NOT NULL CHECK (step IN (1, 2, 3)),
    state TEXT NOT NULL CHECK (state IN ('received', 'in_progress', 'handled')),
    at TEXT NOT NULL,
    actor_id TEXT NOT NULL REFERENCES accounts (id),
    outcome TEXT CHECK (outcome IS NULL OR outcome IN ('corrected', 'not_corrected')),
    note TEXT,
    PRIMARY KEY (request_id, step)
);
