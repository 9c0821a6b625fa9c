//! "Wat is er veranderd?" (issue 17): for a case with more than one stored version, each change,
//! newest first, with its date and the server's sentences (Helder's calculation of the
//! difference, worded by helder-explain); staff also see the changed trace lines. The portal only
//! shows: the difference and its words come from `GET /api/v1/cases/{case_id}/changes`.

use helder_api::CaseChange;
use helder_api::change::Difference;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;

use crate::{Ctx, fetch, role, t, t_with};

#[component]
pub fn WhatChanged(case_id: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let changes = RwSignal::new(Vec::<CaseChange>::new());
    Effect::new(move |_| {
        let path = format!("/api/v1/cases/{case_id}/changes?lang={}", ctx.lang.get());
        spawn_local(async move {
            let reason = (role(ctx) == "staff").then(|| ctx.reason.get_untracked());
            if let Some(list) = fetch::<Vec<CaseChange>>("GET", &path, None, None, reason).await {
                changes.set(list);
            }
        });
    });
    let staff = role(ctx) == "staff";
    view! {
        <Show when=move || changes.with(|c| c.len() > 1)>
            <section class="panel what-changed" id="wat-is-er-veranderd" aria-labelledby="what-changed-heading">
                <h2 id="what-changed-heading">{move || t(ctx, "ui-changes-title")}</h2>
                <p class="hint">{move || t(ctx, "ui-changes-intro")}</p>
                <ol class="change-list">
                    {move || changes.get().into_iter().filter(|c| c.difference.is_some()).map(|change| {
                        let date = t_with(ctx, "ui-changes-date", &[("date", &local_date(&ctx.lang.get(), &change.created_at))]);
                        let sentences = change.sentences.iter().map(|s| s.text.clone()).collect::<Vec<_>>();
                        let lines = if staff { change.difference.as_ref().map(|d| line_texts(ctx, d)).unwrap_or_default() } else { Vec::new() };
                        view! {
                            <li class="change" data-version=change.version>
                                <h3>{date}</h3>
                                {if sentences.is_empty() {
                                    view! { <p>{t(ctx, "ui-changes-no-money")}</p> }.into_any()
                                } else {
                                    view! { <ul class="summary-list">{sentences.into_iter().map(|s| view! { <li class="change-sentence">{s}</li> }).collect_view()}</ul> }.into_any()
                                }}
                                {(!lines.is_empty()).then(|| view! {
                                    <details class="change-lines">
                                        <summary>{t(ctx, "ui-changes-lines")}</summary>
                                        <ul>{lines.into_iter().map(|l| view! { <li><code>{l}</code></li> }).collect_view()}</ul>
                                    </details>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </section>
        </Show>
    }
}

/// A changed trace line for staff: its id, rule and value before and after.
fn line_texts(ctx: Ctx, difference: &Difference) -> Vec<String> {
    let none = t(ctx, "ui-changes-none");
    difference
        .lines
        .iter()
        .map(|line| {
            let id = line.id_new.as_deref().or(line.id_old.as_deref()).unwrap_or_default();
            t_with(
                ctx,
                "ui-changes-line",
                &[
                    ("id", id),
                    ("rule", &line.rule),
                    ("old", line.value_old.as_deref().unwrap_or(&none)),
                    ("new", line.value_new.as_deref().unwrap_or(&none)),
                ],
            )
        })
        .collect()
}

/// The day a version was stored, in the Netherlands (a change at 00:30 Dutch time is that day).
fn local_date(lang: &str, at: &str) -> String {
    let options = js_sys::Object::new();
    for (key, value) in [("timeZone", "Europe/Amsterdam"), ("dateStyle", "long")] {
        let _ = js_sys::Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    let locale = if lang == "en" { "en-GB" } else { "nl-NL" };
    String::from(js_sys::Date::new(&JsValue::from_str(at)).to_locale_date_string(locale, &options))
}
