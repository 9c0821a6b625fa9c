//! `helder recompute --store` (issue 15 budget 4): every stored case's latest version with its
//! result, the result's hash and its Dutch explanation in `stored_results`; a case that does not
//! compute is reported and the others are stored; a rerun changes nothing.

mod common;

use common::{demo_app, sqlite_url, start_postgres};
use helder_server::db::Db;
use helder_server::stored_results::{Summary, decompress, store, store_in_pages};
use sha2::{Digest, Sha256};

type Stored = (String, i64, String, String, Option<String>, Option<Vec<u8>>, Option<String>, Option<String>);

async fn rows(db: &Db) -> Vec<Stored> {
    sqlx::query_as(
        "SELECT case_id, version, rules_version, origin, result_hash, result_zstd, explanation_nl, error
         FROM stored_results ORDER BY case_id",
    )
    .fetch_all(&db.pool)
    .await
    .expect("stored results")
}

async fn add_version(db: &Db, case_id: &str, version: i64, document: &str) {
    sqlx::query(
        "INSERT INTO case_versions (case_id, version, document, created_at, created_by)
         VALUES ($1, $2, $3, '2026-11-28T12:00:00Z', 'test')",
    )
    .bind(case_id)
    .bind(version)
    .bind(document)
    .execute(&db.pool)
    .await
    .expect("a version");
}

async fn every_case_stored_with_its_result_and_explanation(url: &str) {
    let (_app, db) = demo_app(url).await;
    // WIA-DEMO-02 has a second version (the same facts); WIA-DEMO-03's latest version does not
    // compute (a document of another schema).
    let latest = db.all_latest_documents().await.expect("documents");
    let demo_02 = latest.iter().find(|(id, _)| id == "WIA-DEMO-02").expect("demo 02").1.clone();
    add_version(&db, "WIA-DEMO-02", 2, &demo_02).await;
    add_version(&db, "WIA-DEMO-03", 2, r#"{"schema": "helder-case/0"}"#).await;
    let cases = latest.len();
    assert_eq!(cases, 24);

    let summary = store(&db, 2).await.expect("stored");
    assert_eq!(summary.cases, 24);
    assert_eq!(summary.errors, 1);
    let stored = rows(&db).await;
    assert_eq!(stored.len(), 24, "one row per case");
    let mut bytes = 0;
    for (case_id, version, rules_version, origin, hash, zstd, explanation, error) in &stored {
        assert_eq!(rules_version, &helder_core::rules_version());
        assert_eq!(origin, "helder_calculation");
        let expected_version = match case_id.as_str() {
            "WIA-DEMO-02" | "WIA-DEMO-03" => 2,
            _ => 1,
        };
        assert_eq!(*version, expected_version, "{case_id}: its latest version");
        if case_id == "WIA-DEMO-03" {
            let error = error.as_deref().expect("the error is stored");
            assert!(error.contains(r#""error":"#), "{error}");
            assert_eq!((hash, zstd, explanation), (&None, &None, &None));
            continue;
        }
        assert_eq!(error, &None, "{case_id}");
        let document = &latest.iter().find(|(id, _)| id == case_id).expect("document").1;
        // What `helder compute` and `helder compute --explain nl` print for this case.
        let Ok(computed) = helder_server::cli::compute_bytes(document.as_bytes()) else { panic!("computes") };
        let Ok(explained) = helder_server::cli::explain_bytes(document.as_bytes(), "nl", false) else {
            panic!("explains")
        };
        let zstd = zstd.as_deref().expect("result stored");
        let result = decompress(zstd).expect("decompresses");
        assert_eq!(result, computed, "{case_id}: byte-identical to helder compute");
        let hash_of_result: String = Sha256::digest(computed.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hash.as_deref(), Some(hash_of_result.as_str()), "{case_id}");
        assert_eq!(explanation.as_deref(), Some(explained.as_str()), "{case_id}");
        assert!(zstd.len() * 2 < result.len(), "{case_id}: compressed");
        bytes += zstd.len() + explained.len();
    }
    assert_eq!(summary, Summary { cases: 24, errors: 1, bytes });
    // The euro sign and the amount are joined by a no-break space.
    let demo_01 = stored.iter().find(|row| row.0 == "WIA-DEMO-01").and_then(|row| row.6.clone()).expect("demo 01");
    assert!(demo_01.contains("In augustus 2024 was die €\u{a0}2.782,91 bruto."), "{demo_01}");
    assert!(demo_01.contains("was uw dagloon (uw loon per werkdag) €\u{a0}165,47."), "{demo_01}");
    assert!(demo_01.contains("Uw maandloon (uw loon per maand) is €\u{a0}3.598,97."), "{demo_01}");

    // Rerunning replaces every row with the same values.
    assert_eq!(store(&db, 1).await.expect("stored again"), summary);
    assert_eq!(rows(&db).await, stored);
    // In pages of 5 (five pages, each read while the one before computes and the one before that
    // is written): the same rows.
    sqlx::query("DELETE FROM stored_results").execute(&db.pool).await.expect("emptied");
    assert_eq!(store_in_pages(&db, 2, 5).await.expect("stored in pages"), summary);
    assert_eq!(rows(&db).await, stored);
}

#[tokio::test]
async fn every_case_stored_with_its_result_and_explanation_on_sqlite() {
    every_case_stored_with_its_result_and_explanation(&sqlite_url()).await;
}

#[tokio::test]
async fn every_case_stored_with_its_result_and_explanation_on_postgresql() {
    let pg = start_postgres();
    every_case_stored_with_its_result_and_explanation(&pg.url).await;
    // The zstd document is stored as it is and the explanation compressed with lz4, not pglz
    // (`db::stored_results_storage`).
    let db = Db::connect(&pg.url).await.expect("connects again");
    let storage: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT attname::text, attstorage::text, attcompression::text FROM pg_attribute
         WHERE attrelid = 'stored_results'::regclass AND attname IN ('result_zstd', 'explanation_nl')
         ORDER BY attname",
    )
    .fetch_all(&db.pool)
    .await
    .expect("column storage");
    let expected = [("explanation_nl", "x", "l"), ("result_zstd", "e", "")];
    assert_eq!(storage, expected.map(|(a, b, c)| (a.to_owned(), b.to_owned(), c.to_owned())));
}
