//! `helder-core`: the pure WIA calculation engine of Helder.
//!
//! One entry point, [`compute`]: a `helder-case/1` document in, a `helder-result/1` document
//! out (`docs/domain/CASE-FORMAT.md`). No I/O, no clock (the calculation date `as_of` is an
//! input), no floats, no panics: bad input is a [`CaseError`] naming the JSON path. Every figure
//! is recorded in the trace by the code that computes it ([`trace`]).

pub mod advance;
pub mod backpay;
pub mod benefit;
pub mod calendar;
pub mod change;
pub mod contract;
pub mod dagloon;
pub mod dates;
pub mod decisions;
mod digits;
pub mod error;
pub mod money;
pub mod params;
pub mod penalty;
pub mod rules;
pub mod status;
pub mod trace;
pub mod waiver;
#[cfg(feature = "wasm")]
pub mod wasm;
pub mod whatif;

use std::sync::OnceLock;

pub use contract::{Case, ResultDocument};
pub use error::CaseError;
pub use money::Euro;
pub use trace::Trace;

use crate::calendar::Month;
use crate::contract::{EstimateUsed, Outcome, RESULT_FORMAT};

/// The crate version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// `helder-core <version>+<parameter-table fingerprint>`: equal values mean equal rules.
pub fn rules_version() -> &'static str {
    static RULES_VERSION: OnceLock<String> = OnceLock::new();
    RULES_VERSION.get_or_init(|| format!("helder-core {VERSION}+{:016x}", params::fingerprint()))
}

/// Computes a `helder-case/1` JSON document into a `helder-result/1` JSON document.
pub fn compute(case_json: &str) -> Result<String, CaseError> {
    let case = contract::parse_case(case_json)?;
    let result = compute_case(&case)?;
    // Results with a trace run to tens of kilobytes: start big enough to rarely regrow.
    let mut out = Vec::with_capacity(64 * 1024);
    serde_json::to_writer(&mut out, &result)
        .map_err(|error| CaseError::Syntax { path: String::new(), detail: error.to_string() })?;
    // serde_json writes only valid UTF-8.
    String::from_utf8(out).map_err(|error| CaseError::Syntax { path: String::new(), detail: error.to_string() })
}

impl ResultDocument<Trace> {
    /// The same document with its trace as lines, exactly as reading the JSON back gives it.
    pub fn into_lines(self) -> ResultDocument {
        let trace = self.trace.lines();
        ResultDocument {
            format: self.format,
            case_id: self.case_id,
            as_of: self.as_of,
            rules_version: self.rules_version,
            dates: self.dates,
            dagloon: self.dagloon,
            benefit: self.benefit,
            advance: self.advance,
            waiver: self.waiver,
            backpay: self.backpay,
            penalty: self.penalty,
            decisions: self.decisions,
            contacts: self.contacts,
            timeline: self.timeline,
            estimates: self.estimates,
            trace,
        }
    }
}

/// Computes a validated case. The result serializes to the `helder-result/1` document.
pub fn compute_case(case: &Case) -> Result<ResultDocument<Trace>, CaseError> {
    // A what-if case's figures are all estimates: UWV has not decided, Helder assumes.
    let mut trace = if case.decision.as_ref().is_some_and(|d| d.assumed) { Trace::assumed() } else { Trace::new() };
    let dates = dates::dates(case, &mut trace)?;
    let as_of_month = Month::of(case.as_of);

    let dagloon = match &case.wages {
        Some(wages) => Some(dagloon::dagloon(case, wages, &dates.benefit_start, &mut trace)?),
        None => None,
    };

    // The benefit of the right, with the corrected dagloon, through the later of `as_of` and
    // the correction date's month (a back payment compares months up to that date).
    let granted = case.decision.as_ref().filter(|d| d.outcome != Outcome::Refused);
    let lgu_end = granted.and_then(|decision| benefit::lgu_end(decision, dates.benefit_start.value, &mut trace));
    let start_month = Month::of(dates.benefit_start.value);
    let correction_month = case.correction.as_ref().and_then(|c| c.correction_date).map(Month::of);
    let schedule_last = correction_month.map_or(as_of_month, |m| m.max(as_of_month));
    let mut basis_parts = None;
    let mut schedule = Vec::new();
    if let (Some(decision), Some(dagloon)) = (granted, &dagloon) {
        let basis = benefit::Basis {
            decision,
            benefit_start: dates.benefit_start.value,
            dagloon_at_start: &dagloon.at_start,
            income_ratio: &dagloon.income_ratio,
            income: &case.income,
            lgu_end: lgu_end.as_ref().map(|end| end.value),
        };
        let labels =
            benefit::Labels { figure_prefix: Some("/benefit/months"), figures_through: as_of_month, amount_rule: None };
        schedule = benefit::schedule(&basis, start_month, schedule_last, &labels, &mut trace)?;
        basis_parts = Some(decision);
    }
    let benefit_result = match (&case.decision, &dagloon) {
        (Some(decision), Some(_)) => {
            let through_as_of: Vec<_> = schedule.iter().filter(|m| m.month <= as_of_month).cloned().collect();
            Some(benefit::result(decision, lgu_end.as_ref(), &through_as_of))
        }
        _ => None,
    };

    // §4-5: the advance, settled against the decided benefit.
    let mut advance_figures = None;
    let mut waiver_figures = None;
    if let Some(advance) = &case.advance {
        let entitled: Option<&[benefit::MonthFigure]> = match &case.decision {
            None => None,
            Some(decision) if decision.outcome == Outcome::Refused => Some(&[]),
            Some(_) if dagloon.is_none() => {
                return Err(CaseError::MissingFact {
                    path: "/wages".into(),
                    needed: "the wages of the reference period",
                    section: "the advance settlement",
                });
            }
            Some(_) => Some(&schedule),
        };
        let figures = advance::advance(case, advance, entitled, &mut trace);
        if let (Some(settlement), Some(decision), Some(first), Some(last)) =
            (&figures.settlement, &case.decision, figures.first_month, figures.last_month)
        {
            let Some(decision_due) = &dates.decision_due else {
                return Err(CaseError::MissingFact {
                    path: "/application".into(),
                    needed: "the date the application was received",
                    section: "the waiver",
                });
            };
            waiver_figures = Some(waiver::waiver(advance, first, last, settlement, decision, decision_due, &mut trace));
        }
        advance_figures = Some(figures);
    }

    // §6: the dagloon correction.
    let mut backpay_result = None;
    if let Some(correction) = &case.correction {
        let (Some(decision), Some(dagloon)) = (basis_parts, &dagloon) else {
            let (path, needed) = match (&case.decision, &dagloon) {
                (Some(d), _) if d.outcome == Outcome::Refused => {
                    return Err(CaseError::Contradiction {
                        path: "/correction".into(),
                        rule: "a dagloon correction needs a granted benefit, and the claim was refused",
                    });
                }
                (None, _) => ("/decision", "the WIA decision"),
                _ => ("/wages", "the wages of the reference period"),
            };
            return Err(CaseError::MissingFact { path: path.into(), needed, section: "the back payment" });
        };
        let basis = benefit::Basis {
            decision,
            benefit_start: dates.benefit_start.value,
            dagloon_at_start: &dagloon.at_start,
            income_ratio: &dagloon.income_ratio,
            income: &case.income,
            lgu_end: lgu_end.as_ref().map(|end| end.value),
        };
        let last = correction_month.map_or(as_of_month, Month::previous);
        let computed = backpay::backpay(correction, &basis, &schedule, last, &mut trace)?;
        backpay_result = Some(computed.result);
    }

    // §7: the penalty for a late decision.
    let penalty_result = match (&case.application, &dates.decision_due) {
        (Some(application), Some(due)) => {
            penalty::penalty(application, case.decision.as_ref(), due, case.as_of, &mut trace)?
        }
        _ => None,
    };

    // §9: UWV's decisions beside Helder's calculation of the same figures.
    let decisions = decisions::decisions(case, &mut trace);
    let contacts = decisions::contacts(case, &mut trace);

    let advance_result = advance_figures.as_ref().map(advance::AdvanceFigures::result);
    let waiver_result = waiver_figures.as_ref().map(waiver::Waiver::result);
    let timeline = status::timeline(
        case,
        &status::Figures {
            dates: &dates,
            advance: advance_result.as_ref(),
            waiver: waiver_result.as_ref(),
            backpay: backpay_result.as_ref(),
            penalty: penalty_result.as_ref(),
            decisions: &decisions,
        },
    );

    let estimates = trace
        .estimates()
        .map(|(entry, parameter)| EstimateUsed {
            trace: entry.id.to_string(),
            from: parameter.from,
            source: parameter.source().to_owned(),
        })
        .collect();
    Ok(ResultDocument {
        format: RESULT_FORMAT.to_owned(),
        case_id: case.case_id.clone(),
        as_of: case.as_of,
        rules_version: rules_version().to_owned(),
        dates: dates.result(case),
        dagloon: dagloon.as_ref().map(dagloon::Dagloon::result),
        benefit: benefit_result,
        advance: advance_result,
        waiver: waiver_result,
        backpay: backpay_result,
        penalty: penalty_result,
        decisions,
        contacts,
        timeline,
        estimates,
        trace,
    })
}
