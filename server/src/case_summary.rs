//! A case's summary for the team lead's dashboard (issue 12): the outcome of its dagloon
//! correction and the amounts that correction moves — back payment, interest and a too-high
//! benefit not reclaimed — in cents, from core's result of the case's latest version. The
//! dashboard sums these rows in SQL instead of loading and computing 220,000 cases.
//!
//! A row is written in the transaction that stores the version it summarizes (`Db::store_case`,
//! the workbench's `audit::save`), so it cannot drift from the case. Cases stored before the
//! table existed, or summarized under other rules (another `rules_version`), are summarized again
//! when the server connects (`refresh`).
//!
//! Outcomes (`docs/domain/WORKBENCH.md`): core's `backpay.outcome` — `too_low` (a back
//! payment), `correct` (nothing changes), `too_high` (not reclaimed, unless the client could have
//! known) — or `not_computed` when the case has no correction result yet (facts missing, or the
//! document does not compute). An amount is UWV's decision when UWV's dagloon-correction decision
//! states it, and Helder's calculation otherwise.

use helder_core::Euro;
use sqlx::AnyConnection;

use crate::db::Db;
use crate::workbench::totals;

/// What the dashboard needs of one case version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub outcome: &'static str,
    pub back_payment_cents: i64,
    /// True when UWV's decision states the back payment (the cents are UWV's).
    pub back_payment_decided: bool,
    pub interest_cents: i64,
    pub interest_decided: bool,
    pub not_reclaimed_cents: i64,
}

impl Summary {
    const NOT_COMPUTED: Summary = Summary {
        outcome: "not_computed",
        back_payment_cents: 0,
        back_payment_decided: false,
        interest_cents: 0,
        interest_decided: false,
        not_reclaimed_cents: 0,
    };
}

/// The summary of a case document. A document that does not compute, or has no correction, is
/// `not_computed` with no amounts: the import and the workbench store only documents that
/// compute, so this is a case still waiting for its facts.
pub fn summary(document: &str) -> Summary {
    let Ok(case) = helder_core::contract::parse_case(document) else { return Summary::NOT_COMPUTED };
    let Ok(result) = helder_core::compute_case(&case) else { return Summary::NOT_COMPUTED };
    let Some(backpay) = &result.backpay else { return Summary::NOT_COMPUTED };
    // Core refuses a second decision of one kind, so there is at most one correction decision.
    let decided = |name: &str| {
        result
            .decisions
            .iter()
            .filter(|d| d.kind == "dagloon_correction")
            .flat_map(|d| &d.amounts)
            .find(|a| a.name == name)
            .map(|a| a.decided)
    };
    let back_payment = decided("back_payment");
    let interest = decided("interest");
    let amounts = (
        cents(back_payment.unwrap_or(backpay.amount)),
        cents(interest.or(backpay.interest).unwrap_or(Euro::ZERO)),
        cents(backpay.not_reclaimed),
    );
    let (Some(back_payment_cents), Some(interest_cents), Some(not_reclaimed_cents)) = amounts else {
        return Summary::NOT_COMPUTED;
    };
    let outcome = match backpay.outcome.as_str() {
        "too_low" => "too_low",
        "correct" => "correct",
        "too_high" => "too_high",
        _ => return Summary::NOT_COMPUTED,
    };
    Summary {
        outcome,
        back_payment_cents,
        back_payment_decided: back_payment.is_some(),
        interest_cents,
        interest_decided: interest.is_some(),
        not_reclaimed_cents,
    }
}

/// Whole cents of an amount (a `Euro` has at most two decimals); `None` beyond i64.
fn cents(amount: Euro) -> Option<i64> {
    let mut value = amount.decimal();
    value.rescale(2);
    i64::try_from(value.mantissa()).ok()
}

/// Writes the summary of `version` inside the caller's transaction, and moves the case's share
/// of the dashboard's kept totals (`workbench::totals`) with it. An older version never replaces
/// a newer one's row.
pub async fn write(
    connection: &mut AnyConnection,
    case_id: &str,
    version: i64,
    document: &str,
) -> Result<(), sqlx::Error> {
    totals::lock(&mut *connection, case_id).await?;
    let before = totals::share(&mut *connection, case_id).await?;
    write_row(&mut *connection, case_id, version, document).await?;
    let after = totals::share(&mut *connection, case_id).await?;
    totals::shift(connection, before, after).await
}

/// Writes the summary row alone: for a caller that moves the case's share of the totals itself
/// (`workbench::audit::save`, which moves the step in the same transaction).
pub(crate) async fn write_row(
    connection: &mut AnyConnection,
    case_id: &str,
    version: i64,
    document: &str,
) -> Result<(), sqlx::Error> {
    let summary = summary(document);
    sqlx::query(
        "INSERT INTO case_summaries (case_id, version, rules_version, outcome, back_payment_cents,
           back_payment_decided, interest_cents, interest_decided, not_reclaimed_cents)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (case_id) DO UPDATE SET version = excluded.version,
           rules_version = excluded.rules_version, outcome = excluded.outcome,
           back_payment_cents = excluded.back_payment_cents, back_payment_decided = excluded.back_payment_decided,
           interest_cents = excluded.interest_cents, interest_decided = excluded.interest_decided,
           not_reclaimed_cents = excluded.not_reclaimed_cents
         WHERE case_summaries.version <= excluded.version",
    )
    .bind(case_id)
    .bind(version)
    .bind(helder_core::rules_version())
    .bind(summary.outcome)
    .bind(summary.back_payment_cents)
    .bind(i64::from(summary.back_payment_decided))
    .bind(summary.interest_cents)
    .bind(i64::from(summary.interest_decided))
    .bind(summary.not_reclaimed_cents)
    .execute(&mut *connection)
    .await?;
    Ok(())
}

/// Cases summarized per transaction while refreshing.
const REFRESH_BATCH: usize = 500;

/// Summarizes every case without a row, or with a row made by other rules (after an upgrade of
/// the rules, the figures are computed again). Returns how many rows it wrote; none on a
/// database that is up to date.
pub async fn refresh(db: &Db) -> Result<usize, sqlx::Error> {
    let stale: Vec<(String,)> = sqlx::query_as(
        "SELECT c.case_id FROM cases c LEFT JOIN case_summaries s ON s.case_id = c.case_id
         WHERE s.case_id IS NULL OR s.rules_version <> $1 ORDER BY c.case_id",
    )
    .bind(helder_core::rules_version())
    .fetch_all(&db.pool)
    .await?;
    for batch in stale.chunks(REFRESH_BATCH) {
        let mut transaction = db.begin_write().await?;
        for (case_id,) in batch {
            let latest: Option<(i64, String)> = sqlx::query_as(
                "SELECT version, document FROM case_versions WHERE case_id = $1 ORDER BY version DESC LIMIT 1",
            )
            .bind(case_id)
            .fetch_optional(&mut *transaction)
            .await?;
            if let Some((version, document)) = latest {
                write(&mut transaction, case_id, version, &document).await?;
            }
        }
        transaction.commit().await?;
    }
    Ok(stale.len())
}
