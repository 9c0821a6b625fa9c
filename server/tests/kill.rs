//! Faults: `helder serve` is killed with SIGKILL at least 20 times while clients grant and revoke
//! consents, on SQLite and on PostgreSQL. Afterwards every write the server acknowledged is
//! there, every change has its audit row (they commit together), and the database passes its
//! integrity check.

mod common;

use helder_server::db::{Backend, Db};
use std::collections::BTreeSet;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const KILLS: usize = 22;
const CLIENTS: usize = 4;

/// One HTTP/1.1 request over a fresh connection from `source` (a loopback address of its own, so
/// the per-address sign-in limit counts each simulated client apart). Returns status, the
/// session cookie if one was set, and the body.
async fn request(
    port: u16,
    source: Ipv4Addr,
    method: &str,
    path: &str,
    headers: &[(&str, String)],
    body: Option<String>,
) -> Option<(u16, Option<String>, String)> {
    let socket = tokio::net::TcpSocket::new_v4().ok()?;
    socket.bind(SocketAddr::new(IpAddr::V4(source), 0)).ok()?;
    let mut stream = socket.connect(SocketAddr::from(([127, 0, 0, 1], port))).await.ok()?;
    let body = body.unwrap_or_default();
    let mut text = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str(&format!("Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len()));
    stream.write_all(text.as_bytes()).await.ok()?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.ok()?;
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = answer.split_once("\r\n\r\n")?;
    let status = head.split(' ').nth(1)?.parse().ok()?;
    let cookie = head
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("set-cookie:") && l.contains("helder_session="))
        .and_then(|l| l.split_once(':').map(|(_, v)| v.trim().split(';').next().unwrap_or("").to_owned()));
    Some((status, cookie, body.to_owned()))
}

/// What the server acknowledged: consents it answered 201 for, and revocations it answered 204.
#[derive(Default)]
struct Acknowledged {
    granted: BTreeSet<String>,
    revoked: BTreeSet<String>,
}

/// One client until the server dies: sign in, then grant and revoke consents.
async fn client(port: u16, source: Ipv4Addr, number: usize, acknowledged: Arc<Mutex<Acknowledged>>) {
    let sign_in = format!(r#"{{"client_id":"demo-client-{number:02}"}}"#);
    let Some((200, Some(cookie), body)) =
        request(port, source, "POST", "/api/v1/session/demo", &[], Some(sign_in)).await
    else {
        return;
    };
    let Some(csrf) =
        serde_json::from_str::<serde_json::Value>(&body).ok().and_then(|v| v["csrf_token"].as_str().map(str::to_owned))
    else {
        return;
    };
    let case = format!("WIA-DEMO-{number:02}");
    let until = (helder_server::dutch_day::today() + chrono::Duration::days(30)).format("%Y-%m-%d").to_string();
    let headers = [("Cookie", cookie), ("X-CSRF-Token", csrf)];
    loop {
        let grant = format!(r#"{{"supporter":"anna","valid_until":"{until}"}}"#);
        let path = format!("/api/v1/cases/{case}/consents");
        let Some((201, _, body)) = request(port, source, "POST", &path, &headers, Some(grant)).await else { return };
        let Some(id) =
            serde_json::from_str::<serde_json::Value>(&body).ok().and_then(|v| v["id"].as_str().map(str::to_owned))
        else {
            return;
        };
        acknowledged.lock().unwrap().granted.insert(id.clone());
        let path = format!("/api/v1/cases/{case}/consents/{id}");
        let Some((204, _, _)) = request(port, source, "DELETE", &path, &headers, None).await else { return };
        acknowledged.lock().unwrap().revoked.insert(id);
    }
}

fn serve(url: &str, port: u16) -> Child {
    Command::new(env!("CARGO_BIN_EXE_helder"))
        .args(["serve", "--bind", &format!("127.0.0.1:{port}"), "--portal", "no-portal", "--demo", "--plain-http"])
        .args(["--database-url", url])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("helder serve starts")
}

async fn wait_until_listening(port: u16) {
    for _ in 0..600 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("helder serve did not listen on {port} within 30 s");
}

/// The kill rounds against one database, then the checks.
async fn kill_during_writes(url: &str) {
    let acknowledged = Arc::new(Mutex::new(Acknowledged::default()));
    for round in 0..KILLS {
        let port = helder_tests::postgres::free_port();
        let mut server = serve(url, port);
        wait_until_listening(port).await;
        let workers: Vec<_> = (0..CLIENTS)
            .map(|index| {
                // 127.0.0.2 … : a new address per client and round.
                let host = u8::try_from(2 + round * CLIENTS + index).expect("fewer than 250 clients");
                let source = Ipv4Addr::new(127, 0, 0, host);
                tokio::spawn(client(port, source, index + 1, acknowledged.clone()))
            })
            .collect();
        // Kill at a different moment each round: 150 to 450 ms into the load.
        tokio::time::sleep(Duration::from_millis(150 + (round as u64 * 67) % 300)).await;
        server.kill().expect("SIGKILL");
        server.wait().expect("the killed server is reaped");
        for worker in workers {
            let _ = tokio::time::timeout(Duration::from_secs(10), worker).await;
        }
    }

    let db = Db::connect(url).await.expect("the database opens after 22 kills");
    // Every client task has ended: take what they recorded.
    let acknowledged = std::mem::take(&mut *acknowledged.lock().unwrap());
    assert!(
        acknowledged.granted.len() >= KILLS,
        "the load must write: {} grants acknowledged",
        acknowledged.granted.len()
    );
    let consents: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT id, revoked_at FROM consents").fetch_all(&db.pool).await.unwrap();
    let stored: BTreeSet<&String> = consents.iter().map(|(id, _)| id).collect();
    let revoked: BTreeSet<&String> = consents.iter().filter(|(_, at)| at.is_some()).map(|(id, _)| id).collect();
    let lost: Vec<_> = acknowledged.granted.iter().filter(|id| !stored.contains(id)).collect();
    assert!(lost.is_empty(), "acknowledged consents lost: {lost:?}");
    let unrevoked: Vec<_> = acknowledged.revoked.iter().filter(|id| !revoked.contains(id)).collect();
    assert!(unrevoked.is_empty(), "acknowledged revocations lost: {unrevoked:?}");

    // Every change has its audit row.
    let audit: Vec<(String, String)> =
        sqlx::query_as("SELECT action, result FROM audit WHERE action IN ('consent_grant', 'consent_revoke')")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    let recorded = |action: &str, id: &str| {
        audit
            .iter()
            .filter(|(a, r)| a == action && (r == &format!("consent {id}") || r.starts_with(&format!("consent {id} "))))
            .count()
    };
    let without_grant: Vec<_> = stored.iter().filter(|id| recorded("consent_grant", id) != 1).collect();
    assert!(without_grant.is_empty(), "consents without exactly one audit row: {without_grant:?}");
    let without_revoke: Vec<_> = revoked.iter().filter(|id| recorded("consent_revoke", id) != 1).collect();
    assert!(without_revoke.is_empty(), "revocations without exactly one audit row: {without_revoke:?}");
    let orphans = audit.len() - stored.len() - revoked.len();
    assert_eq!(orphans, 0, "audit rows for consent changes that did not happen");

    match db.backend {
        Backend::Sqlite => {
            let (check,): (String,) = sqlx::query_as("PRAGMA integrity_check").fetch_one(&db.pool).await.unwrap();
            assert_eq!(check, "ok");
            let (violations,): (i64,) =
                sqlx::query_as("SELECT COUNT(*) FROM pragma_foreign_key_check").fetch_one(&db.pool).await.unwrap();
            assert_eq!(violations, 0, "foreign keys hold");
        }
        Backend::Postgres => {
            // PostgreSQL enforces its constraints; check that every index still answers.
            let (orphaned,): (i64,) = sqlx::query_as(
                "SELECT COUNT(*) FROM consents c LEFT JOIN cases k ON k.case_id = c.case_id WHERE k.case_id IS NULL",
            )
            .fetch_one(&db.pool)
            .await
            .unwrap();
            assert_eq!(orphaned, 0);
        }
    }
    eprintln!(
        "{:?}: {KILLS} kills, {} consents and {} revocations acknowledged, 0 lost, every change audited",
        db.backend,
        acknowledged.granted.len(),
        acknowledged.revoked.len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_during_writes_on_sqlite_loses_nothing_and_audits_every_change() {
    kill_during_writes(&common::sqlite_url()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_during_writes_on_postgresql_loses_nothing_and_audits_every_change() {
    let server = common::start_postgres();
    kill_during_writes(&server.url).await;
}
