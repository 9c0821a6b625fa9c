//! `helder-api`: the HTTP contract of `/api/v1`. Every request, response and error body is a type
//! here; the server serializes them, the portal deserializes them, and with the `openapi` feature
//! (the server's) each derives its OpenAPI schema, so the published document is generated from
//! the same types. Money stays what the contract makes it: strings with two decimals inside
//! `helder-result/1` (core's `Euro`), never a float.
//!
//! The result and explanation members are core's `ResultDocument` and helder-explain's
//! `Explanation` themselves; their schemas are described in `schema` (core's dependency list
//! stays tiny, so core carries no schema derives), and a test round-trips every golden result
//! through that description.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;
use std::sync::Arc;

mod letters;
#[cfg(feature = "openapi")]
pub mod schema;

pub mod workbench;
pub use letters::{LetterDraft, Letters, SendLetter, SentLetter};
pub mod change;
pub mod correction;
pub use change::CaseChange;

pub use helder_core::contract::ResultDocument;
pub use helder_explain::{Explanation, Sentence};

/// `GET /api/v1/health`: liveness and the version of the rules.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// Always `ok`.
    pub status: String,
    /// The version of helder-core.
    pub version: String,
    /// `helder-core <version>+<fingerprint of the parameter tables>`.
    pub rules_version: String,
}

/// `GET /api/v1/ready`: `ready`, or `database unavailable` (with status 503).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Ready {
    pub status: String,
    /// `none` when the server runs without a database.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
}

/// `GET /api/v1/session/methods`: which ways to sign in this server offers, so the portal shows
/// only those. Password sign-in (staff, supporters) is always there.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignInMethods {
    /// The demo picker and demo passwords (`--demo` only).
    pub demo: bool,
    /// Clients sign in with DigiD (OpenID Connect): start at `GET /api/v1/session/oidc/client`.
    pub digid: bool,
    /// Staff sign in with the organisation's single sign-on: `GET /api/v1/session/oidc/staff`.
    pub staff_sso: bool,
}

/// A demo client to sign in as (only with `--demo`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DemoClient {
    pub id: String,
    pub name: String,
}

/// `POST /api/v1/session/demo`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DemoSignIn {
    pub client_id: String,
}

/// `POST /api/v1/session`: staff and supporters sign in with a username and password.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignIn {
    pub username: String,
    pub password: String,
}

/// The signed-in account.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Account {
    pub id: String,
    pub name: String,
    /// `client`, `supporter` or `staff`.
    pub role: String,
}

/// A session: the account and the CSRF token every state-changing request must carry in the
/// `X-CSRF-Token` header.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignedIn {
    pub account: Account,
    pub csrf_token: String,
}

/// What lists and searches show of a case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseSummary {
    pub case_id: String,
    /// The client's display name.
    pub client: String,
}

/// `POST /api/v1/cases/search` (staff): either a case id or a BSN, never both. The BSN travels
/// only in this body, never in a URL.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Search {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bsn: Option<String>,
}

/// Who looks at a case, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Viewer {
    /// `client`, `supporter` or `staff`.
    pub role: String,
    pub name: String,
    /// The staff member's stated reason, `consent` for a supporter, `null` for the client.
    pub reason: Option<String>,
}

/// `GET /api/v1/cases/{case_id}`: the stored facts, the authoritative result with its hash, the
/// explanation and, for an undecided case, the what-if estimates.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseView {
    pub case_id: String,
    pub version: i64,
    /// The client's display name.
    pub client: String,
    pub viewer: Viewer,
    #[cfg_attr(feature = "openapi", schema(value_type = schema::CaseDocument))]
    pub facts: CaseDocument,
    pub rules_version: String,
    /// SHA-256 (hex) of the result document as sent.
    pub result_hash: String,
    #[cfg_attr(feature = "openapi", schema(value_type = schema::ResultDocument))]
    pub result: Prerendered<ResultDocument>,
    #[cfg_attr(feature = "openapi", schema(value_type = schema::Explanation))]
    pub explanation: Prerendered<Explanation>,
    pub what_if: Vec<Estimate>,
}

/// `POST /api/v1/what-if`: the result of an unsaved case, as in a case view.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseResult {
    pub rules_version: String,
    /// SHA-256 (hex) of the result document as sent.
    pub result_hash: String,
    #[cfg_attr(feature = "openapi", schema(value_type = schema::ResultDocument))]
    pub result: Prerendered<ResultDocument>,
    #[cfg_attr(feature = "openapi", schema(value_type = schema::Explanation))]
    pub explanation: Prerendered<Explanation>,
    pub what_if: Vec<Estimate>,
}

/// For an undecided case, one assumed decision: the hash of its result (the browser computes the
/// same assumed case and compares) and the money line of its first screen (the euros).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Estimate {
    /// `iva`, `wga` or `refused`.
    pub outcome: String,
    pub result_hash: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<schema::Sentence>))]
    pub estimate: Vec<Sentence>,
}

/// One stored version of a case's facts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseVersion {
    pub version: i64,
    pub created_at: String,
    pub created_by: String,
    #[cfg_attr(feature = "openapi", schema(value_type = schema::CaseDocument))]
    pub facts: CaseDocument,
}

/// A client's consent for a supporter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Consent {
    pub id: String,
    pub case_id: String,
    pub supporter_id: String,
    pub supporter_name: String,
    pub granted_at: String,
    /// The end of the last day of consent in the Netherlands, in UTC
    /// (`YYYY-MM-DDT22:59:59.999Z` in winter, `…T21:59:59.999Z` in summer).
    pub valid_until: String,
    pub revoked_at: Option<String>,
    /// Neither revoked nor past `valid_until` when this answer was made: the supporter may see
    /// the case now.
    pub active: bool,
}

/// `POST /api/v1/cases/{case_id}/consents`: consent for at most 90 days.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Grant {
    /// The supporter's id (from `GET /api/v1/supporters`) or username.
    pub supporter: String,
    /// The last day of consent, `YYYY-MM-DD`.
    pub valid_until: String,
}

/// The consent just granted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Granted {
    pub id: String,
    pub valid_until: String,
    /// The supporter's display name.
    pub supporter: String,
}

/// One opening of a case by someone other than its client.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Access {
    pub at: String,
    /// The display name of who opened the case.
    pub actor: String,
    /// `supporter` or `staff`.
    pub role: String,
    pub reason: Option<String>,
    /// `view` (the case was opened) or `search` (a staff search found it).
    pub kind: String,
}

/// A staff member's note of a call about a case: when, who, why (the reason stated for the
/// case), the next step agreed and its deadline. Staff only; never shown to the client.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CallNote {
    pub id: String,
    /// When the note was written (RFC 3339, UTC).
    pub at: String,
    /// The display name of the staff member who wrote it.
    pub staff: String,
    /// The reason the staff member stated for opening the case.
    pub reason: String,
    /// What happens next, and who does it.
    pub next_step: String,
    /// `YYYY-MM-DD`: by when the next step is due, when there is one.
    pub deadline: Option<String>,
}

/// `POST /api/v1/cases/{case_id}/call-notes` (staff): the next step and its deadline; the date,
/// the staff member and the reason come from the request itself.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewCallNote {
    pub next_step: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
}

/// A supporter a client can give consent to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Supporter {
    /// The supporter's account id, to name in a `Grant`. (Not the username: that is half of
    /// what signs the supporter in, and no client needs it.)
    pub id: String,
    pub name: String,
}

/// `POST /api/v1/what-if`: an unsaved case to compute and explain.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct WhatIf {
    #[cfg_attr(feature = "openapi", schema(value_type = schema::CaseDocument))]
    pub case: CaseDocument,
    /// `nl` (default) or `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// Every error but a case that does not compute: a stable code and a message for people.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Error {
    /// `unauthenticated`, `not_found`, `rate_limited`, `internal`, `csrf`, or a request-specific
    /// code (`reason_required`, `bsn`, `valid_until`, …).
    pub error: String,
    pub message: String,
}

/// 422: a case document that does not compute; core's error document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseError {
    /// Core's error code (`syntax`, `missing_field`, `bad_value`, …).
    pub error: String,
    /// JSON pointer of the offending field in the case document (empty for the whole document).
    pub path: String,
    pub message: String,
}

/// A `helder-case/1` document as it was stored or sent: kept as its JSON text, because core
/// parses and validates it (once, at its own contract) and the browser computes it as is.
#[derive(Clone, Debug)]
pub struct CaseDocument(Box<RawValue>);

impl CaseDocument {
    /// The document from its JSON text; `None` when the text is not JSON.
    pub fn from_json(text: String) -> Option<CaseDocument> {
        RawValue::from_string(text).ok().map(CaseDocument)
    }

    /// The document's JSON text.
    pub fn json(&self) -> &str {
        self.0.get()
    }
}

impl PartialEq for CaseDocument {
    fn eq(&self, other: &CaseDocument) -> bool {
        self.json() == other.json()
    }
}

impl Serialize for CaseDocument {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for CaseDocument {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<CaseDocument, D::Error> {
        Box::<RawValue>::deserialize(deserializer).map(CaseDocument)
    }
}

/// A big member (the result, the explanation) as a typed value or as its JSON text. The server
/// sends it already serialized from its cache of results and explanations per stored case
/// version; a reader receives the JSON text exactly as sent and parses it as `T` when it needs
/// the value. The browser parses the explanation and reads the members of the result it shows
/// from the JSON text; its engine, loaded after the first screen, checks that the same facts
/// give a result that hashes to `result_hash`. Both variants serialize to the same JSON.
#[derive(Clone, Debug)]
pub enum Prerendered<T> {
    Value(T),
    Json(Arc<RawValue>),
}

impl<T: Serialize> Prerendered<T> {
    /// `value` serialized once, to be sent many times.
    pub fn render(value: &T) -> serde_json::Result<Prerendered<T>> {
        serde_json::value::to_raw_value(value).map(|json| Prerendered::Json(Arc::from(json)))
    }
}

impl<T: serde::de::DeserializeOwned + Clone> Prerendered<T> {
    /// The value: parsed from the JSON text, or the value itself.
    pub fn parse(&self) -> serde_json::Result<T> {
        match self {
            Prerendered::Value(value) => Ok(value.clone()),
            Prerendered::Json(json) => serde_json::from_str(json.get()),
        }
    }
}

impl<T> Prerendered<T> {
    /// The JSON text of a serialized (or received) member.
    pub fn json(&self) -> Option<&str> {
        match self {
            Prerendered::Value(_) => None,
            Prerendered::Json(json) => Some(json.get()),
        }
    }
}

impl<T: PartialEq> PartialEq for Prerendered<T> {
    fn eq(&self, other: &Prerendered<T>) -> bool {
        match (self, other) {
            (Prerendered::Value(a), Prerendered::Value(b)) => a == b,
            (Prerendered::Json(a), Prerendered::Json(b)) => a.get() == b.get(),
            _ => false,
        }
    }
}

impl<T: Serialize> Serialize for Prerendered<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Prerendered::Value(value) => value.serialize(serializer),
            Prerendered::Json(json) => json.serialize(serializer),
        }
    }
}

/// Reading keeps the JSON text as received: `parse` makes it a `T`.
impl<'de, T> Deserialize<'de> for Prerendered<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Prerendered<T>, D::Error> {
        Box::<RawValue>::deserialize(deserializer).map(|json| Prerendered::Json(Arc::from(json)))
    }
}

mod news;
pub use news::{EmailSettings, NewsItem};
