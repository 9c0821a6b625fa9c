//! The OpenAPI document: generated from `helder-api`'s types and the handlers' operations, it
//! covers every route of `endpoints()`, is exactly what `/api/v1/openapi.json` serves, is valid
//! OpenAPI 3.1 by a real validator (npm `@seriousme/openapi-schema-validator`, installed by
//! `cargo xtask test`), and its schemas of the case, result and explanation documents describe
//! what core and helder-explain really write.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use helder_server::api::{ApiDoc, endpoints, openapi_document};
use helder_server::http::{AppState, app};
use http_body_util::BodyExt;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tower::ServiceExt;
use utoipa::OpenApi;

fn document() -> Value {
    serde_json::from_str(openapi_document()).expect("the generated document is JSON")
}

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// (method, path) of every operation in the document.
fn operations(document: &Value) -> Vec<Operation> {
    let mut found = Vec::new();
    for (path, item) in document["paths"].as_object().expect("paths") {
        for method in METHODS {
            if item.get(method).is_some() {
                found.push((method.to_uppercase(), path.clone()));
            }
        }
    }
    found
}

/// A route or operation: (method, path).
type Operation = (String, String);

/// Routes without an operation, and operations without a route.
fn differences(routes: &[Operation], document: &Value) -> (Vec<Operation>, Vec<Operation>) {
    let documented = operations(document);
    let undocumented = routes.iter().filter(|route| !documented.contains(route)).cloned().collect();
    let stale = documented.into_iter().filter(|operation| !routes.contains(operation)).collect();
    (undocumented, stale)
}

fn routes() -> Vec<Operation> {
    endpoints().iter().map(|e| (e.method.to_owned(), e.path.to_owned())).collect()
}

#[test]
fn every_route_has_an_openapi_operation() {
    let routes = routes();
    assert!(routes.len() >= 19, "expected the endpoints() table");
    let (undocumented, stale) = differences(&routes, &document());
    assert!(
        undocumented.is_empty(),
        "routes without an OpenAPI operation (add #[utoipa::path] and list the handler in ApiDoc): {undocumented:?}"
    );
    assert!(stale.is_empty(), "OpenAPI operations without a route: {stale:?}");
}

#[test]
fn the_route_check_sees_a_missing_operation() {
    let mut routes = routes();
    routes.push(("POST".into(), "/api/v1/health".into()));
    let (undocumented, _) = differences(&routes, &document());
    assert_eq!(undocumented, [("POST".to_owned(), "/api/v1/health".to_owned())]);
    let mut document = document();
    document["paths"].as_object_mut().unwrap().remove("/api/v1/what-if");
    let (undocumented, _) = differences(&self::routes(), &document);
    assert_eq!(undocumented, [("POST".to_owned(), "/api/v1/what-if".to_owned())]);
}

/// Every operation answers with typed bodies: each JSON response and request body has a schema,
/// and every error response is the API's error body.
#[test]
fn every_body_has_a_schema() {
    let document = document();
    let mut missing = Vec::new();
    for (method, path) in operations(&document) {
        let operation = &document["paths"][&path][method.to_lowercase()];
        if let Some(body) = operation.get("requestBody")
            && body["content"]["application/json"]["schema"].is_null()
        {
            missing.push(format!("{method} {path}: request body"));
        }
        let responses = operation["responses"].as_object().expect("responses");
        for (status, response) in responses {
            // A file answer (a letter as HTML or PDF) has its schema under each of its media types.
            let content = &response["content"];
            let files = ["text/html", "application/pdf"];
            let is_file = files.iter().all(|media| !content[*media]["schema"].is_null());
            // The dashboard's CSV is text with its own media type.
            let schema = if is_file {
                &content["text/html"]["schema"]
            } else if !content["text/csv"]["schema"].is_null() {
                &content["text/csv"]["schema"]
            } else {
                &content["application/json"]["schema"]
            };
            let is_openapi_itself = path == "/api/v1/openapi.json";
            // 204 and redirects (the OpenID Connect sign-in's 303s) carry no body.
            let has_no_body = status == "204" || status.starts_with('3');
            if !has_no_body && schema.is_null() && !is_openapi_itself {
                missing.push(format!("{method} {path}: {status} without a schema"));
            }
            // `/ready` answers 503 with its own body (`database unavailable`), as documented.
            let is_error = (status.starts_with('4') || status.starts_with('5')) && path != "/api/v1/ready";
            let error_schema = schema["$ref"].as_str().unwrap_or_default();
            if is_error && !["#/components/schemas/Error", "#/components/schemas/CaseError"].contains(&error_schema) {
                missing.push(format!("{method} {path}: {status} is not the API's error body"));
            }
        }
        let has_error = responses.keys().any(|status| status.starts_with('4'));
        let never_fails = ["/api/v1/health", "/api/v1/ready", "/api/v1/openapi.json", "/api/v1/session/methods"];
        if !never_fails.contains(&path.as_str()) && !has_error {
            missing.push(format!("{method} {path}: no error response documented"));
        }
    }
    let text = openapi_document();
    let schemas = document["components"]["schemas"].as_object().expect("component schemas");
    for reference in text.split("\"$ref\": \"#/components/schemas/").skip(1) {
        let name = reference.split('"').next().unwrap_or_default();
        if !schemas.contains_key(name) {
            missing.push(format!("dangling $ref {name}"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[tokio::test]
async fn the_served_document_is_the_generated_one() {
    let response = app(AppState::new(None, None, false))
        .oneshot(Request::get("/api/v1/openapi.json").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/json");
    let served = response.into_body().collect().await.unwrap().to_bytes();
    let served: Value = serde_json::from_slice(&served).expect("the served document is JSON");
    let generated = serde_json::to_value(ApiDoc::openapi()).unwrap();
    assert_eq!(served, generated, "/api/v1/openapi.json differs from the document generated from the types");
    assert_eq!(served["openapi"], "3.1.0");
}

fn validator() -> PathBuf {
    let cli = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../.tools/npm/node_modules/@seriousme/openapi-schema-validator/bin/validate-api-cli.js");
    assert!(
        cli.exists(),
        "the OpenAPI validator is missing: {} (cargo xtask test installs it; or \
         npm install --prefix .tools/npm @seriousme/openapi-schema-validator@2)",
        cli.display()
    );
    cli
}

/// Runs the validator on `document`: (valid, what it said).
fn validate(document: &str, name: &str) -> (bool, String) {
    let file = std::env::temp_dir().join(format!("helder-openapi-{}-{name}.json", std::process::id()));
    std::fs::write(&file, document).unwrap();
    let output = std::process::Command::new("node")
        .arg(validator())
        .arg(&file)
        .output()
        .expect("node runs (cargo xtask setup installs it)");
    let _ = std::fs::remove_file(&file);
    let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    let verdict: Value = serde_json::from_str(said.trim()).unwrap_or(Value::Null);
    // The exit code and the printed verdict must agree, so a crash never reads as "valid".
    let valid = output.status.success() && verdict["valid"] == true;
    (valid, said)
}

#[test]
fn the_document_is_valid_openapi_3_1() {
    assert_eq!(document()["openapi"], "3.1.0");
    let (valid, said) = validate(openapi_document(), "generated");
    assert!(valid, "the generated OpenAPI document is not valid OpenAPI 3.1:\n{said}");
}

#[test]
fn the_validator_rejects_a_broken_document() {
    // A response without its required description, and an operation with an unknown member.
    let mut broken = document();
    broken["paths"]["/api/v1/health"]["get"]["responses"]["200"].as_object_mut().unwrap().remove("description");
    let (valid, said) = validate(&broken.to_string(), "broken-response");
    assert!(!valid, "the validator accepted a response without a description:\n{said}");
    let mut broken = document();
    broken["paths"]["/api/v1/health"]["get"]["responses"] = Value::String("none".into());
    let (valid, said) = validate(&broken.to_string(), "broken-responses");
    assert!(!valid, "the validator accepted responses that are a string:\n{said}");
    let mut broken = document();
    broken["openapi"] = Value::String("2.0".into());
    assert!(!validate(&broken.to_string(), "broken-version").0, "the validator accepted version 2.0");
}

/// Case documents to describe: the golden cases and generated ones (every section and outcome).
fn case_documents() -> Vec<String> {
    let mut cases: Vec<String> = helder_tests::golden_cases().into_iter().map(|(_, case, _)| case).collect();
    assert!(cases.len() >= 7, "expected the golden cases");
    cases.extend(helder_tests::generate::cases(2026, 300));
    cases
}

#[test]
fn the_schemas_describe_every_case_result_and_explanation() {
    use helder_api::schema;
    let mut computed = 0;
    for case in case_documents() {
        // The case schema accepts what core accepts (unknown members refused on both sides).
        if let Err(error) = serde_json::from_str::<schema::CaseDocument>(&case) {
            panic!("the CaseDocument schema does not describe a case core reads: {error}\n{case}");
        }
        let Ok(result) = helder_core::compute(&case) else { continue };
        computed += 1;
        let written: Value = serde_json::from_str(&result).unwrap();
        let described: schema::ResultDocument = serde_json::from_str(&result)
            .unwrap_or_else(|error| panic!("the ResultDocument schema misses part of a result: {error}"));
        assert_eq!(serde_json::to_value(described).unwrap(), written, "ResultDocument schema differs from the result");
        let lines: helder_core::contract::ResultDocument = serde_json::from_str(&result).unwrap();
        for language in ["nl", "en"] {
            let explanation = serde_json::to_value(helder_explain::explain(&lines, language).unwrap()).unwrap();
            let described: schema::Explanation = serde_json::from_value(explanation.clone())
                .unwrap_or_else(|error| panic!("the Explanation schema misses part of an explanation: {error}"));
            assert_eq!(serde_json::to_value(described).unwrap(), explanation, "Explanation schema differs");
        }
    }
    assert!(computed >= 200, "expected most cases to compute, {computed} did");
}

/// The changes endpoint's schema describes core's difference and explain's sentences: the golden
/// pair (tests/cases/changes/c01) both ways round-trips through it to the same JSON.
#[test]
fn the_schemas_describe_a_difference_and_its_sentences() {
    use helder_api::change::schema;
    use helder_core::change::{Version, difference};
    let version = |text: &str| {
        let case = helder_core::contract::parse_case(text).unwrap();
        let result: helder_core::contract::ResultDocument =
            serde_json::from_str(&helder_core::compute(text).unwrap()).unwrap();
        (case, result)
    };
    let old = version(include_str!("../../tests/cases/changes/c01-correction-decided.old.case.json"));
    let new = version(include_str!("../../tests/cases/changes/c01-correction-decided.new.case.json"));
    for (from, to) in [(&old, &new), (&new, &old)] {
        let change = difference(Version { case: &from.0, result: &from.1 }, Version { case: &to.0, result: &to.1 });
        assert!(!change.causes.is_empty() && !change.lines.is_empty());
        let written = serde_json::to_value(&change).unwrap();
        let described: schema::Difference = serde_json::from_value(written.clone())
            .unwrap_or_else(|error| panic!("the Difference schema misses part of a difference: {error}"));
        assert_eq!(serde_json::to_value(described).unwrap(), written, "Difference schema differs");
        let sentences = serde_json::to_value(helder_explain::change_sentences(&change, "nl").unwrap()).unwrap();
        let described: Vec<schema::ChangeSentence> = serde_json::from_value(sentences.clone()).unwrap();
        assert_eq!(serde_json::to_value(described).unwrap(), sentences);
    }
}
