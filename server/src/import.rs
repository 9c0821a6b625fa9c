//! `helder import FILE.ndjson`: one case per line, `{"client": {"name", "bsn"}, "case": {…}}`.
//! All or nothing: every line is validated first and the file is stored in one transaction, so a
//! bad line stores nothing and the report names its line and field. A line is matched to an
//! existing client by BSN and name together: a known BSN with another name is refused, not given
//! to that client. A BSN must pass the elfproef; a name must be 1-200 visible characters; a case
//! id is 1-64 letters, digits, `-` and `_` (it is part of addresses: `/cases/{case id}`); no NUL
//! anywhere in the case.

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

/// The longest client name we take.
const NAME_MAX_CHARACTERS: usize = 200;

/// Names compare without regard to case and runs of spaces.
fn same_name(stored: &str, imported: &str) -> bool {
    let words = |name: &str| name.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>();
    words(stored) == words(imported)
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
        // The message never repeats the BSN (it may end up in a log).
        if !crate::input::bsn_passes_elfproef(&line.client.bsn) {
            errors.push(LineError {
                line: number,
                path: "/client/bsn".into(),
                message: "not a valid BSN (it fails the elfproef)".into(),
            });
            continue;
        }
        if let Err(message) = crate::input::shown_text(&line.client.name, NAME_MAX_CHARACTERS) {
            errors.push(LineError {
                line: number,
                path: "/client/name".into(),
                message: format!("the name {message}"),
            });
            continue;
        }
        let document = line.case.to_string();
        // serde_json writes a NUL inside a string as \u0000; PostgreSQL cannot store it.
        if document.contains("\\u0000") {
            errors.push(LineError {
                line: number,
                path: "/case".into(),
                message: "may not contain a NUL character".into(),
            });
            continue;
        }
        match helder_core::contract::parse_case(&document)
            .and_then(|case| helder_core::compute_case(&case).map(|_| case))
        {
            Ok(case) => match crate::input::case_id(&case.case_id) {
                Ok(()) => parsed.push((number, line.client, case.case_id, document)),
                Err(message) => errors.push(LineError {
                    line: number,
                    path: "/case/case_id".into(),
                    message: format!("the case id {message}"),
                }),
            },
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
    let mut transaction = db.begin_write().await?;
    let mut mismatches = Vec::new();
    for (number, client, case_id, document) in &parsed {
        let existing: Option<(String, String)> =
            sqlx::query_as("SELECT id, display_name FROM accounts WHERE bsn = $1 AND role = 'client'")
                .bind(&client.bsn)
                .fetch_optional(&mut *transaction)
                .await?;
        let client_id = match existing {
            // A known BSN with another name is a mistake in the file (or in the BSN): giving the
            // case to that client would show it to the wrong person.
            Some((_, name)) if !same_name(&name, &client.name) => {
                mismatches.push(LineError {
                    line: *number,
                    path: "/client/name".into(),
                    message: "this BSN belongs to a client with another name".into(),
                });
                continue;
            }
            Some((id, _)) => id,
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
    if !mismatches.is_empty() {
        transaction.rollback().await?;
        db.audit(actor, "operator", "import", "file", &format!("rejected: {} bad lines", mismatches.len()), "local")
            .await?;
        return Err(ImportError::Lines(mismatches));
    }
    transaction.commit().await?;
    db.audit(actor, "operator", "import", "file", &format!("{} cases", parsed.len()), "local").await?;
    Ok(parsed.len())
}
