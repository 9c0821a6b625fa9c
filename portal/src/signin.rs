//! Signing in (DigiD and single sign-on when the server offers them, demo clients only on a
//! `--demo` server, staff and supporters with a password) and the list of cases one may open.

use helder_api::{CaseSummary, DemoClient, DemoSignIn, Search, SignIn, SignInMethods, SignedIn};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::{Ctx, Screen, body, csrf, fetch, role, t, t_with};

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
                        view! { <li><button class="button-secondary demo-client" data-client=id.clone() on:click=move |_| demo(id.clone())>{name}</button></li> }
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
    let search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let request = if bsn.get_untracked().trim().is_empty() {
            Search { case_id: Some(case_id.get_untracked().trim().to_owned()), bsn: None }
        } else {
            Search { case_id: None, bsn: Some(bsn.get_untracked().trim().to_owned()) }
        };
        spawn_local(async move {
            let found = fetch::<Vec<CaseSummary>>(
                "POST",
                "/api/v1/cases/search",
                body(&request),
                csrf(ctx),
                Some(ctx.reason.get_untracked()),
            )
            .await;
            match found.as_deref() {
                Some([first, ..]) if !ctx.reason.get_untracked().trim().is_empty() => {
                    ctx.error.set(None);
                    bsn.set(String::new());
                    ctx.screen.set(Screen::Case(first.case_id.clone()));
                }
                _ => ctx.error.set(Some(t(ctx, "ui-error"))),
            }
        });
    };
    view! {
        <Show when=is_staff fallback=move || view! {
            <h1>{move || if role(ctx) == "supporter" { t(ctx, "ui-supporter-cases") } else { t(ctx, "ui-my-cases") }}</h1>
            <Show when=move || !cases.get().is_empty() fallback=move || view! { <p>{move || t(ctx, "ui-no-cases")}</p> }>
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
            <form on:submit=search class="panel">
                <label for="case-id">{move || t(ctx, "ui-search-case-id")}</label>
                <input id="case-id" prop:value=move || case_id.get() on:input=move |ev| case_id.set(event_target_value(&ev))/>
                <label for="bsn">{move || t(ctx, "ui-search-bsn")}</label>
                <input id="bsn" inputmode="numeric" autocomplete="off" prop:value=move || bsn.get() on:input=move |ev| bsn.set(event_target_value(&ev))/>
                <label for="reason">{move || t(ctx, "ui-reason-label")}</label>
                <p class="hint" id="reason-hint">{move || t(ctx, "ui-reason-hint")}</p>
                <input id="reason" aria-describedby="reason-hint" required=true maxlength="200" prop:value=move || ctx.reason.get()
                    on:input=move |ev| ctx.reason.set(event_target_value(&ev))/>
                <button id="search" type="submit" class="button">{move || t(ctx, "ui-search-button")}</button>
            </form>
        </Show>
    }
}
