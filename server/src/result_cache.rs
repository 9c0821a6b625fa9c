//! Results and explanations of stored case versions, keyed by (case, version, language and
//! reader), bounded by their size: at most `capacity_bytes` of JSON (the result, explanation and estimates as
//! sent), 64 MiB by default. When an entry does not fit, the oldest entries go first. (It was
//! bounded by 20,000 entries, which at about 27 KB an entry let it hold some 530 MB.)
//!
//! A stored version never changes and the rules version is fixed for the binary, so an entry is
//! never stale; that is also why each instance may keep its own cache: two instances on one
//! database compute the same bytes for the same key (the result hash says so), and a cache miss
//! only costs a computation.

use helder_api::CaseResult;
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use crate::error::ApiError;

/// 64 MiB of cached JSON.
pub const RESULT_CACHE_BYTES: usize = 64 * 1024 * 1024;

type Key = (String, i64, String);

pub struct ResultCache {
    capacity_bytes: usize,
    inner: Mutex<Entries>,
}

#[derive(Default)]
struct Entries {
    by_key: HashMap<Key, (Arc<CaseResult>, usize)>,
    /// Keys in the order they came in: the first to go.
    order: VecDeque<Key>,
    bytes: usize,
}

impl Default for ResultCache {
    fn default() -> ResultCache {
        ResultCache::with_capacity_bytes(RESULT_CACHE_BYTES)
    }
}

impl ResultCache {
    pub fn with_capacity_bytes(capacity_bytes: usize) -> ResultCache {
        ResultCache { capacity_bytes, inner: Mutex::new(Entries::default()) }
    }

    /// The result, its hash and the explanation, with the result and explanation already
    /// serialized (a view sends them as they are).
    pub fn get_or_compute(
        &self,
        case_id: &str,
        version: i64,
        language: &str,
        document: &str,
    ) -> Result<Arc<CaseResult>, ApiError> {
        self.get_or_compute_for(case_id, version, language, &helder_explain::Reader::Client, document)
    }

    /// The same, explained to `reader`; each reader's text is its own entry (a supporter's names
    /// the client).
    pub fn get_or_compute_for(
        &self,
        case_id: &str,
        version: i64,
        language: &str,
        reader: &helder_explain::Reader,
        document: &str,
    ) -> Result<Arc<CaseResult>, ApiError> {
        let key = (case_id.to_owned(), version, format!("{language}/{}", reader.key()));
        if let Some(hit) = self.inner.lock().ok().and_then(|e| e.by_key.get(&key).map(|(hit, _)| hit.clone())) {
            return Ok(hit);
        }
        let computed = Arc::new(crate::api::result_and_explanation_for(document, language, reader)?);
        self.insert(key, computed.clone());
        Ok(computed)
    }

    fn insert(&self, key: Key, value: Arc<CaseResult>) {
        // The JSON as sent, plus the key: what the entry costs, to within its bookkeeping.
        let size = serde_json::to_vec(value.as_ref())
            .map_or(usize::MAX, |json| json.len())
            .saturating_add(key.0.len() + key.2.len() + 8);
        if size > self.capacity_bytes {
            return;
        }
        let Ok(mut entries) = self.inner.lock() else { return };
        if entries.by_key.contains_key(&key) {
            return;
        }
        while entries.bytes + size > self.capacity_bytes {
            let Some(oldest) = entries.order.pop_front() else { break };
            if let Some((_, freed)) = entries.by_key.remove(&oldest) {
                entries.bytes -= freed;
            }
        }
        entries.bytes += size;
        entries.order.push_back(key.clone());
        entries.by_key.insert(key, (value, size));
    }

    /// The bytes held now (never above the capacity).
    pub fn bytes(&self) -> usize {
        self.inner.lock().map_or(0, |e| e.bytes)
    }

    /// The entries held now.
    pub fn len(&self) -> usize {
        self.inner.lock().map_or(0, |e| e.by_key.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
