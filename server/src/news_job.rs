//! The news work of `helder serve` besides the requests: the campaign news at start, the
//! deadline news once an hour (so the mail of a coming deadline goes out although nobody signed
//! in; reading a case's news makes its deadline news too), and, when mail is on, the outbox
//! every few seconds. Every instance runs it: each step is safe to run twice at once (news
//! events are unique, outbox rows are claimed).

use std::time::Duration;

use crate::db::Db;
use crate::outbox::{MailSettings, Sender};

/// How often the deadline pass runs.
const DEADLINE_PASS: Duration = Duration::from_secs(3600);
/// How often the outbox is looked at.
const OUTBOX_PASS: Duration = Duration::from_secs(5);

/// Publishes the campaign news and starts the periodic tasks.
pub async fn start(db: &Db, mail: Option<MailSettings>) -> Result<(), String> {
    let statements = helder_explain::campaign_statements().map_err(|e| e.to_string())?;
    let made = crate::campaign_news::publish(db, statements).await.map_err(|e| e.to_string())?;
    tracing::info!(made, "campaign news published");
    let deadlines = db.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(DEADLINE_PASS);
        loop {
            tick.tick().await;
            if deadlines.pool.is_closed() {
                break;
            }
            if let Err(error) = crate::news::make_all_deadline_news(&deadlines, crate::dutch_day::today()).await {
                tracing::warn!(%error, "deadline news pass failed");
            }
        }
    });
    if let Some(settings) = mail {
        let sender = Sender::new(settings).map_err(|e| e.to_string())?;
        tracing::info!("news mail on");
        tokio::spawn(crate::outbox::run(db.clone(), sender, OUTBOX_PASS));
    }
    Ok(())
}
