-- One small row per case for the team lead's dashboard (issue 12): the outcome of the dagloon
-- correction and the amounts it moves, in cents, taken from core's result of the case's latest
-- version. Written in the transaction that stores each version (crate::case_summary), so it
-- cannot drift from the case; rows of cases stored before this migration, or computed by other
-- rules (another rules_version), are filled in when the server connects. Portable SQL.
CREATE TABLE case_summaries (
    case_id TEXT PRIMARY KEY REFERENCES cases (case_id),
    version BIGINT NOT NULL,
    rules_version TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('too_low', 'correct', 'too_high', 'not_computed')),
    -- Amounts in cents. `*_decided` is 1 when UWV's dagloon-correction decision states the amount
    -- (the cents are then UWV's), 0 when the cents are Helder's calculation.
    back_payment_cents BIGINT NOT NULL,
    back_payment_decided BIGINT NOT NULL CHECK (back_payment_decided IN (0, 1)),
    interest_cents BIGINT NOT NULL,
    interest_decided BIGINT NOT NULL CHECK (interest_decided IN (0, 1)),
    not_reclaimed_cents BIGINT NOT NULL
);
