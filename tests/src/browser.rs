//! Browser test plumbing: `helder serve` and ChromeDriver as child processes on free loopback
//! ports, headless Chromium with the flags this closed network needs, and a WebDriver client.

use fantoccini::{Client, ClientBuilder};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A child process that is killed when dropped, so a failing test leaves nothing running.
pub struct Running(Child);

impl Running {
    pub fn new(child: Child) -> Running {
        Running(child)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

pub fn wait_for_port(port: u16, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "{what} did not open port {port} within 30 s");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn from_env_or(name: &str, fallback: &str) -> PathBuf {
    std::env::var_os(name)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join(fallback))
}

/// `helder serve --demo` with the built portal on a fresh database and a free port. Returns the
/// base URL.
pub fn start_helder() -> (Running, String) {
    start_helder_on(free_port(), &[])
}

/// `helder serve --demo` as `start_helder`, on `port` and with more arguments (OpenID Connect).
pub fn start_helder_on(port: u16, arguments: &[String]) -> (Running, String) {
    let binary = from_env_or("HELDER_BIN", "target/debug/helder");
    let dist = from_env_or("HELDER_PORTAL_DIST", "dist");
    assert!(binary.exists(), "no helder binary at {}: run `cargo xtask test`", binary.display());
    assert!(dist.join("index.html").exists(), "no built portal at {}: run `cargo xtask test`", dist.display());
    // A fresh embedded database with the demo data, so every run starts from the same state.
    let database = std::env::temp_dir().join(format!("helder-browser-{}-{port}.db", std::process::id()));
    let child = Command::new(&binary)
        // The browser reaches the server over plain http.
        .args(["serve", "--demo", "--plain-http", "--bind", &format!("127.0.0.1:{port}"), "--portal"])
        .arg(&dist)
        .arg("--database-url")
        .arg(format!("sqlite://{}", database.display()))
        .args(arguments)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("helder serve starts");
    let running = Running(child);
    wait_for_port(port, "helder serve");
    (running, format!("http://127.0.0.1:{port}"))
}

/// ChromeDriver and a headless Chromium session of the given window width. Headless Chromium
/// keeps a window at least about 500 px wide, so a narrower width gives a wider viewport: for a
/// true phone viewport use `start_phone`.
pub async fn start_browser(width: u32, height: u32) -> (Running, Client) {
    start_chromium(width, height, None).await
}

/// A headless Chromium session whose viewport is exactly `width` CSS pixels (ChromeDriver's
/// device-metrics emulation), as on a 320 px phone.
pub async fn start_phone(width: u32, height: u32) -> (Running, Client) {
    let metrics = serde_json::json!({ "deviceMetrics": { "width": width, "height": height, "pixelRatio": 1 } });
    start_chromium(width.max(500), height, Some(metrics)).await
}

async fn start_chromium(width: u32, height: u32, mobile: Option<serde_json::Value>) -> (Running, Client) {
    let driver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
    let port = free_port();
    let child = Command::new(&driver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{driver} does not start ({e}): run `cargo xtask setup`"));
    let running = Running(child);
    wait_for_port(port, "chromedriver");
    let profile = std::env::temp_dir().join(format!("helder-chromium-{}-{port}", std::process::id()));
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", format!("--window-size={width},{height}"),
                format!("--user-data-dir={}", profile.display()),
            ],
        }),
    );
    if let (Some(mobile), Some(options)) = (mobile, capabilities.get_mut("goog:chromeOptions")) {
        options["mobileEmulation"] = mobile;
    }
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let client = ClientBuilder::new(connector)
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a WebDriver session");
    (running, client)
}

/// A Chrome DevTools command sent through ChromeDriver (`goog/cdp/execute`).
#[derive(Debug)]
struct DevTools {
    command: &'static str,
    params: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for DevTools {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/goog/cdp/execute", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = serde_json::json!({ "cmd": self.command, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// Runs a Chrome DevTools command (`Network.emulateNetworkConditions`, …) in a running session.
pub async fn devtools(client: &Client, command: &'static str, params: serde_json::Value) {
    client.issue_cmd(DevTools { command, params }).await.unwrap_or_else(|e| panic!("DevTools {command}: {e}"));
}

/// Gives the page a viewport of exactly `width` × `height` CSS pixels in a running session, as
/// `start_phone` does at start-up (a desktop window cannot be narrower than about 500 px), so a
/// 320 px screenshot is 320 px wide; `None` ends the emulation (the window's size again).
pub async fn emulate_viewport(client: &Client, size: Option<(u32, u32)>) {
    let command = match size {
        Some((width, height)) => DevTools {
            command: "Emulation.setDeviceMetricsOverride",
            params: serde_json::json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": true }),
        },
        None => DevTools { command: "Emulation.clearDeviceMetricsOverride", params: serde_json::json!({}) },
    };
    client.issue_cmd(command).await.expect("ChromeDriver runs the DevTools command");
}

/// Where screenshots go (`target/screenshots/`).
pub fn screenshot_dir() -> PathBuf {
    let dir = from_env_or("HELDER_SCREENSHOTS", "target/screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot folder");
    dir
}
