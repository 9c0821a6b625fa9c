//! The floor of the full case: the decimal arithmetic its figures need, and nothing else. No
//! trace, no result document, no parameter lookups, no dates: everything that is not a sum, a
//! product, a quotient or a rounding of money is worked out once in [`Plan::of`], outside the
//! timed loop. The timed part, [`figures`], runs the same formulas in the same order as the
//! engine (so it yields the same cents, which `Plan::of`'s caller checks against the engine's
//! result), in plain loops over flat arrays.
//!
//! It is written for the shape of `full-case.json` (WGA class 80-100, so no income test and no
//! minimum wage; a dagloon under the maximum, so the income ratio is 1; paid amounts computed
//! from the dagloon as set) and refuses any other case.

use chrono::NaiveDate;
use helder_core::calendar::{Month, add_months, weekdays_between};
use helder_core::contract::{Case, DisabilityClass, Outcome};
use helder_core::params::{DAGLOON_INDEX, STATUTORY_INTEREST, policy};
use helder_core::{ResultDocument, Trace};
use rust_decimal::Decimal;

/// One month of the benefit schedule, reduced to numbers.
pub struct PlanMonth {
    /// Index percentages (1.35 for 1.35 %) that apply from this month on (WIA 14).
    index_steps: Vec<Decimal>,
    weekdays: Decimal,
    /// Weekdays with a right at one rate, and that rate (0.75 or 0.70 of maandloon − income).
    segments: Vec<(Decimal, Decimal)>,
    /// The month is one segment over all its weekdays: its amount is the rate itself.
    single_rate: bool,
    income: Decimal,
}

/// One tranche of the back payment: interest segments from its payment date to the
/// back-payment date, each `rate × days` and whether a year ends with it (Awb 4:102 lid 4).
pub struct PlanTranche {
    segments: Vec<(Decimal, bool)>,
}

/// Everything the arithmetic reads, worked out from the case with the engine's rules.
pub struct Plan {
    wages: Vec<Decimal>,
    holiday_pay_paid_from_earlier: Decimal,
    holiday_pay_built_up: Decimal,
    divisor: Decimal,
    index_to_start: Vec<Decimal>,
    maximum_at_start: Decimal,
    dagloon_as_set: Decimal,
    /// The schedule with the corrected dagloon, through the later of `as_of` and the
    /// correction date.
    months: Vec<PlanMonth>,
    /// The first `paid_months` months are the back-payment period.
    paid_months: usize,
    tranches: Vec<PlanTranche>,
    /// Per advance month: the schedule index, paid, WW and income.
    advance: Vec<(usize, Decimal, Decimal, Decimal)>,
    waiver_applies: bool,
    repayments: Vec<Decimal>,
    minimum_interest: Decimal,
    /// Days of the penalty, euros per day per tier, days per tier.
    penalty: (i64, [i64; 3], i64),
}

/// The figures the floor makes, in buffers reused from one run to the next.
#[derive(Debug, Default, PartialEq)]
pub struct Figures {
    pub dagloon: Vec<Decimal>,
    pub due: Vec<Decimal>,
    pub paid: Vec<Decimal>,
    pub differences: Vec<Decimal>,
    pub backpay: Vec<Decimal>,
    pub advance: Vec<Decimal>,
    pub waiver: Vec<Decimal>,
    pub penalty: Decimal,
}

/// The engine's half-up rounding to cents (rust_decimal's result bit for bit, by one division):
/// the floor rounds as the engine does, so the ratio compares like with like.
fn round(value: Decimal) -> Decimal {
    helder_core::money::round_half_up(value, 2)
}

fn positive_part(value: Decimal) -> Decimal {
    if value.is_sign_negative() && !value.is_zero() { Decimal::ZERO } else { value }
}

/// The decimal arithmetic of the case. Allocates nothing once `out`'s buffers have grown.
pub fn figures(plan: &Plan, out: &mut Figures) {
    let hundred = Decimal::ONE_HUNDRED;
    let days_per_month = Decimal::new(2175, 2);

    // DLB 16: (A − B + C) / divisor; DLB 23: indexed to the start; Wfsv 17: capped.
    let mut wage_total = Decimal::ZERO;
    for wage in &plan.wages {
        wage_total += wage;
    }
    wage_total = wage_total - plan.holiday_pay_paid_from_earlier + plan.holiday_pay_built_up;
    let uncapped = round(wage_total / plan.divisor);
    let mut dagloon = uncapped;
    for percent in &plan.index_to_start {
        dagloon = round(dagloon * (Decimal::ONE + percent / hundred));
    }
    let at_start = dagloon.min(plan.maximum_at_start);
    let maandloon_at_start = round(days_per_month * at_start);
    out.dagloon.clear();
    out.dagloon.extend([uncapped, dagloon, at_start, maandloon_at_start]);

    // WIA 61, 14: the benefit per month, once with the corrected dagloon and once with the
    // dagloon as set (what was paid). The income ratio is 1 (no cap).
    let ratio = Decimal::ONE;
    let schedule = |dagloon_at_start: Decimal, months: &[PlanMonth], amounts: &mut Vec<Decimal>| {
        amounts.clear();
        let mut dagloon = dagloon_at_start;
        let mut maandloon = round(days_per_month * dagloon);
        for month in months {
            if !month.index_steps.is_empty() {
                for percent in &month.index_steps {
                    dagloon = round(dagloon * (Decimal::ONE + percent / hundred));
                }
                maandloon = round(days_per_month * dagloon);
            }
            let counted_income = if month.income.is_zero() { Decimal::ZERO } else { month.income * ratio };
            let mut sum = Decimal::ZERO;
            let mut single = None;
            for (days, percent) in &month.segments {
                let monthly = percent * (maandloon - counted_income);
                single = month.single_rate.then_some(monthly);
                sum += monthly * days;
            }
            amounts.push(if sum <= Decimal::ZERO {
                Decimal::ZERO
            } else if let Some(rate) = single {
                round(rate)
            } else {
                round(sum / month.weekdays)
            });
        }
    };
    schedule(at_start, &plan.months, &mut out.due);
    schedule(plan.dagloon_as_set, &plan.months[..plan.paid_months], &mut out.paid);

    // §6: the difference per month, the totals, and the statutory interest on each shortfall.
    out.differences.clear();
    let (mut paid_total, mut due_total) = (Decimal::ZERO, Decimal::ZERO);
    for (due, paid) in out.due.iter().zip(&out.paid) {
        out.differences.push(due - paid);
        paid_total += paid;
        due_total += due;
    }
    let back_payment = positive_part(due_total - paid_total);
    let denominator = Decimal::from(365 * 10_000);
    let mut interest = Decimal::ZERO;
    for (principal, tranche) in out.differences.iter().zip(&plan.tranches) {
        if *principal <= Decimal::ZERO || tranche.segments.is_empty() {
            continue;
        }
        let mut capital = *principal;
        let mut accrued = Decimal::ZERO;
        for (rate_days, year_ends) in &tranche.segments {
            accrued += capital * rate_days;
            if *year_ends {
                capital += accrued / denominator;
                accrued = Decimal::ZERO;
            }
        }
        interest += capital - principal + accrued / denominator;
    }
    let interest = round(interest);
    let interest = if interest < plan.minimum_interest { Decimal::ZERO } else { interest };
    out.backpay.clear();
    out.backpay.extend([paid_total, due_total, back_payment, interest]);

    // §4: the advance settled on the totals; per month entitled − paid.
    out.advance.clear();
    let (mut paid, mut entitled, mut ww, mut income) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    for (month, month_paid, month_ww, month_income) in &plan.advance {
        paid += month_paid;
        entitled += out.due[*month];
        ww += month_ww;
        income += month_income;
    }
    let difference = paid - entitled;
    let overpayment = positive_part(difference);
    let underpayment = positive_part(-difference);
    let ww_offset = overpayment.min(ww);
    let income_part = (overpayment - ww_offset).min(round(Decimal::new(70, 2) * income));
    out.advance.extend([paid, entitled, overpayment, underpayment, ww_offset, income_part]);
    for (month, month_paid, _, _) in &plan.advance {
        out.advance.push(out.due[*month] - month_paid);
    }

    // §5: the waiver's split.
    let after_ww = overpayment - ww_offset;
    let waived = if plan.waiver_applies { after_ww - income_part } else { Decimal::ZERO };
    let to_repay = after_ww - waived;
    let mut repaid = Decimal::ZERO;
    for amount in &plan.repayments {
        repaid += amount;
    }
    out.waiver.clear();
    out.waiver.extend([waived, to_repay, repaid, positive_part(repaid - to_repay), positive_part(to_repay - repaid)]);

    // §7: the penalty, in whole euros per day.
    let (days, per_day, days_per_tier) = plan.penalty;
    let (mut remaining, mut euros) = (days, 0);
    for euros_per_day in per_day {
        let counted = remaining.min(days_per_tier);
        euros += counted * euros_per_day;
        remaining -= counted;
    }
    out.penalty = Decimal::new(euros * 100, 2);
}

impl Plan {
    /// The plan of `case`, whose engine result is `result` (read for dates the engine made, not
    /// for figures). Panics when the case is not of the shape the floor is written for.
    pub fn of(case: &Case, result: &ResultDocument<Trace>) -> Plan {
        let decision = case.decision.as_ref().expect("a decision");
        assert_eq!(decision.outcome, Outcome::Wga);
        assert_eq!(decision.disability_class, Some(DisabilityClass::From80To100));
        let wages = case.wages.as_ref().expect("wages");
        let dagloon = result.dagloon.as_ref().expect("a dagloon");
        assert!(!dagloon.capped, "the floor assumes an income ratio of 1");
        let correction = case.correction.as_ref().expect("a correction");
        assert!(correction.paid.is_none(), "the floor computes what was paid");
        let advance = case.advance.as_ref().expect("an advance");
        assert!(!advance.promised_full_waiver);
        assert!(!case.application.as_ref().expect("an application").penalty_excluded);

        let start = result.dates.benefit_start;
        let lgu_end = result.benefit.as_ref().and_then(|b| b.lgu_end).expect("an LGU");
        let two_months = add_months(start, 2);
        let as_of_month = Month::of(case.as_of);
        let correction_month = Month::of(correction.correction_date.expect("a correction date"));
        let last = correction_month.max(as_of_month);

        let mut months = Vec::new();
        let mut indexed_through = start;
        for month in Month::of(start).through(last) {
            let first_day = month.first_day();
            let mut index_steps = Vec::new();
            if first_day > indexed_through {
                let steps = DAGLOON_INDEX.changes_between(indexed_through, first_day, "").expect("indexation");
                index_steps = steps.iter().map(|step| step.value.index_percent()).collect();
                indexed_through = first_day;
            }
            let right_from = first_day.max(start);
            let right_to = month.last_day();
            let mut cuts = vec![right_from];
            for cut in [two_months, lgu_end] {
                if cut > right_from && cut <= right_to && !cuts.contains(&cut) {
                    cuts.push(cut);
                }
            }
            cuts.sort_unstable();
            let weekdays = month.weekdays();
            let mut segments = Vec::new();
            for (i, from) in cuts.iter().enumerate() {
                let to = cuts.get(i + 1).and_then(|next| next.pred_opt()).unwrap_or(right_to);
                let days = weekdays_between(*from, to);
                if days == 0 {
                    continue;
                }
                let percent = if *from < lgu_end && *from < two_months { 75 } else { 70 };
                segments.push((Decimal::from(days), Decimal::new(percent, 2)));
            }
            let single_rate = cuts.len() == 1 && segments.first().is_some_and(|(d, _)| *d == Decimal::from(weekdays));
            let income = case.income.get(&month).map_or(Decimal::ZERO, |euro| euro.decimal());
            months.push(PlanMonth { index_steps, weekdays: Decimal::from(weekdays), segments, single_rate, income });
        }

        let paid_months = Month::of(start).through(correction_month.previous()).count();
        let until = correction.back_payment_date.expect("a back-payment date");
        let tranches = Month::of(start)
            .through(correction_month.previous())
            .map(|month| PlanTranche { segments: interest_segments(month.next().first_day(), until) })
            .collect();

        let schedule_index = |month: Month| Month::of(start).through(month).count() - 1;
        let advance_months = advance
            .payments
            .iter()
            .map(|(month, paid)| {
                let ww = case.ww.get(month).map_or(Decimal::ZERO, |euro| euro.decimal());
                let income = case.income.get(month).map_or(Decimal::ZERO, |euro| euro.decimal());
                (schedule_index(*month), paid.decimal(), ww, income)
            })
            .collect();

        let penalty = result.penalty.as_ref().expect("a penalty");
        let tiers = helder_core::params::PENALTY_TIERS.at(penalty.start, "").expect("penalty tiers").value;
        Plan {
            wages: wages.months.values().map(|euro| euro.decimal()).collect(),
            holiday_pay_paid_from_earlier: wages.holiday_pay_paid_from_earlier.decimal(),
            holiday_pay_built_up: wages.holiday_pay_built_up.decimal(),
            divisor: Decimal::from(dagloon.divisor),
            index_to_start: DAGLOON_INDEX
                .changes_between(dagloon.reference_to, start, "")
                .expect("indexation to the start")
                .iter()
                .map(|step| step.value.index_percent())
                .collect(),
            maximum_at_start: dagloon.maximum_at_start.decimal(),
            dagloon_as_set: correction.dagloon_as_set.decimal(),
            months,
            paid_months,
            tranches,
            advance: advance_months,
            waiver_applies: result.waiver.as_ref().expect("a waiver").applies,
            repayments: advance.repayments.iter().map(|r| r.amount.decimal()).collect(),
            minimum_interest: Decimal::new(policy::MINIMUM_INTEREST_CENTS.value, 2),
            penalty: (i64::from(penalty.days), tiers.per_day_euros, i64::from(tiers.days_per_tier)),
        }
    }
}

/// Interest segments of one tranche: split at rate changes and at each year since `start`.
fn interest_segments(start: NaiveDate, until: NaiveDate) -> Vec<(Decimal, bool)> {
    let entries = STATUTORY_INTEREST.entries;
    let mut segments = Vec::new();
    if start >= until {
        return segments;
    }
    let mut index = entries.partition_point(|e| e.from <= start).saturating_sub(1);
    let mut day = start;
    let mut anniversary = add_months(start, 12);
    while day < until {
        let Some(entry) = entries.get(index) else { break };
        let next_change = entries.get(index + 1).map_or(until, |e| e.from);
        let end = until.min(anniversary).min(next_change);
        segments.push((Decimal::from(entry.value * (end - day).num_days()), end == anniversary));
        day = end;
        if day == next_change {
            index += 1;
        }
        if day == anniversary {
            anniversary = add_months(anniversary, 12);
        }
    }
    segments
}

/// The engine's figures in the floor's layout, to check that both did the same arithmetic.
pub fn engine_figures(result: &ResultDocument<Trace>) -> Figures {
    let dagloon = result.dagloon.as_ref().expect("a dagloon");
    let benefit = result.benefit.as_ref().expect("a benefit");
    let backpay = result.backpay.as_ref().expect("a back payment");
    let advance = result.advance.as_ref().expect("an advance");
    let waiver = result.waiver.as_ref().expect("a waiver");
    let settled = |euro: Option<helder_core::Euro>| euro.expect("a settled advance").decimal();
    let mut advance_figures = vec![
        advance.paid_total.decimal(),
        settled(advance.entitled_total),
        settled(advance.overpayment),
        settled(advance.underpayment),
        settled(advance.ww_offset),
        settled(advance.income_part),
    ];
    advance_figures.extend(advance.months.iter().map(|m| m.difference.expect("a difference").decimal()));
    Figures {
        dagloon: [dagloon.uncapped, dagloon.uncapped_at_start, dagloon.at_start, dagloon.maandloon_at_start]
            .map(helder_core::Euro::decimal)
            .to_vec(),
        due: benefit.months.iter().map(|m| m.amount.decimal()).collect(),
        paid: backpay.months.iter().map(|m| m.paid.decimal()).collect(),
        differences: backpay.months.iter().map(|m| m.difference.decimal()).collect(),
        backpay: vec![
            backpay.paid_total.decimal(),
            backpay.due_total.decimal(),
            backpay.amount.decimal(),
            backpay.interest.expect("interest").decimal(),
        ],
        advance: advance_figures,
        waiver: [waiver.waived, waiver.to_repay, waiver.already_repaid, waiver.refund, waiver.still_open]
            .map(helder_core::Euro::decimal)
            .to_vec(),
        penalty: result.penalty.as_ref().expect("a penalty").amount.decimal(),
    }
}
