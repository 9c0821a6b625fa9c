//! The correction workbench: the UWV side of Helder. Checkers, experts, quality controllers and
//! team leads (`roles`) take cases from worklists (`worklist`), record the decisive facts twice,
//! blind (`checks`), settle disagreements (`expert`), sample for the quality check (`quality`),
//! call the client and record UWV's decision (`call`). Checkers also work the clients' requests
//! to correct a month's wage ("Dit klopt niet", `requests`), a list of its own. Every step is a new case version, saved
//! against the version it was read at, with its audit row in the same transaction (`audit`).
//!
//! Steps are core's `correction.step` values: `sorted` → (taken) `first_check` → `second_check`
//! → `expert_team` only on disagreement → `quality_check` when sampled → `phone_call` →
//! `decided`. The server enforces the four eyes; the portal only shows.

pub mod audit;
pub mod call;
pub mod checks;
pub mod dashboard;
pub mod expert;
pub mod impact;
pub mod quality;
pub mod requests;
pub mod roles;
pub mod totals;
pub mod worklist;

use helder_core::money::Euro;

use crate::api::Endpoint;

/// The quality-check sample: a share of the agreed cases, chosen per case by a hash of its id
/// (so the same cases for the same share, on every instance), plus every case whose back
/// payment is above a bound.
#[derive(Clone, Copy, Debug)]
pub struct Policy {
    /// Per mille of the cases (0-1000).
    pub quality_share_per_mille: u16,
    /// Every case with a back payment above this goes to the quality check.
    pub quality_back_payment_above: Euro,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy { quality_share_per_mille: 100, quality_back_payment_above: Euro::cents(1_000_000) }
    }
}

/// The workbench's endpoints (part of `api::endpoints()`, so the matrix and OpenAPI tests read them).
pub fn endpoints() -> Vec<Endpoint> {
    use axum::routing::{get, post};
    let e = |method, path, route| Endpoint { method, path, route };
    vec![
        e("GET", "/api/v1/workbench/worklist", get(worklist::worklist)),
        e("GET", "/api/v1/workbench/dashboard", get(dashboard::dashboard)),
        e("GET", "/api/v1/workbench/dashboard.csv", get(dashboard::dashboard_csv)),
        e("GET", "/api/v1/workbench/impact", get(impact::latest)),
        e("GET", "/api/v1/workbench/cases/{case_id}", get(audit::open)),
        e("POST", "/api/v1/workbench/cases/{case_id}/claim", post(worklist::claim)),
        e("POST", "/api/v1/workbench/cases/{case_id}/checks", post(checks::check)),
        e("POST", "/api/v1/workbench/cases/{case_id}/expert", post(expert::decide)),
        e("POST", "/api/v1/workbench/cases/{case_id}/quality", post(quality::verdict)),
        e("POST", "/api/v1/workbench/cases/{case_id}/calls", post(call::phone_call)),
        e("POST", "/api/v1/workbench/cases/{case_id}/decision", post(call::decision)),
        e("GET", "/api/v1/workbench/correction-requests", get(requests::list)),
        e("GET", "/api/v1/workbench/correction-requests/{request_id}", get(requests::open)),
        e("POST", "/api/v1/workbench/correction-requests/{request_id}/take", post(requests::take)),
        e("POST", "/api/v1/workbench/correction-requests/{request_id}/handle", post(requests::handle)),
    ]
}
