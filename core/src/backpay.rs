//! §6 Dagloon correction and back payment (Verbeteraanpak WIA): UWV letter 21-03-2025 (VA-2025);
//! Rijksoverheid 11-07-2025 (NR-2025: no recovery of overpaid WIA caused by UWV dagloon errors
//! 2020-2024); Awb 4:98, 4:102 lid 4 and BW 6:119 (statutory interest).
//!
//! Too low: the corrected dagloon applies from the original start; the back payment is the sum
//! over the months of (due − paid). Too high: the past is not reclaimed unless the client could
//! reasonably have known; the benefit is lowered from the correction date.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::benefit::{Basis, Labels, MonthFigure, amount_in, schedule};
use crate::calendar::{Month, add_months};
use crate::contract::{BackpayMonth, BackpayResult, Correction, CorrectionStep};
use crate::error::CaseError;
use crate::money::Euro;
use crate::params::{STATUTORY_INTEREST, policy};
use crate::rules::Rule;
use crate::trace::{Figure, Input, Trace, Traced, Value, at};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Correct,
    TooLow,
    TooHigh,
}

impl Outcome {
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Correct => "correct",
            Outcome::TooLow => "too_low",
            Outcome::TooHigh => "too_high",
        }
    }
}

pub struct Backpay {
    pub result: BackpayResult,
}

/// `corrected`: the benefit with the corrected dagloon, through at least the month of the
/// correction date. `basis`: how that schedule was made, reused for what was paid.
pub fn backpay(
    correction: &Correction,
    basis: &Basis<'_>,
    corrected: &[MonthFigure],
    last_month: Month,
    trace: &mut Trace,
) -> Result<Backpay, CaseError> {
    let start = basis.benefit_start;
    if correction.correction_date.is_some_and(|date| date < start) {
        return Err(CaseError::Contradiction {
            path: "/correction/correction_date".into(),
            rule: "the correction date is before the benefit start",
        });
    }
    let dagloon_corrected = basis.dagloon_at_start;
    let as_set = trace.record(
        Rule::DagloonAsSet,
        at("/backpay/dagloon_as_set"),
        correction.dagloon_as_set,
        [Input::fact("dagloon_as_set", Value::Euro(correction.dagloon_as_set))],
    );
    let outcome_value = match as_set.value.cmp(&dagloon_corrected.value) {
        std::cmp::Ordering::Equal => Outcome::Correct,
        std::cmp::Ordering::Less => Outcome::TooLow,
        std::cmp::Ordering::Greater => Outcome::TooHigh,
    };
    let outcome = trace.record(
        Rule::BackpayOutcome,
        at("/backpay/outcome"),
        outcome_value.code(),
        [Input::figure("dagloon_as_set", &as_set), Input::figure("dagloon_corrected", dagloon_corrected)],
    );

    // What was paid: the facts when given, else the same rules on the dagloon as set. The as-set
    // dagloon has no known uncapped value, so its income ratio is taken as 1.
    let first = Month::of(start);
    let paid_schedule = match &correction.paid {
        Some(paid) => {
            if let Some(month) = paid.keys().find(|m| **m < first || **m > last_month) {
                return Err(CaseError::Contradiction {
                    path: "/correction/paid".into(),
                    rule: if *month < first {
                        "a paid month before the benefit start"
                    } else {
                        "a paid month after the correction period"
                    },
                });
            }
            if first.through(last_month).any(|m| !paid.contains_key(&m)) {
                return Err(CaseError::MissingFact {
                    path: "/correction/paid".into(),
                    needed: "what was paid in every month of the correction period",
                    section: "the back payment",
                });
            }
            None
        }
        None => {
            let ratio_one = trace.record(
                Rule::IncomeRatio,
                None,
                Decimal::ONE,
                [Input::fact("assumption", Value::Code("no uncapped value is known for the dagloon as set"))],
            );
            let paid_basis = Basis { dagloon_at_start: &as_set, income_ratio: &ratio_one, ..*basis };
            let labels =
                Labels { figure_prefix: None, figures_through: last_month, amount_rule: Some(Rule::BackpayPaid) };
            Some(schedule(&paid_basis, first, last_month, &labels, trace)?)
        }
    };

    let period = first.count_through(last_month);
    let mut months = Vec::with_capacity(period);
    let mut tranches: Vec<(NaiveDate, Decimal, Traced<Euro>)> = Vec::with_capacity(period);
    let mut difference_inputs = Vec::with_capacity(period + 1);
    difference_inputs.push(Input::figure("outcome", &outcome));
    // The totals read every month they add up, so a change of any month's amount is traced to them.
    let mut paid_inputs = Vec::with_capacity(period + 1);
    let mut due_inputs = Vec::with_capacity(period + 1);
    for (index, month) in first.through(last_month).enumerate() {
        let paid = match (&paid_schedule, &correction.paid) {
            (Some(schedule), _) => amount_in(schedule, month).cloned(),
            (None, Some(facts)) => facts.get(&month).map(|amount| {
                trace.record(
                    Rule::BackpayPaid,
                    Some(Figure::Indexed { list: "/backpay/months", index, field: "paid" }),
                    *amount,
                    [Input::fact("paid_by_uwv", Value::Euro(*amount))],
                )
            }),
            (None, None) => None,
        };
        let (Some(paid), Some(due_line)) = (paid, amount_in(corrected, month)) else {
            continue;
        };
        let due = trace.record(
            Rule::BackpayDue,
            Some(Figure::Indexed { list: "/backpay/months", index, field: "due" }),
            due_line.value,
            [Input::figure("benefit_with_corrected_dagloon", due_line)],
        );
        let difference = trace.record(
            Rule::BackpayDifference,
            Some(Figure::Indexed { list: "/backpay/months", index, field: "difference" }),
            due.value - paid.value,
            [Input::figure("due", &due), Input::figure("paid", &paid)],
        );
        difference_inputs.push(Input::figure("difference", &difference));
        paid_inputs.push(Input::figure("paid", &paid));
        due_inputs.push(Input::figure("due", &due));
        if difference.value.is_positive() {
            // Awb 4:102 lid 4: interest from the normal payment date, the next month's first day.
            tranches.push((month.next().first_day(), difference.value.decimal(), difference.clone()));
        }
        months.push(BackpayMonth { month, paid: paid.value, due: due.value, difference: difference.value });
    }
    paid_inputs.push(Input::fact("months", Value::Count(months.len() as i64)));
    due_inputs.push(Input::fact("months", Value::Count(months.len() as i64)));
    let paid_total_line = trace.record(
        Rule::BackpayPaid,
        at("/backpay/paid_total"),
        months.iter().map(|m| m.paid).sum::<Euro>(),
        paid_inputs,
    );
    let due_total_line = trace.record(
        Rule::BackpayDue,
        at("/backpay/due_total"),
        months.iter().map(|m| m.due).sum::<Euro>(),
        due_inputs,
    );
    let (paid_total, due_total) = (paid_total_line.value, due_total_line.value);
    let net = due_total - paid_total;

    let amount = trace.record(
        Rule::BackPayment,
        at("/backpay/amount"),
        if outcome_value == Outcome::TooLow { net.positive_part() } else { Euro::ZERO },
        difference_inputs,
    );
    let overpaid = if outcome_value == Outcome::TooHigh { (-net).positive_part() } else { Euro::ZERO };
    let not_reclaimed = trace.record(
        Rule::NotReclaimed,
        at("/backpay/not_reclaimed"),
        if correction.could_have_known { Euro::ZERO } else { overpaid },
        [
            Input::figure("outcome", &outcome),
            Input::figure("due_total", &due_total_line),
            Input::figure("paid_total", &paid_total_line),
            Input::fact("overpaid", Value::Euro(overpaid)),
            Input::fact("could_have_known", Value::Flag(correction.could_have_known)),
            Input::parameter(
                "no_recovery_first",
                Value::Date(policy::NO_RECOVERY_FIRST.value),
                &policy::NO_RECOVERY_FIRST,
            ),
            Input::parameter(
                "no_recovery_last",
                Value::Date(policy::NO_RECOVERY_LAST.value),
                &policy::NO_RECOVERY_LAST,
            ),
        ],
    );
    let to_repay = trace.record(
        Rule::OverpaymentRecovered,
        at("/backpay/to_repay"),
        if correction.could_have_known { overpaid } else { Euro::ZERO },
        [
            Input::figure("due_total", &due_total_line),
            Input::figure("paid_total", &paid_total_line),
            Input::fact("overpaid", Value::Euro(overpaid)),
            Input::fact("could_have_known", Value::Flag(correction.could_have_known)),
        ],
    );

    // Interest is owed only on a shortfall; while the back-payment date is unknown it is too.
    let interest = match (outcome_value, correction.back_payment_date) {
        (Outcome::TooLow, Some(until)) => Some(statutory_interest(&tranches, until, trace)?),
        (Outcome::TooLow, None) => None,
        _ => Some(
            trace
                .record(
                    Rule::StatutoryInterest,
                    at("/backpay/interest"),
                    Euro::ZERO,
                    [Input::figure("outcome", &outcome)],
                )
                .value,
        ),
    };

    let (new_monthly_amount, new_from) = match correction.correction_date {
        Some(date) => {
            let line = amount_in(corrected, Month::of(date));
            // A lower amount going forward (too_high) awaits a decision of UWV and the ministry
            // (seed 001, autumn 2025): recorded as a Helder calculation, not as policy.
            let rule =
                if outcome_value == Outcome::TooHigh { Rule::NewMonthlyAmountLowered } else { Rule::NewMonthlyAmount };
            let new_amount = line.map(|line| {
                trace.record(
                    rule,
                    at("/backpay/new_monthly_amount"),
                    line.value,
                    [
                        Input::figure("benefit_with_corrected_dagloon", line),
                        Input::fact("correction_date", Value::Date(date)),
                    ],
                )
            });
            (new_amount.map(|a| a.value), Some(date))
        }
        None => (None, None),
    };

    Ok(Backpay {
        result: BackpayResult {
            category: correction.category.code().to_owned(),
            paid_computed: correction.paid.is_none(),
            step: correction.step.code().to_owned(),
            decided: correction.step == CorrectionStep::Decided,
            outcome: outcome_value.code().to_owned(),
            dagloon_as_set: as_set.value,
            dagloon_corrected: dagloon_corrected.value,
            months,
            paid_total,
            due_total,
            amount: amount.value,
            not_reclaimed: not_reclaimed.value,
            to_repay: to_repay.value,
            interest,
            back_payment_date: correction.back_payment_date,
            new_monthly_amount,
            new_from,
        },
    })
}

/// Awb 4:102 lid 4 with BW 6:119: each tranche earns, per day, principal × rate of that day / 365;
/// at each anniversary of the tranche's start the interest so far joins the principal. Days run
/// from the tranche start up to, not including, the back-payment date. The sum is rounded once,
/// half-up; below €10 nothing is paid (Awb 4:98 lid 2).
fn statutory_interest(
    tranches: &[(NaiveDate, Decimal, Traced<Euro>)],
    until: NaiveDate,
    trace: &mut Trace,
) -> Result<Euro, CaseError> {
    let path = "/correction/back_payment_date";
    // Rates are in hundredths of a percent: interest = Σ capital × rate × days / (365 × 10,000).
    let denominator = Decimal::from(365 * 10_000);
    let mut total = Decimal::ZERO;
    let mut rates_used: Vec<usize> = Vec::new();
    let mut until_known = false;
    for (start, principal, _) in tranches {
        if *start >= until {
            continue;
        }
        // Both ends must lie inside the known table; in between, walk its entries by index.
        // The end is the same for every tranche: looked up once, after the first start (so the
        // first error is the same as looking both up for every tranche).
        STATUTORY_INTEREST.at(*start, path)?;
        if !until_known {
            STATUTORY_INTEREST.at(until.pred_opt().unwrap_or(until), path)?;
            until_known = true;
        }
        let mut index = STATUTORY_INTEREST.entries.partition_point(|e| e.from <= *start).saturating_sub(1);
        let mut capital = *principal;
        // Σ capital × rate × days since the last anniversary, exact (no division yet).
        let mut accrued_numerator = Decimal::ZERO;
        let mut day = *start;
        let mut anniversary = add_months(*start, 12);
        while day < until {
            let Some(entry) = STATUTORY_INTEREST.entries.get(index) else { break };
            if !rates_used.contains(&index) {
                rates_used.push(index);
            }
            let next_change = STATUTORY_INTEREST.entries.get(index + 1).map_or(until, |e| e.from);
            let segment_end = until.min(anniversary).min(next_change);
            // Day numbers, not `segment_end - day`: the same count without chrono's Duration.
            let days = i64::from(segment_end.num_days_from_ce()) - i64::from(day.num_days_from_ce());
            accrued_numerator += capital * Decimal::from(entry.value * days);
            day = segment_end;
            if day == next_change {
                index += 1;
            }
            if day == anniversary {
                // Awb 4:102 lid 4: the year's interest joins the principal.
                capital += accrued_numerator / denominator;
                accrued_numerator = Decimal::ZERO;
                anniversary = add_months(anniversary, 12);
            }
        }
        total += capital - principal + accrued_numerator / denominator;
    }
    let rounded = Euro::round_half_up(total);
    let minimum = Euro::cents(policy::MINIMUM_INTEREST_CENTS.value);
    let value = if rounded < minimum { Euro::ZERO } else { rounded };
    let mut inputs: Vec<Input> = tranches.iter().map(|(_, _, line)| Input::figure("tranche", line)).collect();
    inputs.push(Input::fact("back_payment_date", Value::Date(until)));
    rates_used.sort_unstable();
    for index in rates_used {
        if let Some(entry) = STATUTORY_INTEREST.entries.get(index) {
            inputs.push(Input::parameter("rate_percent", Value::Percent(Decimal::new(entry.value, 2)), entry));
        }
    }
    inputs.push(Input::fact("unrounded", Value::Decimal(total)));
    inputs.push(Input::parameter("minimum_paid", Value::Euro(minimum), &policy::MINIMUM_INTEREST_CENTS));
    Ok(trace.record(Rule::StatutoryInterest, at("/backpay/interest"), value, inputs).value)
}

#[cfg(test)]
mod tests;
