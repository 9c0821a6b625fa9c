//! The client's name and case number on every printed page. Chromium prints `@page` margin boxes
//! (`@top-left`, `www/style.css`) on every page but cannot read the page's text into them; the
//! case view therefore puts the line into the custom property `--print-client` on the root
//! element, which the margin box shows with `content: var(--print-client)`. It is removed when the
//! case is left, so a page printed later never carries another client's name. It is set through
//! the CSSOM (`style.setProperty`): the Content-Security-Policy (`style-src 'self'`) blocks a
//! `style` attribute written with `setAttribute`.

/// Sets the printed header line to `line`.
pub fn set(line: &str) {
    if let Some(root) = root() {
        let _ = root.style().set_property(PROPERTY, &css_string(line));
    }
}

/// Removes the printed header line.
pub fn clear() {
    if let Some(root) = root() {
        let _ = root.style().remove_property(PROPERTY);
    }
}

const PROPERTY: &str = "--print-client";

fn root() -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    web_sys::window()?.document()?.document_element()?.dyn_into().ok()
}

/// `text` as a CSS string: quoted, with quotes, backslashes and line ends escaped.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}
