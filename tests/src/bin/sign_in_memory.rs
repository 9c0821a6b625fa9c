//! `sign-in-memory [HELDER_BINARY]`: the acceptance benchmark of finding 1 of the security review
//! (200 concurrent wrong passwords from ten addresses took the server to 3.8 GB). Starts
//! `helder serve --demo` (default `target/release/helder`) on a fresh SQLite database and a free
//! loopback port, sends 200 wrong-password sign-ins at once from ten loopback source addresses
//! (127.0.0.2 to 127.0.0.11, so no proxy header is needed), half for the demo staff and supporter
//! accounts and half for usernames that do not exist, then prints the answers by status and the
//! server's peak resident memory (VmHWM from /proc/PID/status). Loopback only.

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::net::{IpAddr, Ipv4Addr};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const REQUESTS: usize = 200;
const ADDRESSES: u8 = 10;

/// (VmHWM, VmRSS) of a process, in MiB.
fn memory_mib(pid: u32) -> (u64, u64) {
    let memory = helder_tests::process_memory::of(pid);
    (memory.peak_kib / 1024, memory.resident_kib / 1024)
}

#[tokio::main]
async fn main() {
    let binary = std::env::args().nth(1).unwrap_or_else(|| {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/release/helder").display().to_string()
    });
    let port = helder_tests::postgres::free_port();
    let database = std::env::temp_dir().join(format!("helder-sign-in-memory-{}.db", std::process::id()));
    let mut server = Command::new(&binary)
        .args(["serve", "--demo", "--portal", "/nonexistent", "--bind", &format!("127.0.0.1:{port}")])
        .arg("--database-url")
        .arg(format!("sqlite://{}", database.display()))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {binary}: {e}"));
    let pid = server.id();
    let mut stderr = std::io::BufReader::new(server.stderr.take().expect("stderr"));
    let mut line = String::new();
    while stderr.read_line(&mut line).is_ok_and(|n| n > 0) && !line.contains("helder listening") {
        line.clear();
    }
    // Keep reading the server's output so it never blocks on a full pipe.
    std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
    let (idle_peak, idle_resident) = memory_mib(pid);

    let known = ["carla", "dirk", "anna", "bram"];
    let started = Instant::now();
    let mut requests = Vec::new();
    for index in 0..REQUESTS {
        let source = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2 + (index % usize::from(ADDRESSES)) as u8));
        let username =
            if index % 2 == 0 { known[(index / 2) % known.len()].to_owned() } else { format!("no-such-user-{index}") };
        let url = format!("http://127.0.0.1:{port}/api/v1/session");
        requests.push(tokio::spawn(async move {
            let mut connector = HttpConnector::new();
            connector.set_local_address(Some(source));
            let client: Client<_, Full<Bytes>> = Client::builder(TokioExecutor::new()).build(connector);
            let body = format!(r#"{{"username":"{username}","password":"wrong password {index}"}}"#);
            let request = hyper::Request::post(url)
                .header("content-type", "application/json")
                .body(Full::new(Bytes::from(body)))
                .expect("request");
            match client.request(request).await {
                Ok(response) => {
                    let status = response.status().as_u16().to_string();
                    let _ = response.into_body().collect().await;
                    status
                }
                Err(error) => format!("error: {error}"),
            }
        }));
    }
    let mut answers: BTreeMap<String, usize> = BTreeMap::new();
    for request in requests {
        *answers.entry(request.await.unwrap_or_else(|e| format!("task: {e}"))).or_default() += 1;
    }
    let elapsed = started.elapsed();
    // Let any check still queued finish before reading the peak.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (peak, resident) = memory_mib(pid);
    let _ = server.kill();
    let _ = server.wait();
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", database.display()));
    }
    let mut out = std::io::stderr().lock();
    let _ = writeln!(out, "{REQUESTS} concurrent wrong passwords from {ADDRESSES} addresses in {elapsed:.2?}");
    let _ = writeln!(out, "answers: {answers:?}");
    let _ = writeln!(out, "server resident memory: idle {idle_resident} MiB (peak {idle_peak} MiB)");
    let _ = writeln!(out, "server peak resident memory (VmHWM): {peak} MiB; resident afterwards {resident} MiB");
    let _ = writeln!(out, "target: under 300 MiB — {}", if peak < 300 { "met" } else { "NOT met" });
}
