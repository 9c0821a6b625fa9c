//! OpenID Connect sign-in against a real provider on loopback (`tests/oidc/provider.mjs`,
//! `oidc-provider` from npm): a client through "DigiD" (BSN claim) and staff through single
//! sign-on (role claim), and every way a callback can go wrong — wrong state, a replayed
//! callback and code, a nonce of another sign-in, the provider's error, a callback in another
//! browser, a BSN that fails the elfproef or is unknown, a role Helder does not know — each
//! with a clear error and no session.

mod common;

use axum::http::{HeaderMap, StatusCode};
use common::{Browser, send, send_from, sqlite_url};
use helder_server::auth::EmployeeRole;
use helder_server::db::Db;
use helder_server::http::{AppState, app};
use helder_server::oidc::{Audience, ClaimSettings, ProviderSettings, Providers};
use helder_tests::browser::Running;
use helder_tests::oidc::{DIGID_CLIENT, ProviderSession, SSO_CLIENT, start_provider};
use serde_json::Value;

/// Helder's address as the provider knows it (the app itself runs in-process).
const HELDER: &str = "http://127.0.0.1:9";

struct World {
    app: axum::Router,
    db: Db,
    _provider: Running,
}

async fn world(demo: bool) -> World {
    let (provider, issuer) = start_provider(HELDER);
    let db = Db::connect(&sqlite_url()).await.expect("database");
    helder_server::demo::seed(&db).await.expect("demo data");
    let settings = |audience: Audience, (client_id, secret): (&str, &str), scopes: &[&str], claims| {
        let settings = ProviderSettings {
            issuer: issuer.clone(),
            client_id: client_id.into(),
            client_secret: secret.into(),
            redirect_url: format!("{HELDER}/api/v1/session/oidc/{}/callback", audience.as_str()),
            scopes: scopes.iter().map(|s| s.to_string()).collect(),
            claims,
        };
        (audience, settings)
    };
    let roles =
        vec![("uwv-klantcontact".into(), EmployeeRole::Staff), ("clientondersteuning".into(), EmployeeRole::Supporter)];
    let providers = Providers::discover(vec![
        settings(Audience::Client, DIGID_CLIENT, &["bsn"], ClaimSettings::Client { bsn_claim: "bsn".into() }),
        settings(
            Audience::Staff,
            SSO_CLIENT,
            &["profile", "roles"],
            ClaimSettings::Staff { role_claim: "roles".into(), roles },
        ),
    ])
    .await
    .expect("the provider is discovered");
    let mut state = AppState::new(None, Some(db.clone()), demo);
    state.oidc = std::sync::Arc::new(providers);
    World { app: app(state), db, _provider: provider }
}

/// A sign-in started at Helder: the browser's flow cookie and the provider's authorization URL.
async fn start(world: &World, audience: &str) -> (Browser, String) {
    let path = format!("/api/v1/session/oidc/{audience}");
    let (status, _, headers) = send_from(&world.app, &Browser::default(), "127.0.0.1", &[], "GET", &path, None).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let location = headers.get("location").and_then(|v| v.to_str().ok()).expect("a redirect").to_owned();
    let cookie = cookies(&headers).into_iter().find(|c| c.starts_with("__Host-helder_oidc=")).expect("a flow cookie");
    assert!(!location.contains("bsn=") && location.contains("code_challenge="), "{location}");
    (Browser { cookie: Some(cookie), ..Browser::default() }, location)
}

/// `name=value` of every cookie set.
fn cookies(headers: &HeaderMap) -> Vec<String> {
    headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(|c| c.split(';').next().unwrap_or("").to_owned())
        .collect()
}

/// The callback as the browser brings it: status, body, and the session it got (if any).
async fn callback(world: &World, browser: &Browser, url: &str) -> (StatusCode, Value, Option<Browser>) {
    let path = url.strip_prefix(HELDER).expect("a callback to Helder");
    let (status, body, headers) = send_from(&world.app, browser, "127.0.0.1", &[], "GET", path, None).await;
    let session = cookies(&headers).into_iter().find(|c| c.starts_with("__Host-helder_session=") && !c.ends_with('='));
    (status, body, session.map(|cookie| Browser { cookie: Some(cookie), ..Browser::default() }))
}

async fn session_count(db: &Db) -> i64 {
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sessions").fetch_one(&db.pool).await.unwrap();
    count
}

/// A callback that must start nothing: the error it answers with, and no session anywhere.
async fn refused(world: &World, browser: &Browser, url: &str) -> (StatusCode, String) {
    let before = session_count(&world.db).await;
    let (status, body, session) = callback(world, browser, url).await;
    assert!(session.is_none(), "a session was started: {body}");
    assert_eq!(session_count(&world.db).await, before, "a session row was written");
    assert!(!body["message"].as_str().unwrap_or("").is_empty(), "no clear message: {body}");
    (status, body["error"].as_str().unwrap_or("").to_owned())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_signs_in_with_digid_and_sees_only_their_case() {
    let world = world(true).await;
    let (browser, authorization) = start(&world, "client").await;
    let back = ProviderSession::default().sign_in(&authorization, Some(("mehmet", "mehmet-wachtwoord")), HELDER).await;
    assert!(!back.contains("999990044"), "the BSN is in a URL: {back}");
    let (status, body, session) = callback(&world, &browser, &back).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    let session = session.expect("a session cookie");
    let (_, me, _) = send(&world.app, &session, "GET", "/api/v1/session", None).await;
    assert_eq!(
        (me["account"]["id"].as_str(), me["account"]["role"].as_str()),
        (Some("demo-client-04"), Some("client"))
    );
    assert_eq!(me["account"]["name"], "Mehmet Yilmaz");
    let (status, cases, _) = send(&world.app, &session, "GET", "/api/v1/cases", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(cases, serde_json::json!([{ "case_id": "WIA-DEMO-04", "client": "Mehmet Yilmaz" }]));
    let (status, _, _) = send(&world.app, &session, "GET", "/api/v1/cases/WIA-DEMO-03", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "another client's case");
    // The sign-in is in the audit trail under the client, without the BSN.
    let rows: Vec<(String, String, String)> =
        sqlx::query_as("SELECT actor, action, result FROM audit WHERE action = 'sign_in_digid'")
            .fetch_all(&world.db.pool)
            .await
            .unwrap();
    assert_eq!(rows, vec![("demo-client-04".into(), "sign_in_digid".into(), "ok".into())]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_sign_in_with_single_sign_on_and_get_their_role_from_the_claim() {
    let world = world(true).await;
    for (username, password, role, name) in [
        ("carla", "carla-wachtwoord", "staff", "Carla Kok (SSO)"),
        ("anna", "anna-wachtwoord", "supporter", "Anna de Vries (SSO)"),
    ] {
        let (browser, authorization) = start(&world, "staff").await;
        let back = ProviderSession::default().sign_in(&authorization, Some((username, password)), HELDER).await;
        let (status, body, session) = callback(&world, &browser, &back).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{username}: {body}");
        let session = session.expect("a session cookie");
        let (_, me, _) = send(&world.app, &session, "GET", "/api/v1/session", None).await;
        assert_eq!((me["account"]["role"].as_str(), me["account"]["name"].as_str()), (Some(role), Some(name)));
        assert!(me["account"]["id"].as_str().unwrap_or("").starts_with("sso-"), "{me}");
    }
    // A staff member may search (with a reason); the same person signing in again keeps one account.
    let (browser, authorization) = start(&world, "staff").await;
    let back = ProviderSession::default().sign_in(&authorization, Some(("carla", "carla-wachtwoord")), HELDER).await;
    let mut carla = callback(&world, &browser, &back).await.2.expect("a session");
    let (_, me, _) = send(&world.app, &carla, "GET", "/api/v1/session", None).await;
    carla.csrf = me["csrf_token"].as_str().map(str::to_owned);
    carla.reason = Some("Telefoongesprek met de klant over de uitkering".into());
    let search = serde_json::json!({ "case_id": "WIA-DEMO-04" });
    let (status, found, _) = send(&world.app, &carla, "POST", "/api/v1/cases/search", Some(search)).await;
    assert_eq!(status, StatusCode::OK, "{found}");
    assert_eq!(found[0]["case_id"], "WIA-DEMO-04");
    let (accounts,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM accounts WHERE id LIKE 'sso-%'").fetch_one(&world.db.pool).await.unwrap();
    assert_eq!(accounts, 2, "Carla and Anna, once each");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_role_helder_does_not_know_gets_no_access() {
    let world = world(true).await;
    let (browser, authorization) = start(&world, "staff").await;
    let back = ProviderSession::default().sign_in(&authorization, Some(("piet", "piet-wachtwoord")), HELDER).await;
    assert_eq!(refused(&world, &browser, &back).await, (StatusCode::FORBIDDEN, "no_role".into()));
    let (accounts,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM accounts WHERE id LIKE 'sso-%'").fetch_one(&world.db.pool).await.unwrap();
    assert_eq!(accounts, 0, "no account for Piet");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_state_starts_no_session() {
    let world = world(true).await;
    let (browser, authorization) = start(&world, "client").await;
    let back = ProviderSession::default().sign_in(&authorization, Some(("mehmet", "mehmet-wachtwoord")), HELDER).await;
    let url = url::Url::parse(&back).unwrap();
    let mut wrong = url.clone();
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| (k.to_string(), if k == "state" { format!("{v}x") } else { v.to_string() }))
        .collect();
    wrong.query_pairs_mut().clear().extend_pairs(pairs);
    assert_eq!(refused(&world, &browser, wrong.as_str()).await, (StatusCode::BAD_REQUEST, "oidc_state".into()));
    let mut no_state = url.clone();
    let pairs: Vec<(String, String)> =
        url.query_pairs().filter(|(k, _)| k != "state").map(|(k, v)| (k.to_string(), v.to_string())).collect();
    no_state.query_pairs_mut().clear().extend_pairs(pairs);
    assert_eq!(refused(&world, &browser, no_state.as_str()).await, (StatusCode::BAD_REQUEST, "oidc_state".into()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replayed_callback_or_code_starts_no_session() {
    let world = world(true).await;
    let (browser, authorization) = start(&world, "client").await;
    let back = ProviderSession::default().sign_in(&authorization, Some(("mehmet", "mehmet-wachtwoord")), HELDER).await;
    let flow: (String, String, String, String, String, String) =
        sqlx::query_as("SELECT * FROM oidc_flows").fetch_one(&world.db.pool).await.unwrap();
    let (status, body, session) = callback(&world, &browser, &back).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    assert!(session.is_some());
    // The same callback again: the flow was used.
    assert_eq!(refused(&world, &browser, &back).await, (StatusCode::BAD_REQUEST, "oidc_state".into()));
    // Even with the flow put back, the provider does not take the code twice.
    sqlx::query("INSERT INTO oidc_flows VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(&flow.0)
        .bind(&flow.1)
        .bind(&flow.2)
        .bind(&flow.3)
        .bind(&flow.4)
        .bind(&flow.5)
        .execute(&world.db.pool)
        .await
        .unwrap();
    assert_eq!(refused(&world, &browser, &back).await, (StatusCode::BAD_REQUEST, "oidc_code".into()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_id_token_with_another_sign_ins_nonce_starts_no_session() {
    let world = world(true).await;
    let (browser, authorization) = start(&world, "client").await;
    let back = ProviderSession::default().sign_in(&authorization, Some(("mehmet", "mehmet-wachtwoord")), HELDER).await;
    // The nonce this sign-in expects is not the one the provider put in its ID token.
    sqlx::query("UPDATE oidc_flows SET nonce = 'the-nonce-of-another-sign-in'").execute(&world.db.pool).await.unwrap();
    assert_eq!(refused(&world, &browser, &back).await, (StatusCode::BAD_REQUEST, "oidc_nonce".into()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_providers_error_starts_no_session() {
    let world = world(true).await;
    let (browser, authorization) = start(&world, "client").await;
    let back = ProviderSession::default().sign_in(&authorization, None, HELDER).await;
    assert!(back.contains("error=access_denied"), "{back}");
    assert_eq!(refused(&world, &browser, &back).await, (StatusCode::BAD_REQUEST, "oidc_provider_error".into()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_callback_in_another_browser_starts_no_session() {
    let world = world(true).await;
    let (_, authorization) = start(&world, "client").await;
    let back = ProviderSession::default().sign_in(&authorization, Some(("mehmet", "mehmet-wachtwoord")), HELDER).await;
    // Someone else's browser (no flow cookie, or its own) cannot use this callback.
    assert_eq!(refused(&world, &Browser::default(), &back).await, (StatusCode::BAD_REQUEST, "oidc_state".into()));
    let (other, _) = start(&world, "client").await;
    assert_eq!(refused(&world, &other, &back).await, (StatusCode::BAD_REQUEST, "oidc_state".into()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bsn_that_fails_the_elfproef_or_has_no_client_starts_no_session() {
    let world = world(true).await;
    for (username, password, expected) in [
        ("fatima", "fatima-wachtwoord", (StatusCode::BAD_REQUEST, "bsn_invalid")),
        ("onbekend", "onbekend-wachtwoord", (StatusCode::FORBIDDEN, "unknown_client")),
    ] {
        let (browser, authorization) = start(&world, "client").await;
        let back = ProviderSession::default().sign_in(&authorization, Some((username, password)), HELDER).await;
        assert_eq!(refused(&world, &browser, &back).await, (expected.0, expected.1.into()), "{username}");
    }
    // A demo client's BSN on a server without --demo: no demo account signs in there.
    let world = world_without_demo().await;
    let (browser, authorization) = start(&world, "client").await;
    let back = ProviderSession::default().sign_in(&authorization, Some(("mehmet", "mehmet-wachtwoord")), HELDER).await;
    assert_eq!(refused(&world, &browser, &back).await, (StatusCode::FORBIDDEN, "unknown_client".into()));
}

async fn world_without_demo() -> World {
    world(false).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_sign_in_methods_name_the_configured_providers() {
    let world = world(false).await;
    let (status, methods, _) = send(&world.app, &Browser::default(), "GET", "/api/v1/session/methods", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(methods, serde_json::json!({ "demo": false, "digid": true, "staff_sso": true }));
    let (status, _, _) = send(&world.app, &Browser::default(), "GET", "/api/v1/session/oidc/elsewhere", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
