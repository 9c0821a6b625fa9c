//! The API against SQLite and a real PostgreSQL: the authorization matrix (every endpoint ×
//! every role, exact status codes), consent and access-log flows, CSRF, import, and a scan of
//! the debug log for BSNs, passwords and session tokens.

mod common;

use axum::http::StatusCode;
use common::{Browser, demo_app, send, sign_in, sign_in_demo, sqlite_url, start_postgres};
use helder_server::db::{AuditEntry, Db};
use serde_json::{Value, json};
use std::sync::{Arc, Mutex, OnceLock};

const ROLES: [&str; 9] = [
    "anonymous",
    "client",
    "other client",
    "supporter, valid consent",
    "supporter, expired consent",
    "supporter, revoked consent",
    "supporter, no consent",
    "staff with reason",
    "staff without reason",
];

/// (method, path, expected status per role in `ROLES` order).
const MATRIX: &[(&str, &str, [u16; 9])] = &[
    ("GET", "/api/v1/health", [200, 200, 200, 200, 200, 200, 200, 200, 200]),
    ("GET", "/api/v1/ready", [200, 200, 200, 200, 200, 200, 200, 200, 200]),
    ("GET", "/api/v1/openapi.json", [200, 200, 200, 200, 200, 200, 200, 200, 200]),
    ("GET", "/api/v1/demo/clients", [200, 200, 200, 200, 200, 200, 200, 200, 200]),
    ("POST", "/api/v1/session/demo", [200, 200, 200, 200, 200, 200, 200, 200, 200]),
    ("POST", "/api/v1/session", [200, 200, 200, 200, 200, 200, 200, 200, 200]),
    ("GET", "/api/v1/session/methods", [200, 200, 200, 200, 200, 200, 200, 200, 200]),
    // No OpenID Connect provider is configured here (server/tests/oidc.rs signs in with one).
    ("GET", "/api/v1/session/oidc/{provider}", [404, 404, 404, 404, 404, 404, 404, 404, 404]),
    ("GET", "/api/v1/session/oidc/{provider}/callback", [404, 404, 404, 404, 404, 404, 404, 404, 404]),
    ("GET", "/api/v1/session", [401, 200, 200, 200, 200, 200, 200, 200, 200]),
    ("DELETE", "/api/v1/session", [401, 204, 204, 204, 204, 204, 204, 204, 204]),
    ("DELETE", "/api/v1/sessions", [401, 204, 204, 204, 204, 204, 204, 204, 204]),
    ("GET", "/api/v1/cases", [401, 200, 200, 200, 200, 200, 200, 403, 403]),
    ("GET", "/api/v1/cases/{case_id}", [401, 200, 404, 200, 404, 404, 404, 200, 400]),
    ("GET", "/api/v1/cases/{case_id}/history", [401, 200, 404, 200, 404, 404, 404, 200, 400]),
    ("GET", "/api/v1/cases/{case_id}/changes", [401, 200, 404, 200, 404, 404, 404, 200, 400]),
    ("POST", "/api/v1/cases/search", [401, 403, 403, 403, 403, 403, 403, 200, 400]),
    ("GET", "/api/v1/cases/{case_id}/consents", [401, 200, 404, 403, 403, 403, 403, 403, 403]),
    ("POST", "/api/v1/cases/{case_id}/consents", [401, 201, 404, 403, 403, 403, 403, 403, 403]),
    ("DELETE", "/api/v1/cases/{case_id}/consents/{consent_id}", [401, 204, 404, 403, 403, 403, 403, 403, 403]),
    ("GET", "/api/v1/cases/{case_id}/access-log", [401, 200, 404, 403, 403, 403, 403, 403, 403]),
    ("GET", "/api/v1/supporters", [401, 200, 200, 403, 403, 403, 403, 403, 403]),
    ("POST", "/api/v1/what-if", [401, 200, 200, 200, 200, 200, 200, 200, 200]),
    ("GET", "/api/v1/cases/{case_id}/call-notes", [401, 403, 403, 403, 403, 403, 403, 200, 400]),
    ("POST", "/api/v1/cases/{case_id}/call-notes", [401, 403, 403, 403, 403, 403, 403, 201, 400]),
    // News: the client and a supporter with consent; staff never (they must not mark it read).
    ("GET", "/api/v1/cases/{case_id}/news", [401, 200, 404, 200, 404, 404, 404, 403, 403]),
    ("POST", "/api/v1/cases/{case_id}/news/{news_id}/read", [401, 204, 404, 204, 404, 404, 404, 403, 403]),
    ("GET", "/api/v1/email", [401, 200, 200, 403, 403, 403, 403, 403, 403]),
    ("PUT", "/api/v1/email", [401, 200, 200, 403, 403, 403, 403, 403, 403]),
    // The correction workbench: only staff with a team role (server/tests/workbench.rs has its
    // matrix per team role); call-centre staff have none.
    ("GET", "/api/v1/workbench/worklist", [401, 403, 403, 403, 403, 403, 403, 403, 403]),
    ("GET", "/api/v1/workbench/dashboard", [401, 403, 403, 403, 403, 403, 403, 403, 403]),
    ("GET", "/api/v1/workbench/dashboard.csv", [401, 403, 403, 403, 403, 403, 403, 403, 403]),
    ("GET", "/api/v1/workbench/impact", [401, 403, 403, 403, 403, 403, 403, 403, 403]),
    ("GET", "/api/v1/workbench/cases/{case_id}", [401, 403, 403, 403, 403, 403, 403, 403, 403]),
    ("POST", "/api/v1/workbench/cases/{case_id}/claim", [401, 403, 403, 403, 403, 403, 403, 403, 403]),
    ("POST", "/api/v1/workbench/cases/{case_id}/checks", [401, 403, 403, 403, 403, 403, 403, 403, 403]),
    ("POST", "/api/v1/workbench/cases/{case_id}/expert", [401, 403, 403, 403, 403, 403, 403, 403, 403]),
    ("POST", "/api/v1/workbench/cases/{case_id}/quality", [401, 403, 403, 403, 403, 403, 403, 403, 403]),
    ("POST", "/api/v1/workbench/cases/{case_id}/calls", [401, 403, 403, 403, 403, 403, 403, 403, 403]),
    ("POST", "/api/v1/workbench/cases/{case_id}/decision", [401, 403, 403, 403, 403, 403, 403, 403, 403]),
    // Letters: viewing is the case view's rule; the client sends their own letters, staff UWV's.
    ("GET", "/api/v1/cases/{case_id}/letters", [401, 200, 404, 200, 404, 404, 404, 200, 400]),
    ("POST", "/api/v1/cases/{case_id}/letters", [401, 201, 404, 403, 404, 404, 404, 403, 400]),
    ("GET", "/api/v1/cases/{case_id}/letters/{kind}", [401, 200, 404, 200, 404, 404, 404, 200, 400]),
    ("GET", "/api/v1/cases/{case_id}/letters/sent/{letter_id}", [401, 404, 404, 404, 404, 404, 404, 404, 400]),
    // "Dit klopt niet": the estimate and the case's requests follow the case view's rule (the
    // request is sent as a letter, above); the checkers' list of requests is the workbench's.
    ("POST", "/api/v1/cases/{case_id}/correction-estimate", [401, 200, 404, 200, 404, 404, 404, 200, 400]),
    ("GET", "/api/v1/cases/{case_id}/correction-requests", [401, 200, 404, 200, 404, 404, 404, 200, 400]),
    ("GET", "/api/v1/workbench/correction-requests", [401, 403, 403, 403, 403, 403, 403, 403, 403]),
    ("GET", "/api/v1/workbench/correction-requests/{request_id}", [401, 403, 403, 403, 403, 403, 403, 403, 403]),
    ("POST", "/api/v1/workbench/correction-requests/{request_id}/take", [401, 403, 403, 403, 403, 403, 403, 403, 403]),
    (
        "POST",
        "/api/v1/workbench/correction-requests/{request_id}/handle",
        [401, 403, 403, 403, 403, 403, 403, 403, 403],
    ),
];

const CASE: &str = "WIA-DEMO-01";
/// The audit row of changes the tests make directly in the database.
const TEST_AUDIT: AuditEntry<'static> =
    AuditEntry { actor: "test", role: "system", action: "test_setup", object: CASE, origin: "local" };

/// Every debug log line of the test binary.
fn log_buffer() -> Arc<Mutex<Vec<u8>>> {
    static BUFFER: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    BUFFER
        .get_or_init(|| {
            let buffer = Arc::new(Mutex::new(Vec::new()));
            let writer = buffer.clone();
            let _ = tracing_subscriber::fmt()
                .with_max_level(tracing::Level::DEBUG)
                .with_ansi(false)
                .with_writer(move || LogWriter(writer.clone()))
                .try_init();
            buffer
        })
        .clone()
}

struct LogWriter(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for LogWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

async fn extra_supporter(db: &Db, id: &str, username: &str) {
    let hash = helder_server::auth::hash_password("test-password").unwrap();
    db.insert_account(id, "supporter", username, Some(username), Some(&hash), None).await.unwrap();
}

fn in_days(days: i64) -> String {
    (helder_server::dutch_day::today() + chrono::Duration::days(days)).to_string()
}

/// Signs in one browser per role, with the consents the roles need.
async fn browsers(app: &axum::Router, db: &Db) -> Vec<Browser> {
    extra_supporter(db, "test-supporter-revoked", "revoked").await;
    extra_supporter(db, "test-supporter-none", "nobody").await;
    extra_supporter(db, "test-supporter-target", "target").await;
    // demo-client-01 owns WIA-DEMO-01. Anna: valid; Bram: expired; "revoked": revoked.
    db.grant_consent(CASE, "demo-supporter-1", &format!("{}T23:59:59.999Z", in_days(30)), &TEST_AUDIT).await.unwrap();
    db.grant_consent(CASE, "demo-supporter-2", "2020-01-01T00:00:00.000Z", &TEST_AUDIT).await.unwrap();
    let revoked = db
        .grant_consent(CASE, "test-supporter-revoked", &format!("{}T23:59:59.999Z", in_days(30)), &TEST_AUDIT)
        .await
        .unwrap();
    assert!(db.revoke_consent(CASE, &revoked, &TEST_AUDIT).await.unwrap());
    // A second version of the case: news to read (its "version" item).
    let (_, name, bsn, _, case) = helder_server::demo::demo_cases().into_iter().next().unwrap();
    let line = json!({ "client": { "name": name, "bsn": bsn }, "case": case }).to_string();
    assert_eq!(helder_server::import::import(db, &line, "test").await.ok(), Some(1));
    let mut staff_reason = sign_in(app, "carla", helder_server::demo::DEMO_PASSWORD).await;
    staff_reason.reason = Some("client phoned about the back payment".into());
    vec![
        Browser::default(),
        sign_in_demo(app, "demo-client-01").await,
        sign_in_demo(app, "demo-client-02").await,
        sign_in(app, "anna", helder_server::demo::DEMO_PASSWORD).await,
        sign_in(app, "bram", helder_server::demo::DEMO_PASSWORD).await,
        sign_in(app, "revoked", "test-password").await,
        sign_in(app, "nobody", "test-password").await,
        staff_reason,
        sign_in(app, "dirk", helder_server::demo::DEMO_PASSWORD).await,
    ]
}

fn body_for(method: &str, path: &str) -> Option<Value> {
    match (method, path) {
        ("POST", "/api/v1/session/demo") => Some(json!({ "client_id": "demo-client-03" })),
        ("POST", "/api/v1/session") => {
            Some(json!({ "username": "anna", "password": helder_server::demo::DEMO_PASSWORD }))
        }
        ("POST", "/api/v1/cases/search") => Some(json!({ "bsn": "999990019" })),
        ("POST", "/api/v1/cases/{case_id}/call-notes") => {
            Some(json!({ "next_step": "UWV stuurt de brief over de nabetaling", "deadline": in_days(14) }))
        }
        ("POST", "/api/v1/cases/{case_id}/letters") => {
            Some(json!({ "kind": "correction", "month": "2021-03", "value": "3100.00" }))
        }
        ("POST", "/api/v1/cases/{case_id}/correction-estimate") => {
            Some(json!({ "month": "2021-03", "value": "3100.00" }))
        }
        ("POST", "/api/v1/cases/{case_id}/consents") => {
            Some(json!({ "supporter": "target", "valid_until": in_days(30) }))
        }
        ("PUT", "/api/v1/email") => Some(json!({ "address": "client@example.nl", "notify": true })),
        ("POST", "/api/v1/what-if") => Some(json!({
            "case": serde_json::from_str::<Value>(include_str!("../../tests/cases/p05-penalty.case.json")).unwrap(),
            "lang": "en"
        })),
        (method, path) if method == "POST" && path.starts_with("/api/v1/workbench/") => {
            Some(helder_tests_workbench_body(path))
        }
        _ => None,
    }
}

/// A well-formed body for each workbench step, so the matrix sees the authorization answer.
fn helder_tests_workbench_body(path: &str) -> Value {
    let why = "matrix test of the workbench";
    match path.rsplit('/').next().unwrap_or("") {
        "checks" => json!({ "version": 1, "why": why, "facts": {
            "wages": [], "wageless_months": [], "first_sick_day": "2021-11-08", "dagloon_as_set": "98.86", "paid": [] } }),
        "expert" => json!({ "version": 1, "why": why, "choose": 1 }),
        "quality" => json!({ "version": 1, "why": why, "approved": true }),
        "calls" => json!({ "version": 1, "why": why, "outcome": "reached" }),
        "decision" => json!({ "version": 1, "why": why, "date": "2025-10-01", "reference": "DC-1" }),
        "handle" => json!({ "outcome": "corrected", "why": why }),
        _ => json!({ "version": 1 }),
    }
}

async fn authorization_matrix(app: &axum::Router, db: &Db) {
    // A new endpoint without a matrix row fails here.
    for endpoint in helder_server::api::endpoints() {
        assert!(
            MATRIX.iter().any(|(m, p, _)| *m == endpoint.method && *p == endpoint.path),
            "no authorization-matrix row for {} {}",
            endpoint.method,
            endpoint.path
        );
    }
    assert_eq!(MATRIX.len(), helder_server::api::endpoints().len(), "matrix rows for endpoints that do not exist");
    let mut roles = browsers(app, db).await;
    let mut failures = Vec::new();
    for (method, template, expected) in MATRIX {
        for index in 0..roles.len() {
            let who = roles[index].clone();
            // Signing out must not end the shared sessions: use a fresh one for those rows, and
            // sign in again after "everywhere" (it ends every session of the account).
            let signs_out = template.contains("/session") && *method == "DELETE" && who.cookie.is_some();
            let who = if signs_out { fresh_session(app, index, &who).await } else { who };
            let mut path = template
                .replace("{case_id}", CASE)
                .replace("{provider}", "client")
                .replace("{kind}", "wia_claim")
                .replace("{letter_id}", "no-such-letter")
                .replace("{request_id}", "no-such-request");
            if path.contains("{consent_id}") {
                let consent = db
                    .grant_consent(
                        CASE,
                        "test-supporter-target",
                        &format!("{}T00:00:00.000Z", in_days(10)),
                        &TEST_AUDIT,
                    )
                    .await
                    .unwrap();
                path = path.replace("{consent_id}", &consent);
            }
            if path.contains("{news_id}") {
                let news = helder_server::news::for_case(db, CASE, "test").await.unwrap();
                path = path.replace("{news_id}", &news[0].id);
            }
            let (status, body, _) = send(app, &who, method, &path, body_for(method, template)).await;
            if status.as_u16() != expected[index] {
                failures.push(format!(
                    "{method} {path} as {}: {status}, expected {} ({body})",
                    ROLES[index], expected[index]
                ));
            }
            if signs_out && *template == "/api/v1/sessions" {
                let again = fresh_session(app, index, &roles[index]).await;
                roles[index] = again;
            }
        }
    }
    assert!(failures.is_empty(), "authorization matrix:\n{}", failures.join("\n"));
}

async fn fresh_session(app: &axum::Router, role: usize, template: &Browser) -> Browser {
    let mut fresh = match role {
        1 => sign_in_demo(app, "demo-client-01").await,
        2 => sign_in_demo(app, "demo-client-02").await,
        3 => sign_in(app, "anna", helder_server::demo::DEMO_PASSWORD).await,
        4 => sign_in(app, "bram", helder_server::demo::DEMO_PASSWORD).await,
        5 => sign_in(app, "revoked", "test-password").await,
        6 => sign_in(app, "nobody", "test-password").await,
        7 => sign_in(app, "carla", helder_server::demo::DEMO_PASSWORD).await,
        _ => sign_in(app, "dirk", helder_server::demo::DEMO_PASSWORD).await,
    };
    fresh.reason = template.reason.clone();
    fresh
}

/// The client grants consent, the supporter sees the case, the client revokes it, the
/// supporter no longer does; an agent opens it with a reason and the client's log shows it.
async fn consent_and_access_log(app: &axum::Router) {
    let client = sign_in_demo(app, "demo-client-06").await;
    let supporter = sign_in(app, "bram", helder_server::demo::DEMO_PASSWORD).await;
    let case = "/api/v1/cases/WIA-DEMO-06";
    assert_eq!(send(app, &supporter, "GET", case, None).await.0, StatusCode::NOT_FOUND);
    let grant = json!({ "supporter": "bram", "valid_until": in_days(90) });
    let (status, granted, _) = send(app, &client, "POST", &format!("{case}/consents"), Some(grant)).await;
    assert_eq!(status, StatusCode::CREATED, "{granted}");
    let too_long = json!({ "supporter": "bram", "valid_until": in_days(91) });
    assert_eq!(
        send(app, &client, "POST", &format!("{case}/consents"), Some(too_long)).await.0,
        StatusCode::BAD_REQUEST
    );
    let (status, view, _) = send(app, &supporter, "GET", &format!("{case}?lang=en"), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(view["result"]["backpay"]["amount"], "4874.07");
    assert_eq!(view["viewer"]["role"], "supporter");
    assert_eq!(view["explanation"]["language"], "en");
    let (_, listed, _) = send(app, &supporter, "GET", "/api/v1/cases", None).await;
    assert_eq!(listed, json!([{ "case_id": "WIA-DEMO-06", "client": "Kees Jansen" }]));
    let consent = granted["id"].as_str().unwrap();
    let revoke = send(app, &client, "DELETE", &format!("{case}/consents/{consent}"), None).await.0;
    assert_eq!(revoke, StatusCode::NO_CONTENT);
    assert_eq!(send(app, &supporter, "GET", case, None).await.0, StatusCode::NOT_FOUND);

    let mut agent = sign_in(app, "dirk", helder_server::demo::DEMO_PASSWORD).await;
    agent.reason = Some("client asked about interest".into());
    let (status, found, _) =
        send(app, &agent, "POST", "/api/v1/cases/search", Some(json!({ "bsn": "999990068" }))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(found, json!([{ "case_id": "WIA-DEMO-06", "client": "Kees Jansen" }]));
    let (status, view, _) = send(app, &agent, "GET", case, None).await;
    assert_eq!(status, StatusCode::OK);
    // The server's result is exactly core's, with its hash.
    let facts = view["facts"].to_string();
    let core = helder_core::compute(&facts).unwrap();
    assert_eq!(view["result"], serde_json::from_str::<Value>(&core).unwrap());
    assert_eq!(view["rules_version"], helder_core::rules_version());
    let (_, log, _) = send(app, &client, "GET", &format!("{case}/access-log"), None).await;
    let log = log.as_array().unwrap();
    assert_eq!(log[0]["actor"], "Dirk Bos (UWV klantcontact)");
    assert_eq!(log[0]["reason"], "client asked about interest");
    assert_eq!(log[0]["role"], "staff");
    assert!(log.iter().any(|entry| entry["role"] == "supporter"));
}

/// An undecided case carries one estimate per assumed decision; each hash is the hash of core's
/// result for the same assumed case (what the portal recomputes); a decided case carries none.
async fn what_if_estimates(app: &axum::Router) {
    use sha2::Digest;
    let client = sign_in_demo(app, "demo-client-18").await;
    let (status, view, _) = send(app, &client, "GET", "/api/v1/cases/WIA-DEMO-18?lang=en", None).await;
    assert_eq!(status, StatusCode::OK, "{view}");
    let estimates = view["what_if"].as_array().unwrap();
    let outcomes: Vec<&str> = estimates.iter().map(|e| e["outcome"].as_str().unwrap()).collect();
    assert_eq!(outcomes, ["iva", "wga", "refused"]);
    for estimate in estimates {
        let assumed = helder_core::whatif::Assumed::from_code(estimate["outcome"].as_str().unwrap()).unwrap();
        let case = helder_core::whatif::with_decision(&view["facts"].to_string(), assumed).unwrap();
        let result = helder_core::compute(&case).unwrap();
        let hash: String = sha2::Sha256::digest(result.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(estimate["result_hash"], hash.as_str());
    }
    // The estimate's euros (the assumed decision's money line), never "UWV decided".
    let text = estimates[0]["estimate"][0]["text"].as_str().unwrap_or_default();
    assert!(text.contains("1,172.00") && !text.contains("UWV decided"), "{text}");
    let decided = sign_in_demo(app, "demo-client-01").await;
    let (_, view, _) = send(app, &decided, "GET", "/api/v1/cases/WIA-DEMO-01", None).await;
    assert_eq!(view["what_if"], json!([]));
}

/// Two new versions of WIA-DEMO-06 (p06): the facts of p10, then p06 again — the golden pair
/// c01 (tests/cases/changes/) as its newest change. The newest comes first, with the sentences
/// worked out by hand in CHANGES.md and the cent-exact figure; the first version has no
/// difference; a staff member's reading shows in the client's access log as a case view does.
async fn what_changed(app: &axum::Router, db: &Db) {
    let line = |case: &str| {
        let mut case: Value = serde_json::from_str(case).unwrap();
        case["case_id"] = json!("WIA-DEMO-06");
        json!({ "client": { "name": "Kees Jansen", "bsn": "999990068" }, "case": case }).to_string()
    };
    let old = include_str!("../../tests/cases/changes/c01-correction-decided.old.case.json");
    let new = include_str!("../../tests/cases/changes/c01-correction-decided.new.case.json");
    assert_eq!(helder_server::import::import(db, &line(old), "test").await.ok(), Some(1));
    assert_eq!(helder_server::import::import(db, &line(new), "test").await.ok(), Some(1));
    let client = sign_in_demo(app, "demo-client-06").await;
    let path = "/api/v1/cases/WIA-DEMO-06/changes";
    let (status, changes, _) = send(app, &client, "GET", &format!("{path}?lang=en"), None).await;
    assert_eq!(status, StatusCode::OK, "{changes}");
    let versions: Vec<i64> = changes.as_array().unwrap().iter().map(|c| c["version"].as_i64().unwrap()).collect();
    assert_eq!(versions, [3, 2, 1], "newest first");
    let texts = |change: &Value| -> Vec<String> {
        change["sentences"].as_array().unwrap().iter().map(|s| s["text"].as_str().unwrap().to_owned()).collect()
    };
    assert_eq!(
        texts(&changes[0]),
        [
            "Your back payment is €3,728.06 lower, because the date of the correction has changed.",
            "Your statutory interest is now €196.78, because the date of the back payment has changed.",
            "Your new monthly benefit is now €2,141.02, because the date of the correction has changed.",
        ]
    );
    let backpay = changes[0]["difference"]["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["figure"] == "/backpay/amount")
        .unwrap()
        .clone();
    assert_eq!(
        (&backpay["old"], &backpay["new"], &backpay["change"]),
        (&json!("8602.13"), &json!("4874.07"), &json!("-3728.06"))
    );
    // Version 2 went the other way: the same back payment, higher by the same cents.
    assert!(texts(&changes[1])[0].starts_with("Your back payment is €3,728.06 higher"), "{:?}", texts(&changes[1]));
    assert_eq!((&changes[2]["difference"], &changes[2]["sentences"]), (&Value::Null, &json!([])));
    assert!(changes[0]["created_at"].as_str().is_some_and(|at| at.len() >= 10));
    // Dutch by default.
    let (_, dutch, _) = send(app, &client, "GET", path, None).await;
    assert!(texts(&dutch[0])[0].starts_with("Uw nabetaling is €\u{a0}3.728,06 lager"), "{:?}", texts(&dutch[0]));
    // Staff read it with a reason, and the client's access log says so.
    let mut agent = sign_in(app, "dirk", helder_server::demo::DEMO_PASSWORD).await;
    agent.reason = Some("client asked what the correction changed".into());
    assert_eq!(send(app, &agent, "GET", path, None).await.1, dutch);
    let (_, log, _) = send(app, &client, "GET", "/api/v1/cases/WIA-DEMO-06/access-log", None).await;
    assert_eq!(log[0]["reason"], "client asked what the correction changed");
    assert_eq!((&log[0]["role"], &log[0]["kind"]), (&json!("staff"), &json!("view")));
}

async fn csrf_and_sign_out_everywhere(app: &axum::Router) {
    let client = sign_in_demo(app, "demo-client-04").await;
    let second = sign_in_demo(app, "demo-client-04").await;
    let no_csrf = Browser { csrf: None, ..client.clone() };
    let grant = json!({ "supporter": "anna", "valid_until": in_days(5) });
    let (status, body, _) = send(app, &no_csrf, "POST", "/api/v1/cases/WIA-DEMO-04/consents", Some(grant)).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::FORBIDDEN, Some("csrf")));
    let wrong = Browser { csrf: Some("0".repeat(32)), ..client.clone() };
    assert_eq!(send(app, &wrong, "DELETE", "/api/v1/sessions", None).await.0, StatusCode::FORBIDDEN);
    assert_eq!(send(app, &client, "DELETE", "/api/v1/sessions", None).await.0, StatusCode::NO_CONTENT);
    assert_eq!(send(app, &second, "GET", "/api/v1/session", None).await.0, StatusCode::UNAUTHORIZED);
    let bad = json!({ "username": "carla", "password": "wrong" });
    assert_eq!(send(app, &Browser::default(), "POST", "/api/v1/session", Some(bad)).await.0, StatusCode::BAD_REQUEST);
}

async fn audit_trail(db: &Db) {
    let trail = db.audit_trail().await.unwrap();
    for action in
        ["sign_in", "sign_in_demo", "case_view", "consent_grant", "consent_revoke", "case_search", "demo_seed"]
    {
        assert!(trail.iter().any(|(_, _, a, _, _)| a == action), "no {action} in the audit trail");
    }
    assert!(trail.iter().any(|(_, _, a, _, r)| a == "sign_in" && r == "failed"), "failed sign-ins are audited");
    // The audit never holds a BSN.
    assert!(!trail.iter().any(|row| format!("{row:?}").contains("99999")), "a BSN in the audit trail");
}

async fn import_all_or_nothing(db: &Db) {
    let good = include_str!("../../tests/cases/p01-iva-basic.case.json").replace('\n', "");
    let good = good.replace("\"P-01\"", "\"IMPORT-1\"");
    let bad_case = good.replace("\"IMPORT-1\"", "\"IMPORT-2\"").replace("\"3000.00\"", "\"3000.0\"");
    let file = format!(
        "{}\n{}\n{}\n",
        json!({ "client": { "name": "Import One", "bsn": "123456782" }, "case": serde_json::from_str::<Value>(&good).unwrap() }),
        json!({ "client": { "name": "Import Two", "bsn": "12345" }, "case": {} }),
        json!({ "client": { "name": "Import Three", "bsn": "111222333" }, "case": serde_json::from_str::<Value>(&bad_case).unwrap() }),
    );
    let before = db.case_count().await.unwrap();
    let Err(helder_server::import::ImportError::Lines(errors)) = helder_server::import::import(db, &file, "test").await
    else {
        panic!("a file with bad lines must be refused");
    };
    let report: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 2, "{report:?}");
    assert_eq!((errors[0].line, errors[0].path.as_str()), (2, "/client/bsn"));
    assert_eq!((errors[1].line, errors[1].path.as_str()), (3, "/case/wages/months/0/sv_wage"));
    assert_eq!(db.case_count().await.unwrap(), before, "nothing is stored from a refused file");
    let only_good = file.lines().next().unwrap();
    assert_eq!(helder_server::import::import(db, only_good, "test").await.ok(), Some(1));
    assert_eq!(helder_server::import::import(db, only_good, "test").await.ok(), Some(1));
    assert_eq!(db.history("IMPORT-1").await.unwrap().len(), 2, "a re-import adds a version");
}

/// The debug log of everything above holds no BSN, password or session token.
fn log_scan(secrets: &[String]) {
    let log = String::from_utf8_lossy(&log_buffer().lock().unwrap()).into_owned();
    assert!(log.contains("request"), "the log scan must see request logging; it has: {}", &log[..log.len().min(600)]);
    for secret in secrets {
        assert!(!log.contains(secret.as_str()), "the log contains a secret ({} characters)", secret.len());
    }
}

async fn suite(url: &str) {
    log_buffer();
    let (app, db) = demo_app(url).await;
    authorization_matrix(&app, &db).await;
    consent_and_access_log(&app).await;
    what_if_estimates(&app).await;
    what_changed(&app, &db).await;
    csrf_and_sign_out_everywhere(&app).await;
    audit_trail(&db).await;
    import_all_or_nothing(&db).await;
    let probe = sign_in_demo(&app, "demo-client-07").await;
    let mut secrets: Vec<String> =
        helder_server::demo::demo_cases().iter().map(|(_, _, bsn, _, _)| (*bsn).to_owned()).collect();
    secrets.push(helder_server::demo::DEMO_PASSWORD.to_owned());
    secrets.push(probe.cookie.unwrap().split_once('=').unwrap().1.to_owned());
    secrets.push(probe.csrf.unwrap());
    log_scan(&secrets);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_on_sqlite() {
    suite(&sqlite_url()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_on_postgresql() {
    let postgres = start_postgres();
    suite(&postgres.url).await;
}
