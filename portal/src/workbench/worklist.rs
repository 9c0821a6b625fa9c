//! A worklist: one category and step, oldest first, each case with its age and due date, the
//! next page by the server's cursor. "Take" claims a case (against the version listed) and opens
//! it; a case someone else took meanwhile says so.

use helder_api::workbench::{Claim, StepDone, Worklist, WorklistItem};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{CATEGORIES, STEPS, category_name, refusal, step_name};
use crate::{Ctx, Screen, api, body, csrf, fetch, t, t_with};

/// Cases on a page.
const PAGE: usize = 20;

#[component]
pub fn WorklistView() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let category = RwSignal::new("loonloze_tijdvakken".to_owned());
    let step = RwSignal::new("sorted".to_owned());
    let items = RwSignal::new(Vec::<WorklistItem>::new());
    let next = RwSignal::new(None::<String>);
    let loaded = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    // A page: the first (no cursor) replaces the list, a following one is added below it.
    let load = move |after: Option<String>| {
        let mut path = format!(
            "/api/v1/workbench/worklist?category={}&step={}&limit={PAGE}",
            category.get_untracked(),
            step.get_untracked()
        );
        if let Some(cursor) = &after {
            path.push_str(&format!("&after={}", js_sys::encode_uri_component(cursor)));
        }
        spawn_local(async move {
            match fetch::<Worklist>("GET", &path, None, None, None).await {
                Some(page) => {
                    if after.is_some() {
                        items.update(|list| list.extend(page.items));
                    } else {
                        items.set(page.items);
                    }
                    next.set(page.next);
                    problem.set(None);
                }
                None => problem.set(Some(t(ctx, "ui-error"))),
            }
            loaded.set(true);
        });
    };
    load(None);
    let show = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        load(None);
    };
    let take = move |item: WorklistItem| {
        spawn_local(async move {
            let request = body(&Claim { version: item.version });
            let path = format!("/api/v1/workbench/cases/{}/claim", js_sys::encode_uri_component(&item.case_id));
            match api("POST", &path, request, csrf(ctx), None).await {
                Ok((200, text)) if serde_json::from_str::<StepDone>(&text).is_ok() => {
                    ctx.screen.set(Screen::WorkbenchCase(item.case_id.clone()))
                }
                Ok((status, text)) => problem.set(Some(refusal(ctx, status, &text))),
                Err(_) => problem.set(Some(t(ctx, "ui-error"))),
            }
        });
    };
    view! {
        <h1>{move || t(ctx, "ui-workbench-title")}</h1>
        <WorkbenchNav/>
        <form class="panel worklist-choice" on:submit=show>
            <label for="wb-category">{move || t(ctx, "ui-wb-category")}</label>
            <select id="wb-category" on:change=move |ev| category.set(event_target_value(&ev))>
                {CATEGORIES.iter().map(|c| view! {
                    <option value=*c selected=move || category.get() == *c>{move || category_name(ctx, c)}</option>
                }).collect_view()}
            </select>
            <label for="wb-step">{move || t(ctx, "ui-wb-step")}</label>
            <select id="wb-step" on:change=move |ev| step.set(event_target_value(&ev))>
                {STEPS.iter().map(|s| view! {
                    <option value=*s selected=move || step.get() == *s>{move || step_name(ctx, s)}</option>
                }).collect_view()}
            </select>
            <button id="wb-show" type="submit" class="button">{move || t(ctx, "ui-wb-show")}</button>
        </form>
        <Show when=move || problem.get().is_some()>
            <div class="error-summary" role="alert" id="wb-problem">{move || problem.get().unwrap_or_default()}</div>
        </Show>
        <h2 id="worklist-heading">{move || t_with(ctx, "ui-wb-list-title", &[
            ("category", &category_name(ctx, &category.get())), ("step", &step_name(ctx, &step.get()))])}</h2>
        <Show when=move || !items.get().is_empty() fallback=move || view! {
            <p id="wb-empty">{move || if loaded.get() { t(ctx, "ui-wb-empty") } else { t(ctx, "ui-loading") }}</p>
        }>
            <ul class="worklist" id="worklist" aria-labelledby="worklist-heading">
                <For each=move || items.get() key=|item| (item.case_id.clone(), item.version) let:item>
                    {
                        let lang = ctx.lang.get_untracked();
                        let open_id = item.case_id.clone();
                        let taken = item.claimed_by.clone();
                        let line = t_with(ctx, "ui-wb-item", &[
                            ("received", &helder_explain::date(&lang, &item.received_at)),
                            ("days", &item.age_days.to_string()),
                            ("due", &helder_explain::date(&lang, &item.due_date)),
                        ]);
                        let label = t_with(ctx, "ui-wb-take", &[("case", &item.case_id)]);
                        let open_label = t_with(ctx, "ui-wb-open-case", &[("case", &item.case_id)]);
                        let item_for_take = item.clone();
                        view! {
                            <li class="worklist-item" data-case=item.case_id.clone()>
                                <p class="worklist-case"><strong>{item.case_id.clone()}</strong></p>
                                <p>{line}</p>
                                {taken.map(|who| view! { <p class="muted">{t_with(ctx, "ui-wb-claimed", &[("who", &who)])}</p> })}
                                <p class="worklist-actions">
                                    <button class="button take-case" on:click=move |_| take(item_for_take.clone())>{label}</button>
                                    " "
                                    <button class="button-secondary open-wb-case"
                                        on:click=move |_| ctx.screen.set(Screen::WorkbenchCase(open_id.clone()))>{open_label}</button>
                                </p>
                            </li>
                        }
                    }
                </For>
            </ul>
        </Show>
        <Show when=move || next.get().is_some()>
            <button id="wb-next-page" class="button-secondary" on:click=move |_| load(next.get_untracked())>
                {move || t(ctx, "ui-wb-next-page")}</button>
        </Show>
        // The clients' requests to correct a month's wage: a list of their own.
        <super::requests::RequestList/>
    }
}

/// The workbench's own navigation: the worklist and, for team leads, the dashboard.
#[component]
pub fn WorkbenchNav() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    view! {
        <nav class="workbench-nav" aria-label=move || t(ctx, "ui-workbench-title")>
            <button id="wb-to-worklist" class="link-button" on:click=move |_| ctx.screen.set(Screen::Workbench)>
                {move || t(ctx, "ui-wb-to-worklist")}</button>
            " · "
            <button id="wb-to-dashboard" class="link-button" on:click=move |_| ctx.screen.set(Screen::Dashboard)>
                {move || t(ctx, "ui-workbench-dashboard")}</button>
            " · "
            <button id="wb-to-start" class="link-button" on:click=move |_| ctx.screen.set(Screen::Home)>
                {move || t(ctx, "ui-wb-to-start")}</button>
        </nav>
    }
}
