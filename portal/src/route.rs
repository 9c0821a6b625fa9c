//! Screens have addresses: `/` is the start (sign-in, then the case list or the staff search) and
//! `/cases/{case id}` is a case. The address holds the screen, through the browser's History API,
//! so back, forward, reload and a bookmark work; sign-in is not an address of its own: signed
//! out, every address shows the sign-in, and after it the screen at the address. An address
//! never holds case facts, a BSN, a search or a staff reason: only the case id.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::{Ctx, Screen, role, t};

impl Screen {
    /// The screen at an address; an address Helder does not know is the start.
    pub(crate) fn at(path: &str) -> Screen {
        match path {
            "/workbench" => return Screen::Workbench,
            "/workbench/dashboard" => return Screen::Dashboard,
            _ => {}
        }
        if let Some(id) = path.strip_prefix("/workbench/cases/").filter(|id| !id.is_empty() && !id.contains('/')) {
            return Screen::WorkbenchCase(
                js_sys::decode_uri_component(id).map(String::from).unwrap_or_else(|_| id.to_owned()),
            );
        }
        match path.strip_prefix("/cases/") {
            Some(id) if !id.is_empty() && !id.contains('/') => {
                Screen::Case(js_sys::decode_uri_component(id).map(String::from).unwrap_or_else(|_| id.to_owned()))
            }
            _ => Screen::Home,
        }
    }

    /// The address of a screen.
    pub(crate) fn path(&self) -> String {
        match self {
            Screen::Home => "/".into(),
            Screen::Case(id) => format!("/cases/{}", js_sys::encode_uri_component(id)),
            Screen::Workbench => "/workbench".into(),
            Screen::WorkbenchCase(id) => format!("/workbench/cases/{}", js_sys::encode_uri_component(id)),
            Screen::Dashboard => "/workbench/dashboard".into(),
        }
    }
}

/// The path of the page's address.
pub(crate) fn current_path() -> String {
    web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_else(|| "/".into())
}

/// Moves to a screen without a history entry of its own (a client with one case goes straight
/// to it: back then leaves Helder instead of landing on the start, which would move on again).
pub(crate) fn replace(ctx: Ctx, screen: Screen) {
    write_address(&screen.path(), false);
    ctx.screen.set(screen);
}

fn write_address(path: &str, new_entry: bool) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = if new_entry {
            history.push_state_with_url(&JsValue::NULL, "", Some(path))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(path))
        };
    }
}

/// Keeps `ctx.screen` and the address in step: a screen set by the portal gets a new history
/// entry; back and forward set the screen of their address. A staff reason belongs to the one
/// case it was stated for: leaving that case, or arriving by back, forward or reload, the portal
/// asks for it again (it lives in memory only and travels in a header, never in the address).
pub(crate) fn follow_address(ctx: Ctx) {
    // The address as the screen reads it (`/index.html`, `/cases/x/` → `/`).
    let path = ctx.screen.with_untracked(Screen::path);
    if path != current_path() {
        write_address(&path, false);
    }
    // Kept for the page's whole life: the portal is the page.
    let _listener = window_event_listener(leptos::ev::popstate, move |_| {
        let screen = Screen::at(&current_path());
        // A jump to `#main` (the skip link) also fires popstate: the screen stays.
        if ctx.screen.with_untracked(|now| *now != screen) {
            ctx.reason.set(String::new());
            ctx.screen.set(screen);
        }
    });
    Effect::new(move |previous: Option<Screen>| {
        let screen = ctx.screen.get();
        let path = screen.path();
        if path != current_path() {
            write_address(&path, true);
        }
        if previous.is_some_and(|p| matches!(p, Screen::Case(_)) && p != screen) {
            ctx.reason.set(String::new());
        }
        screen
    });
}

/// The document title names the screen shown (the sign-in, the case list or search, or the case
/// by its number), so history, tabs and screen readers tell the screens apart.
pub(crate) fn name_screen(ctx: Ctx, shown: Option<&(bool, Screen)>) {
    let name = match shown {
        None => return,
        Some((false, _)) => t(ctx, "ui-signin-title"),
        Some((true, Screen::Home)) => match role(ctx).as_str() {
            "staff" => t(ctx, "ui-search-title"),
            "supporter" => t(ctx, "ui-supporter-cases"),
            _ => t(ctx, "ui-my-cases"),
        },
        Some((true, Screen::Case(id))) => format!("{} {id}", t(ctx, "ui-case-id")),
        Some((true, Screen::Workbench)) => t(ctx, "ui-workbench-title"),
        Some((true, Screen::WorkbenchCase(id))) => crate::t_with(ctx, "ui-workbench-case-title", &[("case", id)]),
        Some((true, Screen::Dashboard)) => t(ctx, "ui-workbench-dashboard"),
    };
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{name} — {}", t(ctx, "ui-brand")));
    }
}
