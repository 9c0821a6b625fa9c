//! `helder-portal`: the browser view of a WIA case. Components show and collect; every figure
//! and rule comes from `helder-core`, compiled into this same WASM module.

use leptos::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    // The same engine the server runs; its version proves which rules this page computes with.
    let rules_version = helder_core::rules_version();
    view! {
        <header class="masthead">
            <p class="brand">"Helder"</p>
        </header>
        <main id="main">
            <h1>"Uw WIA-zaak, helder uitgelegd"</h1>
            <p>"Helder laat zien hoe het met uw WIA-aanvraag staat en hoe uw bedragen zijn berekend."</p>
            <section class="panel" aria-labelledby="engine-heading">
                <h2 id="engine-heading">"Rekenregels"</h2>
                <p>
                    "Deze pagina rekent met: "
                    <code id="core-version">{rules_version}</code>
                </p>
            </section>
        </main>
    }
}
