//! The letters endpoints: a client drafts and sends their own letter, which is stored as sent
//! (PDF and HTML with their SHA-256) in the communication log, downloads exactly those bytes,
//! and the log refuses UPDATE and DELETE. "Dit klopt niet" end to end on SQLite and PostgreSQL:
//! the estimate in exact euros, field errors, the request on the checkers' list, opened (and so
//! in the client's access log), taken and handled, and the client reading where it stands.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::{Browser, demo_app, send, sign_in, sign_in_demo, sqlite_url, start_postgres};
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

const LOTTE: &str = "WIA-DEMO-08";

async fn dispute_walk(url: &str) {
    let (app, db) = demo_app(url).await;
    let client = sign_in_demo(&app, "demo-client-08").await;
    let estimate = |month: &str, value: &str| json!({ "month": month, "value": value });
    let path = format!("/api/v1/cases/{LOTTE}/correction-estimate");

    // Bad input: a clear error for the field, and nothing stored.
    for (body, field) in [
        (estimate("2021-03", "2200,00"), "value"),
        (estimate("2021-03", "-1.00"), "value"),
        (estimate("2021-03", "1000000.01"), "value"),
        (estimate("2019-03", "2200.00"), "month"),
        (estimate("maart", "2200.00"), "month"),
    ] {
        let (status, answer, _) = send(&app, &client, "POST", &path, Some(body.clone())).await;
        assert_eq!((status, answer["error"].as_str()), (StatusCode::BAD_REQUEST, Some(field)), "{body}: {answer}");
    }
    let letter = json!({ "kind": "correction", "month": "2021-13", "value": "2200.00" });
    let (status, answer, _) =
        send(&app, &client, "POST", &format!("/api/v1/cases/{LOTTE}/letters"), Some(letter)).await;
    assert_eq!((status, answer["error"].as_str()), (StatusCode::BAD_REQUEST, Some("month")));

    // March 2021 had no wage in Polis (a wage-less month); Lotte says it was € 3,100.00. With it
    // the reference period has 23 more days and € 3,100.00 more wage: before indexation
    // (22,000 + 3,100) / (216 + 23) = € 105.02 a day instead of € 101.85, indexed step by step
    // (DLB 23) to the start. Every figure but "now" is an estimate.
    let (status, effect, _) = send(&app, &client, "POST", &path, Some(estimate("2021-03", "3100.00"))).await;
    assert_eq!(status, StatusCode::OK, "{effect}");
    assert_eq!((effect["polis"].as_str(), effect["value"].as_str()), (Some("0.00"), Some("3100.00")));
    let figures: Vec<(&str, &str, &str, &str)> = effect["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["name"].as_str().unwrap(),
                f["current"].as_str().unwrap(),
                f["estimate"].as_str().unwrap(),
                f["difference"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(figures, EXPECTED_EFFECT, "{effect}");

    // Sending the letter makes the request, received.
    let letter = json!({ "kind": "correction", "month": "2021-03", "value": "3100.00" });
    let (status, sent, _) = send(&app, &client, "POST", &format!("/api/v1/cases/{LOTTE}/letters"), Some(letter)).await;
    assert_eq!(status, StatusCode::CREATED, "{sent}");
    let requests_path = format!("/api/v1/cases/{LOTTE}/correction-requests");
    let (status, list, _) = send(&app, &client, "GET", &requests_path, None).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    let request = &list["requests"][0];
    let id = request["id"].as_str().unwrap().to_owned();
    assert_eq!(request["letter_id"], sent["id"]);
    assert_eq!((request["state"].as_str(), request["client_wage"].as_str()), (Some("received"), Some("3100.00")));
    assert_eq!(request["estimate"], effect);
    let today = helder_explain::date("nl", &helder_server::dutch_day::today().to_string());
    assert_eq!(
        request["said"].as_str().unwrap(),
        format!("UWV heeft uw verzoek om het loon van maart 2021 te verbeteren ontvangen op {today}.")
    );
    assert_eq!(request["trail"][0]["by"], json!(null), "the client sees no names");

    // On the checkers' list; an expert may read but not take; opening it is in Lotte's access log.
    let eline = sign_in(&app, "eline", helder_server::demo::DEMO_PASSWORD).await;
    let frank = sign_in(&app, "frank", helder_server::demo::DEMO_PASSWORD).await;
    let gerda = sign_in(&app, "gerda", helder_server::demo::DEMO_PASSWORD).await;
    let (status, received, _) = send(&app, &eline, "GET", "/api/v1/workbench/correction-requests", None).await;
    assert_eq!(status, StatusCode::OK, "{received}");
    assert_eq!(received["items"][0]["id"], id.as_str());
    assert_eq!(
        (received["items"][0]["case_id"].as_str(), received["items"][0]["month"].as_str()),
        (Some(LOTTE), Some("2021-03"))
    );
    let request_path = format!("/api/v1/workbench/correction-requests/{id}");
    let (status, opened, _) = send(&app, &eline, "GET", &request_path, None).await;
    assert_eq!(status, StatusCode::OK, "{opened}");
    assert_eq!(opened["trail"][0]["by"], "Lotte Smit");
    let (_, log, _) = send(&app, &client, "GET", &format!("/api/v1/cases/{LOTTE}/access-log"), None).await;
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .any(|a| a["reason"] == "Verzoek om correctie van het loon van 2021-03: ontvangen"),
        "{log}"
    );
    let take = format!("{request_path}/take");
    let handle = format!("{request_path}/handle");
    let handled = |outcome: &str, why: &str| json!({ "outcome": outcome, "why": why });
    assert_eq!(send(&app, &gerda, "POST", &take, None).await.0, StatusCode::FORBIDDEN);
    let (status, answer, _) =
        send(&app, &eline, "POST", &handle, Some(handled("corrected", "Loonstrook maart klopt"))).await;
    assert_eq!((status, answer["error"].as_str()), (StatusCode::CONFLICT, Some("not_taken")));

    // Eline takes it; Frank can neither take nor handle it; Eline handles it.
    let (status, taken, _) = send(&app, &eline, "POST", &take, None).await;
    assert_eq!((status, taken["state"].as_str()), (StatusCode::OK, Some("in_progress")), "{taken}");
    let (_, list, _) = send(&app, &client, "GET", &requests_path, None).await;
    assert_eq!(list["requests"][0]["state"], "in_progress");
    let (status, answer, _) = send(&app, &frank, "POST", &take, None).await;
    assert_eq!((status, answer["error"].as_str()), (StatusCode::CONFLICT, Some("taken")));
    let (status, answer, _) =
        send(&app, &frank, "POST", &handle, Some(handled("corrected", "Loonstrook maart klopt"))).await;
    assert_eq!((status, answer["error"].as_str()), (StatusCode::CONFLICT, Some("not_taken")));
    for (body, field) in [(handled("maybe", "Loonstrook maart klopt"), "outcome"), (handled("corrected", " "), "why")] {
        let (status, answer, _) = send(&app, &eline, "POST", &handle, Some(body)).await;
        assert_eq!((status, answer["error"].as_str()), (StatusCode::BAD_REQUEST, Some(field)), "{answer}");
    }
    let (status, done, _) =
        send(&app, &eline, "POST", &handle, Some(handled("corrected", "Loonstrook maart klopt"))).await;
    assert_eq!(
        (status, done["state"].as_str(), done["outcome"].as_str()),
        (StatusCode::OK, Some("handled"), Some("corrected"))
    );
    let states: Vec<&str> = done["trail"].as_array().unwrap().iter().map(|t| t["state"].as_str().unwrap()).collect();
    assert_eq!(states, ["received", "in_progress", "handled"]);
    assert_eq!(
        (done["trail"][2]["by"].as_str(), done["trail"][2]["note"].as_str()),
        (Some("Eline Koster (UWV controleur)"), Some("Loonstrook maart klopt"))
    );

    // The client reads where it stands, in Dutch and in English; no names, no notes.
    let (_, list, _) = send(&app, &client, "GET", &format!("{requests_path}?lang=en"), None).await;
    let request = &list["requests"][0];
    let today_en = helder_explain::date("en", &helder_server::dutch_day::today().to_string());
    assert_eq!(
        request["said"].as_str().unwrap(),
        format!("On {today_en} UWV handled your request about the wage of March 2021: the wage will be corrected.")
    );
    assert_eq!((request["trail"][2]["by"].clone(), request["trail"][2]["note"].clone()), (json!(null), json!(null)));
    let (status, empty, _) = send(&app, &eline, "GET", "/api/v1/workbench/correction-requests", None).await;
    assert_eq!((status, empty["items"].clone()), (StatusCode::OK, json!([])));

    for statement in [
        "UPDATE correction_requests SET month = '2021-04'",
        "DELETE FROM correction_requests",
        "UPDATE correction_request_trail SET state = 'received'",
        "DELETE FROM correction_request_trail",
    ] {
        {
            let refused = sqlx::query(statement).execute(&db.pool).await;
            assert!(refused.is_err_and(|e| e.to_string().contains("append-only")), "{statement} must be refused");
        }
    }
}

/// (name, now, estimate, difference) of Lotte's March wage of € 3,100.00.
const EXPECTED_EFFECT: [(&str, &str, &str, &str); 3] = [
    ("dagloon", "119.46", "123.18", "3.72"),
    ("benefit_month", "2193.71", "2261.90", "68.19"),
    ("backpay", "4874.07", "5752.52", "878.45"),
];

#[tokio::test]
async fn a_client_disputes_a_wage_month_and_a_checker_handles_the_request_on_sqlite() {
    dispute_walk(&sqlite_url()).await;
}

#[tokio::test]
async fn a_client_disputes_a_wage_month_and_a_checker_handles_the_request_on_postgresql() {
    let pg = start_postgres();
    dispute_walk(&pg.url).await;
}
