//! `helder compute`: one case document to one result document, with CASE-FORMAT's exit codes.

/// Why `compute` could not produce a result: the CASE-FORMAT error document and exit code 2.
pub struct ComputeFailure {
    pub json: String,
}

/// Computes raw bytes (a file or stdin). Never panics: non-UTF-8, non-JSON, too deep or too
/// large input all come back as an error document.
pub fn compute_bytes(bytes: &[u8]) -> Result<String, ComputeFailure> {
    let text = std::str::from_utf8(bytes).map_err(|error| ComputeFailure {
        json: serde_json::json!({
            "error": "syntax",
            "path": "",
            "message": format!("the document is not UTF-8 text (invalid byte at offset {})", error.valid_up_to()),
        })
        .to_string(),
    })?;
    helder_core::compute(text).map_err(|error| ComputeFailure { json: error.to_json() })
}
