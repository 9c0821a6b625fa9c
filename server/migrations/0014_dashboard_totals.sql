-- The team lead's dashboard within its budget at 220,000 cases (issue 12). Portable SQL.

-- Decisions per day: the decision steps are an index range, read without the table.
CREATE INDEX workbench_steps_action_at ON workbench_steps (action, at);

-- The age of the open cases: open cases per received day, read from the index alone.
CREATE INDEX workbench_cases_received ON workbench_cases (received_at, step);

-- The dashboard's groups, kept (crate::workbench::totals): per category, step and outcome the
-- cases and, per amount and basis, the cases with that amount and its cents. Invariant: the rows
-- with cases equal the aggregate of workbench_cases LEFT JOIN case_summaries; every writer of
-- either table moves the case's share in its own transaction.
CREATE TABLE workbench_totals (
    category TEXT NOT NULL,
    step TEXT NOT NULL,
    outcome TEXT NOT NULL,
    cases BIGINT NOT NULL,
    back_payment_decided_cases BIGINT NOT NULL,
    back_payment_decided_cents BIGINT NOT NULL,
    back_payment_calculated_cases BIGINT NOT NULL,
    back_payment_calculated_cents BIGINT NOT NULL,
    interest_decided_cases BIGINT NOT NULL,
    interest_decided_cents BIGINT NOT NULL,
    interest_calculated_cases BIGINT NOT NULL,
    interest_calculated_cents BIGINT NOT NULL,
    not_reclaimed_cases BIGINT NOT NULL,
    not_reclaimed_cents BIGINT NOT NULL,
    PRIMARY KEY (category, step, outcome)
);

-- The totals of the rows already there (the same aggregate as totals::rebuild).
INSERT INTO workbench_totals (category, step, outcome, cases, back_payment_decided_cases,
    back_payment_decided_cents, back_payment_calculated_cases, back_payment_calculated_cents,
    interest_decided_cases, interest_decided_cents, interest_calculated_cases,
    interest_calculated_cents, not_reclaimed_cases, not_reclaimed_cents)
SELECT w.category, w.step, COALESCE(s.outcome, 'not_computed'), COUNT(*),
    CAST(SUM(CASE WHEN s.back_payment_decided = 1 AND s.back_payment_cents > 0 THEN 1 ELSE 0 END) AS BIGINT),
    CAST(SUM(CASE WHEN s.back_payment_decided = 1 THEN s.back_payment_cents ELSE 0 END) AS BIGINT),
    CAST(SUM(CASE WHEN s.back_payment_decided = 0 AND s.back_payment_cents > 0 THEN 1 ELSE 0 END) AS BIGINT),
    CAST(SUM(CASE WHEN s.back_payment_decided = 0 THEN s.back_payment_cents ELSE 0 END) AS BIGINT),
    CAST(SUM(CASE WHEN s.interest_decided = 1 AND s.interest_cents > 0 THEN 1 ELSE 0 END) AS BIGINT),
    CAST(SUM(CASE WHEN s.interest_decided = 1 THEN s.interest_cents ELSE 0 END) AS BIGINT),
    CAST(SUM(CASE WHEN s.interest_decided = 0 AND s.interest_cents > 0 THEN 1 ELSE 0 END) AS BIGINT),
    CAST(SUM(CASE WHEN s.interest_decided = 0 THEN s.interest_cents ELSE 0 END) AS BIGINT),
    CAST(SUM(CASE WHEN s.not_reclaimed_cents > 0 THEN 1 ELSE 0 END) AS BIGINT),
    CAST(SUM(CASE WHEN s.not_reclaimed_cents > 0 THEN s.not_reclaimed_cents ELSE 0 END) AS BIGINT)
FROM workbench_cases w LEFT JOIN case_summaries s ON s.case_id = w.case_id
GROUP BY w.category, w.step, COALESCE(s.outcome, 'not_computed');
