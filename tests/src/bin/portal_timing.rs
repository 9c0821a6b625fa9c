//! `portal-timing BASE_URL`: time from navigation to the rendered case overview of a signed-in
//! client in headless Chromium, median of 10 runs with the browser cache disabled, under three
//! conditions: unthrottled; the network at 1.6 Mbit/s with 150 ms latency; and that network with
//! the CPU slowed 4× (issue 15's budget 2, a cheap phone on a weak mobile connection; DevTools
//! network emulation and `Emulation.setCPUThrottlingRate`). The server must run with `--demo`:
//! the tool signs in once as the demo client of WIA-DEMO-06, keeps the session cookie, and then
//! times fresh navigations to `/cases/WIA-DEMO-06`. Loopback targets only.
//!
//! What is timed is measured in the page, not by the WebDriver client (which polls every 250 ms):
//! a script that runs before the portal's own (`Page.addScriptToEvaluateOnNewDocument`) watches
//! the document and notes `performance.now()` (milliseconds since the navigation started) in the
//! first animation frame after the overview's money line (`#summary-money`) is in the page. Beside
//! it, the same for the ledger (`#ledger`), the timeline (`#timeline`), the client's news
//! (`#news`) and the "checked" mark (`#checked`): the result's figures come in a chunk after the
//! first screen (issue 15, budget 3), the timeline and the glossary below the ledgers with them,
//! then the clients' parts, and the engine last; this says how much later. Each run waits for the mark before the next navigation, so no run shares the line
//! with the one before.

use fantoccini::Locator;
use helder_tests::browser::devtools;
use std::io::Write;
use std::time::Duration;

/// The case the demo client of the sign-in button owns.
const CASE_PATH: &str = "/cases/WIA-DEMO-06";
/// The top block's money line: the first thing the overview answers (issue 18).
const OVERVIEW: &str = "summary-money";
/// The daily-wage correction's ledger: the result's figures, after the first screen.
const FIGURES: &str = "ledger";
/// The timeline, below the ledgers: it comes in the figures' chunk.
const TIMELINE: &str = "timeline";
/// The client's news, above the cards: the first of the clients' parts, after the figures.
const NEWS: &str = "news";
/// The "checked" mark: the engine has recomputed the result, the last thing the page loads.
const CHECKED: &str = "checked";
const RUNS: usize = 10;

/// Notes, in `window.__helderAt[id]`, the first frame in which the element `id` is in the page
/// (added, or given that id after it was added: without watching the id, the check's mark was
/// never noted),
/// for the overview's money line, the ledger, the timeline, the news and the "checked" mark.
const TIMER_SCRIPT: &str = r#"
(() => {
  const at = (window.__helderAt = {});
  const ids = ["summary-money", "ledger", "timeline", "news", "checked"];
  const seen = () => {
    for (const id of ids) {
      if (!(id in at) && document.getElementById(id)) {
        at[id] = null;
        requestAnimationFrame(() => { at[id] = performance.now(); });
      }
    }
    return ids.every((id) => id in at);
  };
  new MutationObserver((_, observer) => { if (seen()) observer.disconnect(); })
    .observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["id"] });
})();
"#;

/// One measured condition: its name, the network and the CPU slow-down.
struct Condition {
    name: &'static str,
    network: serde_json::Value,
    cpu_slowdown: u32,
}

fn conditions() -> [Condition; 3] {
    let unthrottled =
        serde_json::json!({ "offline": false, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 });
    // 1.6 Mbit/s is 200,000 bytes/s.
    let slow = serde_json::json!({ "offline": false, "latency": 150, "downloadThroughput": 200_000, "uploadThroughput": 200_000 });
    [
        Condition { name: "unthrottled", network: unthrottled, cpu_slowdown: 1 },
        Condition { name: "1.6 Mbit/s, 150 ms", network: slow.clone(), cpu_slowdown: 1 },
        Condition { name: "1.6 Mbit/s, 150 ms, CPU 4x slower (budget 2)", network: slow, cpu_slowdown: 4 },
    ]
}

#[tokio::main]
async fn main() {
    let base = std::env::args().nth(1).unwrap_or_else(|| "http://127.0.0.1:8080".into());
    let host = base.trim_start_matches("http://").split([':', '/']).next().unwrap_or("");
    if !(host == "localhost" || host.starts_with("127.")) {
        eprintln!("portal-timing: only loopback targets are allowed");
        std::process::exit(2);
    }
    let (_driver, client) = helder_tests::browser::start_browser(1280, 1000).await;
    // Signing in is not timed: the session cookie it sets is kept for the timed navigations.
    client.goto(&format!("{base}/")).await.expect("the portal loads");
    client
        .wait()
        .at_most(Duration::from_secs(60))
        .for_element(Locator::Css("button[data-client='demo-client-06']"))
        .await
        .expect("the demo sign-in")
        .click()
        .await
        .expect("signs in");
    client.wait().at_most(Duration::from_secs(60)).for_element(Locator::Id(OVERVIEW)).await.expect("overview");
    devtools(&client, "Page.enable", serde_json::json!({})).await;
    devtools(&client, "Page.addScriptToEvaluateOnNewDocument", serde_json::json!({ "source": TIMER_SCRIPT })).await;
    devtools(&client, "Network.enable", serde_json::json!({})).await;
    devtools(&client, "Network.setCacheDisabled", serde_json::json!({ "cacheDisabled": true })).await;
    let mut out = std::io::stdout().lock();
    for condition in conditions() {
        let mut times = Vec::new();
        let mut figures = Vec::new();
        let mut timeline = Vec::new();
        let mut news = Vec::new();
        let mut checked = Vec::new();
        for _ in 0..RUNS {
            // Set before every navigation, so a renderer the page moved to is throttled too.
            devtools(&client, "Network.emulateNetworkConditions", condition.network.clone()).await;
            let rate = serde_json::json!({ "rate": condition.cpu_slowdown });
            devtools(&client, "Emulation.setCPUThrottlingRate", rate).await;
            client.goto(&format!("{base}{CASE_PATH}")).await.expect("navigation");
            times.push(appeared(&client, OVERVIEW).await);
            figures.push(rendered_at(&client, FIGURES).await);
            timeline.push(rendered_at(&client, TIMELINE).await);
            // The page has loaded everything once it is checked: the next navigation does not
            // share the line with this page's last downloads.
            checked.push(appeared(&client, CHECKED).await);
            news.push(rendered_at(&client, NEWS).await);
        }
        // Where the last run's time went: each request's start and end, ms since navigation.
        let _ = writeln!(out, "  last run, {}: document end {:.0} ms", condition.name, document_end(&client).await);
        for (name, start, end, bytes) in resources(&client).await {
            let _ = writeln!(out, "    {start:>6.0} – {end:>6.0} ms  {bytes:>7} B  {name}");
        }
        for (what, times) in [
            ("rendered case overview", &mut times),
            ("its ledger (the result's figures)", &mut figures),
            ("its timeline (with the figures)", &mut timeline),
            ("its news (the clients' parts)", &mut news),
            ("its \"checked\" mark (the engine, last)", &mut checked),
        ] {
            times.sort_by(f64::total_cmp);
            let _ = writeln!(
                out,
                "portal, navigation to {what} ({}, cache disabled): median {:.0} ms, min {:.0} ms, max {:.0} ms over {RUNS} runs",
                condition.name,
                (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2.0,
                times[0],
                times[RUNS - 1]
            );
        }
    }
    devtools(&client, "Emulation.setCPUThrottlingRate", serde_json::json!({ "rate": 1 })).await;
    let _ = client.close().await;
}

/// Waits (up to 2 minutes) for the element `id`, then answers when the page noted it drawn.
async fn appeared(client: &fantoccini::Client, id: &str) -> f64 {
    client
        .wait()
        .at_most(Duration::from_secs(120))
        .every(Duration::from_millis(50))
        .for_element(Locator::Id(id))
        .await
        .unwrap_or_else(|error| panic!("#{id} did not appear: {error}"));
    rendered_at(client, id).await
}

/// The page's own note of when the element `id` was first drawn, in ms since navigation started
/// (waits up to 12 s for the animation frame that takes it).
async fn rendered_at(client: &fantoccini::Client, id: &str) -> f64 {
    for _ in 0..600 {
        let noted = client
            .execute("return (window.__helderAt || {})[arguments[0]] ?? null;", vec![serde_json::json!(id)])
            .await
            .expect("script");
        if let Some(ms) = noted.as_f64() {
            return ms;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("the page noted no time for #{id} (did the timer script run?)");
}

/// The page's requests after the document, in the order they started: path, start and end (ms
/// since navigation) and bytes transferred (compressed, with headers).
async fn resources(client: &fantoccini::Client) -> Vec<(String, f64, f64, u64)> {
    let script = "return performance.getEntriesByType('resource')
        .map(e => [new URL(e.name).pathname, e.startTime, e.responseEnd, e.transferSize]);";
    let entries = client.execute(script, vec![]).await.expect("resource timings");
    entries
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|entry| {
            let entry = entry.as_array()?;
            Some((
                entry.first()?.as_str()?.to_owned(),
                entry.get(1)?.as_f64()?,
                entry.get(2)?.as_f64()?,
                entry.get(3)?.as_u64().unwrap_or(0),
            ))
        })
        .collect()
}

/// When the HTML document itself had arrived, in ms since navigation.
async fn document_end(client: &fantoccini::Client) -> f64 {
    let script = "return performance.getEntriesByType('navigation')[0]?.responseEnd ?? -1;";
    client.execute(script, vec![]).await.expect("navigation timing").as_f64().unwrap_or(-1.0)
}
