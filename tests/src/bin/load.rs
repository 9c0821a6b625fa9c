//! `load BASE_URL [RATE] [SECONDS] [CASE_ID]`: an open-loop load generator for the case view.
//! Signs in as the demo client of the case, then sends GET /api/v1/cases/CASE_ID?lang=nl at a
//! fixed rate. Latency is measured from each request's scheduled start, so a slow server cannot
//! hide queueing (no coordinated omission). Prints p50/p90/p99/max, errors and the rate reached.
//! Loopback only: the URL must be on 127.0.0.0/8 or localhost.

use http_body_util::{BodyExt, Empty, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use std::io::Write;
use std::time::{Duration, Instant};

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let base = args.get(1).cloned().unwrap_or_else(|| "http://127.0.0.1:8080".into());
    let rate: u64 = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(1000);
    let seconds: u64 = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(30);
    let case_id = args.get(4).cloned().unwrap_or_else(|| "WIA-DEMO-06".into());
    let host = base.trim_start_matches("http://").split([':', '/']).next().unwrap_or("");
    if !(host == "localhost" || host.starts_with("127.")) {
        eprintln!("load: only loopback targets are allowed, not {host}");
        std::process::exit(2);
    }
    let client: Client<_, Full<Bytes>> = Client::builder(TokioExecutor::new()).build_http();

    // Sign in as the case's demo client.
    let number: u32 = case_id.trim_start_matches("WIA-DEMO-").parse().unwrap_or(6);
    let body = format!(r#"{{"client_id":"demo-client-{number:02}"}}"#);
    let request = hyper::Request::post(format!("{base}/api/v1/session/demo"))
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body)))
        .expect("request");
    let response = client.request(request).await.expect("sign-in");
    let cookie = response
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|c| c.split(';').next())
        .map(str::to_owned)
        .expect("a session cookie (is the server running with --demo?)");

    let url = format!("{base}/api/v1/cases/{case_id}?lang=nl");
    let interval = Duration::from_nanos(1_000_000_000 / rate.max(1));
    let total = rate * seconds;
    let (sender, mut receiver) = tokio::sync::mpsc::unbounded_channel::<Result<Duration, String>>();
    let started = Instant::now();
    for index in 0..total {
        let scheduled = started + interval * u32::try_from(index).unwrap_or(u32::MAX);
        tokio::time::sleep_until(scheduled.into()).await;
        let (client, url, cookie, sender) = (client.clone(), url.clone(), cookie.clone(), sender.clone());
        tokio::spawn(async move {
            let request =
                hyper::Request::get(&url).header("cookie", cookie).body(Full::new(Bytes::new())).expect("request");
            let outcome = match client.request(request).await {
                Ok(response) if response.status().is_success() => match response.into_body().collect().await {
                    Ok(_) => Ok(scheduled.elapsed()),
                    Err(e) => Err(e.to_string()),
                },
                Ok(response) => Err(format!("status {}", response.status())),
                Err(e) => Err(e.to_string()),
            };
            let _ = sender.send(outcome);
        });
    }
    drop(sender);
    let mut latencies = Vec::with_capacity(total as usize);
    let mut errors = Vec::new();
    while let Some(outcome) = receiver.recv().await {
        match outcome {
            Ok(latency) => latencies.push(latency),
            Err(error) => errors.push(error),
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    latencies.sort();
    let at = |p: f64| {
        latencies
            .get(((latencies.len() as f64 * p) as usize).min(latencies.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    };
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let _ = Empty::<Bytes>::new();
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "case view {case_id}: {} requests in {elapsed:.1} s ({:.0}/s), p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms, errors {}",
        latencies.len() + errors.len(),
        (latencies.len() + errors.len()) as f64 / elapsed,
        ms(at(0.50)),
        ms(at(0.90)),
        ms(at(0.99)),
        ms(latencies.last().copied().unwrap_or_default()),
        errors.len()
    );
    if let Some(first) = errors.first() {
        let _ = writeln!(out, "first error: {first}");
    }
}
