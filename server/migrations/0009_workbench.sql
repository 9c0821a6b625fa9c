-- The correction workbench (the UWV side). Portable between SQLite and PostgreSQL.

-- A staff account's team roles on the workbench (an account may hold several). Kept apart from
-- accounts.role, which stays client/supporter/staff.
CREATE TABLE team_roles (
    account_id TEXT NOT NULL REFERENCES accounts (id),
    team_role TEXT NOT NULL CHECK (team_role IN ('checker', 'expert', 'quality', 'team_lead')),
    PRIMARY KEY (account_id, team_role)
);

-- A case's place in the correction: its category and step, who took it, and the case version
-- it is at (the optimistic lock: a save names the version it read).
CREATE TABLE workbench_cases (
    case_id TEXT PRIMARY KEY REFERENCES cases (case_id),
    category TEXT NOT NULL,
    step TEXT NOT NULL CHECK (step IN ('sorted', 'first_check', 'second_check', 'expert_team',
        'quality_check', 'phone_call', 'decided')),
    received_at TEXT NOT NULL,
    due_date TEXT NOT NULL,
    claimed_by TEXT REFERENCES accounts (id),
    version BIGINT NOT NULL,
    step_since TEXT NOT NULL
);
-- Serves the worklist: one category and step, oldest first, keyset-paged.
CREATE INDEX workbench_worklist ON workbench_cases (category, step, received_at, case_id);

-- The two blind entries of the decisive facts (round 1 and 2). Not case versions: a case
-- version is readable by staff, and the second checker must not read the first entry.
CREATE TABLE workbench_checks (
    case_id TEXT NOT NULL REFERENCES cases (case_id),
    round BIGINT NOT NULL CHECK (round IN (1, 2)),
    checker_id TEXT NOT NULL REFERENCES accounts (id),
    at TEXT NOT NULL,
    facts TEXT NOT NULL,
    document TEXT NOT NULL,
    result_hash TEXT NOT NULL,
    PRIMARY KEY (case_id, round)
);

-- Every step: who, when, what changed and why; written in the transaction of the change.
CREATE TABLE workbench_steps (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (case_id),
    at TEXT NOT NULL,
    actor_id TEXT NOT NULL REFERENCES accounts (id),
    team_role TEXT NOT NULL,
    action TEXT NOT NULL,
    step_from TEXT NOT NULL,
    step_to TEXT NOT NULL,
    version BIGINT NOT NULL,
    what TEXT NOT NULL,
    why TEXT NOT NULL
);
CREATE INDEX workbench_steps_case ON workbench_steps (case_id);
