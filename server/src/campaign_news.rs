//! Campaign news (issue 17, item 5): when the dated table of campaign statements
//! (`explain/data/not-known-yet.json`: processing times, the compensation scheme, what is not
//! known yet) gains an entry or an entry changes, the clients it concerns get it as news. The
//! table is compiled into the binary, so `helder serve` publishes at start; `campaign_told` keeps
//! a fingerprint per statement (topic and date), so each new or changed statement is told once,
//! also when several instances start together (the news `event` is unique).
//!
//! Whom a statement concerns: the clients whose latest case version's back-payment section
//! speaks of its topic (`helder_explain::campaign_topics`, the same choice the explanation
//! makes). On the first start, with nothing told yet, the table is recorded without news: those
//! statements are in the explanation every client already reads.

use helder_explain::CampaignStatement;
use sha2::{Digest, Sha256};

use crate::db::{Db, now};
use crate::news::Event;

/// The statement's key (topic and date) and a fingerprint of everything it says.
fn key_and_fingerprint(statement: &CampaignStatement) -> (String, String) {
    let mut hasher = Sha256::new();
    for part in [statement.topic.as_str(), &statement.date.to_string(), &statement.source, &statement.where_in_source] {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    for (language, text) in &statement.text {
        hasher.update(language.as_bytes());
        hasher.update([0]);
        hasher.update(text.as_bytes());
        hasher.update([0]);
    }
    let fingerprint: String = hasher.finalize().iter().take(16).map(|b| format!("{b:02x}")).collect();
    (format!("{}:{}", statement.topic, statement.date), fingerprint)
}

/// Tells the clients concerned of every statement that is new or changed since the last
/// publication; returns how many news items were made.
pub async fn publish(db: &Db, statements: &[CampaignStatement]) -> Result<usize, sqlx::Error> {
    let told: Vec<(String, String)> =
        sqlx::query_as("SELECT statement, fingerprint FROM campaign_told").fetch_all(&db.pool).await?;
    let first_time = told.is_empty();
    let mut made = 0;
    for statement in statements {
        let (key, fingerprint) = key_and_fingerprint(statement);
        if told.iter().any(|(k, f)| *k == key && *f == fingerprint) {
            continue;
        }
        let concerned = if first_time { Vec::new() } else { cases_concerned(db, &statement.topic).await? };
        let mut transaction = db.begin_write().await?;
        for (case_id, version) in &concerned {
            let event = Event {
                kind: "campaign",
                detail: statement.topic.clone(),
                key: format!("{case_id}:campaign:{key}:{fingerprint}"),
            };
            crate::news::record(&mut transaction, case_id, *version, &[event]).await?;
            made += 1;
        }
        sqlx::query(
            "INSERT INTO campaign_told (statement, fingerprint, told_at) VALUES ($1, $2, $3)
             ON CONFLICT (statement) DO UPDATE SET fingerprint = $2, told_at = $3",
        )
        .bind(&key)
        .bind(&fingerprint)
        .bind(now())
        .execute(&mut *transaction)
        .await?;
        transaction.commit().await?;
    }
    Ok(made)
}

/// The cases (with their latest version) whose back-payment section speaks of `topic`.
async fn cases_concerned(db: &Db, topic: &str) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let mut concerned = Vec::new();
    for (case_id, document) in db.all_latest_documents().await? {
        let Ok(case) = helder_core::contract::parse_case(&document) else { continue };
        let Ok(result) = helder_core::compute_case(&case) else { continue };
        let Some(backpay) = &result.backpay else { continue };
        if helder_explain::campaign_topics(backpay).contains(&topic) {
            let version = db.latest_version(&case_id).await?.map(|v| v.version).unwrap_or(1);
            concerned.push((case_id, version));
        }
    }
    Ok(concerned)
}
