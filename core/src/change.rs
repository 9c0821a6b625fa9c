//! What changed between two versions of a case (issue 17): each result figure in euros that
//! differs, old, new and by how much, and the causes — the facts, UWV decisions and legal
//! parameters that differ between the two versions — found through the trace lines that used
//! them. The same difference serves a new version of the facts (stored version against stored
//! version) and a recomputation under new rules (stored result against a fresh one).
//!
//! Rules (docs/domain/CHANGES.md): a figure is a trace line with a result field (`figure`) whose
//! value is money; lines are aligned by that field, or by rule and occurrence for steps without
//! one. A figure present in one version only counts as 0.00 in the other, so `change = new − old`
//! holds for every listed figure to the cent. A line's causes are its own changed parameter
//! inputs, the changed facts of its section when its own facts changed (or it changed without a
//! changed input), and the causes of the changed lines it reads. Pure: no I/O, no clock, no floats.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::calendar::Month;
use crate::contract::{Case, ResultDocument, TraceDecision, TraceInput, TraceLine, parse_amount};
use crate::money::Euro;

/// One version of a case: its validated facts and the result computed from them (as stored, or
/// fresh).
#[derive(Clone, Copy, Debug)]
pub struct Version<'a> {
    pub case: &'a Case,
    pub result: &'a ResultDocument,
}

/// The difference from an older version to a newer one.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Difference {
    /// The rules version of the older and the newer result.
    pub rules_old: String,
    pub rules_new: String,
    /// What differs between the versions' facts, decisions and parameters.
    pub causes: Vec<Cause>,
    /// Every money figure whose amount or provenance changed, in trace order.
    pub figures: Vec<FigureChange>,
    /// Every trace line that changed (value or inputs): what staff see.
    pub lines: Vec<LineChange>,
}

impl Difference {
    /// True when nothing in the result changed.
    pub fn is_empty(&self) -> bool {
        self.figures.is_empty() && self.lines.is_empty() && self.causes.is_empty()
    }

    /// The change of one result field, e.g. `/backpay/amount`.
    pub fn figure(&self, pointer: &str) -> Option<&FigureChange> {
        self.figures.iter().find(|figure| figure.figure == pointer)
    }

    /// The causes of a figure change.
    pub fn causes_of<'a>(&'a self, figure: &'a FigureChange) -> impl Iterator<Item = &'a Cause> + 'a {
        figure.causes.iter().filter_map(|&index| self.causes.get(index))
    }
}

/// A money figure of the result that changed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FigureChange {
    /// The result field, a JSON pointer such as `/backpay/amount`.
    pub figure: String,
    /// The rule of the trace line that made it.
    pub rule: String,
    /// The trace line in the older and the newer result (`None` where the figure is absent).
    pub trace_old: Option<String>,
    pub trace_new: Option<String>,
    pub old: Option<Euro>,
    pub new: Option<Euro>,
    /// `new − old`, an absent figure counting as 0.00.
    pub change: Euro,
    /// `decided`, `calculated` or `estimate` in each version.
    pub provenance_old: Option<String>,
    pub provenance_new: Option<String>,
    /// Indices into `Difference::causes`, in cause order.
    pub causes: Vec<usize>,
}

/// A trace line that differs: its value or its inputs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LineChange {
    pub id_old: Option<String>,
    pub id_new: Option<String>,
    pub rule: String,
    pub figure: Option<String>,
    pub value_old: Option<String>,
    pub value_new: Option<String>,
}

/// Why a figure changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "cause", rename_all = "snake_case")]
pub enum Cause {
    /// An amount per month in the facts: a wage (Polis), income, WW, an advance or a payment.
    MonthAmount { fact: MonthFact, month: Month, old: Option<Euro>, new: Option<Euro> },
    /// Another fact of the case.
    Fact { fact: FactName },
    /// A decision letter of UWV is in the newer version only.
    DecisionAdded {
        decision: String,
        #[serde(with = "crate::contract::date_text")]
        date: NaiveDate,
        reference: String,
    },
    /// A decision letter of UWV is in the older version only.
    DecisionRemoved {
        decision: String,
        #[serde(with = "crate::contract::date_text")]
        date: NaiveDate,
        reference: String,
    },
    /// A legal parameter used by a trace line has another value or source (a new indexation).
    Parameter { name: String, old: Option<String>, new: Option<String>, source: Option<String> },
    /// The rules changed without a changed parameter (the code of a rule).
    Rules { old: String, new: String },
}

/// The facts given per month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MonthFact {
    /// `wages.months[].sv_wage`: the wage in the reference period.
    Wage,
    /// `income[]`: income besides the benefit.
    Income,
    /// `ww[]`: WW benefit received.
    Ww,
    /// `advance.payments[]`: an advance paid.
    AdvancePaid,
    /// `correction.paid[]`: what UWV paid on the dagloon as set.
    BenefitPaid,
}

/// The other facts, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactName {
    AsOf,
    FirstSickDay,
    WaitingPeriodExtension,
    ReferencePeriod,
    HolidayPay,
    Application,
    WiaDecision,
    AdvanceTerms,
    Repayments,
    CorrectionStep,
    DagloonAsSet,
    CorrectionDate,
    BackPaymentDate,
    CouldHaveKnown,
    Contacts,
}

/// The difference from `old` to `new`. Deterministic: the same two versions always give the
/// same difference, in the same order.
pub fn difference(old: Version<'_>, new: Version<'_>) -> Difference {
    let mut causes = fact_causes(old.case, new.case);
    let facts = causes.clone();
    let new_pass = Pass::run(&new.result.trace, &old.result.trace, true, &facts, &mut causes);
    let old_pass = Pass::run(&old.result.trace, &new.result.trace, false, &facts, &mut causes);
    let rules_changed = old.result.rules_version != new.result.rules_version;

    let mut figures = Vec::new();
    let mut lines = Vec::new();
    let mut rules_cause = None;
    let mut rules_index = |causes: &mut Vec<Cause>| {
        *rules_cause.get_or_insert_with(|| {
            causes.push(Cause::Rules { old: old.result.rules_version.clone(), new: new.result.rules_version.clone() });
            causes.len() - 1
        })
    };
    let pairs = new_pass
        .lines
        .iter()
        .enumerate()
        .map(|(index, line)| (new_pass.other[index].map(|o| &old.result.trace[o]), Some(line), &new_pass.causes[index]))
        .chain(
            old_pass
                .lines
                .iter()
                .enumerate()
                .filter(|(index, _)| old_pass.other[*index].is_none())
                .map(|(index, line)| (Some(line), None, &old_pass.causes[index])),
        );
    for (before, after, line_causes) in pairs {
        let Some(line) = after.or(before) else { continue };
        let value_changed = before.map(|l| &l.value) != after.map(|l| &l.value);
        let inputs_changed = match (before, after) {
            (Some(b), Some(a)) => !same_inputs(&b.inputs, &a.inputs),
            _ => true,
        };
        if value_changed || inputs_changed {
            lines.push(LineChange {
                id_old: before.map(|l| l.id.clone()),
                id_new: after.map(|l| l.id.clone()),
                rule: line.rule.to_string(),
                figure: line.figure.clone(),
                value_old: before.map(|l| l.value.clone()),
                value_new: after.map(|l| l.value.clone()),
            });
        }
        let Some(figure) = &line.figure else { continue };
        let old_euro = before.and_then(|l| euro(&l.value));
        let new_euro = after.and_then(|l| euro(&l.value));
        if old_euro.is_none() && new_euro.is_none() {
            continue;
        }
        let provenance_old = before.and_then(|l| l.provenance.as_deref().map(str::to_owned));
        let provenance_new = after.and_then(|l| l.provenance.as_deref().map(str::to_owned));
        if old_euro == new_euro && provenance_old == provenance_new {
            continue;
        }
        let mut figure_causes: Vec<usize> = line_causes.to_vec();
        // A letter that decides or confirms the figure is its cause even where the amount stays:
        // the trace line names the letter, and the causes name the one added or removed.
        let letter_old = before.and_then(|l| l.decision.as_ref());
        let letter_new = after.and_then(|l| l.decision.as_ref());
        if letter_old != letter_new {
            let named = |decision: &str, date: &NaiveDate, reference: &str, letter: Option<&TraceDecision>| {
                letter.is_some_and(|l| l.kind == decision && l.date == *date && l.reference == reference)
            };
            for (index, cause) in causes.iter().enumerate() {
                let by_letter = match cause {
                    Cause::DecisionAdded { decision, date, reference } => named(decision, date, reference, letter_new),
                    Cause::DecisionRemoved { decision, date, reference } => {
                        named(decision, date, reference, letter_old)
                    }
                    _ => false,
                };
                if by_letter {
                    figure_causes.push(index);
                }
            }
            figure_causes.sort_unstable();
            figure_causes.dedup();
        }
        if figure_causes.is_empty() && rules_changed {
            figure_causes.push(rules_index(&mut causes));
        }
        figures.push(FigureChange {
            figure: figure.clone(),
            rule: line.rule.to_string(),
            trace_old: before.map(|l| l.id.clone()),
            trace_new: after.map(|l| l.id.clone()),
            old: old_euro,
            new: new_euro,
            change: new_euro.unwrap_or_default() - old_euro.unwrap_or_default(),
            provenance_old,
            provenance_new,
            causes: figure_causes,
        });
    }
    if rules_changed && causes.iter().all(|cause| !matches!(cause, Cause::Parameter { .. })) {
        rules_index(&mut causes);
    }
    Difference {
        rules_old: old.result.rules_version.clone(),
        rules_new: new.result.rules_version.clone(),
        causes,
        figures,
        lines,
    }
}

/// The sections (trace letters) in which a cause enters the calculation without a trace input
/// that names it (a month counted, a period ended); every later figure that reads a changed line
/// of these sections inherits it. A fact that every step reading it records by name is found by
/// that name (`names_fact`) and has no section here.
fn sections_of(cause: &Cause) -> &'static str {
    const ALL: &str = "TDBAWNPU";
    match cause {
        Cause::MonthAmount { fact: MonthFact::Wage, .. } => "D",
        Cause::MonthAmount { fact: MonthFact::Income, .. } => "BA",
        Cause::MonthAmount { fact: MonthFact::Ww | MonthFact::AdvancePaid, .. } => "A",
        Cause::MonthAmount { fact: MonthFact::BenefitPaid, .. } => "N",
        Cause::Fact { fact } => match fact {
            // The calculation date ends the months of the benefit, the advance's settlement and the
            // back payment; the WIA decision grants them. Neither is read by the dates or the
            // dagloon (the reference period is before the sickness).
            FactName::AsOf | FactName::WiaDecision => "BAWNPU",
            FactName::FirstSickDay | FactName::WaitingPeriodExtension => "TD",
            FactName::ReferencePeriod | FactName::HolidayPay => "D",
            FactName::Application => "TWP",
            FactName::AdvanceTerms | FactName::Repayments => "AW",
            // The correction date ends the back payment's months (a month of one version only
            // reads nothing that names it), and the dagloon as set gives what UWV paid in each.
            FactName::DagloonAsSet | FactName::CorrectionDate => "N",
            // Only the statutory interest reads the payment date, and only what is not reclaimed
            // or is to be repaid reads could-have-known, each by name; the step changes the
            // correction's status, not an amount.
            FactName::BackPaymentDate | FactName::CouldHaveKnown | FactName::CorrectionStep => "",
            FactName::Contacts => "U",
        },
        // A decision confirms figures anywhere in the result (their provenance becomes decided).
        Cause::DecisionAdded { .. } | Cause::DecisionRemoved { .. } => ALL,
        Cause::Parameter { .. } | Cause::Rules { .. } => "",
    }
}

/// The causes per trace line of one result, aligned with the other result.
struct Pass<'a> {
    lines: &'a [TraceLine],
    /// The aligned line in the other result, by index.
    other: Vec<Option<usize>>,
    /// The causes of each line (indices into the causes), sorted.
    causes: Vec<Vec<usize>>,
}

impl<'a> Pass<'a> {
    fn run(
        lines: &'a [TraceLine],
        others: &[TraceLine],
        lines_are_new: bool,
        facts: &[Cause],
        causes: &mut Vec<Cause>,
    ) -> Pass<'a> {
        let keys = keys(lines);
        let other_keys: BTreeMap<Key<'_>, usize> = keys_of(others);
        let other: Vec<Option<usize>> = keys.iter().map(|key| other_keys.get(key).copied()).collect();
        let index_of: BTreeMap<&str, usize> =
            lines.iter().enumerate().map(|(index, line)| (line.id.as_str(), index)).collect();
        let mut line_causes: Vec<Vec<usize>> = Vec::with_capacity(lines.len());
        let mut changed = Vec::with_capacity(lines.len());
        for (index, line) in lines.iter().enumerate() {
            let before = other[index].and_then(|o| others.get(o));
            let value_changed = before.is_none_or(|b| b.value != line.value);
            let mut own = Vec::new();
            let mut named = Vec::new();
            let mut fact_changed = false;
            let mut parent_changed = false;
            for (position, input) in line.inputs.iter().enumerate() {
                if let Some(parent) = input.trace.as_deref().and_then(|id| index_of.get(id)) {
                    if changed.get(*parent).copied().unwrap_or(false) {
                        parent_changed = true;
                        own.extend(line_causes.get(*parent).into_iter().flatten().copied());
                    }
                    continue;
                }
                let counterpart =
                    before.and_then(|b| input_named(&b.inputs, &input.name, occurrence(&line.inputs, position)));
                let same = counterpart.is_some_and(|c| c.value == input.value && c.source == input.source);
                if same {
                    continue;
                }
                // A parameter is a cause only where the same step exists in both versions; a
                // step of one version only (a month added, interest begun) is there for another cause.
                let parameter = input.source.is_some() || counterpart.is_some_and(|c| c.source.is_some());
                if parameter && before.is_none() {
                    continue;
                }
                if parameter {
                    // Causes always read old → new, whichever result this pass walks.
                    let (old, new) = if lines_are_new {
                        (counterpart.map(|c| c.value.clone()), Some(input.value.clone()))
                    } else {
                        (Some(input.value.clone()), counterpart.map(|c| c.value.clone()))
                    };
                    let cause = Cause::Parameter {
                        name: input.name.to_string(),
                        old,
                        new,
                        source: input
                            .source
                            .as_deref()
                            .or_else(|| counterpart.and_then(|c| c.source.as_deref()))
                            .map(str::to_owned),
                    };
                    own.push(index_or_push(causes, cause));
                } else {
                    fact_changed = true;
                    named.extend(
                        facts.iter().enumerate().filter(|(_, cause)| names_fact(&input.name, cause)).map(|(i, _)| i),
                    );
                }
            }
            let parameter_changed = !own.is_empty() && !parent_changed;
            // A step of both versions that reads a changed line records what it computed from
            // it (an unrounded quotient, a count of days) as a plain input: such an input changed
            // because its line did, and that line's causes are already this step's. Only a step
            // of one version only, or one whose lines did not change, has facts of its own.
            let derived = parent_changed && before.is_some();
            if !named.is_empty() {
                // The changed input names its fact: only that fact is the cause here.
                own.append(&mut named);
            } else if (fact_changed && !derived) || (value_changed && !parent_changed && !parameter_changed) {
                let section = line.id.chars().next().unwrap_or(' ');
                for (cause_index, cause) in facts.iter().enumerate() {
                    if sections_of(cause).contains(section) {
                        own.push(cause_index);
                    }
                }
            }
            own.sort_unstable();
            own.dedup();
            line_causes.push(own);
            // Only a new value passes causes on: a step that reads a changed parameter and
            // still gives the same number changed nothing after it.
            changed.push(value_changed);
        }
        Pass { lines, other, causes: line_causes }
    }
}

/// True when a trace input of this name carries the fact of `cause` (the names of core's rules).
fn names_fact(input: &str, cause: &Cause) -> bool {
    match cause {
        Cause::MonthAmount { fact, .. } => match fact {
            MonthFact::Wage => input == "sv_wage_total_a",
            MonthFact::Income => matches!(input, "income" | "income_total"),
            MonthFact::Ww => input == "ww_total",
            MonthFact::AdvancePaid => input == "advance_paid",
            MonthFact::BenefitPaid => input == "paid_by_uwv",
        },
        Cause::Fact { fact } => match fact {
            FactName::AsOf => input == "as_of",
            FactName::FirstSickDay => input == "first_sick_day",
            FactName::WaitingPeriodExtension => input == "extension_weeks",
            FactName::ReferencePeriod => matches!(input, "reference_from" | "reference_to"),
            FactName::HolidayPay => input.starts_with("holiday_pay_"),
            FactName::Application => matches!(input, "application_received" | "notice_of_default" | "penalty_excluded"),
            FactName::WiaDecision => matches!(input, "decision_date" | "lgu_months"),
            FactName::AdvanceTerms => matches!(input, "client_caused_delay" | "promised_full_waiver" | "refund_date"),
            FactName::Repayments => input == "repayments",
            FactName::CorrectionStep => false,
            FactName::DagloonAsSet => input == "dagloon_as_set",
            FactName::CorrectionDate => input == "correction_date",
            FactName::BackPaymentDate => input == "back_payment_date",
            FactName::CouldHaveKnown => input == "could_have_known",
            FactName::Contacts => matches!(input, "contact_date" | "contact_kind" | "amount_told"),
        },
        Cause::DecisionAdded { .. } | Cause::DecisionRemoved { .. } => {
            matches!(input, "decision_kind" | "amount_in_letter" | "reference")
        }
        Cause::Parameter { .. } | Cause::Rules { .. } => false,
    }
}

fn index_or_push(causes: &mut Vec<Cause>, cause: Cause) -> usize {
    match causes.iter().position(|known| *known == cause) {
        Some(index) => index,
        None => {
            causes.push(cause);
            causes.len() - 1
        }
    }
}

/// How lines are matched between versions: by result field, else by rule and occurrence.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Key<'a> {
    Figure(&'a str),
    Step(&'a str, usize),
}

fn keys(lines: &[TraceLine]) -> Vec<Key<'_>> {
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    lines
        .iter()
        .map(|line| match &line.figure {
            Some(figure) => Key::Figure(figure),
            None => {
                let count = seen.entry(&line.rule).or_default();
                *count += 1;
                Key::Step(&line.rule, *count)
            }
        })
        .collect()
}

fn keys_of(lines: &[TraceLine]) -> BTreeMap<Key<'_>, usize> {
    keys(lines).into_iter().enumerate().map(|(index, key)| (key, index)).collect()
}

/// How many inputs before `position` have the same name (a rule may read a name twice).
fn occurrence(inputs: &[TraceInput], position: usize) -> usize {
    let name = inputs.get(position).map(|input| &*input.name);
    inputs.iter().take(position).filter(|input| Some(&*input.name) == name).count()
}

fn input_named<'a>(inputs: &'a [TraceInput], name: &str, occurrence: usize) -> Option<&'a TraceInput> {
    inputs.iter().filter(|input| input.name == name).nth(occurrence)
}

/// Inputs compared without their trace ids, which shift when lines are added before them.
fn same_inputs(old: &[TraceInput], new: &[TraceInput]) -> bool {
    old.len() == new.len()
        && old.iter().zip(new).all(|(a, b)| a.name == b.name && a.value == b.value && a.source == b.source)
}

/// A trace value as money, when it is money.
fn euro(text: &str) -> Option<Euro> {
    match text.strip_prefix('-') {
        Some(unsigned) => parse_amount(unsigned).map(|euro| -euro),
        None => parse_amount(text),
    }
}

/// The facts that differ between two cases, in a fixed order.
fn fact_causes(old: &Case, new: &Case) -> Vec<Cause> {
    let mut causes = Vec::new();
    let empty = BTreeMap::new();
    let old_wages = old.wages.as_ref().map_or(&empty, |w| &w.months);
    let new_wages = new.wages.as_ref().map_or(&empty, |w| &w.months);
    month_amounts(&mut causes, MonthFact::Wage, old_wages, new_wages);
    month_amounts(&mut causes, MonthFact::Income, &old.income, &new.income);
    month_amounts(&mut causes, MonthFact::Ww, &old.ww, &new.ww);
    let old_advance = old.advance.as_ref().map_or(&empty, |a| &a.payments);
    let new_advance = new.advance.as_ref().map_or(&empty, |a| &a.payments);
    month_amounts(&mut causes, MonthFact::AdvancePaid, old_advance, new_advance);
    let old_paid = old.correction.as_ref().and_then(|c| c.paid.as_ref()).unwrap_or(&empty);
    let new_paid = new.correction.as_ref().and_then(|c| c.paid.as_ref()).unwrap_or(&empty);
    month_amounts(&mut causes, MonthFact::BenefitPaid, old_paid, new_paid);

    let mut fact = |changed: bool, fact: FactName| {
        if changed {
            causes.push(Cause::Fact { fact });
        }
    };
    fact(old.as_of != new.as_of, FactName::AsOf);
    fact(old.first_sick_day != new.first_sick_day, FactName::FirstSickDay);
    fact(old.waiting_period_extension_weeks != new.waiting_period_extension_weeks, FactName::WaitingPeriodExtension);
    let wages = |case: &Case| {
        case.wages.as_ref().map(|w| (w.reference_period, w.holiday_pay_built_up, w.holiday_pay_paid_from_earlier))
    };
    let (old_w, new_w) = (wages(old), wages(new));
    fact(old_w.map(|w| w.0) != new_w.map(|w| w.0), FactName::ReferencePeriod);
    fact(old_w.map(|w| (w.1, w.2)) != new_w.map(|w| (w.1, w.2)), FactName::HolidayPay);
    fact(old.application != new.application, FactName::Application);
    fact(old.decision != new.decision, FactName::WiaDecision);
    let terms =
        |case: &Case| case.advance.as_ref().map(|a| (a.client_caused_delay, a.promised_full_waiver, a.refund_date));
    fact(terms(old) != terms(new), FactName::AdvanceTerms);
    fact(
        old.advance.as_ref().map(|a| &a.repayments) != new.advance.as_ref().map(|a| &a.repayments),
        FactName::Repayments,
    );
    let correction = |case: &Case| case.correction.as_ref().map(|c| (c.category, c.step));
    fact(correction(old) != correction(new), FactName::CorrectionStep);
    let field = |case: &Case| {
        case.correction.as_ref().map(|c| (c.dagloon_as_set, c.correction_date, c.back_payment_date, c.could_have_known))
    };
    let (old_c, new_c) = (field(old), field(new));
    fact(old_c.map(|c| c.0) != new_c.map(|c| c.0), FactName::DagloonAsSet);
    fact(old_c.map(|c| c.1) != new_c.map(|c| c.1), FactName::CorrectionDate);
    fact(old_c.map(|c| c.2) != new_c.map(|c| c.2), FactName::BackPaymentDate);
    fact(old_c.map(|c| c.3) != new_c.map(|c| c.3), FactName::CouldHaveKnown);
    fact(old.contacts != new.contacts, FactName::Contacts);

    for letter in &new.decisions {
        if !old.decisions.contains(letter) {
            causes.push(Cause::DecisionAdded {
                decision: letter.kind.code().to_owned(),
                date: letter.date,
                reference: letter.reference.clone(),
            });
        }
    }
    for letter in &old.decisions {
        if !new.decisions.contains(letter) {
            causes.push(Cause::DecisionRemoved {
                decision: letter.kind.code().to_owned(),
                date: letter.date,
                reference: letter.reference.clone(),
            });
        }
    }
    causes
}

fn month_amounts(causes: &mut Vec<Cause>, fact: MonthFact, old: &BTreeMap<Month, Euro>, new: &BTreeMap<Month, Euro>) {
    let mut months: Vec<Month> = old.keys().chain(new.keys()).copied().collect();
    months.sort_unstable();
    months.dedup();
    for month in months {
        let (before, after) = (old.get(&month).copied(), new.get(&month).copied());
        if before != after {
            causes.push(Cause::MonthAmount { fact, month, old: before, new: after });
        }
    }
}

#[cfg(test)]
mod tests;
