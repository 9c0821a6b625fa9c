//! Several instances, one database (issue 14, item 3): two `helder serve` processes on one
//! PostgreSQL, as production runs them behind a proxy. What one instance does must hold on the
//! other at once: a rate limit counts the requests to both, a sign-out everywhere ends the
//! session on both, a revoked consent stops the supporter on both.

mod common;

use serde_json::{Value, json};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::process::{Child, Command, Stdio};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A `helder serve` process, killed when dropped.
struct Instance {
    port: u16,
    child: Child,
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn start(url: &str) -> Instance {
    let port = helder_tests::postgres::free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_helder"))
        .args(["serve", "--bind", &format!("127.0.0.1:{port}"), "--portal", "no-portal", "--demo", "--plain-http"])
        .args(["--database-url", url])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("helder serve starts");
    // Dropping the instance kills and reaps the process, also when it never listens.
    let instance = Instance { port, child };
    for _ in 0..600 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
            return instance;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("helder serve did not listen on {port} within 30 s");
}

/// A browser at its own loopback address (so per-address limits count each apart).
#[derive(Clone)]
struct Browser {
    source: Ipv4Addr,
    cookie: Option<String>,
    csrf: Option<String>,
}

impl Browser {
    fn at(last: u8) -> Browser {
        Browser { source: Ipv4Addr::new(127, 0, 0, last), cookie: None, csrf: None }
    }

    /// One request over a fresh connection to `instance`: the status and the JSON body. Signs
    /// the browser in when the answer sets a session cookie.
    async fn send(&mut self, instance: &Instance, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.bind(SocketAddr::new(IpAddr::V4(self.source), 0)).unwrap();
        let mut stream = socket.connect(SocketAddr::from(([127, 0, 0, 1], instance.port))).await.unwrap();
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let mut text = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        if let Some(cookie) = &self.cookie {
            text.push_str(&format!("Cookie: {cookie}\r\n"));
        }
        if let Some(csrf) = &self.csrf {
            text.push_str(&format!("X-CSRF-Token: {csrf}\r\n"));
        }
        text.push_str(&format!("Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len()));
        stream.write_all(text.as_bytes()).await.unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).await.unwrap();
        let answer = String::from_utf8_lossy(&answer).into_owned();
        let (head, body) = answer.split_once("\r\n\r\n").unwrap();
        let status = head.split(' ').nth(1).unwrap().parse().unwrap();
        let cookie = head
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("set-cookie:") && l.contains("helder_session="))
            .map(|l| l.split_once(':').unwrap().1.trim().split(';').next().unwrap().to_owned());
        let json: Value = serde_json::from_str(body).unwrap_or(Value::Null);
        if let (Some(cookie), Some(csrf)) = (cookie, json["csrf_token"].as_str()) {
            self.cookie = Some(cookie);
            self.csrf = Some(csrf.to_owned());
        }
        (status, json)
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_on_one_postgresql_share_limits_sessions_and_consent() {
    let postgres = common::start_postgres();
    // One after the other: the first migrates and seeds the demo data.
    let first = start(&postgres.url).await;
    let second = start(&postgres.url).await;
    let both = [&first, &second];

    // (a) Limits count the requests to both instances. Sign-in: 20 a minute per address.
    let mut guesser = Browser::at(50);
    for attempt in 0..20 {
        let body = json!({ "username": format!("nobody-{attempt}"), "password": "guess" });
        let (status, answer) = guesser.send(both[attempt % 2], "POST", "/api/v1/session", Some(body)).await;
        assert_eq!(status, 400, "guess {attempt}: {answer}");
    }
    for instance in both {
        let body = json!({ "username": "nobody", "password": "guess" });
        assert_eq!(guesser.send(instance, "POST", "/api/v1/session", Some(body)).await.0, 429);
    }
    // What-if: 60 computations a minute per address, over both instances together (it was a
    // counter in each process, so two instances allowed 120).
    let mut client = Browser::at(51);
    let sign_in = json!({ "client_id": "demo-client-01" });
    assert_eq!(client.send(&first, "POST", "/api/v1/session/demo", Some(sign_in)).await.0, 200);
    let (status, view) = client.send(&second, "GET", "/api/v1/cases/WIA-DEMO-01", None).await;
    assert_eq!(status, 200, "the session holds on the other instance: {view}");
    let what_if = json!({ "case": view["facts"], "lang": "en" });
    for attempt in 0..60 {
        let (status, answer) = client.send(both[attempt % 2], "POST", "/api/v1/what-if", Some(what_if.clone())).await;
        assert_eq!(status, 200, "what-if {attempt}: {}", answer["error"]);
    }
    for instance in both {
        let (status, answer) = client.send(instance, "POST", "/api/v1/what-if", Some(what_if.clone())).await;
        assert_eq!(status, 429, "the 61st what-if in a minute: {}", answer["error"]);
    }

    // (b) Sign out everywhere on one instance ends the account's sessions on the other.
    let (mut at_work, mut at_home) = (Browser::at(52), Browser::at(53));
    let anna = json!({ "username": "anna", "password": helder_server::demo::DEMO_PASSWORD });
    assert_eq!(at_work.send(&first, "POST", "/api/v1/session", Some(anna.clone())).await.0, 200);
    assert_eq!(at_home.send(&second, "POST", "/api/v1/session", Some(anna.clone())).await.0, 200);
    for instance in both {
        assert_eq!(at_work.send(instance, "GET", "/api/v1/session", None).await.0, 200);
        assert_eq!(at_home.send(instance, "GET", "/api/v1/session", None).await.0, 200);
    }
    assert_eq!(at_home.send(&second, "DELETE", "/api/v1/sessions", None).await.0, 204);
    for instance in both {
        assert_eq!(at_work.send(instance, "GET", "/api/v1/session", None).await.0, 401, "signed out everywhere");
    }

    // (c) A consent revoked on one instance stops the supporter on the other at once.
    let mut supporter = Browser::at(54);
    assert_eq!(supporter.send(&second, "POST", "/api/v1/session", Some(anna)).await.0, 200);
    let until = (helder_server::dutch_day::today() + chrono::Duration::days(30)).to_string();
    let grant = json!({ "supporter": "anna", "valid_until": until });
    let (status, granted) = client.send(&first, "POST", "/api/v1/cases/WIA-DEMO-01/consents", Some(grant)).await;
    assert_eq!(status, 201, "{granted}");
    assert_eq!(supporter.send(&second, "GET", "/api/v1/cases/WIA-DEMO-01", None).await.0, 200);
    let revoke = format!("/api/v1/cases/WIA-DEMO-01/consents/{}", granted["id"].as_str().unwrap());
    assert_eq!(client.send(&first, "DELETE", &revoke, None).await.0, 204);
    for instance in both {
        assert_eq!(supporter.send(instance, "GET", "/api/v1/cases/WIA-DEMO-01", None).await.0, 404, "consent revoked");
    }
}
