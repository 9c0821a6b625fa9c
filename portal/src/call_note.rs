//! For staff: the call notes of a case and a form to write one. The server records the date,
//! the staff member and the reason stated for the case; the form asks the next step and its
//! deadline (optional). Errors stand beside their field, with a summary above the form.

use helder_api::{CallNote, NewCallNote};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::form::{
    ErrorSummary, FieldErrors, described_by, error_code, error_of, field_error, local_date_in, local_time,
};
use crate::{Ctx, api, body, csrf, fetch, t, t_with};

/// How far ahead a deadline may lie (the server refuses later ones).
const DEADLINE_MAX_DAYS: u32 = 366;

#[component]
pub fn CallNotes(case_id: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let notes = RwSignal::new(Vec::<CallNote>::new());
    let next_step = RwSignal::new(String::new());
    let deadline = RwSignal::new(String::new());
    let errors: FieldErrors = RwSignal::new(Vec::new());
    let saved = RwSignal::new(false);
    let path = format!("/api/v1/cases/{case_id}/call-notes");
    let refresh = {
        let path = path.clone();
        Callback::new(move |()| {
            let path = path.clone();
            spawn_local(async move {
                if let Some(list) = fetch("GET", &path, None, None, Some(ctx.reason.get_untracked())).await {
                    notes.set(list);
                }
            });
        })
    };
    refresh.run(());
    let write = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (step, due) = (next_step.get_untracked().trim().to_owned(), deadline.get_untracked());
        let (first, last) = (local_date_in(0), local_date_in(DEADLINE_MAX_DAYS));
        let mut problems = Vec::new();
        if step.is_empty() {
            problems.push(("next-step".to_owned(), t(ctx, "ui-note-next-step-missing")));
        }
        if !due.is_empty() && (due < first || due > last) {
            problems.push(("deadline".to_owned(), deadline_limits(ctx, &first, &last)));
        }
        if !problems.is_empty() {
            errors.set(problems);
            return;
        }
        let request = body(&NewCallNote { next_step: step, deadline: (!due.is_empty()).then_some(due) });
        let path = path.clone();
        spawn_local(async move {
            match api("POST", &path, request, csrf(ctx), Some(ctx.reason.get_untracked())).await {
                Ok((201, _)) => {
                    errors.set(Vec::new());
                    next_step.set(String::new());
                    deadline.set(String::new());
                    saved.set(true);
                    refresh.run(());
                }
                Ok((400, text)) => match error_code(&text).as_deref() {
                    Some("deadline") => errors.set(vec![("deadline".into(), deadline_limits(ctx, &first, &last))]),
                    Some("next_step") => errors.set(vec![("next-step".into(), t(ctx, "ui-note-next-step-missing"))]),
                    _ => errors.set(vec![("next-step".into(), t(ctx, "ui-error"))]),
                },
                _ => errors.set(vec![("next-step".into(), t(ctx, "ui-error"))]),
            }
        });
    };
    view! {
        <section class="panel call-notes" aria-labelledby="call-notes-heading" id="call-notes">
            <h2 id="call-notes-heading">{move || t(ctx, "ui-note-title")}</h2>
            <ErrorSummary errors=errors id="call-note-errors"/>
            <Show when=move || saved.get()>
                <div class="confirmation" role="status" id="call-note-saved">
                    <p class="confirmation-title">{move || t(ctx, "ui-note-saved")}</p>
                </div>
            </Show>
            <p class="hint">{move || t(ctx, "ui-note-intro")}</p>
            <form on:submit=write novalidate=true>
                <label for="next-step">{move || t(ctx, "ui-note-next-step")}</label>
                {field_error(errors, "next-step")}
                <textarea id="next-step" rows="3" maxlength="500" aria-describedby=described_by(errors, "next-step", None)
                    aria-invalid=move || error_of(errors, "next-step").map(|_| "true")
                    prop:value=move || next_step.get()
                    on:input=move |ev| { saved.set(false); next_step.set(event_target_value(&ev)) }></textarea>
                <label for="deadline">{move || t(ctx, "ui-note-deadline")}</label>
                <p class="hint" id="deadline-hint">{move || t(ctx, "ui-note-deadline-hint")}</p>
                {field_error(errors, "deadline")}
                <input id="deadline" type="date" min=move || local_date_in(0) max=move || local_date_in(DEADLINE_MAX_DAYS)
                    aria-describedby=described_by(errors, "deadline", Some("deadline-hint"))
                    aria-invalid=move || error_of(errors, "deadline").map(|_| "true")
                    prop:value=move || deadline.get() on:input=move |ev| deadline.set(event_target_value(&ev))/>
                <button id="write-note" type="submit" class="button">{move || t(ctx, "ui-note-write")}</button>
            </form>
            <Show when=move || !notes.get().is_empty() fallback=move || view! { <p>{move || t(ctx, "ui-note-none")}</p> }>
                <ul class="note-list" id="notes">
                    <For each=move || notes.get() key=|n| n.id.clone() let:note>
                        <li class="note">{move || note_text(ctx, &note)}</li>
                    </For>
                </ul>
            </Show>
        </section>
    }
}

/// A note in words: when (Dutch local time), who, why, the next step and by when.
fn note_text(ctx: Ctx, note: &CallNote) -> String {
    let lang = ctx.lang.get();
    let deadline = note
        .deadline
        .as_deref()
        .map(|d| t_with(ctx, "ui-note-due", &[("date", &helder_explain::date(&lang, d))]))
        .unwrap_or_else(|| t(ctx, "ui-note-no-deadline"));
    t_with(
        ctx,
        "ui-note-line",
        &[
            ("when", &local_time(&lang, &note.at)),
            ("staff", &note.staff),
            ("reason", &note.reason),
            ("step", &note.next_step),
            ("deadline", &deadline),
        ],
    )
}

fn deadline_limits(ctx: Ctx, first: &str, last: &str) -> String {
    let lang = ctx.lang.get_untracked();
    t_with(
        ctx,
        "ui-note-deadline-limits",
        &[("first", &helder_explain::date(&lang, first)), ("last", &helder_explain::date(&lang, last))],
    )
}
