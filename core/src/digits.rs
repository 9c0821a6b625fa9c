//! Numbers, amounts and dates written as text on the stack, without `core::fmt`'s machinery:
//! a result's trace writes hundreds of them per case, and `write!` with padding cost 7 % of
//! recomputing every stored benefit (issue 15 budget 4). The text is the same as `format!`'s.
//!
//! In the browser size counts, not speed: there every function here answers `None`, the callers
//! write with `format!` instead, and this code is left out of the module (1.3 KiB gzip). So the
//! WASM build writes every figure the `format!` way and the native build this way, and
//! `tests/tests/parity.rs` holds the two to the same bytes over every golden case and 1,200
//! generated ones.

use chrono::{Datelike, NaiveDate};

/// Room for the longest text written here: an amount of `u64::MAX` cents is a sign, 18 digits,
/// a point and 2 digits (22 bytes).
const ROOM: usize = 24;

/// Whether this build writes numbers here (natively) or with `format!` (in the browser).
const HERE: bool = !cfg!(target_arch = "wasm32");

/// Text built from its end towards its start.
pub(crate) struct Digits {
    bytes: [u8; ROOM],
    start: usize,
}

impl Digits {
    pub(crate) fn new() -> Digits {
        Digits { bytes: [0; ROOM], start: ROOM }
    }

    /// Puts an ASCII byte before what is written; past the room it would be dropped, but no
    /// caller writes that much (the widest is an amount of 22 bytes; `u64::MAX` cents is tested).
    pub(crate) fn prepend(&mut self, byte: u8) {
        if let Some(start) = self.start.checked_sub(1)
            && let Some(slot) = self.bytes.get_mut(start)
        {
            *slot = byte;
            self.start = start;
        }
    }

    /// Puts `number` before what is written, zero-padded to at least `width` digits.
    pub(crate) fn prepend_number(&mut self, mut number: u64, width: usize) {
        let mut written = 0;
        loop {
            self.prepend(b'0' + (number % 10) as u8);
            number /= 10;
            written += 1;
            if number == 0 && written >= width {
                break;
            }
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        self.bytes.get(self.start..).and_then(|bytes| std::str::from_utf8(bytes).ok()).unwrap_or_default()
    }
}

/// Whole cents as `[-]euros.cents`: the contract's money format.
pub(crate) fn cents(negative: bool, magnitude: u64) -> Option<Digits> {
    if !HERE {
        return None;
    }
    let mut digits = Digits::new();
    digits.prepend_number(magnitude % 100, 2);
    digits.prepend(b'.');
    digits.prepend_number(magnitude / 100, 1);
    if negative {
        digits.prepend(b'-');
    }
    Some(digits)
}

/// A whole number without a sign.
pub(crate) fn natural(number: u64) -> Option<Digits> {
    if !HERE {
        return None;
    }
    let mut digits = Digits::new();
    digits.prepend_number(number, 1);
    Some(digits)
}

/// A whole number, `-` before a negative one.
pub(crate) fn integer(number: i64) -> Option<Digits> {
    let mut digits = natural(number.unsigned_abs())?;
    if number < 0 {
        digits.prepend(b'-');
    }
    Some(digits)
}

/// A place in a list (`usize` is at most 64 bits on every target Helder builds for).
pub(crate) fn index(index: usize) -> Option<Digits> {
    natural(index as u64)
}

/// `YYYY-MM-DD` for a year of four digits (0 to 9999); other years are `format!`'s business.
pub(crate) fn date(date: NaiveDate) -> Option<Digits> {
    if !HERE {
        return None;
    }
    let year = u64::try_from(date.year()).ok().filter(|year| *year <= 9999)?;
    let mut digits = Digits::new();
    digits.prepend_number(u64::from(date.day()), 2);
    digits.prepend(b'-');
    digits.prepend_number(u64::from(date.month()), 2);
    digits.prepend(b'-');
    digits.prepend_number(year, 4);
    Some(digits)
}

/// `YYYY-MM` for a year of four digits (0 to 9999).
pub(crate) fn month(year: i32, month: u32) -> Option<Digits> {
    if !HERE {
        return None;
    }
    let year = u64::try_from(year).ok().filter(|year| *year <= 9999)?;
    let mut digits = Digits::new();
    digits.prepend_number(u64::from(month), 2);
    digits.prepend(b'-');
    digits.prepend_number(year, 4);
    Some(digits)
}

#[cfg(test)]
mod tests;
