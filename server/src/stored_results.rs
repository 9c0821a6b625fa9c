//! `helder recompute --database-url URL --store` (issue 15 budget 4): every stored case's latest
//! version computed again, with its result document, the result's hash and its Dutch
//! explanation stored in `stored_results` (migration 0017), one row per case. Operations run it
//! after a parameter or rule change; a row names the case version and `rules_version` it was
//! made from, so a reader can tell a stale row from a current one. Every figure in a row is
//! Helder's calculation, not UWV's decision.
//!
//! The run streams: a page of cases is read (keyset by case id), computed, explained and
//! compressed on the rayon pool while the previous page is written and the next one read, so
//! memory stays bounded by three pages whatever the number of cases. A case that does not
//! compute gets its error document in its row and the run goes on. Rerunning replaces every
//! row with the same values.

use rayon::prelude::*;
use sqlx::{AnyConnection, AssertSqlSafe};

use crate::db::Db;

/// Cases read, computed and written per page: one transaction each.
const PAGE: usize = 2_000;
/// Rows per multi-row INSERT: 6 parameters each stays far below SQLite's and PostgreSQL's
/// limits (32,766 and 65,535 bound parameters).
const ROWS_PER_INSERT: usize = 250;
/// zstd level 1: a 50 KB result document (mostly its trace) shrinks about tenfold at several
/// hundred MB/s per core; higher levels gain a few percent for several times the CPU, and the
/// CPU is the budget (220,000 cases in 60 s on 2 cores). Storing the plain JSON would be 11 GB.
const ZSTD_LEVEL: i32 = 1;

/// What `store` did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub cases: usize,
    pub errors: usize,
    /// Bytes of compressed result documents plus explanations written.
    pub bytes: usize,
}

/// One row of `stored_results`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub case_id: String,
    pub version: i64,
    pub outcome: Outcome,
}

/// A computed case, or why it did not compute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Computed {
        result_hash: String,
        result_zstd: Vec<u8>,
        explanation_nl: String,
    },
    /// The CASE-FORMAT error document (or the explain crate's error).
    Failed {
        error: String,
    },
}

/// Computes, explains and compresses one case document: the row `store` writes.
pub fn row(case_id: String, version: i64, document: &str) -> Row {
    Row { case_id, version, outcome: outcome(document) }
}

fn outcome(document: &str) -> Outcome {
    let failed = |error: String| Outcome::Failed { error };
    let internal = |error: String| failed(serde_json::json!({"error": "internal", "message": error}).to_string());
    let case = match helder_core::contract::parse_case(document) {
        Ok(case) => case,
        Err(error) => return failed(error.to_json()),
    };
    let computed = match helder_core::compute_case(&case) {
        Ok(computed) => computed,
        Err(error) => return failed(error.to_json()),
    };
    // The trace as lines once: the explanation reads them, and they serialize to the bytes of
    // `helder_core::compute` (the document read back is these lines), so every value is
    // formatted once instead of once for the JSON and again for the explanation.
    let mut result = computed.into_lines();
    // Serialized once into this thread's buffer (its trace lines by hand: the same bytes as
    // serde's, 5 % less CPU for the whole run); hashed and compressed from there.
    THREAD.with_borrow_mut(|thread| {
        thread.json.clear();
        if let Err(error) = helder_core::contract::write_result(&mut result, &mut thread.json) {
            return internal(error.to_string());
        }
        let explanation = match helder_explain::explain(&result, "nl") {
            Ok(explanation) => explanation.to_text(),
            Err(error) => {
                return failed(
                    serde_json::json!({"error": "explain", "path": "/explain", "message": error.to_string()})
                        .to_string(),
                );
            }
        };
        let compressor = match &mut thread.compressor {
            Some(compressor) => compressor,
            None => match zstd::bulk::Compressor::new(ZSTD_LEVEL) {
                Ok(compressor) => thread.compressor.insert(compressor),
                Err(error) => return internal(error.to_string()),
            },
        };
        match compressor.compress(&thread.json) {
            Ok(result_zstd) => Outcome::Computed {
                // The API's `result_hash` of the same document, so a stored row and a case view agree.
                result_hash: crate::api::sha256_hex(&thread.json),
                result_zstd,
                explanation_nl: explanation,
            },
            Err(error) => internal(error.to_string()),
        }
    })
}

/// What each rayon thread keeps from case to case: the result document's buffer and a zstd
/// context (creating one per case cost 1.5 % of the run).
#[derive(Default)]
struct Thread {
    json: Vec<u8>,
    compressor: Option<zstd::bulk::Compressor<'static>>,
}

thread_local! {
    static THREAD: std::cell::RefCell<Thread> = std::cell::RefCell::default();
}

/// Recomputes every stored case's latest version into `stored_results` on `threads` threads.
pub async fn store(db: &Db, threads: usize) -> Result<Summary, Error> {
    store_in_pages(db, threads, PAGE).await
}

/// `store` with `page` cases per page (tests use small pages to see the pages follow each other).
pub async fn store_in_pages(db: &Db, threads: usize, page: usize) -> Result<Summary, Error> {
    let page_size = page.max(1);
    let pool = std::sync::Arc::new(rayon::ThreadPoolBuilder::new().num_threads(threads.max(1)).build()?);
    let mut summary = Summary::default();
    let mut page = latest_page(db, "", page_size).await?;
    let mut computed: Option<Vec<Row>> = None;
    while let Some(after) = page.last().map(|(id, _, _)| id.clone()) {
        let pool = pool.clone();
        let computing = tokio::task::spawn_blocking(move || {
            pool.install(|| page.into_par_iter().map(|(id, version, document)| row(id, version, &document)).collect())
        });
        // While this page computes, the previous one is written and the next one read, so the
        // cores never wait for the database between pages.
        let previous = computed.take();
        let writing = async {
            match &previous {
                Some(rows) => write(db, rows, &mut summary).await,
                None => Ok(()),
            }
        };
        let (written, next) = tokio::join!(writing, latest_page(db, &after, page_size));
        written?;
        page = next?;
        computed = Some(computing.await.map_err(|e| Error::Compute(e.to_string()))?);
    }
    if let Some(rows) = computed {
        write(db, &rows, &mut summary).await?;
    }
    Ok(summary)
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("threads: {0}")]
    Threads(#[from] rayon::ThreadPoolBuildError),
    #[error("computing: {0}")]
    Compute(String),
}

/// Up to `page` cases after `after` (by case id) with their latest version and document.
async fn latest_page(db: &Db, after: &str, page: usize) -> Result<Vec<(String, i64, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT v.case_id, v.version, v.document FROM case_versions v
         JOIN (SELECT case_id, MAX(version) AS version FROM case_versions WHERE case_id > $1
               GROUP BY case_id ORDER BY case_id LIMIT $2) m
           ON m.case_id = v.case_id AND m.version = v.version
         ORDER BY v.case_id",
    )
    .bind(after)
    .bind(i64::try_from(page).unwrap_or(i64::MAX))
    .fetch_all(&db.pool)
    .await
}

async fn write(db: &Db, rows: &[Row], summary: &mut Summary) -> Result<(), sqlx::Error> {
    let mut transaction = db.begin_write().await?;
    for chunk in rows.chunks(ROWS_PER_INSERT) {
        insert(&mut transaction, chunk).await?;
    }
    transaction.commit().await?;
    for row in rows {
        summary.cases += 1;
        match &row.outcome {
            Outcome::Computed { result_zstd, explanation_nl, .. } => {
                summary.bytes += result_zstd.len() + explanation_nl.len();
            }
            Outcome::Failed { .. } => summary.errors += 1,
        }
    }
    Ok(())
}

/// One multi-row INSERT that replaces the rows of these cases.
async fn insert(connection: &mut AnyConnection, rows: &[Row]) -> Result<(), sqlx::Error> {
    let mut sql = String::from(
        "INSERT INTO stored_results (case_id, version, rules_version, origin, result_hash, result_zstd,
           explanation_nl, error) VALUES ",
    );
    for index in 0..rows.len() {
        let at = index * 6;
        if index > 0 {
            sql.push(',');
        }
        sql.push_str(&format!(
            "(${}, ${}, $1, 'helder_calculation', ${}, ${}, ${}, ${})",
            at + 2,
            at + 3,
            at + 4,
            at + 5,
            at + 6,
            at + 7
        ));
    }
    sql.push_str(
        " ON CONFLICT (case_id) DO UPDATE SET version = excluded.version, rules_version = excluded.rules_version,
           result_hash = excluded.result_hash, result_zstd = excluded.result_zstd,
           explanation_nl = excluded.explanation_nl, error = excluded.error",
    );
    // Only placeholders are formatted into the text; every value is bound.
    let mut query = sqlx::query(AssertSqlSafe(sql)).bind(helder_core::rules_version());
    for row in rows {
        query = query.bind(&row.case_id).bind(row.version);
        query = match &row.outcome {
            Outcome::Computed { result_hash, result_zstd, explanation_nl } => query
                .bind(Some(result_hash.as_str()))
                .bind(Some(result_zstd.as_slice()))
                .bind(Some(explanation_nl.as_str()))
                .bind(None::<&str>),
            Outcome::Failed { error } => {
                query.bind(None::<&str>).bind(None::<&[u8]>).bind(None::<&str>).bind(Some(error.as_str()))
            }
        };
    }
    query.execute(connection).await?;
    Ok(())
}

/// A stored result document back as the JSON `helder compute` writes.
pub fn decompress(result_zstd: &[u8]) -> std::io::Result<String> {
    let bytes = zstd::stream::decode_all(result_zstd)?;
    String::from_utf8(bytes).map_err(std::io::Error::other)
}
