//! What call-centre staff type and write: a search says what was wrong (a malformed case
//! number, a BSN without nine digits, one failing the elfproef) and reads case numbers and BSNs
//! the way people type them; a call note keeps the date, the staff member, the reason, the next
//! step and its deadline, with its audit row. On SQLite (the PostgreSQL paths are the same SQL,
//! run by the authorization matrix in `api.rs`).

mod common;

use axum::http::StatusCode;
use common::{demo_app, send, sign_in, sqlite_url};
use serde_json::json;

const SEARCH: &str = "/api/v1/cases/search";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_search_reads_what_people_type_and_says_what_was_wrong() {
    let (app, _db) = demo_app(&sqlite_url()).await;
    let mut carla = sign_in(&app, "carla", helder_server::demo::DEMO_PASSWORD).await;
    carla.reason = Some("Cliënt belt over de nabetaling".into());
    let kees = json!([{ "case_id": "WIA-DEMO-06", "client": "Kees Jansen" }]);
    for body in [
        json!({ "case_id": "WIA-DEMO-06" }),
        json!({ "case_id": " wia-demo-06 " }),
        json!({ "bsn": "999990068" }),
        json!({ "bsn": "9999 90 068" }),
        json!({ "bsn": "9999.90.068" }),
    ] {
        let (status, found, _) = send(&app, &carla, "POST", SEARCH, Some(body.clone())).await;
        assert_eq!((status, &found), (StatusCode::OK, &kees), "{body}");
    }
    // An unknown case number or BSN finds nothing: the portal says so with what was typed.
    for body in [json!({ "case_id": "WIA-DEMO-99" }), json!({ "bsn": "999991000" })] {
        let (status, found, _) = send(&app, &carla, "POST", SEARCH, Some(body.clone())).await;
        assert_eq!((status, found), (StatusCode::OK, json!([])), "{body}");
    }
    for (body, code) in [
        (json!({ "case_id": "WIA DEMO 06" }), "case_id_malformed"),
        (json!({ "bsn": "99999007" }), "bsn_elfproef"),
        (json!({ "bsn": "9999900" }), "bsn"),
        (json!({ "bsn": "99999006x" }), "bsn"),
        (json!({ "bsn": "999990066" }), "bsn_elfproef"),
    ] {
        let (status, answer, _) = send(&app, &carla, "POST", SEARCH, Some(body.clone())).await;
        assert_eq!((status, answer["error"].as_str()), (StatusCode::BAD_REQUEST, Some(code)), "{body}: {answer}");
    }
}

#[test]
fn every_demo_bsn_passes_the_elfproef() {
    for (case_id, _, bsn, _, _) in helder_server::demo::demo_cases() {
        assert!(helder_server::input::bsn_passes_elfproef(bsn), "{case_id}: {bsn}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_call_note_keeps_date_staff_reason_next_step_and_deadline() {
    let (app, db) = demo_app(&sqlite_url()).await;
    let notes = "/api/v1/cases/WIA-DEMO-06/call-notes";
    let mut dirk = sign_in(&app, "dirk", helder_server::demo::DEMO_PASSWORD).await;
    dirk.reason = Some("Cliënt belt over de nabetaling".into());
    let deadline = (helder_server::dutch_day::today() + chrono::Duration::days(14)).to_string();
    let before = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let body = json!({ "next_step": "UWV stuurt de brief over de nabetaling", "deadline": deadline });
    let (status, note, _) = send(&app, &dirk, "POST", notes, Some(body)).await;
    assert_eq!(status, StatusCode::CREATED, "{note}");
    assert_eq!(note["staff"], "Dirk Bos (UWV klantcontact)");
    assert_eq!(note["reason"], "Cliënt belt over de nabetaling");
    assert_eq!(note["next_step"], "UWV stuurt de brief over de nabetaling");
    assert_eq!(note["deadline"], deadline);
    assert!(note["at"].as_str().is_some_and(|at| at >= before.as_str()), "{note}");
    // Without a deadline; then both, newest first.
    let (status, _, _) = send(&app, &dirk, "POST", notes, Some(json!({ "next_step": "Geen actie nodig" }))).await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, list, _) = send(&app, &dirk, "GET", notes, None).await;
    assert_eq!(status, StatusCode::OK);
    let list = list.as_array().cloned().unwrap_or_default();
    assert_eq!(list.len(), 2, "{list:?}");
    assert_eq!((list[0]["next_step"].as_str(), list[0]["deadline"].as_str()), (Some("Geen actie nodig"), None));
    assert_eq!(list[1], note);
    // Each note has its audit row, on the case.
    let trail = db.audit_trail().await.unwrap();
    let written = trail.iter().filter(|row| row.2 == "call_note" && row.3 == "WIA-DEMO-06").count();
    assert_eq!(written, 2, "{trail:?}");
    // What is wrong is named: an empty next step, a deadline in the past or too far ahead.
    let yesterday = (helder_server::dutch_day::today() - chrono::Duration::days(1)).to_string();
    let next_year = (helder_server::dutch_day::today() + chrono::Duration::days(400)).to_string();
    for (body, code) in [
        (json!({ "next_step": "  " }), "next_step"),
        (json!({ "next_step": "Terugbellen", "deadline": yesterday }), "deadline"),
        (json!({ "next_step": "Terugbellen", "deadline": next_year }), "deadline"),
        (json!({ "next_step": "Terugbellen", "deadline": "1-2-2027" }), "deadline"),
    ] {
        let (status, answer, _) = send(&app, &dirk, "POST", notes, Some(body.clone())).await;
        assert_eq!((status, answer["error"].as_str()), (StatusCode::BAD_REQUEST, Some(code)), "{body}: {answer}");
    }
    // Unknown cases are 404; a client never reads the notes.
    let (status, _, _) = send(&app, &dirk, "GET", "/api/v1/cases/WIA-DEMO-99/call-notes", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let client = common::sign_in_demo(&app, "demo-client-06").await;
    assert_eq!(send(&app, &client, "GET", notes, None).await.0, StatusCode::FORBIDDEN);
}
