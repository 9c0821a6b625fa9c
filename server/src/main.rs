//! The `helder` binary: `serve`, `compute`, `recompute`.

use anyhow::Context;
use clap::{Parser, Subcommand};
use std::io::{Read, Write};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

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
        /// The built portal (Trunk's dist folder).
        #[arg(long, default_value = "dist")]
        portal: PathBuf,
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
    /// Recompute NDJSON case documents into NDJSON results, in input order.
    Recompute {
        /// Input NDJSON (- for stdin).
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
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Compute { file, explain, json } => compute(&file, explain.as_deref(), json),
        Command::Serve { bind, portal } => report(serve(bind, portal)),
        Command::Recompute { input, output, threads, check } => report(recompute(&input, &output, threads, check)),
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

fn recompute(input: &str, output: &str, threads: Option<usize>, check: bool) -> anyhow::Result<()> {
    let threads = threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let reader: Box<dyn std::io::BufRead> = if input == "-" {
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

fn serve(bind: SocketAddr, portal: PathBuf) -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .init();
    let runtime = tokio::runtime::Runtime::new().context("starting the runtime")?;
    runtime.block_on(async move {
        let portal_dir = portal.join("index.html").exists().then_some(portal.clone());
        if portal_dir.is_none() {
            tracing::warn!(portal = %portal.display(), "no built portal found; serving the API only");
        }
        let app = helder_server::http::app(helder_server::http::AppState { portal_dir });
        let listener = tokio::net::TcpListener::bind(bind).await.with_context(|| format!("binding {bind}"))?;
        let address = listener.local_addr()?;
        tracing::info!(%address, "helder serving");
        // The line tests and `cargo xtask run` wait for.
        eprintln!("helder listening on http://{address}/");
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .context("serving")
    })
}
