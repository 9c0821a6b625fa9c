//! The team lead's dashboard: open cases and their age, when the backlog is done at the recent
//! rate (a forecast, with the rate it assumes), open cases per step and decisions per week (each
//! a bar chart with the same numbers in a table beside it), the amounts the correction moves
//! (UWV's decisions and Helder's calculations apart, never added up), and the cases per category,
//! step and outcome. The figures are the server's SQL aggregates; the CSV is the server's too.

use helder_api::workbench::Dashboard;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::chart::BarChart;
use super::worklist::WorkbenchNav;
use super::{CATEGORIES, STEPS, category_name, step_name};
use crate::{Ctx, api, t, t_with};

/// An outcome of the correction in words.
fn outcome_name(ctx: Ctx, outcome: &str) -> String {
    match outcome {
        "too_low" => t(ctx, "ui-wb-outcome-too_low"),
        "correct" => t(ctx, "ui-wb-outcome-correct"),
        "too_high" => t(ctx, "ui-wb-outcome-too_high"),
        "not_computed" => t(ctx, "ui-wb-outcome-not_computed"),
        other => other.to_owned(),
    }
}

/// A total's figure and basis in words.
fn total_name(ctx: Ctx, figure: &str, basis: &str) -> (String, String) {
    let figure = match figure {
        "back_payment" => t(ctx, "ui-wb-figure-back_payment"),
        "interest" => t(ctx, "ui-wb-figure-interest"),
        "not_reclaimed" => t(ctx, "ui-wb-figure-not_reclaimed"),
        other => other.to_owned(),
    };
    let basis = match basis {
        "decided" => t(ctx, "ui-wb-basis-decided"),
        "calculated" => t(ctx, "ui-wb-basis-calculated"),
        other => other.to_owned(),
    };
    (figure, basis)
}

#[component]
pub fn DashboardView() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let figures = RwSignal::new(None::<Dashboard>);
    let refused = RwSignal::new(false);
    spawn_local(async move {
        match api("GET", "/api/v1/workbench/dashboard", None, None, None).await {
            Ok((200, text)) => figures.set(serde_json::from_str(&text).ok()),
            _ => refused.set(true),
        }
    });
    view! {
        <h1>{move || t(ctx, "ui-wb-dashboard")}</h1>
        <WorkbenchNav/>
        <Show when=move || refused.get()>
            <p id="wb-dashboard-refused">{move || t(ctx, "ui-wb-dashboard-team-lead")}</p>
        </Show>
        {move || figures.get().map(|d| {
            let lang = ctx.lang.get();
            let none = || "—".to_owned();
            let forecast = match &d.forecast.done_by {
                Some(date) => t_with(ctx, "ui-wb-forecast", &[
                    ("date", &helder_explain::date(&lang, date)),
                    ("decided", &d.forecast.decided.to_string()),
                    ("weeks", &d.forecast.weeks.to_string()),
                ]),
                None => t_with(ctx, "ui-wb-forecast-none", &[("weeks", &d.forecast.weeks.to_string())]),
            };
            // Open cases per step, over every category and outcome, in the order of the steps.
            let per_step: Vec<(String, i64)> = STEPS
                .iter()
                .map(|step| {
                    let cases = d.counts.iter().filter(|c| c.step == *step).map(|c| c.cases).sum();
                    (step_name(ctx, step), cases)
                })
                .collect();
            let weeks: Vec<(String, i64)> = d
                .throughput
                .iter()
                .map(|w| (helder_explain::date(&lang, &w.week), w.decided))
                .collect();
            let euro = |amount: &str| helder_explain::euro(&lang, amount);
            // Each cell's column name, said before it when a phone stacks the rows.
            let labels = ["ui-wb-figure", "ui-wb-basis", "ui-wb-cases", "ui-wb-amount", "ui-wb-category", "ui-wb-step",
                "ui-wb-correction-outcome"].map(|id| t(ctx, id));
            // Categories in UWV's order, then the steps in their order, `decided` last.
            let rank = |list: &[&str], item: &str| list.iter().position(|x| *x == item).unwrap_or(list.len());
            let mut counts = d.counts.clone();
            counts.sort_by_key(|c| (rank(&CATEGORIES, &c.category), rank(&STEPS, &c.step), c.outcome.clone()));
            view! {
                <section class="panel" aria-labelledby="wb-open-heading" id="wb-dashboard">
                    <h2 id="wb-open-heading">{t(ctx, "ui-wb-open-title")}</h2>
                    <p id="wb-open">{t_with(ctx, "ui-wb-open-cases", &[
                        ("count", &d.open_cases.to_string()),
                        ("median", &d.age_median_days.map(|a| a.to_string()).unwrap_or_else(none)),
                        ("p90", &d.age_p90_days.map(|a| a.to_string()).unwrap_or_else(none)),
                    ])}</p>
                    <p id="wb-forecast"><strong>{t(ctx, "ui-wb-forecast-label")}</strong> " " {forecast}</p>
                    <p><a id="wb-csv" href="/api/v1/workbench/dashboard.csv" download="werkbank.csv">{t(ctx, "ui-wb-csv")}</a></p>
                </section>
                <h2 id="wb-steps-heading">{t(ctx, "ui-wb-steps-title")}</h2>
                <div class="chart-with-table">
                    <BarChart id="wb-steps-chart" title=t(ctx, "ui-wb-steps-chart") rows=per_step.clone()/>
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="wb-steps-heading">
                        <table id="wb-steps">
                            <thead><tr>
                                <th scope="col">{t(ctx, "ui-wb-step")}</th>
                                <th scope="col" class="number">{t(ctx, "ui-wb-cases")}</th>
                            </tr></thead>
                            <tbody>
                                {per_step.into_iter().map(|(step, cases)| view! { <tr>
                                    <td>{step}</td>
                                    <td class="number">{cases}</td>
                                </tr> }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                </div>
                <h2 id="wb-totals-heading">{t(ctx, "ui-wb-totals-title")}</h2>
                <p>{t(ctx, "ui-wb-totals-apart")}</p>
                <div class="table-scroll stacked" tabindex="0" role="region" aria-labelledby="wb-totals-heading">
                    <table id="wb-totals">
                        <thead><tr>
                            <th scope="col">{t(ctx, "ui-wb-figure")}</th>
                            <th scope="col">{t(ctx, "ui-wb-basis")}</th>
                            <th scope="col" class="number">{t(ctx, "ui-wb-cases")}</th>
                            <th scope="col" class="number">{t(ctx, "ui-wb-amount")}</th>
                        </tr></thead>
                        <tbody>
                            {d.totals.iter().map(|total| {
                                let (figure, basis) = total_name(ctx, &total.figure, &total.basis);
                                view! { <tr>
                                    <td data-label=labels[0].clone()>{figure}</td>
                                    <td data-label=labels[1].clone()>{basis}</td>
                                    <td class="number" data-label=labels[2].clone()>{total.cases}</td>
                                    <td class="number" data-label=labels[3].clone()>{euro(&total.amount)}</td>
                                </tr> }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <h2 id="wb-counts-heading">{t(ctx, "ui-wb-counts-title")}</h2>
                <div class="table-scroll stacked" tabindex="0" role="region" aria-labelledby="wb-counts-heading">
                    <table id="wb-counts">
                        <thead><tr>
                            <th scope="col">{t(ctx, "ui-wb-category")}</th>
                            <th scope="col">{t(ctx, "ui-wb-step")}</th>
                            <th scope="col">{t(ctx, "ui-wb-correction-outcome")}</th>
                            <th scope="col" class="number">{t(ctx, "ui-wb-cases")}</th>
                        </tr></thead>
                        <tbody>
                            {counts.iter().map(|c| view! { <tr>
                                <td data-label=labels[4].clone()>{category_name(ctx, &c.category)}</td>
                                <td data-label=labels[5].clone()>{step_name(ctx, &c.step)}</td>
                                <td data-label=labels[6].clone()>{outcome_name(ctx, &c.outcome)}</td>
                                <td class="number" data-label=labels[2].clone()>{c.cases}</td>
                            </tr> }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <h2 id="wb-weeks-heading">{t(ctx, "ui-wb-weeks-title")}</h2>
                <div class="chart-with-table">
                {(!weeks.is_empty()).then(|| view! {
                    <BarChart id="wb-weeks-chart" title=t(ctx, "ui-wb-weeks-chart") rows=weeks/>
                })}
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="wb-weeks-heading">
                    <table id="wb-weeks">
                        <thead><tr>
                            <th scope="col">{t(ctx, "ui-wb-week")}</th>
                            <th scope="col" class="number">{t(ctx, "ui-wb-decided-count")}</th>
                        </tr></thead>
                        <tbody>
                            {d.throughput.iter().map(|w| view! { <tr>
                                <td>{t_with(ctx, "ui-wb-week-of", &[("date", &helder_explain::date(&lang, &w.week))])}</td>
                                <td class="number">{w.decided}</td>
                            </tr> }).collect_view()}
                        </tbody>
                    </table>
                </div>
                </div>
            }
        })}
    }
}
