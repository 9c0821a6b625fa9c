//! The `helder` binary: `serve`, `compute`, `recompute`.

use anyhow::Context;
use clap::{Parser, Subcommand};
use std::io::{Read, Write};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc for the binary only (not the library, not the WASM build): glibc malloc took a
/// quarter of `recompute --store`'s CPU (BENCHMARKS.md, "All benefits, explained"). Built without
/// transparent huge pages (`no_thp`, server/Cargo.toml says why).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const DEFAULT_DATABASE: &str = "sqlite://helder.db";

#[derive(Parser)]
#[command(name = "helder", version, about = "Helder: where a WIA case stands, in plain words and exact euros")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the portal and the API.
    Serve {
        #[arg(long, default_value = "127.0.0.1:8080")]
        bind: SocketAddr,
        /// The built portal (the `dist` folder `cargo xtask build-portal` writes).
        #[arg(long, default_value = "dist")]
        portal: PathBuf,
        /// sqlite://FILE (embedded, the default) or postgres://… for production.
        #[arg(long, default_value = DEFAULT_DATABASE)]
        database_url: String,
        /// Seed the demo data and allow the clearly labelled demo sign-in. Never in production.
        #[arg(long)]
        demo: bool,
        /// A reverse proxy (address or CIDR network; repeat or separate with commas) whose
        /// X-Forwarded-For names the client. Without it the connecting address counts.
        #[arg(long, value_name = "ADDRESS")]
        trusted_proxy: Vec<String>,
        /// Reached over plain http (a local demo): the session cookie without `Secure` and
        /// without the `__Host-` prefix, and no HSTS. Never in production (TLS at the proxy).
        #[arg(long)]
        plain_http: bool,
        /// OpenID Connect sign-in: DigiD (through a broker) for clients, single sign-on for staff.
        #[command(flatten)]
        oidc: Box<helder_server::oidc::config::OidcArgs>,
        /// A session ends after this many minutes without a request.
        #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=24 * 60))]
        session_idle_minutes: u64,
        /// A session ends this many hours after its sign-in, however much it is used.
        #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u64).range(1..=7 * 24))]
        session_lifetime_hours: u64,
        /// The news mail (off unless --smtp-host is given).
        #[command(flatten)]
        mail: helder_server::outbox::MailArgs,
        /// The correction workbench's quality-check sample of agreed cases, per mille (chosen per
        /// case by a hash of its id; 1000: every case).
        #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u16).range(0..=1000))]
        quality_share_per_mille: u16,
    },
    /// Seed the demo cases and accounts into the database (idempotent).
    Demo {
        #[arg(long, default_value = DEFAULT_DATABASE)]
        database_url: String,
    },
    /// Import cases from NDJSON ({"client": {"name", "bsn"}, "case": {…}} per line); all or nothing.
    Import {
        file: PathBuf,
        #[arg(long, default_value = DEFAULT_DATABASE)]
        database_url: String,
    },
    /// Write a consistent copy of the database to FILE while the server runs (SQLite: VACUUM INTO;
    /// PostgreSQL: pg_dump). FILE must not exist.
    Backup {
        file: PathBuf,
        #[arg(long, default_value = DEFAULT_DATABASE)]
        database_url: String,
    },
    /// Put a backup back into a new database (SQLite: a file that does not exist yet;
    /// PostgreSQL: a database without Helder's tables), then check it.
    Restore {
        file: PathBuf,
        #[arg(long, default_value = DEFAULT_DATABASE)]
        database_url: String,
    },
    /// Compute one helder-case/1 document (a file, or - for stdin) and print the result.
    Compute {
        file: String,
        /// Print the explanation in this language (nl, en) instead of the result document.
        #[arg(long, value_name = "LANGUAGE")]
        explain: Option<String>,
        /// With --explain: the explanation as JSON instead of text.
        #[arg(long, requires = "explain")]
        json: bool,
    },
    /// Recompute NDJSON case documents (or, with --database-url, every stored case) into NDJSON
    /// results, in input order.
    Recompute {
        /// Input NDJSON (- for stdin); ignored with --database-url.
        #[arg(default_value = "-")]
        input: String,
        /// Output NDJSON (- for stdout).
        #[arg(default_value = "-")]
        output: String,
        /// Worker threads (default: all cores).
        #[arg(long)]
        threads: Option<usize>,
        /// Compute every case but write only the error documents (validates a file).
        #[arg(long)]
        check: bool,
        /// Recompute every case stored in this database instead of a file.
        #[arg(long)]
        database_url: Option<String>,
        /// Compare with these stored results (NDJSON, as `recompute` wrote them) and write the
        /// impact report instead: every cent of difference by cause and field, with the cases.
        #[arg(long, value_name = "STORED_RESULTS")]
        diff: Option<String>,
        /// With --diff and --database-url: also store the report in that database, where team
        /// leads read it on the workbench dashboard.
        #[arg(long, requires = "diff", requires = "database_url")]
        publish: bool,
        /// With --database-url: store every case's result, its hash and its Dutch explanation
        /// in that database (table stored_results) instead of writing NDJSON.
        #[arg(long, requires = "database_url", conflicts_with_all = ["diff", "check"])]
        store: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Compute { file, explain, json } => compute(&file, explain.as_deref(), json),
        Command::Serve {
            bind,
            portal,
            database_url,
            demo,
            trusted_proxy,
            plain_http,
            session_idle_minutes,
            session_lifetime_hours,
            oidc,
            quality_share_per_mille,
            mail,
        } => {
            let sessions = helder_server::session_policy::SessionPolicy {
                idle: std::time::Duration::from_secs(session_idle_minutes * 60),
                lifetime: std::time::Duration::from_secs(session_lifetime_hours * 3600),
                ..Default::default()
            };
            report(serve(
                bind,
                portal,
                &database_url,
                demo,
                &trusted_proxy,
                plain_http,
                Settings {
                    sessions,
                    oidc: &oidc,
                    workbench: helder_server::workbench::Policy { quality_share_per_mille, ..Default::default() },
                },
                &mail,
            ))
        }
        Command::Demo { database_url } => report(runtime().and_then(|rt| rt.block_on(demo(&database_url)))),
        Command::Import { file, database_url } => import(&file, &database_url),
        Command::Backup { file, database_url } => report(
            runtime().and_then(|rt| rt.block_on(helder_server::backup::backup(&database_url, &file)).context("backup")),
        ),
        Command::Restore { file, database_url } => report(
            runtime()
                .and_then(|rt| rt.block_on(helder_server::backup::restore(&file, &database_url)).context("restore")),
        ),
        Command::Recompute { threads, database_url: Some(url), store: true, .. } => report(store(threads, &url)),
        Command::Recompute { input, output, threads, check: _, database_url, diff: Some(stored), publish, .. } => {
            report(impact(&input, &output, threads, database_url.as_deref(), &stored, publish))
        }
        Command::Recompute { input, output, threads, check, database_url, diff: None, .. } => {
            report(recompute(&input, &output, threads, check, database_url.as_deref()))
        }
    }
}

fn report(outcome: anyhow::Result<()>) -> ExitCode {
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("helder: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// CASE-FORMAT: the result on stdout and exit 0, or nothing on stdout, one JSON error object on
/// stderr and exit 2.
fn compute(file: &str, explain: Option<&str>, json: bool) -> ExitCode {
    let mut bytes = Vec::new();
    let read = if file == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(file).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ())
    };
    if let Err(error) = read {
        let message = format!("cannot read {file}: {error}");
        eprintln!("{}", serde_json::json!({ "error": "io", "path": "", "message": message }));
        return ExitCode::from(2);
    }
    let outcome = match explain {
        None => helder_server::cli::compute_bytes(&bytes),
        Some(language) => helder_server::cli::explain_bytes(&bytes, language, json),
    };
    match outcome {
        Ok(result) => {
            let mut stdout = std::io::stdout().lock();
            if writeln!(stdout, "{result}").is_err() {
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Err(failure) => {
            eprintln!("{}", failure.json);
            ExitCode::from(2)
        }
    }
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Runtime::new().context("starting the runtime")
}

async fn open(database_url: &str) -> anyhow::Result<helder_server::db::Db> {
    helder_server::db::Db::connect(database_url).await.with_context(|| "opening the database")
}

async fn demo(database_url: &str) -> anyhow::Result<()> {
    let db = open(database_url).await?;
    let added = helder_server::demo::seed(&db).await.map_err(|e| anyhow::anyhow!("{e:?}"))?;
    eprintln!("demo data: {added} cases added ({} in the database)", db.case_count().await?);
    Ok(())
}

/// Exit 2 with the line-numbered report when the file has bad lines; nothing is stored then.
fn import(file: &std::path::Path, database_url: &str) -> ExitCode {
    let outcome = runtime().and_then(|rt| {
        rt.block_on(async {
            let text = std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
            let db = open(database_url).await?;
            Ok(helder_server::import::import(&db, &text, "import").await)
        })
    });
    match outcome {
        Ok(Ok(count)) => {
            eprintln!("imported {count} cases");
            ExitCode::SUCCESS
        }
        Ok(Err(helder_server::import::ImportError::Lines(errors))) => {
            for error in &errors {
                eprintln!("{error}");
            }
            eprintln!("nothing imported: {} bad lines", errors.len());
            ExitCode::from(2)
        }
        Ok(Err(helder_server::import::ImportError::Database(error))) => {
            eprintln!("helder: database: {error}");
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("helder: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn recompute(
    input: &str,
    output: &str,
    threads: Option<usize>,
    check: bool,
    database_url: Option<&str>,
) -> anyhow::Result<()> {
    let threads = threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let reader: Box<dyn std::io::BufRead> = if let Some(url) = database_url {
        // Every stored case's latest facts, one per line.
        let documents = runtime()?
            .block_on(async { open(url).await?.all_latest_documents().await.map_err(anyhow::Error::from) })?;
        let mut text = String::new();
        for (_, document) in documents {
            text.push_str(&document);
            text.push('\n');
        }
        Box::new(std::io::Cursor::new(text))
    } else if input == "-" {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        Box::new(std::io::BufReader::new(std::fs::File::open(input).with_context(|| format!("opening {input}"))?))
    };
    let writer: Box<dyn Write> = if output == "-" {
        Box::new(std::io::BufWriter::new(std::io::stdout()))
    } else {
        Box::new(std::io::BufWriter::new(std::fs::File::create(output).with_context(|| format!("creating {output}"))?))
    };
    let started = std::time::Instant::now();
    let mode = if check { helder_server::batch::Output::ErrorsOnly } else { helder_server::batch::Output::Results };
    let summary = helder_server::batch::recompute(reader, writer, threads, mode)?;
    eprintln!(
        "recomputed {} cases ({} errors) on {threads} threads in {:.3} s",
        summary.cases,
        summary.errors,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// `recompute --store`: every stored case's result and Dutch explanation into the database.
fn store(threads: Option<usize>, database_url: &str) -> anyhow::Result<()> {
    let threads = threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let started = std::time::Instant::now();
    let summary = runtime()?.block_on(async {
        let db = open(database_url).await?;
        helder_server::stored_results::store(&db, threads).await.map_err(anyhow::Error::from)
    })?;
    eprintln!(
        "stored {} cases ({} errors, {} bytes) on {threads} threads in {:.3} s",
        summary.cases,
        summary.errors,
        summary.bytes,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// `recompute --diff`: the impact report of the current rules against stored results.
fn impact(
    input: &str,
    output: &str,
    threads: Option<usize>,
    database_url: Option<&str>,
    stored: &str,
    publish: bool,
) -> anyhow::Result<()> {
    let threads = threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let cases: Vec<String> = if let Some(url) = database_url {
        let documents = runtime()?
            .block_on(async { open(url).await?.all_latest_documents().await.map_err(anyhow::Error::from) })?;
        documents.into_iter().map(|(_, document)| document).collect()
    } else {
        let text = if input == "-" {
            std::io::read_to_string(std::io::stdin()).context("reading stdin")?
        } else {
            std::fs::read_to_string(input).with_context(|| format!("reading {input}"))?
        };
        text.lines().filter(|line| !line.trim().is_empty()).map(str::to_owned).collect()
    };
    // Read a chunk of lines at a time: at 220,000 cases the file is about 11 GB.
    let stored_file = std::fs::File::open(stored).with_context(|| format!("reading {stored}"))?;
    let started = std::time::Instant::now();
    let helder_server::impact::Streamed { impact: report, identical } = helder_server::impact::impact_of_stream(
        &cases,
        std::io::BufReader::with_capacity(1 << 20, stored_file),
        threads,
        helder_server::impact::Comparison::SkipIdentical,
    )
    .with_context(|| format!("reading {stored}"))?;
    let mut writer: Box<dyn Write> = if output == "-" {
        Box::new(std::io::BufWriter::new(std::io::stdout()))
    } else {
        Box::new(std::io::BufWriter::new(std::fs::File::create(output).with_context(|| format!("creating {output}"))?))
    };
    if let (true, Some(url)) = (publish, database_url) {
        runtime()?.block_on(async {
            let db = open(url).await?;
            helder_server::workbench::impact::publish(&db, &report).await.map_err(|e| anyhow::anyhow!("{e:?}"))
        })?;
        eprintln!("published the report for team leads");
    }
    serde_json::to_writer_pretty(&mut writer, &report)?;
    writer.write_all(b"\n")?;
    writer.flush()?;
    eprintln!(
        "compared {} cases: {} changed, {} skipped, {} groups, {identical} identical to their stored result, in {:.3} s",
        report.cases,
        report.changed,
        report.skipped.len(),
        report.groups.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// How people sign in, how long their sessions last, and the workbench's quality sample.
struct Settings<'a> {
    sessions: helder_server::session_policy::SessionPolicy,
    oidc: &'a helder_server::oidc::config::OidcArgs,
    workbench: helder_server::workbench::Policy,
}

// One argument per group of `helder serve` flags; a struct of them would only rename the list.
#[allow(clippy::too_many_arguments)]
fn serve(
    bind: SocketAddr,
    portal: PathBuf,
    database_url: &str,
    demo_mode: bool,
    trusted_proxy: &[String],
    plain_http: bool,
    Settings { sessions, oidc, workbench }: Settings<'_>,
    mail: &helder_server::outbox::MailArgs,
) -> anyhow::Result<()> {
    let mail = mail.settings().map_err(anyhow::Error::msg).context("mail settings")?;
    let oidc_settings = oidc.providers().map_err(anyhow::Error::msg).context("OpenID Connect settings")?;
    let trusted_proxies =
        helder_server::client_address::TrustedProxies::parse(trusted_proxy).map_err(anyhow::Error::msg)?;
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .init();
    let runtime = runtime()?;
    runtime.block_on(async move {
        let mut db = open(database_url).await?;
        db.session_policy = sessions;
        if demo_mode {
            demo(database_url).await?;
            tracing::warn!("DEMO MODE: demo sign-in is enabled; never run this in production");
        }
        let portal_dir = portal.join("index.html").exists().then_some(portal.clone());
        if portal_dir.is_none() {
            tracing::warn!(portal = %portal.display(), "no built portal found; serving the API only");
        }
        helder_server::news_job::start(&db, mail).await.map_err(anyhow::Error::msg).context("news")?;
        let mut state = helder_server::http::AppState::new(portal_dir, Some(db), demo_mode);
        state.trusted_proxies = std::sync::Arc::new(trusted_proxies);
        state.plain_http = plain_http;
        state.workbench = workbench;
        let providers = helder_server::oidc::Providers::discover(oidc_settings).await.map_err(anyhow::Error::msg)?;
        for provider in [&providers.client, &providers.staff].into_iter().flatten() {
            tracing::info!(?provider, "OpenID Connect sign-in on");
        }
        state.oidc = std::sync::Arc::new(providers);
        if plain_http {
            tracing::warn!("--plain-http: session cookie without Secure, no HSTS; only for a local demo");
        }
        let app = helder_server::http::app(state);
        let listener = tokio::net::TcpListener::bind(bind).await.with_context(|| format!("binding {bind}"))?;
        let address = listener.local_addr()?;
        tracing::info!(%address, "helder serving");
        // The line tests and `cargo xtask run` wait for.
        eprintln!("helder listening on http://{address}/");
        helder_server::serve::serve(listener, app, helder_server::serve::ServeLimits::default(), shutdown_signal())
            .await
            .context("serving")
    })
}

/// Ctrl-C or SIGTERM (what service managers send): finish the requests under way, then stop.
async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
    tracing::info!("shutting down");
}
