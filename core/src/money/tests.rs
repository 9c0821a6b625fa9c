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

/// `round_half_up`'s own division gives rust_decimal's rounding bit for bit: the same digits,
/// scale and sign (`Decimal::serialize`), for any 96-bit mantissa and scale.
mod rounding_is_rust_decimals_bit_for_bit {
    use super::*;
    use proptest::prelude::*;

    fn theirs(value: Decimal, decimals: u32) -> [u8; 16] {
        value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero).serialize()
    }

    #[test]
    fn at_the_edges() {
        let max = (1i128 << 96) - 1;
        let mantissas = [
            1,
            -1,
            4,
            5,
            -5,
            15,
            25,
            49,
            50,
            -50,
            51,
            137_925,
            -59_185,
            9_999_999_999_999_999_999,
            10_000_000_000_000_000_000,
            18_446_744_073_709_551_615,
            18_446_744_073_709_551_616,
            -18_446_744_073_709_551_616,
            5 * 10i128.pow(27),
            max,
            -max,
            max / 2,
        ];
        for mantissa in mantissas {
            for scale in 0..=28 {
                let value = Decimal::from_i128_with_scale(mantissa, scale);
                for decimals in 0..=8 {
                    assert_eq!(
                        round_half_up(value, decimals).serialize(),
                        theirs(value, decimals),
                        "{value} to {decimals}"
                    );
                }
            }
        }
        // A zero keeps rust_decimal's sign and scale (`from_parts` would drop a negative
        // zero's sign; rust_decimal keeps it).
        for scale in 0..=28 {
            let mut negative_zero = Decimal::new(0, scale);
            negative_zero.set_sign_negative(true);
            for zero in [Decimal::new(0, scale), negative_zero] {
                assert_eq!(round_half_up(zero, 2).serialize(), theirs(zero, 2), "{zero:?} at {scale}");
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        #[test]
        fn for_any_value(mantissa in -(1i128 << 96) + 1..(1i128 << 96), scale in 0u32..=28, decimals in 0u32..=6) {
            let value = Decimal::from_i128_with_scale(mantissa, scale);
            prop_assert_eq!(round_half_up(value, decimals).serialize(), theirs(value, decimals));
        }

        /// Midpoints and their neighbours, where half-up and the other strategies part.
        #[test]
        fn at_midpoints(units in -100_000_000i64..100_000_000, drop in 1u32..=19, nudge in -1i128..=1) {
            let mantissa = (i128::from(units) * 10 + 5) * 10i128.pow(drop - 1) + nudge;
            let value = Decimal::from_i128_with_scale(mantissa, 2 + drop);
            prop_assert_eq!(round_half_up(value, 2).serialize(), theirs(value, 2));
        }
    }
}
