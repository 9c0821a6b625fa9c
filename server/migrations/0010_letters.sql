-- The case's communication log: every letter as sent, never changed (append-only triggers in
-- db::guard_append_only). The PDF is stored as base64 text (portable across SQLite and
-- PostgreSQL), the HTML as text, each with its SHA-256 (hex); `letter` is the drafted letter
-- (helder-letters' `Letter` as JSON: its sentences with their citations).
CREATE TABLE sent_letters (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (case_id),
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    language TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    sent_by TEXT NOT NULL REFERENCES accounts (id),
    case_version BIGINT NOT NULL,
    result_hash TEXT NOT NULL,
    letter TEXT NOT NULL,
    html TEXT NOT NULL,
    html_sha256 TEXT NOT NULL,
    pdf_base64 TEXT NOT NULL,
    pdf_sha256 TEXT NOT NULL
);
CREATE INDEX sent_letters_case ON sent_letters (case_id);
