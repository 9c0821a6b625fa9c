//! The HTTP side: `/api/v1/*` and the built portal at `/`.

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::routing::any;
use std::path::PathBuf;
use std::sync::Arc;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

/// What the handlers share.
#[derive(Clone)]
pub struct AppState {
    /// The portal's built `dist` folder (`cargo xtask build-portal`); `None` serves only the API.
    pub portal_dir: Option<PathBuf>,
    pub db: Option<crate::db::Db>,
    /// The demo sign-in is only there when the server was started with `--demo`.
    pub demo: bool,
    /// `--plain-http`: reached over plain http (a local demo), so the session cookie has no
    /// `Secure` flag and no `__Host-` prefix, and no HSTS header is sent. Off in production.
    pub plain_http: bool,
    pub identity: Arc<dyn crate::auth::IdentityProvider>,
    /// The OpenID Connect providers (DigiD for clients, single sign-on for staff), if configured.
    pub oidc: Arc<crate::oidc::Providers>,
    /// Limits counted in the database (sign-in per address and per account, staff search).
    pub limits: crate::ratelimit::Limits,
    /// Bounds the argon2id checks running and waiting.
    pub passwords: Arc<crate::passwords::PasswordGate>,
    /// The reverse proxies whose `X-Forwarded-For` names the client (`--trusted-proxy`).
    pub trusted_proxies: Arc<crate::client_address::TrustedProxies>,
    pub results: Arc<crate::api::ResultCache>,
    /// The correction workbench's quality-check sample.
    pub workbench: crate::workbench::Policy,
}

impl AppState {
    pub fn new(portal_dir: Option<PathBuf>, db: Option<crate::db::Db>, demo: bool) -> AppState {
        AppState {
            portal_dir,
            db,
            demo,
            plain_http: false,
            identity: Arc::new(crate::auth::DemoIdentity),
            oidc: Arc::new(crate::oidc::Providers::default()),
            limits: crate::ratelimit::Limits::default(),
            passwords: Arc::new(crate::passwords::PasswordGate::for_this_machine()),
            trusted_proxies: Arc::new(crate::client_address::TrustedProxies::default()),
            results: Arc::new(crate::api::ResultCache::default()),
            workbench: crate::workbench::Policy::default(),
        }
    }
}

/// The staff build's page in the portal folder (`www/staff/index.html`, built by `cargo xtask build-portal` into
/// `dist/staff/` with the `workbench` feature); the addresses under `/workbench` answer it.
pub const STAFF_INDEX: &str = "staff/index.html";

/// The Content-Security-Policy: scripts only from this origin, plus the hashes of the inline
/// loader scripts the portal's build writes into `index.html` (so nothing else inline can run).
pub fn content_security_policy(index_html: Option<&str>) -> String {
    let hashes: Vec<String> = index_html.map(inline_script_hashes).unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{}; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        hashes.iter().map(|h| format!(" 'sha256-{h}'")).collect::<String>()
    )
}

/// Base64 SHA-256 of the text of every inline `<script>` element.
fn inline_script_hashes(html: &str) -> Vec<String> {
    use base64::Engine;
    use sha2::Digest;
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find("<script") {
        let after_open = &rest[open..];
        let Some(tag_end) = after_open.find('>') else { break };
        let tag = &after_open[..tag_end];
        let body_start = &after_open[tag_end + 1..];
        let Some(close) = body_start.find("</script>") else { break };
        if !tag.contains(" src=") {
            let digest = sha2::Sha256::digest(&body_start.as_bytes()[..close]);
            hashes.push(base64::engine::general_purpose::STANDARD.encode(digest));
        }
        rest = &body_start[close..];
    }
    hashes
}

/// How long a browser may keep a portal file. A file whose name carries the hash of its contents
/// (`style-<hash>.css`, everything in `portal-<hash>/`, written by `cargo xtask build-portal`) never
/// changes under that name: a phone that has it asks for nothing on its next visit. The pages and
/// the engine (`/engine/`, no hash in its name) are asked again each time (`no-cache`), so a new
/// build is seen at once.
pub fn portal_cache_control(path: &str) -> &'static str {
    let hashed = |name: &str, prefix: &str, suffix: &str| {
        name.strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(suffix))
            .is_some_and(|hash| hash.len() == 16 && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
    };
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let (file, folders) = segments.split_last().unwrap_or((&"", &[]));
    if folders.iter().any(|folder| hashed(folder, "portal-", "")) || hashed(file, "style-", ".css") {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

/// Sets the `Cache-Control` of a file the portal's folder served ([`portal_cache_control`]), also on
/// a revalidation's 304 (whose headers replace the kept ones). The pages carry their own
/// (`no-cache`, [`page`]): a missing file answers the portal's page (the screens' fallback), which
/// must never be kept under a file's address. API answers have their own (`no-store`).
async fn portal_caching(request: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    if !response.headers().contains_key(header::CACHE_CONTROL) {
        let is_page =
            response.headers().get(header::CONTENT_TYPE).is_some_and(|kind| kind.as_bytes().starts_with(b"text/html"));
        let found = response.status().is_success() || response.status() == axum::http::StatusCode::NOT_MODIFIED;
        let policy = if found && !is_page { portal_cache_control(&path) } else { "no-cache" };
        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    response
}

/// A page of the portal (`index.html`, the staff build's), asked again on every visit: a new build
/// is seen at once.
fn page(path: PathBuf) -> tower_http::set_header::SetResponseHeader<ServeFile, HeaderValue> {
    use tower::Layer;
    SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"))
        .layer(ServeFile::new(path))
}

async fn api_not_found() -> crate::error::ApiError {
    crate::error::ApiError::NotFound
}

/// The whole application as a `Router`, so tests can call it without a socket.
pub fn app(state: AppState) -> Router {
    // The client's portal and, beside it in `staff/`, UWV's build with the workbench (its own
    // build, so a client's phone never loads the staff screens: issue 15, budget 3).
    let read = |page: &str| state.portal_dir.as_ref().and_then(|dir| std::fs::read_to_string(dir.join(page)).ok());
    let pages: String = [read("index.html"), read(STAFF_INDEX)].into_iter().flatten().collect();
    let policy = HeaderValue::from_str(&content_security_policy(Some(pages.as_str()).filter(|p| !p.is_empty())))
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'self'"));
    let api = crate::api::router()
        // An address under /api/ that is no endpoint is a JSON 404, never the portal's page.
        .route("/api", any(api_not_found))
        .route("/api/", any(api_not_found))
        .route("/api/{*rest}", any(api_not_found))
        .layer(axum::extract::DefaultBodyLimit::max(crate::input::BODY_LIMIT))
        // API answers carry personal data, session and CSRF tokens: no cache may keep them.
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
        .with_state(state.clone());
    // Behind TLS (the production proxy), browsers must never fall back to plain http.
    let hsts = (!state.plain_http).then(|| HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    let router = match &state.portal_dir {
        Some(dir) => {
            // Every other address without a file is one of the portal's screens (`/`,
            // `/cases/{case id}`): index.html answers (200), and the portal shows the screen.
            let index = page(dir.join("index.html"));
            let staff = dir.join(STAFF_INDEX);
            let api = if staff.exists() {
                // The workbench's addresses answer the staff build's page.
                api.route_service("/workbench", page(staff.clone())).route_service("/workbench/{*rest}", page(staff))
            } else {
                api
            };
            api.fallback_service(ServeDir::new(dir).fallback(index)).layer(axum::middleware::from_fn(portal_caching))
        }
        None => api,
    };
    router
        // The WASM module and the result documents compress well (about 4:1 and 8:1).
        .layer(tower_http::compression::CompressionLayer::new())
        // Method and path only: no bodies, no query strings, no headers (cookies) in the log.
        .layer(tower_http::trace::TraceLayer::new_for_http().make_span_with(|request: &axum::http::Request<_>| {
            tracing::debug_span!("request", method = %request.method(), path = %request.uri().path())
        }))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::overriding(header::CONTENT_SECURITY_POLICY, policy))
        .layer(SetResponseHeaderLayer::overriding(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer")))
        .layer(SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            move |_: &axum::response::Response| hsts.clone(),
        ))
        // NUL never reaches a handler or the database (PostgreSQL cannot store it).
        .layer(axum::middleware::from_fn(crate::input::reject_nul))
        .layer(axum::middleware::from_fn_with_state(state.trusted_proxies.clone(), crate::client_address::resolve))
}
