//! A card's "how did we calculate this?": the worked calculation for clients and supporters, the
//! trace lines the card cites for staff, and for the daily wage the facts behind it (the wage of
//! every month, with "Dit klopt niet"). It comes with the result's figures, in their chunk
//! (`later::calculation`, `later::reference_wages`): the first screen is the explanation's.

use helder_core::contract::{DagloonResult, TraceLine};
use helder_explain::Section;
use leptos::prelude::*;

use crate::case::{DagloonFacts, Read};
use crate::dispute::DisputeButton;
use crate::{Ctx, t};

/// The wage of every month in the case's facts (JSON), in month order as core reads them. The
/// server has validated the case, so the texts are core's own (`YYYY-MM`, an amount with two
/// decimals).
fn wages(facts: &str) -> Vec<(String, String)> {
    #[derive(Default, serde::Deserialize)]
    struct Facts {
        #[serde(default)]
        wages: Option<FactWages>,
    }
    #[derive(serde::Deserialize)]
    struct FactWages {
        #[serde(default)]
        months: Vec<FactWage>,
    }
    #[derive(serde::Deserialize)]
    struct FactWage {
        month: String,
        sv_wage: String,
    }
    let facts: Facts = serde_json::from_str(facts).unwrap_or_default();
    let months = facts.wages.iter().flat_map(|wages| &wages.months);
    let ordered: std::collections::BTreeMap<&str, &str> =
        months.map(|wage| (wage.month.as_str(), wage.sv_wage.as_str())).collect();
    ordered.into_iter().map(|(month, wage)| (month.to_owned(), wage.to_owned())).collect()
}

/// The trace lines a section cites, for "how was this calculated?".
fn cited_lines(trace: &[TraceLine], section: &Section) -> Vec<TraceLine> {
    let mut ids: Vec<&str> = Vec::new();
    let sentences = std::iter::once(&section.lead).chain(section.paragraphs.iter().flatten());
    for sentence in sentences {
        for id in &sentence.traces {
            if !ids.contains(&id.as_str()) {
                ids.push(id);
            }
        }
    }
    ids.iter().filter_map(|id| trace.iter().find(|line| line.id == *id).cloned()).collect()
}

/// A card's "how did we calculate this?", folded: for clients and supporters the worked
/// calculation (the sums in words, with sources), for staff the trace lines the card cites with
/// their ids; for the daily wage the facts behind it.
#[component]
pub(crate) fn Calculation(
    section: Section,
    result: RwSignal<Read>,
    wages: Option<DagloonFacts>,
    with_ids: bool,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // The facts behind the daily wage, once the result's figures are read (`Read`).
    let facts = move || {
        let dagloon = result.with(Read::figures)?.dagloon.clone()?;
        let (facts, dispute) = wages.as_ref()?;
        Some(crate::later::reference_wages(dagloon, self::wages(facts), dispute.clone()))
    };
    let (facts_view, facts_worked) = if with_ids { (Some(facts.clone()), None) } else { (None, Some(facts)) };
    // Clients and supporters read the worked calculation: the sums in words, with sources.
    let worked = (!with_ids && !section.worked.is_empty()).then(|| {
        view! {
            <details class="calculation">
                <summary>{t(ctx, "ui-how-calculated")}</summary>
                {facts_worked}
                <ol class="worked">
                    {section.worked.iter().map(|step| view! {
                        <li>{step.sentence.text.clone()} " "
                            <span class="sources">{t(ctx, "ui-trace-source")} ": " {step.source.clone()}</span></li>
                    }).collect_view()}
                </ol>
            </details>
        }
    });
    // Staff keep the raw trace lines with their ids.
    let cited = section.clone();
    let calculation = move || {
        let figures = result.with(Read::figures).filter(|_| with_ids);
        let lines = figures.map(|r| cited_lines(&r.trace, &cited)).unwrap_or_default();
        let facts_view = facts_view.clone();
        (with_ids && !lines.is_empty()).then(|| view! {
        <details class="calculation">
            <summary>{t(ctx, "ui-how-calculated")}</summary>
            {facts_view}
            <ul>
                {lines.iter().map(|line| view! {
                    <li>
                        <strong>{line.id.clone()}</strong> " " {line.rule.replace('_', " ")} ": "
                        <code>{line.value.clone()}</code>
                        <br/>{t(ctx, "ui-trace-source")} ": " {line.source.clone()}
                        <br/>{t(ctx, "ui-trace-inputs")} ": "
                        {line.inputs.iter().map(|i| format!("{} = {}{}", i.name, i.value,
                            i.trace.as_ref().map(|t| format!(" ({t})")).unwrap_or_default())).collect::<Vec<_>>().join("; ")}
                    </li>
                }).collect_view()}
            </ul>
        </details>
        })
    };
    view! { {calculation} {worked} }
}

/// The facts behind the daily wage: the wage of every month of the reference period, with the
/// wage-less months marked (they do not count), and the total that counts. For the client, each
/// month has "Dit klopt niet" (`dispute`: the case id).
#[component]
pub(crate) fn ReferenceWages(
    dagloon: DagloonResult,
    wages: Vec<(String, String)>,
    dispute: Option<String>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let chosen = RwSignal::new(None::<String>);
    let all_wages = wages.clone();
    let lang = ctx.lang.get_untracked();
    // Months as `YYYY-MM`: their text order is their calendar order.
    let from: String = helder_core::calendar::format_date(dagloon.reference_from).chars().take(7).collect();
    let to: String = helder_core::calendar::format_date(dagloon.reference_to).chars().take(7).collect();
    let wageless: Vec<String> = dagloon.wageless_months.iter().map(ToString::to_string).collect();
    let mut months: Vec<(String, Option<String>)> =
        wages.into_iter().map(|(month, wage)| (month, Some(wage))).collect();
    for month in &wageless {
        if !months.iter().any(|(known, _)| known == month) {
            months.push((month.clone(), None));
        }
    }
    months.retain(|(month, _)| *month >= from && *month <= to);
    months.sort();
    let rows = months
        .into_iter()
        .map(|(month, wage)| {
            let counted = if wageless.contains(&month) { t(ctx, "ui-facts-wageless") } else { t(ctx, "ui-facts-yes") };
            let wage = wage.map(|w| helder_explain::euro(&lang, &w)).unwrap_or_else(|| t(ctx, "ui-facts-no-wage"));
            let button =
                dispute.is_some().then(|| view! { <td><DisputeButton month=month.clone() chosen=chosen/></td> });
            view! { <tr class=(wageless.contains(&month)).then_some("wageless")>
                <th scope="row">{helder_explain::month(&lang, &month)}</th>
                <td class="number">{wage}</td>
                <td>{counted}</td>
                {button}
            </tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll facts" tabindex="0" role="region" aria-labelledby="facts-heading">
            <table>
                <caption id="facts-heading">{t(ctx, "ui-facts-title")}</caption>
                <thead><tr>
                    <th scope="col">{t(ctx, "ui-ledger-month")}</th>
                    <th scope="col" class="number">{t(ctx, "ui-facts-wage")}</th>
                    <th scope="col">{t(ctx, "ui-facts-counted")}</th>
                    {dispute.is_some().then(|| view! { <th scope="col"><span class="visually-hidden">{t(ctx, "ui-dispute-button")}</span></th> })}
                </tr></thead>
                <tbody>{rows}</tbody>
                <tfoot><tr>
                    <th scope="row">{t(ctx, "ui-facts-total")}</th>
                    <td class="number">{helder_explain::euro(&lang, &dagloon.wage_total.to_string())}</td>
                    <td></td>
                    {dispute.is_some().then(|| view! { <td></td> })}
                </tr></tfoot>
            </table>
        </div>
        {dispute.clone().map(|case_id| crate::later::dispute_form(case_id, chosen, all_wages))}
    }
}
