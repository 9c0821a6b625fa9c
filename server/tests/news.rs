//! News in a case, the e-mail that says there is news, and campaign news (issue 17, items 3-5),
//! on SQLite and a real PostgreSQL. The outbox test starts a real SMTP server on loopback
//! (aiosmtpd, `smtp_sink.py`) only after the news was made and the first delivery failed.

mod common;

use axum::http::StatusCode;
use common::{demo_app, send, sign_in, sign_in_demo, sqlite_url, start_postgres};
use helder_server::db::{AuditEntry, Db};
use helder_server::outbox::{Backoff, MailSettings, Security, Sender};
use serde_json::{Value, json};
use std::time::Duration;

const TEST_AUDIT: AuditEntry<'static> =
    AuditEntry { actor: "test", role: "system", action: "test_setup", object: "news", origin: "local" };

/// The demo case of `case_id` (its client's name, BSN and document).
fn demo(case_id: &str) -> (&'static str, &'static str, Value) {
    let (_, name, bsn, _, case) =
        helder_server::demo::demo_cases().into_iter().find(|(id, ..)| id == case_id).expect("a demo case");
    (name, bsn, case)
}

/// Stores `case` as a new version through the import (one line, all or nothing).
async fn import_version(db: &Db, name: &str, bsn: &str, case: &Value) {
    let line = json!({ "client": { "name": name, "bsn": bsn }, "case": case }).to_string();
    let stored = helder_server::import::import(db, &line, "test").await;
    assert!(matches!(stored, Ok(1)), "{:?}", stored.err().map(|e| format!("{e:?}")));
}

fn kinds(news: &Value) -> Vec<(String, String)> {
    let mut kinds: Vec<(String, String)> = news
        .as_array()
        .unwrap()
        .iter()
        .map(|item| (item["kind"].as_str().unwrap().to_owned(), item["detail"].as_str().unwrap().to_owned()))
        .collect();
    kinds.sort();
    kinds
}

fn in_days(days: i64) -> String {
    (helder_server::dutch_day::today() + chrono::Duration::days(days)).to_string()
}

/// A new version with a new step and a new letter makes three items for the client and the
/// supporter with consent, read/unread per person; staff, another client and a supporter
/// without consent see nothing.
async fn news_of_a_new_version(app: &axum::Router, db: &Db) {
    let (name, bsn, mut case) = demo("WIA-DEMO-08");
    let path = "/api/v1/cases/WIA-DEMO-08/news";
    let client = sign_in_demo(app, "demo-client-08").await;
    assert_eq!(send(app, &client, "GET", path, None).await.1, json!([]), "a first version is no news");
    db.grant_consent("WIA-DEMO-08", "demo-supporter-1", &format!("{}T23:59:59.999Z", in_days(30)), &TEST_AUDIT)
        .await
        .unwrap();
    case["correction"]["step"] = json!("first_check");
    case["contacts"] = json!([{ "date": "2025-10-01", "kind": "letter", "subject": "other" }]);
    import_version(db, name, bsn, &case).await;

    let (status, news, _) = send(app, &client, "GET", path, None).await;
    assert_eq!(status, StatusCode::OK, "{news}");
    assert_eq!(
        kinds(&news),
        [("letter".into(), "other".into()), ("step".into(), "first_check".into()), ("version".into(), "2".into())]
    );
    assert!(news.as_array().unwrap().iter().all(|item| item["read"] == false && item["version"] == 2));
    let version = news.as_array().unwrap().iter().find(|item| item["kind"] == "version").unwrap();
    assert_eq!(version["link"], "/cases/WIA-DEMO-08#wat-is-er-veranderd");
    let id = version["id"].as_str().unwrap();

    // The supporter reads it: read for the supporter, still unread for the client.
    let supporter = sign_in(app, "anna", helder_server::demo::DEMO_PASSWORD).await;
    let read = format!("{path}/{id}/read");
    assert_eq!(send(app, &supporter, "POST", &read, None).await.0, StatusCode::NO_CONTENT);
    let read_by = |news: &Value| news.as_array().unwrap().iter().find(|i| i["id"] == id).unwrap()["read"].clone();
    assert_eq!(read_by(&send(app, &supporter, "GET", path, None).await.1), true);
    assert_eq!(read_by(&send(app, &client, "GET", path, None).await.1), false);
    assert_eq!(send(app, &client, "POST", &read, None).await.0, StatusCode::NO_CONTENT);
    assert_eq!(send(app, &client, "POST", &read, None).await.0, StatusCode::NO_CONTENT, "reading twice is fine");
    assert_eq!(read_by(&send(app, &client, "GET", path, None).await.1), true);

    // Nobody else sees it or marks it read.
    let mut staff = sign_in(app, "carla", helder_server::demo::DEMO_PASSWORD).await;
    staff.reason = Some("client phoned about the letter".into());
    assert_eq!(send(app, &staff, "GET", path, None).await.0, StatusCode::FORBIDDEN);
    assert_eq!(send(app, &staff, "POST", &read, None).await.0, StatusCode::FORBIDDEN);
    let other = sign_in_demo(app, "demo-client-09").await;
    assert_eq!(send(app, &other, "GET", path, None).await.0, StatusCode::NOT_FOUND);
    assert_eq!(send(app, &other, "POST", &read, None).await.0, StatusCode::NOT_FOUND);
    let stranger = sign_in(app, "bram", helder_server::demo::DEMO_PASSWORD).await;
    assert_eq!(send(app, &stranger, "GET", path, None).await.0, StatusCode::NOT_FOUND);
    // An item of another case is not found through this one.
    let elsewhere = format!("/api/v1/cases/WIA-DEMO-09/news/{id}/read");
    assert_eq!(send(app, &other, "POST", &elsewhere, None).await.0, StatusCode::NOT_FOUND);
}

/// Deadline news: from core's objection deadline, 7 days ahead, made once however often.
async fn deadline_news(db: &Db) {
    let (_, _, case) = demo("WIA-DEMO-03");
    let document = case.to_string();
    let result: Value = serde_json::from_str(&helder_core::compute(&document).unwrap()).unwrap();
    let deadlines: Vec<chrono::NaiveDate> = result["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["objection_deadline"].as_str().unwrap().parse().unwrap())
        .collect();
    let last = *deadlines.iter().max().unwrap();
    let events = |today| helder_server::news::deadline_events("WIA-DEMO-03", &document, today);
    let day = chrono::Duration::days(1);
    assert!(events(last + day).is_empty(), "after the last day to object");
    assert!(events(last - day * 8).iter().all(|e| e.detail != last.to_string()), "8 days before");
    assert!(events(last - day * 7).iter().any(|e| e.detail == last.to_string()), "7 days before");
    assert!(events(last).iter().any(|e| e.detail == last.to_string()), "on the last day");
    for _ in 0..2 {
        helder_server::news::make_deadline_news(db, "WIA-DEMO-03", last - day * 3).await.unwrap();
    }
    let news = helder_server::news::for_case(db, "WIA-DEMO-03", "demo-client-03").await.unwrap();
    let deadline_items: Vec<_> = news.iter().filter(|n| n.kind == "deadline").collect();
    assert_eq!(deadline_items.len(), events(last - day * 3).len());
    assert!(deadline_items.iter().any(|n| n.detail == last.to_string()));
}

/// The e-mail settings form: field errors on `address`, only clients.
async fn email_settings(app: &axum::Router) {
    let client = sign_in_demo(app, "demo-client-10").await;
    let (status, body, _) = send(app, &client, "GET", "/api/v1/email", None).await;
    assert_eq!((status, body), (StatusCode::OK, json!({ "notify": false })));
    for wrong in [json!({ "address": "geen adres", "notify": true }), json!({ "notify": true })] {
        let (status, body, _) = send(app, &client, "PUT", "/api/v1/email", Some(wrong)).await;
        assert_eq!((status, body["error"].as_str()), (StatusCode::BAD_REQUEST, Some("address")), "{body}");
    }
    let good = json!({ "address": " ingrid@example.nl ", "notify": true });
    let (status, body, _) = send(app, &client, "PUT", "/api/v1/email", Some(good)).await;
    assert_eq!((status, body), (StatusCode::OK, json!({ "address": "ingrid@example.nl", "notify": true })));
    let supporter = sign_in(app, "anna", helder_server::demo::DEMO_PASSWORD).await;
    assert_eq!(send(app, &supporter, "GET", "/api/v1/email", None).await.0, StatusCode::FORBIDDEN);
    let off = json!({ "notify": false });
    assert_eq!(send(app, &client, "PUT", "/api/v1/email", Some(off)).await.1, json!({ "notify": false }));
}

/// Campaign news: a changed table tells the clients whose back-payment section speaks of the
/// topic, once; the first publication records the table without news.
async fn campaign_news(db: &Db) {
    let table = helder_explain::campaign_statements().unwrap().to_vec();
    assert_eq!(helder_server::campaign_news::publish(db, &table).await.unwrap(), 0, "the first time is no news");
    assert_eq!(helder_server::campaign_news::publish(db, &table).await.unwrap(), 0);
    let mut changed = table.clone();
    // The compensation scheme became final (a new entry); processing times changed wording.
    let mut scheme = changed.iter().find(|s| s.topic == "compensation_scheme").unwrap().clone();
    scheme.date = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    scheme.text.insert("nl".into(), "De regeling is definitief.".into());
    changed.push(scheme);
    let processing = changed.iter_mut().find(|s| s.topic == "processing_time").unwrap();
    processing.text.insert("nl".into(), "UWV weet nog steeds niet hoe lang de controle duurt.".into());
    let made = helder_server::campaign_news::publish(db, &changed).await.unwrap();
    let news_of = |case: &'static str| async move {
        let news = helder_server::news::for_case(db, case, "nobody").await.unwrap();
        news.into_iter().filter(|n| n.kind == "campaign").map(|n| n.detail).collect::<Vec<_>>()
    };
    // WIA-DEMO-06: the dagloon was too low, decided: the compensation scheme concerns it.
    assert_eq!(news_of("WIA-DEMO-06").await, ["compensation_scheme"]);
    // WIA-DEMO-10: still in the second check: processing time concerns it, and the scheme (too low).
    let mut ten = news_of("WIA-DEMO-10").await;
    ten.sort();
    assert_eq!(ten, ["compensation_scheme", "processing_time"]);
    // WIA-DEMO-01: no correction: none.
    assert!(news_of("WIA-DEMO-01").await.is_empty());
    assert!(made >= 3, "{made}");
    assert_eq!(helder_server::campaign_news::publish(db, &changed).await.unwrap(), 0, "told once");
}

async fn suite(url: &str) {
    let (app, db) = demo_app(url).await;
    news_of_a_new_version(&app, &db).await;
    deadline_news(&db).await;
    email_settings(&app).await;
    campaign_news(&db).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn news_on_sqlite() {
    suite(&sqlite_url()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn news_on_postgresql() {
    let postgres = start_postgres();
    suite(&postgres.url).await;
}

/// The loopback mail server; killed when dropped.
struct SmtpSink {
    child: std::process::Child,
}

impl SmtpSink {
    fn start(port: u16, folder: &std::path::Path) -> SmtpSink {
        use std::io::BufRead;
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/smtp_sink.py");
        let mut child = std::process::Command::new("python3")
            .arg(script)
            .arg(port.to_string())
            .arg(folder)
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("python3 with aiosmtpd (cargo xtask setup installs it)");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        assert_eq!(line.trim(), "ready", "the SMTP sink did not start");
        SmtpSink { child }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Clients with mail on get news while the mail server is down: nothing is sent, nothing lost.
/// Then it is up and two senders (two instances) work the outbox at once: every mail arrives
/// exactly once, and no mail holds a BSN, an amount or a case id.
async fn outbox(url: &str) {
    let (app, db) = demo_app(url).await;
    let clients = ["01", "02", "03", "04", "05", "06"];
    for (index, number) in clients.iter().enumerate() {
        let client = sign_in_demo(&app, &format!("demo-client-{number}")).await;
        // Client 06 gives an address but wants no mail.
        let settings = json!({ "address": format!("client{number}@example.nl"), "notify": index < 5 });
        assert_eq!(send(&app, &client, "PUT", "/api/v1/email", Some(settings)).await.0, StatusCode::OK);
    }
    let port = helder_tests::postgres::free_port();
    let settings = MailSettings {
        host: "127.0.0.1".into(),
        port,
        security: Security::None,
        from: "Helder <geen-antwoord@helder.example.nl>".into(),
        portal_address: "helder.example.nl".into(),
    };
    let sender = |backoff_ms| {
        let mut sender = Sender::new(settings.clone()).unwrap();
        sender.backoff =
            Backoff { first: Duration::from_millis(backoff_ms), longest: Duration::from_millis(backoff_ms) };
        sender
    };
    // Long enough that the check right after a failure cannot reach the next attempt.
    let (first, second) = (sender(2_000), sender(2_000));
    for number in clients {
        let (name, bsn, case) = demo(&format!("WIA-DEMO-{number}"));
        import_version(&db, name, bsn, &case).await;
    }
    // More news for client 01 while its mail waits: still one mail.
    let (name, bsn, case) = demo("WIA-DEMO-01");
    import_version(&db, name, bsn, &case).await;
    let (queued,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox").fetch_one(&db.pool).await.unwrap();
    assert_eq!(queued, 5, "one mail per client with mail on");

    let down = helder_server::outbox::deliver_due(&db, &first).await.unwrap();
    assert_eq!((down.sent, down.failed), (0, 5), "{down:?}");
    let (unsent,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND attempts = 1")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(unsent, 5, "an outage loses nothing");
    let errors: Vec<(Option<String>,)> =
        sqlx::query_as("SELECT last_error FROM outbox").fetch_all(&db.pool).await.unwrap();
    assert!(errors.iter().all(|(e,)| e.as_deref().is_some_and(|e| !e.contains("@example.nl"))), "{errors:?}");
    // Back-off: the next attempt lies after now, and a pass before it tries nothing.
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let (waiting,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE next_attempt_at > $1")
        .bind(&now)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(waiting, 5, "every failed mail waits");
    let early = helder_server::outbox::deliver_due(&db, &first).await.unwrap();
    assert_eq!(early, Default::default(), "nothing is tried before its time");

    let folder = std::env::temp_dir().join(format!("helder-mail-{}-{port}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    let _sink = SmtpSink::start(port, &folder);
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let (a, b) = tokio::join!(
            helder_server::outbox::deliver_due(&db, &first),
            helder_server::outbox::deliver_due(&db, &second)
        );
        a.unwrap();
        b.unwrap();
        let (left,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").fetch_one(&db.pool).await.unwrap();
        if left == 0 {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "{left} mails still unsent");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let again = helder_server::outbox::deliver_due(&db, &first).await.unwrap();
    assert_eq!(again, Default::default(), "nothing is sent twice");

    let mails: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect();
    let mut recipients: Vec<&str> =
        mails.iter().map(|m| m.lines().next().unwrap().trim_start_matches("X-Envelope-To: ")).collect();
    recipients.sort();
    assert_eq!(
        recipients,
        [
            "client01@example.nl",
            "client02@example.nl",
            "client03@example.nl",
            "client04@example.nl",
            "client05@example.nl"
        ]
    );
    let bsns: Vec<&str> = helder_server::demo::demo_cases().iter().map(|(_, _, bsn, _, _)| *bsn).collect();
    let case_ids: Vec<String> = helder_server::demo::demo_cases().into_iter().map(|(id, ..)| id).collect();
    for mail in &mails {
        assert!(mail.contains("Subject: Er is nieuws in Helder"), "{mail}");
        // Plain 7-bit text, so the checks below read what a person reads.
        assert!(mail.contains("Content-Transfer-Encoding: 7bit"), "{mail}");
        assert!(mail.contains("helder.example.nl"), "{mail}");
        assert!(!bsns.iter().any(|bsn| mail.contains(bsn)), "a BSN in {mail}");
        assert!(!mail.contains('€') && !mail.contains("=E2=82=AC") && !mail.contains("EUR"), "an amount in {mail}");
        assert!(!case_ids.iter().any(|id| mail.contains(id.as_str())) && !mail.contains("DEMO"), "a case id in {mail}");
        let bytes = mail.as_bytes();
        let decimal_comma = bytes.windows(3).any(|w| w[0].is_ascii_digit() && w[1] == b',' && w[2].is_ascii_digit());
        assert!(!decimal_comma, "a number with a decimal comma in {mail}");
        assert!(!mail.contains("http"), "a link in {mail}");
    }
    let _ = std::fs::remove_dir_all(&folder);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outbox_on_sqlite() {
    outbox(&sqlite_url()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outbox_on_postgresql() {
    let postgres = start_postgres();
    outbox(&postgres.url).await;
}
