//! Test plumbing: an in-process app on a fresh database (a temporary SQLite file, or a real
//! PostgreSQL cluster started on a private loopback port), and signed-in sessions.

#![allow(dead_code, unused_imports)] // each test binary uses part of this

use axum::body::Body;
use axum::http::{Request, StatusCode};
use helder_server::db::Db;
use helder_server::http::{AppState, app};
use helder_server::ratelimit::Limit;
use http_body_util::BodyExt;
use std::sync::Arc;
use std::time::Duration;
use tower::ServiceExt;

pub use helder_tests::postgres::start_postgres;

fn free_port() -> u16 {
    helder_tests::postgres::free_port()
}

pub fn sqlite_url() -> String {
    let path = std::env::temp_dir().join(format!("helder-test-{}-{}.db", std::process::id(), free_port()));
    format!("sqlite://{}", path.display())
}

/// The app on a fresh database with the demo data, its rate limits raised for the tests.
pub async fn demo_app(url: &str) -> (axum::Router, Db) {
    let db = Db::connect(url).await.expect("database");
    helder_server::demo::seed(&db).await.expect("demo data");
    let mut state = AppState::new(None, Some(db.clone()), true);
    state.limits.sign_in_per_address = Limit::new(100_000, Duration::from_secs(60));
    state.limits.what_if_per_address = Limit::new(100_000, Duration::from_secs(60));
    (app(state), db)
}

/// A signed-in browser: its cookie and CSRF token.
#[derive(Clone, Debug, Default)]
pub struct Browser {
    pub cookie: Option<String>,
    pub csrf: Option<String>,
    pub reason: Option<String>,
}

pub async fn send(
    app: &axum::Router,
    who: &Browser,
    method: &str,
    path: &str,
    body: Option<serde_json::Value>,
) -> (StatusCode, serde_json::Value, Option<String>) {
    // A request with no connection info: the server takes the caller for loopback.
    let (status, json, headers) = send_from(app, who, "127.0.0.1", &[], method, path, body).await;
    let set_cookie =
        headers.get("set-cookie").and_then(|v| v.to_str().ok()).map(|c| c.split(';').next().unwrap_or("").to_owned());
    (status, json, set_cookie)
}

pub async fn sign_in_demo(app: &axum::Router, client_id: &str) -> Browser {
    let body = serde_json::json!({ "client_id": client_id });
    let (status, json, cookie) = send(app, &Browser::default(), "POST", "/api/v1/session/demo", Some(body)).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    Browser { cookie, csrf: json["csrf_token"].as_str().map(str::to_owned), reason: None }
}

pub async fn sign_in(app: &axum::Router, username: &str, password: &str) -> Browser {
    let body = serde_json::json!({ "username": username, "password": password });
    let (status, json, cookie) = send(app, &Browser::default(), "POST", "/api/v1/session", Some(body)).await;
    assert_eq!(status, StatusCode::OK, "{username}: {json}");
    Browser { cookie, csrf: json["csrf_token"].as_str().map(str::to_owned), reason: None }
}

/// One request as it arrives over a socket from `peer`, with optional `X-Forwarded-For` lines;
/// the status, the JSON body and the response headers.
pub async fn send_from(
    app: &axum::Router,
    who: &Browser,
    peer: &str,
    forwarded_for: &[&str],
    method: &str,
    path: &str,
    body: Option<serde_json::Value>,
) -> (StatusCode, serde_json::Value, axum::http::HeaderMap) {
    let peer: std::net::SocketAddr = format!("{peer}:40000").parse().expect("a peer address");
    let mut request = Request::builder().method(method).uri(path).extension(axum::extract::ConnectInfo(peer));
    for line in forwarded_for {
        request = request.header("x-forwarded-for", *line);
    }
    if let Some(cookie) = &who.cookie {
        request = request.header("cookie", cookie);
    }
    if let Some(csrf) = &who.csrf {
        request = request.header("x-csrf-token", csrf);
    }
    if let Some(reason) = &who.reason {
        request = request.header("x-access-reason", reason);
    }
    let request = match body {
        Some(body) => request.header("content-type", "application/json").body(Body::from(body.to_string())),
        None => request.body(Body::empty()),
    }
    .unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null), headers)
}

/// A GET whose answer is not JSON (CSV, HTML): its status, body text and headers.
#[allow(dead_code)]
pub async fn get_text(app: &axum::Router, who: &Browser, path: &str) -> (StatusCode, String, axum::http::HeaderMap) {
    let peer: std::net::SocketAddr = "127.0.0.1:40000".parse().expect("a peer address");
    let mut request = Request::builder().method("GET").uri(path).extension(axum::extract::ConnectInfo(peer));
    if let Some(cookie) = &who.cookie {
        request = request.header("cookie", cookie);
    }
    let response = app.clone().oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
    let (status, headers) = (response.status(), response.headers().clone());
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8(bytes.to_vec()).expect("UTF-8"), headers)
}

/// The app on a fresh database with the demo data, with the given state changes (limits,
/// trusted proxies) and nothing raised.
pub async fn app_with(url: &str, change: impl FnOnce(&mut AppState)) -> (axum::Router, Db, AppState) {
    let db = Db::connect(url).await.expect("database");
    helder_server::demo::seed(&db).await.expect("demo data");
    let mut state = AppState::new(None, Some(db.clone()), true);
    change(&mut state);
    (app(state.clone()), db, state)
}
