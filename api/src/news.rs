//! News in a case and the e-mail that says there is some (issue 17): the bodies of
//! `GET /api/v1/cases/{case_id}/news`, `POST …/news/{news_id}/read` and `GET`/`PUT /api/v1/email`.

use serde::{Deserialize, Serialize};

/// One news item of a case, as the reader sees it. The portal words it from `kind` and `detail`
/// (`ui-news-*` messages); the item itself carries codes and dates only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewsItem {
    pub id: String,
    pub case_id: String,
    /// `version` (new facts: see "Wat is er veranderd?"), `step` (a new step in the correction),
    /// `decision` (a new UWV decision), `letter` (a new letter from UWV), `deadline` (the
    /// objection term ends within 7 days), `campaign` (news about the correction campaign).
    pub kind: String,
    /// A code: the version number (`version`), the step (`step`: `first_check` …), the decision's
    /// kind (`decision`: `dagloon_correction` …), the letter's subject (`letter`), the last day to
    /// object as `YYYY-MM-DD` (`deadline`), the topic (`campaign`: `processing_time` …).
    pub detail: String,
    /// The version of the case the item is about.
    pub version: i64,
    /// When the item was made (RFC 3339, UTC).
    pub created_at: String,
    /// Whether this reader marked it read (per person: a supporter's reading is their own).
    pub read: bool,
    /// Where in the portal to read more: `/cases/{case_id}#wat-is-er-veranderd` for a new
    /// version, else the case.
    pub link: String,
}

/// `GET`/`PUT /api/v1/email` (clients): the address to tell of news, and whether to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct EmailSettings {
    /// The address; empty or absent: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Send a mail when there is news (it says only that there is news and how to sign in).
    pub notify: bool,
}
