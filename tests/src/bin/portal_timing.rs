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
//! first animation frame after the overview's money line (`#summary-money`) is in the page.

use fantoccini::Locator;
use fantoccini::wd::WebDriverCompatibleCommand;
use std::io::Write;
use std::time::Duration;

/// The case the demo client of the sign-in button owns.
const CASE_PATH: &str = "/cases/WIA-DEMO-06";
/// The top block's money line: the first thing the overview answers (issue 18).
const OVERVIEW: &str = "summary-money";
const RUNS: usize = 10;

/// Notes, in `window.__helderOverviewAt`, the first frame in which the overview is in the page.
const TIMER_SCRIPT: &str = r#"
(() => {
  const seen = () => {
    if (window.__helderOverviewAt !== undefined || !document.getElementById("summary-money")) return false;
    window.__helderOverviewAt = null;
    requestAnimationFrame(() => { window.__helderOverviewAt = performance.now(); });
    return true;
  };
  new MutationObserver((_, observer) => { if (seen()) observer.disconnect(); })
    .observe(document, { childList: true, subtree: true });
})();
"#;

/// A DevTools command through ChromeDriver's `/goog/cdp/execute`.
#[derive(Debug)]
struct Cdp(&'static str, serde_json::Value);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(serde_json::json!({ "cmd": self.0, "params": self.1 }).to_string()))
    }
}

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
    client.issue_cmd(Cdp("Page.enable", serde_json::json!({}))).await.expect("cdp");
    client
        .issue_cmd(Cdp("Page.addScriptToEvaluateOnNewDocument", serde_json::json!({ "source": TIMER_SCRIPT })))
        .await
        .expect("the timer script");
    client.issue_cmd(Cdp("Network.enable", serde_json::json!({}))).await.expect("cdp");
    client.issue_cmd(Cdp("Network.setCacheDisabled", serde_json::json!({ "cacheDisabled": true }))).await.expect("cdp");
    let mut out = std::io::stdout().lock();
    for condition in conditions() {
        let mut times = Vec::new();
        for _ in 0..RUNS {
            // Set before every navigation, so a renderer the page moved to is throttled too.
            client
                .issue_cmd(Cdp("Network.emulateNetworkConditions", condition.network.clone()))
                .await
                .expect("network");
            let rate = serde_json::json!({ "rate": condition.cpu_slowdown });
            client.issue_cmd(Cdp("Emulation.setCPUThrottlingRate", rate)).await.expect("CPU throttling");
            client.goto(&format!("{base}{CASE_PATH}")).await.expect("navigation");
            client
                .wait()
                .at_most(Duration::from_secs(120))
                .every(Duration::from_millis(50))
                .for_element(Locator::Id(OVERVIEW))
                .await
                .expect("the case overview");
            times.push(rendered_at(&client).await);
        }
        times.sort_by(f64::total_cmp);
        let _ = writeln!(
            out,
            "portal, navigation to rendered case overview ({}, cache disabled): median {:.0} ms, min {:.0} ms, max {:.0} ms over {RUNS} runs",
            condition.name,
            (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2.0,
            times[0],
            times[RUNS - 1]
        );
    }
    let _ = client.issue_cmd(Cdp("Emulation.setCPUThrottlingRate", serde_json::json!({ "rate": 1 }))).await;
    let _ = client.close().await;
}

/// The page's own note of when the overview was first drawn, in ms since navigation started
/// (waits for the animation frame that takes it).
async fn rendered_at(client: &fantoccini::Client) -> f64 {
    for _ in 0..600 {
        let noted = client.execute("return window.__helderOverviewAt ?? null;", vec![]).await.expect("script");
        if let Some(ms) = noted.as_f64() {
            return ms;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("the page noted no time for the overview (did the timer script run?)");
}
