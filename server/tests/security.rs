//! The findings of the security review (issue 14), one test each, named after the finding; on
//! SQLite and, where the database matters, on a real PostgreSQL.

mod common;

use axum::http::StatusCode;
use common::{Browser, app_with, send_from, sqlite_url, start_postgres};
use helder_server::client_address::TrustedProxies;
use helder_server::ratelimit::Limit;
use serde_json::json;
use std::sync::Arc;
use std::time::{Duration, Instant};

const PROXY: &str = "127.0.0.1";

fn behind_proxy(state: &mut helder_server::http::AppState) {
    state.trusted_proxies = Arc::new(TrustedProxies::parse(&[PROXY.into()]).unwrap());
}

fn wrong(username: &str) -> Option<serde_json::Value> {
    Some(json!({ "username": username, "password": "not-the-password" }))
}

/// Finding 2: behind the proxy each client has its own bucket; a client that is not the proxy
/// cannot choose its address with X-Forwarded-For; each account has its own limit, from every
/// address, which ends by itself.
async fn rate_limits_per_client_behind_the_proxy_and_per_account(url: &str) {
    let lockout = Duration::from_secs(3);
    let (app, _db, _) = app_with(url, |state| {
        behind_proxy(state);
        state.limits.sign_in_per_account = Limit::new(10, lockout);
    })
    .await;
    let anonymous = Browser::default();
    let session = "/api/v1/session";
    // One client behind the proxy: 20 attempts (other usernames each time), then 429.
    for attempt in 0..20 {
        let username = format!("nobody-{attempt}");
        let (status, body, _) =
            send_from(&app, &anonymous, PROXY, &["203.0.113.1"], "POST", session, wrong(&username)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "attempt {attempt}: {body}");
    }
    let (status, _, headers) =
        send_from(&app, &anonymous, PROXY, &["203.0.113.1"], "POST", session, wrong("nobody-x")).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(headers.contains_key("retry-after"));
    // Another client behind the same proxy is not locked out by the first.
    let other = send_from(&app, &anonymous, PROXY, &["203.0.113.2"], "POST", session, wrong("nobody-y")).await;
    assert_eq!(other.0, StatusCode::BAD_REQUEST, "clients behind the proxy share a bucket: {}", other.1);
    // A spoofed left-most entry does not help: the proxy's own (right-most) entry counts.
    let spoofed =
        send_from(&app, &anonymous, PROXY, &["198.18.0.1, 203.0.113.1"], "POST", session, wrong("nobody-z")).await;
    assert_eq!(spoofed.0, StatusCode::TOO_MANY_REQUESTS);
    // A connection that is not the proxy: X-Forwarded-For is ignored, rotating it bypasses nothing.
    for attempt in 0..21 {
        let forwarded = format!("10.9.0.{attempt}");
        let username = format!("rotating-{attempt}");
        let (status, _, _) =
            send_from(&app, &anonymous, "198.51.100.7", &[&forwarded], "POST", session, wrong(&username)).await;
        let expected = if attempt < 20 { StatusCode::BAD_REQUEST } else { StatusCode::TOO_MANY_REQUESTS };
        assert_eq!(status, expected, "attempt {attempt} from a rotating X-Forwarded-For");
    }
    // One account, ten addresses: after 10 failures even the right password waits.
    for attempt in 0..10 {
        let address = format!("203.0.113.{}", 10 + attempt);
        let (status, _, _) = send_from(&app, &anonymous, PROXY, &[&address], "POST", session, wrong("carla")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }
    let right = Some(json!({ "username": "carla", "password": helder_server::demo::DEMO_PASSWORD }));
    let started = Instant::now();
    let (status, body, headers) =
        send_from(&app, &anonymous, PROXY, &["203.0.113.99"], "POST", session, right.clone()).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "carla signed in after 10 failures: {body}");
    let wait: u64 = headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=lockout.as_secs()).contains(&wait), "Retry-After {wait}");
    // The lockout ends by itself: the real user gets in after it.
    tokio::time::sleep((started + lockout + Duration::from_millis(200)).saturating_duration_since(Instant::now()))
        .await;
    let (status, body, _) = send_from(&app, &anonymous, PROXY, &["203.0.113.99"], "POST", session, right).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limits_per_client_behind_the_proxy_and_per_account_on_sqlite() {
    rate_limits_per_client_behind_the_proxy_and_per_account(&sqlite_url()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limits_per_client_behind_the_proxy_and_per_account_on_postgresql() {
    let postgres = start_postgres();
    rate_limits_per_client_behind_the_proxy_and_per_account(&postgres.url).await;
}

/// Finding 2, several instances: two apps on one PostgreSQL share the limits.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limits_hold_across_instances_on_one_postgresql() {
    let postgres = start_postgres();
    let (first, _, _) = app_with(&postgres.url, behind_proxy).await;
    let (second, _, _) = app_with(&postgres.url, behind_proxy).await;
    let anonymous = Browser::default();
    for attempt in 0..20 {
        let app = if attempt % 2 == 0 { &first } else { &second };
        let username = format!("nobody-{attempt}");
        let (status, _, _) =
            send_from(app, &anonymous, PROXY, &["203.0.113.5"], "POST", "/api/v1/session", wrong(&username)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }
    for app in [&first, &second] {
        let (status, _, _) =
            send_from(app, &anonymous, PROXY, &["203.0.113.5"], "POST", "/api/v1/session", wrong("nobody")).await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    }
}

/// Finding 6: a username that does not exist takes as long as a wrong password for one that does
/// (both run one argon2id check).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_time_does_not_tell_which_usernames_exist() {
    let (app, _db, state) = app_with(&sqlite_url(), |state| {
        state.limits.sign_in_per_address = Limit::new(100_000, Duration::from_secs(60));
        state.limits.sign_in_per_account = Limit::new(100_000, Duration::from_secs(60));
    })
    .await;
    let anonymous = Browser::default();
    let checks_before = state.passwords.checks();
    let (mut known, mut unknown) = (Vec::new(), Vec::new());
    // Interleaved, so both see the same machine load.
    for round in 0..12 {
        for (username, times) in [("carla", &mut known), ("no-such-user", &mut unknown)] {
            let started = Instant::now();
            let (status, _, _) =
                send_from(&app, &anonymous, "198.51.100.1", &[], "POST", "/api/v1/session", wrong(username)).await;
            times.push(started.elapsed());
            assert_eq!(status, StatusCode::BAD_REQUEST, "round {round}, {username}");
        }
    }
    assert_eq!(state.passwords.checks() - checks_before, 24, "one password check per sign-in, known or not");
    known.sort();
    unknown.sort();
    let (known, unknown) = (known[6].as_secs_f64(), unknown[6].as_secs_f64());
    assert!(unknown > known * 0.6 && unknown < known / 0.6, "median {unknown:.4} s unknown vs {known:.4} s known");
}
