//! How long a session lasts: it ends after `idle` without a request, at `lifetime` after the
//! sign-in whatever happens, and an account keeps at most `per_account` sessions (a new sign-in
//! ends the oldest). Ended sessions are deleted, not kept: every sign-in purges the rows of
//! sessions that have ended, of any account. `helder serve --session-idle-minutes` and
//! `--session-lifetime-hours` set the first two.

use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionPolicy {
    pub idle: Duration,
    pub lifetime: Duration,
    pub per_account: u32,
}

impl Default for SessionPolicy {
    /// 30 minutes idle (the usual limit for Dutch government services with personal data), 8
    /// hours at most (a working day), 10 browsers per account.
    fn default() -> SessionPolicy {
        SessionPolicy { idle: Duration::from_secs(30 * 60), lifetime: Duration::from_secs(8 * 3600), per_account: 10 }
    }
}

impl SessionPolicy {
    /// How stale `last_seen_at` may get before a request writes it again: a tenth of the idle
    /// time, at most a minute, so a busy session writes at most once a minute and the idle
    /// timeout is kept to within that.
    pub fn touch_after(&self) -> Duration {
        (self.idle / 10).min(Duration::from_secs(60))
    }
}

/// A moment as the RFC 3339 UTC text stored in the database.
pub fn stamp(time: chrono::DateTime<chrono::Utc>) -> String {
    time.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// `now - duration` as stored text (the earliest time there is, for a duration beyond chrono's
/// range).
pub fn ago(duration: Duration) -> String {
    let earlier = chrono::Duration::from_std(duration).ok().and_then(|d| chrono::Utc::now().checked_sub_signed(d));
    stamp(earlier.unwrap_or(chrono::DateTime::<chrono::Utc>::MIN_UTC))
}

/// `now + duration` as stored text (the last time there is, for a duration beyond chrono's
/// range).
pub fn from_now(duration: Duration) -> String {
    let later = chrono::Duration::from_std(duration).ok().and_then(|d| chrono::Utc::now().checked_add_signed(d));
    stamp(later.unwrap_or(chrono::DateTime::<chrono::Utc>::MAX_UTC))
}
