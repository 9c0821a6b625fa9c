-- News in a case (issue 17): what is new since a person's last visit, read/unread per person,
-- e-mail settings and the outbox that tells a client there is news, and the campaign statements
-- already told.

-- One news item of a case. `kind`: version (a new version of the facts), step (a new step in
-- the correction), decision (a new UWV decision), letter (a new letter in the communication
-- log), deadline (the objection term ends within 7 days), campaign (a new or changed campaign
-- statement). `detail` is a code, never prose or a figure: the step, the decision's kind, the
-- deadline date, the campaign topic. `event` is unique: an event made twice (deadline news by
-- two instances, a campaign statement told again) stays one item.
CREATE TABLE news (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (case_id),
    kind TEXT NOT NULL,
    detail TEXT NOT NULL,
    version BIGINT NOT NULL,
    event TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
CREATE INDEX news_case ON news (case_id);

-- Who read which item: per person, so a supporter reading does not mark the client's news read.
CREATE TABLE news_read (
    news_id TEXT NOT NULL REFERENCES news (id),
    account_id TEXT NOT NULL REFERENCES accounts (id),
    read_at TEXT NOT NULL,
    PRIMARY KEY (news_id, account_id)
);

-- A client's e-mail address and whether they want to be told of news (notify 1 or 0).
-- The address is personal data: it is never logged.
CREATE TABLE email_settings (
    account_id TEXT PRIMARY KEY REFERENCES accounts (id),
    address TEXT NOT NULL,
    notify BIGINT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Mails to send: only whom to tell (the address is read when sending, so an opt-out or a new
-- address holds for mail still waiting). A sender claims a row until `claimed_until`, so two
-- instances never send the same row; `sent_at` is set by the claimant only.
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    next_attempt_at TEXT NOT NULL,
    claimed_by TEXT,
    claimed_until TEXT,
    sent_at TEXT,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);

-- The campaign statements (explain/data/not-known-yet.json) already told: per topic and date
-- a fingerprint of the statement, so a new or changed one becomes news once.
CREATE TABLE campaign_told (
    statement TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    told_at TEXT NOT NULL
);
