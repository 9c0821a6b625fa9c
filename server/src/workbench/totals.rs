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

/// Replaces the kept totals by the full aggregate, in the caller's transaction (bulk loads that
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
    Ok(())
}

/// `FIGURES`, each between `open` and `close`: cast to BIGINT, as both engines then answer
/// (PostgreSQL's SUM of BIGINT is NUMERIC, its CASE of small numbers INTEGER).
fn figures(open: &str, close: &str) -> String {
    FIGURES.split(",\n").map(|figure| format!("{open}{}{close}", figure.trim())).collect::<Vec<_>>().join(", ")
}

/// One case's share of the totals: its group and its figures (the case counts once).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Share {
    key: (String, String, String),
    figures: [i64; 11],
}

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
    type Row = (String, String, String, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64);
    let row: Option<Row> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT w.category, w.step, COALESCE(s.outcome, 'not_computed'), {}
         FROM workbench_cases w LEFT JOIN case_summaries s ON s.case_id = w.case_id WHERE w.case_id = $1",
        figures("CAST(", " AS BIGINT)")
    )))
    .bind(case_id)
    .fetch_optional(connection)
    .await?;
    Ok(row.map(|(category, step, outcome, a, b, c, d, e, f, g, h, i, j)| Share {
        key: (category, step, outcome),
        figures: [1, a, b, c, d, e, f, g, h, i, j],
    }))
}

/// Moves a case's share from `before` to `after` in the kept totals. Groups are written in key
/// order, so two transactions never wait on each other's groups in a cycle.
pub async fn shift(
    connection: &mut AnyConnection,
    before: Option<Share>,
    after: Option<Share>,
) -> Result<(), sqlx::Error> {
    let mut moves: Vec<((String, String, String), [i64; 11])> = Vec::new();
    for (share, sign) in [(before, -1), (after, 1)] {
        let Some(share) = share else { continue };
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
    Ok(())
}
