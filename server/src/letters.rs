//! The case's letters (`helder-letters`): drafts rendered from the case's current result and
//! explanation, and the communication log of letters sent. Viewing and downloading follow the
//! case view's access rule exactly (`may_view`, with its access-log and audit rows); sending is
//! for the client (their own letters) or staff with a reason (UWV's decision letters). A sent
//! letter is stored as it was sent, PDF and HTML with their SHA-256, in `sent_letters`, which
//! the database keeps append-only.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use helder_api::{LetterDraft, Letters, SendLetter, SentLetter};
use helder_letters::{Kind, Letter, Recipient, Sources};

use crate::api::{ClientAddress, Viewer, may_view, record_view};
use crate::auth::Session;
use crate::db::{AuditEntry, Db, now, random_id};
use crate::error::{ApiError, JsonBody, PathParams, QueryParams};
use crate::http::AppState;

/// How a draft is asked for: language, format, recipient and the inputs of the client's letters.
#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DraftQuery {
    /// `nl` (default) or `en`.
    lang: Option<String>,
    /// `html` (default) or `pdf`.
    format: Option<String>,
    /// `client` (default) or `employer` (a decision letter's copy for the employer).
    recipient: Option<String>,
    /// For `correction`: the month (`YYYY-MM`) whose Polis wage is wrong.
    month: Option<String>,
    /// For `correction`: the wage the client says is right (`1234.56`).
    value: Option<String>,
    /// For `objection`: trace ids of the disputed lines, comma-separated.
    disputed: Option<String>,
}

/// `html` (default) or `pdf`.
#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FormatQuery {
    format: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/cases/{case_id}/letters", tag = "letters",
    summary = "The letters that can be drafted now and the communication log of letters sent",
    security(("session" = [])),
    params(("case_id" = String, Path, description = "The case number (`WIA-…`)"),
        ("X-Access-Reason" = Option<String>, Header, description = "Why a staff member opens the case (required for staff)")),
    responses(
        (status = 200, description = "Drafts and sent letters", body = Letters),
        (status = 400, description = "Staff without a reason", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 404, description = "No such case, or not this account's to see", body = helder_api::Error),
        (status = 422, description = "The stored facts do not compute", body = helder_api::CaseError),
    ))]
pub async fn letters(
    State(state): State<AppState>,
    session: Session,
    PathParams(case_id): PathParams<String>,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
) -> Result<Json<Letters>, ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    let viewer = may_view(db, &session, &case_id, &headers).await?;
    let current = Current::of(&state, db, &case_id, "nl").await?;
    record_view(db, &session, &viewer, &case_id, address).await?;
    let drafts = helder_letters::available(&current.result)
        .into_iter()
        .map(|kind| LetterDraft { kind: kind.code().to_owned(), decision: kind.is_decision() })
        .collect();
    Ok(Json(Letters { drafts, sent: sent_letters(db, &case_id).await? }))
}

#[utoipa::path(get, path = "/api/v1/cases/{case_id}/letters/{kind}", tag = "letters",
    summary = "A draft letter of the case, as HTML or tagged PDF (PDF/UA-1)",
    security(("session" = [])),
    params(("case_id" = String, Path, description = "The case number (`WIA-…`)"),
        ("kind" = String, Path, description = "The letter kind (`wia_claim`, `notice_of_default`, …)"),
        DraftQuery,
        ("X-Access-Reason" = Option<String>, Header, description = "Why a staff member opens the case (required for staff)")),
    responses(
        (status = 200, description = "The letter (`text/html` or `application/pdf`)", content((String = "text/html"), (String = "application/pdf"))),
        (status = 400, description = "Staff without a reason, or a bad kind, format, recipient, month or value", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 404, description = "No such case, not this account's to see, or the letter does not apply", body = helder_api::Error),
        (status = 422, description = "The stored facts do not compute", body = helder_api::CaseError),
    ))]
pub async fn draft(
    State(state): State<AppState>,
    session: Session,
    PathParams((case_id, kind)): PathParams<(String, String)>,
    QueryParams(query): QueryParams<DraftQuery>,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
) -> Result<Response, ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    let viewer = may_view(db, &session, &case_id, &headers).await?;
    let request = SendLetter {
        kind,
        lang: query.lang,
        recipient: query.recipient,
        month: query.month,
        value: query.value,
        disputed: query.disputed.map(|d| d.split(',').map(str::trim).map(str::to_owned).collect()).unwrap_or_default(),
    };
    let pdf = format_is_pdf(query.format.as_deref())?;
    let language = language(request.lang.as_deref())?;
    let current = Current::of(&state, db, &case_id, &language).await?;
    record_view(db, &session, &viewer, &case_id, address).await?;
    let letter = drafted(&current, &request, crate::dutch_day::today())?;
    if pdf {
        let bytes = tokio::task::spawn_blocking(move || helder_letters::pdf(&letter))
            .await
            .map_err(|e| ApiError::Internal(e.to_string()))?
            .map_err(|e| ApiError::Internal(e.to_string()))?;
        Ok(file(bytes, "application/pdf", &format!("{case_id}-{}.pdf", request.kind)))
    } else {
        Ok(file(helder_letters::html(&letter).into_bytes(), "text/html; charset=utf-8", ""))
    }
}

#[utoipa::path(post, path = "/api/v1/cases/{case_id}/letters", tag = "letters",
    summary = "Send a letter: drafted from the current result and stored as sent (immutable, with its SHA-256)",
    description = "The client sends their own letters (notice of default, objection, correction); staff, with a \
                   reason, send UWV's decision letters. Others may view drafts but not send.",
    security(("session" = [])),
    params(("case_id" = String, Path, description = "The case number (`WIA-…`)"),
        ("X-Access-Reason" = Option<String>, Header, description = "Why a staff member opens the case (required for staff)"),
        ("X-CSRF-Token" = String, Header, description = "The session's CSRF token (from GET /api/v1/session)")),
    request_body = SendLetter,
    responses(
        (status = 201, description = "The letter as stored in the communication log", body = SentLetter),
        (status = 400, description = "Staff without a reason, or a bad kind, recipient, month or value", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "This role may not send this letter (`letter_sender`), or a missing CSRF token", body = helder_api::Error),
        (status = 404, description = "No such case, not this account's to see, or the letter does not apply", body = helder_api::Error),
        (status = 422, description = "The stored facts do not compute", body = helder_api::CaseError),
    ))]
pub async fn send(
    State(state): State<AppState>,
    session: Session,
    PathParams(case_id): PathParams<String>,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
    JsonBody(request): JsonBody<SendLetter>,
) -> Result<(StatusCode, Json<SentLetter>), ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    let viewer = may_view(db, &session, &case_id, &headers).await?;
    let kind =
        Kind::parse(&request.kind).ok_or_else(|| ApiError::BadRequest("kind", "an unknown letter kind".into()))?;
    may_send(&viewer, kind)?;
    let language = language(request.lang.as_deref())?;
    let current = Current::of(&state, db, &case_id, &language).await?;
    let letter = drafted(&current, &request, crate::dutch_day::today())?;
    // "Dit klopt niet" also becomes a correction request on the checkers' worklist, with the
    // estimate the client saw (the letter's own computation).
    let correction = match kind {
        Kind::Correction => {
            let (month, value) = crate::correction_requests::checked_input(
                &current.result,
                request.month.as_deref(),
                request.value.as_deref(),
            )?;
            Some(crate::correction_requests::effect(&current, &month, value)?)
        }
        _ => None,
    };
    let html = helder_letters::html(&letter);
    let letter_json = serde_json::to_string(&letter).map_err(|e| ApiError::Internal(e.to_string()))?;
    let pdf = tokio::task::spawn_blocking(move || helder_letters::pdf(&letter))
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let sent = SentLetter {
        id: random_id(),
        kind: kind.code().to_owned(),
        recipient: recipient(request.recipient.as_deref())?.1.to_owned(),
        language,
        sent_at: now(),
        sent_by: session.account.display_name.clone(),
        pdf_sha256: helder_letters::sha256_hex(&pdf),
        html_sha256: helder_letters::sha256_hex(html.as_bytes()),
    };
    let origin = address.to_string();
    let audit = AuditEntry {
        actor: &session.account.id,
        role: &viewer.role,
        action: "letter_sent",
        object: &case_id,
        origin: &origin,
    };
    let stored = Stored { letter_json: &letter_json, html: &html, pdf: &pdf, correction: correction.as_ref() };
    store(db, &case_id, &session.account.id, &current, &sent, stored, &audit).await?;
    Ok((StatusCode::CREATED, Json(sent)))
}

#[utoipa::path(get, path = "/api/v1/cases/{case_id}/letters/sent/{letter_id}", tag = "letters",
    summary = "A sent letter exactly as it was sent (HTML or PDF)",
    security(("session" = [])),
    params(("case_id" = String, Path, description = "The case number (`WIA-…`)"),
        ("letter_id" = String, Path, description = "The sent letter's id"),
        FormatQuery,
        ("X-Access-Reason" = Option<String>, Header, description = "Why a staff member opens the case (required for staff)")),
    responses(
        (status = 200, description = "The letter as sent (`text/html` or `application/pdf`)", content((String = "text/html"), (String = "application/pdf"))),
        (status = 400, description = "Staff without a reason, or a bad format", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 404, description = "No such case or letter, or not this account's to see", body = helder_api::Error),
    ))]
pub async fn sent_letter(
    State(state): State<AppState>,
    session: Session,
    PathParams((case_id, letter_id)): PathParams<(String, String)>,
    QueryParams(query): QueryParams<FormatQuery>,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
) -> Result<Response, ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    let viewer = may_view(db, &session, &case_id, &headers).await?;
    let pdf = format_is_pdf(query.format.as_deref())?;
    let row: Option<(String, String, String)> =
        sqlx::query_as("SELECT kind, html, pdf_base64 FROM sent_letters WHERE case_id = $1 AND id = $2")
            .bind(&case_id)
            .bind(&letter_id)
            .fetch_optional(&db.pool)
            .await?;
    let (kind, html, pdf_base64) = row.ok_or(ApiError::NotFound)?;
    record_view(db, &session, &viewer, &case_id, address).await?;
    if pdf {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(pdf_base64)
            .map_err(|e| ApiError::Internal(format!("a stored letter is not base64: {e}")))?;
        Ok(file(bytes, "application/pdf", &format!("{case_id}-{kind}.pdf")))
    } else {
        Ok(file(html.into_bytes(), "text/html; charset=utf-8", ""))
    }
}

/// The case's current result and explanation, from the result cache.
pub(crate) struct Current {
    pub(crate) result: helder_core::ResultDocument,
    pub(crate) explanation: helder_explain::Explanation,
    pub(crate) result_hash: String,
    pub(crate) version: i64,
    pub(crate) document: String,
}

impl Current {
    pub(crate) async fn of(state: &AppState, db: &Db, case_id: &str, language: &str) -> Result<Current, ApiError> {
        let version = db.latest_version(case_id).await?.ok_or(ApiError::NotFound)?;
        let cached = state.results.get_or_compute(case_id, version.version, language, &version.document)?;
        let internal = |e: serde_json::Error| ApiError::Internal(e.to_string());
        Ok(Current {
            result: cached.result.parse().map_err(internal)?,
            explanation: cached.explanation.parse().map_err(internal)?,
            result_hash: cached.result_hash.clone(),
            version: version.version,
            document: version.document,
        })
    }
}

fn drafted(current: &Current, request: &SendLetter, sent: chrono::NaiveDate) -> Result<Letter, ApiError> {
    let kind =
        Kind::parse(&request.kind).ok_or_else(|| ApiError::BadRequest("kind", "an unknown letter kind".into()))?;
    let sources =
        Sources { result: &current.result, explanation: &current.explanation, result_hash: &current.result_hash, sent };
    let drafted = match kind {
        kind if kind.is_decision() => {
            helder_letters::decision(kind, recipient(request.recipient.as_deref())?.0, &sources)
        }
        Kind::NoticeOfDefault => helder_letters::notice_of_default(&sources),
        Kind::Objection => helder_letters::objection(&sources, &request.disputed),
        _ => {
            let (month, value) = crate::correction_requests::checked_input(
                &current.result,
                request.month.as_deref(),
                request.value.as_deref(),
            )?;
            helder_letters::correction(&sources, &current.document, &month, value)
        }
    };
    drafted.map_err(|error| match error {
        helder_letters::LetterError::NotApplicable(_) => ApiError::NotFound,
        other => ApiError::Internal(other.to_string()),
    })
}

/// The client sends their own letters; staff send UWV's decisions.
fn may_send(viewer: &Viewer, kind: Kind) -> Result<(), ApiError> {
    match (viewer.role.as_str(), kind.is_decision()) {
        ("client", false) | ("staff", true) => Ok(()),
        _ => Err(ApiError::Forbidden("letter_sender")),
    }
}

fn language(lang: Option<&str>) -> Result<String, ApiError> {
    match lang.unwrap_or("nl") {
        "nl" => Ok("nl".into()),
        "en" => Ok("en".into()),
        _ => Err(ApiError::BadRequest("lang", "nl or en".into())),
    }
}

fn recipient(recipient: Option<&str>) -> Result<(Recipient, &'static str), ApiError> {
    match recipient.unwrap_or("client") {
        "client" => Ok((Recipient::Client, "client")),
        "employer" => Ok((Recipient::Employer, "employer")),
        _ => Err(ApiError::BadRequest("recipient", "client or employer".into())),
    }
}

fn format_is_pdf(format: Option<&str>) -> Result<bool, ApiError> {
    match format.unwrap_or("html") {
        "html" => Ok(false),
        "pdf" => Ok(true),
        _ => Err(ApiError::BadRequest("format", "html or pdf".into())),
    }
}

/// A file answer; with a name, as a download.
fn file(bytes: Vec<u8>, content_type: &'static str, name: &str) -> Response {
    let mut response = (StatusCode::OK, [(header::CONTENT_TYPE, content_type)], bytes).into_response();
    if !name.is_empty()
        && let Ok(value) = format!("attachment; filename=\"{name}\"").parse()
    {
        response.headers_mut().insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// What is stored of a sent letter besides its row's metadata.
struct Stored<'a> {
    letter_json: &'a str,
    html: &'a str,
    pdf: &'a [u8],
    /// For "Dit klopt niet": the estimate of its correction request.
    correction: Option<&'a helder_api::correction::CorrectionEstimate>,
}

async fn store(
    db: &Db,
    case_id: &str,
    sender: &str,
    current: &Current,
    sent: &SentLetter,
    stored: Stored<'_>,
    audit: &AuditEntry<'_>,
) -> Result<(), sqlx::Error> {
    let Stored { letter_json, html, pdf, correction } = stored;
    let mut transaction = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO sent_letters (id, case_id, kind, recipient, language, sent_at, sent_by, case_version,
         result_hash, letter, html, html_sha256, pdf_base64, pdf_sha256)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
    )
    .bind(&sent.id)
    .bind(case_id)
    .bind(&sent.kind)
    .bind(&sent.recipient)
    .bind(&sent.language)
    .bind(&sent.sent_at)
    .bind(sender)
    .bind(current.version)
    .bind(&current.result_hash)
    .bind(letter_json)
    .bind(html)
    .bind(&sent.html_sha256)
    .bind(base64::engine::general_purpose::STANDARD.encode(pdf))
    .bind(&sent.pdf_sha256)
    .execute(&mut *transaction)
    .await?;
    let mut what = format!("letter {} {}", sent.kind, sent.id);
    if let Some(estimate) = correction {
        let request = crate::correction_requests::insert(&mut transaction, case_id, &sent.id, sender, estimate).await?;
        what.push_str(&format!(", correction request {request}"));
    }
    crate::db::insert_audit(&mut transaction, audit, &what).await?;
    transaction.commit().await
}

async fn sent_letters(db: &Db, case_id: &str) -> Result<Vec<SentLetter>, sqlx::Error> {
    type Row = (String, String, String, String, String, String, String, String);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT l.id, l.kind, l.recipient, l.language, l.sent_at, a.display_name, l.pdf_sha256, l.html_sha256
         FROM sent_letters l JOIN accounts a ON a.id = l.sent_by WHERE l.case_id = $1 ORDER BY l.sent_at, l.id",
    )
    .bind(case_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, kind, recipient, language, sent_at, sent_by, pdf_sha256, html_sha256)| SentLetter {
            id,
            kind,
            recipient,
            language,
            sent_at,
            sent_by,
            pdf_sha256,
            html_sha256,
        })
        .collect())
}
