//! The checkers' list of correction requests ("Dit klopt niet") below the worklist: one state at
//! a time, oldest first. Opening a request shows the client's entry (month, Polis wage, the
//! client's wage), the estimate Helder showed the client and the trail; the server logs the
//! opening in the client's access log. A checker takes a received request and handles one they
//! took, with the outcome and why; a refusal is said in words.

use helder_api::correction::{CorrectionRequest, HandleRequest, RequestList};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::refusal;
use crate::dispute::state_word;
use crate::form::local_time;
use crate::{Ctx, api, body, csrf, fetch, t, t_with};

const STATES: [&str; 3] = ["received", "in_progress", "handled"];

#[component]
pub fn RequestList() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let state = RwSignal::new("received".to_owned());
    let items = RwSignal::new(None::<RequestList>);
    let opened = RwSignal::new(None::<CorrectionRequest>);
    let problem = RwSignal::new(None::<String>);
    let load = move || {
        let path = format!("/api/v1/workbench/correction-requests?state={}", state.get_untracked());
        spawn_local(async move {
            items.set(fetch::<RequestList>("GET", &path, None, None, None).await);
        });
    };
    load();
    let open = move |id: String| {
        spawn_local(async move {
            let path = format!("/api/v1/workbench/correction-requests/{}", js_sys::encode_uri_component(&id));
            match fetch::<CorrectionRequest>("GET", &path, None, None, None).await {
                Some(request) => {
                    problem.set(None);
                    opened.set(Some(request));
                }
                None => problem.set(Some(t(ctx, "ui-error"))),
            }
        });
    };
    // A step's answer is the request as it now stands.
    let step = move |path: String, request: Option<String>| {
        spawn_local(async move {
            match api("POST", &path, request, csrf(ctx), None).await {
                Ok((200, text)) => match serde_json::from_str::<CorrectionRequest>(&text) {
                    Ok(request) => {
                        problem.set(None);
                        opened.set(Some(request));
                        load();
                    }
                    Err(_) => problem.set(Some(t(ctx, "ui-error"))),
                },
                Ok((status, text)) => problem.set(Some(refusal(ctx, status, &text))),
                Err(_) => problem.set(Some(t(ctx, "ui-error"))),
            }
        });
    };
    view! {
        <section class="panel wb-requests" id="wb-requests" aria-labelledby="wb-requests-heading">
            <h2 id="wb-requests-heading">{move || t(ctx, "ui-wb-requests-title")}</h2>
            <label for="wb-request-state">{move || t(ctx, "ui-wb-request-state")}</label>
            <select id="wb-request-state" on:change=move |ev| { state.set(event_target_value(&ev)); opened.set(None); load(); }>
                {STATES.iter().map(|s| view! {
                    <option value=*s selected=move || state.get() == *s>{move || state_word(ctx, s)}</option>
                }).collect_view()}
            </select>
            <Show when=move || problem.get().is_some()>
                <div class="error-summary" role="alert" id="wb-request-problem">{move || problem.get().unwrap_or_default()}</div>
            </Show>
            {move || match items.get() {
                None => view! { <p>{t(ctx, "ui-loading")}</p> }.into_any(),
                Some(list) if list.items.is_empty() => view! { <p id="wb-requests-empty">{t(ctx, "ui-wb-request-none")}</p> }.into_any(),
                Some(list) => {
                    let lang = ctx.lang.get();
                    view! {
                        <table id="wb-request-list">
                            <thead><tr>
                                <th scope="col">{t(ctx, "ui-case-id")}</th>
                                <th scope="col">{t(ctx, "ui-wb-request-month")}</th>
                                <th scope="col">{t(ctx, "ui-wb-request-received")}</th>
                                <th scope="col"><span class="visually-hidden">{t(ctx, "ui-wb-request-open")}</span></th>
                            </tr></thead>
                            <tbody>
                                {list.items.into_iter().map(|item| {
                                    let id = item.id.clone();
                                    let label = format!("{} {} {}", t(ctx, "ui-wb-request-open"), item.case_id, helder_explain::month(&lang, &item.month));
                                    view! { <tr class="wb-request" data-case=item.case_id.clone()>
                                        <th scope="row">{item.case_id.clone()}</th>
                                        <td>{helder_explain::month(&lang, &item.month)}</td>
                                        <td>{local_time(&lang, &item.received_at)}</td>
                                        <td><button class="button-secondary open-request" aria-label=label
                                            on:click=move |_| open(id.clone())>{t(ctx, "ui-wb-request-open")}</button></td>
                                    </tr> }
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                }
            }}
            {move || opened.get().map(|request| view! { <Opened request=request step=step/> })}
        </section>
    }
}

/// An opened request: the client's entry, the estimate they saw, the trail and the next step.
#[component]
fn Opened(
    request: CorrectionRequest,
    step: impl Fn(String, Option<String>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang.get_untracked();
    let outcome = RwSignal::new("corrected".to_owned());
    let why = RwSignal::new(String::new());
    let base = format!("/api/v1/workbench/correction-requests/{}", js_sys::encode_uri_component(&request.id));
    let take_path = format!("{base}/take");
    let handle_path = format!("{base}/handle");
    let handle = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let request = body(&HandleRequest { outcome: outcome.get_untracked(), why: why.get_untracked() });
        step(handle_path.clone(), request);
    };
    let euro = |amount: &str| helder_explain::euro(&lang, amount);
    let figures = request
        .estimate
        .figures
        .iter()
        .map(|f| {
            let name = match f.name.as_str() {
                "benefit_month" => t_with(
                    ctx,
                    "ui-dispute-figure-benefit_month",
                    &[("month", &helder_explain::month(&lang, f.month.as_deref().unwrap_or_default()))],
                ),
                "backpay" => t(ctx, "ui-dispute-figure-backpay"),
                _ => t(ctx, "ui-dispute-figure-dagloon"),
            };
            view! { <li>{name} ": " {euro(&f.current)} " → " {euro(&f.estimate)}</li> }
        })
        .collect_view();
    let trail = request
        .trail
        .iter()
        .map(|entry| {
            let mut line = format!("{}: {}", local_time(&lang, &entry.at), state_word(ctx, &entry.state));
            if let Some(by) = &entry.by {
                line.push_str(&format!(" ({by})"));
            }
            if let Some(outcome) = &entry.outcome {
                let word = if outcome == "corrected" {
                    "ui-wb-request-outcome-corrected"
                } else {
                    "ui-wb-request-outcome-not_corrected"
                };
                line.push_str(&format!(" — {}", t(ctx, word)));
            }
            if let Some(note) = &entry.note {
                line.push_str(&format!(": {note}"));
            }
            view! { <li>{line}</li> }
        })
        .collect_view();
    let state = request.state.clone();
    view! {
        <article class="wb-request-opened" id="wb-request-opened" aria-labelledby="wb-request-title">
            <h3 id="wb-request-title">{t_with(ctx, "ui-wb-request-title", &[("case", &request.case_id)])}</h3>
            <dl>
                <dt>{t(ctx, "ui-wb-request-month")}</dt><dd>{helder_explain::month(&lang, &request.month)}</dd>
                <dt>{t(ctx, "ui-wb-request-polis")}</dt><dd id="wb-request-polis">{euro(&request.polis_wage)}</dd>
                <dt>{t(ctx, "ui-wb-request-client")}</dt><dd id="wb-request-client">{euro(&request.client_wage)}</dd>
                <dt>{t(ctx, "ui-wb-request-state")}</dt><dd id="wb-request-state-now">{state_word(ctx, &request.state)}</dd>
            </dl>
            <h4>{t(ctx, "ui-wb-request-estimate")}</h4>
            <ul class="wb-request-estimate">{figures}</ul>
            <h4>{t(ctx, "ui-wb-request-trail")}</h4>
            <ol class="wb-request-trail" id="wb-request-trail">{trail}</ol>
            {(state == "received").then(|| view! {
                <button id="wb-request-take" class="button" on:click=move |_| step(take_path.clone(), None)>{t(ctx, "ui-wb-request-take")}</button>
            })}
            {(state == "in_progress").then(|| view! {
                <form class="wb-request-handle" on:submit=handle>
                    <label for="wb-request-outcome">{t(ctx, "ui-wb-request-outcome")}</label>
                    <select id="wb-request-outcome" on:change=move |ev| outcome.set(event_target_value(&ev))>
                        <option value="corrected">{t(ctx, "ui-wb-request-outcome-corrected")}</option>
                        <option value="not_corrected">{t(ctx, "ui-wb-request-outcome-not_corrected")}</option>
                    </select>
                    <label for="wb-request-why">{t(ctx, "ui-wb-request-why")}</label>
                    <input id="wb-request-why" prop:value=move || why.get() on:input=move |ev| why.set(event_target_value(&ev))/>
                    <button id="wb-request-handle" type="submit" class="button">{t(ctx, "ui-wb-request-handle")}</button>
                </form>
            })}
        </article>
    }
}
