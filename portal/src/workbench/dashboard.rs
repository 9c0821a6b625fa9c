//! The team lead's dashboard: open cases and their age, when the backlog is done at the recent
//! rate (a forecast, with the rate it assumes), open cases per step and decisions per week (each
//! a bar chart with the same numbers in a table beside it), the amounts the correction moves
//! (UWV's decisions and Helder's calculations apart, never added up), and the cases per category,
//! step and outcome. The figures are the server's SQL aggregates; the CSV is the server's too.

use helder_api::workbench::{Dashboard, Impact, ImpactCause};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::chart::ChartWithTable;
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

/// A cause of an impact group in words.
fn cause_words(ctx: Ctx, cause: &ImpactCause) -> String {
    let lang = ctx.lang.get_untracked();
    let none = || "—".to_owned();
    let money = |value: &Option<String>| value.as_deref().map(|v| helder_explain::euro(&lang, v)).unwrap_or_else(none);
    let plain = |value: &Option<String>| value.clone().unwrap_or_else(none);
    match cause.kind.as_str() {
        "parameter" => t_with(
            ctx,
            "ui-wb-cause-parameter",
            &[("name", &cause.name), ("old", &plain(&cause.old)), ("new", &plain(&cause.new))],
        ),
        "rules" => t_with(ctx, "ui-wb-cause-rules", &[("old", &plain(&cause.old))]),
        "month_amount" => {
            let month = cause.month.as_deref().map(|m| helder_explain::month(&lang, m)).unwrap_or_else(none);
            t_with(
                ctx,
                "ui-wb-cause-month_amount",
                &[("name", &cause.name), ("month", &month), ("old", &money(&cause.old)), ("new", &money(&cause.new))],
            )
        }
        "decision_added" => {
            t_with(ctx, "ui-wb-cause-decision_added", &[("name", &cause.name), ("reference", &plain(&cause.new))])
        }
        "decision_removed" => {
            t_with(ctx, "ui-wb-cause-decision_removed", &[("name", &cause.name), ("reference", &plain(&cause.old))])
        }
        _ => t_with(ctx, "ui-wb-cause-fact", &[("name", &cause.name)]),
    }
}

/// The latest impact analysis of a rules change, as the batch job published it.
#[component]
fn ImpactView() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let impact = RwSignal::new(None::<Impact>);
    spawn_local(async move {
        if let Ok((200, text)) = api("GET", "/api/v1/workbench/impact", None, None, None).await {
            impact.set(serde_json::from_str(&text).ok());
        }
    });
    view! {
        <h2 id="wb-impact-heading">{move || t(ctx, "ui-wb-impact-title")}</h2>
        {move || impact.get().map(|impact| match impact.report {
            None => view! { <p id="wb-impact">{t(ctx, "ui-wb-impact-none")}</p> }.into_any(),
            Some(report) => {
                let lang = ctx.lang.get();
                let summary = t_with(ctx, "ui-wb-impact-summary", &[
                    ("when", &crate::form::local_time(&lang, &report.published_at)),
                    ("cases", &report.cases.to_string()),
                    ("changed", &report.changed.to_string()),
                    ("skipped", &report.skipped.to_string()),
                ]);
                let labels = ["ui-wb-impact-cause", "ui-wb-impact-field", "ui-wb-impact-change", "ui-wb-cases"].map(|id| t(ctx, id));
                view! {
                    <p id="wb-impact">{summary}</p>
                    <div class="table-scroll stacked" tabindex="0" role="region" aria-labelledby="wb-impact-heading">
                        <table id="wb-impact-groups">
                            <thead><tr>{labels.iter().map(|l| view! { <th scope="col">{l.clone()}</th> }).collect_view()}</tr></thead>
                            <tbody>
                                {report.groups.iter().map(|group| {
                                    let causes: Vec<String> = group.causes.iter().map(|c| cause_words(ctx, c)).collect();
                                    let field = super::differences::figure_name(ctx, &group.field).unwrap_or_else(|| group.field.clone());
                                    let listed = group.case_ids.join(", ");
                                    view! { <tr>
                                        <td data-label=labels[0].clone()>{causes.join(" + ")}</td>
                                        <td data-label=labels[1].clone()>{field}</td>
                                        <td class="number" data-label=labels[2].clone()>{helder_explain::euro(&lang, &group.change)}</td>
                                        <td data-label=labels[3].clone()>
                                            <details>
                                                <summary>{group.cases}</summary>
                                                {listed}
                                            </details>
                                        </td>
                                    </tr> }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
                .into_any()
            }
        })}
    }
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
        <h1>{move || t(ctx, "ui-workbench-dashboard")}</h1>
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
            let per_step: Vec<(String, String, i64)> = STEPS
                .iter()
                .map(|step| {
                    let cases = d.counts.iter().filter(|c| c.step == *step).map(|c| c.cases).sum();
                    (step_name(ctx, step), step_name(ctx, step), cases)
                })
                .collect();
            let weeks: Vec<(String, String, i64)> = d
                .throughput
                .iter()
                .map(|w| {
                    let date = helder_explain::date(&lang, &w.week);
                    (date.clone(), t_with(ctx, "ui-wb-week-of", &[("date", &date)]), w.decided)
                })
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
                <ChartWithTable id="wb-steps" heading_id="wb-steps-heading" title=t(ctx, "ui-wb-steps-chart")
                    label_column=t(ctx, "ui-wb-step") count_column=t(ctx, "ui-wb-cases") rows=per_step/>
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
                <ChartWithTable id="wb-weeks" heading_id="wb-weeks-heading" title=t(ctx, "ui-wb-weeks-chart")
                    label_column=t(ctx, "ui-wb-week") count_column=t(ctx, "ui-wb-decided-count") rows=weeks/>
                <ImpactView/>
            }
        })}
    }
}
