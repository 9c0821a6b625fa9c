//! A fixed-window rate limit per client address, for sign-in and what-if. In memory: with
//! several instances each limits on its own, which still bounds a single address.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Debug)]
pub struct RateLimit {
    per_window: u32,
    window: Duration,
    counts: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

impl RateLimit {
    pub fn new(per_window: u32, window: Duration) -> RateLimit {
        RateLimit { per_window, window, counts: Mutex::new(HashMap::new()) }
    }

    /// True when `address` may make one more request now.
    pub fn allow(&self, address: IpAddr) -> bool {
        let now = Instant::now();
        let Ok(mut counts) = self.counts.lock() else { return false };
        if counts.len() > 100_000 {
            counts.retain(|_, (start, _)| now.duration_since(*start) < self.window);
        }
        let entry = counts.entry(address).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        entry.1 += 1;
        entry.1 <= self.per_window
    }
}
