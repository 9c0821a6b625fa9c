//! "Dit klopt niet": a client's request to correct the Polis wage of one month. The client asks
//! for the estimate of what their own value would change (`CorrectionEstimate`, an estimate,
//! never a decision), sends the request as a letter (`POST /api/v1/cases/{case_id}/letters`,
//! kind `correction`), and the request gets a trail: `received` → `in_progress` (taken by a
//! checker) → `handled` with an outcome. Checkers work it from their own worklist.

use serde::{Deserialize, Serialize};

/// Ask for the estimate of a corrected month's wage.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EstimateCorrection {
    /// The month (`YYYY-MM`) of the reference period whose Polis wage is wrong.
    pub month: String,
    /// The wage the client says is right (`1234.56`).
    pub value: String,
}

/// What the client's value would change. Every `estimate` and `difference` is Helder's estimate;
/// `current` is the figure the case page shows now.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CorrectionEstimate {
    pub month: String,
    /// The Polis wage the case holds for the month (`0.00` when none).
    pub polis: String,
    /// The client's value.
    pub value: String,
    pub figures: Vec<EstimatedFigure>,
}

/// One figure now and with the client's value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EstimatedFigure {
    /// `dagloon`, `benefit_month` or `backpay`.
    pub name: String,
    /// The result field of `current` (a JSON pointer).
    pub figure: String,
    /// For `benefit_month`: the month (`YYYY-MM`).
    pub month: Option<String>,
    pub current: String,
    pub estimate: String,
    /// `estimate − current`.
    pub difference: String,
}

/// A request to correct a month's wage, with its trail.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CorrectionRequest {
    pub id: String,
    pub case_id: String,
    /// The letter that carried it (in the case's communication log).
    pub letter_id: String,
    pub month: String,
    /// The Polis wage when the request was sent, and the client's value.
    pub polis_wage: String,
    pub client_wage: String,
    /// The estimate shown to the client when they sent it.
    pub estimate: CorrectionEstimate,
    /// When it was received (RFC 3339, UTC).
    pub received_at: String,
    /// `received`, `in_progress` or `handled`.
    pub state: String,
    /// For `handled`: `corrected` or `not_corrected`.
    pub outcome: Option<String>,
    /// Where the request stands, in one sentence for the reader (a supporter reads about the
    /// client); only on the case's own list.
    pub said: Option<String>,
    /// Every step, oldest first.
    pub trail: Vec<TrailEntry>,
}

/// One step of a request's trail (append-only).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrailEntry {
    pub state: String,
    /// RFC 3339, UTC.
    pub at: String,
    /// Who did it (staff see names; the client and a supporter see none).
    pub by: Option<String>,
    pub outcome: Option<String>,
    /// The checker's reason (staff only).
    pub note: Option<String>,
}

/// The case's correction requests, newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CorrectionRequests {
    pub requests: Vec<CorrectionRequest>,
}

/// One request on the checkers' worklist: no client name, opening it is logged for the client.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestItem {
    pub id: String,
    pub case_id: String,
    pub month: String,
    pub received_at: String,
    pub state: String,
    /// Who took it (`in_progress`) or handled it.
    pub taken_by: Option<String>,
}

/// The checkers' worklist of correction requests in one state, oldest first (at most 100).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestList {
    pub items: Vec<RequestItem>,
}

/// Handle a request taken: the outcome and why.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HandleRequest {
    /// `corrected` (the Polis wage is corrected) or `not_corrected` (it stays).
    pub outcome: String,
    pub why: String,
}
