//! News in a case (issue 17): what is new for a client, and a supporter with consent, since
//! their last visit. An item is made where a case version is stored, in the same transaction as
//! the version (`record_version_news`, called by `Db::store_case`), so a version never exists
//! without its news: a new version, a new step in the correction, a new decision, a new letter.
//! Deadline news (the objection term of a decision ends within `DEADLINE_NOTICE_DAYS`) comes from
//! the date core computes, `decisions[].objection_deadline` (Awb 6:7, RULES §9); it is made when
//! someone reads the case's news and by the periodic news job of `helder serve` (so the mail goes
//! out although nobody signed in), each time idempotently: an item's `event` is unique.
//! Read/unread is per person (`news_read`). Staff do not see news and cannot mark it read.
//!
//! When news is made for a case whose client asked for mail, one row joins the outbox in the
//! same transaction (`crate::outbox::enqueue`), unless one is still waiting to be sent.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::NaiveDate;
use helder_api::NewsItem;
use serde_json::Value;
use sqlx::AnyConnection;

use crate::auth::Session;
use crate::db::{Db, now, random_id};
use crate::error::{ApiError, PathParams};
use crate::http::AppState;

/// Deadline news starts this many days before the last day to object.
pub const DEADLINE_NOTICE_DAYS: i64 = 7;

/// One thing to tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub kind: &'static str,
    pub detail: String,
    /// Unique per event: the same event made twice stays one item.
    pub key: String,
}

/// What is new in `document` against `previous`, two stored versions of one case (documents
/// the import validated). Compares facts only: the figures' differences are the
/// "Wat is er veranderd?" section's.
pub fn events_between(case_id: &str, version: i64, previous: &str, document: &str) -> Vec<Event> {
    let (Ok(old), Ok(new)) = (serde_json::from_str::<Value>(previous), serde_json::from_str::<Value>(document)) else {
        return Vec::new();
    };
    let mut events =
        vec![Event { kind: "version", detail: version.to_string(), key: format!("{case_id}:{version}:version") }];
    let step = |doc: &Value| doc.pointer("/correction/step").and_then(Value::as_str).map(str::to_owned);
    if let Some(new_step) = step(&new)
        && step(&old).as_ref() != Some(&new_step)
    {
        events.push(Event { kind: "step", key: format!("{case_id}:{version}:step:{new_step}"), detail: new_step });
    }
    let list = |doc: &Value, name: &str| doc.get(name).and_then(Value::as_array).cloned().unwrap_or_default();
    let text = |item: &Value, name: &str| item.get(name).and_then(Value::as_str).unwrap_or_default().to_owned();
    let old_decisions = list(&old, "decisions");
    for decision in list(&new, "decisions") {
        let (kind, reference) = (text(&decision, "kind"), text(&decision, "reference"));
        let known = old_decisions.iter().any(|d| text(d, "kind") == kind && text(d, "reference") == reference);
        if !known {
            events.push(Event {
                kind: "decision",
                key: format!("{case_id}:decision:{kind}:{reference}"),
                detail: kind,
            });
        }
    }
    let old_contacts = list(&old, "contacts");
    for (index, contact) in list(&new, "contacts").iter().enumerate() {
        if text(contact, "kind") == "letter" && !old_contacts.contains(contact) {
            events.push(Event {
                kind: "letter",
                key: format!("{case_id}:{version}:letter:{index}"),
                detail: text(contact, "subject"),
            });
        }
    }
    events
}

/// The news of a newly stored version, inside the transaction that stores it.
pub(crate) async fn record_version_news(
    connection: &mut AnyConnection,
    case_id: &str,
    version: i64,
    previous: Option<&str>,
    document: &str,
) -> Result<(), sqlx::Error> {
    // A first version is the case itself, not news in it.
    let Some(previous) = previous else { return Ok(()) };
    let events = events_between(case_id, version, previous, document);
    record(connection, case_id, version, &events).await
}

/// Stores the events not stored before and, when one was new, queues the client's mail.
pub(crate) async fn record(
    connection: &mut AnyConnection,
    case_id: &str,
    version: i64,
    events: &[Event],
) -> Result<(), sqlx::Error> {
    let mut added = 0;
    for event in events {
        added += sqlx::query(
            "INSERT INTO news (id, case_id, kind, detail, version, event, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event) DO NOTHING",
        )
        .bind(random_id())
        .bind(case_id)
        .bind(event.kind)
        .bind(&event.detail)
        .bind(version)
        .bind(&event.key)
        .bind(now())
        .execute(&mut *connection)
        .await?
        .rows_affected();
    }
    if added > 0 {
        crate::outbox::enqueue(connection, case_id).await?;
    }
    Ok(())
}

/// The deadline events of a case document on `today` (the Dutch day): each decision whose last
/// day to object is today or within `DEADLINE_NOTICE_DAYS`. A document that does not compute
/// has none (the import never stores one).
pub fn deadline_events(case_id: &str, document: &str, today: NaiveDate) -> Vec<Event> {
    let Ok(case) = helder_core::contract::parse_case(document) else { return Vec::new() };
    let Ok(result) = helder_core::compute_case(&case) else { return Vec::new() };
    result
        .decisions
        .iter()
        .filter(|d| d.objection_deadline >= today && (d.objection_deadline - today).num_days() <= DEADLINE_NOTICE_DAYS)
        .map(|d| Event {
            kind: "deadline",
            detail: d.objection_deadline.to_string(),
            key: format!("{case_id}:deadline:{}:{}:{}", d.kind, d.reference, d.objection_deadline),
        })
        .collect()
}

/// Makes the deadline news of one case on `today` (idempotent).
pub async fn make_deadline_news(db: &Db, case_id: &str, today: NaiveDate) -> Result<(), sqlx::Error> {
    let Some(latest) = db.latest_version(case_id).await? else { return Ok(()) };
    let events = deadline_events(case_id, &latest.document, today);
    if events.is_empty() {
        return Ok(());
    }
    let mut transaction = db.begin_write().await?;
    record(&mut transaction, case_id, latest.version, &events).await?;
    transaction.commit().await
}

/// The periodic news job's deadline pass: every case's deadline news on `today`.
pub async fn make_all_deadline_news(db: &Db, today: NaiveDate) -> Result<(), sqlx::Error> {
    let cases: Vec<(String,)> =
        sqlx::query_as("SELECT case_id FROM cases ORDER BY case_id").fetch_all(&db.pool).await?;
    for (case_id,) in cases {
        make_deadline_news(db, &case_id, today).await?;
    }
    Ok(())
}

/// id, case, kind, detail, version, made at, read at (by the reader).
type NewsRow = (String, String, String, String, i64, String, Option<String>);

/// The news of a case, newest first, with whether `reader` read each item.
pub async fn for_case(db: &Db, case_id: &str, reader: &str) -> Result<Vec<NewsItem>, sqlx::Error> {
    let rows: Vec<NewsRow> = sqlx::query_as(
        "SELECT n.id, n.case_id, n.kind, n.detail, n.version, n.created_at, r.read_at FROM news n
         LEFT JOIN news_read r ON r.news_id = n.id AND r.account_id = $2
         WHERE n.case_id = $1 ORDER BY n.created_at DESC, n.id",
    )
    .bind(case_id)
    .bind(reader)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, case_id, kind, detail, version, created_at, read_at)| NewsItem {
            link: link(&case_id, &kind),
            id,
            case_id,
            kind,
            detail,
            version,
            created_at,
            read: read_at.is_some(),
        })
        .collect())
}

/// Where the portal says more: the worded difference for a new version (built beside this, in
/// the "Wat is er veranderd?" section), else the case.
fn link(case_id: &str, kind: &str) -> String {
    match kind {
        "version" => format!("/cases/{case_id}#wat-is-er-veranderd"),
        _ => format!("/cases/{case_id}"),
    }
}

/// Marks one item of the case read for `reader`; false when the case has no such item.
pub async fn mark_read(db: &Db, case_id: &str, news_id: &str, reader: &str) -> Result<bool, sqlx::Error> {
    let found: Option<(String,)> = sqlx::query_as("SELECT id FROM news WHERE id = $1 AND case_id = $2")
        .bind(news_id)
        .bind(case_id)
        .fetch_optional(&db.pool)
        .await?;
    if found.is_none() {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO news_read (news_id, account_id, read_at) VALUES ($1, $2, $3)
         ON CONFLICT (news_id, account_id) DO NOTHING",
    )
    .bind(news_id)
    .bind(reader)
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(true)
}

/// The case's own client, or a supporter with a running consent; nobody else (staff neither:
/// news is the client's, and staff must not mark it read). Others get the same 404 as an
/// unknown case.
async fn reader_of(state: &AppState, session: &Session, case_id: &str) -> Result<Db, ApiError> {
    let db = state.db.clone().ok_or(ApiError::NotFound)?;
    let account = &session.account;
    let may = match account.role.as_str() {
        "client" => db.case_owner(case_id).await?.is_some_and(|owner| owner == account.id),
        "supporter" => db.has_consent(case_id, &account.id).await?,
        _ => return Err(ApiError::Forbidden("client_or_supporter_only")),
    };
    if may { Ok(db) } else { Err(ApiError::NotFound) }
}

#[utoipa::path(get, path = "/api/v1/cases/{case_id}/news", tag = "news",
    summary = "What is new in the case, newest first, read or not (its client, a supporter with consent)",
    security(("session" = [])),
    params(("case_id" = String, Path, description = "The case number (`WIA-…`)")),
    responses(
        (status = 200, description = "The news items, newest first", body = Vec<NewsItem>),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Staff (`client_or_supporter_only`)", body = helder_api::Error),
        (status = 404, description = "No such case, or not this account's to see", body = helder_api::Error),
    ))]
pub async fn news(
    State(state): State<AppState>,
    session: Session,
    PathParams(case_id): PathParams<String>,
) -> Result<Json<Vec<NewsItem>>, ApiError> {
    let db = reader_of(&state, &session, &case_id).await?;
    make_deadline_news(&db, &case_id, crate::dutch_day::today()).await?;
    Ok(Json(for_case(&db, &case_id, &session.account.id).await?))
}

#[utoipa::path(post, path = "/api/v1/cases/{case_id}/news/{news_id}/read", tag = "news",
    summary = "Mark a news item read, for this person only",
    security(("session" = [])),
    params(("case_id" = String, Path, description = "The case number (`WIA-…`)"),
        ("news_id" = String, Path, description = "The news item's id"),
        ("X-CSRF-Token" = String, Header, description = "The session's CSRF token (from GET /api/v1/session)")),
    responses(
        (status = 204, description = "Read (also when it was read before)"),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Staff (`client_or_supporter_only`), or a missing CSRF token", body = helder_api::Error),
        (status = 404, description = "No such item in a case this account may see", body = helder_api::Error),
    ))]
pub async fn read(
    State(state): State<AppState>,
    session: Session,
    PathParams((case_id, news_id)): PathParams<(String, String)>,
) -> Result<StatusCode, ApiError> {
    let db = reader_of(&state, &session, &case_id).await?;
    if mark_read(&db, &case_id, &news_id, &session.account.id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound)
    }
}

#[cfg(test)]
mod tests;
