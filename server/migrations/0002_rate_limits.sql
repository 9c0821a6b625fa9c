-- Rate-limit counters shared by every server instance on this database: one row per limited
-- key (a kind and a hash of the address or account, never the address or username itself), a
-- fixed window that starts at its first hit. Times are milliseconds since 1970 (UTC).
CREATE TABLE rate_limits (
    key TEXT PRIMARY KEY,
    window_start BIGINT NOT NULL,
    hits BIGINT NOT NULL
);
CREATE INDEX rate_limits_window ON rate_limits (window_start);
