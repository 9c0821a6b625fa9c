-- The dashboard's figures that grow with the cases, kept (issue 12's budget on SQLite at 220,000
-- cases; crate::workbench::totals). Portable SQL.

-- Open cases (step other than 'decided') per received day. Invariant: the rows with cases equal
-- the aggregate over workbench_cases; every writer moves the case's share in its own transaction.
CREATE TABLE workbench_open_days (
    received_at TEXT PRIMARY KEY,
    cases BIGINT NOT NULL
);

INSERT INTO workbench_open_days (received_at, cases)
SELECT received_at, COUNT(*) FROM workbench_cases WHERE step <> 'decided' GROUP BY received_at;

-- Decision steps per day (the date of the step's `at`, UTC). Invariant: equal to the aggregate
-- over workbench_steps with action 'decision'; the step's writer counts it in its transaction.
CREATE TABLE workbench_decision_days (
    day TEXT PRIMARY KEY,
    decided BIGINT NOT NULL
);

INSERT INTO workbench_decision_days (day, decided)
SELECT SUBSTR(at, 1, 10), COUNT(*) FROM workbench_steps WHERE action = 'decision' GROUP BY SUBSTR(at, 1, 10);

-- The indexes of 0014 that only the dashboard's per-day aggregates read.
DROP INDEX workbench_steps_action_at;
DROP INDEX workbench_cases_received;
