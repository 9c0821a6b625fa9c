//! The database: SQLite (embedded, the default) or PostgreSQL, through one sqlx `Any` pool.
//! Queries use `$1…$n` placeholders, which both engines accept, and portable SQL only.

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Executor};

/// Which engine the pool speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
    /// Idle timeout, lifetime and per-account cap of sessions (`helder serve` settings).
    pub session_policy: crate::session_policy::SessionPolicy,
    appender: tokio::sync::mpsc::UnboundedSender<(Append, tokio::sync::oneshot::Sender<Result<(), String>>)>,
}

/// A row for the append-only tables, written by the group-commit task.
#[derive(Debug)]
enum Append {
    Audit { actor: String, role: String, action: String, object: String, result: String, origin: String },
    Access { case_id: String, actor_id: String, role: String, reason: Option<String>, kind: &'static str },
}

/// The write-ahead log is checkpointed and restarted from its start once it holds this many
/// frames (pages): 1024 frames of 4 KiB, 4 MiB.
pub const WAL_RESTART_FRAMES: i64 = 1024;
/// After a restart the log file is cut back to 4 MiB, so one burst of writes does not leave a
/// large file behind.
const JOURNAL_SIZE_LIMIT: &str = "PRAGMA journal_size_limit = 4194304";

/// Copies the write-ahead log back into the database file four times a second, without blocking
/// writers (PASSIVE). A passive checkpoint copies pages but never restarts the log: SQLite writes
/// from the log's start again only when no reader is still reading from the log, and under
/// sustained case views (each one reads, and appends its access row) there always is one, so the
/// log grew without end (security review, finding 10: 560 MB in 45 s beside an 11 MB database).
/// So once the log holds `WAL_RESTART_FRAMES`, a TRUNCATE checkpoint waits (busy timeout) until
/// the readers of the log have finished, which new readers do not prolong (they read the
/// checkpointed database file), and cuts the log to nothing. Writers wait during it, a few ms.
/// Every 250 ms, not every second: at 820 case views a second (a release-like rate on a quiet
/// machine) a second's writes plus the wait for readers took the log past 16 MiB.
async fn checkpoint_wal(pool: AnyPool) {
    let mut tick = tokio::time::interval(std::time::Duration::from_millis(250));
    loop {
        tick.tick().await;
        if pool.is_closed() {
            break;
        }
        // busy, frames in the log, frames checkpointed
        let passive: Result<(i64, i64, i64), _> =
            sqlx::query_as("PRAGMA wal_checkpoint(PASSIVE)").fetch_one(&pool).await;
        let frames = match passive {
            Ok((_, frames, _)) => frames,
            Err(error) => {
                tracing::warn!(%error, "WAL checkpoint failed");
                continue;
            }
        };
        if frames >= WAL_RESTART_FRAMES
            && let Err(error) = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&pool).await
        {
            tracing::warn!(%error, frames, "WAL restart failed");
        }
    }
}

/// Group commit: every waiting row goes into one transaction, and each caller is answered only
/// after that transaction is durably committed. Under load many rows share one fsync.
async fn append_rows(
    pool: AnyPool,
    mut receiver: tokio::sync::mpsc::UnboundedReceiver<(Append, tokio::sync::oneshot::Sender<Result<(), String>>)>,
) {
    while let Some(first) = receiver.recv().await {
        let mut batch = vec![first];
        while batch.len() < 512 {
            match receiver.try_recv() {
                Ok(next) => batch.push(next),
                Err(_) => break,
            }
        }
        let rows: Vec<&Append> = batch.iter().map(|(row, _)| row).collect();
        match write_batch(&pool, &rows).await {
            Ok(()) => {
                for (_, answer) in batch {
                    let _ = answer.send(Ok(()));
                }
            }
            // One bad row must not fail the others (security review, finding 4): the batch was
            // rolled back as a whole; write each row in a transaction of its own, so only the
            // bad row's request fails.
            Err(error) if batch.len() > 1 => {
                tracing::warn!(%error, rows = batch.len(), "group commit failed; committing its rows one by one");
                for (row, answer) in batch {
                    let _ = answer.send(write_batch(&pool, &[&row]).await.map_err(|e| e.to_string()));
                }
            }
            Err(error) => {
                for (_, answer) in batch {
                    let _ = answer.send(Err(error.to_string()));
                }
            }
        }
    }
}

async fn write_batch(pool: &AnyPool, batch: &[&Append]) -> Result<(), sqlx::Error> {
    let mut transaction = pool.begin().await?;
    for row in batch {
        match row {
            Append::Audit { actor, role, action, object, result, origin } => {
                sqlx::query(
                    "INSERT INTO audit (id, at, actor, role, action, object, result, origin)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(random_id())
                .bind(now())
                .bind(actor)
                .bind(role)
                .bind(action)
                .bind(object)
                .bind(result)
                .bind(origin)
                .execute(&mut *transaction)
                .await?;
            }
            Append::Access { case_id, actor_id, role, reason, kind } => {
                sqlx::query(
                    "INSERT INTO access_log (id, case_id, actor_id, role, reason, at, kind)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(random_id())
                .bind(case_id)
                .bind(actor_id)
                .bind(role)
                .bind(reason)
                .bind(now())
                .bind(*kind)
                .execute(&mut *transaction)
                .await?;
            }
        }
    }
    transaction.commit().await
}

/// The tables the database itself keeps append-only: the audit trail and the access log clients
/// read. Triggers refuse every UPDATE, DELETE (and in PostgreSQL TRUNCATE) on them, whatever the
/// application or an operator with SQL access does. The communication log (`sent_letters`,
/// `letters`) is guarded the same way; its own test checks it. The SQL differs per engine, so it runs here
/// (idempotently, on every start) rather than in the portable migrations.
pub const APPEND_ONLY_TABLES: [&str; 2] = ["audit", "access_log"];

/// PostgreSQL keeps `stored_results`' large values out of line (TOAST) and by default compresses
/// them with pglz in the backend. The result document is zstd-compressed already, so it is stored
/// as it is (`EXTERNAL`); the explanation is text that compresses well, with lz4, which costs
/// the backend a fraction of pglz's CPU (issue 15 budget 4: at 220,000 cases pglz took about a
/// tenth of the run). SQLite stores both as they are. Checked first, so an instance that starts
/// against a tuned table takes no lock; a server built without lz4 keeps pglz and says so.
async fn stored_results_storage(pool: &AnyPool) -> Result<(), sqlx::Error> {
    let (storage, compression): (String, String) = sqlx::query_as(
        "SELECT
           (SELECT attstorage::text FROM pg_attribute
             WHERE attrelid = 'stored_results'::regclass AND attname = 'result_zstd'),
           (SELECT attcompression::text FROM pg_attribute
             WHERE attrelid = 'stored_results'::regclass AND attname = 'explanation_nl')",
    )
    .fetch_one(pool)
    .await?;
    if storage != "e" {
        sqlx::query("ALTER TABLE stored_results ALTER COLUMN result_zstd SET STORAGE EXTERNAL").execute(pool).await?;
    }
    if compression != "l"
        && let Err(error) = sqlx::query("ALTER TABLE stored_results ALTER COLUMN explanation_nl SET COMPRESSION lz4")
            .execute(pool)
            .await
    {
        tracing::warn!(%error, "PostgreSQL without lz4: stored explanations keep pglz compression");
    }
    Ok(())
}

async fn guard_append_only(pool: &AnyPool, backend: Backend) -> Result<(), sqlx::Error> {
    let mut transaction = pool.begin().await?;
    if backend == Backend::Postgres {
        // Several instances may start at once: one at a time creates the triggers.
        sqlx::query("SELECT pg_advisory_xact_lock(7432001)").execute(&mut *transaction).await?;
        sqlx::query(
            "CREATE OR REPLACE FUNCTION helder_append_only() RETURNS trigger LANGUAGE plpgsql AS
             $$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$",
        )
        .execute(&mut *transaction)
        .await?;
    }
    let statements: &[&str] = match backend {
        Backend::Sqlite => &[
            "CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
             BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END",
            "CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
             BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END",
            "CREATE TRIGGER IF NOT EXISTS access_log_no_update BEFORE UPDATE ON access_log
             BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END",
            "CREATE TRIGGER IF NOT EXISTS access_log_no_delete BEFORE DELETE ON access_log
             BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END",
            "CREATE TRIGGER IF NOT EXISTS sent_letters_no_update BEFORE UPDATE ON sent_letters
             BEGIN SELECT RAISE(ABORT, 'sent_letters is append-only'); END",
            "CREATE TRIGGER IF NOT EXISTS sent_letters_no_delete BEFORE DELETE ON sent_letters
             BEGIN SELECT RAISE(ABORT, 'sent_letters is append-only'); END",
            "CREATE TRIGGER IF NOT EXISTS correction_requests_no_update BEFORE UPDATE ON correction_requests
             BEGIN SELECT RAISE(ABORT, 'correction_requests is append-only'); END",
            "CREATE TRIGGER IF NOT EXISTS correction_requests_no_delete BEFORE DELETE ON correction_requests
             BEGIN SELECT RAISE(ABORT, 'correction_requests is append-only'); END",
            "CREATE TRIGGER IF NOT EXISTS correction_request_trail_no_update BEFORE UPDATE ON correction_request_trail
             BEGIN SELECT RAISE(ABORT, 'correction_request_trail is append-only'); END",
            "CREATE TRIGGER IF NOT EXISTS correction_request_trail_no_delete BEFORE DELETE ON correction_request_trail
             BEGIN SELECT RAISE(ABORT, 'correction_request_trail is append-only'); END",
        ],
        Backend::Postgres => &[
            "CREATE OR REPLACE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
             FOR EACH ROW EXECUTE FUNCTION helder_append_only()",
            "CREATE OR REPLACE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
             FOR EACH STATEMENT EXECUTE FUNCTION helder_append_only()",
            "CREATE OR REPLACE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
             FOR EACH ROW EXECUTE FUNCTION helder_append_only()",
            "CREATE OR REPLACE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
             FOR EACH STATEMENT EXECUTE FUNCTION helder_append_only()",
            "CREATE OR REPLACE TRIGGER sent_letters_append_only BEFORE UPDATE OR DELETE ON sent_letters
             FOR EACH ROW EXECUTE FUNCTION helder_append_only()",
            "CREATE OR REPLACE TRIGGER sent_letters_no_truncate BEFORE TRUNCATE ON sent_letters
             FOR EACH STATEMENT EXECUTE FUNCTION helder_append_only()",
            "CREATE OR REPLACE TRIGGER correction_requests_append_only BEFORE UPDATE OR DELETE ON correction_requests
             FOR EACH ROW EXECUTE FUNCTION helder_append_only()",
            "CREATE OR REPLACE TRIGGER correction_requests_no_truncate BEFORE TRUNCATE ON correction_requests
             FOR EACH STATEMENT EXECUTE FUNCTION helder_append_only()",
            "CREATE OR REPLACE TRIGGER correction_request_trail_append_only BEFORE UPDATE OR DELETE ON correction_request_trail
             FOR EACH ROW EXECUTE FUNCTION helder_append_only()",
            "CREATE OR REPLACE TRIGGER correction_request_trail_no_truncate BEFORE TRUNCATE ON correction_request_trail
             FOR EACH STATEMENT EXECUTE FUNCTION helder_append_only()",
        ],
    };
    for statement in statements {
        sqlx::query(*statement).execute(&mut *transaction).await?;
    }
    transaction.commit().await
}

/// Now, as the RFC 3339 UTC text stored in the database (sorts as time).
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// 128 random bits as hex: ids and tokens.
pub fn random_id() -> String {
    let mut bytes = [0u8; 16];
    // The OS random source does not fail on supported platforms; a zeroed id would be caught by
    // the primary keys.
    let _ = getrandom::fill(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Db {
    /// Connects and migrates. `sqlite://PATH` creates the file; `postgres://…` for production.
    pub async fn connect(url: &str) -> Result<Db, sqlx::Error> {
        install_default_drivers();
        let backend = if url.starts_with("postgres") { Backend::Postgres } else { Backend::Sqlite };
        let url = match backend {
            Backend::Sqlite if !url.contains("mode=") => {
                format!("{url}{}mode=rwc", if url.contains('?') { "&" } else { "?" })
            }
            _ => url.to_owned(),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 4 } else { 16 })
            .after_connect(move |connection, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // Durability first: WAL with a full sync on every commit.
                        connection.execute("PRAGMA journal_mode = WAL").await?;
                        connection.execute("PRAGMA synchronous = FULL").await?;
                        connection.execute("PRAGMA foreign_keys = ON").await?;
                        connection.execute("PRAGMA busy_timeout = 5000").await?;
                        // Checkpoints run in the background task below, not inside a request's
                        // commit (where they showed up as a latency tail).
                        connection.execute("PRAGMA wal_autocheckpoint = 0").await?;
                        connection.execute(JOURNAL_SIZE_LIMIT).await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        guard_append_only(&pool, backend).await?;
        if backend == Backend::Postgres {
            stored_results_storage(&pool).await?;
        }
        let (appender, receiver) = tokio::sync::mpsc::unbounded_channel();
        tokio::spawn(append_rows(pool.clone(), receiver));
        if backend == Backend::Sqlite {
            tokio::spawn(checkpoint_wal(pool.clone()));
        }
        let db = Db { pool, backend, session_policy: Default::default(), appender };
        // The dashboard's per-case rows of cases stored before them or under other rules.
        crate::case_summary::refresh(&db).await?;
        Ok(db)
    }

    /// Appends a row through the group-commit task and waits until it is committed.
    async fn append(&self, row: Append) -> Result<(), sqlx::Error> {
        let (answer, committed) = tokio::sync::oneshot::channel();
        self.appender.send((row, answer)).map_err(|_| sqlx::Error::PoolClosed)?;
        match committed.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(detail)) => Err(sqlx::Error::Protocol(detail)),
            Err(_) => Err(sqlx::Error::PoolClosed),
        }
    }

    /// A transaction that writes. On SQLite it takes the write lock when it begins (`BEGIN
    /// IMMEDIATE`), so a second writer waits for it (`busy_timeout`) instead of failing with
    /// "database is locked": two deferred transactions that both read and then write cannot both
    /// commit, and SQLite refuses the second at once rather than waiting.
    pub async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }

    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        sqlx::query("SELECT 1").execute(&self.pool).await.map(|_| ())
    }
}

/// A person who signs in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub id: String,
    pub role: String,
    pub display_name: String,
    pub username: Option<String>,
}

type AccountRow = (String, String, String, Option<String>);
/// An account row with its password hash.
type AccountWithHash = (String, String, String, Option<String>, Option<String>);
/// id, case, supporter id and name, granted, valid until, revoked.
type ConsentRow = (String, String, String, String, String, String, Option<String>);

fn account((id, role, display_name, username): AccountRow) -> Account {
    Account { id, role, display_name, username }
}

impl Db {
    pub async fn insert_account(
        &self,
        id: &str,
        role: &str,
        display_name: &str,
        username: Option<&str>,
        password_hash: Option<&str>,
        bsn: Option<&str>,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO accounts (id, role, display_name, username, password_hash, bsn, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id)
        .bind(role)
        .bind(display_name)
        .bind(username)
        .bind(password_hash)
        .bind(bsn)
        .bind(now())
        .execute(&self.pool)
        .await
        .map(|_| ())
    }

    pub async fn account(&self, id: &str) -> Result<Option<Account>, sqlx::Error> {
        let row: Option<AccountRow> =
            sqlx::query_as("SELECT id, role, display_name, username FROM accounts WHERE id = $1")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(account))
    }

    /// The account and its password hash, for a sign-in.
    pub async fn account_by_username(&self, username: &str) -> Result<Option<(Account, Option<String>)>, sqlx::Error> {
        let row: Option<AccountWithHash> =
            sqlx::query_as("SELECT id, role, display_name, username, password_hash FROM accounts WHERE username = $1")
                .bind(username)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|(id, role, name, username, hash)| (account((id, role, name, username)), hash)))
    }

    pub async fn account_by_bsn(&self, bsn: &str) -> Result<Option<Account>, sqlx::Error> {
        let row: Option<AccountRow> =
            sqlx::query_as("SELECT id, role, display_name, username FROM accounts WHERE bsn = $1 AND role = 'client'")
                .bind(bsn)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(account))
    }

    pub async fn accounts_with_role(&self, role: &str) -> Result<Vec<Account>, sqlx::Error> {
        let rows: Vec<AccountRow> = sqlx::query_as(
            "SELECT id, role, display_name, username FROM accounts WHERE role = $1 ORDER BY display_name",
        )
        .bind(role)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(account).collect())
    }
}

/// One stored version of a case's facts.
#[derive(Clone, Debug)]
pub struct CaseVersion {
    pub case_id: String,
    pub version: i64,
    pub document: String,
    pub created_at: String,
    pub created_by: String,
}

impl Db {
    /// Stores a case document: a new case (version 1) or a new version of an existing one, with
    /// the news it makes (`crate::news`) and its dashboard summary (`crate::case_summary`) in the
    /// same transaction.
    /// Runs inside `executor` so imports can be all-or-nothing.
    pub async fn store_case<'c, E>(
        executor: E,
        case_id: &str,
        client_id: &str,
        document: &str,
        by: &str,
    ) -> Result<i64, sqlx::Error>
    where
        E: sqlx::Acquire<'c, Database = sqlx::Any>,
    {
        let mut connection = executor.acquire().await?;
        let owner: Option<(String,)> = sqlx::query_as("SELECT client_id FROM cases WHERE case_id = $1")
            .bind(case_id)
            .fetch_optional(&mut *connection)
            .await?;
        match owner {
            None => {
                sqlx::query("INSERT INTO cases (case_id, client_id, created_at) VALUES ($1, $2, $3)")
                    .bind(case_id)
                    .bind(client_id)
                    .bind(now())
                    .execute(&mut *connection)
                    .await?;
            }
            Some((owner,)) if owner != client_id => {
                return Err(sqlx::Error::Protocol(format!("case {case_id} belongs to another client")));
            }
            Some(_) => {}
        }
        // The version and its news commit together (a savepoint inside an import's transaction).
        let mut transaction = sqlx::Connection::begin(&mut *connection).await?;
        let previous: Option<(i64, String)> = sqlx::query_as(
            "SELECT version, document FROM case_versions WHERE case_id = $1 ORDER BY version DESC LIMIT 1",
        )
        .bind(case_id)
        .fetch_optional(&mut *transaction)
        .await?;
        let version = previous.as_ref().map_or(0, |(latest, _)| *latest) + 1;
        sqlx::query(
            "INSERT INTO case_versions (case_id, version, document, created_at, created_by) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(case_id)
        .bind(version)
        .bind(document)
        .bind(now())
        .bind(by)
        .execute(&mut *transaction)
        .await?;
        let previous_document = previous.as_ref().map(|(_, document)| document.as_str());
        crate::news::record_version_news(&mut transaction, case_id, version, previous_document, document).await?;
        crate::case_summary::write(&mut transaction, case_id, version, document).await?;
        transaction.commit().await?;
        Ok(version)
    }

    pub async fn latest_version(&self, case_id: &str) -> Result<Option<CaseVersion>, sqlx::Error> {
        let row: Option<(String, i64, String, String, String)> = sqlx::query_as(
            "SELECT case_id, version, document, created_at, created_by FROM case_versions
             WHERE case_id = $1 ORDER BY version DESC LIMIT 1",
        )
        .bind(case_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(case_id, version, document, created_at, created_by)| CaseVersion {
            case_id,
            version,
            document,
            created_at,
            created_by,
        }))
    }

    pub async fn history(&self, case_id: &str) -> Result<Vec<CaseVersion>, sqlx::Error> {
        let rows: Vec<(String, i64, String, String, String)> = sqlx::query_as(
            "SELECT case_id, version, document, created_at, created_by FROM case_versions
             WHERE case_id = $1 ORDER BY version",
        )
        .bind(case_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(case_id, version, document, created_at, created_by)| CaseVersion {
                case_id,
                version,
                document,
                created_at,
                created_by,
            })
            .collect())
    }

    /// The client a case belongs to.
    pub async fn case_owner(&self, case_id: &str) -> Result<Option<String>, sqlx::Error> {
        let row: Option<(String,)> = sqlx::query_as("SELECT client_id FROM cases WHERE case_id = $1")
            .bind(case_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|(owner,)| owner))
    }

    pub async fn cases_of_client(&self, client_id: &str) -> Result<Vec<String>, sqlx::Error> {
        let rows: Vec<(String,)> = sqlx::query_as("SELECT case_id FROM cases WHERE client_id = $1 ORDER BY case_id")
            .bind(client_id)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }

    pub async fn case_count(&self) -> Result<i64, sqlx::Error> {
        let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM cases").fetch_one(&self.pool).await?;
        Ok(count)
    }

    /// Every case's latest document, in case id order (for `helder recompute --database`).
    pub async fn all_latest_documents(&self) -> Result<Vec<(String, String)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT v.case_id, v.document FROM case_versions v
             JOIN (SELECT case_id, MAX(version) AS version FROM case_versions GROUP BY case_id) m
               ON m.case_id = v.case_id AND m.version = v.version
             ORDER BY v.case_id",
        )
        .fetch_all(&self.pool)
        .await
    }
}

/// One audit row. A change and the row that records it are committed in one transaction (the
/// methods below that change state take their `AuditEntry`), so no change can be durable
/// without its audit row, and no audit row without its change.
#[derive(Clone, Debug)]
pub struct AuditEntry<'a> {
    pub actor: &'a str,
    pub role: &'a str,
    pub action: &'a str,
    pub object: &'a str,
    pub origin: &'a str,
}

pub(crate) async fn insert_audit(
    connection: &mut sqlx::AnyConnection,
    entry: &AuditEntry<'_>,
    result: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit (id, at, actor, role, action, object, result, origin) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(random_id())
    .bind(now())
    .bind(entry.actor)
    .bind(entry.role)
    .bind(entry.action)
    .bind(entry.object)
    .bind(result)
    .bind(entry.origin)
    .execute(connection)
    .await
    .map(|_| ())
}

/// A signed-in session.
#[derive(Clone, Debug)]
pub struct SessionRow {
    pub account: Account,
    pub csrf_token: String,
}

impl Db {
    /// Stores a new session and its audit row in one transaction. In the same transaction the
    /// account's oldest sessions beyond the policy's cap end, and the rows of every session that
    /// has ended (idle or past its lifetime) are deleted.
    pub async fn create_session(
        &self,
        token_hash: &str,
        account_id: &str,
        csrf: &str,
        expires_at: &str,
        audit: &AuditEntry<'_>,
    ) -> Result<(), sqlx::Error> {
        let policy = self.session_policy;
        let mut transaction = self.begin_write().await?;
        let started = now();
        sqlx::query(
            "INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, expires_at, last_seen_at)
             VALUES ($1, $2, $3, $4, $5, $4)",
        )
        .bind(token_hash)
        .bind(account_id)
        .bind(csrf)
        .bind(&started)
        .bind(expires_at)
        .execute(&mut *transaction)
        .await?;
        let capped = sqlx::query(
            "DELETE FROM sessions WHERE account_id = $1 AND token_hash NOT IN
               (SELECT token_hash FROM sessions WHERE account_id = $1
                ORDER BY created_at DESC, token_hash LIMIT $2)",
        )
        .bind(account_id)
        .bind(i64::from(policy.per_account.max(1)))
        .execute(&mut *transaction)
        .await?
        .rows_affected();
        sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
            .bind(&started)
            .bind(crate::session_policy::ago(policy.idle))
            .execute(&mut *transaction)
            .await?;
        let result = if capped == 0 { "ok".to_owned() } else { format!("ok; {capped} oldest sessions ended") };
        insert_audit(&mut transaction, audit, &result).await?;
        transaction.commit().await
    }

    /// The session, when it has not ended: used within the idle timeout and before its
    /// lifetime's end. A use now and then moves its idle timeout on (see `touch_after`).
    pub async fn session(&self, token_hash: &str) -> Result<Option<SessionRow>, sqlx::Error> {
        let policy = self.session_policy;
        let row: Option<(String, String, String, Option<String>, String, String)> = sqlx::query_as(
            "SELECT a.id, a.role, a.display_name, a.username, s.csrf_token, s.last_seen_at FROM sessions s
             JOIN accounts a ON a.id = s.account_id
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3",
        )
        .bind(token_hash)
        .bind(now())
        .bind(crate::session_policy::ago(policy.idle))
        .fetch_optional(&self.pool)
        .await?;
        let Some((id, role, name, username, csrf_token, last_seen_at)) = row else { return Ok(None) };
        if last_seen_at <= crate::session_policy::ago(policy.touch_after()) {
            sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
                .bind(now())
                .bind(token_hash)
                .execute(&self.pool)
                .await?;
        }
        Ok(Some(SessionRow { account: account((id, role, name, username)), csrf_token }))
    }

    /// Ends one session and records it, in one transaction.
    pub async fn delete_session(&self, token_hash: &str, audit: &AuditEntry<'_>) -> Result<(), sqlx::Error> {
        let mut transaction = self.begin_write().await?;
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(&mut *transaction).await?;
        insert_audit(&mut transaction, audit, "ok").await?;
        transaction.commit().await
    }

    /// Ends every session of the account and records how many, in one transaction.
    pub async fn delete_sessions_of(&self, account_id: &str, audit: &AuditEntry<'_>) -> Result<u64, sqlx::Error> {
        let mut transaction = self.begin_write().await?;
        let ended = sqlx::query("DELETE FROM sessions WHERE account_id = $1")
            .bind(account_id)
            .execute(&mut *transaction)
            .await?
            .rows_affected();
        insert_audit(&mut transaction, audit, &format!("{ended} sessions")).await?;
        transaction.commit().await?;
        Ok(ended)
    }
}

/// A consent for a supporter.
/// A consent row is the API's `Consent` body.
pub use helder_api::Consent;

impl Db {
    /// Stores a consent and its audit row (naming the consent and the supporter) in one
    /// transaction; returns the consent's id.
    pub async fn grant_consent(
        &self,
        case_id: &str,
        supporter_id: &str,
        valid_until: &str,
        audit: &AuditEntry<'_>,
    ) -> Result<String, sqlx::Error> {
        let id = random_id();
        let mut transaction = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO consents (id, case_id, supporter_id, granted_at, valid_until, revoked_at)
             VALUES ($1, $2, $3, $4, $5, NULL)",
        )
        .bind(&id)
        .bind(case_id)
        .bind(supporter_id)
        .bind(now())
        .bind(valid_until)
        .execute(&mut *transaction)
        .await?;
        insert_audit(&mut transaction, audit, &format!("consent {id} to {supporter_id}")).await?;
        transaction.commit().await?;
        Ok(id)
    }

    /// Revokes a consent of this case and records it, in one transaction; false (and nothing
    /// recorded) when there was none to revoke. The supporter's access to the case ends: any
    /// other consent to the same supporter on this case still running ends with it (a client
    /// who granted twice and revokes once means "no more").
    pub async fn revoke_consent(
        &self,
        case_id: &str,
        consent_id: &str,
        audit: &AuditEntry<'_>,
    ) -> Result<bool, sqlx::Error> {
        let mut transaction = self.begin_write().await?;
        let ended: Vec<(String,)> = sqlx::query_as(
            "UPDATE consents SET revoked_at = $1 WHERE case_id = $3 AND revoked_at IS NULL
               AND supporter_id = (SELECT supporter_id FROM consents
                                   WHERE id = $2 AND case_id = $3 AND revoked_at IS NULL)
             RETURNING id",
        )
        .bind(now())
        .bind(consent_id)
        .bind(case_id)
        .fetch_all(&mut *transaction)
        .await?;
        if ended.is_empty() {
            return Ok(false);
        }
        // One audit row per consent that ended, each naming it.
        for (id,) in &ended {
            let result = if id == consent_id {
                format!("consent {id}")
            } else {
                format!("consent {id} (ended with consent {consent_id}: the same supporter)")
            };
            insert_audit(&mut transaction, audit, &result).await?;
        }
        transaction.commit().await?;
        Ok(true)
    }

    pub async fn consents(&self, case_id: &str) -> Result<Vec<Consent>, sqlx::Error> {
        let at = now();
        let rows: Vec<ConsentRow> = sqlx::query_as(
            "SELECT c.id, c.case_id, c.supporter_id, a.display_name, c.granted_at, c.valid_until, c.revoked_at
             FROM consents c JOIN accounts a ON a.id = c.supporter_id WHERE c.case_id = $1 ORDER BY c.granted_at",
        )
        .bind(case_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, case_id, supporter_id, supporter_name, granted_at, valid_until, revoked_at)| Consent {
                active: revoked_at.is_none() && valid_until > at,
                id,
                case_id,
                supporter_id,
                supporter_name,
                granted_at,
                valid_until,
                revoked_at,
            })
            .collect())
    }

    /// Cases a supporter may see now: a consent not revoked and not expired.
    pub async fn cases_with_consent(&self, supporter_id: &str) -> Result<Vec<String>, sqlx::Error> {
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT DISTINCT case_id FROM consents
             WHERE supporter_id = $1 AND revoked_at IS NULL AND valid_until > $2 ORDER BY case_id",
        )
        .bind(supporter_id)
        .bind(now())
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }

    pub async fn has_consent(&self, case_id: &str, supporter_id: &str) -> Result<bool, sqlx::Error> {
        let (count,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM consents
             WHERE case_id = $1 AND supporter_id = $2 AND revoked_at IS NULL AND valid_until > $3",
        )
        .bind(case_id)
        .bind(supporter_id)
        .bind(now())
        .fetch_one(&self.pool)
        .await?;
        Ok(count > 0)
    }
}

/// One opening of a case, as the client sees it.
/// An access-log row is the API's `Access` body.
pub use helder_api::Access;

impl Db {
    pub async fn record_access(
        &self,
        case_id: &str,
        actor_id: &str,
        role: &str,
        reason: Option<&str>,
    ) -> Result<(), sqlx::Error> {
        self.append(Append::Access {
            case_id: case_id.to_owned(),
            actor_id: actor_id.to_owned(),
            role: role.to_owned(),
            reason: reason.map(str::to_owned),
            kind: "view",
        })
        .await
    }

    /// A staff search found this case: the client sees who searched and why.
    pub async fn record_search_hit(&self, case_id: &str, staff_id: &str, reason: &str) -> Result<(), sqlx::Error> {
        self.append(Append::Access {
            case_id: case_id.to_owned(),
            actor_id: staff_id.to_owned(),
            role: "staff".to_owned(),
            reason: Some(reason.to_owned()),
            kind: "search",
        })
        .await
    }

    pub async fn access_log(&self, case_id: &str) -> Result<Vec<Access>, sqlx::Error> {
        let rows: Vec<(String, String, String, Option<String>, String)> = sqlx::query_as(
            "SELECT l.at, a.display_name, l.role, l.reason, l.kind FROM access_log l
             JOIN accounts a ON a.id = l.actor_id WHERE l.case_id = $1 ORDER BY l.at DESC",
        )
        .bind(case_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(at, actor, role, reason, kind)| Access { at, actor, role, reason, kind }).collect())
    }

    /// Appends to the audit trail (the application never updates or deletes it).
    pub async fn audit(
        &self,
        actor: &str,
        role: &str,
        action: &str,
        object: &str,
        result: &str,
        origin: &str,
    ) -> Result<(), sqlx::Error> {
        self.append(Append::Audit {
            actor: actor.to_owned(),
            role: role.to_owned(),
            action: action.to_owned(),
            object: object.to_owned(),
            result: result.to_owned(),
            origin: origin.to_owned(),
        })
        .await
    }

    /// The audit trail, oldest first (for tests and operators).
    pub async fn audit_trail(&self) -> Result<Vec<(String, String, String, String, String)>, sqlx::Error> {
        sqlx::query_as("SELECT actor, role, action, object, result FROM audit ORDER BY at, id")
            .fetch_all(&self.pool)
            .await
    }
}
