//! `helder-portal`: the browser view of a WIA case for clients, supporters and call-centre
//! staff. Components show and collect; every figure and sentence comes from the server's result
//! and explanation (rendered by `helder-explain`), every label from the message files. The same
//! engine runs here in WASM to check the server's result and for what-if estimates.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

#[derive(Clone, Debug, PartialEq)]
enum Screen {
    SignIn,
    Home,
    Case(String),
}

/// What every component reads: language, who is signed in, where we are.
#[derive(Clone, Copy)]
struct Ctx {
    lang: RwSignal<String>,
    me: RwSignal<Option<Value>>,
    screen: RwSignal<Screen>,
    reason: RwSignal<String>,
    error: RwSignal<Option<String>>,
}

/// A UI message in the current language.
fn t(ctx: Ctx, id: &str) -> String {
    helder_explain::text(&ctx.lang.get(), id, &[])
}

fn t_with(ctx: Ctx, id: &str, args: &[(&str, &str)]) -> String {
    helder_explain::text(&ctx.lang.get(), id, args)
}

fn csrf(ctx: Ctx) -> Option<String> {
    ctx.me.get_untracked().and_then(|me| me["csrf_token"].as_str().map(str::to_owned))
}

fn role(ctx: Ctx) -> String {
    ctx.me.get().and_then(|me| me["account"]["role"].as_str().map(str::to_owned)).unwrap_or_default()
}

/// One JSON request to the server, with the session cookie, CSRF token and staff reason.
async fn api(
    method: &str,
    path: &str,
    body: Option<Value>,
    csrf: Option<String>,
    reason: Option<String>,
) -> Result<(u16, Value), String> {
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    let headers = web_sys::Headers::new().map_err(|_| "headers")?;
    if let Some(body) = body {
        headers.set("content-type", "application/json").map_err(|_| "header")?;
        init.set_body(&JsValue::from_str(&body.to_string()));
    }
    if let Some(csrf) = csrf {
        headers.set("x-csrf-token", &csrf).map_err(|_| "header")?;
    }
    if let Some(reason) = reason.filter(|r| !r.trim().is_empty()) {
        // Headers carry ASCII only: the reason travels percent-encoded (UTF-8).
        let encoded = String::from(js_sys::encode_uri_component(&reason));
        headers.set("x-access-reason", &encoded).map_err(|_| "header")?;
    }
    init.set_headers(&headers);
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(path, &init))
        .await
        .map_err(|_| "network")?
        .dyn_into()
        .map_err(|_| "response")?;
    let status = response.status();
    let text = JsFuture::from(response.text().map_err(|_| "body")?).await.map_err(|_| "body")?;
    Ok((status, serde_json::from_str(&text.as_string().unwrap_or_default()).unwrap_or(Value::Null)))
}

fn stored_language() -> String {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item("helder-language").ok().flatten())
        .filter(|l| l == "nl" || l == "en")
        .unwrap_or_else(|| "nl".into())
}

#[component]
fn App() -> impl IntoView {
    let ctx = Ctx {
        lang: RwSignal::new(stored_language()),
        me: RwSignal::new(None),
        screen: RwSignal::new(Screen::SignIn),
        reason: RwSignal::new(String::new()),
        error: RwSignal::new(None),
    };
    provide_context(ctx);
    // Resume a session that is still valid.
    spawn_local(async move {
        if let Ok((200, me)) = api("GET", "/api/v1/session", None, None, None).await {
            ctx.me.set(Some(me));
            ctx.screen.set(Screen::Home);
        }
    });
    // The page's language follows the choice, and the choice is remembered.
    Effect::new(move |_| {
        let lang = ctx.lang.get();
        if let Some(window) = web_sys::window() {
            if let Some(root) = window.document().and_then(|d| d.document_element()) {
                let _ = root.set_attribute("lang", &lang);
            }
            if let Ok(Some(storage)) = window.local_storage() {
                let _ = storage.set_item("helder-language", &lang);
            }
        }
    });
    let switch_language = move |_| ctx.lang.update(|l| *l = if l == "nl" { "en".into() } else { "nl".into() });
    let sign_out = move |_| {
        spawn_local(async move {
            let _ = api("DELETE", "/api/v1/session", None, csrf(ctx), None).await;
            ctx.me.set(None);
            ctx.reason.set(String::new());
            ctx.screen.set(Screen::SignIn);
        });
    };
    view! {
        <a class="skip" href="#main">{move || t(ctx, "ui-skip")}</a>
        <header class="masthead">
            <p class="brand">{move || t(ctx, "ui-brand")}</p>
            <nav class="actions">
                <button id="language" class="link-button" on:click=switch_language
                    lang=move || if ctx.lang.get() == "nl" { "en" } else { "nl" }>
                    {move || t(ctx, "ui-language-switch")}
                </button>
                <Show when=move || ctx.me.get().is_some()>
                    <button id="sign-out" class="link-button" on:click=sign_out>{move || t(ctx, "ui-signout")}</button>
                </Show>
            </nav>
        </header>
        <main id="main" tabindex="-1">
            <Show when=move || ctx.error.get().is_some()>
                <div class="error-summary" role="alert">{move || ctx.error.get().unwrap_or_default()}</div>
            </Show>
            {move || match ctx.screen.get() {
                Screen::SignIn => view! { <SignIn/> }.into_any(),
                Screen::Home => view! { <Home/> }.into_any(),
                Screen::Case(case_id) => view! { <CaseView case_id=case_id/> }.into_any(),
            }}
        </main>
        <footer class="footer">
            <p class="muted">
                {move || t(ctx, "ui-rules-version")} ": " <code id="core-version">{helder_core::rules_version()}</code>
            </p>
        </footer>
    }
}

#[component]
fn SignIn() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let clients = RwSignal::new(Vec::<Value>::new());
    spawn_local(async move {
        if let Ok((200, Value::Array(list))) = api("GET", "/api/v1/demo/clients", None, None, None).await {
            clients.set(list);
        }
    });
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let demo = move |client_id: String| {
        spawn_local(async move {
            match api("POST", "/api/v1/session/demo", Some(json!({ "client_id": client_id })), None, None).await {
                Ok((200, me)) => {
                    ctx.error.set(None);
                    ctx.me.set(Some(me));
                    ctx.screen.set(Screen::Home);
                }
                _ => ctx.error.set(Some(t(ctx, "ui-error"))),
            }
        });
    };
    let staff = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = json!({ "username": username.get_untracked(), "password": password.get_untracked() });
        spawn_local(async move {
            match api("POST", "/api/v1/session", Some(body), None, None).await {
                Ok((200, me)) => {
                    ctx.error.set(None);
                    ctx.me.set(Some(me));
                    ctx.screen.set(Screen::Home);
                }
                _ => ctx.error.set(Some(t(ctx, "ui-error"))),
            }
        });
    };
    view! {
        <h1>{move || t(ctx, "ui-signin-title")}</h1>
        <p class="lead">{move || t(ctx, "ui-tagline")}</p>
        <section class="panel" aria-labelledby="demo-heading">
            <h2 id="demo-heading">{move || t(ctx, "ui-signin-demo-title")}</h2>
            <p>{move || t(ctx, "ui-signin-demo-note")}</p>
            <ul class="choice-list">
                <For each=move || clients.get() key=|c| c["id"].to_string() let:client>
                    {
                        let id = client["id"].as_str().unwrap_or_default().to_owned();
                        let name = client["name"].as_str().unwrap_or_default().to_owned();
                        view! { <li><button class="button-secondary demo-client" data-client=id.clone() on:click=move |_| demo(id.clone())>{name}</button></li> }
                    }
                </For>
            </ul>
        </section>
        <section class="panel" aria-labelledby="staff-heading">
            <h2 id="staff-heading">{move || t(ctx, "ui-signin-staff-title")}</h2>
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
fn Home() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let cases = RwSignal::new(Vec::<Value>::new());
    let is_staff = move || role(ctx) == "staff";
    spawn_local(async move {
        if role(ctx) == "staff" {
            return;
        }
        if let Ok((200, Value::Array(list))) = api("GET", "/api/v1/cases", None, None, None).await {
            // A client with one case goes straight to it.
            if role(ctx) == "client"
                && list.len() == 1
                && let Some(id) = list[0]["case_id"].as_str()
            {
                ctx.screen.set(Screen::Case(id.to_owned()));
                return;
            }
            cases.set(list);
        }
    });
    let case_id = RwSignal::new(String::new());
    let bsn = RwSignal::new(String::new());
    let search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = if bsn.get_untracked().trim().is_empty() {
            json!({ "case_id": case_id.get_untracked().trim() })
        } else {
            json!({ "bsn": bsn.get_untracked().trim() })
        };
        spawn_local(async move {
            match api("POST", "/api/v1/cases/search", Some(body), csrf(ctx), None).await {
                Ok((200, Value::Array(found)))
                    if !found.is_empty() && !ctx.reason.get_untracked().trim().is_empty() =>
                {
                    ctx.error.set(None);
                    bsn.set(String::new());
                    ctx.screen.set(Screen::Case(found[0]["case_id"].as_str().unwrap_or_default().to_owned()));
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
                    <For each=move || cases.get() key=|c| c["case_id"].to_string() let:case>
                        {
                            let id = case["case_id"].as_str().unwrap_or_default().to_owned();
                            let client = case["client"].as_str().unwrap_or_default().to_owned();
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
                <input id="reason" aria-describedby="reason-hint" required=true prop:value=move || ctx.reason.get()
                    on:input=move |ev| ctx.reason.set(event_target_value(&ev))/>
                <button id="search" type="submit" class="button">{move || t(ctx, "ui-search-button")}</button>
            </form>
        </Show>
    }
}

fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// The trace lines a section cites, for "how was this calculated?".
fn cited_lines(result: &Value, section: &Value) -> Vec<Value> {
    let mut ids: Vec<String> = Vec::new();
    let sentences = std::iter::once(&section["lead"])
        .chain(section["paragraphs"].as_array().into_iter().flatten().flat_map(|p| p.as_array().into_iter().flatten()));
    for sentence in sentences {
        for id in sentence["traces"].as_array().into_iter().flatten().filter_map(Value::as_str) {
            if !ids.iter().any(|known| known == id) {
                ids.push(id.to_owned());
            }
        }
    }
    let trace = result["trace"].as_array().cloned().unwrap_or_default();
    ids.iter().filter_map(|id| trace.iter().find(|line| line["id"] == id.as_str()).cloned()).collect()
}

fn sentence_text(sentence: &Value, with_ids: bool) -> String {
    let text = sentence["text"].as_str().unwrap_or_default().to_owned();
    let ids: Vec<&str> = sentence["traces"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    if with_ids && !ids.is_empty() { format!("{text} [{}]", ids.join(", ")) } else { text }
}

#[component]
fn CaseView(case_id: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let data = RwSignal::new(None::<Value>);
    let checked = RwSignal::new(None::<bool>);
    let load = {
        let case_id = case_id.clone();
        move || {
            let path = format!("/api/v1/cases/{case_id}?lang={}", ctx.lang.get());
            spawn_local(async move {
                let reason = (role(ctx) == "staff").then(|| ctx.reason.get_untracked());
                match api("GET", &path, None, None, reason).await {
                    Ok((200, view)) => {
                        // The same engine, here in the browser: does it reach the same result?
                        let local = helder_core::compute(&view["facts"].to_string()).map(|r| sha256_hex(&r));
                        checked.set(Some(local.ok().as_deref() == view["result_hash"].as_str()));
                        ctx.error.set(None);
                        data.set(Some(view));
                    }
                    _ => ctx.error.set(Some(t(ctx, "ui-error"))),
                }
            });
        }
    };
    Effect::new(move |_| load());
    let staff_view = move || role(ctx) == "staff";
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let Some(view) = data.get_untracked() else { return };
        let mut summary = format!("{} {}\n", t(ctx, "ui-case-id"), view["case_id"].as_str().unwrap_or_default());
        for section in view["explanation"]["sections"].as_array().into_iter().flatten() {
            summary.push_str(&format!(
                "- {}: {}\n",
                section["title"].as_str().unwrap_or_default(),
                sentence_text(&section["lead"], true)
            ));
        }
        if let Some(window) = web_sys::window() {
            let _ = window.navigator().clipboard().write_text(&summary);
            copied.set(true);
        }
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <Show when=move || data.get().is_some() fallback=move || view! { <p role="status">{move || t(ctx, "ui-loading")}</p> }>
            {move || {
                let view = data.get().unwrap_or(Value::Null);
                let viewer_role = view["viewer"]["role"].as_str().unwrap_or_default().to_owned();
                let client = view["client"].as_str().unwrap_or_default().to_owned();
                let reason = view["viewer"]["reason"].as_str().unwrap_or_default().to_owned();
                let banner = match viewer_role.as_str() {
                    "supporter" => Some(t_with(ctx, "ui-banner-supporter", &[("client", &client)])),
                    "staff" => Some(t_with(ctx, "ui-banner-staff", &[("client", &client), ("reason", &reason)])),
                    _ => None,
                };
                let sections = view["explanation"]["sections"].as_array().cloned().unwrap_or_default();
                let status = sections.first().cloned().unwrap_or(Value::Null);
                let result = view["result"].clone();
                let with_ids = staff_view();
                let decided = view["facts"].get("decision").is_some();
                let estimates = view["what_if"].as_array().cloned().unwrap_or_default();
                view! {
                    {banner.map(|text| view! { <div class="notification viewer-banner" role="note">{text}</div> })}
                    <p class="print-header">
                        {t(ctx, "ui-printed-on")} " " {String::from(js_sys::Date::new_0().to_iso_string()).chars().take(10).collect::<String>()} " · "
                        {t(ctx, "ui-case-id")} " " {view["case_id"].as_str().unwrap_or_default().to_owned()} " · "
                        {t(ctx, "ui-rules-version")} " " {view["rules_version"].as_str().unwrap_or_default().to_owned()}
                    </p>
                    <h1>{status["title"].as_str().unwrap_or_default().to_owned()}</h1>
                    <div class="notification" role="status" id="status-lead">
                        <p class="lead-sentence">{sentence_text(&status["lead"], with_ids)}</p>
                    </div>
                    {match checked.get() {
                        Some(true) => view! { <p class="checked" id="checked"><span aria-hidden="true">{t(ctx, "ui-checked-mark")}</span> " " {t(ctx, "ui-checked")}</p> }.into_any(),
                        Some(false) => view! { <p class="warning" id="mismatch" role="alert">{t(ctx, "ui-mismatch")}</p> }.into_any(),
                        None => ().into_any(),
                    }}
                    <div class="toolbar">
                        <button class="button-secondary" on:click=print>{t(ctx, "ui-print")}</button>
                        {with_ids.then(|| view! { <button id="copy-summary" class="button-secondary" on:click=copy>{t(ctx, "ui-copy-summary")}</button> })}
                        <Show when=move || copied.get()><span role="status">{move || t(ctx, "ui-copied")}</span></Show>
                    </div>
                    <section aria-labelledby="timeline-heading" class="timeline">
                        <h2 id="timeline-heading">{t(ctx, "ui-timeline-title")}</h2>
                        <ol class="task-list">
                            {status["paragraphs"].as_array().into_iter().flatten().flat_map(|p| p.as_array().cloned().unwrap_or_default()).map(|s| {
                                view! { <li>{sentence_text(&s, with_ids)}</li> }
                            }).collect_view()}
                        </ol>

                    </section>
                    <div class="cards">
                        {sections.iter().skip(1).map(|section| {
                            let lines = cited_lines(&result, section);
                            let id = format!("card-{}", section["id"].as_str().unwrap_or_default());
                            view! {
                                <section class="card" id=id.clone() aria-labelledby=format!("{id}-title")>
                                    <h2 id=format!("{id}-title")>{section["title"].as_str().unwrap_or_default().to_owned()}</h2>
                                    <p class="card-lead">{sentence_text(&section["lead"], with_ids)}</p>
                                    {section["paragraphs"].as_array().into_iter().flatten().map(|p| view! {
                                        <p>{p.as_array().into_iter().flatten().map(|s| sentence_text(s, with_ids)).collect::<Vec<_>>().join(" ")}</p>
                                    }).collect_view()}
                                    <Show when={let empty = lines.is_empty(); move || !empty}>
                                        <details class="calculation">
                                            <summary>{t(ctx, "ui-how-calculated")}</summary>
                                            <ul>
                                                {lines.iter().map(|line| view! {
                                                    <li>
                                                        <strong>{line["id"].as_str().unwrap_or_default().to_owned()}</strong> " "
                                                        {line["rule"].as_str().unwrap_or_default().replace('_', " ")} ": "
                                                        <code>{line["value"].as_str().unwrap_or_default().to_owned()}</code>
                                                        <br/>{t(ctx, "ui-trace-source")} ": " {line["source"].as_str().unwrap_or_default().to_owned()}
                                                        <br/>{t(ctx, "ui-trace-inputs")} ": "
                                                        {line["inputs"].as_array().into_iter().flatten().map(|i| format!("{} = {}{}",
                                                            i["name"].as_str().unwrap_or_default(), i["value"].as_str().unwrap_or_default(),
                                                            i["trace"].as_str().map(|t| format!(" ({t})")).unwrap_or_default())).collect::<Vec<_>>().join("; ")}
                                                    </li>
                                                }).collect_view()}
                                            </ul>
                                        </details>
                                    </Show>
                                    {(!section["sources"].as_array().map(Vec::is_empty).unwrap_or(true)).then(|| view! {
                                        <p class="sources">{section["sources"].as_array().into_iter().flatten().filter_map(Value::as_str).collect::<Vec<_>>().join("; ")}</p>
                                    })}
                                </section>
                            }
                        }).collect_view()}
                    </div>
                    {(!result["backpay"]["months"].as_array().map(Vec::is_empty).unwrap_or(true)).then(|| view! { <Ledger backpay=result["backpay"].clone()/> })}
                    {(!decided && !estimates.is_empty()).then(|| view! { <WhatIf facts=view["facts"].clone() estimates=estimates.clone()/> })}
                    {(viewer_role == "client").then(|| view! { <Consent case_id=view["case_id"].as_str().unwrap_or_default().to_owned()/> })}
                    <section class="glossary" aria-labelledby="glossary-heading">
                        <h2 id="glossary-heading">{t(ctx, "ui-glossary")}</h2>
                        <dl>
                            {view["explanation"]["glossary"].as_array().into_iter().flatten().map(|g| view! {
                                <dt>{g["term"].as_str().unwrap_or_default().to_owned()}</dt>
                                <dd>{g["meaning"].as_str().unwrap_or_default().to_owned()}</dd>
                            }).collect_view()}
                        </dl>
                    </section>
                }
            }}
        </Show>
        <button class="link-button" on:click=move |_| ctx.screen.set(Screen::Home)>{move || t(ctx, "ui-back")}</button>
    }
}

/// Whole cents of a contract money string, for the chart's bar heights only (no sums).
fn cents(amount: &Value) -> i64 {
    let text = amount.as_str().unwrap_or("0").replace('.', "");
    text.parse().unwrap_or(0)
}

/// The back-payment ledger: per month paid, due and who owes whom, with the totals from the
/// result, and a bar chart of the same figures.
#[component]
fn Ledger(backpay: Value) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let months = backpay["months"].as_array().cloned().unwrap_or_default();
    let highest = months.iter().flat_map(|m| [cents(&m["paid"]), cents(&m["due"])]).max().unwrap_or(1).max(1);
    let lang = move || ctx.lang.get();
    let difference = move |value: &Value| {
        let text = value.as_str().unwrap_or("0.00");
        let amount = helder_explain::euro(&lang(), text);
        if text.starts_with('-') {
            helder_explain::text(&lang(), "ui-ledger-too-much", &[("amount", &amount)])
        } else if text == "0.00" {
            t(ctx, "ui-ledger-equal")
        } else {
            helder_explain::text(&lang(), "ui-ledger-you-receive", &[("amount", &amount)])
        }
    };
    let (bar, gap, height) = (10i64, 4i64, 120i64);
    let width = (months.len() as i64) * (2 * bar + gap);
    let total_difference =
        if backpay["outcome"] == "too_high" { backpay["not_reclaimed"].clone() } else { backpay["amount"].clone() };
    let total_text = if backpay["outcome"] == "too_high" {
        helder_explain::text(
            &lang(),
            "ui-ledger-too-much",
            &[("amount", &helder_explain::euro(&lang(), total_difference.as_str().unwrap_or("0.00")))],
        )
    } else {
        difference(&total_difference)
    };
    view! {
        <section class="panel ledger" aria-labelledby="ledger-heading" id="ledger">
            <h2 id="ledger-heading">{move || t(ctx, "ui-ledger-title")}</h2>
            <svg class="chart" role="img" aria-label=move || t(ctx, "ui-ledger-chart") viewBox=format!("0 0 {width} {height}") preserveAspectRatio="none">
                {months.iter().enumerate().map(|(index, month)| {
                    let x = index as i64 * (2 * bar + gap);
                    let paid = cents(&month["paid"]) * height / highest;
                    let due = cents(&month["due"]) * height / highest;
                    view! {
                        <rect class="bar-paid" x=x.to_string() y=(height - paid).to_string() width=bar.to_string() height=paid.to_string()/>
                        <rect class="bar-due" x=(x + bar).to_string() y=(height - due).to_string() width=bar.to_string() height=due.to_string()/>
                    }
                }).collect_view()}
            </svg>
            <div class="table-scroll">
                <table>
                    <thead><tr>
                        <th scope="col">{move || t(ctx, "ui-ledger-month")}</th>
                        <th scope="col" class="number">{move || t(ctx, "ui-ledger-paid")}</th>
                        <th scope="col" class="number">{move || t(ctx, "ui-ledger-due")}</th>
                        <th scope="col">{move || t(ctx, "ui-ledger-difference")}</th>
                    </tr></thead>
                    <tbody>
                        {months.iter().map(|m| view! { <tr>
                            <th scope="row">{helder_explain::month(&lang(), m["month"].as_str().unwrap_or_default())}</th>
                            <td class="number">{helder_explain::euro(&lang(), m["paid"].as_str().unwrap_or_default())}</td>
                            <td class="number">{helder_explain::euro(&lang(), m["due"].as_str().unwrap_or_default())}</td>
                            <td>{difference(&m["difference"])}</td>
                        </tr> }).collect_view()}
                    </tbody>
                    <tfoot><tr>
                        <th scope="row">{move || t(ctx, "ui-ledger-total")}</th>
                        <td class="number">{helder_explain::euro(&lang(), backpay["paid_total"].as_str().unwrap_or_default())}</td>
                        <td class="number">{helder_explain::euro(&lang(), backpay["due_total"].as_str().unwrap_or_default())}</td>
                        <td>{total_text}</td>
                    </tr></tfoot>
                </table>
            </div>
        </section>
    }
}

/// "What if UWV decides …?": for an undecided case, per assumed decision the server's estimate
/// (its lead sentences and result hash). The browser builds the same assumed case, computes it
/// with the WASM engine and shows the estimate only with the outcome of that check.
#[component]
fn WhatIf(facts: Value, estimates: Vec<Value>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let shown = RwSignal::new(None::<(String, bool)>);
    let facts = facts.to_string();
    let buttons = estimates
        .iter()
        .filter_map(|estimate| {
            let outcome = estimate["outcome"].as_str()?;
            let assumed = helder_core::whatif::Assumed::from_code(outcome)?;
            let label = match assumed {
                helder_core::whatif::Assumed::Iva => "ui-whatif-iva",
                helder_core::whatif::Assumed::Wga => "ui-whatif-wga",
                helder_core::whatif::Assumed::Refused => "ui-whatif-refused",
            };
            let text = estimate["estimate"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|s| s["text"].as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let hash = estimate["result_hash"].as_str().unwrap_or_default().to_owned();
            let facts = facts.clone();
            let choose = move |_| {
                let local = helder_core::whatif::with_decision(&facts, assumed)
                    .and_then(|case| helder_core::compute(&case))
                    .map(|result| sha256_hex(&result));
                shown.set(Some((text.clone(), local.ok().as_deref() == Some(hash.as_str()))));
            };
            Some(view! {
                <button id=format!("what-if-{outcome}") class="button-secondary" on:click=choose>{move || t(ctx, label)}</button>
            })
        })
        .collect_view();
    view! {
        <section class="panel what-if" aria-labelledby="what-if-heading">
            <h2 id="what-if-heading">{move || t(ctx, "ui-whatif-title")}</h2>
            <p>{move || t(ctx, "ui-whatif-intro")}</p>
            <div class="toolbar">{buttons}</div>
            {move || shown.get().map(|(text, checked)| view! {
                <div id="what-if-result" class="estimate" role="status">
                    <p><strong>{t(ctx, "ui-whatif-estimate")}</strong> " " {text}</p>
                    {if checked {
                        view! { <p class="checked"><span aria-hidden="true">{t(ctx, "ui-checked-mark")}</span> " " {t(ctx, "ui-checked")}</p> }.into_any()
                    } else {
                        view! { <p class="warning" role="alert">{t(ctx, "ui-mismatch")}</p> }.into_any()
                    }}
                </div>
            })}
        </section>
    }
}

/// The client's consent for supporters, and who viewed the case.
#[component]
fn Consent(case_id: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let consents = RwSignal::new(Vec::<Value>::new());
    let log = RwSignal::new(Vec::<Value>::new());
    let supporters = RwSignal::new(Vec::<Value>::new());
    let chosen = RwSignal::new(String::new());
    let until = RwSignal::new(String::new());
    let refresh = {
        let case_id = case_id.clone();
        Callback::new(move |()| {
            let case_id = case_id.clone();
            spawn_local(async move {
                if let Ok((200, Value::Array(list))) =
                    api("GET", &format!("/api/v1/cases/{case_id}/consents"), None, None, None).await
                {
                    consents.set(list);
                }
                if let Ok((200, Value::Array(list))) =
                    api("GET", &format!("/api/v1/cases/{case_id}/access-log"), None, None, None).await
                {
                    log.set(list);
                }
            });
        })
    };
    refresh.run(());
    spawn_local(async move {
        if let Ok((200, Value::Array(list))) = api("GET", "/api/v1/supporters", None, None, None).await {
            if let Some(first) = list.first().and_then(|s| s["username"].as_str()) {
                chosen.set(first.to_owned());
            }
            supporters.set(list);
        }
    });
    let grant = {
        let case_id = case_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let case_id = case_id.clone();
            let body = json!({ "supporter": chosen.get_untracked(), "valid_until": until.get_untracked() });
            spawn_local(async move {
                match api("POST", &format!("/api/v1/cases/{case_id}/consents"), Some(body), csrf(ctx), None).await {
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
                    <For each=move || supporters.get() key=|s| s["username"].to_string() let:s>
                        <option value=s["username"].as_str().unwrap_or_default().to_owned()>{s["name"].as_str().unwrap_or_default().to_owned()}</option>
                    </For>
                </select>
                <label for="valid-until">{move || t(ctx, "ui-consent-until")}</label>
                <input id="valid-until" type="date" required=true prop:value=move || until.get() on:input=move |ev| until.set(event_target_value(&ev))/>
                <button id="grant" type="submit" class="button">{move || t(ctx, "ui-consent-grant")}</button>
            </form>
            <Show when=move || !consents.get().is_empty() fallback=move || view! { <p>{move || t(ctx, "ui-consent-none")}</p> }>
                <ul class="summary-list" id="consents">
                    <For each=move || consents.get() key=|c| format!("{}{}", c["id"], c["revoked_at"]) let:c>
                        {
                            let id = c["id"].as_str().unwrap_or_default().to_owned();
                            let active = c["revoked_at"].is_null();
                            view! { <li>
                                {c["supporter_name"].as_str().unwrap_or_default().to_owned()} " — "
                                {c["valid_until"].as_str().unwrap_or_default().chars().take(10).collect::<String>()}
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
                    <For each=move || log.get() key=|e| format!("{}{}", e["at"], e["actor"]) let:e>
                        <li>{e["at"].as_str().unwrap_or_default().replace('T', " ").chars().take(16).collect::<String>()} " — "
                            {e["actor"].as_str().unwrap_or_default().to_owned()} " — " {e["reason"].as_str().unwrap_or_default().to_owned()}</li>
                    </For>
                </ul>
            </Show>
        </section>
    }
}
