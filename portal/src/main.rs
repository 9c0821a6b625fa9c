//! `helder-portal`: the browser view of a WIA case for clients, supporters and call-centre
//! staff. Components show and collect; every figure and sentence comes from the server's result
//! and explanation (rendered by `helder-explain`), every label from the message files. The same
//! engine, a WASM module of its own loaded after the first screen (`engine`), checks the server's
//! result and its what-if estimates. Every answer of the server is read as its `helder-api` type.

mod calculation;
mod call_note;
mod case;
mod change;
mod consent;
mod dispute;
mod engine;
mod form;
mod later;
mod ledger;
mod letters;
mod news;
mod order;
mod print;
mod route;
mod signin;
mod summary;
mod timeline;
mod told;
mod whatif;
#[cfg(feature = "workbench")]
mod workbench;
mod workbench_link;

use helder_api::SignedIn;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use case::CaseView;
use helder_explain::FIRST_LANGUAGE;

/// talc instead of dlmalloc: less code in the module before the first screen (and faster by its
/// published benchmarks). The page's main thread is the module's only thread (no `atomics`),
/// which talc's cell requires.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

/// Where a person is; each screen has an address (`route`). Signed out, every address shows the
/// sign-in.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Screen {
    Home,
    Case(String),
    /// The correction workbench (UWV staff with a team role): a worklist, a case, the dashboard.
    Workbench,
    WorkbenchCase(String),
    Dashboard,
}

/// What every component reads: language, who is signed in, where we are.
#[derive(Clone, Copy)]
pub(crate) struct Ctx {
    pub(crate) lang: RwSignal<String>,
    pub(crate) me: RwSignal<Option<SignedIn>>,
    pub(crate) screen: RwSignal<Screen>,
    pub(crate) reason: RwSignal<String>,
    pub(crate) error: RwSignal<Option<String>>,
}

/// A UI message in the current language (`ctx.lang` is only ever a language whose labels are
/// here: another than Dutch once `later::labels` has them).
pub(crate) fn t(ctx: Ctx, id: &str) -> String {
    helder_explain::text(&ctx.lang.get(), id, &[])
}

pub(crate) fn t_with(ctx: Ctx, id: &str, args: &[(&str, &str)]) -> String {
    helder_explain::text(&ctx.lang.get(), id, args)
}

pub(crate) fn csrf(ctx: Ctx) -> Option<String> {
    ctx.me.with_untracked(|me| me.as_ref().map(|me| me.csrf_token.clone()))
}

pub(crate) fn role(ctx: Ctx) -> String {
    ctx.me.with(|me| me.as_ref().map(|me| me.account.role.clone())).unwrap_or_default()
}

/// A request body: a `helder-api` request type as JSON.
pub(crate) fn body(request: &impl Serialize) -> Option<String> {
    serde_json::to_string(request).ok()
}

/// A request whose answer is a `T` with status 200; `None` for any other status, a failed request
/// or a body that is not a `T`.
pub(crate) async fn fetch<T: DeserializeOwned>(
    method: &str,
    path: &str,
    body: Option<String>,
    csrf: Option<String>,
    reason: Option<String>,
) -> Option<T> {
    let text = answer(method, path, body, csrf, reason).await?;
    serde_json::from_str(&text).ok()
}

/// The body of a request answered with status 200 (kept out of the generic `fetch`, so the
/// request code exists once, not once per answer type).
async fn answer(
    method: &str,
    path: &str,
    body: Option<String>,
    csrf: Option<String>,
    reason: Option<String>,
) -> Option<String> {
    match api(method, path, body, csrf, reason).await {
        Ok((200, text)) => Some(text),
        _ => None,
    }
}

/// One request to the server, with the session cookie, CSRF token and staff reason: the status
/// and the body's text.
pub(crate) async fn api(
    method: &str,
    path: &str,
    body: Option<String>,
    csrf: Option<String>,
    reason: Option<String>,
) -> Result<(u16, String), String> {
    let plain = method == "GET" && body.is_none() && csrf.is_none() && reason.as_deref().is_none_or(str::is_empty);
    if plain && let Some(response) = early_answer(path).await {
        // Its limit counts from the page's first script: on a very slow line it can run out
        // while the portal's code is still on its way, and the body is lost. Then ask again.
        if let Ok(body) = response.text()
            && let Ok(text) = JsFuture::from(body).await
        {
            return Ok((response.status(), text.as_string().unwrap_or_default()));
        }
    }
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    let headers = web_sys::Headers::new().map_err(|_| "headers")?;
    if let Some(body) = body {
        headers.set("content-type", "application/json").map_err(|_| "header")?;
        init.set_body(&JsValue::from_str(&body));
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
    if method == "GET"
        && let Some(signal) = read_limit()
    {
        // (Set as a property: `RequestInit::set_signal` would need web-sys' AbortSignal type.)
        let _ = js_sys::Reflect::set(&init, &JsValue::from_str("signal"), &signal);
    }
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(path, &init))
        .await
        .map_err(|_| "network")?
        .dyn_into()
        .map_err(|_| "response")?;
    let status = response.status();
    let text = JsFuture::from(response.text().map_err(|_| "body")?).await.map_err(|_| "body")?;
    Ok((status, text.as_string().unwrap_or_default()))
}

/// The page's limit for a read (`__helderLimit("read")`, written into the page by `cargo xtask
/// build-portal`): an `AbortSignal` that gives the request up when it hangs, so the part that
/// waits for it says it could not be loaded instead of waiting for ever. `None` where the page or
/// the browser has none. Reads only: a form's request is not abandoned (the server may have
/// done it).
fn read_limit() -> Option<JsValue> {
    let window = web_sys::window()?;
    let limit = js_sys::Reflect::get(&window, &JsValue::from_str("__helderLimit")).ok()?;
    let limit: js_sys::Function = limit.dyn_into().ok()?;
    let signal = limit.call1(&JsValue::NULL, &JsValue::from_str("read")).ok()?;
    (!signal.is_undefined()).then_some(signal)
}

/// The answer to a GET that the page's first script started before the portal loaded (the
/// session and the case of the address, `www/index.html`), taken once; `None` when it did not
/// start this one or it failed, and the portal asks itself.
async fn early_answer(path: &str) -> Option<web_sys::Response> {
    let window = web_sys::window()?;
    let started = js_sys::Reflect::get(&window, &JsValue::from_str("__helderEarly")).ok()?;
    let started: js_sys::Object = started.dyn_into().ok()?;
    let key = JsValue::from_str(path);
    let promise: js_sys::Promise = js_sys::Reflect::get(&started, &key).ok()?.dyn_into().ok()?;
    let _ = js_sys::Reflect::delete_property(&started, &key);
    JsFuture::from(promise).await.ok()?.dyn_into().ok()
}

/// Drops the answers the page's first script started that the portal has not taken (the case in
/// a language the page could not switch to): a later request must not get such an old answer.
fn forget_early_answers() {
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::delete_property(&window, &JsValue::from_str("__helderEarly"));
    }
}

/// The path the page was loaded at (noted when the portal starts).
static LOADED_AT: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// A workbench screen in the client's build: the workbench is a build of its own (feature
/// `workbench`, `www/staff/index.html`), so a client's phone never loads UWV's screens (issue 15,
/// budget 3). A full load of the screen's address gets it: the server answers `/workbench…` with
/// the staff build's page. Loaded at this very address, the server has no staff build: the
/// screen says so instead of loading the same page again.
#[cfg(not(feature = "workbench"))]
fn staff_build(ctx: Ctx, screen: &Screen) -> AnyView {
    let path = screen.path();
    if LOADED_AT.get() == Some(&path) {
        return view! { <p role="status">{move || t(ctx, "ui-workbench-elsewhere")}</p> }.into_any();
    }
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(&path);
    }
    view! { <p role="status">{move || t(ctx, "ui-loading")}</p> }.into_any()
}

fn stored_language() -> String {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item("helder-language").ok().flatten())
        .filter(|l| l == "nl" || l == "en")
        .unwrap_or_else(|| FIRST_LANGUAGE.into())
}

#[component]
fn App() -> impl IntoView {
    // The page is Dutch until the chosen language's labels are here.
    let chosen = stored_language();
    let ctx = Ctx {
        lang: RwSignal::new(FIRST_LANGUAGE.to_owned()),
        me: RwSignal::new(None),
        screen: RwSignal::new(Screen::at(&route::current_path())),
        reason: RwSignal::new(String::new()),
        error: RwSignal::new(None),
    };
    provide_context(ctx);
    // A language other than Dutch: its labels come in a chunk of their own, before the screen.
    // Without them the page stays Dutch and says so beside the switch (the stored choice stays).
    let labels = RwSignal::new(helder_explain::has_labels(&chosen));
    let language_lost = RwSignal::new(false);
    if !labels.get_untracked() {
        spawn_local(async move {
            if later::labels(&chosen).await {
                ctx.lang.set(chosen);
            } else {
                language_lost.set(true);
                // The page's first script asked for the case in that language: not used now.
                forget_early_answers();
            }
            labels.set(true);
        });
    }
    let _ = LOADED_AT.set(route::current_path());
    route::follow_address(ctx);
    // Resume a session that is still valid; until the server answers, the screen is unknown.
    let resumed = RwSignal::new(false);
    spawn_local(async move {
        let answer = api("GET", "/api/v1/session", None, None, None).await;
        match session_of(answer.as_ref().ok().map(|(status, text)| (*status, text.as_str()))) {
            Ok(me) => ctx.me.set(me),
            Err(()) => ctx.error.set(Some(t(ctx, "ui-error"))),
        }
        resumed.set(true);
    });
    // What is shown: nothing yet, the sign-in (signed out), or the screen at the address.
    let shown = move || (resumed.get() && labels.get()).then(|| (ctx.me.with(Option::is_some), ctx.screen.get()));
    // After moving to another screen, focus goes to the main content (not lost on the body), so
    // keyboard and screen-reader users continue from the top of the new screen; an error of the
    // screen left behind goes with it. The title names the screen.
    Effect::new(move |previous: Option<Option<(bool, Screen)>>| {
        let screen = shown();
        route::name_screen(ctx, screen.as_ref());
        let moved = previous.flatten().is_some_and(|p| Some(p) != screen);
        if moved {
            ctx.error.set(None);
        }
        if moved
            && let Some(main) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("main"))
            && let Ok(main) = main.dyn_into::<web_sys::HtmlElement>()
        {
            let _ = main.focus();
        }
        screen
    });
    // The page's language follows the one shown.
    Effect::new(move |_| {
        let lang = ctx.lang.get();
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", &lang);
        }
    });
    let switch_language = move |_| {
        let next = if ctx.lang.get_untracked() == "nl" { "en" } else { "nl" };
        spawn_local(async move {
            if later::labels(next).await {
                ctx.lang.set(next.into());
                language_lost.set(false);
                // The choice is remembered (a language whose labels could not be loaded at the
                // start is not forgotten: only a choice is written).
                if let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) {
                    let _ = storage.set_item("helder-language", next);
                }
            } else {
                language_lost.set(true);
            }
        });
    };
    let sign_out = move |_| {
        spawn_local(async move {
            let _ = api("DELETE", "/api/v1/session", None, csrf(ctx), None).await;
            ctx.me.set(None);
            ctx.reason.set(String::new());
            ctx.screen.set(Screen::Home);
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
                <Show when=move || language_lost.get()>
                    <p class="warning" id="language-lost" role="alert">{move || t(ctx, "ui-language-unavailable")}</p>
                </Show>
                <Show when=move || ctx.me.get().is_some()>
                    <button id="sign-out" class="link-button" on:click=sign_out>{move || t(ctx, "ui-signout")}</button>
                </Show>
            </nav>
        </header>
        <main id="main" tabindex="-1">
            <Show when=move || ctx.error.get().is_some()>
                <div class="error-summary" role="alert">{move || ctx.error.get().unwrap_or_default()}</div>
            </Show>
            {move || match shown() {
                None => view! { <p role="status">{move || t(ctx, "ui-loading")}</p> }.into_any(),
                Some((false, _)) => later::sign_in(),
                Some((true, Screen::Home)) => later::home(),
                Some((true, Screen::Case(case_id))) => view! { <CaseView case_id=case_id/> }.into_any(),
                #[cfg(feature = "workbench")]
                Some((true, Screen::Workbench)) => view! { <workbench::worklist::WorklistView/> }.into_any(),
                #[cfg(feature = "workbench")]
                Some((true, Screen::WorkbenchCase(case_id))) => {
                    view! { <workbench::case::WorkbenchCaseView case_id=case_id/> }.into_any()
                }
                #[cfg(feature = "workbench")]
                Some((true, Screen::Dashboard)) => view! { <workbench::dashboard::DashboardView/> }.into_any(),
                #[cfg(not(feature = "workbench"))]
                Some((true, screen @ (Screen::Workbench | Screen::WorkbenchCase(_) | Screen::Dashboard))) => {
                    staff_build(ctx, &screen)
                }
            }}
        </main>
        // The build of the rules is for staff (they quote it); a client or supporter does not
        // need it on screen (print has it in its small print).
        <Show when=move || role(ctx) == "staff">
            <footer class="footer">
                <p class="muted">
                    {move || t(ctx, "ui-rules-version")} ": " <EngineVersion/>
                </p>
            </footer>
        </Show>
    }
}

/// The build of the rules of the engine this browser checks with (loaded when asked, see
/// `engine`); nothing until it has answered.
#[component]
fn EngineVersion() -> impl IntoView {
    let version = RwSignal::new(None::<String>);
    spawn_local(async move { version.set(later::rules_version().await) });
    move || version.get().map(|version| view! { <code id="core-version">{version}</code> })
}

/// What the session's read says: signed in (a 200 with a session), signed out (a 401 only), or
/// not known: not reached, given up after the page's limit, a server's or a proxy's error, a
/// body that is not a session. Not known is not "signed out": the sign-in comes with the page's
/// error.
fn session_of(answer: Option<(u16, &str)>) -> Result<Option<SignedIn>, ()> {
    match answer {
        Some((200, text)) => serde_json::from_str(text).map(Some).map_err(|_| ()),
        Some((401, _)) => Ok(None),
        _ => Err(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_401_is_signed_out_and_only_a_session_signed_in() {
        let me = SignedIn {
            account: helder_api::Account { id: "c-1".into(), name: "Anna".into(), role: "client".into() },
            csrf_token: "t".into(),
        };
        let body = serde_json::to_string(&me).unwrap();
        assert_eq!(session_of(Some((200, &body))), Ok(Some(me)));
        assert_eq!(session_of(Some((401, "{}"))), Ok(None));
        for unknown in [Some((200, "<html>")), Some((500, "")), Some((502, "")), Some((503, "")), Some((403, "")), None]
        {
            assert_eq!(session_of(unknown), Err(()), "{unknown:?}");
        }
    }
}
