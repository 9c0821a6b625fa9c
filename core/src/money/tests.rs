//! Unit tests of `money` (kept beside the module, out of its source).

use super::*;
use std::str::FromStr;
fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

#[test]
fn rounding_is_half_up_away_from_zero() {
    // (input, expected) — CASE-FORMAT: round_half_up(x, 2)
    let table = [
        ("137.925", "137.93"),
        ("137.924999", "137.92"),
        ("3598.9725", "3598.97"),
        ("-59.185", "-59.19"),
        ("0.005", "0.01"),
    ];
    for (input, expected) in table {
        assert_eq!(Euro::round_half_up(d(input)).to_string(), expected, "{input}");
    }
}

#[test]
fn display_always_has_two_decimals_and_no_negative_zero() {
    assert_eq!(Euro::cents(120_000).to_string(), "1200.00");
    assert_eq!(Euro::cents(5).to_string(), "0.05");
    assert_eq!((-Euro::ZERO).to_string(), "0.00");
    assert_eq!(Euro::cents(-5918).to_string(), "-59.18");
    // One decimal, as a case may hold it after `exact`: still two, and no negative zero.
    let one_decimal = |text| Euro::exact(d(text)).map(|e| e.to_string());
    assert_eq!([one_decimal("-0.0"), one_decimal("-1.2")], [Some("0.00".into()), Some("-1.20".into())]);
}

#[test]
fn exact_refuses_more_than_two_decimals() {
    assert!(Euro::exact(d("1.234")).is_none());
    assert_eq!(Euro::exact(d("1.2")).map(|e| e.to_string()).as_deref(), Some("1.20"));
}

#[test]
fn adding_to_an_amount() {
    let mut total = Euro::cents(150_000);
    total += Euro::cents(2_550);
    assert_eq!(total, Euro::cents(152_550));
}

/// The explanation shows money without a minus (its sentences say who pays whom).
#[test]
fn the_amount_without_its_sign() {
    assert_eq!(
        [Euro::cents(-123_456).abs(), Euro::cents(123_456).abs(), Euro::ZERO.abs()],
        [Euro::cents(123_456), Euro::cents(123_456), Euro::ZERO]
    );
}
