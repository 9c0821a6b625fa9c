//! The dashboard's kept totals (`workbench::totals`) equal the full aggregate over the workbench
//! rows and their summaries after every kind of change, on SQLite and PostgreSQL: the demo data
//! (stored cases, then enrolled), steps saved over HTTP (a claim, a call, a decision that makes
//! Helder's amounts UWV's), summaries made again under new rules, an import of new versions that
//! change a case's outcome, a new case imported and enrolled, and saves racing on one case.

mod common;

use axum::http::StatusCode;
use common::{Browser, app_with, send, sign_in, sqlite_url, start_postgres};
use helder_server::db::Db;
use helder_server::workbench::totals;
use serde_json::{Value, json};

const PASSWORD: &str = helder_server::demo::DEMO_PASSWORD;

/// The kept groups, open cases per received day and decisions per day equal their aggregates
/// (what the dashboard shows is read from the kept ones).
async fn assert_kept(db: &Db, moment: &str) -> Vec<totals::GroupTotals> {
    let mut connection = db.pool.acquire().await.unwrap();
    let kept = totals::kept(&mut connection).await.unwrap();
    let aggregate = totals::from_cases(&mut connection).await.unwrap();
    assert_eq!(kept, aggregate, "after {moment}");
    let open_days = totals::open_days(&mut connection).await.unwrap();
    assert_eq!(open_days, totals::open_days_from_cases(&mut connection).await.unwrap(), "open days after {moment}");
    let open_in_groups: i64 = kept.iter().filter(|g| g.step != "decided").map(|g| g.figures[0]).sum();
    assert_eq!(open_days.iter().map(|(_, cases)| cases).sum::<i64>(), open_in_groups, "open cases after {moment}");
    let decision_days = totals::decision_days(&mut connection).await.unwrap();
    let from_steps = totals::decision_days_from_steps(&mut connection).await.unwrap();
    assert_eq!(decision_days, from_steps, "decision days after {moment}");
    kept
}

/// The decisions counted on the kept days.
async fn decisions(db: &Db) -> i64 {
    let mut connection = db.pool.acquire().await.unwrap();
    totals::decision_days(&mut connection).await.unwrap().iter().map(|(_, decided)| decided).sum()
}

async fn post(app: &axum::Router, who: &Browser, case_id: &str, what: &str, body: Value) -> (StatusCode, Value) {
    let (status, body, _) =
        send(app, who, "POST", &format!("/api/v1/workbench/cases/{case_id}/{what}"), Some(body)).await;
    (status, body)
}

async fn version(app: &axum::Router, who: &Browser, case_id: &str) -> i64 {
    let (status, case, _) = send(app, who, "GET", &format!("/api/v1/workbench/cases/{case_id}"), None).await;
    assert_eq!(status, StatusCode::OK, "{case}");
    case["version"].as_i64().unwrap()
}

/// The demo case `from`'s document as a new version of the demo case `to` (name, BSN, document).
fn swapped(from: &str, to: &str) -> String {
    let cases = helder_server::demo::demo_cases();
    let (_, name, bsn, _, _) = cases.iter().find(|(id, ..)| id == to).unwrap();
    let (_, _, _, _, case) = cases.iter().find(|(id, ..)| id == from).unwrap();
    let mut case = case.clone();
    case["case_id"] = json!(to);
    json!({ "client": { "name": name, "bsn": bsn }, "case": case }).to_string()
}

/// The row of one group, to see that a change really moved something.
fn group<'a>(
    groups: &'a [totals::GroupTotals],
    category: &str,
    step: &str,
    outcome: &str,
) -> Option<&'a totals::GroupTotals> {
    groups.iter().find(|g| (g.category.as_str(), g.step.as_str(), g.outcome.as_str()) == (category, step, outcome))
}

async fn totals_follow_every_change(url: &str) {
    let (app, db, _) = app_with(url, |state| {
        state.workbench = helder_server::workbench::Policy {
            quality_share_per_mille: 0,
            quality_back_payment_above: helder_core::Euro::cents(i64::MAX / 200),
        };
    })
    .await;
    let demo = assert_kept(&db, "the demo data").await;
    assert_eq!(demo.iter().map(|g| g.figures[0]).sum::<i64>(), 15, "the demo's workbench cases");
    let decided_before = decisions(&db).await;

    // Demo 13 at the phone call: taken, called, decided; its back payment becomes UWV's.
    let eline = sign_in(&app, "eline", PASSWORD).await;
    let case = "WIA-DEMO-13";
    let v = version(&app, &eline, case).await;
    let (status, body) = post(&app, &eline, case, "claim", json!({ "version": v })).await;
    assert!(status.is_success(), "{body}");
    let v = version(&app, &eline, case).await;
    let call = json!({ "version": v, "why": "klant gebeld", "outcome": "reached" });
    assert_eq!(post(&app, &eline, case, "calls", call).await.0, StatusCode::CREATED);
    let decision = json!({ "version": v + 1, "why": "besluit verstuurd", "date": "2025-10-20", "reference": "DC-13" });
    let (status, body) = post(&app, &eline, case, "decision", decision).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let decided = assert_kept(&db, "a claim, a call and a decision").await;
    assert_eq!(decisions(&db).await, decided_before + 1, "the decision is counted on its day");
    let mut connection = db.pool.acquire().await.unwrap();
    let open_days = totals::open_days(&mut connection).await.unwrap();
    drop(connection);
    assert!(!open_days.is_empty(), "the demo has open cases");
    let lt_decided = group(&decided, "loonloze_tijdvakken", "decided", "too_low").unwrap();
    assert_eq!(lt_decided.figures[..3], [3, 2, 938_877], "demo 13's € 4.874,07 is decided");

    // Summaries made under older rules (kept as those rules made them) are made again.
    sqlx::query(
        "UPDATE case_summaries SET rules_version = 'older', outcome = 'correct', back_payment_cents = 1
         WHERE case_id = 'WIA-DEMO-08'",
    )
    .execute(&db.pool)
    .await
    .unwrap();
    sqlx::query("DELETE FROM case_summaries WHERE case_id = 'WIA-DEMO-07'").execute(&db.pool).await.unwrap();
    let mut transaction = db.pool.begin().await.unwrap();
    totals::rebuild(&mut transaction).await.unwrap();
    transaction.commit().await.unwrap();
    let older = assert_kept(&db, "the totals as the older rules kept them").await;
    assert!(group(&older, "to_check", "decided", "not_computed").is_some(), "demo 07 without a summary");
    assert_eq!(helder_server::case_summary::refresh(&db).await.unwrap(), 2);
    assert_eq!(assert_kept(&db, "summaries made again").await, decided);

    // An import of a file whose versions change two workbench cases' outcomes (one transaction).
    let file = format!("{}\n{}\n", swapped("WIA-DEMO-07", "WIA-DEMO-08"), swapped("WIA-DEMO-06", "WIA-DEMO-09"));
    assert_eq!(helder_server::import::import(&db, &file, "test").await.ok(), Some(2));
    let imported = assert_kept(&db, "an import of new versions").await;
    assert_ne!(imported, decided, "the import moved cases between groups");

    // A new case imported, then enrolled.
    let cases = helder_server::demo::demo_cases();
    let (_, name, bsn, _, case) = cases.iter().find(|(id, ..)| id == "WIA-DEMO-01").unwrap();
    let mut case = case.clone();
    case["case_id"] = json!("WIA-TOTALS-1");
    let line = json!({ "client": { "name": name, "bsn": bsn }, "case": case }).to_string();
    assert_eq!(helder_server::import::import(&db, &line, "test").await.ok(), Some(1));
    helder_server::workbench::audit::enroll(&db, "WIA-TOTALS-1", "aop", "sorted", "2025-11-01", "2026-01-31")
        .await
        .unwrap();
    assert_kept(&db, "a new case enrolled").await;

    // Saves racing: a claim of demo 10 and imports of new versions of demo 10 and 11, at once.
    let v = version(&app, &eline, "WIA-DEMO-10").await;
    let claim = post(&app, &eline, "WIA-DEMO-10", "claim", json!({ "version": v }));
    let ten = swapped("WIA-DEMO-07", "WIA-DEMO-10");
    let eleven = swapped("WIA-DEMO-22", "WIA-DEMO-11");
    let (claimed, ten, eleven) = tokio::join!(
        claim,
        helder_server::import::import(&db, &ten, "test"),
        helder_server::import::import(&db, &eleven, "test")
    );
    assert!(claimed.0.is_success() || claimed.0 == StatusCode::CONFLICT, "{claimed:?}");
    assert_eq!((ten.as_ref().ok(), eleven.as_ref().ok()), (Some(&1), Some(&1)), "{ten:?} {eleven:?}");
    assert_kept(&db, "saves racing").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kept_totals_equal_the_aggregate_on_sqlite() {
    totals_follow_every_change(&sqlite_url()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kept_totals_equal_the_aggregate_on_postgresql() {
    let pg = start_postgres();
    totals_follow_every_change(&pg.url).await;
}
