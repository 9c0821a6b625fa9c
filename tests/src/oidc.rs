//! A real OpenID provider on loopback for the sign-in tests: `tests/oidc/provider.mjs`
//! (`oidc-provider` from npm, installed by `cargo xtask setup` into `.tools/npm`) under Node, and
//! a small cookie-keeping HTTP client that signs in through the provider's own login page the
//! way a browser would, for tests without one.

use crate::browser::{Running, free_port, wait_for_port};
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The clients the provider knows (`provider.mjs`): (client id, secret).
pub const DIGID_CLIENT: (&str, &str) = ("helder-digid", "digid-geheim");
pub const SSO_CLIENT: (&str, &str) = ("helder-sso", "sso-geheim");

/// The provider's module under `.tools/npm`. A missing Node or package fails the test with what
/// to do (never a silent skip: CI must run these tests).
fn provider_module() -> PathBuf {
    let module =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../.tools/npm/node_modules/oidc-provider/lib/index.js");
    assert!(
        module.exists(),
        "oidc-provider is not installed at {} (CI={}): run `cargo xtask setup`",
        module.display(),
        std::env::var("CI").unwrap_or_default()
    );
    module
}

/// Starts the provider on a free loopback port for a Helder at `helder_url` (its redirect URLs).
/// Returns the process and the issuer URL.
pub fn start_provider(helder_url: &str) -> (Running, String) {
    let module = provider_module();
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("oidc/provider.mjs");
    let port = free_port();
    let child = Command::new("node")
        .arg(&script)
        .env("PORT", port.to_string())
        .env("HELDER_URL", helder_url)
        .env("OIDC_PROVIDER_MODULE", &module)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "node does not start ({e}; CI={}): install Node.js 20 or later",
                std::env::var("CI").unwrap_or_default()
            )
        });
    let running = Running::new(child);
    wait_for_port(port, "the OpenID provider");
    (running, format!("http://127.0.0.1:{port}"))
}

/// A browser without a screen: follows redirects on one host, keeps its cookies, and fills in
/// the provider's login form.
pub struct ProviderSession {
    client: Client<HttpConnector, Full<Bytes>>,
    cookies: BTreeMap<String, String>,
}

/// One answer: status, Location and body.
pub struct Answer {
    pub status: u16,
    pub location: Option<String>,
    pub body: String,
}

impl Default for ProviderSession {
    fn default() -> Self {
        ProviderSession {
            client: Client::builder(hyper_util::rt::TokioExecutor::new()).build(HttpConnector::new()),
            cookies: BTreeMap::new(),
        }
    }
}

impl ProviderSession {
    pub async fn request(&mut self, method: &str, url: &str, form: Option<&[(&str, &str)]>) -> Answer {
        let mut request = http::Request::builder().method(method).uri(url);
        if !self.cookies.is_empty() {
            let cookie: Vec<String> = self.cookies.iter().map(|(name, value)| format!("{name}={value}")).collect();
            request = request.header("cookie", cookie.join("; "));
        }
        let body = match form {
            Some(fields) => {
                request = request.header("content-type", "application/x-www-form-urlencoded");
                url::form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish()
            }
            None => String::new(),
        };
        let response = self.client.request(request.body(Full::new(Bytes::from(body))).unwrap()).await.unwrap();
        for value in response.headers().get_all("set-cookie") {
            if let Some((name, rest)) = value.to_str().unwrap_or("").split_once('=') {
                let value = rest.split(';').next().unwrap_or("").to_owned();
                if value.is_empty() || rest.contains("expires=Thu, 01 Jan 1970") {
                    self.cookies.remove(name);
                } else {
                    self.cookies.insert(name.to_owned(), value);
                }
            }
        }
        let status = response.status().as_u16();
        let location = response.headers().get("location").and_then(|v| v.to_str().ok()).map(|location| {
            url::Url::parse(url).and_then(|base| base.join(location)).map(String::from).unwrap_or(location.to_owned())
        });
        let body = String::from_utf8_lossy(&response.into_body().collect().await.unwrap().to_bytes()).into_owned();
        Answer { status, location, body }
    }

    /// From the provider's authorization URL through its login page (`username`, `password`;
    /// `None` presses cancel) to where it sends the browser back: the callback URL at Helder.
    pub async fn sign_in(&mut self, authorization_url: &str, login: Option<(&str, &str)>, helder_url: &str) -> String {
        let mut url = authorization_url.to_owned();
        for _ in 0..10 {
            if url.starts_with(helder_url) {
                return url;
            }
            let answer = self.request("GET", &url, None).await;
            if let Some(next) = answer.location {
                url = next;
                continue;
            }
            assert_eq!(answer.status, 200, "{url}: {}", answer.body);
            let action = if login.is_some() { "/login" } else { "/abort" };
            let form_url = format!("{}{action}", url.split('?').next().unwrap_or(&url));
            let fields: Vec<(&str, &str)> = match login {
                Some((username, password)) => vec![("username", username), ("password", password)],
                None => vec![],
            };
            let answer = self.request("POST", &form_url, Some(&fields)).await;
            url =
                answer.location.unwrap_or_else(|| panic!("the login form answered {}: {}", answer.status, answer.body));
        }
        panic!("the provider did not send the browser back to Helder")
    }
}
