-- Helder's schema. Portable between SQLite and PostgreSQL: TEXT, BIGINT and no auto-increment
-- (ids are made by the application). Times are UTC RFC 3339 text.

-- People who sign in. A client's BSN is stored for staff search only; it is never logged.
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('client', 'supporter', 'staff')),
    display_name TEXT NOT NULL,
    username TEXT UNIQUE,
    password_hash TEXT,
    bsn TEXT UNIQUE,
    created_at TEXT NOT NULL
);

-- A case belongs to one client.
CREATE TABLE cases (
    case_id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES accounts (id),
    created_at TEXT NOT NULL
);

-- Case facts as helder-case/1 documents: an update adds a version, nothing is overwritten.
CREATE TABLE case_versions (
    case_id TEXT NOT NULL REFERENCES cases (case_id),
    version BIGINT NOT NULL,
    document TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    PRIMARY KEY (case_id, version)
);

-- Sessions live in the database so several server instances can share them. Only a hash of
-- the session token is stored.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

-- A client's consent for a named supporter to see a case, for at most 90 days.
CREATE TABLE consents (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (case_id),
    supporter_id TEXT NOT NULL REFERENCES accounts (id),
    granted_at TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX consents_case ON consents (case_id);

-- Who opened a case, when and why: shown to the client.
CREATE TABLE access_log (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (case_id),
    actor_id TEXT NOT NULL REFERENCES accounts (id),
    role TEXT NOT NULL,
    reason TEXT,
    at TEXT NOT NULL
);
CREATE INDEX access_log_case ON access_log (case_id);

-- Append-only audit trail: the application only ever inserts here.
CREATE TABLE audit (
    id TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL,
    object TEXT NOT NULL,
    result TEXT NOT NULL,
    origin TEXT NOT NULL
);
