//! `helder compute`: one case document to one result document, with CASE-FORMAT's exit codes.

/// Why `compute` could not produce a result: the CASE-FORMAT error document and exit code 2.
pub struct ComputeFailure {
    pub json: String,
}

/// Computes raw bytes (a file or stdin). Never panics: non-UTF-8, non-JSON, too deep or too
/// large input all come back as an error document.
pub fn compute_bytes(bytes: &[u8]) -> Result<String, ComputeFailure> {
    let text = utf8(bytes)?;
    helder_core::compute(text).map_err(|error| ComputeFailure { json: error.to_json() })
}

/// Computes and explains raw bytes in `language`: text, or the explanation as JSON.
pub fn explain_bytes(bytes: &[u8], language: &str, json: bool) -> Result<String, ComputeFailure> {
    let text = utf8(bytes)?;
    match helder_explain::explain_case(text, language) {
        Ok(explanation) if json => serde_json::to_string(&explanation).map_err(|e| ComputeFailure {
            json: serde_json::json!({"error": "internal", "path": "", "message": e.to_string()}).to_string(),
        }),
        Ok(explanation) => Ok(explanation.to_text()),
        Err(helder_explain::ExplainCaseError::Case(error)) => Err(ComputeFailure { json: error.to_json() }),
        Err(helder_explain::ExplainCaseError::Explain(error)) => Err(ComputeFailure {
            json: serde_json::json!({"error": "explain", "path": "/explain", "message": error.to_string()}).to_string(),
        }),
    }
}

fn utf8(bytes: &[u8]) -> Result<&str, ComputeFailure> {
    std::str::from_utf8(bytes).map_err(|error| ComputeFailure {
        json: serde_json::json!({
            "error": "syntax",
            "path": "",
            "message": format!("the document is not UTF-8 text (invalid byte at offset {})", error.valid_up_to()),
        })
        .to_string(),
    })
}
