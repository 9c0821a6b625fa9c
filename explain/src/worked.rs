//! The worked calculation of each section ("Hoe is dit berekend?") for clients and supporters:
//! the sums of the trace written out as plain sentences, with euros in the language's format
//! (`€ 28.264,90 − € 23.390,83 = € 4.874,07`), dates and months in words and percentages as
//! `75%`; each step names its legal source in words. Rendered from the same trace lines the
//! section cites, never beside them: a sum is only written out when it gives exactly the value
//! of its trace line (rounded as the rule rounds); otherwise the step says the result in words.
//! The raw lines with their ids stay for staff.

use chrono::NaiveDate;
use helder_core::Euro;
use helder_core::calendar::Month;
use helder_core::contract::{ResultDocument, TraceLine};
use rust_decimal::Decimal;

use crate::format::Messages;
use crate::writer::Writer;
use crate::{ExplainError, Section, Sentence, WorkedStep};

/// Adds the worked calculation to every section that has figures to work out.
pub fn add<'a>(w: &mut Writer<'a>, r: &'a ResultDocument, sections: &mut [Section]) -> Result<(), ExplainError> {
    // Start with an empty source list: each step takes the sources it cites.
    w.sources()?;
    let mut worked = Worked { w, r, steps: Vec::new() };
    for section in sections.iter_mut() {
        match section.id.as_str() {
            "dagloon" => worked.dagloon()?,
            "benefit" => worked.benefit()?,
            "advance" => worked.advance()?,
            "waiver" => worked.waiver()?,
            "backpay" => worked.backpay()?,
            "penalty" => worked.penalty()?,
            _ => {}
        }
        section.worked = std::mem::take(&mut worked.steps);
    }
    Ok(())
}

struct Worked<'w, 'a> {
    w: &'w mut Writer<'a>,
    r: &'a ResultDocument,
    steps: Vec<WorkedStep>,
}

/// A text argument of a worked message.
type Args<'s> = [(&'s str, String)];

impl<'a> Worked<'_, 'a> {
    /// One step: message `id` with text arguments, citing `lines` (their sources in words).
    fn step(&mut self, id: &str, args: &Args<'_>, lines: &[&TraceLine]) -> Result<(), ExplainError> {
        let pairs: Vec<(&str, &str)> = args.iter().map(|(name, value)| (*name, value.as_str())).collect();
        let text = self.w.message(id, &pairs)?;
        let mut traces = Vec::new();
        for line in lines {
            self.w.cite_source(&line.source);
            if !traces.contains(&line.id) {
                traces.push(line.id.clone());
            }
        }
        let source = self.w.sources()?.join("; ");
        let actor = crate::actors::actor(id).unwrap_or(crate::Actor::Helder).code().to_owned();
        let sentence = Sentence { text, traces, figures: Vec::new(), message: id.to_owned(), actor };
        self.steps.push(WorkedStep { sentence, source });
        Ok(())
    }

    fn euro(&self, amount: Euro) -> Result<String, ExplainError> {
        self.w.euro(amount)
    }

    fn date(&self, date: NaiveDate) -> Result<String, ExplainError> {
        self.w.date(date)
    }

    fn month(&self, month: Month) -> Result<String, ExplainError> {
        self.w.month(month)
    }

    /// A percentage as people write it (`75%`, `2,46%`).
    fn percent(&self, value: Decimal) -> Result<String, ExplainError> {
        let text = value.normalize().to_string().replace('.', &self.w.message("decimal-separator", &[])?);
        Ok(format!("{text}%"))
    }

    fn figure(&self, path: &str) -> Option<&'a TraceLine> {
        self.w.line_of(path)
    }

    fn by_id(&self, id: &str) -> Option<&'a TraceLine> {
        // The writer's index of the same lines.
        self.w.line_by_id(id)
    }

    /// The line an input of `line` was made by.
    fn input_line(&self, line: &TraceLine, name: &str) -> Option<&'a TraceLine> {
        let id = line.inputs.iter().find(|input| input.name == name)?.trace.as_deref()?;
        self.by_id(id)
    }

    /// The sum `a − b − c = d` written out, leaving out the terms that are zero (all but one
    /// when every term is zero, so there is always a sum).
    fn difference(&self, from: Euro, minus: &[Euro], result: Euro) -> Result<String, ExplainError> {
        let mut text = self.euro(from)?;
        let nonzero: Vec<Euro> = minus.iter().copied().filter(|term| !term.is_zero()).collect();
        let terms = if nonzero.is_empty() { minus.get(..1).unwrap_or_default().to_vec() } else { nonzero };
        for term in &terms {
            text.push_str(&format!(" − {}", self.euro(*term)?));
        }
        Ok(format!("{text} = {}", self.euro(result)?))
    }

    // §2 — the dagloon: wage total, days, wage per day, the indexations, the maximum, maandloon.
    fn dagloon(&mut self) -> Result<(), ExplainError> {
        let Some(d) = &self.r.dagloon else { return Ok(()) };
        let (Some(total), Some(divisor), Some(uncapped), Some(at_start), Some(maximum), Some(maandloon)) = (
            self.figure("/dagloon/wage_total"),
            self.figure("/dagloon/divisor"),
            self.figure("/dagloon/uncapped"),
            self.figure("/dagloon/at_start"),
            self.figure("/dagloon/maximum_at_start"),
            self.figure("/dagloon/maandloon_at_start"),
        ) else {
            return Ok(());
        };
        let period = [
            ("from", self.date(d.reference_from)?),
            ("to", self.date(d.reference_to)?),
            ("total", self.euro(d.wage_total)?),
        ];
        self.step("worked-wage-total", &period, &[total])?;
        let wageless_days = number_input(divisor, "wageless_days").unwrap_or(Decimal::ZERO);
        let days_per_year = number_input(divisor, "days_per_year");
        match days_per_year {
            Some(year) if wageless_days.is_sign_positive() && !wageless_days.is_zero() => {
                let args = [
                    ("year", year.to_string()),
                    ("wageless", wageless_days.to_string()),
                    ("divisor", d.divisor.to_string()),
                ];
                self.step("worked-divisor", &args, &[divisor])?;
            }
            _ => self.step("worked-divisor-plain", &[("divisor", d.divisor.to_string())], &[divisor])?,
        }
        let args = [
            ("total", self.euro(d.wage_total)?),
            ("divisor", d.divisor.to_string()),
            ("uncapped", self.euro(d.uncapped)?),
        ];
        self.step("worked-uncapped", &args, &[uncapped])?;
        // The indexations up to the start, oldest first: walk back from the uncapped value at start.
        let mut chain = Vec::new();
        let mut current = self.input_line(at_start, "uncapped_at_start");
        while let Some(line) = current.filter(|line| line.rule == "indexation_to_start") {
            chain.push(line);
            current = self.input_line(line, "dagloon");
        }
        chain.reverse();
        for line in chain {
            self.indexation(line)?;
        }
        let args = [
            ("maximum", self.euro(d.maximum_at_start)?),
            ("date", self.date(self.r.dates.benefit_start)?),
            ("dagloon", self.euro(d.at_start)?),
        ];
        let id = if d.capped { "worked-maximum-capped" } else { "worked-maximum-below" };
        self.step(id, &args, &[maximum, at_start])?;
        self.maandloon(None, d.at_start, d.maandloon_at_start, maandloon)
    }

    /// One indexation: `€ 101,85` raised by `2,5%` is `€ 104,40` (rounded to cents).
    fn indexation(&mut self, line: &TraceLine) -> Result<(), ExplainError> {
        let (Some(before), Some(percent), Some(after)) =
            (money_input(line, "dagloon"), number_input(line, "index_percent"), money(&line.value))
        else {
            return Ok(());
        };
        let args = [("before", self.euro(before)?), ("percent", self.percent(percent)?), ("after", self.euro(after)?)];
        self.step("worked-indexed", &args, &[line])
    }

    /// `€ 119,46 × 21,75 = € 2.598,26`, when that is the line's value.
    fn maandloon(
        &mut self,
        month: Option<Month>,
        dagloon: Euro,
        maandloon: Euro,
        line: &TraceLine,
    ) -> Result<(), ExplainError> {
        let days = number_input(line, "days_per_month").unwrap_or(Decimal::ZERO);
        if Euro::round_half_up(dagloon.decimal() * days) != maandloon {
            return Ok(());
        }
        let mut args = vec![("dagloon", self.euro(dagloon)?), ("maandloon", self.euro(maandloon)?)];
        let id = match month {
            Some(month) => {
                args.push(("month", self.month(month)?));
                "worked-maandloon-month"
            }
            None => "worked-maandloon",
        };
        self.step(id, &args, &[line])
    }

    // §3 — the benefit of the month the section leads with.
    fn benefit(&mut self) -> Result<(), ExplainError> {
        let Some(b) = &self.r.benefit else { return Ok(()) };
        if b.outcome == "refused" {
            return Ok(());
        }
        let Some((index, month)) = b.months.iter().enumerate().next_back() else { return Ok(()) };
        let Some(amount_line) = self.figure(&format!("/benefit/months/{index}/amount")) else { return Ok(()) };
        let Some(maandloon_line) = self.input_line(amount_line, "maandloon") else { return Ok(()) };
        // The indexations since the start, oldest first.
        let mut chain = Vec::new();
        let mut current = self.input_line(maandloon_line, "dagloon");
        while let Some(line) = current.filter(|line| line.rule == "indexation_running") {
            chain.push(line);
            current = self.input_line(line, "dagloon");
        }
        chain.reverse();
        if let Some(first) = chain.first().copied() {
            self.step("worked-benefit-indexations", &[("month", self.month(month.month)?)], &[first])?;
        }
        for line in chain {
            self.indexation(line)?;
        }
        self.maandloon(Some(month.month), month.dagloon, month.maandloon, maandloon_line)?;
        self.month_amount(month, amount_line)
    }

    /// The month's amount as a sum, when one rate applied and the sum gives the line's value.
    fn month_amount(
        &mut self,
        month: &helder_core::contract::BenefitMonth,
        line: &TraceLine,
    ) -> Result<(), ExplainError> {
        let kinds: Vec<&str> =
            line.inputs.iter().filter(|input| input.name == "kind").map(|input| input.value.as_str()).collect();
        let percents: Vec<Decimal> =
            line.inputs.iter().filter(|input| input.name == "percent").filter_map(|i| number(&i.value)).collect();
        let step = line.inputs.iter().find(|input| input.name == "wia_61_62_step").map(|i| i.value.as_str());
        let ml = month.maandloon.decimal();
        let month_words = self.month(month.month)?;
        let (days, weekdays) = (Decimal::from(month.weekdays_with_right), Decimal::from(month.weekdays));
        let share = if weekdays.is_zero() { Decimal::ZERO } else { days / weekdays };
        let ratio = self.input_line(line, "income_ratio").and_then(|l| number(&l.value));
        let income_counts_fully = month.income.is_zero() || ratio.is_none_or(|r| r == Decimal::ONE);
        let whole = month.weekdays_with_right == month.weekdays;
        let mut written = false;
        if let ([kind], [percent]) = (kinds.as_slice(), percents.as_slice()) {
            let rate = *percent / Decimal::ONE_HUNDRED;
            let minimum = money_input(line, "minimum_wage");
            let holiday = number_input(line, "holiday_allowance_percent");
            let mut args = vec![
                ("month", month_words.clone()),
                ("percent", self.percent(*percent)?),
                ("maandloon", self.euro(month.maandloon)?),
                ("amount", self.euro(month.amount)?),
                ("days", month.weekdays_with_right.to_string()),
                ("weekdays", month.weekdays.to_string()),
            ];
            let citation = match (*kind, step) {
                ("iva" | "lgu", _) if month.income.is_zero() => {
                    let id = match (*kind, whole) {
                        ("iva", true) => "worked-benefit-iva",
                        ("iva", false) => "worked-benefit-iva-part",
                        (_, true) => "worked-benefit-lgu",
                        (_, false) => "worked-benefit-lgu-part",
                    };
                    (Euro::round_half_up(rate * ml * share) == month.amount).then_some((id, None))
                }
                ("lau", Some("61_2_capacity_used" | "61_2_no_income_test")) if whole && income_counts_fully => {
                    let rest = month.maandloon.decimal() - month.income.decimal();
                    let exact = Euro::exact(rest).filter(|_| Euro::round_half_up(rate * rest) == month.amount);
                    match exact {
                        Some(rest) => {
                            args.push(("income", self.euro(month.income)?));
                            args.push(("rest", self.euro(rest)?));
                            Some(("worked-benefit-lau", Some("WIA 61 lid 2")))
                        }
                        None => None,
                    }
                }
                ("lau", Some("61_4_half_used")) if whole && income_counts_fully => {
                    let capacity = self.r.benefit.as_ref().and_then(|b| b.residual_earning_capacity);
                    let rest = capacity.and_then(|c| Euro::exact(ml - c.decimal()));
                    match (capacity, rest) {
                        (Some(capacity), Some(rest)) if Euro::round_half_up(rate * rest.decimal()) == month.amount => {
                            args.push(("capacity", self.euro(capacity)?));
                            args.push(("rest", self.euro(rest)?));
                            Some(("worked-benefit-lau-capacity", Some("WIA 61 lid 4")))
                        }
                        _ => None,
                    }
                }
                ("lau" | "vvu", Some("61_5_floor" | "62_1" | "62_1_no_capacity_stated")) if whole => {
                    let law = if step == Some("61_5_floor") { "WIA 61 lid 5" } else { "WIA 62 lid 1" };
                    match (minimum, holiday) {
                        (Some(minimum), Some(holiday)) => {
                            let with_holiday =
                                minimum.decimal() * (Decimal::ONE_HUNDRED + holiday) / Decimal::ONE_HUNDRED;
                            let floor_percent = if *kind == "lau" { None } else { Some(*percent) };
                            // The floor of 61 lid 5 uses the class percentage, recorded as the
                            // VVU percentage would be; the LAU line records 70 %.
                            let g = floor_percent.or_else(|| vvu_percent_of(self.r));
                            match g {
                                Some(g)
                                    if with_holiday <= ml
                                        && Euro::round_half_up(g / Decimal::ONE_HUNDRED * with_holiday)
                                            == month.amount =>
                                {
                                    args.retain(|(name, _)| *name != "percent");
                                    args.push(("percent", self.percent(g)?));
                                    args.push(("minimum", self.euro(minimum)?));
                                    args.push(("holiday", self.percent(Decimal::ONE_HUNDRED + holiday)?));
                                    let id = if step == Some("61_5_floor") {
                                        "worked-benefit-floor"
                                    } else {
                                        "worked-benefit-vvu"
                                    };
                                    Some((id, Some(law)))
                                }
                                Some(g)
                                    if ml < with_holiday
                                        && Euro::round_half_up(g / Decimal::ONE_HUNDRED * ml) == month.amount =>
                                {
                                    args.retain(|(name, _)| *name != "percent");
                                    args.push(("percent", self.percent(g)?));
                                    Some(("worked-benefit-vvu-maandloon", Some(law)))
                                }
                                _ => None,
                            }
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some((id, law)) = citation {
                if let Some(law) = law {
                    // The article of this step, not every article of the rule.
                    let mut only = line.clone();
                    only.source = law.to_owned().into();
                    self.step(id, &args, &[&only])?;
                } else {
                    self.step(id, &args, &[line])?;
                }
                written = true;
            }
        }
        if !written {
            // Two rates in one month, income from work, or a capped dagloon: the result in words.
            let args = [("month", month_words), ("amount", self.euro(month.amount)?)];
            self.step("worked-benefit-days", &args, &[line])?;
        }
        Ok(())
    }

    // §4 — the advance: paid minus entitled.
    fn advance(&mut self) -> Result<(), ExplainError> {
        let Some(a) = &self.r.advance else { return Ok(()) };
        let (Some(entitled), Some(over), Some(under)) = (a.entitled_total, a.overpayment, a.underpayment) else {
            return Ok(());
        };
        let lines: Vec<&TraceLine> = ["/advance/paid_total", "/advance/entitled_total", "/advance/overpayment"]
            .iter()
            .filter_map(|path| self.figure(path))
            .collect();
        if over.is_positive() {
            let sum = self.difference(a.paid_total, &[entitled], over)?;
            self.step("worked-advance-over", &[("sum", sum)], &lines)?;
        } else if under.is_positive() {
            let sum = self.difference(entitled, &[a.paid_total], under)?;
            self.step("worked-advance-under", &[("sum", sum)], &lines)?;
        } else {
            let args = [("paid", self.euro(a.paid_total)?), ("entitled", self.euro(entitled)?)];
            self.step("worked-advance-exact", &args, &lines)?;
        }
        if let (Some(ww), Some(line)) = (a.ww_offset.filter(|ww| ww.is_positive()), self.figure("/advance/ww_offset")) {
            self.step("worked-advance-ww", &[("ww", self.euro(ww)?)], &[line])?;
        }
        if let (Some(part), Some(line)) =
            (a.income_part.filter(|i| i.is_positive()), self.figure("/advance/income_part"))
            && let Some(income) = money_input(line, "income_total")
        {
            let seventy = Euro::round_half_up(Decimal::new(70, 2) * income.decimal());
            let args = [
                ("income", self.euro(income)?),
                ("seventy", self.euro(seventy)?),
                ("part", self.euro(part)?),
                ("percent", self.percent(Decimal::new(70, 0))?),
            ];
            let id = if seventy == part { "worked-advance-income" } else { "worked-advance-income-limited" };
            self.step(id, &args, &[line])?;
        }
        Ok(())
    }

    // §5 — the waiver: what is waived, what is left to repay, the refund or what is still open.
    fn waiver(&mut self) -> Result<(), ExplainError> {
        let (Some(v), Some(a)) = (&self.r.waiver, &self.r.advance) else { return Ok(()) };
        let over = a.overpayment.unwrap_or(Euro::ZERO);
        let ww = a.ww_offset.unwrap_or(Euro::ZERO);
        let income = a.income_part.unwrap_or(Euro::ZERO);
        if let Some(line) = self.figure("/waiver/waived").filter(|_| v.waived.is_positive()) {
            if ww.is_zero() && income.is_zero() && over == v.waived {
                self.step("worked-waiver-waived-all", &[("waived", self.euro(v.waived)?)], &[line])?;
            } else if over.decimal() - ww.decimal() - income.decimal() == v.waived.decimal() {
                let sum = self.difference(over, &[ww, income], v.waived)?;
                self.step("worked-waiver-waived", &[("sum", sum)], &[line])?;
            }
        }
        if let Some(line) = self.figure("/waiver/to_repay")
            && v.to_repay.is_positive()
            && over.decimal() - ww.decimal() - v.waived.decimal() == v.to_repay.decimal()
        {
            let sum = self.difference(over, &[ww, v.waived], v.to_repay)?;
            self.step("worked-waiver-to-repay", &[("sum", sum)], &[line])?;
        }
        if let Some(line) = self.figure("/waiver/refund").filter(|_| v.refund.is_positive()) {
            let sum = self.difference(v.already_repaid, &[v.to_repay], v.refund)?;
            self.step("worked-waiver-refund", &[("sum", sum)], &[line])?;
        }
        if let Some(line) = self.figure("/waiver/still_open").filter(|_| v.still_open.is_positive()) {
            let sum = self.difference(v.to_repay, &[v.already_repaid], v.still_open)?;
            self.step("worked-waiver-open", &[("sum", sum)], &[line])?;
        }
        Ok(())
    }

    // §6 — the correction: due minus paid, the interest, and the two together.
    fn backpay(&mut self) -> Result<(), ExplainError> {
        let Some(b) = &self.r.backpay else { return Ok(()) };
        let Some(first) = b.months.first() else { return Ok(()) };
        let totals: Vec<&TraceLine> =
            ["/backpay/due_total", "/backpay/paid_total"].iter().filter_map(|path| self.figure(path)).collect();
        let args =
            [("from", self.month(first.month)?), ("due", self.euro(b.due_total)?), ("paid", self.euro(b.paid_total)?)];
        self.step("worked-backpay-totals", &args, &totals)?;
        let net = b.due_total.decimal() - b.paid_total.decimal();
        match b.outcome.as_str() {
            "too_low" if net == b.amount.decimal() && b.amount.is_positive() => {
                let sum = self.difference(b.due_total, &[b.paid_total], b.amount)?;
                let lines: Vec<&TraceLine> = self.figure("/backpay/amount").into_iter().collect();
                self.step("worked-backpay-amount", &[("sum", sum)], &lines)?;
                if let (Some(interest), Some(line)) =
                    (b.interest.filter(|i| i.is_positive()), self.figure("/backpay/interest"))
                {
                    let total = Euro::round_half_up(b.amount.decimal() + interest.decimal());
                    let sum = format!("{} + {} = {}", self.euro(b.amount)?, self.euro(interest)?, self.euro(total)?);
                    self.step("worked-backpay-total", &[("sum", sum)], &[line])?;
                }
            }
            "too_high" if -net == b.not_reclaimed.decimal() + b.to_repay.decimal() && net.is_sign_negative() => {
                let overpaid = Euro::round_half_up(-net);
                let sum = self.difference(b.paid_total, &[b.due_total], overpaid)?;
                let lines: Vec<&TraceLine> =
                    ["/backpay/not_reclaimed", "/backpay/to_repay"].iter().filter_map(|p| self.figure(p)).collect();
                self.step("worked-backpay-overpaid", &[("sum", sum)], &lines)?;
            }
            _ => {}
        }
        Ok(())
    }

    // §7 — the penalty: days per rate, added up, at most the maximum.
    fn penalty(&mut self) -> Result<(), ExplainError> {
        let Some(p) = &self.r.penalty else { return Ok(()) };
        let Some(line) = self.figure("/penalty/amount").filter(|_| p.owed && p.amount.is_positive()) else {
            return Ok(());
        };
        let rates = ["per_day_1_14", "per_day_15_28", "per_day_29_42"].map(|name| money_input(line, name));
        let (Some(maximum), [Some(first), Some(second), Some(third)]) = (money_input(line, "maximum"), rates) else {
            return Ok(());
        };
        let days = i64::from(p.days);
        let tiers = [(days.min(14), first), ((days - 14).clamp(0, 14), second), ((days - 28).clamp(0, 14), third)];
        let mut parts = Vec::new();
        let mut total = Decimal::ZERO;
        for (count, rate) in tiers.iter().filter(|(count, _)| *count > 0) {
            let part = Euro::round_half_up(Decimal::from(*count) * rate.decimal());
            total += part.decimal();
            parts.push((*count, *rate, part));
        }
        let total = Euro::round_half_up(total);
        if total.min(maximum) != p.amount {
            return Ok(());
        }
        for (count, rate, part) in &parts {
            let args = [("days", count.to_string()), ("rate", self.euro(*rate)?), ("part", self.euro(*part)?)];
            self.step("worked-penalty-days", &args, &[line])?;
        }
        if parts.len() > 1 {
            let terms: Vec<String> = parts.iter().map(|(_, _, part)| self.euro(*part)).collect::<Result<_, _>>()?;
            let sum = format!("{} = {}", terms.join(" + "), self.euro(total)?);
            self.step("worked-penalty-total", &[("sum", sum)], &[line])?;
        }
        if total != p.amount {
            self.step("worked-penalty-maximum", &[("maximum", self.euro(maximum)?)], &[line])?;
        }
        Ok(())
    }
}

/// The class percentage of WIA 61 lid 6 a floor month rests on, read off a VVU month of the
/// same case when it has one.
fn vvu_percent_of(r: &ResultDocument) -> Option<Decimal> {
    r.trace
        .iter()
        .filter(|line| line.rule.starts_with("benefit_"))
        .flat_map(|line| {
            let kinds = line.inputs.iter().filter(|i| i.name == "kind");
            let percents = line.inputs.iter().filter(|i| i.name == "percent");
            kinds
                .zip(percents)
                .filter(|(kind, _)| kind.value == "vvu")
                .map(|(_, p)| p.value.clone())
                .collect::<Vec<_>>()
        })
        .find_map(|value| number(&value))
}

fn money(text: &str) -> Option<Euro> {
    helder_core::contract::parse_amount(text)
}

fn number(text: &str) -> Option<Decimal> {
    text.parse().ok()
}

fn money_input(line: &TraceLine, name: &str) -> Option<Euro> {
    line.inputs.iter().find(|input| input.name == name).and_then(|input| money(&input.value))
}

fn number_input(line: &TraceLine, name: &str) -> Option<Decimal> {
    line.inputs.iter().find(|input| input.name == name).and_then(|input| number(&input.value))
}
