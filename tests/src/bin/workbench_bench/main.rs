//! `workbench-bench HELDER_BIN [COUNT] [SEED]`: issue 12's budgets at the scale of the whole WIA
//! analysis (COUNT = 220,000 cases by default), on PostgreSQL (a private cluster) and SQLite.
//!
//! For each database: seeds COUNT cases onto the workbench (`seed`), starts `helder serve` on it,
//! signs in as the demo team lead and times, over HTTP on loopback, one request at a time:
//! `GET /api/v1/workbench/dashboard` (200 times, after 5 untimed) and
//! `GET /api/v1/workbench/worklist` (500 pages: the first page and a page 90 % deep, through
//! `after`, of each category and step in turn). Then times `helder recompute --diff` over every
//! stored case against the stored results `helder recompute` wrote from PostgreSQL (the same
//! cases and rules on both databases, so the report finds no difference: the run measures loading,
//! computing and comparing every case). Prints median, p95 and max per measurement, with the
//! load average beside each figure. Last, issue 15's budget 4: times `helder recompute --store`
//! (every case's result and Dutch explanation into the database) and prints the rows and bytes
//! stored; `WORKBENCH_BENCH_STORE_ONLY=1` measures only that, right after seeding.
//! `WORKBENCH_BENCH_NO_DIFF=1` skips `recompute` and the diff;
//! `WORKBENCH_BENCH_ONLY=SQLite` (or `PostgreSQL`) measures one database.

mod seed;

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

type Http = Client<HttpConnector, Full<Bytes>>;

const DASHBOARD_REQUESTS: usize = 200;
const DASHBOARD_WARM_UP: usize = 5;
const WORKLIST_PAGES: usize = 500;

fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

/// The 1-minute load average, to print beside each figure.
fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split(' ').next().map(str::to_owned))
        .unwrap_or_default()
}

fn fail(message: String) -> ! {
    eprintln!("workbench-bench: {message}");
    std::process::exit(1);
}

/// Median, p95 (nearest rank) and max in milliseconds.
fn spread(mut times: Vec<Duration>) -> String {
    times.sort();
    let rank = |percent: usize| times[((percent * times.len()).div_ceil(100)).max(1) - 1];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    format!(
        "median {:.1} ms, p95 {:.1} ms, max {:.1} ms over {} requests",
        ms(rank(50)),
        ms(rank(95)),
        ms(times[times.len() - 1]),
        times.len()
    )
}

/// One GET with the session cookie; the time includes reading the whole body.
async fn get(client: &Http, url: &str, cookie: &str) -> Duration {
    let started = Instant::now();
    let request = hyper::Request::get(url).header("cookie", cookie).body(Full::new(Bytes::new())).expect("request");
    let response = client.request(request).await.unwrap_or_else(|e| fail(format!("GET {url}: {e}")));
    let status = response.status();
    let body = response.into_body().collect().await.unwrap_or_else(|e| fail(format!("GET {url}: {e}"))).to_bytes();
    if !status.is_success() {
        fail(format!("GET {url}: {status} {}", String::from_utf8_lossy(&body)));
    }
    started.elapsed()
}

/// Signs in as the demo team lead; returns the cookies to send.
async fn sign_in(client: &Http, base: &str) -> String {
    let body = r#"{"username":"iris","password":"helder-demo"}"#;
    let request = hyper::Request::post(format!("{base}/api/v1/session"))
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body)))
        .expect("request");
    let response = client.request(request).await.unwrap_or_else(|e| fail(format!("sign-in: {e}")));
    if !response.status().is_success() {
        fail(format!("sign-in: {}", response.status()));
    }
    let cookies: Vec<String> = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok()?.split(';').next().map(str::to_owned))
        .collect();
    cookies.join("; ")
}

/// `helder serve` on a free loopback port, answering once its port is open.
fn serve(helder: &str, url: &str) -> (std::process::Child, String) {
    let port = helder_tests::postgres::free_port();
    let portal = std::env::temp_dir().join("workbench-bench-no-portal");
    let child = Command::new(helder)
        .args(["serve", "--bind", &format!("127.0.0.1:{port}"), "--demo", "--plain-http", "--database-url", url])
        .arg("--portal")
        .arg(portal)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| fail(format!("starting helder serve: {e}")));
    let deadline = Instant::now() + Duration::from_secs(300);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        if Instant::now() > deadline {
            fail("helder serve did not open its port".into());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    (child, format!("http://127.0.0.1:{port}"))
}

/// Deep cursors: per category and step, the row 90 % down its worklist (oldest first).
async fn deep_cursors(db: &helder_server::db::Db) -> Vec<(String, String, String)> {
    let mut cursors = Vec::new();
    for (category, _) in seed::CATEGORIES {
        for (step, _) in seed::STEPS {
            let (count,): (i64,) =
                sqlx::query_as("SELECT COUNT(*) FROM workbench_cases WHERE category = $1 AND step = $2")
                    .bind(category)
                    .bind(step)
                    .fetch_one(&db.pool)
                    .await
                    .unwrap_or_else(|e| fail(format!("counting a worklist: {e}")));
            let row: Option<(String, String)> = sqlx::query_as(
                "SELECT received_at, case_id FROM workbench_cases WHERE category = $1 AND step = $2
                 ORDER BY received_at, case_id LIMIT 1 OFFSET $3",
            )
            .bind(category)
            .bind(step)
            .bind(count * 9 / 10)
            .fetch_optional(&db.pool)
            .await
            .unwrap_or_else(|e| fail(format!("a deep cursor: {e}")));
            if let Some((received, case_id)) = row {
                cursors.push((category.to_owned(), step.to_owned(), format!("{received}/{case_id}")));
            }
        }
    }
    cursors
}

async fn requests(helder: &str, url: &str, name: &str, cursors: &[(String, String, String)]) {
    let (mut server, base) = serve(helder, url);
    let client: Http = Client::builder(TokioExecutor::new()).build_http();
    let cookie = sign_in(&client, &base).await;
    let dashboard = format!("{base}/api/v1/workbench/dashboard");
    for _ in 0..DASHBOARD_WARM_UP {
        get(&client, &dashboard, &cookie).await;
    }
    let before = load();
    let mut times = Vec::new();
    for _ in 0..DASHBOARD_REQUESTS {
        times.push(get(&client, &dashboard, &cookie).await);
    }
    say(&format!("{name}: dashboard (HTTP): {} (load {before} → {})", spread(times), load()));
    let before = load();
    let (mut first, mut deep) = (Vec::new(), Vec::new());
    for index in 0..WORKLIST_PAGES {
        let (category, step, cursor) = &cursors[index / 2 % cursors.len()];
        let path = format!("{base}/api/v1/workbench/worklist?category={category}&step={step}");
        if index % 2 == 0 {
            first.push(get(&client, &path, &cookie).await);
        } else {
            deep.push(get(&client, &format!("{path}&after={cursor}"), &cookie).await);
        }
    }
    let all: Vec<Duration> = first.iter().chain(&deep).copied().collect();
    say(&format!(
        "{name}: worklist page of 50 (HTTP): {}; first pages {}; 90 % deep pages {} (load {before} → {})",
        spread(all),
        spread(first),
        spread(deep),
        load()
    ));
    let _ = server.kill();
    let _ = server.wait();
}

/// Runs `helder` and returns its wall time and the last line it wrote to stderr.
fn timed(helder: &str, args: &[&str]) -> (f64, String) {
    let started = Instant::now();
    let output = Command::new(helder).args(args).output().unwrap_or_else(|e| fail(format!("helder: {e}")));
    if !output.status.success() {
        fail(format!("helder {}: {}", args.join(" "), String::from_utf8_lossy(&output.stderr)));
    }
    let said = String::from_utf8_lossy(&output.stderr).lines().last().unwrap_or_default().to_owned();
    (started.elapsed().as_secs_f64(), said)
}

/// Issue 15 budget 4: `helder recompute --store`, its wall time, and the rows and bytes it stored.
async fn store(helder: &str, url: &str, name: &str, count: usize) {
    let before = load();
    let (seconds, said) = timed(helder, &["recompute", "--database-url", url, "--store"]);
    let db = helder_server::db::Db::connect(url).await.unwrap_or_else(|e| fail(format!("{name}: {e}")));
    let (rows, errors): (i64, i64) = sqlx::query_as("SELECT COUNT(*), COUNT(error) FROM stored_results")
        .fetch_one(&db.pool)
        .await
        .unwrap_or_else(|e| fail(format!("{name}: counting stored results: {e}")));
    db.pool.close().await;
    say(&format!(
        "{name}: helder recompute --store over {count} cases: {seconds:.1} s wall, {rows} rows ({errors} errors) ({said}) (load {before} → {})",
        load()
    ));
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(helder) = args.get(1).cloned() else {
        eprintln!("usage: workbench-bench HELDER_BIN [COUNT] [SEED]");
        std::process::exit(2);
    };
    let count: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(220_000);
    let seed_number: u64 = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(2026);
    let today = helder_server::dutch_day::today();
    let started = Instant::now();
    let plan = seed::plan(count, seed_number, today);
    say(&format!("planned {count} cases in {:.1} s", started.elapsed().as_secs_f64()));
    let postgres = helder_tests::postgres::start_postgres();
    let sqlite = std::env::temp_dir().join(format!("workbench-bench-{}.db", std::process::id()));
    let stored = std::env::temp_dir().join(format!("workbench-bench-{}-results.ndjson", std::process::id()));
    let stored_text = stored.display().to_string();
    // WORKBENCH_BENCH_ONLY=SQLite (or PostgreSQL) measures one database.
    let only = std::env::var("WORKBENCH_BENCH_ONLY").ok();
    for (name, url) in [("PostgreSQL", postgres.url.clone()), ("SQLite", format!("sqlite://{}", sqlite.display()))] {
        if only.as_deref().is_some_and(|only| only != name) {
            say(&format!("{name}: not measured (WORKBENCH_BENCH_ONLY={})", only.as_deref().unwrap_or_default()));
            continue;
        }
        let started = Instant::now();
        let db = helder_server::db::Db::connect(&url).await.unwrap_or_else(|e| fail(format!("{name}: {e}")));
        helder_server::demo::seed(&db).await.unwrap_or_else(|e| fail(format!("{name}: demo accounts: {e:?}")));
        let later = seed::seed(&db, &plan, today).await.unwrap_or_else(|e| fail(format!("{name}: seeding: {e}")));
        if name == "PostgreSQL" {
            // What autovacuum does after bulk inserts, done now so the plans are the steady state's.
            sqlx::query("ANALYZE").execute(&db.pool).await.unwrap_or_else(|e| fail(format!("ANALYZE: {e}")));
        }
        say(&format!(
            "{name}: seeded {count} cases and {later} later versions in {:.1} s (load {})",
            started.elapsed().as_secs_f64(),
            load()
        ));
        if std::env::var("WORKBENCH_BENCH_STORE_ONLY").is_ok_and(|v| v == "1") {
            db.pool.close().await;
            store(&helder, &url, name, count).await;
            continue;
        }
        let cursors = deep_cursors(&db).await;
        db.pool.close().await;
        requests(&helder, &url, name, &cursors).await;
        // WORKBENCH_BENCH_NO_DIFF=1 measures the requests only (the dashboard and the worklist).
        if std::env::var("WORKBENCH_BENCH_NO_DIFF").is_ok_and(|v| v == "1") {
            say(&format!("{name}: helder recompute and --diff not run (WORKBENCH_BENCH_NO_DIFF=1)"));
            continue;
        }
        if name == "PostgreSQL" {
            let (seconds, _) = timed(&helder, &["recompute", "--database-url", &url, "-", &stored_text]);
            say(&format!("{name}: stored results written by helder recompute in {seconds:.1} s (load {})", load()));
        }
        let before = load();
        let (seconds, said) =
            timed(&helder, &["recompute", "--database-url", &url, "--diff", &stored_text, "-", "/dev/null"]);
        say(&format!(
            "{name}: helder recompute --diff over {count} cases: {seconds:.1} s wall ({said}) (load {before} → {})",
            load()
        ));
        store(&helder, &url, name, count).await;
    }
    let _ = std::fs::remove_file(&stored);
    // WORKBENCH_BENCH_KEEP=1 keeps both databases for EXPLAIN (the cluster keeps running: stop it
    // with pg_ctl, remove its folder and the SQLite file by hand).
    if std::env::var("WORKBENCH_BENCH_KEEP").is_ok_and(|v| v == "1") {
        say(&format!("kept: {} and sqlite://{}", postgres.url, sqlite.display()));
        std::mem::forget(postgres);
        return;
    }
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", sqlite.display()));
    }
}
