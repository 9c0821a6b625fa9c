//! The letters of a case (`/api/v1/cases/{case_id}/letters`): the drafts that apply now and the
//! letters sent, each stored as sent with its SHA-256 hash in the case's communication log.

use serde::{Deserialize, Serialize};

/// What the letters screen shows: the letters that can be drafted now, and those sent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Letters {
    /// Kinds that apply to the case now (`wia_claim`, `advance_settlement`, `dagloon_correction`,
    /// `penalty`: UWV's decisions; `notice_of_default`, `objection`, `correction`: the client's).
    pub drafts: Vec<LetterDraft>,
    /// The communication log: every letter sent, oldest first.
    pub sent: Vec<SentLetter>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LetterDraft {
    pub kind: String,
    /// True for UWV's decision letters, false for the client's own letters.
    pub decision: bool,
}

/// A letter as sent: immutable, with the SHA-256 (hex) of its PDF and of its HTML.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SentLetter {
    pub id: String,
    pub kind: String,
    /// `client` or `employer` (the employer's copy of a decision).
    pub recipient: String,
    pub language: String,
    /// When it was sent (RFC 3339, UTC).
    pub sent_at: String,
    /// The display name of who sent it.
    pub sent_by: String,
    pub pdf_sha256: String,
    pub html_sha256: String,
}

/// Send a letter: the server drafts it from the case's current result and stores it as sent.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SendLetter {
    pub kind: String,
    /// `nl` (default) or `en`.
    #[serde(default)]
    pub lang: Option<String>,
    /// `client` (default) or `employer`, for a decision letter.
    #[serde(default)]
    pub recipient: Option<String>,
    /// For `correction`: the month (`YYYY-MM`) whose Polis wage is wrong.
    #[serde(default)]
    pub month: Option<String>,
    /// For `correction`: the wage the client says is right (`1234.56`).
    #[serde(default)]
    pub value: Option<String>,
    /// For `objection`: trace ids of the lines the client disputes.
    #[serde(default)]
    pub disputed: Vec<String>,
}
