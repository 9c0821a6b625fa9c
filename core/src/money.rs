//! Money: `Euro`, a newtype over `Decimal` that never touches a float and never rounds by
//! itself. Every rounding is an explicit call, so each legal source's rounding rule is visible
//! where the figure is made (CASE-FORMAT "Computation details that fix the cents").

use rust_decimal::{Decimal, RoundingStrategy};
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub};

/// An amount of euros with at most two decimals.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Euro(Decimal);

impl Euro {
    pub const ZERO: Euro = Euro(Decimal::ZERO);

    /// Whole cents, e.g. `Euro::cents(123_456)` is € 1,234.56.
    pub fn cents(cents: i64) -> Euro {
        Euro(Decimal::new(cents, 2))
    }

    /// Rounds a computed decimal half-up (away from zero at the midpoint) to cents. This is the
    /// only way a computed decimal becomes money.
    pub fn round_half_up(value: Decimal) -> Euro {
        Euro(round_half_up(value, 2))
    }

    /// A decimal that already has at most two decimals (input parsing); `None` otherwise.
    pub fn exact(value: Decimal) -> Option<Euro> {
        (value.scale() <= 2).then_some(Euro(value))
    }

    pub fn decimal(self) -> Decimal {
        self.0
    }

    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    pub fn is_positive(self) -> bool {
        self.0 > Decimal::ZERO
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// `max(0, self)`.
    pub fn positive_part(self) -> Euro {
        if self.is_negative() { Euro::ZERO } else { self }
    }

    pub fn abs(self) -> Euro {
        Euro(self.0.abs())
    }
}

/// Half-up rounding to `decimals` places: the rule CASE-FORMAT names for dagloon, indexation,
/// maandloon, monthly amounts and interest.
pub fn round_half_up(value: Decimal, decimals: u32) -> Decimal {
    let scale = value.scale();
    // Nothing to round, a zero (rust_decimal keeps its sign) or more than 19 digits to drop:
    // rust_decimal's own rounding.
    if scale <= decimals || value.is_zero() || scale - decimals > 19 {
        return value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    }
    // The same result as rust_decimal's (`tests::rounding_is_rust_decimals_bit_for_bit`), by one
    // division of the magnitude instead of its 96-bit digit loops: the hot path of every monthly
    // amount. Half-up: a remainder of at least half the divisor rounds away from zero.
    let magnitude = value.mantissa().unsigned_abs();
    let divisor = 10u64.pow(scale - decimals);
    let (quotient, remainder) = match u64::try_from(magnitude) {
        Ok(small) => (u128::from(small / divisor), small % divisor),
        Err(_) => {
            let wide = u128::from(divisor);
            (magnitude / wide, u64::try_from(magnitude % wide).unwrap_or(0))
        }
    };
    let quotient = if remainder >= divisor - remainder { quotient + 1 } else { quotient };
    let [lo, mid, hi] = [0, 32, 64].map(|shift| u32::try_from((quotient >> shift) & 0xFFFF_FFFF).unwrap_or(0));
    // `decimals < scale <= 28` here, so `from_parts` takes it.
    Decimal::from_parts(lo, mid, hi, value.is_sign_negative(), decimals)
}

impl fmt::Display for Euro {
    /// Always two decimals, a plain `-` for negatives, never "-0.00": the contract's money
    /// format. Formatted from whole cents (the hot path of writing results).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scale = self.0.scale();
        let mantissa = self.0.mantissa();
        // The invariant is scale <= 2; anything else falls back to rust_decimal's own rendering.
        let cents = match scale {
            0 => mantissa.checked_mul(100),
            1 => mantissa.checked_mul(10),
            2 => Some(mantissa),
            _ => None,
        };
        let Some(cents) = cents else {
            let mut value = self.0;
            value.rescale(2);
            return write!(f, "{value}");
        };
        let sign = if cents < 0 { "-" } else { "" };
        let magnitude = cents.unsigned_abs();
        // Every real amount fits 64 bits, whose division and formatting are far cheaper than
        // 128 bits'; the digits are the same.
        match u64::try_from(magnitude) {
            Ok(magnitude) => match crate::digits::cents(cents < 0, magnitude) {
                Some(digits) => f.write_str(digits.as_str()),
                None => write!(f, "{sign}{}.{:02}", magnitude / 100, magnitude % 100),
            },
            Err(_) => write!(f, "{sign}{}.{:02}", magnitude / 100, magnitude % 100),
        }
    }
}

impl Add for Euro {
    type Output = Euro;
    fn add(self, other: Euro) -> Euro {
        Euro(self.0 + other.0)
    }
}

impl AddAssign for Euro {
    fn add_assign(&mut self, other: Euro) {
        self.0 += other.0;
    }
}

impl Sub for Euro {
    type Output = Euro;
    fn sub(self, other: Euro) -> Euro {
        Euro(self.0 - other.0)
    }
}

impl Neg for Euro {
    type Output = Euro;
    fn neg(self) -> Euro {
        Euro(-self.0)
    }
}

impl Sum for Euro {
    fn sum<I: Iterator<Item = Euro>>(iter: I) -> Euro {
        iter.fold(Euro::ZERO, Add::add)
    }
}

impl<'a> Sum<&'a Euro> for Euro {
    fn sum<I: Iterator<Item = &'a Euro>>(iter: I) -> Euro {
        iter.copied().sum()
    }
}

#[cfg(test)]
mod tests;
