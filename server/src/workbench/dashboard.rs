//! The team lead's dashboard: cases per category, step and outcome, the totals of back payments,
//! interest and too-high benefits not reclaimed (each as UWV's decision or Helder's
//! calculation), the age of the open cases (median and 90th percentile, nearest rank), cases
//! decided per week, and a forecast of when the open cases are done at the rate of the last four
//! full weeks — labelled as a forecast, with the rate it assumes. Every figure is a SQL aggregate:
//! the groups are the kept totals (`totals`, the sums over the per-case `case_summaries` moved in
//! the transaction of every change), the ages come from the open cases per received day, the weeks
//! are folded from decisions per day, both kept the same way: the dashboard reads at most one row
//! per group or day, whatever the number of cases. `dashboard.csv` gives the groups and their amounts as CSV.

use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, Days, NaiveDate};
use helder_api::workbench::{Dashboard, Forecast, StepCount, Total, WeekThroughput};
use helder_core::Euro;
use std::collections::BTreeMap;

use super::roles::{self, TEAM_LEAD};
use crate::auth::Session;
use crate::db::Db;
use crate::error::ApiError;
use crate::http::AppState;

/// The full weeks the forecast's rate is taken over.
pub const FORECAST_WEEKS: i64 = 4;

/// The CSV's first line: one row per category, step and outcome; each amount in euros on its
/// basis (UWV's decision or Helder's calculation).
pub const CSV_HEADER: &str = "category,step,outcome,cases,back_payment_decided,back_payment_calculated,\
interest_decided,interest_calculated,not_reclaimed_calculated";

#[utoipa::path(get, path = "/api/v1/workbench/dashboard", tag = "workbench",
    summary = "The team lead's dashboard (counts, totals, age, throughput, forecast)",
    security(("session" = [])),
    responses(
        (status = 200, description = "The dashboard", body = Dashboard),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not a team lead (`team_role`, `workbench_only`)", body = helder_api::Error),
    ))]
pub async fn dashboard(State(state): State<AppState>, session: Session) -> Result<Json<Dashboard>, ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    roles::require(db, &session, TEAM_LEAD).await?;
    Ok(Json(figures(db, crate::dutch_day::today()).await?))
}

#[utoipa::path(get, path = "/api/v1/workbench/dashboard.csv", tag = "workbench",
    summary = "The dashboard's groups as CSV: cases and amounts per category, step and outcome",
    description = "Header: `category,step,outcome,cases,back_payment_decided,back_payment_calculated,\
                   interest_decided,interest_calculated,not_reclaimed_calculated`; amounts in euros with two \
                   decimals, `decided` being the amounts UWV's decisions state and `calculated` Helder's calculation.",
    security(("session" = [])),
    responses(
        (status = 200, description = "`text/csv`", content_type = "text/csv", body = String),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not a team lead (`team_role`, `workbench_only`)", body = helder_api::Error),
    ))]
pub async fn dashboard_csv(State(state): State<AppState>, session: Session) -> Result<Response, ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    roles::require(db, &session, TEAM_LEAD).await?;
    let mut csv = String::from(CSV_HEADER);
    csv.push('\n');
    for group in groups(db).await? {
        let euros = |cents: i64| Euro::cents(cents).to_string();
        csv.push_str(&format!(
            "{},{},{},{},{},{},{},{},{}\n",
            group.category,
            group.step,
            group.outcome,
            group.cases,
            euros(group.back_payment_decided.cents),
            euros(group.back_payment_calculated.cents),
            euros(group.interest_decided.cents),
            euros(group.interest_calculated.cents),
            euros(group.not_reclaimed.cents),
        ));
    }
    let disposition = "attachment; filename=\"werkbank.csv\"";
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8"), (header::CONTENT_DISPOSITION, disposition)], csv)
        .into_response())
}

/// Cases with an amount, and the amount in cents.
#[derive(Clone, Copy, Debug, Default)]
pub struct Sum {
    pub cases: i64,
    pub cents: i64,
}

impl Sum {
    fn add(&mut self, other: Sum) {
        self.cases += other.cases;
        self.cents = self.cents.saturating_add(other.cents);
    }
}

/// One category, step and outcome: its cases and the amounts on each basis.
#[derive(Clone, Debug)]
pub struct Group {
    pub category: String,
    pub step: String,
    pub outcome: String,
    pub cases: i64,
    pub back_payment_decided: Sum,
    pub back_payment_calculated: Sum,
    pub interest_decided: Sum,
    pub interest_calculated: Sum,
    pub not_reclaimed: Sum,
}

/// Every category, step and outcome on the workbench (a case without a summary yet counts as
/// `not_computed`), read from the kept totals (`totals`), which equal the aggregate over the
/// workbench rows and their summaries.
pub async fn groups(db: &Db) -> Result<Vec<Group>, ApiError> {
    let mut connection = db.pool.acquire().await?;
    let rows = super::totals::kept(&mut connection).await?;
    let sum = |cases, cents| Sum { cases, cents };
    Ok(rows
        .into_iter()
        .map(|super::totals::GroupTotals { category, step, outcome, figures }| {
            let [cases, bdn, bdc, bcn, bcc, idn, idc, icn, icc, nrn, nrc] = figures;
            Group {
                category,
                step,
                outcome,
                cases,
                back_payment_decided: sum(bdn, bdc),
                back_payment_calculated: sum(bcn, bcc),
                interest_decided: sum(idn, idc),
                interest_calculated: sum(icn, icc),
                not_reclaimed: sum(nrn, nrc),
            }
        })
        .collect())
}

/// The totals over all groups, in the order `Dashboard::totals` names.
fn totals(groups: &[Group]) -> Vec<Total> {
    let mut sums = [Sum::default(); 5];
    for group in groups {
        let parts = [
            group.back_payment_decided,
            group.back_payment_calculated,
            group.interest_decided,
            group.interest_calculated,
            group.not_reclaimed,
        ];
        for (sum, part) in sums.iter_mut().zip(parts) {
            sum.add(part);
        }
    }
    let names = [
        ("back_payment", "decided"),
        ("back_payment", "calculated"),
        ("interest", "decided"),
        ("interest", "calculated"),
        ("not_reclaimed", "calculated"),
    ];
    names
        .into_iter()
        .zip(sums)
        .map(|((figure, basis), sum)| Total {
            figure: figure.into(),
            basis: basis.into(),
            cases: sum.cases,
            amount: Euro::cents(sum.cents).to_string(),
        })
        .collect()
}

/// The dashboard's figures as of `today`.
pub async fn figures(db: &Db, today: NaiveDate) -> Result<Dashboard, ApiError> {
    let groups = groups(db).await?;
    let totals = totals(&groups);
    let counts = groups
        .into_iter()
        .map(|g| StepCount { category: g.category, step: g.step, outcome: g.outcome, cases: g.cases })
        .collect();
    let mut connection = db.pool.acquire().await?;
    let (open_cases, age_median_days, age_p90_days) = ages(super::totals::open_days(&mut connection).await?, today);
    let days = super::totals::decision_days(&mut connection).await?;
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
        totals,
        open_cases,
        age_median_days,
        age_p90_days,
        throughput,
        forecast: Forecast { kind: "forecast".into(), weeks: FORECAST_WEEKS, decided: recent, done_by },
    })
}

/// The open cases and the age in days of the median and 90th-percentile open case (nearest
/// rank: the ⌈p·n⌉-th youngest), from the open cases per received day (kept: `totals`).
fn ages(mut days: Vec<super::totals::DayCount>, today: NaiveDate) -> (i64, Option<i64>, Option<i64>) {
    // Youngest first: the received days as text sort as dates (YYYY-MM-DD).
    days.sort_unstable_by(|a, b| b.0.cmp(&a.0));
    let open: i64 = days.iter().map(|(_, cases)| cases).sum();
    let age = |percent: i64| {
        let day = day_at_rank(&days, (percent * open + 99) / 100)?;
        helder_core::calendar::parse_date(day).map(|day| (today - day).num_days())
    };
    (open, age(50), age(90))
}

/// The day of the `rank`-th case (from 1) of days ordered youngest first, each with its cases.
fn day_at_rank(days: &[(String, i64)], rank: i64) -> Option<&str> {
    if rank < 1 {
        return None;
    }
    let mut seen = 0;
    days.iter().find_map(|(day, cases)| {
        seen += cases;
        (seen >= rank).then_some(day.as_str())
    })
}

fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

#[cfg(test)]
mod tests {
    use super::day_at_rank;

    /// The nearest rank as the previous `ORDER BY received_at DESC LIMIT 1 OFFSET rank - 1`
    /// found it, one row per case: empty, one case, ties at the rank, the first and last rank.
    #[test]
    fn the_day_at_a_rank_is_the_row_the_offset_query_found() {
        let day = |d: &str, n: i64| (d.to_owned(), n);
        let days = [day("2025-11-03", 2), day("2025-10-01", 3), day("2025-09-15", 1)];
        type Days = [(String, i64)];
        let table: [(&Days, i64, Option<&str>); 8] = [
            (&[], 1, None),
            (&days[..0], 0, None),
            (&[day("2025-11-03", 1)][..], 1, Some("2025-11-03")),
            (&days, 1, Some("2025-11-03")),
            (&days, 2, Some("2025-11-03")),
            (&days, 3, Some("2025-10-01")),
            (&days, 6, Some("2025-09-15")),
            (&days, 7, None),
        ];
        for (days, rank, expected) in table {
            let rows: Vec<&str> =
                days.iter().flat_map(|(day, cases)| std::iter::repeat_n(day.as_str(), *cases as usize)).collect();
            let offset = usize::try_from(rank - 1).ok().and_then(|offset| rows.get(offset).copied());
            assert_eq!((day_at_rank(days, rank), offset), (expected, expected), "rank {rank} of {days:?}");
        }
    }
}
