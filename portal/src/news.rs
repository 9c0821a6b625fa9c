//! News in the case (issue 17) for its client and a supporter with consent: what is new since
//! the last visit, newest first, each item unread until opened (per person, kept by the server).
//! A heading and a list; the unread mark is a word, not only a colour. Opening an item marks it
//! read and goes to what it is about ("Wat is er veranderd?" for a new version). Also, for the
//! client, the e-mail form: an address and whether to be told of news (the mail says only that
//! there is news).

use helder_api::{EmailSettings, NewsItem};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::form::{ErrorSummary, FieldErrors, described_by, error_code, error_of, field_error, local_time};
use crate::later::{say_unavailable, unavailable_line};
use crate::{Ctx, api, body, csrf, fetch, t, t_with};

#[component]
pub fn News(case_id: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let items = RwSignal::new(Vec::<NewsItem>::new());
    // Until the news are read, "loading" (not "no news"); a read that fails says so, in the
    // news' place and as the page's error, rather than that there are none.
    let read = RwSignal::new(None::<bool>);
    let path = format!("/api/v1/cases/{case_id}/news");
    spawn_local(async move {
        let list = fetch("GET", &path, None, None, None).await;
        if list.is_none() {
            say_unavailable(ctx);
        }
        let found = list.is_some();
        items.set(list.unwrap_or_default());
        read.set(Some(found));
    });
    let none = move || match read.get() {
        None => view! { <p role="status">{move || t(ctx, "ui-loading")}</p> }.into_any(),
        Some(true) => view! { <p>{move || t(ctx, "ui-news-none")}</p> }.into_any(),
        Some(false) => unavailable_line(ctx),
    };
    view! {
        <section class="panel news" aria-labelledby="news-heading" id="news">
            <h2 id="news-heading">{move || t(ctx, "ui-news-title")}</h2>
            <Show when=move || !items.with(Vec::is_empty) fallback=none>
                <ul class="news-list">
                    <For each=move || items.get() key=|item| (item.id.clone(), item.read) let:item>
                        <NewsLine item=item items=items/>
                    </For>
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn NewsLine(item: NewsItem, items: RwSignal<Vec<NewsItem>>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let (id, link, unread) = (item.id.clone(), item.link.clone(), !item.read);
    let open = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let (id, link) = (id.clone(), link.clone());
        // The item is on this case's screen: go to its part of the page, if it has one.
        if let Some((_, anchor)) = link.split_once('#')
            && let Some(target) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(anchor))
        {
            target.scroll_into_view();
            if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
                let _ = target.focus();
            }
        }
        if !unread {
            return;
        }
        spawn_local(async move {
            let case_id = items.with_untracked(|list| list.iter().find(|i| i.id == id).map(|i| i.case_id.clone()));
            let Some(case_id) = case_id else { return };
            let path = format!("/api/v1/cases/{case_id}/news/{id}/read");
            if let Ok((204, _)) = api("POST", &path, None, csrf(ctx), None).await {
                items.update(|list| list.iter_mut().filter(|i| i.id == id).for_each(|i| i.read = true));
            }
        });
    };
    let href = item.link.clone();
    let text = move || news_text(ctx, &item);
    view! {
        <li class=if unread { "news-item unread" } else { "news-item" }>
            {unread.then(|| view! { <strong class="news-unread">{move || t(ctx, "ui-news-unread")}</strong> " " })}
            <a href=href on:click=open>{text}</a>
        </li>
    }
}

/// An item in words, with when it came (Dutch local time).
fn news_text(ctx: Ctx, item: &NewsItem) -> String {
    let lang = ctx.lang.get();
    let what = match item.kind.as_str() {
        "version" => t(ctx, "ui-news-version"),
        "step" => t(ctx, "ui-news-step"),
        "decision" => t(ctx, "ui-news-decision"),
        "letter" => t(ctx, "ui-news-letter"),
        "deadline" => t_with(ctx, "ui-news-deadline", &[("date", &helder_explain::date(&lang, &item.detail))]),
        "campaign" => t(ctx, "ui-news-campaign"),
        _ => t(ctx, "ui-news-other"),
    };
    t_with(ctx, "ui-news-line", &[("what", &what), ("when", &local_time(&lang, &item.created_at))])
}

/// The client's e-mail settings: an address and whether to be told of news.
#[component]
pub fn EmailForm() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let address = RwSignal::new(String::new());
    let notify = RwSignal::new(false);
    let errors: FieldErrors = RwSignal::new(Vec::new());
    let saved = RwSignal::new(false);
    // The form comes once the settings are read: an empty form saved before (or without) them
    // would overwrite the client's address and choice. A failed read is said in its place.
    let read = RwSignal::new(None::<bool>);
    spawn_local(async move {
        let settings = fetch::<EmailSettings>("GET", "/api/v1/email", None, None, None).await;
        if let Some(settings) = &settings {
            address.set(settings.address.clone().unwrap_or_default());
            notify.set(settings.notify);
        } else {
            say_unavailable(ctx);
        }
        read.set(Some(settings.is_some()));
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = address.get_untracked().trim().to_owned();
        let wanted = notify.get_untracked();
        if wanted && typed.is_empty() {
            errors.set(vec![("email-address".into(), t(ctx, "ui-email-address-missing"))]);
            return;
        }
        if !typed.is_empty() && !typed.contains('@') {
            errors.set(vec![("email-address".into(), t(ctx, "ui-email-address-wrong"))]);
            return;
        }
        let request = body(&EmailSettings { address: (!typed.is_empty()).then_some(typed), notify: wanted });
        spawn_local(async move {
            match api("PUT", "/api/v1/email", request, csrf(ctx), None).await {
                Ok((200, _)) => {
                    errors.set(Vec::new());
                    saved.set(true);
                }
                Ok((400, text)) if error_code(&text).as_deref() == Some("address") => {
                    let id = if address.get_untracked().trim().is_empty() {
                        "ui-email-address-missing"
                    } else {
                        "ui-email-address-wrong"
                    };
                    errors.set(vec![("email-address".into(), t(ctx, id))]);
                }
                _ => errors.set(vec![("email-address".into(), t(ctx, "ui-error"))]),
            }
        });
    };
    view! {
        <section class="panel email" aria-labelledby="email-heading" id="email">
            <h2 id="email-heading">{move || t(ctx, "ui-email-title")}</h2>
            <ErrorSummary errors=errors id="email-errors"/>
            <Show when=move || saved.get()>
                <div class="confirmation" role="status" id="email-saved">
                    <p class="confirmation-title">{move || t(ctx, "ui-email-saved")}</p>
                </div>
            </Show>
            <p class="hint" id="email-hint">{move || t(ctx, "ui-email-intro")}</p>
            <Show
                when=move || read.get() == Some(true)
                fallback=move || match read.get() {
                    None => view! { <p role="status">{move || t(ctx, "ui-loading")}</p> }.into_any(),
                    Some(_) => unavailable_line(ctx),
                }
            >
                <form on:submit=save novalidate=true>
                    <label for="email-address">{move || t(ctx, "ui-email-address")}</label>
                    {field_error(errors, "email-address")}
                    <input id="email-address" type="email" autocomplete="email"
                        aria-describedby=described_by(errors, "email-address", Some("email-hint"))
                        aria-invalid=move || error_of(errors, "email-address").map(|_| "true")
                        prop:value=move || address.get()
                        on:input=move |ev| { saved.set(false); address.set(event_target_value(&ev)) }/>
                    <div class="checkbox">
                        <input id="email-notify" type="checkbox" prop:checked=move || notify.get()
                            on:change=move |ev| { saved.set(false); notify.set(event_target_checked(&ev)) }/>
                        <label for="email-notify">{move || t(ctx, "ui-email-notify")}</label>
                    </div>
                    <button id="email-save" type="submit" class="button">{move || t(ctx, "ui-email-save")}</button>
                </form>
            </Show>
        </section>
    }
}
