//! "Dit klopt niet" on the client's side (issue 13): the estimate of what the client's own value
//! for a month's Polis wage would change, and the case's correction requests with their trail.
//! A request is made where its letter is sent (`letters::send`, kind `correction`), in the
//! letter's own transaction: the letter in the communication log, the request, its first trail
//! step (`received`) and the audit row exist together or not at all. Checkers work the requests
//! from their worklist (`workbench::requests`). Viewing follows the case view's rule (`may_view`).

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use helder_api::correction::{
    CorrectionEstimate, CorrectionRequest, CorrectionRequests, EstimateCorrection, EstimatedFigure, TrailEntry,
};
use helder_core::Euro;

use crate::api::{ClientAddress, may_view, record_view};
use crate::auth::Session;
use crate::db::{Db, now, random_id};
use crate::error::{ApiError, JsonBody, PathParams, QueryParams};
use crate::http::AppState;

/// The highest monthly wage Helder takes from a client (a typing error beyond it is caught here).
const HIGHEST_WAGE_CENTS: i64 = 100_000_000;

/// `nl` (default) or `en`: the language of the requests' sentences.
#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LanguageQuery {
    lang: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/cases/{case_id}/correction-estimate", tag = "letters",
    summary = "What the client's value for a month's Polis wage would change: an estimate",
    description = "Core computes the case with the client's value; the answer gives the dagloon, the benefit of \
                   the last month and the back payment now, estimated and their difference. Nothing is stored.",
    security(("session" = [])),
    params(("case_id" = String, Path, description = "The case number (`WIA-…`)"),
        ("X-Access-Reason" = Option<String>, Header, description = "Why a staff member opens the case (required for staff)"),
        ("X-CSRF-Token" = String, Header, description = "The session's CSRF token (from GET /api/v1/session)")),
    request_body = EstimateCorrection,
    responses(
        (status = 200, description = "The estimate", body = CorrectionEstimate),
        (status = 400, description = "Staff without a reason, a month outside the reference period (`month`) or \
                                      a value that is not an amount (`value`)", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 404, description = "No such case, not this account's to see, or the case has no dagloon", body = helder_api::Error),
        (status = 422, description = "The stored facts do not compute", body = helder_api::CaseError),
    ))]
pub async fn estimate(
    State(state): State<AppState>,
    session: Session,
    PathParams(case_id): PathParams<String>,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
    JsonBody(request): JsonBody<EstimateCorrection>,
) -> Result<Json<CorrectionEstimate>, ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    let viewer = may_view(db, &session, &case_id, &headers).await?;
    let current = crate::letters::Current::of(&state, db, &case_id, "nl").await?;
    let (month, value) = checked_input(&current.result, Some(&request.month), Some(&request.value))?;
    record_view(db, &session, &viewer, &case_id, address).await?;
    let effect = effect(&current, &month, value)?;
    Ok(Json(effect))
}

#[utoipa::path(get, path = "/api/v1/cases/{case_id}/correction-requests", tag = "letters",
    summary = "The case's requests to correct a month's wage, with where each stands",
    security(("session" = [])),
    params(("case_id" = String, Path, description = "The case number (`WIA-…`)"),
        LanguageQuery,
        ("X-Access-Reason" = Option<String>, Header, description = "Why a staff member opens the case (required for staff)")),
    responses(
        (status = 200, description = "The requests, newest first", body = CorrectionRequests),
        (status = 400, description = "Staff without a reason, or a bad language", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 404, description = "No such case, or not this account's to see", body = helder_api::Error),
    ))]
pub async fn requests(
    State(state): State<AppState>,
    session: Session,
    PathParams(case_id): PathParams<String>,
    QueryParams(query): QueryParams<LanguageQuery>,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
) -> Result<Json<CorrectionRequests>, ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    let viewer = may_view(db, &session, &case_id, &headers).await?;
    let language = match query.lang.as_deref().unwrap_or("nl") {
        "nl" => "nl",
        "en" => "en",
        _ => return Err(ApiError::BadRequest("lang", "nl or en".into())),
    };
    record_view(db, &session, &viewer, &case_id, address).await?;
    let client = db.account(&viewer.owner_id).await?.map(|a| a.display_name).unwrap_or_default();
    let reader = helder_explain::Reader::of(&viewer.role, &client);
    let staff = viewer.role == "staff";
    let mut requests = Vec::new();
    for id in ids_of_case(db, &case_id).await? {
        let mut request = load(db, &id, staff).await?;
        request.said = Some(said(&request, language, &reader)?);
        requests.push(request);
    }
    Ok(Json(CorrectionRequests { requests }))
}

/// The month and value of a correction, checked: a month of the dagloon's reference period, and
/// an amount (`1234.56`) from 0.00 up to € 1,000,000.00.
pub(crate) fn checked_input(
    result: &helder_core::ResultDocument,
    month: Option<&str>,
    value: Option<&str>,
) -> Result<(String, Euro), ApiError> {
    let dagloon = result.dagloon.as_ref().ok_or(ApiError::NotFound)?;
    let first = helder_core::calendar::Month::of(dagloon.reference_from);
    let last = helder_core::calendar::Month::of(dagloon.reference_to);
    let month =
        month.and_then(helder_core::calendar::Month::parse).filter(|m| *m >= first && *m <= last).ok_or_else(|| {
            ApiError::BadRequest("month", format!("a month (YYYY-MM) of the reference period, {first} to {last}"))
        })?;
    let value = value
        .map(str::trim)
        .and_then(helder_core::contract::parse_amount)
        .filter(|v| !v.is_negative() && *v <= Euro::cents(HIGHEST_WAGE_CENTS))
        .ok_or_else(|| ApiError::BadRequest("value", "an amount as 1234.56, from 0.00 to 1000000.00".into()))?;
    Ok((month.to_string(), value))
}

/// Core's estimate of the case with the client's value, as the API's type.
pub(crate) fn effect(
    current: &crate::letters::Current,
    month: &str,
    value: Euro,
) -> Result<CorrectionEstimate, ApiError> {
    let effect = helder_letters::correction_effect(&current.result, &current.document, month, value).map_err(
        |error| match error {
            helder_letters::LetterError::NotApplicable(_) => ApiError::NotFound,
            other => ApiError::Internal(other.to_string()),
        },
    )?;
    Ok(CorrectionEstimate {
        month: effect.month,
        polis: effect.polis,
        value: effect.value,
        figures: effect
            .figures
            .into_iter()
            .map(|f| EstimatedFigure {
                name: f.name,
                figure: f.figure,
                month: f.month,
                current: f.current,
                estimate: f.estimate,
                difference: f.difference,
            })
            .collect(),
    })
}

/// Writes a new request and its first trail step inside the letter's transaction.
pub(crate) async fn insert(
    connection: &mut sqlx::AnyConnection,
    case_id: &str,
    letter_id: &str,
    client_id: &str,
    estimate: &CorrectionEstimate,
) -> Result<String, sqlx::Error> {
    let id = random_id();
    let at = now();
    let estimate_json = serde_json::to_string(estimate).map_err(|e| sqlx::Error::Protocol(e.to_string()))?;
    sqlx::query(
        "INSERT INTO correction_requests (id, case_id, letter_id, month, polis_wage, client_wage, estimate, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&id)
    .bind(case_id)
    .bind(letter_id)
    .bind(&estimate.month)
    .bind(&estimate.polis)
    .bind(&estimate.value)
    .bind(&estimate_json)
    .bind(&at)
    .execute(&mut *connection)
    .await?;
    sqlx::query(
        "INSERT INTO correction_request_trail (request_id, step, state, at, actor_id, outcome, note)
         VALUES ($1, 1, 'received', $2, $3, NULL, NULL)",
    )
    .bind(&id)
    .bind(&at)
    .bind(client_id)
    .execute(&mut *connection)
    .await?;
    Ok(id)
}

async fn ids_of_case(db: &Db, case_id: &str) -> Result<Vec<String>, sqlx::Error> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT id FROM correction_requests WHERE case_id = $1 ORDER BY received_at DESC, id")
            .bind(case_id)
            .fetch_all(&db.pool)
            .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

type RequestRow = (String, String, String, String, String, String, String, String);
type TrailRow = (String, String, String, Option<String>, Option<String>);

/// A request with its trail; `staff` readers see who did each step and the checker's reason.
pub(crate) async fn load(db: &Db, id: &str, staff: bool) -> Result<CorrectionRequest, ApiError> {
    let row: Option<RequestRow> = sqlx::query_as(
        "SELECT id, case_id, letter_id, month, polis_wage, client_wage, estimate, received_at
         FROM correction_requests WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await?;
    let (id, case_id, letter_id, month, polis_wage, client_wage, estimate, received_at) =
        row.ok_or(ApiError::NotFound)?;
    let estimate: CorrectionEstimate = serde_json::from_str(&estimate)
        .map_err(|_| ApiError::Internal("a stored correction estimate does not read".into()))?;
    let rows: Vec<TrailRow> = sqlx::query_as(
        "SELECT t.state, t.at, a.display_name, t.outcome, t.note FROM correction_request_trail t
         JOIN accounts a ON a.id = t.actor_id WHERE t.request_id = $1 ORDER BY t.step",
    )
    .bind(&id)
    .fetch_all(&db.pool)
    .await?;
    let trail: Vec<TrailEntry> = rows
        .into_iter()
        .map(|(state, at, by, outcome, note)| TrailEntry {
            state,
            at,
            by: staff.then_some(by),
            outcome,
            note: if staff { note } else { None },
        })
        .collect();
    let last = trail.last().ok_or_else(|| ApiError::Internal("a correction request without a trail".into()))?;
    let (state, outcome) = (last.state.clone(), last.outcome.clone());
    Ok(CorrectionRequest {
        id,
        case_id,
        letter_id,
        month,
        polis_wage,
        client_wage,
        estimate,
        received_at,
        state,
        outcome,
        said: None,
        trail,
    })
}

/// Where the request stands, for the reader, dated on the Dutch day of its last step.
fn said(request: &CorrectionRequest, language: &str, reader: &helder_explain::Reader) -> Result<String, ApiError> {
    let since = request.trail.last().map(|step| step.at.as_str()).unwrap_or(&request.received_at);
    let day = chrono::DateTime::parse_from_rfc3339(since)
        .map(|at| crate::dutch_day::day_of(at.with_timezone(&chrono::Utc)))
        .map_err(|_| ApiError::Internal("a stored moment does not read".into()))?;
    helder_explain::correction_request_said(
        language,
        reader,
        &request.state,
        request.outcome.as_deref(),
        &request.month,
        &helder_core::calendar::format_date(day),
    )
    .map_err(|e| ApiError::Internal(e.to_string()))
}
