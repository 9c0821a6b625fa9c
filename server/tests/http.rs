//! The HTTP application, called in-process.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use helder_server::http::{AppState, app, content_security_policy};
use http_body_util::BodyExt;
use tower::ServiceExt;

#[tokio::test]
async fn health_answers_with_the_rules_version() {
    let response = app(AppState::new(None, None, false))
        .oneshot(Request::get("/api/v1/health").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let csp = response.headers()["content-security-policy"].to_str().unwrap().to_owned();
    assert!(csp.contains("object-src 'none'"), "{csp}");
    let body = response.into_body().collect().await.unwrap().to_bytes();
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(json["status"], "ok");
    assert_eq!(json["rules_version"], helder_core::rules_version());
}

#[test]
fn csp_allows_exactly_the_inline_loader_by_hash() {
    // sha256("alert(1)") in base64.
    let csp = content_security_policy(Some("<html><script>alert(1)</script><script src=\"/a.js\"></script>"));
    assert!(csp.contains("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"), "{csp}");
    assert_eq!(csp.matches("'sha256-").count(), 1, "{csp}");
    assert!(!csp.contains("unsafe-inline"));
}

#[test]
fn access_reasons_are_percent_decoded() {
    use helder_server::api::percent_decode;
    assert_eq!(percent_decode("Cli%C3%ABnt%20belt"), "Cliënt belt");
    assert_eq!(percent_decode("plain reason"), "plain reason");
    assert_eq!(percent_decode("100%"), "100%");
}

/// Every screen's address answers the portal's page (so a reload or a bookmark of a deep address
/// works); an unknown address under /api/ answers a JSON 404, never the page.
#[tokio::test]
async fn screen_addresses_serve_the_portal_and_unknown_api_paths_a_json_404() {
    let dist = std::env::temp_dir().join(format!("helder-http-dist-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!DOCTYPE html><title>portal</title>").unwrap();
    let get = |path: &'static str| {
        app(AppState::new(Some(dist.clone()), None, false)).oneshot(Request::get(path).body(Body::empty()).unwrap())
    };
    for path in ["/", "/cases/WIA-DEMO-06", "/cases/WIA%20X"] {
        let response = get(path).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let body = response.into_body().collect().await.unwrap().to_bytes();
        assert!(body.starts_with(b"<!DOCTYPE html>"), "{path}");
    }
    for path in ["/api", "/api/", "/api/v1/nothing-here", "/api/v2/cases", "/api/v1/cases/x/nothing"] {
        let response = get(path).await.unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        assert_eq!(response.headers()["content-type"], "application/json", "{path}");
        let body = response.into_body().collect().await.unwrap().to_bytes();
        let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(json["error"], "not_found", "{path}");
    }
    let _ = std::fs::remove_dir_all(&dist);
}

/// The workbench is a build of its own in `staff/` (issue 15, budget 3: a client's phone does not
/// load UWV's screens): its addresses answer the staff page, every other screen the client's, and
/// the Content-Security-Policy allows the inline scripts of both pages by hash.
#[tokio::test]
async fn workbench_addresses_serve_the_staff_build() {
    let dist = std::env::temp_dir().join(format!("helder-http-staff-{}", std::process::id()));
    std::fs::create_dir_all(dist.join("staff")).unwrap();
    std::fs::write(dist.join("index.html"), "<!DOCTYPE html><title>client</title><script>alert(1)</script>").unwrap();
    std::fs::write(dist.join("staff/index.html"), "<!DOCTYPE html><title>staff</title><script>alert(2)</script>")
        .unwrap();
    std::fs::write(dist.join("staff/app.js"), "// staff code").unwrap();
    let get = |path: &'static str| {
        app(AppState::new(Some(dist.clone()), None, false)).oneshot(Request::get(path).body(Body::empty()).unwrap())
    };
    for (path, page) in [
        ("/", "client"),
        ("/cases/WIA-DEMO-06", "client"),
        ("/workbench", "staff"),
        ("/workbench/dashboard", "staff"),
        ("/workbench/cases/WIA-DEMO-13", "staff"),
        ("/workbenches", "client"),
        ("/staff/app.js", "// staff code"),
    ] {
        let response = get(path).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let csp = response.headers()["content-security-policy"].to_str().unwrap().to_owned();
        // sha256("alert(1)") and sha256("alert(2)") in base64.
        assert!(csp.contains("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"), "{csp}");
        assert_eq!(csp.matches("'sha256-").count(), 2, "{csp}");
        let body = response.into_body().collect().await.unwrap().to_bytes();
        let body = String::from_utf8_lossy(&body);
        assert!(body.contains(page), "{path}: {body}");
    }
    let _ = std::fs::remove_dir_all(&dist);
}

/// A file named after its contents' hash is kept by the browser for a year and never asked
/// again; the pages, the engine and a missing file (which answers the page) are asked again each
/// visit; API answers are never kept.
#[tokio::test]
async fn hashed_portal_files_are_kept_and_pages_are_asked_again() {
    let dist = std::env::temp_dir().join(format!("helder-http-cache-{}", std::process::id()));
    let hashed = "portal-0123456789abcdef";
    for folder in [hashed, "engine", "staff/portal-fedcba9876543210"] {
        std::fs::create_dir_all(dist.join(folder)).unwrap();
    }
    std::fs::write(dist.join("index.html"), "<!DOCTYPE html><title>client</title>").unwrap();
    std::fs::write(dist.join("staff/index.html"), "<!DOCTYPE html><title>staff</title>").unwrap();
    std::fs::write(dist.join(hashed).join("helder-portal_bg.wasm"), b"\0asm").unwrap();
    std::fs::write(dist.join(hashed).join("chunk_3.wasm"), b"\0asm").unwrap();
    std::fs::write(dist.join("staff/portal-fedcba9876543210/helder-portal.js"), "// staff").unwrap();
    std::fs::write(dist.join("style-0123456789abcdef.css"), "body{}").unwrap();
    std::fs::write(dist.join("style-0123.css"), "body{}").unwrap();
    std::fs::write(dist.join("engine/helder_core.js"), "// engine").unwrap();
    let kept = "public, max-age=31536000, immutable";
    for (path, status, cache) in [
        ("/portal-0123456789abcdef/helder-portal_bg.wasm", StatusCode::OK, kept),
        ("/portal-0123456789abcdef/chunk_3.wasm", StatusCode::OK, kept),
        ("/staff/portal-fedcba9876543210/helder-portal.js", StatusCode::OK, kept),
        ("/style-0123456789abcdef.css", StatusCode::OK, kept),
        // Not a hash of 16 hexadecimal digits: asked again.
        ("/style-0123.css", StatusCode::OK, "no-cache"),
        ("/engine/helder_core.js", StatusCode::OK, "no-cache"),
        ("/", StatusCode::OK, "no-cache"),
        ("/cases/WIA-DEMO-06", StatusCode::OK, "no-cache"),
        ("/workbench", StatusCode::OK, "no-cache"),
        // An old build's chunk, gone after a new build: the page answers, and is not kept.
        ("/portal-0123456789abcdef/chunk_99.wasm", StatusCode::OK, "no-cache"),
        ("/api/v1/health", StatusCode::OK, "no-store"),
        ("/api/v1/nothing-here", StatusCode::NOT_FOUND, "no-store"),
    ] {
        let response = app(AppState::new(Some(dist.clone()), None, false))
            .oneshot(Request::get(path).body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), status, "{path}");
        assert_eq!(response.headers()["cache-control"], cache, "{path}");
    }
    // A revalidation's 304 carries the same (its headers replace the kept ones); so does HEAD.
    let ask = |method: &str, path: &str, since: Option<&str>| {
        let mut request = Request::builder().method(method).uri(path);
        if let Some(since) = since {
            request = request.header("if-modified-since", since);
        }
        app(AppState::new(Some(dist.clone()), None, false)).oneshot(request.body(Body::empty()).unwrap())
    };
    for (path, cache) in [
        ("/portal-0123456789abcdef/chunk_3.wasm", kept),
        ("/engine/helder_core.js", "no-cache"),
        ("/", "no-cache"),
        ("/portal-0123456789abcdef/chunk_99.wasm", "no-cache"),
    ] {
        let first = ask("GET", path, None).await.unwrap();
        let modified = first.headers()["last-modified"].to_str().unwrap().to_owned();
        let again = ask("GET", path, Some(&modified)).await.unwrap();
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED, "{path}");
        assert_eq!(again.headers()["cache-control"], cache, "{path}: 304");
        let head = ask("HEAD", path, None).await.unwrap();
        assert_eq!(head.status(), StatusCode::OK, "{path}");
        assert_eq!(head.headers()["cache-control"], cache, "{path}: HEAD");
    }
    let _ = std::fs::remove_dir_all(&dist);
}

#[test]
fn only_names_with_a_content_hash_are_kept() {
    use helder_server::http::portal_cache_control;
    let kept = "public, max-age=31536000, immutable";
    assert_eq!(portal_cache_control("/portal-f7bdfed7908830a8/__wasm_split.js"), kept);
    assert_eq!(portal_cache_control("/staff/style-c6ae04efb87b2132.css"), kept);
    assert_eq!(portal_cache_control("/portal-F7BDFED7908830A8/x.wasm"), "no-cache");
    assert_eq!(portal_cache_control("/portal-f7bdfed7908830a8"), "no-cache");
    assert_eq!(portal_cache_control("/style-c6ae04efb87b2132.css.map"), "no-cache");
    assert_eq!(portal_cache_control("/index.html"), "no-cache");
    assert_eq!(portal_cache_control(""), "no-cache");
}
