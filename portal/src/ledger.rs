//! Payment ledgers: per month what was paid, what was due and who owes whom, with the totals
//! from the result. One for the advance period, one for the daily-wage correction (with a chart).
//! Amounts are shown without sign: the words say "you still get", "paid too much", "UWV waives".

use helder_core::Euro;
use helder_core::contract::{AdvanceResult, BackpayResult, WaiverResult};
use leptos::prelude::*;

use crate::{Ctx, t, t_with};

/// One month of a ledger, as contract strings.
#[derive(Clone)]
struct Row {
    month: String,
    paid: String,
    due: String,
    difference: String,
}

/// A contract amount as its string (`""` when absent: not shown, counted as zero).
fn amount(value: Option<Euro>) -> String {
    value.map(|euro| euro.to_string()).unwrap_or_default()
}

fn is_zero(amount: &str) -> bool {
    amount.trim_start_matches('-') == "0.00" || amount.is_empty()
}

/// "you still get €…", "€… paid too much" or "equal", for a signed difference (due − paid).
fn difference_text(ctx: Ctx, difference: &str) -> String {
    let lang = ctx.lang.get();
    let amount = helder_explain::euro(&lang, difference);
    if is_zero(difference) {
        t(ctx, "ui-ledger-equal")
    } else if difference.starts_with('-') {
        t_with(ctx, "ui-ledger-too-much", &[("amount", &amount)])
    } else {
        t_with(ctx, "ui-ledger-you-receive", &[("amount", &amount)])
    }
}

/// Whole cents of a contract money string, for the chart's bar heights only (no sums).
fn cents(amount: &str) -> i64 {
    amount.replace('.', "").parse().unwrap_or(0)
}

/// The ledgers the result has: the advance's once it is settled, the daily-wage correction's
/// when it has months.
#[component]
pub fn Ledgers(figures: std::sync::Arc<crate::case::Figures>) -> impl IntoView {
    let advance = figures.advance.as_ref().filter(|a| a.settled && !a.months.is_empty()).cloned();
    let backpay = figures.backpay.as_ref().filter(|b| !b.months.is_empty()).cloned();
    let waiver = figures.waiver.clone();
    view! {
        {advance.map(|advance| view! { <AdvanceLedger advance=advance waiver=waiver/> })}
        {backpay.map(|backpay| view! { <BackpayLedger backpay=backpay/> })}
    }
}

/// The advance period: what UWV paid as advance and the benefit that was due, and how the
/// difference is settled (WW, waiver, repayment, refund).
#[component]
pub fn AdvanceLedger(advance: AdvanceResult, waiver: Option<WaiverResult>) -> impl IntoView {
    let overpayment = amount(advance.overpayment);
    let total = if !is_zero(&overpayment) { format!("-{overpayment}") } else { amount(advance.underpayment) };
    let mut settlement = vec![("ui-ledger-ww", amount(advance.ww_offset))];
    if let Some(waiver) = waiver {
        settlement.extend([
            ("ui-ledger-waived", waiver.waived.to_string()),
            ("ui-ledger-you-pay-back", waiver.to_repay.to_string()),
            ("ui-ledger-repaid", waiver.already_repaid.to_string()),
            ("ui-ledger-refund", waiver.refund.to_string()),
            ("ui-ledger-still-open", waiver.still_open.to_string()),
        ]);
    }
    settlement.retain(|(_, amount)| !is_zero(amount));
    let rows = advance
        .months
        .iter()
        .map(|m| Row {
            month: m.month.to_string(),
            paid: m.paid.to_string(),
            due: amount(m.entitled),
            difference: amount(m.difference),
        })
        .collect();
    view! {
        <Ledger id="ledger-advance" title="ui-ledger-advance-title" paid_label="ui-ledger-advance-paid"
            due_label="ui-ledger-benefit-due" rows=rows
            paid_total=advance.paid_total.to_string() due_total=amount(advance.entitled_total)
            total_difference=total chart=false settlement=settlement/>
    }
}

/// The daily-wage correction: what was paid, what is due with the corrected dagloon.
#[component]
pub fn BackpayLedger(backpay: BackpayResult) -> impl IntoView {
    // Too high: the overpaid total is not reclaimed; the words still say "paid too much".
    let total =
        if backpay.outcome == "too_high" { format!("-{}", backpay.not_reclaimed) } else { backpay.amount.to_string() };
    let rows = backpay
        .months
        .iter()
        .map(|m| Row {
            month: m.month.to_string(),
            paid: m.paid.to_string(),
            due: m.due.to_string(),
            difference: m.difference.to_string(),
        })
        .collect();
    view! {
        <Ledger id="ledger" title="ui-ledger-title" paid_label="ui-ledger-paid" due_label="ui-ledger-due"
            rows=rows paid_total=backpay.paid_total.to_string()
            due_total=backpay.due_total.to_string() total_difference=total chart=true settlement=Vec::new()/>
    }
}

#[component]
fn Ledger(
    id: &'static str,
    title: &'static str,
    paid_label: &'static str,
    due_label: &'static str,
    rows: Vec<Row>,
    paid_total: String,
    due_total: String,
    /// Signed like a month's difference: due − paid.
    total_difference: String,
    chart: bool,
    /// (label, amount) lines under the table, zeros left out.
    settlement: Vec<(&'static str, String)>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let heading = format!("{id}-heading");
    let (section_label, region_label) = (heading.clone(), heading.clone());
    let euro = move |amount: &str| helder_explain::euro(&ctx.lang.get(), amount);
    let chart = chart.then(|| {
        let highest = rows.iter().flat_map(|r| [cents(&r.paid), cents(&r.due)]).max().unwrap_or(1).max(1);
        let (bar, gap, height) = (10i64, 4i64, 120i64);
        let width = (rows.len() as i64) * (2 * bar + gap);
        let bars = rows
            .iter()
            .enumerate()
            .map(|(index, row)| {
                let x = index as i64 * (2 * bar + gap);
                let paid = cents(&row.paid) * height / highest;
                let due = cents(&row.due) * height / highest;
                view! {
                    <rect class="bar-paid" x=x.to_string() y=(height - paid).to_string() width=bar.to_string() height=paid.to_string()/>
                    <rect class="bar-due" x=(x + bar).to_string() y=(height - due).to_string() width=bar.to_string() height=due.to_string()/>
                }
            })
            .collect_view();
        view! {
            <svg class="chart" role="img" aria-label=t(ctx, "ui-ledger-chart") viewBox=format!("0 0 {width} {height}") preserveAspectRatio="none">
                {bars}
            </svg>
            // The legend in words beside a sample of each bar (the table below has the amounts).
            <ul class="chart-legend" aria-hidden="true">
                <li><span class="swatch swatch-paid"></span>{t(ctx, paid_label)}</li>
                <li><span class="swatch swatch-due"></span>{t(ctx, due_label)}</li>
            </ul>
        }
    });
    // On a narrow screen each row stacks into its cells, each cell labelled with its column
    // (`data-label`), so no column hides behind sideways scrolling.
    let (paid_text, due_text, difference_label) =
        (t(ctx, paid_label), t(ctx, due_label), t(ctx, "ui-ledger-difference"));
    let body = rows
        .iter()
        .map(|row| {
            view! { <tr>
                <th scope="row">{helder_explain::month(&ctx.lang.get(), &row.month)}</th>
                <td class="number" data-label=paid_text.clone()>{euro(&row.paid)}</td>
                <td class="number" data-label=due_text.clone()>{euro(&row.due)}</td>
                <td data-label=difference_label.clone()>{difference_text(ctx, &row.difference)}</td>
            </tr> }
        })
        .collect_view();

    let settlement = (!settlement.is_empty()).then(|| {
        view! {
            <h3>{t(ctx, "ui-ledger-settlement")}</h3>
            <dl class="summary-list settlement">
                {settlement.into_iter().map(|(label, amount)| view! {
                    <div class="summary-row"><dt>{t(ctx, label)}</dt><dd class="number">{euro(&amount)}</dd></div>
                }).collect_view()}
            </dl>
        }
    });
    view! {
        <section class="panel ledger" aria-labelledby=section_label id=id>
            <h2 id=heading>{t(ctx, title)}</h2>
            {chart}
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby=region_label>
                <table>
                    <thead><tr>
                        <th scope="col">{t(ctx, "ui-ledger-month")}</th>
                        <th scope="col" class="number">{t(ctx, paid_label)}</th>
                        <th scope="col" class="number">{t(ctx, due_label)}</th>
                        <th scope="col">{t(ctx, "ui-ledger-difference")}</th>
                    </tr></thead>
                    <tbody>{body}</tbody>
                    <tfoot><tr>
                        <th scope="row">{t(ctx, "ui-ledger-total")}</th>
                        <td class="number" data-label=paid_text.clone()>{euro(&paid_total)}</td>
                        <td class="number" data-label=due_text.clone()>{euro(&due_total)}</td>
                        <td data-label=difference_label.clone()>{difference_text(ctx, &total_difference)}</td>
                    </tr></tfoot>
                </table>
            </div>
            {settlement}
        </section>
    }
}
