//! Password checks under attack. One argon2id check needs 19 MiB and tens of milliseconds of a
//! core, so unbounded checks on the blocking pool let a few hundred wrong passwords take the
//! process to gigabytes (security review, finding 1). The gate lets at most one check per core
//! run at once, on threads of its own, and at most `queue` more wait; beyond that a sign-in is
//! answered 503 at once, without hashing.
//!
//! Every sign-in that gets this far runs exactly one check: a username that does not exist (or
//! an account without a password) is checked against a dummy hash made with the same
//! parameters, so the answer takes as long as for a real account with a wrong password and the
//! time does not tell which usernames exist (finding 6).

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Mutex, OnceLock};

use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::cell::RefCell;

use crate::auth::hash_password;
use crate::error::ApiError;

/// One password check: the password, the stored hash, where to send the answer.
type Check = (String, String, tokio::sync::oneshot::Sender<bool>);

/// Bounds the password checks under way: a fixed set of hashing threads (one per core) takes
/// checks from a bounded queue. Fixed threads matter as much as the bound: each thread's
/// allocator keeps the 19 MiB it last used, so checks spread over a growing blocking pool keep
/// 19 MiB per thread ever used (measured: 363 MiB after 36 checks two at a time).
#[derive(Debug)]
pub struct PasswordGate {
    queue: SyncSender<Check>,
    /// Checks started (for tests and operators).
    checks: AtomicU64,
    peak_in_flight: Arc<AtomicUsize>,
}

impl PasswordGate {
    /// `workers` checks at once, `queue` more waiting.
    pub fn new(workers: usize, queue: usize) -> PasswordGate {
        // Made now, so the first unknown username is not slower than the rest.
        let _ = dummy_hash();
        let (sender, receiver) = std::sync::mpsc::sync_channel::<Check>(queue);
        let receiver = Arc::new(Mutex::new(receiver));
        let in_flight = Arc::new(AtomicUsize::new(0));
        let peak_in_flight = Arc::new(AtomicUsize::new(0));
        for index in 0..workers.max(1) {
            let (receiver, in_flight, peak) = (receiver.clone(), in_flight.clone(), peak_in_flight.clone());
            let spawned = std::thread::Builder::new()
                .name(format!("password-check-{index}"))
                .spawn(move || check_passwords(&receiver, &in_flight, &peak));
            if let Err(error) = spawned {
                tracing::error!(%error, "cannot start a password-check thread");
            }
        }
        PasswordGate { queue: sender, checks: AtomicU64::new(0), peak_in_flight }
    }

    /// One check per core, and up to 16 per core waiting (about a second's work).
    pub fn for_this_machine() -> PasswordGate {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        PasswordGate::new(cores, cores * 16)
    }

    /// True when `password` matches `stored`. `None` (no such account, or no password) checks
    /// against the dummy hash and is never true. `ApiError::Busy` when the queue is full.
    pub async fn verify(&self, password: &str, stored: Option<&str>) -> Result<bool, ApiError> {
        let (hash, real) = match stored {
            Some(hash) => (hash.to_owned(), true),
            None => (dummy_hash().to_owned(), false),
        };
        let (answer, answered) = tokio::sync::oneshot::channel();
        match self.queue.try_send((password.to_owned(), hash, answer)) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => return Err(ApiError::Busy),
            Err(TrySendError::Disconnected(_)) => return Err(ApiError::Internal("no password-check thread".into())),
        }
        self.checks.fetch_add(1, Ordering::Relaxed);
        let matched = answered.await.map_err(|_| ApiError::Internal("password check lost".into()))?;
        Ok(matched && real)
    }

    /// Password checks started since the gate was made.
    pub fn checks(&self) -> u64 {
        self.checks.load(Ordering::Relaxed)
    }

    /// The most checks that ran at the same moment.
    pub fn peak_in_flight(&self) -> usize {
        self.peak_in_flight.load(Ordering::SeqCst)
    }
}

/// A hashing thread: checks until the gate is dropped.
fn check_passwords(receiver: &Mutex<Receiver<Check>>, in_flight: &AtomicUsize, peak: &AtomicUsize) {
    loop {
        let next = match receiver.lock() {
            Ok(receiver) => receiver.recv(),
            Err(_) => return,
        };
        let Ok((password, hash, answer)) = next else { return };
        let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        peak.fetch_max(now, Ordering::SeqCst);
        let matched = verify_with_reused_memory(&password, &hash);
        in_flight.fetch_sub(1, Ordering::SeqCst);
        // The caller may have hung up; the check is done either way.
        let _ = answer.send(matched);
    }
}

/// `verify_password`, but the 19 MiB of argon2 blocks are this thread's own and reused: with
/// a fresh allocation per check the process kept about 19 MiB per check (measured: ten checks
/// one after another, +190 MiB resident).
fn verify_with_reused_memory(password: &str, stored: &str) -> bool {
    let Ok(hash) = PasswordHash::new(stored) else { return false };
    let (Ok(params), Some(salt), Some(expected)) = (Params::try_from(&hash), hash.salt, hash.hash) else {
        return false;
    };
    if hash.algorithm != argon2::ARGON2ID_IDENT {
        return false;
    }
    let Ok(version) = hash.version.map_or(Ok(Version::default()), Version::try_from) else { return false };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_bytes) else { return false };
    let Some(computed) = argon2_with_reused_memory(version, params, password, salt, expected.len()) else {
        return false;
    };
    // `Output` compares in constant time.
    Output::new(&computed).is_ok_and(|computed| computed == expected)
}

/// A new argon2id hash with the default parameters, in PHC form, on this thread's blocks.
pub(crate) fn hash_with_reused_memory(password: &str, salt: &SaltString) -> Option<String> {
    let params = Params::default();
    let length = params.output_len().unwrap_or(Params::DEFAULT_OUTPUT_LEN);
    let mut salt_bytes = [0u8; 64];
    let salt_raw = salt.as_salt().decode_b64(&mut salt_bytes).ok()?;
    let output = argon2_with_reused_memory(Version::default(), params.clone(), password, salt_raw, length)?;
    let phc = PasswordHash {
        algorithm: argon2::ARGON2ID_IDENT,
        version: Some(Version::default().into()),
        params: ParamsString::try_from(&params).ok()?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&output).ok()?),
    };
    Some(phc.to_string())
}

/// The raw argon2id output, computed in this thread's reused blocks.
fn argon2_with_reused_memory(
    version: Version,
    params: Params,
    password: &str,
    salt: &[u8],
    length: usize,
) -> Option<Vec<u8>> {
    thread_local! {
        static BLOCKS: RefCell<Vec<Block>> = const { RefCell::new(Vec::new()) };
    }
    let blocks_needed = params.block_count();
    let argon2 = Argon2::new(Algorithm::Argon2id, version, params);
    let mut output = vec![0u8; length];
    BLOCKS
        .with_borrow_mut(|blocks| {
            if blocks.len() < blocks_needed {
                blocks.resize(blocks_needed, Block::default());
            }
            argon2.hash_password_into_with_memory(password.as_bytes(), salt, &mut output, &mut blocks[..])
        })
        .ok()?;
    Some(output)
}

/// An argon2id hash of a random password, with the parameters real hashes use.
fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| hash_password(&crate::db::random_id()).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reused_memory_verifies_exactly_as_argon2_does() {
        let stored = hash_password("correct horse").unwrap();
        assert!(verify_with_reused_memory("correct horse", &stored));
        assert!(!verify_with_reused_memory("correct horsf", &stored));
        assert!(!verify_with_reused_memory("correct horse", "not a hash"));
        assert!(!verify_with_reused_memory("", ""));
        assert!(crate::auth::verify_password("correct horse", &stored));
    }
}
