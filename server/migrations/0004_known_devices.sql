-- Browsers that signed in to an account with its password: a hash of a random token kept in the
-- browser's device cookie. Such a browser is not held by the account's lockout (only by its own
-- limit), so an attacker's wrong passwords cannot lock the real user out of a browser they used.
CREATE TABLE known_devices (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX known_devices_account ON known_devices (account_id);
