//! `view-memory [HELDER_BINARY] [CASES] [VIEWS]`: issue 15's budget 5, the server's resident
//! memory under many case views of many different cases. Imports CASES generated cases (default
//! 1,000; `gen-cases CASES 2024 --import`, the binary beside this one) into a fresh SQLite
//! database, starts `helder serve --demo` (default `target/release/helder`) on it on a free
//! loopback port, signs in as the demo call-centre employee (staff may open any case, stating a
//! reason), and opens VIEWS cases (default 100,000) round-robin over the cases, Dutch, in
//! batches of 1,000 over a few connections at once. After every batch it reads the server's
//! VmRSS from /proc/PID/status. Prints the idle figure, those after 1,000 views (every case
//! once), 10,000 and all views, the peak (VmHWM), the views per second, and whether the
//! resident memory stopped growing; exits with 1 if any view failed. Loopback only.

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

const BATCH: usize = 1_000;
const CONNECTIONS: usize = 4;
/// Growth of at most this much over the second half of the views counts as "stopped growing":
/// allocator noise, not a leak (a leak of one small row per view would be megabytes).
const FLAT_MIB: f64 = 2.0;
/// The call-centre employee of the demo (any case, after a reason).
const STAFF: &str = "carla";
const REASON: &str = "Geheugenmeting van de server bij veel inzagen";

type HttpClient = Client<HttpConnector, Full<Bytes>>;

/// VmRSS and VmHWM of a process, in KiB.
fn memory_kib(pid: u32) -> (u64, u64) {
    let memory = helder_tests::process_memory::of(pid);
    (memory.resident_kib, memory.peak_kib)
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let here = std::env::current_exe().ok().and_then(|exe| exe.parent().map(Path::to_path_buf)).unwrap_or_default();
    let binary = args.get(1).map(PathBuf::from).unwrap_or_else(|| here.join("helder"));
    let cases: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(1_000);
    let views: usize = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(100_000);

    let work = std::env::temp_dir().join(format!("helder-view-memory-{}", std::process::id()));
    std::fs::create_dir_all(&work).expect("a work folder");
    let database = format!("sqlite://{}", work.join("cases.db").display());
    import(&binary, &here.join("gen-cases"), &work, &database, cases);

    let port = helder_tests::postgres::free_port();
    let mut server = Command::new(&binary)
        .args(["serve", "--demo", "--plain-http", "--portal", "/nonexistent", "--bind", &format!("127.0.0.1:{port}")])
        .arg("--database-url")
        .arg(&database)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
    let pid = server.id();
    let mut stderr = std::io::BufReader::new(server.stderr.take().expect("stderr"));
    let mut line = String::new();
    while stderr.read_line(&mut line).is_ok_and(|n| n > 0) && !line.contains("helder listening") {
        line.clear();
    }
    // Keep reading the server's output so it never blocks on a full pipe; its warnings go to
    // the file VIEW_MEMORY_SERVER_LOG names, if any.
    let log = std::env::var_os("VIEW_MEMORY_SERVER_LOG").and_then(|path| std::fs::File::create(path).ok());
    std::thread::spawn(move || match log {
        Some(mut file) => std::io::copy(&mut stderr, &mut file),
        None => std::io::copy(&mut stderr, &mut std::io::sink()),
    });

    let base = format!("http://127.0.0.1:{port}");
    let client: HttpClient = Client::builder(TokioExecutor::new()).build_http();
    let (idle, _) = memory_kib(pid);
    let cookie = sign_in(&client, &base).await;

    let ids: Arc<Vec<String>> = Arc::new((0..cases).map(|index| format!("GEN-{index:06}")).collect());
    let mut samples: Vec<(usize, u64)> = Vec::new();
    let (mut errors, mut bytes) = (0usize, 0usize);
    let started = Instant::now();
    let mut done = 0;
    while done < views {
        let batch = BATCH.min(views - done);
        let (batch_errors, batch_bytes) = view_batch(&client, &base, &cookie, &ids, done, batch).await;
        errors += batch_errors;
        bytes += batch_bytes;
        done += batch;
        samples.push((done, memory_kib(pid).0));
    }
    let seconds = started.elapsed().as_secs_f64();
    let (resident, peak) = memory_kib(pid);
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(&work);

    let after = |count: usize| samples.iter().find(|(views, _)| *views >= count).map_or(0, |(_, kib)| *kib);
    let half = after(views / 2);
    let highest_after_half = samples.iter().filter(|(v, _)| *v >= views / 2).map(|(_, kib)| *kib).max().unwrap_or(0);
    let growth = mib(highest_after_half) - mib(half);
    let mut out = std::io::stdout().lock();
    let _ =
        writeln!(out, "server resident memory under {views} case views of {cases} cases ({CONNECTIONS} connections):");
    let _ = writeln!(out, "  idle: {:.1} MiB", mib(idle));
    for count in [cases, 10_000, views] {
        if count <= views {
            let _ = writeln!(out, "  after {count} views: {:.1} MiB", mib(after(count)));
        }
    }
    let _ = writeln!(out, "  at the end: {:.1} MiB; peak (VmHWM) {:.1} MiB", mib(resident), mib(peak));
    let _ = writeln!(
        out,
        "  {:.0} views/s ({seconds:.1} s), {errors} errors, {:.1} KiB per answer on average",
        views as f64 / seconds,
        bytes as f64 / 1024.0 / (views - errors).max(1) as f64
    );
    let _ = writeln!(
        out,
        "  from {} to {views} views: highest {:.1} MiB, {growth:+.1} MiB from {:.1} MiB: {}",
        views / 2,
        mib(highest_after_half),
        mib(half),
        if growth <= FLAT_MIB { "stopped growing" } else { "STILL GROWING" }
    );
    let curve: Vec<String> = samples
        .iter()
        .filter(|(v, _)| v % 10_000 == 0)
        .map(|(v, kib)| format!("{}k {:.0}", v / 1000, mib(*kib)))
        .collect();
    let _ = writeln!(out, "  resident MiB every 10,000 views: {}", curve.join(", "));
    if errors > 0 {
        std::process::exit(1);
    }
}

/// `gen-cases CASES 2024 --import` into `helder import`.
fn import(helder: &Path, gen_cases: &Path, work: &Path, database: &str, cases: usize) {
    let generated = Command::new(gen_cases)
        .args([&cases.to_string(), "2024", "--import"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", gen_cases.display()));
    let file = work.join("cases.ndjson");
    std::fs::write(&file, &generated.stdout).expect("the import file");
    let imported = Command::new(helder)
        .arg("import")
        .arg(&file)
        .args(["--database-url", database])
        .output()
        .expect("helder import");
    if !imported.status.success() {
        panic!("helder import failed: {}", String::from_utf8_lossy(&imported.stderr));
    }
}

/// The session cookie of the demo call-centre employee.
async fn sign_in(client: &HttpClient, base: &str) -> String {
    let body = format!(r#"{{"username":"{STAFF}","password":"helder-demo"}}"#);
    let request = hyper::Request::post(format!("{base}/api/v1/session"))
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body)))
        .expect("request");
    let response = client.request(request).await.expect("sign-in");
    response
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|c| c.split(';').next())
        .map(str::to_owned)
        .unwrap_or_else(|| {
            panic!("no session cookie (status {}): is the server running with --demo?", response.status())
        })
}

/// Views `count` cases round-robin from view number `first` over `CONNECTIONS` connections.
/// Returns the errors and the bytes received.
async fn view_batch(
    client: &HttpClient,
    base: &str,
    cookie: &str,
    ids: &Arc<Vec<String>>,
    first: usize,
    count: usize,
) -> (usize, usize) {
    let next = Arc::new(AtomicUsize::new(0));
    let mut workers = Vec::new();
    for _ in 0..CONNECTIONS {
        let (client, base, cookie, ids, next) =
            (client.clone(), base.to_owned(), cookie.to_owned(), ids.clone(), next.clone());
        workers.push(tokio::spawn(async move {
            let (mut errors, mut bytes) = (0, 0);
            loop {
                let offset = next.fetch_add(1, Ordering::Relaxed);
                if offset >= count {
                    return (errors, bytes);
                }
                let case_id = &ids[(first + offset) % ids.len()];
                let request = hyper::Request::get(format!("{base}/api/v1/cases/{case_id}?lang=nl"))
                    .header("cookie", &cookie)
                    .header("x-access-reason", REASON)
                    .body(Full::new(Bytes::new()))
                    .expect("request");
                match client.request(request).await {
                    Ok(response) if response.status().is_success() => match response.into_body().collect().await {
                        Ok(body) => bytes += body.to_bytes().len(),
                        Err(_) => errors += 1,
                    },
                    Ok(response) => {
                        if errors == 0 {
                            eprintln!("view-memory: {case_id}: status {}", response.status());
                        }
                        errors += 1;
                    }
                    Err(error) => {
                        if errors == 0 {
                            eprintln!("view-memory: {case_id}: {error}");
                        }
                        errors += 1;
                    }
                }
            }
        }));
    }
    let mut totals = (0, 0);
    for worker in workers {
        let (errors, bytes) = worker.await.unwrap_or((count, 0));
        totals = (totals.0 + errors, totals.1 + bytes);
    }
    totals
}
