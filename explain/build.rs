//! Finds the message files: every `messages/<language>.ftl` becomes a language, so adding a
//! language is adding one file.

use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-changed=messages");
    let dir = std::path::Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join("messages");
    let mut languages: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".ftl")).map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    languages.sort();
    let mut code = String::from(
        "/// (language code, message file), one per `messages/*.ftl`.\npub static MESSAGE_FILES: &[(&str, &str)] = &[\n",
    );
    for language in &languages {
        let path = dir.join(format!("{language}.ftl"));
        let _ = writeln!(code, "    ({language:?}, include_str!({:?})),", path.display().to_string());
    }
    code.push_str("];\n");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("languages.rs");
    if let Err(error) = std::fs::write(&out, code) {
        println!("cargo:warning=cannot write {}: {error}", out.display());
    }
}
