//! The client's consent for supporters, and the log of who viewed the case.

use helder_api::{Access, Grant, Supporter};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::form::{ErrorSummary, FieldErrors, described_by, error_code, field_error, local_date_in, local_time};
use crate::later::{say_unavailable, unavailable_line};
use crate::{Ctx, api, body, csrf, fetch, t, t_with};

/// The longest consent, in days (the server refuses longer ones).
const CONSENT_MAX_DAYS: u32 = 90;

/// The client's consent for supporters, and who viewed the case.
#[component]
pub fn Consent(case_id: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let consents = RwSignal::new(Vec::<helder_api::Consent>::new());
    let log = RwSignal::new(Vec::<Access>::new());
    let supporters = RwSignal::new(Vec::<Supporter>::new());
    let chosen = RwSignal::new(String::new());
    let until = RwSignal::new(String::new());
    // The confirmation after a consent was given (until the next try).
    let granted = RwSignal::new(false);
    // Whether each list was read (`None` until it answers). Until then it says "loading", and a
    // read that failed says so in its place and as the page's error: neither is said as empty
    // ("nobody else has viewed your case" would be a claim Helder cannot make).
    let (consents_read, log_read) = (RwSignal::new(None::<bool>), RwSignal::new(None::<bool>));
    let supporters_lost = RwSignal::new(false);
    let refresh = {
        let case_id = case_id.clone();
        Callback::new(move |()| {
            let case_id = case_id.clone();
            spawn_local(async move {
                read_list(ctx, &format!("/api/v1/cases/{case_id}/consents"), consents, consents_read).await;
                read_list(ctx, &format!("/api/v1/cases/{case_id}/access-log"), log, log_read).await;
            });
        })
    };
    refresh.run(());
    spawn_local(async move {
        match fetch::<Vec<Supporter>>("GET", "/api/v1/supporters", None, None, None).await {
            Some(list) => {
                if let Some(first) = list.first() {
                    chosen.set(first.id.clone());
                }
                supporters.set(list);
            }
            None => {
                supporters_lost.set(true);
                say_unavailable(ctx);
            }
        }
    });
    // What stands in an empty list's place: loading, the list's own "none", or the lost line.
    let empty = move |read: RwSignal<Option<bool>>, none: &'static str| {
        move || match read.get() {
            None => view! { <p role="status">{move || t(ctx, "ui-loading")}</p> }.into_any(),
            Some(true) => view! { <p>{move || t(ctx, none)}</p> }.into_any(),
            Some(false) => unavailable_line(ctx),
        }
    };
    let errors: FieldErrors = RwSignal::new(Vec::new());
    let grant = {
        let case_id = case_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let case_id = case_id.clone();
            // The date limits, said beside the field before anything is sent (the server checks
            // them again and its answer lands beside the same field).
            let chosen_date = until.get_untracked();
            let (first, last) = (local_date_in(1), local_date_in(CONSENT_MAX_DAYS));
            let problem = if chosen_date.is_empty() {
                Some(t(ctx, "ui-consent-until-missing"))
            } else if chosen_date < first || chosen_date > last {
                Some(until_limits(ctx, &first, &last))
            } else {
                None
            };
            if let Some(message) = problem {
                errors.set(vec![("valid-until".into(), message)]);
                return;
            }
            let request = body(&Grant { supporter: chosen.get_untracked(), valid_until: chosen_date });
            spawn_local(async move {
                match api("POST", &format!("/api/v1/cases/{case_id}/consents"), request, csrf(ctx), None).await {
                    Ok((201, _)) => {
                        errors.set(Vec::new());
                        granted.set(true);
                        refresh.run(());
                    }
                    Ok((400, text)) if error_code(&text).as_deref() == Some("valid_until") => {
                        errors.set(vec![("valid-until".into(), until_limits(ctx, &first, &last))]);
                    }
                    Ok((400, text)) if error_code(&text).as_deref() == Some("supporter") => {
                        errors.set(vec![("supporter".into(), t(ctx, "ui-consent-supporter-missing"))]);
                    }
                    _ => errors.set(vec![("grant".into(), t(ctx, "ui-error"))]),
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
            <ErrorSummary errors=errors id="consent-errors"/>
            <Show when=move || granted.get()>
                <div class="confirmation" role="status" id="consent-confirmation">
                    <p class="confirmation-title">{move || t(ctx, "ui-consent-confirmed")}</p>
                    <p>{move || t(ctx, "ui-consent-next")}</p>
                </div>
            </Show>
            {move || supporters_lost.get().then(|| unavailable_line(ctx))}
            <form on:submit=grant novalidate=true>
                <label for="supporter">{move || t(ctx, "ui-consent-supporter")}</label>
                {field_error(errors, "supporter")}
                <select id="supporter" aria-describedby=described_by(errors, "supporter", None)
                    aria-invalid=move || crate::form::error_of(errors, "supporter").map(|_| "true")
                    on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <For each=move || supporters.get() key=|s| s.id.clone() let:s>
                        <option value=s.id>{s.name}</option>
                    </For>
                </select>
                <label for="valid-until">{move || t(ctx, "ui-consent-until")}</label>
                <p class="hint" id="valid-until-hint">{move || until_limits(ctx, &local_date_in(1), &local_date_in(CONSENT_MAX_DAYS))}</p>
                {field_error(errors, "valid-until")}
                <input id="valid-until" type="date" required=true min=move || local_date_in(1) max=move || local_date_in(CONSENT_MAX_DAYS)
                    aria-describedby=described_by(errors, "valid-until", Some("valid-until-hint"))
                    aria-invalid=move || crate::form::error_of(errors, "valid-until").map(|_| "true")
                    prop:value=move || until.get() on:input=move |ev| { granted.set(false); until.set(event_target_value(&ev)) }/>
                <button id="grant" type="submit" class="button">{move || t(ctx, "ui-consent-grant")}</button>
            </form>
            <Show when=move || !consents.get().is_empty() fallback=empty(consents_read, "ui-consent-none")>
                <ul class="summary-list" id="consents">
                    <For each=move || consents.get() key=|c| (c.id.clone(), c.revoked_at.clone()) let:c>
                        {
                            let id = c.id.clone();
                            // The server says whether it still holds: an expired consent is over too.
                            let active = c.active;
                            view! { <li>
                                {c.supporter_name} " — "
                                {move || t_with(ctx, "ui-consent-valid-until", &[("date", &helder_explain::date(&ctx.lang.get(), &c.valid_until.chars().take(10).collect::<String>()))])}
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
            <Show when=move || !log.get().is_empty() fallback=empty(log_read, "ui-access-none")>
                <ul class="summary-list">
                    <For each=move || log.get() key=|e| (e.at.clone(), e.actor.clone()) let:e>
                        <li>{move || access_line(ctx, &e)}</li>
                    </For>
                </ul>
            </Show>
        </section>
    }
}

/// Reads the list at `path` into `list`, and into `read` whether it could (a failed read is also
/// the page's error).
async fn read_list<T: serde::de::DeserializeOwned + Send + Sync + 'static>(
    ctx: Ctx,
    path: &str,
    list: RwSignal<Vec<T>>,
    read: RwSignal<Option<bool>>,
) {
    let answer = fetch("GET", path, None, None, None).await;
    let found = answer.is_some();
    match answer {
        Some(items) => list.set(items),
        None => say_unavailable(ctx),
    }
    read.set(Some(found));
}

/// "Kies een datum van … tot en met …": the consent date's limits in words.
fn until_limits(ctx: Ctx, first: &str, last: &str) -> String {
    let lang = ctx.lang.get_untracked();
    t_with(
        ctx,
        "ui-consent-until-limits",
        &[("first", &helder_explain::date(&lang, first)), ("last", &helder_explain::date(&lang, last))],
    )
}

/// One line of the access log in words and Dutch local time: when, who, what they did, and why
/// (a supporter looks with the client's consent; staff state a reason).
fn access_line(ctx: Ctx, entry: &Access) -> String {
    let lang = ctx.lang.get();
    let when = local_time(&lang, &entry.at);
    let did = match entry.kind.as_str() {
        "search" => t_with(ctx, "ui-access-searched", &[("actor", &entry.actor)]),
        _ => t_with(ctx, "ui-access-viewed", &[("actor", &entry.actor)]),
    };
    let why = match (entry.role.as_str(), entry.reason.as_deref()) {
        ("supporter", _) => t(ctx, "ui-access-with-consent"),
        (_, Some(reason)) => t_with(ctx, "ui-access-reason", &[("reason", reason)]),
        _ => String::new(),
    };
    format!("{when}: {did}. {why}").trim_end().to_owned()
}
