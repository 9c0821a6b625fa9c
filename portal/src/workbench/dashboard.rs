//! The team lead's dashboard as tables: open cases and their age, cases per category and step,
//! decisions per week, and when the backlog is done at the recent rate (a forecast, with the rate
//! it assumes). The figures are the server's SQL aggregates; the CSV is the server's too.

use helder_api::workbench::Dashboard;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::worklist::WorkbenchNav;
use super::{category_name, step_name};
use crate::{Ctx, api, t, t_with};

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
            view! {
                <section class="panel" aria-labelledby="wb-open-heading" id="wb-dashboard">
                    <h2 id="wb-open-heading">{t(ctx, "ui-wb-open-title")}</h2>
                    <p id="wb-open">{t_with(ctx, "ui-wb-open-cases", &[
                        ("count", &d.open_cases.to_string()),
                        ("median", &d.age_median_days.map(|a| a.to_string()).unwrap_or_else(none)),
                        ("p90", &d.age_p90_days.map(|a| a.to_string()).unwrap_or_else(none)),
                    ])}</p>
                    <p id="wb-forecast"><strong>{t(ctx, "ui-wb-forecast-label")}</strong> " " {forecast}</p>
                    <p><a id="wb-csv" href="/api/v1/workbench/dashboard?format=csv" download="werkbank.csv">{t(ctx, "ui-wb-csv")}</a></p>
                </section>
                <h2 id="wb-counts-heading">{t(ctx, "ui-wb-counts-title")}</h2>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="wb-counts-heading">
                    <table id="wb-counts">
                        <thead><tr>
                            <th scope="col">{t(ctx, "ui-wb-category")}</th>
                            <th scope="col">{t(ctx, "ui-wb-step")}</th>
                            <th scope="col" class="number">{t(ctx, "ui-wb-cases")}</th>
                        </tr></thead>
                        <tbody>
                            {d.counts.iter().map(|c| view! { <tr>
                                <td>{category_name(ctx, &c.category)}</td>
                                <td>{step_name(ctx, &c.step)}</td>
                                <td class="number">{c.cases}</td>
                            </tr> }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <h2 id="wb-weeks-heading">{t(ctx, "ui-wb-weeks-title")}</h2>
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
            }
        })}
    }
}
