//! The outbox: mail that tells a client there is news, sent over SMTP (lettre, tokio, rustls)
//! from a table, so a mail server that is down loses nothing.
//!
//! - A row is queued in the transaction that makes the news (`enqueue`), only for a client who
//!   asked for mail, and only when none of theirs is still waiting: one mail says "there is news"
//!   for all news since.
//! - A sender claims one due row at a time with a lease (`claimed_by`, `claimed_until`) in one
//!   UPDATE, so two instances never hold the same row; only the claimant marks it sent, in one
//!   UPDATE that checks its claim. A failure sets the next attempt after a back-off that doubles
//!   (`Backoff`) and lets the claim go.
//! - The address is read when sending: an opt-out, or a new address, holds for mail waiting.
//! - The mail (`helder_explain::news_mail`) says only that there is news and how to sign in. The
//!   address is personal data and is never logged; errors are logged by outbox row id.
//!
//! What SMTP cannot promise: when the mail server accepted a mail and this process dies before
//! its row is marked sent, the lease runs out and the mail is sent again. The Message-ID is the
//! row's own (`<row id@helder>`), so a receiving server can recognise the second copy.

use std::time::Duration;

use lettre::message::{Mailbox, header::ContentType};
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sqlx::AnyConnection;

use crate::db::{Db, now, random_id};

/// How the server reaches its mail server (`helder serve --smtp-host …`; mail is off without).
#[derive(Clone, Debug)]
pub struct MailSettings {
    pub host: String,
    pub port: u16,
    pub security: Security,
    /// The sender, e.g. `Helder <geen-antwoord@helder.example.nl>`.
    pub from: String,
    /// Helder's address as the mail names it (text to type, not a link that signs in).
    pub portal_address: String,
}

/// The connection to the mail server.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Security {
    /// TLS from the start (port 465).
    Tls,
    /// STARTTLS required (port 587).
    #[default]
    Starttls,
    /// No TLS: only for a mail server on this machine or in tests.
    None,
}

/// How long to wait before the next attempt: `first` after the first failure, doubling up to
/// `longest`.
#[derive(Clone, Copy, Debug)]
pub struct Backoff {
    pub first: Duration,
    pub longest: Duration,
}

impl Default for Backoff {
    fn default() -> Backoff {
        Backoff { first: Duration::from_secs(30), longest: Duration::from_secs(3600) }
    }
}

impl Backoff {
    /// The wait after `attempts` failed attempts (1 or more).
    pub fn after(&self, attempts: i64) -> Duration {
        let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(20);
        self.first.saturating_mul(2u32.saturating_pow(doublings)).min(self.longest)
    }
}

/// A sender: this instance's id, its mail server, its lease and back-off.
#[derive(Clone)]
pub struct Sender {
    pub instance: String,
    pub settings: MailSettings,
    pub lease: Duration,
    pub backoff: Backoff,
    transport: AsyncSmtpTransport<Tokio1Executor>,
}

/// Why the mail settings do not make a sender.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("the sender (--smtp-from) is not an e-mail address: {0}")]
    From(String),
    #[error("mail server TLS settings: {0}")]
    Tls(String),
}

impl Sender {
    pub fn new(settings: MailSettings) -> Result<Sender, SettingsError> {
        settings.from.parse::<Mailbox>().map_err(|e| SettingsError::From(e.to_string()))?;
        let tls = match settings.security {
            Security::None => Tls::None,
            Security::Tls | Security::Starttls => {
                let parameters =
                    TlsParameters::new(settings.host.clone()).map_err(|e| SettingsError::Tls(e.to_string()))?;
                if settings.security == Security::Tls { Tls::Wrapper(parameters) } else { Tls::Required(parameters) }
            }
        };
        let transport = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(settings.host.clone())
            .port(settings.port)
            .tls(tls)
            .timeout(Some(Duration::from_secs(20)))
            .build();
        Ok(Sender {
            instance: random_id(),
            settings,
            lease: Duration::from_secs(120),
            backoff: Backoff::default(),
            transport,
        })
    }
}

/// Queues the mail of new news in `case_id` (inside the news' transaction): for its client when
/// they asked for mail and have none waiting. Two transactions at once queue one mail: the
/// unique index `outbox_one_waiting` (migration 0013) makes the second insert nothing.
pub(crate) async fn enqueue(connection: &mut AnyConnection, case_id: &str) -> Result<(), sqlx::Error> {
    let at = now();
    sqlx::query(
        "INSERT INTO outbox (id, account_id, created_at, attempts, next_attempt_at)
         SELECT $1, e.account_id, $2, 0, $2 FROM email_settings e JOIN cases c ON c.client_id = e.account_id
         WHERE c.case_id = $3 AND e.notify = 1
           AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.account_id = e.account_id AND o.sent_at IS NULL)
         ON CONFLICT DO NOTHING",
    )
    .bind(random_id())
    .bind(&at)
    .bind(case_id)
    .execute(connection)
    .await
    .map(|_| ())
}

/// What one pass of `deliver_due` did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Delivered {
    pub sent: usize,
    pub failed: usize,
    /// Rows dropped because the client no longer wants mail or has no address.
    pub dropped: usize,
}

/// Sends every due row this sender can claim, one at a time, until none is left.
pub async fn deliver_due(db: &Db, sender: &Sender) -> Result<Delivered, sqlx::Error> {
    let mut delivered = Delivered::default();
    // Only rows due when the pass began: a row that fails now is retried after its back-off by a
    // later pass, never twice in one (on a slow machine the back-off can end within a pass).
    let pass_began = now();
    while let Some(id) = claim(db, sender, &pass_began).await? {
        let address: Option<(String, i64)> = sqlx::query_as(
            "SELECT e.address, e.notify FROM outbox o JOIN email_settings e ON e.account_id = o.account_id
             WHERE o.id = $1",
        )
        .bind(&id)
        .fetch_optional(&db.pool)
        .await?;
        let Some((address, 1)) = address else {
            finish(db, sender, &id, "dropped").await?;
            delivered.dropped += 1;
            continue;
        };
        match send(sender, &id, &address).await {
            Ok(()) => {
                finish(db, sender, &id, "sent").await?;
                delivered.sent += 1;
            }
            Err(problem) => {
                // The problem names no address: lettre's errors name the server, not the recipient.
                tracing::warn!(outbox = %id, %problem, "news mail not sent; will try again");
                retry_later(db, sender, &id, &problem).await?;
                delivered.failed += 1;
            }
        }
    }
    Ok(delivered)
}

/// Claims one due row for `sender` until the lease ends: a row not sent, due, and not claimed by
/// anyone whose lease still runs. The claim is one UPDATE that checks the row is still free, so
/// of two senders only one gets it.
async fn claim(db: &Db, sender: &Sender, due_by: &str) -> Result<Option<String>, sqlx::Error> {
    let at = now();
    let until = later(sender.lease);
    loop {
        let due: Option<(String,)> = sqlx::query_as(
            "SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $2
               AND (claimed_until IS NULL OR claimed_until < $1)
             ORDER BY next_attempt_at, id LIMIT 1",
        )
        .bind(&at)
        .bind(due_by)
        .fetch_optional(&db.pool)
        .await?;
        let Some((id,)) = due else { return Ok(None) };
        let claimed = sqlx::query(
            "UPDATE outbox SET claimed_by = $1, claimed_until = $2
             WHERE id = $3 AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < $4)",
        )
        .bind(&sender.instance)
        .bind(&until)
        .bind(&id)
        .bind(&at)
        .execute(&db.pool)
        .await?
        .rows_affected();
        if claimed == 1 {
            return Ok(Some(id));
        }
        // Another sender was first: look for the next row.
    }
}

/// Marks a claimed row done (sent, or dropped after an opt-out), only while this sender holds it.
async fn finish(db: &Db, sender: &Sender, id: &str, how: &str) -> Result<(), sqlx::Error> {
    let last_error = (how == "dropped").then_some("dropped: no address, or mail turned off");
    sqlx::query(
        "UPDATE outbox SET sent_at = $1, claimed_until = NULL, last_error = $2
         WHERE id = $3 AND claimed_by = $4 AND sent_at IS NULL",
    )
    .bind(now())
    .bind(last_error)
    .bind(id)
    .bind(&sender.instance)
    .execute(&db.pool)
    .await
    .map(|_| ())
}

async fn retry_later(db: &Db, sender: &Sender, id: &str, problem: &str) -> Result<(), sqlx::Error> {
    let (attempts,): (i64,) =
        sqlx::query_as("SELECT attempts FROM outbox WHERE id = $1").bind(id).fetch_one(&db.pool).await?;
    let attempts = attempts + 1;
    sqlx::query(
        "UPDATE outbox SET attempts = $1, next_attempt_at = $2, claimed_until = NULL, last_error = $3
         WHERE id = $4 AND claimed_by = $5 AND sent_at IS NULL",
    )
    .bind(attempts)
    .bind(later(sender.backoff.after(attempts)))
    .bind(problem.chars().take(300).collect::<String>())
    .bind(id)
    .bind(&sender.instance)
    .execute(&db.pool)
    .await
    .map(|_| ())
}

fn later(wait: Duration) -> String {
    let wait = chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::hours(1));
    (chrono::Utc::now() + wait).to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Sends the news mail of row `id` to `address`. The error is described without the address.
async fn send(sender: &Sender, id: &str, address: &str) -> Result<(), String> {
    let to: Mailbox = address.parse().map_err(|_| "the stored address does not parse".to_owned())?;
    let from: Mailbox = sender.settings.from.parse().map_err(|_| "the sender does not parse".to_owned())?;
    let mail = helder_explain::news_mail(&sender.settings.portal_address).map_err(|e| e.to_string())?;
    let message = Message::builder()
        .from(from)
        .to(to)
        .subject(mail.subject)
        .message_id(Some(format!("<{id}@helder>")))
        .header(ContentType::TEXT_PLAIN)
        .body(mail.body)
        .map_err(|e| format!("building the mail: {e}"))?;
    match sender.transport.send(message).await {
        Ok(_) => Ok(()),
        // A server's refusal may repeat the recipient (`550 <address>: unknown`): never keep it.
        Err(error) => Err(format!("mail server: {error}").replace(address, "<recipient>")),
    }
}

/// The periodic mail task of `helder serve`: every `every`, send what is due.
pub async fn run(db: Db, sender: Sender, every: Duration) {
    let mut tick = tokio::time::interval(every);
    loop {
        tick.tick().await;
        if db.pool.is_closed() {
            break;
        }
        if let Err(error) = deliver_due(&db, &sender).await {
            tracing::warn!(%error, "outbox pass failed");
        }
    }
}

/// The mail settings of `helder serve` (all from flags or the environment). Mail is off unless
/// `--smtp-host` is given; the demo can leave it off.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct MailArgs {
    /// The mail server that sends the news mail (off when absent).
    #[arg(long, env = "HELDER_SMTP_HOST")]
    pub smtp_host: Option<String>,
    /// Its port (465 for tls, 587 for starttls).
    #[arg(long, env = "HELDER_SMTP_PORT", default_value_t = 587)]
    pub smtp_port: u16,
    /// tls, starttls, or none (only for a mail server on this machine).
    #[arg(long, env = "HELDER_SMTP_SECURITY", value_enum, default_value_t = Security::Starttls)]
    pub smtp_security: Security,
    /// The sender of the news mail, e.g. "Helder <geen-antwoord@helder.example.nl>".
    #[arg(long, env = "HELDER_SMTP_FROM")]
    pub smtp_from: Option<String>,
    /// Helder's address as the mail names it, to type in (not a link), e.g. helder.example.nl.
    #[arg(long, env = "HELDER_MAIL_PORTAL_ADDRESS")]
    pub mail_portal_address: Option<String>,
}

impl MailArgs {
    /// The settings, `None` when mail is off, or what is missing.
    pub fn settings(&self) -> Result<Option<MailSettings>, String> {
        let Some(host) = self.smtp_host.clone() else { return Ok(None) };
        let from = self.smtp_from.clone().ok_or("--smtp-host needs --smtp-from")?;
        let portal_address = self.mail_portal_address.clone().ok_or("--smtp-host needs --mail-portal-address")?;
        Ok(Some(MailSettings { host, port: self.smtp_port, security: self.smtp_security, from, portal_address }))
    }
}

#[cfg(test)]
mod tests {
    use super::Backoff;
    use crate::db::Db;
    use std::time::Duration;

    /// News stored in two cases of one client at the same moment, on PostgreSQL, where both
    /// transactions pass the NOT EXISTS check before either commits: one mail waits, not two.
    #[tokio::test]
    async fn news_at_once_in_two_transactions_queues_one_mail() {
        let postgres = helder_tests::postgres::start_postgres();
        let db = Db::connect(&postgres.url).await.expect("database");
        crate::demo::seed(&db).await.expect("demo data");
        let (case_id, client): (String, String) =
            sqlx::query_as("SELECT case_id, client_id FROM cases WHERE client_id IS NOT NULL ORDER BY case_id LIMIT 1")
                .fetch_one(&db.pool)
                .await
                .expect("a demo case");
        sqlx::query("INSERT INTO email_settings (account_id, address, notify, updated_at) VALUES ($1, 'client@example.org', 1, '2026-11-28T12:00:00Z')")
            .bind(&client)
            .execute(&db.pool)
            .await
            .expect("mail wanted");
        let mut first = db.pool.begin().await.expect("first transaction");
        super::enqueue(&mut first, &case_id).await.expect("first enqueue");
        let second = {
            let (pool, case_id) = (db.pool.clone(), case_id.clone());
            tokio::spawn(async move {
                let mut second = pool.begin().await.expect("second transaction");
                super::enqueue(&mut second, &case_id).await.expect("second enqueue");
                second.commit().await.expect("second commit");
            })
        };
        // Let the second insert reach the database while the first is still open.
        tokio::time::sleep(Duration::from_millis(300)).await;
        first.commit().await.expect("first commit");
        second.await.expect("second task");
        let (waiting,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE account_id = $1 AND sent_at IS NULL")
                .bind(&client)
                .fetch_one(&db.pool)
                .await
                .expect("count");
        assert_eq!(waiting, 1);
    }

    /// The default wait doubles from 30 s after each failed attempt and stops at one hour.
    #[test]
    fn the_wait_doubles_up_to_its_cap() {
        let backoff = Backoff::default();
        let waits: Vec<u64> = (1..=9).map(|attempts| backoff.after(attempts).as_secs()).collect();
        assert_eq!(waits, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
        // Out-of-range counts neither panic nor overflow.
        assert_eq!(backoff.after(0), Duration::from_secs(30));
        assert_eq!(backoff.after(i64::MAX), Duration::from_secs(3600));
    }
}
