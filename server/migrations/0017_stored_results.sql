-- Every stored case's result and Dutch explanation, written by `helder recompute --store`
-- (issue 15 budget 4) for operations after a parameter or rule change. One row per case, of its
-- latest version when the command ran: a row whose version or rules_version differs from the
-- case's latest version and the running rules is stale. Every figure in it is Helder's
-- calculation (origin), never UWV's decision: the result document marks the amounts a UWV
-- decision states. Portable SQL (BYTEA is a blob with NUMERIC affinity on SQLite).
CREATE TABLE stored_results (
    case_id TEXT PRIMARY KEY REFERENCES cases (case_id),
    version BIGINT NOT NULL,
    rules_version TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin = 'helder_calculation'),
    -- SHA-256 (hex) of the result document as `helder compute` writes it; NULL with an error.
    result_hash TEXT,
    -- The result document, zstd-compressed (crate::stored_results says why); NULL with an error.
    result_zstd BYTEA,
    -- The explanation as `helder compute --explain nl` writes it; NULL with an error.
    explanation_nl TEXT,
    -- The CASE-FORMAT error document when the case does not compute; NULL otherwise.
    error TEXT,
    CHECK ((error IS NULL) = (result_hash IS NOT NULL))
);
