//! The team lead's dashboard: cases per category and step, the age of the open cases (median
//! and 90th percentile, nearest rank), cases decided per week, and a forecast of when the open
//! cases are done at the rate of the last four full weeks — labelled as a forecast, with the
//! rate it assumes. Every figure is a SQL aggregate (a count, or one row found by its rank); the
//! weeks are folded from per-day counts. `?format=csv` gives the counts as CSV.

use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, Days, NaiveDate};
use helder_api::workbench::{Dashboard, Forecast, StepCount, WeekThroughput};
use serde::Deserialize;
use std::collections::BTreeMap;

use super::roles::{self, TEAM_LEAD};
use crate::auth::Session;
use crate::db::Db;
use crate::error::{ApiError, QueryParams};
use crate::http::AppState;

/// The full weeks the forecast's rate is taken over.
pub const FORECAST_WEEKS: i64 = 4;

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DashboardQuery {
    /// `json` (default) or `csv` (the counts per category and step).
    pub format: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/workbench/dashboard", tag = "workbench",
    summary = "The team lead's dashboard (counts, age, throughput, forecast); CSV with format=csv",
    security(("session" = [])),
    params(DashboardQuery),
    responses(
        (status = 200, description = "The dashboard (or `text/csv` with format=csv)", body = Dashboard),
        (status = 400, description = "An unknown format", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not a team lead (`team_role`, `workbench_only`)", body = helder_api::Error),
    ))]
pub async fn dashboard(
    State(state): State<AppState>,
    session: Session,
    QueryParams(query): QueryParams<DashboardQuery>,
) -> Result<Response, ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    roles::require(db, &session, TEAM_LEAD).await?;
    let dashboard = figures(db, crate::dutch_day::today()).await?;
    match query.format.as_deref() {
        None | Some("json") => Ok(Json(dashboard).into_response()),
        Some("csv") => {
            let mut csv = String::from("category,step,cases\n");
            for count in &dashboard.counts {
                csv.push_str(&format!("{},{},{}\n", count.category, count.step, count.cases));
            }
            Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], csv).into_response())
        }
        Some(_) => Err(ApiError::BadRequest("format", "json or csv".into())),
    }
}

/// The dashboard's figures as of `today`.
pub async fn figures(db: &Db, today: NaiveDate) -> Result<Dashboard, ApiError> {
    let counts: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT category, step, COUNT(*) FROM workbench_cases GROUP BY category, step ORDER BY category, step",
    )
    .fetch_all(&db.pool)
    .await?;
    let counts = counts.into_iter().map(|(category, step, cases)| StepCount { category, step, cases }).collect();
    let (open_cases,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM workbench_cases WHERE step <> 'decided'").fetch_one(&db.pool).await?;
    let age_median_days = age_at_rank(db, today, open_cases, 50).await?;
    let age_p90_days = age_at_rank(db, today, open_cases, 90).await?;
    let days: Vec<(String, i64)> = sqlx::query_as(
        "SELECT SUBSTR(at, 1, 10), COUNT(*) FROM workbench_steps WHERE action = 'decision' GROUP BY SUBSTR(at, 1, 10)",
    )
    .fetch_all(&db.pool)
    .await?;
    let mut weeks: BTreeMap<NaiveDate, i64> = BTreeMap::new();
    for (day, decided) in days {
        if let Some(day) = helder_core::calendar::parse_date(&day) {
            *weeks.entry(monday_of(day)).or_default() += decided;
        }
    }
    let this_week = monday_of(today);
    let since = this_week - Days::new(7 * FORECAST_WEEKS as u64);
    let recent: i64 = weeks.range(since..this_week).map(|(_, decided)| decided).sum();
    let done_by = (recent > 0).then(|| {
        // Weeks to go at the recent rate, rounded up: open × weeks ÷ decided.
        let weeks_to_go = (open_cases * FORECAST_WEEKS + recent - 1) / recent;
        helder_core::calendar::format_date(today + Days::new(7 * weeks_to_go as u64))
    });
    let throughput = weeks
        .into_iter()
        .map(|(week, decided)| WeekThroughput { week: helder_core::calendar::format_date(week), decided })
        .collect();
    Ok(Dashboard {
        counts,
        open_cases,
        age_median_days,
        age_p90_days,
        throughput,
        forecast: Forecast { kind: "forecast".into(), weeks: FORECAST_WEEKS, decided: recent, done_by },
    })
}

/// The age in days of the open case at the given percentile (nearest rank: the ⌈p·n⌉-th
/// youngest), found by one ordered row.
async fn age_at_rank(db: &Db, today: NaiveDate, open: i64, percent: i64) -> Result<Option<i64>, ApiError> {
    if open == 0 {
        return Ok(None);
    }
    let rank = (percent * open + 99) / 100;
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT received_at FROM workbench_cases WHERE step <> 'decided' ORDER BY received_at DESC LIMIT 1 OFFSET $1",
    )
    .bind(rank - 1)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.and_then(|(day,)| helder_core::calendar::parse_date(&day)).map(|day| (today - day).num_days()))
}

fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}
