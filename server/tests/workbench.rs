//! The correction workbench against SQLite and a real PostgreSQL: its authorization per team
//! role, the four eyes (same person twice, reading the first entry before entering the second,
//! quality check of one's own check, an expert deciding an agreed case), disagreement reaching
//! the expert team, a case walked from `sorted` to `decided` with the client then seeing UWV's
//! figures, the deterministic quality sample, and a concurrent save that loses nothing.

mod common;

use axum::http::StatusCode;
use common::{Browser, app_with, send, sign_in, sign_in_demo, sqlite_url, start_postgres};
use helder_server::db::Db;
use helder_server::ratelimit::Limit;
use helder_server::workbench::Policy;
use helder_server::workbench::quality::in_sample;
use serde_json::{Value, json};
use std::time::Duration;

const PASSWORD: &str = helder_server::demo::DEMO_PASSWORD;
/// Demo case 08 (Lotte Smit): dagloon too low, step `sorted`, category loonloze_tijdvakken.
const SORTED: &str = "WIA-DEMO-08";

/// The app with the given quality-check policy and the sign-in limit raised.
async fn workbench_app(url: &str, policy: Policy) -> (axum::Router, Db) {
    let (app, db, _) = app_with(url, |state| {
        state.workbench = policy;
        state.limits.sign_in_per_address = Limit::new(100_000, Duration::from_secs(60));
    })
    .await;
    (app, db)
}

/// No sample, no bound: agreement goes straight to the phone call.
fn no_quality_check() -> Policy {
    Policy { quality_share_per_mille: 0, quality_back_payment_above: helder_core::Euro::cents(i64::MAX / 200) }
}

/// The facts of demo case 08 as the file shows them: ten months of € 2,200 and two wage-less.
fn facts(march_wage: Option<&str>) -> Value {
    let mut wages: Vec<Value> =
        ["2020-11", "2020-12", "2021-01", "2021-02", "2021-05", "2021-06", "2021-07", "2021-08", "2021-09", "2021-10"]
            .iter()
            .map(|m| json!({ "month": m, "amount": "2200.00" }))
            .collect();
    let mut wageless = vec!["2021-03", "2021-04"];
    if let Some(wage) = march_wage {
        wages.push(json!({ "month": "2021-03", "amount": wage }));
        wageless.retain(|m| *m != "2021-03");
    }
    json!({ "wages": wages, "wageless_months": wageless, "first_sick_day": "2021-11-08",
            "dagloon_as_set": "98.86", "paid": [] })
}

async fn version(app: &axum::Router, who: &Browser, case_id: &str) -> i64 {
    let (status, case, _) = send(app, who, "GET", &format!("/api/v1/workbench/cases/{case_id}"), None).await;
    assert_eq!(status, StatusCode::OK, "{case}");
    case["version"].as_i64().unwrap()
}

async fn post(app: &axum::Router, who: &Browser, case_id: &str, what: &str, body: Value) -> (StatusCode, Value) {
    let (status, body, _) =
        send(app, who, "POST", &format!("/api/v1/workbench/cases/{case_id}/{what}"), Some(body)).await;
    (status, body)
}

async fn claim(app: &axum::Router, who: &Browser, case_id: &str) -> (StatusCode, Value) {
    let version = version(app, who, case_id).await;
    post(app, who, case_id, "claim", json!({ "version": version })).await
}

async fn check(app: &axum::Router, who: &Browser, case_id: &str, facts: Value) -> (StatusCode, Value) {
    let version = version(app, who, case_id).await;
    post(
        app,
        who,
        case_id,
        "checks",
        json!({ "version": version, "why": "Polis en betalingen nagekeken", "facts": facts }),
    )
    .await
}

struct Team {
    eline: Browser,
    frank: Browser,
    gerda: Browser,
    hamid: Browser,
    iris: Browser,
}

async fn team(app: &axum::Router) -> Team {
    Team {
        eline: sign_in(app, "eline", PASSWORD).await,
        frank: sign_in(app, "frank", PASSWORD).await,
        gerda: sign_in(app, "gerda", PASSWORD).await,
        hamid: sign_in(app, "hamid", PASSWORD).await,
        iris: sign_in(app, "iris", PASSWORD).await,
    }
}

/// Sorted to decided with four people; the four eyes hold at every step; the client then sees
/// UWV's decided figures, and their access log shows who opened the file.
async fn four_eyes_walk(url: &str) {
    let policy = Policy { quality_share_per_mille: 1000, ..no_quality_check() };
    let (app, db) = workbench_app(url, policy).await;
    let Team { eline, frank, gerda, hamid, iris } = team(&app).await;
    let (status, body) = claim(&app, &eline, SORTED).await;
    assert_eq!((status, body["step"].as_str()), (StatusCode::OK, Some("first_check")), "{body}");
    // Only the one who took it enters the first check.
    let (status, body) = check(&app, &frank, SORTED, facts(None)).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::CONFLICT, Some("not_taken")));
    let (status, body) = check(&app, &eline, SORTED, facts(None)).await;
    assert_eq!(
        (status, body["step"].as_str(), body["round"].as_i64()),
        (StatusCode::CREATED, Some("second_check"), Some(1))
    );
    // The first checker cannot do the second check: not by taking it, not by entering it.
    let (status, body) = claim(&app, &eline, SORTED).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::FORBIDDEN, Some("four_eyes")));
    let (status, body) = check(&app, &eline, SORTED, facts(None)).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::FORBIDDEN, Some("four_eyes")));
    // Blind: the second checker, the team lead and the expert read no entry yet, and the case
    // history (staff can read it) holds none of the first entry's facts.
    for who in [&frank, &iris, &gerda] {
        let (_, case, _) = send(&app, who, "GET", &format!("/api/v1/workbench/cases/{SORTED}"), None).await;
        assert_eq!(case["checks"], json!([]), "{case}");
    }
    let (_, own, _) = send(&app, &eline, "GET", &format!("/api/v1/workbench/cases/{SORTED}"), None).await;
    assert_eq!(own["checks"][0]["facts"]["wageless_months"], json!(["2021-03", "2021-04"]));
    // The second checker agrees: every case is sampled here, so to the quality check.
    let (status, _) = claim(&app, &frank, SORTED).await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = check(&app, &frank, SORTED, facts(None)).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(
        (body["agree"].as_bool(), body["differences"].clone(), body["step"].as_str()),
        (Some(true), json!([]), Some("quality_check"))
    );
    // An expert does not decide an agreed case.
    let v = version(&app, &gerda, SORTED).await;
    let (status, body) =
        post(&app, &gerda, SORTED, "expert", json!({ "version": v, "why": "ik beslis toch", "choose": 1 })).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::CONFLICT, Some("wrong_step")), "{body}");
    // Nobody checks the quality of their own check, even holding the quality role.
    helder_server::workbench::roles::grant(&db, "demo-checker-1", "quality").await.unwrap();
    let (status, body) = claim(&app, &eline, SORTED).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::FORBIDDEN, Some("four_eyes")));
    let (status, _) = claim(&app, &hamid, SORTED).await;
    assert_eq!(status, StatusCode::OK);
    let v = version(&app, &hamid, SORTED).await;
    let (status, body) =
        post(&app, &hamid, SORTED, "quality", json!({ "version": v, "why": "steekproef klopt", "approved": true }))
            .await;
    assert_eq!((status, body["step"].as_str()), (StatusCode::OK, Some("phone_call")), "{body}");
    // The call, then the decision with the employer's copy.
    claim(&app, &eline, SORTED).await;
    let v = version(&app, &eline, SORTED).await;
    let (status, body) = post(
        &app,
        &eline,
        SORTED,
        "decision",
        json!({ "version": v, "why": "besluit verstuurd", "date": "2025-10-20", "reference": "DC-2025-0808" }),
    )
    .await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::CONFLICT, Some("call_first")));
    let (status, body) =
        post(&app, &eline, SORTED, "calls", json!({ "version": v, "why": "uitkomst uitgelegd", "outcome": "reached" }))
            .await;
    assert_eq!((status, body["step"].as_str()), (StatusCode::CREATED, Some("phone_call")), "{body}");
    let v = version(&app, &eline, SORTED).await;
    let (status, body) = post(
        &app,
        &eline,
        SORTED,
        "decision",
        json!({ "version": v, "why": "besluit verstuurd", "date": "2025-10-20", "reference": "DC-2025-0808" }),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!((body["step"].as_str(), body["copies"].clone()), (Some("decided"), json!(["client", "employer"])));
    // The client sees UWV's figures, decided on the decision's date.
    let client = sign_in_demo(&app, "demo-client-08").await;
    let (status, view, _) = send(&app, &client, "GET", &format!("/api/v1/cases/{SORTED}"), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(view["result"]["backpay"]["decided"], json!(true));
    assert_eq!(view["result"]["backpay"]["amount"], json!("4874.07"));
    assert_eq!(view["result"]["dagloon"]["at_start"], json!("119.46"));
    let line = view["result"]["trace"].as_array().unwrap().iter().find(|l| l["figure"] == "/backpay/amount").unwrap();
    assert_eq!((line["provenance"].as_str(), line["decision"]["date"].as_str()), (Some("decided"), Some("2025-10-20")));
    // Every step audited, and the client's access log shows the workbench openings.
    let (_, log, _) = send(&app, &client, "GET", &format!("/api/v1/cases/{SORTED}/access-log"), None).await;
    let readers: Vec<&str> = log.as_array().unwrap().iter().filter_map(|a| a["actor"].as_str()).collect();
    for name in
        ["Eline Koster (UWV controleur)", "Frank Meijer (UWV controleur)", "Hamid Aziz (UWV kwaliteitscontrole)"]
    {
        assert!(readers.contains(&name), "{name} not in {log}");
    }
    let (_, case, _) = send(&app, &iris, "GET", &format!("/api/v1/workbench/cases/{SORTED}"), None).await;
    let actions: Vec<&str> = case["steps"].as_array().unwrap().iter().filter_map(|s| s["action"].as_str()).collect();
    assert_eq!(
        actions,
        ["claim", "first_check", "claim", "second_check", "claim", "quality_check", "claim", "call", "decision"]
    );
    assert_eq!(case["checks"].as_array().unwrap().len(), 2);
    let trail = db.audit_trail().await.unwrap();
    assert_eq!(trail.iter().filter(|(_, _, action, object, _)| action == "decision" && object == SORTED).count(), 1);
}

#[tokio::test]
async fn four_eyes_walk_from_sorted_to_decided_on_sqlite() {
    four_eyes_walk(&sqlite_url()).await;
}

#[tokio::test]
async fn four_eyes_walk_from_sorted_to_decided_on_postgresql() {
    let pg = start_postgres();
    four_eyes_walk(&pg.url).await;
}

/// Two checks that differ go to the expert team, with only the differing trace lines; the
/// expert sees both and chooses; a checker cannot decide.
async fn disagreement(url: &str) {
    let (app, _db) = workbench_app(url, no_quality_check()).await;
    let Team { eline, frank, gerda, .. } = team(&app).await;
    claim(&app, &eline, SORTED).await;
    check(&app, &eline, SORTED, facts(Some("2200.00"))).await;
    // Blind through every door: the case history staff can read holds no trace of the first
    // entry's March wage before the second check is in.
    let mut frank_with_reason = frank.clone();
    frank_with_reason.reason = Some("tweede controle van de herstelactie".into());
    let (status, history, _) =
        send(&app, &frank_with_reason, "GET", &format!("/api/v1/cases/{SORTED}/history"), None).await;
    assert_eq!(status, StatusCode::OK);
    let march =
        history.as_array().unwrap().iter().flat_map(|v| v["facts"]["wages"]["months"].as_array().unwrap().clone());
    assert!(march.into_iter().all(|m| m["month"] != "2021-03"), "{history}");
    claim(&app, &frank, SORTED).await;
    let (status, body) = check(&app, &frank, SORTED, facts(None)).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!((body["agree"].as_bool(), body["step"].as_str()), (Some(false), Some("expert_team")));
    let differences = body["differences"].as_array().unwrap();
    assert!(differences.iter().all(|d| d["first"] != d["second"]), "{body}");
    let dagloon = differences.iter().find(|d| d["figure"] == "/dagloon/at_start").expect("the dagloon differs");
    assert_eq!((dagloon["first"].as_str(), dagloon["second"].as_str()), (Some("118.76"), Some("119.46")), "{dagloon}");
    let ids: Vec<&str> = differences.iter().filter_map(|d| d["id"].as_str()).collect();
    // Only the lines that differ: the wage lines, the dagloon and what rests on it (74 of the
    // trace); the lines that agree (D9, D11: the maximum dagloon and its date) are left out.
    assert_eq!((ids.len(), &ids[..5]), (74, &["D1", "D2", "D3", "D4", "D5"][..]));
    assert!(!ids.contains(&"D9") && !ids.contains(&"D11"));
    // The expert team sees both entries and the differences.
    let (_, case, _) = send(&app, &gerda, "GET", &format!("/api/v1/workbench/cases/{SORTED}"), None).await;
    assert_eq!(case["checks"].as_array().unwrap().len(), 2);
    assert_eq!(case["differences"].as_array().unwrap().len(), differences.len());
    // A checker cannot take the expert's step; the expert can.
    let (status, body) = claim(&app, &frank, SORTED).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::FORBIDDEN, Some("team_role")));
    let (status, _) = claim(&app, &gerda, SORTED).await;
    assert_eq!(status, StatusCode::OK);
    let v = version(&app, &gerda, SORTED).await;
    let (status, body) = post(
        &app,
        &gerda,
        SORTED,
        "expert",
        json!({ "version": v, "why": "maart was loonloos volgens Polis", "choose": 2 }),
    )
    .await;
    assert_eq!((status, body["step"].as_str()), (StatusCode::OK, Some("phone_call")), "{body}");
}

#[tokio::test]
async fn disagreement_reaches_the_expert_team_on_sqlite() {
    disagreement(&sqlite_url()).await;
}

#[tokio::test]
async fn disagreement_reaches_the_expert_team_on_postgresql() {
    let pg = start_postgres();
    disagreement(&pg.url).await;
}

/// Two saves of the same version at once: one is stored, the other gets 409 and changes nothing.
async fn concurrent_save(url: &str) {
    let (app, db) = workbench_app(url, no_quality_check()).await;
    let eline = sign_in(&app, "eline", PASSWORD).await;
    // Demo case 13 is at the phone call.
    let case = "WIA-DEMO-13";
    claim(&app, &eline, case).await;
    let v = version(&app, &eline, case).await;
    let reached = json!({ "version": v, "why": "klant gebeld", "outcome": "reached" });
    let not_reached = json!({ "version": v, "why": "klant gebeld", "outcome": "not_reached" });
    let (one, two) =
        tokio::join!(post(&app, &eline, case, "calls", reached), post(&app, &eline, case, "calls", not_reached));
    let mut statuses = [one.0, two.0];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::CREATED, StatusCode::CONFLICT], "{one:?} {two:?}");
    let lost = if one.0 == StatusCode::CONFLICT { &one.1 } else { &two.1 };
    assert_eq!(lost["error"], "version_conflict");
    assert!(lost["message"].as_str().unwrap().contains("nothing of yours was stored"));
    let stored = if one.0 == StatusCode::CREATED { "reached" } else { "not_reached" };
    assert_eq!(helder_server::workbench::audit::whats_of(&db, case, "call").await.unwrap(), [stored]);
    assert_eq!(db.latest_version(case).await.unwrap().unwrap().version, v + 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_concurrent_save_loses_nothing_on_sqlite() {
    concurrent_save(&sqlite_url()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_concurrent_save_loses_nothing_on_postgresql() {
    let pg = start_postgres();
    concurrent_save(&pg.url).await;
}

/// The sample is a function of the case id and the share: these exact cases of 20 at 10%,
/// none at 0, all at 100%, and a larger share keeps every case of a smaller one.
#[test]
fn the_quality_sample_is_deterministic() {
    let ids: Vec<String> = (1..=20).map(|n| format!("WIA-2025-{n:06}")).collect();
    let sampled = |share| ids.iter().filter(|id| in_sample(id, share)).cloned().collect::<Vec<_>>();
    assert_eq!(
        sampled(300),
        [
            "WIA-2025-000006",
            "WIA-2025-000008",
            "WIA-2025-000012",
            "WIA-2025-000014",
            "WIA-2025-000016",
            "WIA-2025-000018",
            "WIA-2025-000020"
        ]
    );
    assert!(sampled(0).is_empty());
    assert_eq!(sampled(1000).len(), 20);
    let half = sampled(500);
    assert!(sampled(250).iter().all(|id| half.contains(id)));
}

/// Above the back-payment bound a case goes to the quality check even outside the sample.
#[tokio::test]
async fn a_large_back_payment_is_always_quality_checked() {
    let policy = Policy { quality_share_per_mille: 0, quality_back_payment_above: helder_core::Euro::cents(100_000) };
    let (app, _db) = workbench_app(&sqlite_url(), policy).await;
    let Team { eline, frank, .. } = team(&app).await;
    claim(&app, &eline, SORTED).await;
    check(&app, &eline, SORTED, facts(None)).await;
    claim(&app, &frank, SORTED).await;
    let (_, body) = check(&app, &frank, SORTED, facts(None)).await;
    // € 4,874.07 > € 1,000.00.
    assert_eq!(body["step"], "quality_check", "{body}");
}

/// (method, path, expected status for: anonymous, client, call-centre staff, checker, expert,
/// quality, team lead) on a decided case (demo 06): the role answers first, then the step.
const TEAM_MATRIX: &[(&str, &str, [u16; 7])] = &[
    ("GET", "/api/v1/workbench/worklist?category=loonloze_tijdvakken&step=sorted", [401, 403, 403, 200, 200, 200, 200]),
    ("GET", "/api/v1/workbench/dashboard", [401, 403, 403, 403, 403, 403, 200]),
    ("GET", "/api/v1/workbench/dashboard.csv", [401, 403, 403, 403, 403, 403, 200]),
    ("GET", "/api/v1/workbench/impact", [401, 403, 403, 403, 403, 403, 200]),
    ("GET", "/api/v1/workbench/cases/WIA-DEMO-06", [401, 403, 403, 200, 200, 200, 200]),
    ("POST", "/api/v1/workbench/cases/WIA-DEMO-06/claim", [401, 403, 403, 409, 409, 409, 409]),
    ("POST", "/api/v1/workbench/cases/WIA-DEMO-06/checks", [401, 403, 403, 409, 403, 403, 403]),
    ("POST", "/api/v1/workbench/cases/WIA-DEMO-06/expert", [401, 403, 403, 403, 409, 403, 403]),
    ("POST", "/api/v1/workbench/cases/WIA-DEMO-06/quality", [401, 403, 403, 403, 403, 409, 403]),
    ("POST", "/api/v1/workbench/cases/WIA-DEMO-06/calls", [401, 403, 403, 409, 403, 403, 403]),
    ("POST", "/api/v1/workbench/cases/WIA-DEMO-06/decision", [401, 403, 403, 409, 403, 403, 403]),
    // The correction requests ("Dit klopt niet"): every team role reads, checkers take and handle.
    ("GET", "/api/v1/workbench/correction-requests?state=received", [401, 403, 403, 200, 200, 200, 200]),
    ("GET", "/api/v1/workbench/correction-requests/no-such-request", [401, 403, 403, 404, 404, 404, 404]),
    ("POST", "/api/v1/workbench/correction-requests/no-such-request/take", [401, 403, 403, 404, 403, 403, 403]),
    ("POST", "/api/v1/workbench/correction-requests/no-such-request/handle", [401, 403, 403, 404, 403, 403, 403]),
];

async fn team_matrix(url: &str) {
    let (app, _db) = workbench_app(url, no_quality_check()).await;
    let team = team(&app).await;
    let roles = [
        Browser::default(),
        sign_in_demo(&app, "demo-client-06").await,
        sign_in(&app, "carla", PASSWORD).await,
        team.eline,
        team.gerda,
        team.hamid,
        team.iris,
    ];
    let routes: Vec<(String, String)> = helder_server::workbench::endpoints()
        .iter()
        .map(|e| {
            (e.method.to_owned(), e.path.replace("{case_id}", "WIA-DEMO-06").replace("{request_id}", "no-such-request"))
        })
        .collect();
    assert_eq!(routes.len(), TEAM_MATRIX.len(), "a workbench endpoint without a team-matrix row");
    let mut failures = Vec::new();
    for (method, path, expected) in TEAM_MATRIX {
        assert!(routes.iter().any(|(m, p)| m == method && path.starts_with(p.as_str())), "{method} {path}");
        for (who, want) in roles.iter().zip(expected) {
            let body = (*method == "POST").then(|| {
                let why = "matrix test of the workbench";
                match path.rsplit('/').next().unwrap() {
                    "checks" => json!({ "version": 1, "why": why, "facts": facts(None) }),
                    "expert" => json!({ "version": 1, "why": why, "choose": 1 }),
                    "quality" => json!({ "version": 1, "why": why, "approved": true }),
                    "calls" => json!({ "version": 1, "why": why, "outcome": "reached" }),
                    "decision" => json!({ "version": 1, "why": why, "date": "2025-10-01", "reference": "DC-1" }),
                    "handle" => json!({ "outcome": "corrected", "why": why }),
                    _ => json!({ "version": 1 }),
                }
            });
            let (status, answer, _) = send(&app, who, method, path, body).await;
            if status.as_u16() != *want {
                failures.push(format!("{method} {path}: {status}, expected {want} ({answer})"));
            }
        }
    }
    assert!(failures.is_empty(), "team matrix:\n{}", failures.join("\n"));
}

#[tokio::test]
async fn every_workbench_endpoint_by_team_role_on_sqlite() {
    team_matrix(&sqlite_url()).await;
}

#[tokio::test]
async fn every_workbench_endpoint_by_team_role_on_postgresql() {
    let pg = start_postgres();
    team_matrix(&pg.url).await;
}

/// A worklist is oldest first and pages by cursor without repeating or skipping a case.
#[tokio::test]
async fn worklists_are_oldest_first_and_page_by_cursor() {
    let (app, db) = workbench_app(&sqlite_url(), no_quality_check()).await;
    let iris = sign_in(&app, "iris", PASSWORD).await;
    // Three more sorted cases, received before and after demo 08 (received 2025-09-08).
    for (n, received) in [(1, "2025-08-01"), (2, "2025-09-08"), (3, "2025-12-01")] {
        let case_id = format!("WIA-WB-{n}");
        let document = include_str!("../../tests/cases/p06-backpay-too-low.case.json").replace("P-06", &case_id);
        Db::store_case(&db.pool, &case_id, "demo-client-08", &document, "test").await.unwrap();
        helder_server::workbench::audit::enroll(&db, &case_id, "loonloze_tijdvakken", "sorted", received, "2026-01-01")
            .await
            .unwrap();
    }
    let mut seen = Vec::new();
    let mut path = "/api/v1/workbench/worklist?category=loonloze_tijdvakken&step=sorted&limit=2".to_owned();
    loop {
        let (status, page, _) = send(&app, &iris, "GET", &path, None).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        for item in page["items"].as_array().unwrap() {
            seen.push((item["received_at"].as_str().unwrap().to_owned(), item["case_id"].as_str().unwrap().to_owned()));
        }
        match page["next"].as_str() {
            Some(next) => {
                path =
                    format!("/api/v1/workbench/worklist?category=loonloze_tijdvakken&step=sorted&limit=2&after={next}")
            }
            None => break,
        }
    }
    let ids: Vec<&str> = seen.iter().map(|(_, id)| id.as_str()).collect();
    assert_eq!(ids, ["WIA-WB-1", "WIA-DEMO-08", "WIA-WB-2", "WIA-WB-3"]);
}

/// The dashboard counts the demo's cases per category and step, ages the open ones from their
/// received dates (demo 08-13: 2025-09-08 to 2025-09-13), and after one decision forecasts the
/// rest at the rate of the last four full weeks.
async fn the_dashboard_counts_ages_and_forecasts(url: &str) {
    let (app, db) = workbench_app(url, no_quality_check()).await;
    let on = chrono::NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
    let dashboard = helder_server::workbench::dashboard::figures(&db, on).await.unwrap();
    let counts: Vec<(&str, &str, &str, i64)> =
        dashboard.counts.iter().map(|c| (c.category.as_str(), c.step.as_str(), c.outcome.as_str(), c.cases)).collect();
    let (lt, low) = ("loonloze_tijdvakken", "too_low");
    assert_eq!(
        counts,
        [
            ("aop", "expert_team", low, 1),
            ("indexering", "decided", "too_high", 1),
            (lt, "decided", low, 2),
            (lt, "expert_team", low, 1),
            (lt, "first_check", low, 1),
            (lt, "phone_call", low, 1),
            (lt, "quality_check", low, 1),
            (lt, "second_check", low, 1),
            (lt, "sorted", low, 1),
            ("no_reason", "sorted", "correct", 1),
            ("opting_in", "phone_call", "correct", 1),
            ("to_check", "decided", "correct", 1),
            ("to_check", "decided", "too_high", 1),
            ("to_check", "second_check", low, 1)
        ]
    );
    // The amounts, never mixing UWV's and Helder's: demo 19's decision states a back payment of
    // € 4.514,70 and interest of € 196,78 (p09); demo 06 (decided, no amounts in its decision) and
    // the six cases 08-13 in progress are Helder's € 4.874,07 each (p06), demo 20 and 24 € 8.602,13
    // each (p10, p14), 7 × 4.874,07 + 2 × 8.602,13 = 51.322,75, with interest only on 06's, whose
    // back payment is due (€ 196,78); demo 07 is too high by € 1.142,98 (p07) and demo 22 by
    // € 36,48 (p12), neither reclaimed: € 1.179,46.
    let totals: Vec<(&str, &str, i64, &str)> =
        dashboard.totals.iter().map(|t| (t.figure.as_str(), t.basis.as_str(), t.cases, t.amount.as_str())).collect();
    assert_eq!(
        totals,
        [
            ("back_payment", "decided", 1, "4514.70"),
            ("back_payment", "calculated", 9, "51322.75"),
            ("interest", "decided", 1, "196.78"),
            ("interest", "calculated", 1, "196.78"),
            ("not_reclaimed", "calculated", 2, "1179.46")
        ]
    );
    // Ten open cases, received on their demo index's day from 1 September 2025: 08-13 aged 84
    // to 79 days, 20, 21, 23 and 24 aged 72, 71, 69 and 68. By nearest rank the 5th youngest is
    // 79 days, the 9th 83.
    assert_eq!((dashboard.open_cases, dashboard.age_median_days, dashboard.age_p90_days), (10, Some(79), Some(83)));
    assert_eq!((dashboard.forecast.kind.as_str(), dashboard.forecast.done_by.clone()), ("forecast", None));
    // One decision today (demo 13 is at the phone call); a week later the rate is 1 in 4 weeks,
    // so the 9 open cases take 36 weeks.
    let eline = sign_in(&app, "eline", PASSWORD).await;
    let case = "WIA-DEMO-13";
    claim(&app, &eline, case).await;
    let v = version(&app, &eline, case).await;
    post(&app, &eline, case, "calls", json!({ "version": v, "why": "klant gebeld", "outcome": "reached" })).await;
    let today = helder_server::dutch_day::today();
    // The letter is dated within the case's parameter table; the week counts when it was recorded.
    let date = "2025-10-20";
    let (status, body) = post(
        &app,
        &eline,
        case,
        "decision",
        json!({ "version": v + 1, "why": "besluit verstuurd", "date": date, "reference": "DC-13" }),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let next_week = today + chrono::Days::new(7);
    let dashboard = helder_server::workbench::dashboard::figures(&db, next_week).await.unwrap();
    assert_eq!(dashboard.open_cases, 9);
    assert_eq!((dashboard.throughput.len(), dashboard.throughput[0].decided), (1, 1));
    assert_eq!((dashboard.forecast.weeks, dashboard.forecast.decided), (4, 1));
    let expected = helder_core::calendar::format_date(next_week + chrono::Days::new(36 * 7));
    assert_eq!(dashboard.forecast.done_by, Some(expected));
    // The counts as CSV for the team lead.
    let iris = sign_in(&app, "iris", PASSWORD).await;
    let (status, csv, headers) = common::get_text(&app, &iris, "/api/v1/workbench/dashboard.csv").await;
    assert_eq!((status, headers["content-type"].to_str().unwrap()), (StatusCode::OK, "text/csv; charset=utf-8"));
    assert_eq!(headers["content-disposition"].to_str().unwrap(), "attachment; filename=\"werkbank.csv\"");
    // Demo 13's decision now states Helder's € 4.874,07: it moves from calculated to decided.
    assert_eq!(
        csv,
        "category,step,outcome,cases,back_payment_decided,back_payment_calculated,interest_decided,\
         interest_calculated,not_reclaimed_calculated\n\
         aop,expert_team,too_low,1,0.00,8602.13,0.00,0.00,0.00\n\
         indexering,decided,too_high,1,0.00,0.00,0.00,0.00,36.48\n\
         loonloze_tijdvakken,decided,too_low,3,9388.77,4874.07,196.78,196.78,0.00\n\
         loonloze_tijdvakken,expert_team,too_low,1,0.00,4874.07,0.00,0.00,0.00\n\
         loonloze_tijdvakken,first_check,too_low,1,0.00,4874.07,0.00,0.00,0.00\n\
         loonloze_tijdvakken,quality_check,too_low,1,0.00,4874.07,0.00,0.00,0.00\n\
         loonloze_tijdvakken,second_check,too_low,1,0.00,4874.07,0.00,0.00,0.00\n\
         loonloze_tijdvakken,sorted,too_low,1,0.00,4874.07,0.00,0.00,0.00\n\
         no_reason,sorted,correct,1,0.00,0.00,0.00,0.00,0.00\n\
         opting_in,phone_call,correct,1,0.00,0.00,0.00,0.00,0.00\n\
         to_check,decided,correct,1,0.00,0.00,0.00,0.00,0.00\n\
         to_check,decided,too_high,1,0.00,0.00,0.00,0.00,1142.98\n\
         to_check,second_check,too_low,1,0.00,8602.13,0.00,0.00,0.00\n"
    );
}

#[tokio::test]
async fn the_dashboard_counts_ages_and_forecasts_on_sqlite() {
    the_dashboard_counts_ages_and_forecasts(&sqlite_url()).await;
}

#[tokio::test]
async fn the_dashboard_counts_ages_and_forecasts_on_postgresql() {
    let pg = start_postgres();
    the_dashboard_counts_ages_and_forecasts(&pg.url).await;
}

/// A summary made under other rules (after an upgrade) or missing (a case stored before the
/// table existed) is made again from the case's latest version when the server connects.
#[tokio::test]
async fn dashboard_summaries_made_under_other_rules_are_made_again() {
    let (_app, db) = workbench_app(&sqlite_url(), no_quality_check()).await;
    sqlx::query("UPDATE case_summaries SET rules_version = 'older', outcome = 'correct', back_payment_cents = 1 WHERE case_id = 'WIA-DEMO-08'")
        .execute(&db.pool)
        .await
        .unwrap();
    sqlx::query("DELETE FROM case_summaries WHERE case_id = 'WIA-DEMO-07'").execute(&db.pool).await.unwrap();
    assert_eq!(helder_server::case_summary::refresh(&db).await.unwrap(), 2);
    let rows: Vec<(String, String, i64, i64)> = sqlx::query_as(
        "SELECT case_id, outcome, back_payment_cents, not_reclaimed_cents FROM case_summaries
         WHERE case_id IN ('WIA-DEMO-07', 'WIA-DEMO-08') ORDER BY case_id",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(
        rows,
        [
            ("WIA-DEMO-07".to_owned(), "too_high".to_owned(), 0, 114_298),
            ("WIA-DEMO-08".to_owned(), "too_low".to_owned(), 487_407, 0)
        ]
    );
    assert_eq!(helder_server::case_summary::refresh(&db).await.unwrap(), 0, "nothing left to refresh");
}

/// The impact of a rules change for team leads: `helder recompute --diff … --publish` computes
/// every stored case again and stores its report; the team lead reads the latest on the
/// dashboard's endpoint. Here demo case 06 was stored under older rules with a back payment
/// € 12,40 lower, and demo case 01 has no stored result.
async fn a_team_lead_reads_the_published_impact(url: &str, database: &str) {
    let (app, db) = workbench_app(url, no_quality_check()).await;
    let iris = sign_in(&app, "iris", PASSWORD).await;
    let (status, body, _) = send(&app, &iris, "GET", "/api/v1/workbench/impact", None).await;
    assert_eq!((status, &body["report"]), (StatusCode::OK, &Value::Null), "none published yet");
    let mut stored = Vec::new();
    for (case_id, document) in db.all_latest_documents().await.unwrap() {
        let mut result: Value = serde_json::from_str(&helder_core::compute(&document).unwrap()).unwrap();
        match case_id.as_str() {
            "WIA-DEMO-01" => continue,
            "WIA-DEMO-06" => {
                result["rules_version"] = json!("helder-core 0.0.0+older");
                let line = result["trace"]
                    .as_array_mut()
                    .unwrap()
                    .iter_mut()
                    .find(|line| line["figure"] == "/backpay/amount")
                    .unwrap();
                assert_eq!(line["value"], "4874.07");
                line["value"] = json!("4861.67");
            }
            _ => {}
        }
        stored.push(result.to_string());
    }
    // One file per database: the SQLite and PostgreSQL runs of this test run at the same time.
    let file = std::env::temp_dir().join(format!("helder-stored-{}-{database}.ndjson", std::process::id()));
    std::fs::write(&file, stored.join("\n")).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_helder"))
        .args(["recompute", "--threads", "2", "--database-url", url, "--publish", "--diff"])
        .arg(&file)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&file);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let (status, body, _) = send(&app, &iris, "GET", "/api/v1/workbench/impact", None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let report: helder_api::workbench::ImpactReport = serde_json::from_value(body["report"].clone()).unwrap();
    assert_eq!((report.cases, report.changed, report.skipped), (24, 1, 1));
    assert_eq!(report.rules_version, helder_core::rules_version());
    let groups: Vec<(&str, &str, &str, i64, Vec<&str>)> = report
        .groups
        .iter()
        .map(|g| {
            (
                g.causes[0].kind.as_str(),
                g.field.as_str(),
                g.change.as_str(),
                g.cases,
                g.case_ids.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(groups, [("rules", "/backpay/amount", "12.40", 1, vec!["WIA-DEMO-06"])]);
    assert_eq!(report.groups[0].causes[0].old.as_deref(), Some("helder-core 0.0.0+older"));
    let trail = db.audit_trail().await.unwrap();
    assert!(
        trail
            .iter()
            .any(|(_, _, action, _, result)| action == "impact_published" && result == "24 cases, 1 changed, 1 groups")
    );
    // Checkers do not read it.
    let eline = sign_in(&app, "eline", PASSWORD).await;
    assert_eq!(send(&app, &eline, "GET", "/api/v1/workbench/impact", None).await.0, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_team_lead_reads_the_published_impact_on_sqlite() {
    a_team_lead_reads_the_published_impact(&sqlite_url(), "sqlite").await;
}

#[tokio::test]
async fn a_team_lead_reads_the_published_impact_on_postgresql() {
    let pg = start_postgres();
    a_team_lead_reads_the_published_impact(&pg.url, "postgresql").await;
}
