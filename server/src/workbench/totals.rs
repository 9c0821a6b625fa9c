//! The dashboard's groups kept rather than recomputed (issue 12's budget: the join of
//! `workbench_cases` and `case_summaries` over 220,000 cases costs 0.2-0.6 s by itself).
//!
//! `workbench_totals` holds one row per category, step and outcome with its cases and the
//! amounts on each basis, exactly what `GROUPS_FROM_CASES` aggregates from the two tables.
//! Invariant: the rows with cases equal that aggregate. Every writer of `workbench_cases` or
//! `case_summaries` keeps it in its own transaction: it takes the case's lock (`lock`), reads the
//! case's share (`share`) before and after its writes and moves the difference (`shift`). A
//! writer that bypasses this (raw SQL by an operator) makes the totals drift; the test
//! `workbench_totals.rs` checks the invariant after moves, refreshed summaries, imports and
//! concurrent saves on SQLite and PostgreSQL.
//!
//! The two other dashboard figures that grow with the cases are kept the same way (migration
//! 0016): `workbench_open_days`, the open cases (step other than `decided`) per received day,
//! moved with the share; and `workbench_decision_days`, the decision steps per day (the UTC date
//! of the step's `at`), counted by `count_decision` where the step is recorded
//! (`audit::record_step`, the only writer of `workbench_steps`). The dashboard then reads at most
//! one row per day on either database, whatever the number of cases.

use sqlx::{AnyConnection, AssertSqlSafe};

// Every statement here is built from the constants below only; values are bind parameters.

/// The ten per-case figures the groups sum, as SQL over `s` (a `case_summaries` row, NULL for a
/// case without one): cases with and cents of each amount on each basis. One list for the
/// aggregate and for one case's share, so the two cannot disagree.
const FIGURES: &str = "CASE WHEN s.back_payment_decided = 1 AND s.back_payment_cents > 0 THEN 1 ELSE 0 END,
    CASE WHEN s.back_payment_decided = 1 THEN s.back_payment_cents ELSE 0 END,
    CASE WHEN s.back_payment_decided = 0 AND s.back_payment_cents > 0 THEN 1 ELSE 0 END,
    CASE WHEN s.back_payment_decided = 0 THEN s.back_payment_cents ELSE 0 END,
    CASE WHEN s.interest_decided = 1 AND s.interest_cents > 0 THEN 1 ELSE 0 END,
    CASE WHEN s.interest_decided = 1 THEN s.interest_cents ELSE 0 END,
    CASE WHEN s.interest_decided = 0 AND s.interest_cents > 0 THEN 1 ELSE 0 END,
    CASE WHEN s.interest_decided = 0 THEN s.interest_cents ELSE 0 END,
    CASE WHEN s.not_reclaimed_cents > 0 THEN 1 ELSE 0 END,
    CASE WHEN s.not_reclaimed_cents > 0 THEN s.not_reclaimed_cents ELSE 0 END";

/// The columns of `workbench_totals` after the group, in the order of `FIGURES`.
const COLUMNS: [&str; 11] = [
    "cases",
    "back_payment_decided_cases",
    "back_payment_decided_cents",
    "back_payment_calculated_cases",
    "back_payment_calculated_cents",
    "interest_decided_cases",
    "interest_decided_cents",
    "interest_calculated_cases",
    "interest_calculated_cents",
    "not_reclaimed_cases",
    "not_reclaimed_cents",
];

/// A category, step and outcome with its figures: the cases, then `FIGURES` in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupTotals {
    pub category: String,
    pub step: String,
    pub outcome: String,
    pub figures: [i64; 11],
}

type GroupRow = (String, String, String, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64);

fn group_totals(rows: Vec<GroupRow>) -> Vec<GroupTotals> {
    rows.into_iter()
        .map(|(category, step, outcome, n, a, b, c, d, e, f, g, h, i, j)| GroupTotals {
            category,
            step,
            outcome,
            figures: [n, a, b, c, d, e, f, g, h, i, j],
        })
        .collect()
}

/// The groups from the kept totals, ordered by category, step and outcome.
pub async fn kept(connection: &mut AnyConnection) -> Result<Vec<GroupTotals>, sqlx::Error> {
    let rows: Vec<GroupRow> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT category, step, outcome, {} FROM workbench_totals WHERE cases > 0 ORDER BY category, step, outcome",
        COLUMNS.join(", ")
    )))
    .fetch_all(connection)
    .await?;
    Ok(group_totals(rows))
}

/// The groups aggregated from every workbench row and its summary (a case without a summary
/// counts as `not_computed`): what the kept totals must equal. The join of two tables as large
/// as the workbench; the dashboard reads `kept` instead.
pub async fn from_cases(connection: &mut AnyConnection) -> Result<Vec<GroupTotals>, sqlx::Error> {
    let rows: Vec<GroupRow> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT w.category, w.step, COALESCE(s.outcome, 'not_computed'), COUNT(*), {}
         FROM workbench_cases w LEFT JOIN case_summaries s ON s.case_id = w.case_id
         GROUP BY w.category, w.step, COALESCE(s.outcome, 'not_computed')
         ORDER BY w.category, w.step, COALESCE(s.outcome, 'not_computed')",
        figures("CAST(SUM(", ") AS BIGINT)")
    )))
    .fetch_all(connection)
    .await?;
    Ok(group_totals(rows))
}

/// Replaces the kept totals, open days and decision days by the full aggregates, in the caller's transaction (bulk loads that
/// write the rows directly, such as the benchmark's seeding).
pub async fn rebuild(connection: &mut AnyConnection) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM workbench_totals").execute(&mut *connection).await?;
    sqlx::query(AssertSqlSafe(format!(
        "INSERT INTO workbench_totals (category, step, outcome, {})
         SELECT w.category, w.step, COALESCE(s.outcome, 'not_computed'), COUNT(*), {}
         FROM workbench_cases w LEFT JOIN case_summaries s ON s.case_id = w.case_id
         GROUP BY w.category, w.step, COALESCE(s.outcome, 'not_computed')",
        COLUMNS.join(", "),
        figures("CAST(SUM(", ") AS BIGINT)")
    )))
    .execute(&mut *connection)
    .await?;
    sqlx::query("DELETE FROM workbench_open_days").execute(&mut *connection).await?;
    sqlx::query(AssertSqlSafe(format!("INSERT INTO workbench_open_days (received_at, cases) {OPEN_DAYS}")))
        .execute(&mut *connection)
        .await?;
    sqlx::query("DELETE FROM workbench_decision_days").execute(&mut *connection).await?;
    sqlx::query(AssertSqlSafe(format!("INSERT INTO workbench_decision_days (day, decided) {DECISION_DAYS}")))
        .execute(&mut *connection)
        .await?;
    Ok(())
}

/// `FIGURES`, each between `open` and `close`: cast to BIGINT, as both engines then answer
/// (PostgreSQL's SUM of BIGINT is NUMERIC, its CASE of small numbers INTEGER).
fn figures(open: &str, close: &str) -> String {
    FIGURES.split(",\n").map(|figure| format!("{open}{}{close}", figure.trim())).collect::<Vec<_>>().join(", ")
}

/// One case's share of the totals: its group and its figures (the case counts once), and its
/// received day while it is open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Share {
    key: (String, String, String),
    figures: [i64; 11],
    open_since: Option<String>,
}

/// The open cases (step other than `decided`) as SQL over `w`, a `workbench_cases` row: the
/// received day, NULL for a decided case. One expression for the aggregate and for a share.
const OPEN_SINCE: &str = "CASE WHEN w.step <> 'decided' THEN w.received_at END";

/// Takes the case's lock for the rest of the transaction, before its share is read: on
/// PostgreSQL the `cases` row (so two writers of one case take turns and each reads the
/// other's committed share), on SQLite the database's write lock. Portable SQL: an UPDATE that
/// changes nothing.
pub async fn lock(connection: &mut AnyConnection, case_id: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE cases SET created_at = created_at WHERE case_id = $1")
        .bind(case_id)
        .execute(connection)
        .await?;
    Ok(())
}

/// The case's share as the transaction sees it now; `None` when it is not on the workbench.
pub async fn share(connection: &mut AnyConnection, case_id: &str) -> Result<Option<Share>, sqlx::Error> {
    type Row = (String, String, String, Option<String>, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64);
    let row: Option<Row> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT w.category, w.step, COALESCE(s.outcome, 'not_computed'), {OPEN_SINCE}, {}
         FROM workbench_cases w LEFT JOIN case_summaries s ON s.case_id = w.case_id WHERE w.case_id = $1",
        figures("CAST(", " AS BIGINT)")
    )))
    .bind(case_id)
    .fetch_optional(connection)
    .await?;
    Ok(row.map(|(category, step, outcome, open_since, a, b, c, d, e, f, g, h, i, j)| Share {
        key: (category, step, outcome),
        figures: [1, a, b, c, d, e, f, g, h, i, j],
        open_since,
    }))
}

/// Moves a case's share from `before` to `after` in the kept totals and open days. Groups, then
/// days, are written in key order, so two transactions never wait on each other in a cycle.
pub async fn shift(
    connection: &mut AnyConnection,
    before: Option<Share>,
    after: Option<Share>,
) -> Result<(), sqlx::Error> {
    let mut moves: Vec<((String, String, String), [i64; 11])> = Vec::new();
    let mut days: Vec<(String, i64)> = Vec::new();
    for (share, sign) in [(before, -1), (after, 1)] {
        let Some(share) = share else { continue };
        if let Some(day) = share.open_since {
            match days.iter_mut().find(|(open, _)| *open == day) {
                Some((_, cases)) => *cases += sign,
                None => days.push((day, sign)),
            }
        }
        let figures = share.figures.map(|figure| figure * sign);
        match moves.iter_mut().find(|(key, _)| *key == share.key) {
            Some((_, sum)) => sum.iter_mut().zip(figures).for_each(|(sum, figure)| *sum += figure),
            None => moves.push((share.key, figures)),
        }
    }
    moves.retain(|(_, figures)| figures.iter().any(|figure| *figure != 0));
    moves.sort_by(|a, b| a.0.cmp(&b.0));
    let added: Vec<String> = COLUMNS.iter().map(|c| format!("{c} = workbench_totals.{c} + excluded.{c}")).collect();
    let placeholders: Vec<String> = (4..4 + COLUMNS.len()).map(|n| format!("${n}")).collect();
    let sql = format!(
        "INSERT INTO workbench_totals (category, step, outcome, {}) VALUES ($1, $2, $3, {})
         ON CONFLICT (category, step, outcome) DO UPDATE SET {}",
        COLUMNS.join(", "),
        placeholders.join(", "),
        added.join(", ")
    );
    for ((category, step, outcome), figures) in moves {
        let mut query = sqlx::query(AssertSqlSafe(sql.as_str())).bind(category).bind(step).bind(outcome);
        for figure in figures {
            query = query.bind(figure);
        }
        query.execute(&mut *connection).await?;
    }
    days.retain(|(_, cases)| *cases != 0);
    days.sort();
    for (day, cases) in days {
        sqlx::query(
            "INSERT INTO workbench_open_days (received_at, cases) VALUES ($1, $2)
             ON CONFLICT (received_at) DO UPDATE SET cases = workbench_open_days.cases + excluded.cases",
        )
        .bind(day)
        .bind(cases)
        .execute(&mut *connection)
        .await?;
    }
    Ok(())
}

/// Counts one decision step on `day` (the date of its `at`) in the kept decisions per day, in
/// the transaction that records the step.
pub async fn count_decision(connection: &mut AnyConnection, day: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO workbench_decision_days (day, decided) VALUES ($1, 1)
         ON CONFLICT (day) DO UPDATE SET decided = workbench_decision_days.decided + 1",
    )
    .bind(day)
    .execute(connection)
    .await?;
    Ok(())
}

/// A day (YYYY-MM-DD) with its count, as the kept tables and their aggregates give them.
pub type DayCount = (String, i64);

/// The open cases per received day, kept; days ordered oldest first.
pub async fn open_days(connection: &mut AnyConnection) -> Result<Vec<DayCount>, sqlx::Error> {
    sqlx::query_as("SELECT received_at, cases FROM workbench_open_days WHERE cases > 0 ORDER BY received_at")
        .fetch_all(connection)
        .await
}

/// The open cases per received day aggregated from every workbench row: what `open_days` must
/// equal.
pub async fn open_days_from_cases(connection: &mut AnyConnection) -> Result<Vec<DayCount>, sqlx::Error> {
    sqlx::query_as(AssertSqlSafe(format!("{OPEN_DAYS} ORDER BY 1"))).fetch_all(connection).await
}

/// The decision steps per day, kept; days ordered oldest first.
pub async fn decision_days(connection: &mut AnyConnection) -> Result<Vec<DayCount>, sqlx::Error> {
    sqlx::query_as("SELECT day, decided FROM workbench_decision_days WHERE decided > 0 ORDER BY day")
        .fetch_all(connection)
        .await
}

/// The decision steps per day aggregated from every step record: what `decision_days` must equal.
pub async fn decision_days_from_steps(connection: &mut AnyConnection) -> Result<Vec<DayCount>, sqlx::Error> {
    sqlx::query_as(AssertSqlSafe(format!("{DECISION_DAYS} ORDER BY 1"))).fetch_all(connection).await
}

/// The open cases per received day, aggregated: what `workbench_open_days` keeps (one statement
/// for the rebuild and the check).
const OPEN_DAYS: &str =
    "SELECT received_at, COUNT(*) FROM workbench_cases WHERE step <> 'decided' GROUP BY received_at";

/// The decision steps per day, aggregated: what `workbench_decision_days` keeps. A step's day is
/// the date part of its `at` (RFC 3339, UTC), as `count_decision` is given it.
const DECISION_DAYS: &str =
    "SELECT SUBSTR(at, 1, 10), COUNT(*) FROM workbench_steps WHERE action = 'decision' GROUP BY SUBSTR(at, 1, 10)";
