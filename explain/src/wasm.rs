//! The browser API for explanations (core's `compute` and `rules_version` come along with the
//! `helder-core/wasm` feature). Errors are JSON documents as strings.

use wasm_bindgen::prelude::*;

fn error(code: &str, message: String) -> JsValue {
    JsValue::from_str(&serde_json::json!({ "error": code, "path": "", "message": message }).to_string())
}

/// `helder-case/1` JSON in, explanation JSON out.
#[wasm_bindgen]
pub fn explain_case(case_json: &str, language: &str) -> Result<String, JsValue> {
    match crate::explain_case(case_json, language) {
        Ok(explanation) => serde_json::to_string(&explanation).map_err(|e| error("internal", e.to_string())),
        Err(crate::ExplainCaseError::Case(e)) => Err(JsValue::from_str(&e.to_json())),
        Err(crate::ExplainCaseError::Explain(e)) => Err(error("explain", e.to_string())),
    }
}

/// `helder-result/1` JSON (e.g. from the server) in, explanation JSON out.
#[wasm_bindgen]
pub fn explain_result(result_json: &str, language: &str) -> Result<String, JsValue> {
    let result: helder_core::ResultDocument =
        serde_json::from_str(result_json).map_err(|e| error("syntax", e.to_string()))?;
    let explanation = crate::explain(&result, language).map_err(|e| error("explain", e.to_string()))?;
    serde_json::to_string(&explanation).map_err(|e| error("internal", e.to_string()))
}
