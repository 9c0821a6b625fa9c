//! Test plumbing: an in-process app on a fresh database (a temporary SQLite file, or a real
//! PostgreSQL cluster started on a private loopback port), and signed-in sessions.

#![allow(dead_code)] // each test binary uses part of this

use axum::body::Body;
use axum::http::{Request, StatusCode};
use helder_server::db::Db;
use helder_server::http::{AppState, app};
use helder_server::ratelimit::RateLimit;
use http_body_util::BodyExt;
use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;
use tower::ServiceExt;

/// A running PostgreSQL cluster, stopped when dropped.
pub struct Postgres {
    dir: PathBuf,
    bin: PathBuf,
    pub url: String,
}

impl Drop for Postgres {
    fn drop(&mut self) {
        let _ = as_postgres(&self.bin.join("pg_ctl"))
            .args(["-D"])
            .arg(self.dir.join("data"))
            .args(["-m", "immediate", "stop"])
            .output();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// PostgreSQL refuses to run as root: as root, run its tools as the `postgres` user.
fn as_postgres(program: &std::path::Path) -> Command {
    if is_root() {
        let mut command = Command::new("runuser");
        command.args(["-u", "postgres", "--"]).arg(program);
        command
    } else {
        Command::new(program)
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

pub fn start_postgres() -> Postgres {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .expect("PostgreSQL is installed (cargo xtask setup installs Debian's postgresql)")
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|bin| bin.join("initdb").exists())
        .collect();
    versions.sort();
    let bin = versions.pop().expect("an initdb binary");
    let dir = std::env::temp_dir().join(format!("helder-pg-{}-{}", std::process::id(), free_port()));
    std::fs::create_dir_all(&dir).unwrap();
    if is_root() {
        Command::new("chown").args(["-R", "postgres:postgres"]).arg(&dir).status().unwrap();
    }
    let data = dir.join("data");
    let initdb = as_postgres(&bin.join("initdb"))
        .arg("-D")
        .arg(&data)
        .args(["-A", "trust", "-U", "helder", "--no-sync"])
        .output()
        .expect("initdb runs");
    assert!(initdb.status.success(), "initdb: {}", String::from_utf8_lossy(&initdb.stderr));
    let port = free_port();
    let options = format!("-c listen_addresses=127.0.0.1 -p {port} -k {} -c fsync=off", dir.display());
    let start = as_postgres(&bin.join("pg_ctl"))
        .arg("-D")
        .arg(&data)
        .args(["-o", &options, "-w", "-l"])
        .arg(dir.join("log"))
        .arg("start")
        .output()
        .expect("pg_ctl runs");
    assert!(start.status.success(), "pg_ctl start: {}", String::from_utf8_lossy(&start.stderr));
    Postgres { dir, bin, url: format!("postgres://helder@127.0.0.1:{port}/postgres") }
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
    state.sign_in_limit = Arc::new(RateLimit::new(100_000, Duration::from_secs(60)));
    state.what_if_limit = Arc::new(RateLimit::new(100_000, Duration::from_secs(60)));
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
    let mut request = Request::builder().method(method).uri(path);
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
    let set_cookie = response
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .map(|c| c.split(';').next().unwrap_or("").to_owned());
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let json = serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null);
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
