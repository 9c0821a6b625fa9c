//! The engine in the browser: helder-core's own WASM module (`dist/engine/`, core's wasm-bindgen
//! API), loaded only after the first screen has been drawn (issue 15, budget 3: the first screen
//! needs the server's explanation and result, not the engine). It checks the server's result hash
//! and the what-if estimates; until it has answered, the overview says the check is running.
//!
//! The page's first inline script defines `window.__helderEngine()`, which imports the module
//! once (again only after a failure) and gives each caller a promise that waits for it at most
//! the page's chunk limit (a `<script>` of the page, so the Content-Security-Policy's hashes
//! cover it and no `eval` is needed here).

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The engine could not be loaded (blocked, offline, an old browser): nothing was checked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Unavailable;

/// The loaded module's exports.
async fn module() -> Result<JsValue, Unavailable> {
    let window = web_sys::window().ok_or(Unavailable)?;
    let load = Reflect::get(&window, &JsValue::from_str("__helderEngine")).map_err(|_| Unavailable)?;
    let load = load.dyn_into::<Function>().map_err(|_| Unavailable)?;
    let promise = load.call0(&window).map_err(|_| Unavailable)?.dyn_into::<Promise>().map_err(|_| Unavailable)?;
    JsFuture::from(promise).await.map_err(|_| Unavailable)
}

/// Calls the module's function `name` with string arguments: its string answer, `None` when the
/// function threw (a case the engine cannot compute).
async fn call(name: &str, args: &[&str]) -> Result<Option<String>, Unavailable> {
    let module = module().await?;
    let function = Reflect::get(&module, &JsValue::from_str(name)).map_err(|_| Unavailable)?;
    let function = function.dyn_into::<Function>().map_err(|_| Unavailable)?;
    let args: js_sys::Array = args.iter().map(|arg| JsValue::from_str(arg)).collect();
    Ok(function.apply(&JsValue::NULL, &args).ok().and_then(|answer| answer.as_string()))
}

/// The browser's own result document of a case (`helder_core::compute`).
pub(crate) async fn compute(case_json: &str) -> Result<Option<String>, Unavailable> {
    call("compute", &[case_json]).await
}

/// The result document of the case with the decision `outcome` assumed
/// (`helder_core::whatif::what_if`).
pub(crate) async fn what_if(case_json: &str, outcome: &str) -> Result<Option<String>, Unavailable> {
    call("what_if", &[case_json, outcome]).await
}

/// The engine's build of the rules (`helder_core::rules_version`), which staff quote.
pub(crate) async fn rules_version() -> Option<String> {
    call("rules_version", &[]).await.ok().flatten()
}
