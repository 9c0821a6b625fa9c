//! The client's consent for supporters, and the log of who viewed the case.

use helder_api::{Access, Grant, Supporter};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::{Ctx, api, body, csrf, fetch, t};

/// The client's consent for supporters, and who viewed the case.
#[component]
pub fn Consent(case_id: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let consents = RwSignal::new(Vec::<helder_api::Consent>::new());
    let log = RwSignal::new(Vec::<Access>::new());
    let supporters = RwSignal::new(Vec::<Supporter>::new());
    let chosen = RwSignal::new(String::new());
    let until = RwSignal::new(String::new());
    let refresh = {
        let case_id = case_id.clone();
        Callback::new(move |()| {
            let case_id = case_id.clone();
            spawn_local(async move {
                if let Some(list) = fetch("GET", &format!("/api/v1/cases/{case_id}/consents"), None, None, None).await {
                    consents.set(list);
                }
                if let Some(list) = fetch("GET", &format!("/api/v1/cases/{case_id}/access-log"), None, None, None).await
                {
                    log.set(list);
                }
            });
        })
    };
    refresh.run(());
    spawn_local(async move {
        if let Some(list) = fetch::<Vec<Supporter>>("GET", "/api/v1/supporters", None, None, None).await {
            if let Some(first) = list.first() {
                chosen.set(first.id.clone());
            }
            supporters.set(list);
        }
    });
    let grant = {
        let case_id = case_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let case_id = case_id.clone();
            let request = body(&Grant { supporter: chosen.get_untracked(), valid_until: until.get_untracked() });
            spawn_local(async move {
                match api("POST", &format!("/api/v1/cases/{case_id}/consents"), request, csrf(ctx), None).await {
                    Ok((201, _)) => {
                        ctx.error.set(None);
                        refresh.run(());
                    }
                    _ => ctx.error.set(Some(t(ctx, "ui-error"))),
                }
            });
        }
    };
    let revoke = Callback::new(move |consent_id: String| {
        let case_id = case_id.clone();
        spawn_local(async move {
            let _ =
                api("DELETE", &format!("/api/v1/cases/{case_id}/consents/{consent_id}"), None, csrf(ctx), None).await;
            refresh.run(());
        });
    });
    view! {
        <section class="panel" aria-labelledby="consent-heading" id="consent">
            <h2 id="consent-heading">{move || t(ctx, "ui-consent-title")}</h2>
            <p>{move || t(ctx, "ui-consent-intro")}</p>
            <form on:submit=grant>
                <label for="supporter">{move || t(ctx, "ui-consent-supporter")}</label>
                <select id="supporter" on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <For each=move || supporters.get() key=|s| s.id.clone() let:s>
                        <option value=s.id>{s.name}</option>
                    </For>
                </select>
                <label for="valid-until">{move || t(ctx, "ui-consent-until")}</label>
                <input id="valid-until" type="date" required=true prop:value=move || until.get() on:input=move |ev| until.set(event_target_value(&ev))/>
                <button id="grant" type="submit" class="button">{move || t(ctx, "ui-consent-grant")}</button>
            </form>
            <Show when=move || !consents.get().is_empty() fallback=move || view! { <p>{move || t(ctx, "ui-consent-none")}</p> }>
                <ul class="summary-list" id="consents">
                    <For each=move || consents.get() key=|c| (c.id.clone(), c.revoked_at.clone()) let:c>
                        {
                            let id = c.id.clone();
                            // The server says whether it still holds: an expired consent is over too.
                            let active = c.active;
                            view! { <li>
                                {c.supporter_name} " — "
                                {c.valid_until.chars().take(10).collect::<String>()}
                                {if active {
                                    view! { " " <button class="button-secondary revoke" on:click=move |_| revoke.run(id.clone())>{move || t(ctx, "ui-consent-revoke")}</button> }.into_any()
                                } else {
                                    view! { " (" {move || t(ctx, "ui-consent-ended")} ")" }.into_any()
                                }}
                            </li> }
                        }
                    </For>
                </ul>
            </Show>
        </section>
        <section class="panel" aria-labelledby="access-heading" id="access-log">
            <h2 id="access-heading">{move || t(ctx, "ui-access-title")}</h2>
            <Show when=move || !log.get().is_empty() fallback=move || view! { <p>{move || t(ctx, "ui-access-none")}</p> }>
                <ul class="summary-list">
                    <For each=move || log.get() key=|e| (e.at.clone(), e.actor.clone()) let:e>
                        <li>{e.at.replace('T', " ").chars().take(16).collect::<String>()} " — "
                            {e.actor} " — " {e.reason.unwrap_or_default()}</li>
                    </For>
                </ul>
            </Show>
        </section>
    }
}
