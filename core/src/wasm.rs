//! The wasm-bindgen API: the same `compute` in the browser and in the Node parity harness. The
//! browser loads it as a module of its own after the first screen (`dist/engine/`, issue 15
//! budget 3): it checks the server's result hash and the what-if estimates.

use wasm_bindgen::prelude::*;

/// `helder-case/1` JSON in, `helder-result/1` JSON out; an error is the CASE-FORMAT error
/// document `{"error", "path", "message"}` as a string.
#[wasm_bindgen]
pub fn compute(case_json: &str) -> Result<String, JsValue> {
    crate::compute(case_json).map_err(|error| JsValue::from_str(&error.to_json()))
}

/// The result of the case with UWV's decision assumed (`outcome`: `iva`, `wga` or `refused`):
/// `whatif::with_decision`, then `compute`, as the server makes its estimates. An unknown outcome
/// is a `bad_value` error document.
#[wasm_bindgen]
pub fn what_if(case_json: &str, outcome: &str) -> Result<String, JsValue> {
    crate::whatif::what_if(case_json, outcome).map_err(|error| JsValue::from_str(&error.to_json()))
}

/// The crate version and parameter fingerprint.
#[wasm_bindgen]
pub fn rules_version() -> String {
    crate::rules_version().to_owned()
}
