//! `portal-timing BASE_URL`: time from navigation to the rendered case overview in headless
//! Chromium, median of 10 runs, with the browser cache disabled — once unthrottled and once at
//! 1.6 Mbit/s with 150 ms latency (DevTools network emulation). The server must run with
//! `--demo` (the tool signs in as the demo client of WIA-DEMO-06). Loopback targets only.

use fantoccini::Locator;
use fantoccini::wd::WebDriverCompatibleCommand;
use std::io::Write;
use std::time::{Duration, Instant};

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

#[tokio::main]
async fn main() {
    let base = std::env::args().nth(1).unwrap_or_else(|| "http://127.0.0.1:8080".into());
    let host = base.trim_start_matches("http://").split([':', '/']).next().unwrap_or("");
    if !(host == "localhost" || host.starts_with("127.")) {
        eprintln!("portal-timing: only loopback targets are allowed");
        std::process::exit(2);
    }
    let (_driver, client) = helder_tests::browser::start_browser(1280, 1000).await;
    client.goto(&format!("{base}/")).await.expect("the portal loads");
    client
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css("button[data-client='demo-client-06']"))
        .await
        .expect("the demo sign-in")
        .click()
        .await
        .expect("signs in");
    client.wait().at_most(Duration::from_secs(30)).for_element(Locator::Id("status-lead")).await.expect("overview");
    client.issue_cmd(Cdp("Network.enable", serde_json::json!({}))).await.expect("cdp");
    client.issue_cmd(Cdp("Network.setCacheDisabled", serde_json::json!({ "cacheDisabled": true }))).await.expect("cdp");
    let mut out = std::io::stdout().lock();
    for (name, conditions) in [
        (
            "unthrottled",
            serde_json::json!({ "offline": false, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
        ),
        (
            "1.6 Mbit/s, 150 ms",
            serde_json::json!({ "offline": false, "latency": 150, "downloadThroughput": 200_000, "uploadThroughput": 200_000 }),
        ),
    ] {
        client.issue_cmd(Cdp("Network.emulateNetworkConditions", conditions)).await.expect("throttling");
        let mut times = Vec::new();
        for _ in 0..10 {
            let started = Instant::now();
            client.goto(&format!("{base}/")).await.expect("navigation");
            client
                .wait()
                .at_most(Duration::from_secs(120))
                .for_element(Locator::Id("status-lead"))
                .await
                .expect("overview");
            times.push(started.elapsed());
        }
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let _ = writeln!(
            out,
            "portal, navigation to rendered case overview ({name}, cache disabled): median {:.0} ms, min {:.0} ms, max {:.0} ms over 10 runs",
            ms(times[5]),
            ms(times[0]),
            ms(times[9])
        );
    }
    let _ = client.close().await;
}
