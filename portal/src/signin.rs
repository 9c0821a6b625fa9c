//! Signing in (DigiD and single sign-on when the server offers them, demo clients only on a
//! `--demo` server, staff and supporters with a password) and the list of cases one may open.

use helder_api::{CaseSummary, DemoClient, DemoSignIn, Search, SignIn, SignInMethods, SignedIn};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::form::{ErrorSummary, FieldErrors, described_by, error_code, error_of, field_error};
use crate::{Ctx, Screen, api, body, csrf, fetch, role, t, t_with};

#[component]
pub fn SignIn() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let clients = RwSignal::new(Vec::<DemoClient>::new());
    let methods = RwSignal::new(SignInMethods { demo: false, digid: false, staff_sso: false });
    spawn_local(async move {
        let Some(offered) = fetch::<SignInMethods>("GET", "/api/v1/session/methods", None, None, None).await else {
            return;
        };
        if offered.demo
            && let Some(list) = fetch("GET", "/api/v1/demo/clients", None, None, None).await
        {
            clients.set(list);
        }
        methods.set(offered);
    });
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let demo = move |client_id: String| {
        spawn_local(async move {
            match fetch::<SignedIn>("POST", "/api/v1/session/demo", body(&DemoSignIn { client_id }), None, None).await {
                Some(me) => {
                    ctx.error.set(None);
                    // The screen at the address follows: the start, or the case asked for.
                    ctx.me.set(Some(me));
                }
                None => ctx.error.set(Some(t(ctx, "ui-error"))),
            }
        });
    };
    let staff = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let request = body(&SignIn { username: username.get_untracked(), password: password.get_untracked() });
        spawn_local(async move {
            match fetch::<SignedIn>("POST", "/api/v1/session", request, None, None).await {
                Some(me) => {
                    ctx.error.set(None);
                    // The screen at the address follows: the start, or the case asked for.
                    ctx.me.set(Some(me));
                }
                None => ctx.error.set(Some(t(ctx, "ui-error"))),
            }
        });
    };
    view! {
        <h1>{move || t(ctx, "ui-signin-title")}</h1>
        <p class="lead">{move || t(ctx, "ui-tagline")}</p>
        <Show when=move || methods.get().digid>
            <section class="panel" aria-labelledby="digid-heading">
                <h2 id="digid-heading">{move || t(ctx, "ui-signin-digid-title")}</h2>
                <p>{move || t(ctx, "ui-signin-digid-note")}</p>
                // A page load, not a fetch: the provider's sign-in page takes over the window.
                <a id="sign-in-digid" class="button" href="/api/v1/session/oidc/client">{move || t(ctx, "ui-signin-digid-button")}</a>
            </section>
        </Show>
        <Show when=move || methods.get().demo>
        <section class="panel" aria-labelledby="demo-heading">
            <h2 id="demo-heading">{move || t(ctx, "ui-signin-demo-title")}</h2>
            <p>{move || t(ctx, "ui-signin-demo-note")}</p>
            <ul class="choice-list">
                <For each=move || clients.get() key=|c| c.id.clone() let:client>
                    {
                        let DemoClient { id, name } = client;
                        // What this demo client shows (`ui-demo-shows-<nn>`), when there is a label.
                        let shows = id.strip_prefix("demo-client-").map(|nn| format!("ui-demo-shows-{nn}"));
                        let shows = shows.map(|label| t(ctx, &label)).filter(|text| !text.starts_with("ui-"));
                        view! { <li><button class="button-secondary demo-client" data-client=id.clone() on:click=move |_| demo(id.clone())>
                            <span class="demo-name">{name}</span>
                            {shows.map(|text| view! { <span class="demo-shows">{text}</span> })}
                        </button></li> }
                    }
                </For>
            </ul>
        </section>
        </Show>
        <section class="panel" aria-labelledby="staff-heading">
            <h2 id="staff-heading">{move || t(ctx, "ui-signin-staff-title")}</h2>
            <Show when=move || methods.get().staff_sso>
                <a id="sign-in-sso" class="button" href="/api/v1/session/oidc/staff">{move || t(ctx, "ui-signin-sso-button")}</a>
            </Show>
            <form on:submit=staff>
                <label for="username">{move || t(ctx, "ui-username")}</label>
                <input id="username" name="username" autocomplete="username" prop:value=move || username.get()
                    on:input=move |ev| username.set(event_target_value(&ev))/>
                <label for="password">{move || t(ctx, "ui-password")}</label>
                <input id="password" name="password" type="password" autocomplete="current-password"
                    prop:value=move || password.get() on:input=move |ev| password.set(event_target_value(&ev))/>
                <button id="sign-in" type="submit" class="button">{move || t(ctx, "ui-signin-button")}</button>
            </form>
        </section>
    }
}

#[component]
pub fn Home() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let cases = RwSignal::new(Vec::<CaseSummary>::new());
    let is_staff = move || role(ctx) == "staff";
    spawn_local(async move {
        if role(ctx) == "staff" {
            return;
        }
        if let Some(list) = fetch::<Vec<CaseSummary>>("GET", "/api/v1/cases", None, None, None).await {
            // A client with one case goes straight to it.
            if role(ctx) == "client"
                && let [only] = list.as_slice()
            {
                crate::route::replace(ctx, Screen::Case(only.case_id.clone()));
                return;
            }
            cases.set(list);
        }
    });
    let case_id = RwSignal::new(String::new());
    let bsn = RwSignal::new(String::new());
    let errors: FieldErrors = RwSignal::new(Vec::new());
    let search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // What was typed, read the way people type it: the server reads it the same way and
        // says what was wrong; each error lands beside its field.
        let typed_case = case_id.get_untracked().trim().to_owned();
        let typed_bsn: String = bsn.get_untracked().chars().filter(|c| !matches!(c, ' ' | '.')).collect();
        let reason = ctx.reason.get_untracked();
        let mut problems = Vec::new();
        if typed_case.is_empty() && typed_bsn.is_empty() {
            problems.push(("case-id".to_owned(), t(ctx, "ui-search-nothing")));
        }
        if reason.trim().is_empty() {
            problems.push(("reason".to_owned(), t(ctx, "ui-reason-missing")));
        }
        if !problems.is_empty() {
            errors.set(problems);
            return;
        }
        let (request, field) = if typed_bsn.is_empty() {
            (Search { case_id: Some(typed_case.clone()), bsn: None }, "case-id")
        } else {
            (Search { case_id: None, bsn: Some(typed_bsn) }, "bsn")
        };
        spawn_local(async move {
            let answer = api("POST", "/api/v1/cases/search", body(&request), csrf(ctx), Some(reason)).await;
            let problem = match answer {
                Ok((200, text)) => match serde_json::from_str::<Vec<CaseSummary>>(&text).ok().as_deref() {
                    Some([first, ..]) => {
                        errors.set(Vec::new());
                        bsn.set(String::new());
                        ctx.screen.set(Screen::Case(first.case_id.clone()));
                        return;
                    }
                    Some([]) if field == "bsn" => (field, t(ctx, "ui-search-no-client")),
                    Some([]) => (field, t_with(ctx, "ui-search-no-case", &[("case", &typed_case)])),
                    None => ("case-id", t(ctx, "ui-error")),
                },
                Ok((400, text)) => match error_code(&text).as_deref() {
                    Some("case_id_malformed") => ("case-id", t(ctx, "ui-search-case-malformed")),
                    Some("bsn") => ("bsn", t(ctx, "ui-search-bsn-digits")),
                    Some("bsn_elfproef") => ("bsn", t(ctx, "ui-search-bsn-elfproef")),
                    Some(code) if code.starts_with("reason") => ("reason", t(ctx, "ui-reason-too-short")),
                    _ => ("case-id", t(ctx, "ui-error")),
                },
                Ok((429, _)) => ("case-id", t(ctx, "ui-search-too-many")),
                _ => ("case-id", t(ctx, "ui-error")),
            };
            errors.set(vec![(problem.0.to_owned(), problem.1)]);
        });
    };
    view! {
        <Show when=is_staff fallback=move || view! {
            <h1>{move || if role(ctx) == "supporter" { t(ctx, "ui-supporter-cases") } else { t(ctx, "ui-my-cases") }}</h1>
            <Show when=move || !cases.get().is_empty() fallback=move || view! {
                <p>{move || t(ctx, "ui-no-cases")}</p>
                {move || (role(ctx) == "supporter").then(|| view! {
                    <div class="what-next" id="no-cases-guidance">
                        <h2>{move || t(ctx, "ui-what-next")}</h2>
                        <p>{move || t(ctx, "ui-no-cases-supporter")}</p>
                    </div>
                })}
            }>
                <ul class="choice-list">
                    <For each=move || cases.get() key=|c| c.case_id.clone() let:case>
                        {
                            let CaseSummary { case_id: id, client } = case;
                            let label = id.clone();
                            view! { <li><button class="button-secondary open-case" on:click=move |_| ctx.screen.set(Screen::Case(id.clone()))>
                                {move || t_with(ctx, "ui-open-case", &[("case", &label)])} " — " {client.clone()}</button></li> }
                        }
                    </For>
                </ul>
            </Show>
        }>
            <h1>{move || t(ctx, "ui-search-title")}</h1>
            <crate::workbench_link::WorkbenchLink/>
            <ErrorSummary errors=errors id="search-errors"/>
            <form on:submit=search class="panel" novalidate=true>
                <label for="case-id">{move || t(ctx, "ui-search-case-id")}</label>
                {field_error(errors, "case-id")}
                <input id="case-id" autocomplete="off" aria-describedby=described_by(errors, "case-id", None)
                    aria-invalid=move || error_of(errors, "case-id").map(|_| "true")
                    prop:value=move || case_id.get() on:input=move |ev| case_id.set(event_target_value(&ev))/>
                <label for="bsn">{move || t(ctx, "ui-search-bsn")}</label>
                {field_error(errors, "bsn")}
                <input id="bsn" inputmode="numeric" autocomplete="off" aria-describedby=described_by(errors, "bsn", None)
                    aria-invalid=move || error_of(errors, "bsn").map(|_| "true")
                    prop:value=move || bsn.get() on:input=move |ev| bsn.set(event_target_value(&ev))/>
                <label for="reason">{move || t(ctx, "ui-reason-label")}</label>
                <p class="hint" id="reason-hint">{move || t(ctx, "ui-reason-hint")}</p>
                {field_error(errors, "reason")}
                <input id="reason" aria-describedby=described_by(errors, "reason", Some("reason-hint")) required=true maxlength="200"
                    aria-invalid=move || error_of(errors, "reason").map(|_| "true")
                    prop:value=move || ctx.reason.get()
                    on:input=move |ev| ctx.reason.set(event_target_value(&ev))/>
                <button id="search" type="submit" class="button">{move || t(ctx, "ui-search-button")}</button>
            </form>
        </Show>
    }
}
