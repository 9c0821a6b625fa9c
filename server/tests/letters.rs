//! The letters endpoints: a client drafts and sends their own letter, which is stored as sent
//! (PDF and HTML with their SHA-256) in the communication log, downloads exactly those bytes,
//! and the log refuses UPDATE and DELETE.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::{Browser, demo_app, send, sign_in_demo, sqlite_url};
use http_body_util::BodyExt;
use serde_json::json;
use tower::ServiceExt;

async fn raw(app: &axum::Router, who: &Browser, path: &str) -> (StatusCode, String, Vec<u8>) {
    let peer: std::net::SocketAddr = "127.0.0.1:40000".parse().unwrap();
    let mut request = Request::builder().method("GET").uri(path).extension(axum::extract::ConnectInfo(peer));
    if let Some(cookie) = &who.cookie {
        request = request.header("cookie", cookie);
    }
    let response = app.clone().oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
    let status = response.status();
    let content_type =
        response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    (status, content_type, response.into_body().collect().await.unwrap().to_bytes().to_vec())
}

#[tokio::test]
async fn a_client_sends_a_correction_request_that_is_stored_as_sent_and_cannot_change() {
    let (app, db) = demo_app(&sqlite_url()).await;
    let client = sign_in_demo(&app, "demo-client-01").await;

    let (status, list, _) = send(&app, &client, "GET", "/api/v1/cases/WIA-DEMO-01/letters", None).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    let kinds: Vec<&str> = list["drafts"].as_array().unwrap().iter().map(|d| d["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["wia_claim", "correction"], "{list}");
    assert_eq!(list["sent"], json!([]));

    let (status, content_type, pdf) =
        raw(&app, &client, "/api/v1/cases/WIA-DEMO-01/letters/wia_claim?format=pdf&lang=en").await;
    assert_eq!((status, content_type.as_str()), (StatusCode::OK, "application/pdf"));
    assert!(pdf.starts_with(b"%PDF-"));
    let (status, _, html) = raw(&app, &client, "/api/v1/cases/WIA-DEMO-01/letters/notice_of_default").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "the decision is not late: {}", String::from_utf8_lossy(&html));

    let request = json!({ "kind": "correction", "month": "2021-03", "value": "3100.00" });
    let (status, sent, _) = send(&app, &client, "POST", "/api/v1/cases/WIA-DEMO-01/letters", Some(request)).await;
    assert_eq!(status, StatusCode::CREATED, "{sent}");
    let id = sent["id"].as_str().unwrap();
    let (status, _, pdf) = raw(&app, &client, &format!("/api/v1/cases/WIA-DEMO-01/letters/sent/{id}?format=pdf")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(helder_letters::sha256_hex(&pdf), sent["pdf_sha256"].as_str().unwrap());
    let (_, content_type, html) = raw(&app, &client, &format!("/api/v1/cases/WIA-DEMO-01/letters/sent/{id}")).await;
    assert_eq!(content_type, "text/html; charset=utf-8");
    assert_eq!(helder_letters::sha256_hex(&html), sent["html_sha256"].as_str().unwrap());
    let html = String::from_utf8(html).unwrap();
    assert!(html.contains("Het juiste loon is €\u{a0}3.100,00."), "{html}");

    let (_, list, _) = send(&app, &client, "GET", "/api/v1/cases/WIA-DEMO-01/letters", None).await;
    assert_eq!(list["sent"][0]["id"], id);
    assert_eq!(list["sent"][0]["kind"], "correction");

    for statement in ["UPDATE sent_letters SET html = 'forged'", "DELETE FROM sent_letters"] {
        let refused = sqlx::query(statement).execute(&db.pool).await;
        assert!(refused.is_err_and(|e| e.to_string().contains("append-only")), "{statement} must be refused");
    }
}
