//! Finding 1 of the security review: 200 concurrent wrong passwords from ten addresses took the
//! process to 3.8 GB (one 19 MiB argon2id check per request, all at once). This test binary holds
//! only this test, so the process's peak resident memory is its own. (The acceptance figure is
//! `cargo run --release -p helder-tests --bin sign-in-memory`, against `helder serve`.)

mod common;

use axum::http::StatusCode;
use common::{Browser, app_with, send_from, sqlite_url};
use helder_server::client_address::TrustedProxies;
use std::sync::Arc;

/// Peak resident memory of this process (VmHWM), in KiB.
fn peak_resident_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// Half for the demo staff and supporter accounts, half for usernames that do not exist.
fn username(index: usize) -> String {
    let known = ["carla", "dirk", "anna", "bram"];
    if index.is_multiple_of(2) { known[(index / 2) % known.len()].to_owned() } else { format!("no-such-user-{index}") }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_memory_stays_bounded_under_concurrent_wrong_passwords() {
    let (app, _db, state) = app_with(&sqlite_url(), |state| {
        state.trusted_proxies = Arc::new(TrustedProxies::parse(&["127.0.0.1".into()]).unwrap());
    })
    .await;
    let before = peak_resident_kib();
    let mut requests = Vec::new();
    for index in 0..200 {
        let app = app.clone();
        requests.push(tokio::spawn(async move {
            let address = format!("203.0.113.{}", index % 10);
            let body = serde_json::json!({ "username": username(index), "password": "wrong" });
            let (status, _, _) =
                send_from(&app, &Browser::default(), "127.0.0.1", &[&address], "POST", "/api/v1/session", Some(body))
                    .await;
            status
        }));
    }
    let mut statuses = std::collections::BTreeMap::new();
    for request in requests {
        *statuses.entry(request.await.unwrap().as_u16()).or_insert(0) += 1;
    }
    let grown_mib = peak_resident_kib().saturating_sub(before) / 1024;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    assert!(
        statuses.keys().all(|s| [
            StatusCode::BAD_REQUEST,
            StatusCode::TOO_MANY_REQUESTS,
            StatusCode::SERVICE_UNAVAILABLE
        ]
        .map(|status| status.as_u16())
        .contains(s)),
        "{statuses:?}"
    );
    assert!(state.passwords.peak_in_flight() <= cores, "{} checks at once", state.passwords.peak_in_flight());
    assert!(grown_mib < 150, "peak resident memory grew by {grown_mib} MiB ({statuses:?})");
}
