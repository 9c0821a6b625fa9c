//! What a staff member types in the search: a case number or a BSN, read the way people type
//! them (lower case, spaces, dots), and refused with a reason that says what was wrong: a case
//! number with characters no case number has, a BSN without nine digits, a BSN that fails the
//! elfproef (a typing error, since every BSN passes it).

use crate::error::ApiError;
use crate::input::bsn_passes_elfproef;

/// The case numbers to look up for what was typed: as typed (trimmed), then in capitals (case
/// numbers are written in capitals, `WIA-DEMO-06`; people type `wia-demo-06`).
pub fn case_numbers(typed: &str) -> Result<Vec<String>, ApiError> {
    let trimmed = typed.trim();
    let well_formed = !trimmed.is_empty()
        && trimmed.chars().count() <= 64
        && trimmed.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'));
    if !well_formed {
        return Err(ApiError::BadRequest(
            "case_id_malformed",
            "a case number has letters, digits and hyphens only (like WIA-2024-0123)".into(),
        ));
    }
    let mut numbers = vec![trimmed.to_owned()];
    let capitals = trimmed.to_ascii_uppercase();
    if capitals != trimmed {
        numbers.push(capitals);
    }
    Ok(numbers)
}

/// The BSN as stored (nine digits) for what was typed: spaces and dots between the digits are
/// left out, and an old eight-digit BSN gets its leading zero back.
pub fn bsn(typed: &str) -> Result<String, ApiError> {
    let digits: String = typed.chars().filter(|c| !matches!(c, ' ' | '.' | '\u{a0}')).collect();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || !(8..=9).contains(&digits.len()) {
        return Err(ApiError::BadRequest("bsn", "a BSN has nine digits".into()));
    }
    let bsn = if digits.len() == 8 { format!("0{digits}") } else { digits };
    if !bsn_passes_elfproef(&bsn) {
        return Err(ApiError::BadRequest(
            "bsn_elfproef",
            "this is not a valid BSN (elfproef): check the digits".into(),
        ));
    }
    Ok(bsn)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(result: Result<impl std::fmt::Debug, ApiError>) -> &'static str {
        match result {
            Err(ApiError::BadRequest(code, _)) => code,
            other => panic!("not a bad request: {other:?}"),
        }
    }

    #[test]
    fn case_numbers_are_read_as_typed_and_in_capitals() {
        assert_eq!(case_numbers(" wia-demo-06 ").unwrap(), ["wia-demo-06", "WIA-DEMO-06"]);
        assert_eq!(case_numbers("WIA-DEMO-06").unwrap(), ["WIA-DEMO-06"]);
        for typed in ["", "   ", "WIA DEMO 06", "WIA-DEMO-06; DROP", "zaak?"] {
            assert_eq!(code(case_numbers(typed)), "case_id_malformed", "{typed:?}");
        }
    }

    #[test]
    fn bsns_are_read_with_spaces_and_dots() {
        // 999990068: 9·9 + 8·9 + 7·9 + 6·9 + 5·9 + 4·0 + 3·0 + 2·6 − 8 = 319 = 29 · 11.
        for typed in ["999990068", "9999 90 068", "9999.90.068", " 999 990 068 "] {
            assert_eq!(bsn(typed).unwrap(), "999990068", "{typed:?}");
        }
        // An eight-digit BSN is the nine-digit one without its leading zero: 012345672 passes
        // (0 + 8 + 14 + 18 + 20 + 20 + 18 + 14 − 2 = 110 = 10 · 11).
        assert_eq!(bsn("12345672").unwrap(), "012345672");
        for typed in ["", "9999900", "9999900681", "99999006a", "999-990-068"] {
            assert_eq!(code(bsn(typed)), "bsn", "{typed:?}");
        }
        assert_eq!(code(bsn("999990066")), "bsn_elfproef");
    }
}
