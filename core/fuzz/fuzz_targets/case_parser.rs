//! Fuzz target: any bytes through the case parser and, when they parse, the whole engine. It
//! must never panic; `cargo xtask test` runs it briefly, run it longer by hand:
//! `cd core && RUSTC_BOOTSTRAP=1 cargo fuzz run case_parser -s none`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = helder_core::compute(text);
    }
});
