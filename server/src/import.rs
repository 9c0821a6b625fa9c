//! `helder import FILE.ndjson`: one case per line, `{"client": {"name", "bsn"}, "case": {…}}`.
//! All or nothing: every line is validated first and the file is stored in one transaction, so a
//! bad line stores nothing and the report names its line and field.

use serde::Deserialize;

use crate::db::{Db, random_id};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    client: Client,
    case: serde_json::Value,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Client {
    name: String,
    bsn: String,
}

/// A problem with one line of an import file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    pub line: usize,
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for LineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {} {}", self.line, if self.path.is_empty() { "/" } else { &self.path }, self.message)
    }
}

#[derive(Debug)]
pub enum ImportError {
    Lines(Vec<LineError>),
    Database(sqlx::Error),
}

impl From<sqlx::Error> for ImportError {
    fn from(error: sqlx::Error) -> ImportError {
        ImportError::Database(error)
    }
}

/// Imports `text`; returns the number of cases stored.
pub async fn import(db: &Db, text: &str, actor: &str) -> Result<usize, ImportError> {
    let mut parsed = Vec::new();
    let mut errors = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let number = index + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let line: Line = match serde_json::from_str(raw) {
            Ok(line) => line,
            Err(e) => {
                errors.push(LineError { line: number, path: String::new(), message: e.to_string() });
                continue;
            }
        };
        if line.client.bsn.len() != 9 || !line.client.bsn.bytes().all(|b| b.is_ascii_digit()) {
            errors.push(LineError {
                line: number,
                path: "/client/bsn".into(),
                message: "a BSN has nine digits".into(),
            });
            continue;
        }
        let document = line.case.to_string();
        match helder_core::contract::parse_case(&document)
            .and_then(|case| helder_core::compute_case(&case).map(|_| case))
        {
            Ok(case) => parsed.push((number, line.client, case.case_id, document)),
            Err(e) => {
                errors.push(LineError { line: number, path: format!("/case{}", e.path()), message: e.to_string() })
            }
        }
    }
    if !errors.is_empty() {
        db.audit(actor, "operator", "import", "file", &format!("rejected: {} bad lines", errors.len()), "local")
            .await?;
        return Err(ImportError::Lines(errors));
    }
    let mut transaction = db.pool.begin().await?;
    for (number, client, case_id, document) in &parsed {
        let existing: Option<(String,)> = sqlx::query_as("SELECT id FROM accounts WHERE bsn = $1 AND role = 'client'")
            .bind(&client.bsn)
            .fetch_optional(&mut *transaction)
            .await?;
        let client_id = match existing {
            Some((id,)) => id,
            None => {
                let id = format!("client-{}", random_id());
                sqlx::query(
                    "INSERT INTO accounts (id, role, display_name, username, password_hash, bsn, created_at)
                     VALUES ($1, 'client', $2, NULL, NULL, $3, $4)",
                )
                .bind(&id)
                .bind(&client.name)
                .bind(&client.bsn)
                .bind(crate::db::now())
                .execute(&mut *transaction)
                .await?;
                id
            }
        };
        if let Err(error) = Db::store_case(&mut *transaction, case_id, &client_id, document, actor).await {
            transaction.rollback().await?;
            return Err(ImportError::Lines(vec![LineError {
                line: *number,
                path: "/case/case_id".into(),
                message: error.to_string(),
            }]));
        }
    }
    transaction.commit().await?;
    db.audit(actor, "operator", "import", "file", &format!("{} cases", parsed.len()), "local").await?;
    Ok(parsed.len())
}
