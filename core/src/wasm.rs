//! The wasm-bindgen API: the same `compute` in the browser and in the Node parity harness.

use wasm_bindgen::prelude::*;

/// `helder-case/1` JSON in, `helder-result/1` JSON out; an error is the CASE-FORMAT error
/// document `{"error", "path", "message"}` as a string.
#[wasm_bindgen]
pub fn compute(case_json: &str) -> Result<String, JsValue> {
    crate::compute(case_json).map_err(|error| JsValue::from_str(&error.to_json()))
}

/// The crate version and parameter fingerprint.
#[wasm_bindgen]
pub fn rules_version() -> String {
    crate::rules_version().to_owned()
}
