//! The HTTP side: `/api/v1/*` and the built portal at `/`.

use axum::Json;
use axum::Router;
use axum::http::{HeaderValue, header};
use axum::routing::get;
use std::path::PathBuf;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

/// What the handlers share.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The Trunk `dist` folder of the portal; `None` serves only the API.
    pub portal_dir: Option<PathBuf>,
}

/// The Content-Security-Policy: scripts only from this origin, plus the hashes of the inline
/// loader scripts Trunk writes into `index.html` (so nothing else inline can run).
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

/// The whole application as a `Router`, so tests can call it without a socket.
pub fn app(state: AppState) -> Router {
    let index_html = state.portal_dir.as_ref().and_then(|dir| std::fs::read_to_string(dir.join("index.html")).ok());
    let policy = HeaderValue::from_str(&content_security_policy(index_html.as_deref()))
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'self'"));
    let api = Router::new().route("/api/v1/health", get(health));
    let router = match &state.portal_dir {
        Some(dir) => {
            // Client-side routes fall back to index.html.
            let index = ServeFile::new(dir.join("index.html"));
            api.fallback_service(ServeDir::new(dir).fallback(index))
        }
        None => api,
    };
    router
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::overriding(header::CONTENT_SECURITY_POLICY, policy))
        .layer(SetResponseHeaderLayer::overriding(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer")))
}

async fn health() -> Json<serde_json::Value> {
    Json(serde_json::json!({
        "status": "ok",
        "version": helder_core::VERSION,
        "rules_version": helder_core::rules_version(),
    }))
}
