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
