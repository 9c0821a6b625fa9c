//! `helder backup` and `helder restore` on SQLite and PostgreSQL: a backup of a database in use,
//! restored into a new one, holds every row of every table; the audit trail and the access log
//! refuse changes in the database itself.

mod common;

use helder_server::db::{APPEND_ONLY_TABLES, Backend, Db};
use sqlx::{AssertSqlSafe, Row};

/// Every table of the database with all its rows as text, sorted: what a restore must reproduce.
async fn every_table(db: &Db) -> Vec<(String, Vec<Vec<String>>)> {
    let list = match db.backend {
        Backend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        }
        Backend::Postgres => {
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name"
        }
    };
    let tables: Vec<(String,)> = sqlx::query_as(list).fetch_all(&db.pool).await.expect("table list");
    let mut out = Vec::new();
    for (table,) in tables {
        let columns_query = match db.backend {
            Backend::Sqlite => "SELECT name FROM pragma_table_info($1) ORDER BY cid",
            Backend::Postgres => {
                "SELECT column_name::text FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position"
            }
        };
        let columns: Vec<String> = sqlx::query_as::<_, (String,)>(columns_query)
            .bind(&table)
            .fetch_all(&db.pool)
            .await
            .unwrap()
            .into_iter()
            .map(|(name,)| name)
            .collect();
        let mut rows = Vec::new();
        if !columns.is_empty() {
            // SQLite's quote() renders any value (blobs too) as text; PostgreSQL casts.
            let select: Vec<String> = columns
                .iter()
                .map(|c| match db.backend {
                    Backend::Sqlite => format!("quote({c})"),
                    Backend::Postgres => format!("CAST({c} AS TEXT)"),
                })
                .collect();
            let query = format!("SELECT {} FROM {table}", select.join(", "));
            for row in sqlx::query(AssertSqlSafe(query)).fetch_all(&db.pool).await.unwrap() {
                rows.push(
                    (0..columns.len())
                        .map(|i| row.try_get::<Option<String>, _>(i).unwrap().unwrap_or_default())
                        .collect(),
                );
            }
        }
        rows.sort();
        out.push((table, rows));
    }
    out
}

async fn append_only_holds(db: &Db) {
    for table in APPEND_ONLY_TABLES {
        let count: (i64,) =
            sqlx::query_as(AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}"))).fetch_one(&db.pool).await.unwrap();
        assert!(count.0 > 0, "{table} should have rows to protect");
        let update = sqlx::query(AssertSqlSafe(format!("UPDATE {table} SET role = 'forged'"))).execute(&db.pool).await;
        assert!(update.is_err_and(|e| e.to_string().contains("append-only")), "{table}: UPDATE must be refused");
        let delete = sqlx::query(AssertSqlSafe(format!("DELETE FROM {table}"))).execute(&db.pool).await;
        assert!(delete.is_err_and(|e| e.to_string().contains("append-only")), "{table}: DELETE must be refused");
        let after: (i64,) =
            sqlx::query_as(AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}"))).fetch_one(&db.pool).await.unwrap();
        assert_eq!(after, count, "{table}: nothing changed");
    }
    if db.backend == Backend::Postgres {
        let truncate = sqlx::query("TRUNCATE audit").execute(&db.pool).await;
        assert!(truncate.is_err_and(|e| e.to_string().contains("append-only")), "TRUNCATE must be refused");
    }
}

/// A demo database with activity in it: sign-ins, a staff view with a reason (access log), a
/// consent.
async fn database_in_use(url: &str) -> Db {
    let (app, db) = common::demo_app(url).await;
    let mut staff = common::sign_in(&app, "carla", helder_server::demo::DEMO_PASSWORD).await;
    staff.reason = Some("Vraag over terugbetaling".to_owned());
    let (status, body, _) = common::send(&app, &staff, "GET", "/api/v1/cases/WIA-DEMO-04", None).await;
    assert_eq!(status, axum::http::StatusCode::OK, "{body}");
    db
}

#[tokio::test]
async fn sqlite_backup_while_in_use_restores_every_row_and_audit_is_append_only() {
    let url = common::sqlite_url();
    let db = database_in_use(&url).await;
    let before = every_table(&db).await;
    assert!(before.iter().any(|(t, rows)| t == "access_log" && !rows.is_empty()));
    let folder = std::env::temp_dir().join(format!("helder-backup-{}", helder_tests::postgres::free_port()));
    // A port is free now but may have named a folder of an earlier run: start from nothing.
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    let file = folder.join("backup.db");
    helder_server::backup::backup(&url, &file).await.expect("backup");
    assert!(helder_server::backup::backup(&url, &file).await.is_err(), "a backup never overwrites a file");

    let restored_url = format!("sqlite://{}", folder.join("restored.db").display());
    helder_server::backup::restore(&file, &restored_url).await.expect("restore");
    let restored = Db::connect(&restored_url).await.unwrap();
    assert_eq!(every_table(&restored).await, before, "every table restored row for row");
    assert!(helder_server::backup::restore(&file, &restored_url).await.is_err(), "restore never overwrites");
    append_only_holds(&restored).await;
    append_only_holds(&db).await;
}

#[tokio::test]
async fn postgres_backup_while_in_use_restores_every_row_and_audit_is_append_only() {
    let server = common::start_postgres();
    let db = database_in_use(&server.url).await;
    let before = every_table(&db).await;
    let file = std::env::temp_dir().join(format!("helder-pg-backup-{}.dump", helder_tests::postgres::free_port()));
    helder_server::backup::backup(&server.url, &file).await.expect("pg_dump backup");

    let target = common::start_postgres();
    helder_server::backup::restore(&file, &target.url).await.expect("pg_restore");
    let restored = Db::connect(&target.url).await.unwrap();
    assert_eq!(every_table(&restored).await, before, "every table restored row for row");
    assert!(
        matches!(
            helder_server::backup::restore(&file, &target.url).await,
            Err(helder_server::backup::BackupError::NotEmpty)
        ),
        "restore never lands on a database with Helder's tables"
    );
    append_only_holds(&restored).await;
    append_only_holds(&db).await;
    let _ = std::fs::remove_file(file);
}
