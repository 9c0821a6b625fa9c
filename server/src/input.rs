//! Input checks shared by the endpoints and the import: text that may reach the database or a
//! person's screen is checked here, once, with a clear 400 JSON error.
//!
//! - NUL (U+0000) is refused everywhere, by a middleware, in the path, the query and JSON bodies
//!   (PostgreSQL cannot store it: a NUL used to give a 500, and in the shared audit commit it
//!   failed other people's requests; security review, finding 4).
//! - A staff reason is shown to the client in their access log, so it must be a real sentence on
//!   one line: no control, invisible or direction-changing characters, at least 10 characters
//!   and 5 letters, at most 200 (finding 5).
//! - Names shown to people (the import's client names) follow the same character rules.

use axum::extract::Request;
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;

/// The header that carries a staff member's reason, percent-encoded UTF-8.
pub const REASON_HEADER: &str = "x-access-reason";
pub const REASON_MIN_CHARACTERS: usize = 10;
pub const REASON_MAX_CHARACTERS: usize = 200;
const REASON_MIN_LETTERS: usize = 5;
/// The largest request body any endpoint accepts (the API's body limit).
pub const BODY_LIMIT: usize = 1024 * 1024;

/// The staff member's reason for opening or searching cases, checked.
pub fn staff_reason(headers: &HeaderMap) -> Result<String, ApiError> {
    let raw = headers.get(REASON_HEADER).map(|value| value.as_bytes()).unwrap_or_default();
    let decoded = percent_decode_bytes(raw);
    let Ok(reason) = String::from_utf8(decoded) else {
        return Err(ApiError::BadRequest("reason_invalid", "the reason is not valid UTF-8".into()));
    };
    let reason = reason.trim_matches(' ');
    if reason.is_empty() {
        return Err(ApiError::BadRequest("reason_required", "state why you open this case".into()));
    }
    if let Some(bad) = reason.chars().find(|c| !shown_character(*c)) {
        let message = format!("the reason may not contain control or invisible characters (U+{:04X})", u32::from(bad));
        return Err(ApiError::BadRequest("reason_invalid", message));
    }
    let characters = reason.chars().count();
    if characters > REASON_MAX_CHARACTERS {
        return Err(ApiError::BadRequest("reason_too_long", format!("at most {REASON_MAX_CHARACTERS} characters")));
    }
    if characters < REASON_MIN_CHARACTERS || reason.chars().filter(|c| c.is_alphabetic()).count() < REASON_MIN_LETTERS {
        return Err(ApiError::BadRequest(
            "reason_too_short",
            format!("say in a sentence why (at least {REASON_MIN_CHARACTERS} characters)"),
        ));
    }
    Ok(reason.to_owned())
}

/// A case id as it may be stored: 1-64 ASCII letters, digits, `-` and `_`, starting with a
/// letter or digit. It becomes part of addresses (`/cases/{case id}`, API paths), so no `/`,
/// `.`, `%` or spaces.
pub fn case_id(text: &str) -> Result<(), String> {
    let allowed = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    if text.is_empty() || text.len() > 64 {
        return Err("must be 1-64 characters".into());
    }
    if !text.starts_with(|c: char| c.is_ascii_alphanumeric()) || !text.chars().all(allowed) {
        return Err("may hold only letters, digits, - and _ (and start with a letter or digit)".into());
    }
    Ok(())
}

/// A name shown to people: 1 to `max` characters, no control or invisible characters, not only
/// spaces. The message says what is wrong (it never repeats the text).
pub fn shown_text(text: &str, max: usize) -> Result<(), String> {
    if text.trim().is_empty() {
        return Err("may not be empty".into());
    }
    if text.chars().count() > max {
        return Err(format!("at most {max} characters"));
    }
    match text.chars().find(|c| !shown_character(*c)) {
        Some(bad) => Err(format!("may not contain control or invisible characters (U+{:04X})", u32::from(bad))),
        None => Ok(()),
    }
}

/// False for characters that are not seen or change how other text is seen: control characters
/// (NUL, tab, newlines), line and paragraph separators, zero-width and joining characters,
/// direction overrides and isolates, the soft hyphen and the byte-order mark.
fn shown_character(c: char) -> bool {
    !(c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF0}'..='\u{FFFB}'
        ))
}

/// The elfproef of a BSN: nine digits d1…d9 with 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11
/// (and not all zero).
pub fn bsn_passes_elfproef(bsn: &str) -> bool {
    let digits: Vec<i64> = bsn.bytes().filter(u8::is_ascii_digit).map(|b| i64::from(b - b'0')).collect();
    if bsn.len() != 9 || digits.len() != 9 || digits.iter().all(|d| *d == 0) {
        return false;
    }
    let sum: i64 = digits.iter().zip([9, 8, 7, 6, 5, 4, 3, 2, -1]).map(|(d, weight)| d * weight).sum();
    sum % 11 == 0
}

/// Percent-decoding of bytes (headers carry ASCII; the reason travels as percent-encoded UTF-8).
pub fn percent_decode_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[index], bytes.get(index + 1).copied().and_then(hex), bytes.get(index + 2).copied().and_then(hex)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                index += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                index += 1;
            }
        }
    }
    out
}

/// Middleware: a request with a NUL in its path, query or JSON body is answered 400 before any
/// handler (or database) sees it.
pub async fn reject_nul(request: Request, next: Next) -> Response {
    let uri = request.uri();
    let in_address = [uri.path(), uri.query().unwrap_or("")]
        .iter()
        .any(|part| percent_decode_bytes(part.as_bytes()).contains(&0) || part.contains('\0'));
    if in_address {
        return nul_refused();
    }
    let (parts, body) = request.into_parts();
    let bytes = match axum::body::to_bytes(body, BODY_LIMIT).await {
        Ok(bytes) => bytes,
        Err(_) => {
            let error = ApiError::BadRequest("body", format!("a request body of at most {BODY_LIMIT} bytes"));
            return (axum::http::StatusCode::PAYLOAD_TOO_LARGE, error).into_response();
        }
    };
    if json_has_nul(&bytes) {
        return nul_refused();
    }
    next.run(Request::from_parts(parts, axum::body::Body::from(bytes))).await
}

fn nul_refused() -> Response {
    ApiError::BadRequest("invalid_text", "text may not contain NUL (U+0000) characters".into()).into_response()
}

/// True when JSON text holds a NUL: a raw zero byte or the escape `\u0000` (and not an escaped
/// backslash followed by `u0000`).
pub fn json_has_nul(bytes: &[u8]) -> bool {
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            0 => return true,
            b'\\' => {
                if bytes.get(index + 1) == Some(&b'u') {
                    let code = bytes.get(index + 2..index + 6).and_then(|hex| std::str::from_utf8(hex).ok());
                    if code.and_then(|hex| u32::from_str_radix(hex, 16).ok()) == Some(0) {
                        return true;
                    }
                    index += 6;
                } else {
                    index += 2;
                }
            }
            _ => index += 1,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_nul_is_found_in_escapes_and_raw_bytes_only() {
        // (JSON text, holds a NUL): one line per case.
        let cases: &[(&[u8], bool)] = &[
            (br#"{"a":"b"}"#, false),
            (br#"{"a":"\u0000"}"#, true),
            (br#"{"a":"x\U0000"}"#, false),
            (br#"{"a":"\\u0000"}"#, false),
            (br#"{"a":"\\\u0000"}"#, true),
            (br#"{"a":"\u00000"}"#, true),
            (br#"{"a":"\u0001"}"#, false),
            (b"{\"a\":\"\0\"}", true),
            (br#"{"a":"\u000"}"#, false),
        ];
        for (text, expected) in cases {
            assert_eq!(json_has_nul(text), *expected, "{}", String::from_utf8_lossy(text));
        }
    }

    #[test]
    fn elfproef() {
        // Valid and invalid BSNs (the weights 9…2 and −1).
        for bsn in ["123456782", "111222333", "999999990"] {
            assert!(bsn_passes_elfproef(bsn), "{bsn}");
        }
        for bsn in ["123456783", "000000000", "12345678", "1234567820", "12345678a", "+23456782"] {
            assert!(!bsn_passes_elfproef(bsn), "{bsn}");
        }
    }
}
