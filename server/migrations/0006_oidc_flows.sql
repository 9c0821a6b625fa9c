-- OpenID Connect sign-ins under way: one row per sign-in started, keyed by its `state`, bound to
-- the browser that started it (a hash of the token in its flow cookie), holding the nonce and
-- the PKCE verifier until the provider sends the person back. The callback deletes the row
-- before it uses it, so a state (and with it a code) is accepted once; rows live 10 minutes.
CREATE TABLE oidc_flows (
    state TEXT PRIMARY KEY,
    browser_hash TEXT NOT NULL,
    provider TEXT NOT NULL,
    nonce TEXT NOT NULL,
    pkce_verifier TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX oidc_flows_expiry ON oidc_flows (expires_at);
