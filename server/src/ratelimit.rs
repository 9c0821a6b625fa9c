//! Rate limits, counted in the database (`rate_limits`), so they hold across several server
//! instances on one database: sign-in per client address, sign-in per account, staff search per
//! staff account, what-if computations per client address. One hit is one upsert that returns
//! the new count. (The what-if limit was once a counter in memory: behind a proxy that spreads
//! requests over two instances it allowed twice its number.)
//!
//! They are fixed windows that start at the first hit: after `hits` hits the key is refused until
//! `window` has passed since that first hit, then it starts again.
//!
//! The per-account sign-in limit is the lockout: after 10 password attempts on one username in
//! 15 minutes, that username refuses password attempts (429 with `Retry-After`) for the rest of
//! those 15 minutes, from every address. It never locks longer than that; a successful sign-in
//! clears the count. An attacker can keep an account locked only by spending 10 attempts every 15
//! minutes, about a thousand guesses a day at most; unknown usernames count the same way, so the
//! lockout does not tell which usernames exist. And it never holds the real user's own browser:
//! a browser that signed in to the account with its password before carries a device cookie
//! (`auth`, `known_devices`) and counts on a limit of its own (10 in 15 minutes) instead.

use sha2::{Digest, Sha256};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use crate::db::Db;

/// At most `hits` in `window`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    pub hits: u32,
    pub window: Duration,
}

impl Limit {
    pub const fn new(hits: u32, window: Duration) -> Limit {
        Limit { hits, window }
    }
}

/// The limits kept in the database.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Sign-ins (password and demo) from one client address.
    pub sign_in_per_address: Limit,
    /// Password attempts on one username, from anywhere.
    pub sign_in_per_account: Limit,
    /// Case searches by one staff account.
    pub search_per_staff: Limit,
    /// What-if computations (unsaved cases) from one client address.
    pub what_if_per_address: Limit,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            sign_in_per_address: Limit::new(20, Duration::from_secs(60)),
            sign_in_per_account: Limit::new(10, Duration::from_secs(15 * 60)),
            search_per_staff: Limit::new(30, Duration::from_secs(15 * 60)),
            what_if_per_address: Limit::new(60, Duration::from_secs(60)),
        }
    }
}

/// The counter's key: what is limited, and a hash of whom (no addresses or usernames stored).
pub fn key(kind: &str, subject: &str) -> String {
    let digest = Sha256::digest(subject.as_bytes());
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("{kind}:{hex}")
}

fn millis(time: std::time::SystemTime) -> i64 {
    time.duration_since(std::time::UNIX_EPOCH).map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// Counts one hit on `key`: `Ok(())` when it is within `limit`, else `Err(time until the
/// window ends)`.
pub async fn hit(db: &Db, key: &str, limit: Limit) -> Result<Result<(), Duration>, sqlx::Error> {
    let now = millis(std::time::SystemTime::now());
    let window = i64::try_from(limit.window.as_millis()).unwrap_or(i64::MAX);
    let (hits, started): (i64, i64) = sqlx::query_as(
        "INSERT INTO rate_limits (key, window_start, hits) VALUES ($1, $2, 1)
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN rate_limits.window_start > $3 THEN rate_limits.hits + 1 ELSE 1 END,
           window_start = CASE WHEN rate_limits.window_start > $3 THEN rate_limits.window_start ELSE $2 END
         RETURNING hits, window_start",
    )
    .bind(key)
    .bind(now)
    .bind(now.saturating_sub(window))
    .fetch_one(&db.pool)
    .await?;
    purge_now_and_then(db, now).await;
    if hits <= i64::from(limit.hits) {
        Ok(Ok(()))
    } else {
        let left = started.saturating_add(window).saturating_sub(now).max(0);
        Ok(Err(Duration::from_millis(u64::try_from(left).unwrap_or(0))))
    }
}

/// The per-staff-account search limit.
pub async fn staff_may_search(
    state: &crate::http::AppState,
    db: &Db,
    staff_id: &str,
) -> Result<(), crate::error::ApiError> {
    let key = key("search_staff", staff_id);
    hit(db, &key, state.limits.search_per_staff).await?.map_err(crate::error::ApiError::RateLimited)
}

/// The per-address what-if limit.
pub async fn what_if_may_compute(
    state: &crate::http::AppState,
    db: &Db,
    address: std::net::IpAddr,
) -> Result<(), crate::error::ApiError> {
    let key = key("what_if_address", &address.to_string());
    hit(db, &key, state.limits.what_if_per_address).await?.map_err(crate::error::ApiError::RateLimited)
}

/// Forgets the count of `key` (after a successful sign-in).
pub async fn forget(db: &Db, key: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM rate_limits WHERE key = $1").bind(key).execute(&db.pool).await.map(|_| ())
}

/// Every thousandth hit removes counters whose window ended more than a day ago.
async fn purge_now_and_then(db: &Db, now: i64) {
    static HITS: AtomicU64 = AtomicU64::new(0);
    if HITS.fetch_add(1, Ordering::Relaxed) % 1000 == 999 {
        let day = 24 * 3600 * 1000;
        if let Err(error) =
            sqlx::query("DELETE FROM rate_limits WHERE window_start < $1").bind(now - day).execute(&db.pool).await
        {
            tracing::warn!(%error, "purging old rate-limit counters failed");
        }
    }
}
