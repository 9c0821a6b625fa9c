//! `helder backup` and `helder restore`: a consistent copy of the whole database while the
//! server runs, and putting one back.
//!
//! SQLite: `VACUUM INTO` writes a transactionally consistent, compacted copy of the live database
//! (readers and writers go on meanwhile); a restore copies it into a place where no database is
//! yet and checks its integrity before anything opens it. PostgreSQL: `pg_dump` in its custom
//! format and `pg_restore` in one transaction into a database without Helder's tables, with the
//! PostgreSQL tools installed on the machine (their major version must match the server's).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::db::{Backend, Db};

/// What went wrong, said so that the operator knows what to do.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} already exists; a backup or restore never overwrites anything")]
    Exists(PathBuf),
    #[error("the database is not empty: restore into a new database (it has Helder's tables)")]
    NotEmpty,
    #[error("the backup is damaged: {0}")]
    Damaged(String),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{tool} failed: {message}")]
    Tool { tool: String, message: String },
}

/// Writes a consistent copy of the database at `url` to `file`, which must not exist yet.
pub async fn backup(url: &str, file: &Path) -> Result<(), BackupError> {
    if file.exists() {
        return Err(BackupError::Exists(file.to_owned()));
    }
    match backend_of(url) {
        Backend::Sqlite => {
            let db = Db::connect(url).await?;
            // VACUUM INTO takes an expression: the file name is a bound parameter.
            sqlx::query("VACUUM INTO $1").bind(file.to_string_lossy().into_owned()).execute(&db.pool).await?;
            db.pool.close().await;
            Ok(())
        }
        Backend::Postgres => {
            let mut dump = postgres_tool("pg_dump");
            dump.args(["--format=custom", "--no-owner", "--file"]).arg(file).arg(url);
            run_tool(dump, "pg_dump")
        }
    }
}

/// Restores the backup `file` into the database at `url`, which must not hold Helder's tables
/// yet (for SQLite: whose file must not exist). Checks the result before returning.
pub async fn restore(file: &Path, url: &str) -> Result<(), BackupError> {
    if !file.exists() {
        return Err(BackupError::Io(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("{} does not exist", file.display()),
        )));
    }
    match backend_of(url) {
        Backend::Sqlite => {
            let target = sqlite_path(url);
            if target.exists() {
                return Err(BackupError::Exists(target));
            }
            // Copy next to the target and rename, so a half-written file never stands in its place.
            let partial = target.with_extension("restoring");
            std::fs::copy(file, &partial)?;
            std::fs::rename(&partial, &target)?;
            let db = Db::connect(url).await?;
            let check: (String,) = sqlx::query_as("PRAGMA integrity_check").fetch_one(&db.pool).await?;
            db.pool.close().await;
            if check.0 != "ok" {
                return Err(BackupError::Damaged(check.0));
            }
            Ok(())
        }
        Backend::Postgres => {
            let mut probe = Command::new(postgres_bin("psql"));
            probe.args(["--no-psqlrc", "--tuples-only", "--no-align", "--command"]);
            probe.arg("SELECT count(*) FROM information_schema.tables WHERE table_name = 'case_versions'").arg(url);
            let output = probe.output()?;
            if String::from_utf8_lossy(&output.stdout).trim() != "0" {
                return Err(BackupError::NotEmpty);
            }
            let mut restore = postgres_tool("pg_restore");
            restore.args(["--no-owner", "--exit-on-error", "--single-transaction", "--dbname", url]).arg(file);
            run_tool(restore, "pg_restore")?;
            // Opening it runs any newer migrations and checks the connection.
            Db::connect(url).await?.pool.close().await;
            Ok(())
        }
    }
}

fn backend_of(url: &str) -> Backend {
    if url.starts_with("postgres") { Backend::Postgres } else { Backend::Sqlite }
}

/// The file of a `sqlite://PATH[?options]` URL.
fn sqlite_path(url: &str) -> PathBuf {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")).unwrap_or(url);
    PathBuf::from(rest.split('?').next().unwrap_or(rest))
}

/// A PostgreSQL client tool: from PATH if it is there, else from the newest
/// `/usr/lib/postgresql/*/bin` (Debian installs them there).
fn postgres_bin(tool: &str) -> PathBuf {
    let on_path = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|path| std::env::split_paths(&path).collect::<Vec<_>>())
        .map(|dir| dir.join(tool))
        .find(|candidate| candidate.exists());
    on_path.unwrap_or_else(|| {
        let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
            .map(|entries| entries.flatten().map(|e| e.path().join("bin").join(tool)).filter(|p| p.exists()).collect())
            .unwrap_or_default();
        versions.sort();
        versions.pop().unwrap_or_else(|| PathBuf::from(tool))
    })
}

fn postgres_tool(tool: &str) -> Command {
    Command::new(postgres_bin(tool))
}

fn run_tool(mut command: Command, tool: &str) -> Result<(), BackupError> {
    let output = command.output().map_err(|e| BackupError::Tool { tool: tool.to_owned(), message: e.to_string() })?;
    if output.status.success() {
        Ok(())
    } else {
        Err(BackupError::Tool {
            tool: tool.to_owned(),
            message: String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        })
    }
}
