//! The demo accounts (the demo picker's clients, the staff and supporters with the documented
//! password) exist for `--demo` only. A database that once had the demo data seeded (`helder
//! demo`, or an earlier `--demo` run) must not let them in on a server started without it.

mod common;

use axum::http::StatusCode;
use common::{Browser, send, sign_in, sign_in_demo, sqlite_url};
use helder_server::db::Db;
use helder_server::http::{AppState, app};
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_accounts_sign_in_on_a_server_started_without_demo() {
    let url = sqlite_url();
    // The database once served `--demo`: its demo data is there, and so are demo sessions.
    let db = Db::connect(&url).await.expect("database");
    helder_server::demo::seed(&db).await.expect("demo data");
    let with_demo = app(AppState::new(None, Some(db.clone()), true));
    let carla_before = sign_in(&with_demo, "carla", helder_server::demo::DEMO_PASSWORD).await;
    let client_before = sign_in_demo(&with_demo, "demo-client-03").await;

    // The same database served without `--demo`.
    let production = app(AppState::new(None, Some(db.clone()), false));
    for username in ["carla", "dirk", "anna", "bram"] {
        let body = json!({ "username": username, "password": helder_server::demo::DEMO_PASSWORD });
        let (status, answer, cookie) =
            send(&production, &Browser::default(), "POST", "/api/v1/session", Some(body)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{username}: {answer}");
        assert_eq!(answer["error"], "invalid_credentials", "{username}");
        assert_eq!(cookie, None, "{username} got a session cookie");
    }
    let (status, _, cookie) = send(
        &production,
        &Browser::default(),
        "POST",
        "/api/v1/session/demo",
        Some(json!({ "client_id": "demo-client-03" })),
    )
    .await;
    assert_eq!((status, cookie), (StatusCode::NOT_FOUND, None));
    let (status, _, _) = send(&production, &Browser::default(), "GET", "/api/v1/demo/clients", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Sessions the demo accounts started under `--demo` end with it.
    for (who, before) in [("carla", &carla_before), ("demo-client-03", &client_before)] {
        let (status, answer, _) = send(&production, before, "GET", "/api/v1/session", None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{who}: {answer}");
        let (status, _, _) = send(&production, before, "GET", "/api/v1/cases/WIA-DEMO-03", None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{who}");
    }
    // The sign-in methods say there is no demo sign-in.
    let (status, methods, _) = send(&production, &Browser::default(), "GET", "/api/v1/session/methods", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(methods["demo"], false, "{methods}");
    let (_, methods, _) = send(&with_demo, &Browser::default(), "GET", "/api/v1/session/methods", None).await;
    assert_eq!(methods["demo"], true, "{methods}");
}
