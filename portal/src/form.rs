//! Form errors the NL Design System way: each error beside its field (the field marked
//! `aria-invalid` and described by it), and an error summary above the form that names every
//! error as a link to its field and takes the focus, so a person on a phone sees at once what to
//! mend and where. Also the browser's local dates and times for the forms and logs.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::{Ctx, t};

/// The errors of one form: (field id, message), in the order of the fields.
pub type FieldErrors = RwSignal<Vec<(String, String)>>;

/// The message beside a field, if it has one.
pub fn error_of(errors: FieldErrors, field: &str) -> Option<String> {
    errors.with(|list| list.iter().find(|(id, _)| id == field).map(|(_, message)| message.clone()))
}

/// The error beside a field: `<p id="{field}-error">`, which the field names in
/// `aria-describedby`.
pub fn field_error(errors: FieldErrors, field: &'static str) -> impl IntoView {
    move || {
        error_of(errors, field).map(|message| {
            view! { <p class="field-error" id=format!("{field}-error")><span class="visually-hidden">{t(expect_context::<Ctx>(), "ui-error-prefix")} </span>{message}</p> }
        })
    }
}

/// `aria-describedby` of a field: its hint and, when it has one, its error.
pub fn described_by(errors: FieldErrors, field: &'static str, hint: Option<&'static str>) -> impl Fn() -> String {
    move || {
        let error = error_of(errors, field).map(|_| format!("{field}-error"));
        hint.map(str::to_owned).into_iter().chain(error).collect::<Vec<_>>().join(" ")
    }
}

/// The summary above a form: every error as a link that moves the focus to its field.
#[component]
pub fn ErrorSummary(errors: FieldErrors, id: &'static str) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // A new set of errors takes the focus, so it is read out and seen first.
    Effect::new(move |_| {
        if !errors.with(Vec::is_empty) {
            focus(id);
        }
    });
    view! {
        <Show when=move || !errors.with(Vec::is_empty)>
            <div class="error-summary" id=id tabindex="-1" role="alert" aria-labelledby=format!("{id}-title")>
                <h2 id=format!("{id}-title") class="error-summary-title">{move || t(ctx, "ui-error-summary-title")}</h2>
                <ul class="error-summary-list">
                    {move || errors.get().into_iter().map(|(field, message)| {
                        let target = field.clone();
                        view! { <li><a href=format!("#{field}") on:click=move |ev| { ev.prevent_default(); focus(&target); }>{message}</a></li> }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}

/// Moves the focus to an element by id (after the next render, so the element exists).
pub fn focus(id: &str) {
    let id = id.to_owned();
    request_animation_frame(move || {
        if let Some(element) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id))
            && let Ok(element) = element.dyn_into::<web_sys::HtmlElement>()
        {
            let _ = element.focus();
        }
    });
}

/// The error code of an API error body (`helder_api::Error`), if it is one.
pub fn error_code(body: &str) -> Option<String> {
    serde_json::from_str::<helder_api::Error>(body).ok().map(|error| error.error)
}

/// A date `days` from today, in the browser's own time zone, as `YYYY-MM-DD`.
pub fn local_date_in(days: u32) -> String {
    let date = js_sys::Date::new_0();
    date.set_date(date.get_date() + days);
    format!("{:04}-{:02}-{:02}", date.get_full_year(), date.get_month() + 1, date.get_date())
}

/// A stored moment (RFC 3339, UTC) as Dutch local time (Europe/Amsterdam, where UWV's clients
/// live) in words: "27 november 2026 om 14:03" ("27 November 2026 at 14:03").
pub fn local_time(lang: &str, at: &str) -> String {
    let options = js_sys::Object::new();
    for (key, value) in [("timeZone", "Europe/Amsterdam"), ("dateStyle", "long"), ("timeStyle", "short")] {
        let _ = js_sys::Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    let locale = if lang == "en" { "en-GB" } else { "nl-NL" };
    String::from(js_sys::Date::new(&JsValue::from_str(at)).to_locale_string(locale, &options))
}
