//! The dated legal parameters: one table per parameter, each entry `{from, value, source,
//! confidence}`, in force from `from` until the next entry. A lookup before the first entry or
//! after the date through which the table is known is an error: Helder never guesses a value.
//! Source of the figures: `docs/domain/PARAMETERS.md`, extended back to 2015 (Rekenregels
//! published by the Belastingdienst/SZW; values marked E were derived back from the next
//! published value with that date's index percentage).

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::error::CaseError;
use crate::money::Euro;

/// How sure we are of a value (PARAMETERS.md): read in the law or an official publication,
/// several reliable secondary sources agree, or an estimate Helder derived.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    High,
    Medium,
    Estimate,
}

impl Confidence {
    pub fn code(self) -> &'static str {
        match self {
            Confidence::High => "H",
            Confidence::Medium => "M",
            Confidence::Estimate => "E",
        }
    }
}

/// A value in force from `from`.
#[derive(Clone, Copy, Debug)]
pub struct Dated<T: 'static> {
    pub from: NaiveDate,
    pub value: T,
    pub source: &'static str,
    pub confidence: Confidence,
}

/// One dated parameter.
#[derive(Debug)]
pub struct Table<T: 'static> {
    pub name: &'static str,
    pub entries: &'static [Dated<T>],
    /// The last day for which the table is known to be complete.
    pub known_through: NaiveDate,
}

impl<T: Copy> Table<T> {
    /// The entry in force on `date`, or a typed error naming `path` (the input that led here).
    pub fn at(&self, date: NaiveDate, path: &str) -> Result<&'static Dated<T>, CaseError> {
        let index = self.entries.partition_point(|entry| entry.from <= date);
        match index.checked_sub(1).and_then(|i| self.entries.get(i)) {
            Some(entry) if date <= self.known_through => Ok(entry),
            _ => Err(self.out_of_range(date, path)),
        }
    }

    /// Entries whose `from` lies in `(after, through]`, in date order: the indexation steps
    /// between two dates. Errors when `through` is beyond the known range.
    pub fn changes_between(
        &self,
        after: NaiveDate,
        through: NaiveDate,
        path: &str,
    ) -> Result<&'static [Dated<T>], CaseError> {
        let first_known = self.entries.first().map(|entry| entry.from).unwrap_or(NaiveDate::MAX);
        if through > self.known_through || after < first_known {
            let date = if through > self.known_through { through } else { after };
            return Err(self.out_of_range(date, path));
        }
        let start = self.entries.partition_point(|entry| entry.from <= after);
        let end = self.entries.partition_point(|entry| entry.from <= through);
        Ok(self.entries.get(start..end).unwrap_or(&[]))
    }

    /// The first `from` after `date`: the day the value in force on `date` is replaced
    /// (`NaiveDate::MAX` when no later entry is known).
    pub fn next_change_after(&self, date: NaiveDate) -> NaiveDate {
        let index = self.entries.partition_point(|entry| entry.from <= date);
        self.entries.get(index).map_or(NaiveDate::MAX, |entry| entry.from)
    }

    fn out_of_range(&self, date: NaiveDate, path: &str) -> CaseError {
        let first = self.entries.first().map(|entry| entry.from).unwrap_or(NaiveDate::MIN);
        CaseError::ParameterOutOfRange {
            path: path.to_owned(),
            parameter: self.name,
            date,
            covered: format!(
                "{} to {}",
                crate::calendar::format_date(first),
                crate::calendar::format_date(self.known_through)
            ),
        }
    }
}

/// Lookups in one table, made for dates that grow, such as a schedule's months: the table is
/// searched again only when a date leaves the entry found last. The same entries and the same
/// errors as `Table::at`, for dates in any order (`params::tests::cursor`).
pub struct Cursor<T: 'static> {
    table: &'static Table<T>,
    /// The entry found last and the first day it no longer holds.
    current: Option<(&'static Dated<T>, NaiveDate)>,
}

impl<T: Copy> Cursor<T> {
    pub fn new(table: &'static Table<T>) -> Self {
        Cursor { table, current: None }
    }

    pub fn at(&mut self, date: NaiveDate, path: &str) -> Result<&'static Dated<T>, CaseError> {
        if let Some((entry, until)) = self.current
            && entry.from <= date
            && date < until
            && date <= self.table.known_through
        {
            return Ok(entry);
        }
        let entry = self.table.at(date, path)?;
        self.current = Some((entry, self.table.next_change_after(date)));
        Ok(entry)
    }
}

/// Maximum dagloon and the index percentage of that date (Wfsv 17-18; DLB 23; WIA 14).
#[derive(Clone, Copy, Debug)]
pub struct DagloonIndex {
    /// Maximum dagloon, in cents.
    pub maximum_cents: i64,
    /// Index percentage on that date, in hundredths of a percent (1.35 % = 135).
    pub index_basis_points: i64,
}

impl DagloonIndex {
    pub fn maximum(self) -> Euro {
        Euro::cents(self.maximum_cents)
    }

    /// The percentage, e.g. 1.35.
    pub fn index_percent(self) -> Decimal {
        Decimal::new(self.index_basis_points, 2)
    }
}

const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        // Unreachable for the literal dates below; `tables_are_sorted_and_valid` checks them.
        None => NaiveDate::MIN,
    }
}

const fn dated<T>(from: NaiveDate, value: T, source: &'static str, confidence: Confidence) -> Dated<T> {
    Dated { from, value, source, confidence }
}

const fn dl(maximum_cents: i64, index_basis_points: i64) -> DagloonIndex {
    DagloonIndex { maximum_cents, index_basis_points }
}

use Confidence::{Estimate as E, High as H, Medium as M};

/// The last day every half-yearly table is known for: the 1 July 2026 figures were found
/// (PARAMETERS.md), the 1 January 2027 figures were not, so a date in 2027 is refused.
const HALF_YEAR_TABLES_KNOWN_THROUGH: NaiveDate = ymd(2026, 12, 31);

pub static DAGLOON_INDEX: Table<DagloonIndex> = Table {
    name: "maximum dagloon and index percentage",
    known_through: HALF_YEAR_TABLES_KNOWN_THROUGH,
    entries: &[
        dated(ymd(2015, 1, 1), dl(19915, 109), "derived back from 2015-07-01 with the minimum-wage change 1.09 %", E),
        dated(ymd(2015, 7, 1), dl(19995, 40), "derived back from 2016-01-01: 202.17 / 1.0111", E),
        dated(ymd(2016, 1, 1), dl(20217, 111), "derived back from 2016-07-01: 203.85 / 1.0083", E),
        dated(ymd(2016, 7, 1), dl(20385, 83), "derived back from 2017-01-01: 205.77 / 1.0094", E),
        dated(ymd(2017, 1, 1), dl(20577, 94), "Rekenregels 1 januari 2017", M),
        dated(ymd(2017, 7, 1), dl(20760, 89), "Rekenregels 1 juli 2017, Stcrt 2017, 28138", M),
        dated(ymd(2018, 1, 1), dl(20926, 80), "Rekenregels 1 januari 2018", M),
        dated(ymd(2018, 7, 1), dl(21142, 103), "Rekenregels 1 juli 2018", M),
        dated(ymd(2019, 1, 1), dl(21428, 135), "Stcrt 2018, 59237; Rekenregels 1 januari 2019", M),
        // Published as 216.90 (Rekenregels 1 juli 2019, reported by Rendement 06-06-2019); the
        // value 216.89 derived back from 2020 was one cent off.
        dated(ymd(2019, 7, 1), dl(21690, 123), "Rekenregels 1 juli 2019", M),
        dated(ymd(2020, 1, 1), dl(21928, 110), "Stcrt 2019, 56680; Rekenregels 1 januari 2020", M),
        dated(ymd(2020, 7, 1), dl(22278, 160), "derived back from 2021-01-01: 223.40 / 1.0028", E),
        dated(ymd(2021, 1, 1), dl(22340, 28), "published maandloon 4,858.95", M),
        dated(ymd(2021, 7, 1), dl(22557, 96), "uwv.nl maximumdagloon", H),
        dated(ymd(2022, 1, 1), dl(22876, 141), "Rekenregels 1 januari 2022", M),
        dated(ymd(2022, 7, 1), dl(23290, 181), "Rekenregels 1 juli 2022", M),
        dated(ymd(2023, 1, 1), dl(25654, 1015), "Stcrt 2022, 32251", M),
        dated(ymd(2023, 7, 1), dl(26457, 313), "Rekenregels 1 juli 2023", M),
        dated(ymd(2024, 1, 1), dl(27444, 373), "Rekenregels 1 januari 2024", M),
        dated(ymd(2024, 7, 1), dl(28295, 310), "regeling 17-04-2024", M),
        dated(ymd(2025, 1, 1), dl(29067, 273), "Stcrt 2024, 38722", M),
        dated(ymd(2025, 7, 1), dl(29782, 246), "derived: 290.67 × 1.0246", E),
        dated(ymd(2026, 1, 1), dl(30425, 216), "Stcrt 2025, 42324", M),
        // No Rekenregels 1 juli 2026 could be confirmed: E-rule, the index follows the published
        // minimum wage (WML 8: 2294.40 → 2337.00 = +1.857 %, 1.86 %), 304.25 × 1.0186 = 309.91.
        dated(ymd(2026, 7, 1), dl(30991, 186), "derived: 304.25 × 1.0186 (WML +1.86 %)", E),
    ],
};

/// Statutory minimum wage per month, adults, without holiday allowance: the monthly amount SZW
/// publishes for benefits (since 2024 the WML sets an hourly wage; the "referentiemaandloon ...
/// exclusief de vakantie-uitkering van 8%" is the monthly amount for benefits). The vervolguitkering adds the holiday allowance to it (WIA 12 lid 1
/// onder b, `policy::MINIMUM_WAGE_HOLIDAY_ALLOWANCE_PERCENT`).
pub static MINIMUM_WAGE: Table<i64> = Table {
    name: "minimum wage per month",
    known_through: HALF_YEAR_TABLES_KNOWN_THROUGH,
    entries: &[
        dated(ymd(2015, 1, 1), 150180, "minimumloon 1 januari 2015, 23 years and older", M),
        dated(ymd(2015, 7, 1), 150780, "minimumloon 1 juli 2015, 23 years and older", M),
        dated(ymd(2016, 1, 1), 152460, "minimumloon 1 januari 2016, 23 years and older", M),
        dated(ymd(2016, 7, 1), 153720, "minimumloon 1 juli 2016, 23 years and older", M),
        dated(ymd(2017, 1, 1), 155160, "minimumloon 1 januari 2017 (+0.94 %)", M),
        dated(ymd(2017, 7, 1), 156540, "Rekenregels 1 juli 2017, 22 years and older", M),
        dated(ymd(2018, 1, 1), 157800, "minimumloon 1 januari 2018 (+0.80 %)", M),
        dated(ymd(2018, 7, 1), 159420, "Rekenregels 1 juli 2018 (+1.03 %)", M),
        dated(ymd(2019, 1, 1), 161580, "Rekenregels 1 januari 2019 (+1.35 %)", M),
        dated(ymd(2019, 7, 1), 163560, "Rekenregels 1 juli 2019 (+1.23 %)", M),
        dated(ymd(2020, 1, 1), 165360, "Rekenregels 1 januari 2020 (+1.10 %)", M),
        dated(ymd(2020, 7, 1), 168000, "Rekenregels 1 juli 2020 (+1.60 %)", M),
        dated(ymd(2021, 1, 1), 168480, "Rekenregels 1 januari 2021 (+0.28 %)", M),
        dated(ymd(2021, 7, 1), 170100, "Rekenregels 1 juli 2021 (+0.96 %)", M),
        dated(ymd(2022, 1, 1), 172500, "Rekenregels 1 januari 2022 (+1.41 %)", M),
        dated(ymd(2022, 7, 1), 175620, "Rekenregels 1 juli 2022 (+1.81 %)", M),
        dated(ymd(2023, 1, 1), 193440, "Rekenregels 1 januari 2023 (+10.15 %)", M),
        dated(ymd(2023, 7, 1), 199500, "Rekenregels 1 juli 2023 (+3.13 %)", M),
        dated(ymd(2024, 1, 1), 206940, "Rekenregels 1 januari 2024 (+3.73 %)", M),
        dated(ymd(2024, 7, 1), 213360, "referentiemaandloon 1 juli 2024, SZW mededeling (salarisxpert.nl)", M),
        dated(ymd(2025, 1, 1), 219180, "Rekenregels 1 januari 2025 (+2.73 %)", M),
        dated(ymd(2025, 7, 1), 224580, "Rekenregels 1 juli 2025 (+2.46 %)", M),
        dated(ymd(2026, 1, 1), 229440, "Rekenregels 1 januari 2026 (+2.16 %)", M),
        dated(ymd(2026, 7, 1), 233700, "WML 8 lid 1 onder b per 1 juli 2026 (wetten.overheid.nl note) (+1.86 %)", M),
    ],
};

/// Statutory interest, non-commercial (BW 6:119), in hundredths of a percent.
pub static STATUTORY_INTEREST: Table<i64> = Table {
    name: "statutory interest rate (BW 6:119)",
    known_through: HALF_YEAR_TABLES_KNOWN_THROUGH,
    entries: &[
        dated(ymd(2015, 1, 1), 200, "Besluit wettelijke rente, 2 %", H),
        dated(ymd(2023, 1, 1), 400, "Besluit wettelijke rente, 4 %", M),
        dated(ymd(2023, 7, 1), 600, "Besluit wettelijke rente, 6 %", M),
        dated(ymd(2024, 1, 1), 700, "Besluit wettelijke rente, 7 %", M),
        dated(ymd(2025, 1, 1), 600, "Besluit wettelijke rente, 6 %", M),
        // No publication for 1 January or 1 July 2026 was found: the estimate stays in force
        // through 2026-12-31 (PARAMETERS.md), and every figure it gives is marked an estimate.
        dated(ymd(2026, 1, 1), 400, "estimate, no publication found", E),
    ],
};

/// Decision term for a WIA claim in weeks, by the date the application was received.
pub static DECISION_TERM_WEEKS: Table<u64> = Table {
    name: "decision term for a WIA claim",
    known_through: ymd(2099, 12, 31),
    entries: &[dated(ymd(2015, 1, 1), 8, "Awb 4:13", H), dated(ymd(2026, 1, 1), 16, "UWV announcement, not in law", E)],
};

/// The penalty for a late decision (Awb 4:17 lid 1-2): euros per day in each tier of 14 days,
/// at most 42 days. Looked up on the penalty's first day (`penalty.start`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PenaltyTiers {
    /// Whole euros per day for days 1-14, 15-28 and 29-42.
    pub per_day_euros: [i64; 3],
    pub days_per_tier: u32,
    pub maximum_days: u32,
}

const AWB_4_17_TIERS: PenaltyTiers = PenaltyTiers { per_day_euros: [23, 35, 45], days_per_tier: 14, maximum_days: 42 };

/// Awb 4:17 since the Wet dwangsom en beroep bij niet tijdig beslissen (Stb. 2009, 383). A change
/// of Awb 4:17 from 1 January 2026 is reported (explore.law, Awb artikel 4:17: "Toekomstige
/// wijziging(en) op 01-01-2026"), most likely by the Wet modernisering elektronisch bestuurlijk
/// verkeer (Stb. 2023, 183; in force 2026-01-01), but the changed text was not found: the 2026
/// row repeats the amounts and is marked as an estimate until the text is read.
pub static PENALTY_TIERS: Table<PenaltyTiers> = Table {
    name: "penalty per day for a late decision (Awb 4:17)",
    known_through: ymd(2099, 12, 31),
    entries: &[
        dated(ymd(2009, 10, 1), AWB_4_17_TIERS, "Awb 4:17 lid 1-2 (Stb. 2009, 383)", H),
        dated(
            ymd(2026, 1, 1),
            AWB_4_17_TIERS,
            "Awb 4:17 as changed from 2026-01-01: text not found, amounts assumed unchanged",
            E,
        ),
    ],
};

/// Fixed amounts and windows (PARAMETERS.md "Policy and procedure"). Each is a `Dated` so it
/// carries its source and confidence into the trace like the tables do.
pub mod policy {
    use super::*;

    /// First and last day an advance must touch to fall under the waiver policy.
    pub static WAIVER_WINDOW_FIRST: Dated<NaiveDate> = dated(ymd(2020, 1, 1), ymd(2020, 1, 1), "KB-2021", H);
    pub static WAIVER_WINDOW_LAST: Dated<NaiveDate> =
        dated(ymd(2020, 1, 1), ymd(2025, 12, 31), "seed 003 (extension through 2025)", H);
    /// Route windows of the waiver (HERSTEL-2021, seed 000).
    pub static REPAIR_OPERATION_LAST: Dated<NaiveDate> = dated(ymd(2020, 1, 1), ymd(2021, 8, 30), "seed 000", H);
    pub static PARKED_LAST: Dated<NaiveDate> = dated(ymd(2020, 1, 1), ymd(2022, 2, 21), "seed 000", H);
    /// No recovery of dagloon overpayments for errors made in this window (NR-2025).
    pub static NO_RECOVERY_FIRST: Dated<NaiveDate> = dated(ymd(2020, 1, 1), ymd(2020, 1, 1), "NR-2025", H);
    pub static NO_RECOVERY_LAST: Dated<NaiveDate> = dated(ymd(2020, 1, 1), ymd(2024, 12, 31), "NR-2025", H);
    /// Interest below this total is not paid (Awb 4:98 lid 2), in cents.
    pub static MINIMUM_INTEREST_CENTS: Dated<i64> = dated(ymd(2015, 1, 1), 1000, "Awb 4:98 lid 2", H);
    /// WIA 12 lid 1 onder b: the WIA's "minimumloon" is the WML minimum wage "vermeerderd met de
    /// daarover berekende vakantietoeslag" (WML 15: 8 %). Read in the consolidation of
    /// BWBR0019057 found (statengeneraal/laws-markdown, a pre-2017 text); no later text that
    /// drops the holiday allowance was found, and the current text could not be retrieved.
    pub static MINIMUM_WAGE_HOLIDAY_ALLOWANCE_PERCENT: Dated<i64> =
        dated(ymd(2006, 1, 1), 8, "WIA 12 lid 1 onder b; WML 15", M);
    /// The tegemoetkoming for tax and toeslagen effects of a refund is documented only for the
    /// 2021-2022 repair operation: "De afhandeling van de tegemoetkomingen vindt plaats t/m eind
    /// 2022" (HERSTEL-2021, seed 000). No later policy was found.
    pub static TAX_COMPENSATION_HANDLED_THROUGH: Dated<NaiveDate> =
        dated(ymd(2021, 7, 1), ymd(2022, 12, 31), "HERSTEL-2021", H);
}

/// A short fingerprint of every table, for `rules_version`: two results with the same value were
/// computed with the same parameters. FNV-1a over a canonical text of the tables.
pub fn fingerprint() -> u64 {
    fnv1a(canonical_tables().as_bytes())
}

/// FNV-1a, 64 bits (the offset basis and prime of the FNV specification).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash: u64, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3))
}

/// Every table's values, each piece ended by a NUL: what `fingerprint` hashes.
fn canonical_tables() -> String {
    let mut text = String::new();
    let mut feed = |piece: &str| {
        text.push_str(piece);
        text.push('\0');
    };
    for entry in DAGLOON_INDEX.entries {
        feed(&format!("{}|{}|{}", entry.from, entry.value.maximum_cents, entry.value.index_basis_points));
    }
    for table in [&MINIMUM_WAGE, &STATUTORY_INTEREST] {
        for entry in table.entries {
            feed(&format!("{}|{}|{}", table.name, entry.from, entry.value));
        }
        feed(&table.known_through.to_string());
    }
    for entry in DECISION_TERM_WEEKS.entries {
        feed(&format!("{}|{}", entry.from, entry.value));
    }
    for window in [
        &policy::WAIVER_WINDOW_FIRST,
        &policy::WAIVER_WINDOW_LAST,
        &policy::REPAIR_OPERATION_LAST,
        &policy::PARKED_LAST,
        &policy::NO_RECOVERY_FIRST,
        &policy::NO_RECOVERY_LAST,
    ] {
        feed(&window.value.to_string());
    }
    feed(&policy::MINIMUM_INTEREST_CENTS.value.to_string());
    feed(&policy::MINIMUM_WAGE_HOLIDAY_ALLOWANCE_PERCENT.value.to_string());
    feed(&policy::TAX_COMPENSATION_HANDLED_THROUGH.value.to_string());
    for entry in PENALTY_TIERS.entries {
        let tiers = entry.value;
        feed(&format!("{}|{:?}|{}|{}", entry.from, tiers.per_day_euros, tiers.days_per_tier, tiers.maximum_days));
    }
    feed(&DAGLOON_INDEX.known_through.to_string());
    text
}

#[cfg(test)]
mod tests;
