//! Where the two checks' results differ, in words: the figures that decide the case — the wages
//! counted, the wage-less months, the divisor, the dagloon, the back payment and the new monthly
//! amount — each named and in euros, dates and months as people read them. The lines that only
//! follow from those (each month's benefit and back payment, intermediate steps) are counted and
//! listed as trace lines in a fold, for the expert who wants them.

use helder_api::workbench::TraceDifference;
use leptos::prelude::*;

use crate::{Ctx, t, t_with};

/// How a figure's value reads.
#[derive(Clone, Copy)]
enum Kind {
    Euro,
    Months,
    Number,
}

/// The deciding figures, in the order of the calculation: (result pointer, message, kind).
const HEADLINES: [(&str, &str, Kind); 12] = [
    ("/dagloon/wage_total", "ui-wb-diff-wage_total", Kind::Euro),
    ("/dagloon/wageless_months", "ui-wb-diff-wageless_months", Kind::Months),
    ("/dagloon/divisor", "ui-wb-diff-divisor", Kind::Number),
    ("/dagloon/uncapped", "ui-wb-diff-dagloon", Kind::Euro),
    ("/dagloon/at_start", "ui-wb-diff-dagloon_at_start", Kind::Euro),
    ("/dagloon/maandloon_at_start", "ui-wb-diff-maandloon_at_start", Kind::Euro),
    ("/backpay/due_total", "ui-wb-diff-due_total", Kind::Euro),
    ("/backpay/paid_total", "ui-wb-diff-paid_total", Kind::Euro),
    ("/backpay/amount", "ui-wb-diff-back_payment", Kind::Euro),
    ("/backpay/interest", "ui-wb-diff-interest", Kind::Euro),
    ("/backpay/not_reclaimed", "ui-wb-diff-not_reclaimed", Kind::Euro),
    ("/backpay/new_monthly_amount", "ui-wb-diff-new_monthly_amount", Kind::Euro),
];

/// The name of a deciding figure (a result pointer), if it is one.
pub fn figure_name(ctx: Ctx, pointer: &str) -> Option<String> {
    HEADLINES.iter().find(|(known, _, _)| *known == pointer).map(|(_, label, _)| t(ctx, label))
}

/// A value as people read it; a figure one result lacks reads "—".
fn value(ctx: Ctx, kind: Kind, text: Option<&str>) -> String {
    let lang = ctx.lang.get_untracked();
    match (kind, text) {
        (_, None) => "—".to_owned(),
        (Kind::Euro, Some(amount)) => helder_explain::euro(&lang, amount),
        (Kind::Months, Some("")) => t(ctx, "ui-wb-diff-no-months"),
        (Kind::Months, Some(months)) => {
            months.split(',').map(|m| helder_explain::month(&lang, m.trim())).collect::<Vec<_>>().join(", ")
        }
        (Kind::Number, Some(number)) => number.to_owned(),
    }
}

/// The differences: the deciding figures in words, then the other lines folded.
pub fn differences(ctx: Ctx, differences: &[TraceDifference]) -> impl IntoView + use<> {
    let figure = |d: &TraceDifference| d.figure.clone().unwrap_or_default();
    let headlines: Vec<String> = HEADLINES
        .iter()
        .filter_map(|(pointer, label, kind)| {
            let d = differences.iter().find(|d| figure(d) == *pointer)?;
            Some(t_with(
                ctx,
                "ui-wb-diff-line",
                &[
                    ("figure", &t(ctx, label)),
                    ("first", &value(ctx, *kind, d.first.as_deref())),
                    ("second", &value(ctx, *kind, d.second.as_deref())),
                ],
            ))
        })
        .collect();
    let others: Vec<String> = differences
        .iter()
        .filter(|d| !HEADLINES.iter().any(|(pointer, _, _)| figure(d) == *pointer))
        .map(|d| {
            let name = d.figure.clone().unwrap_or_else(|| d.id.clone());
            t_with(
                ctx,
                "ui-wb-difference",
                &[
                    ("figure", &name),
                    ("rule", &d.rule),
                    ("first", d.first.as_deref().unwrap_or("—")),
                    ("second", d.second.as_deref().unwrap_or("—")),
                ],
            )
        })
        .collect();
    let count = others.len();
    view! {
        <ul id="wb-differences">
            {headlines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
        </ul>
        {(count > 0).then(|| view! {
            <details id="wb-differences-more">
                <summary>{t_with(ctx, "ui-wb-diff-more", &[("count", &count.to_string())])}</summary>
                <ul class="trace-lines">
                    {others.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
            </details>
        })}
    }
}
