//! Finds the message files: every `messages/<language>.ftl` becomes a language, so adding a
//! language is adding one file.
//!
//! It also compiles the portal's part of each file (`ui-*` labels and the formatting messages)
//! into a table of text and placeholders, parsed here by `fluent-syntax`. The browser then needs
//! no Fluent runtime (about 55 KiB of its download); those messages may only hold text and
//! `{ $variables }`, and the build fails, naming the message, if one holds more.
//!
//! The first language's table (Dutch, `FIRST_LABELS`) stands alone; the others' are in a list
//! only `labels::other_labels` names, so a browser build can load them in a chunk of their own.
//!
//! In the client's browser build the first language's table holds only the labels of the first
//! screen: those named in `portal/src/` outside the files only its chunks reach (`CHUNK_FILES`).
//! The rest of its labels (those of the parts that come in chunks) are a table of their own,
//! `LATER_LABELS`, which only the portal's chunks name (`register_later_labels`), so they leave
//! the first screen's module with them (issue 15, budget 3). The staff build and the native
//! builds keep one table.
//!
//! The workbench's own labels (`ui-wb-*`, about 20 KB of text in two languages) are left out of
//! a browser build (wasm32) unless the feature `workbench-labels` asks for them: the client's
//! portal never shows UWV's screens (issue 15, budget 3), the staff build enables it. Native
//! builds (the server, the tests) keep every label.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
use std::fmt::Write;

/// The language every page starts in (Dutch): its labels are always in the build (in the client's
/// browser build those of the first screen in its module, the rest with the parts).
const FIRST_LANGUAGE: &str = "nl";

/// Messages the formatting of amounts, dates and months needs.
const FORMAT_IDS: &[&str] = &["euro", "date", "month-year", "thousands-separator", "decimal-separator", "list-and"];

fn main() {
    println!("cargo:rerun-if-changed=messages");
    let browser = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let workbench = std::env::var_os("CARGO_FEATURE_WORKBENCH_LABELS").is_some();
    let keep = |id: &str| !(browser && !workbench && id.starts_with(WORKBENCH_PREFIX));
    // The client's browser build: the first language's labels the first screen names, apart from
    // the rest.
    let manifest = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let portal = manifest.join("../portal/src");
    let first_screen = (browser && !workbench).then(|| {
        first_screen_labels(&portal).unwrap_or_else(|file| {
            // Fail the build: without them every label would be in the first screen's module.
            eprintln!("{file}: the portal's sources cannot be read (explain/build.rs, first_screen_labels)");
            std::process::exit(1);
        })
    });
    let on_first_screen = |id: &str| {
        !id.starts_with("ui-")
            || first_screen.as_ref().is_none_or(|(ids, prefixes)| {
                ids.iter().any(|known| known == id) || prefixes.iter().any(|prefix| id.starts_with(prefix.as_str()))
            })
    };
    let dir = manifest.join("messages");
    let mut languages: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".ftl")).map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    languages.sort();
    let mut files = String::from(
        "/// (language code, message file), one per `messages/*.ftl`.\npub static MESSAGE_FILES: &[(&str, &str)] = &[\n",
    );
    // The first language's table stands alone, the others' in a list only `other_labels` names:
    // a browser build can then load them apart (the portal's `languages` chunk).
    let mut first = String::new();
    let mut labels = String::from(
        "/// Per language after the first, the portal's messages (`ui-*` and formatting) sorted by\n\
         /// id, as text and placeholders (compiled by `build.rs`).\nstatic OTHER_LABELS: &[(&str, Table)] = &[\n",
    );
    for language in &languages {
        let path = dir.join(format!("{language}.ftl"));
        let _ = writeln!(files, "    ({language:?}, include_str!({:?})),", path.display().to_string());
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        // The first language's labels of the first screen, and apart from them its later parts';
        // the other languages' all together.
        let compiled = if language == FIRST_LANGUAGE {
            compile_labels(&text, |id| keep(id) && on_first_screen(id))
                .and_then(|first| Ok((first, compile_labels(&text, |id| keep(id) && !on_first_screen(id))?)))
                .map(|(first, rest)| (first, Some(rest)))
        } else {
            compile_labels(&text, keep).map(|all| (all, None))
        };
        match compiled {
            Ok((compiled, Some(rest))) => {
                let _ = writeln!(
                    first,
                    "/// The first language's messages (`{FIRST_LANGUAGE}`).\npub static FIRST_LABELS: (&str, Table) = ({language:?}, &[{compiled}]);\n\
                     /// The first language's labels of the parts after the first screen (empty except in the\n\
                     /// client's browser build).\nstatic LATER_LABELS: Table = &[{rest}];"
                );
            }
            Ok((compiled, None)) => {
                let _ = writeln!(labels, "    ({language:?}, &[{compiled}]),");
            }
            Err(problem) => {
                // Fail the build: a label the portal cannot render must not ship.
                eprintln!("messages/{language}.ftl: {problem}");
                std::process::exit(1);
            }
        }
    }
    files.push_str("];\n");
    labels.push_str("];\n");
    if first.is_empty() {
        eprintln!("messages/{FIRST_LANGUAGE}.ftl: the first language's file is missing");
        std::process::exit(1);
    }
    labels.push_str(&first);
    let _ = writeln!(
        labels,
        "/// The language every page starts in; its labels are always in the build.\npub const FIRST_LANGUAGE: &str = {FIRST_LANGUAGE:?};"
    );
    // The codes on their own: listing languages must not link the whole files into the browser.
    let _ = writeln!(files, "/// The language codes, sorted.\npub static LANGUAGES: &[&str] = &{languages:?};");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    for (name, code) in [("languages.rs", files), ("labels.rs", labels)] {
        if let Err(error) = std::fs::write(out.join(name), code) {
            println!("cargo:warning=cannot write {name}: {error}");
        }
    }
}

/// The portal's files (`portal/src/`, a folder ends in `/`) whose code only the split points reach
/// (`later.rs`): their labels come with the parts, unless a file outside this list names them
/// too. A file not listed keeps its labels in the first screen's table, so a new module is safe
/// and at worst costs a few bytes; a file listed here must never be drawn by the first screen's
/// code (a label of its would show its id, which the browser tests' `assert_no_label_ids` catches).
/// `workbench/` is not in the client's build at all.
const CHUNK_FILES: &[&str] = &[
    "calculation.rs",
    "call_note.rs",
    "change.rs",
    "consent.rs",
    "dispute.rs",
    "ledger.rs",
    "letters.rs",
    "news.rs",
    "signin.rs",
    "timeline.rs",
    "told.rs",
    "whatif.rs",
    "workbench_link.rs",
    "workbench/",
];

/// The labels the portal's other files name: ids (`"ui-loading"`) and the prefixes of ids made
/// up at run time (`format!("ui-state-{state}")` or a literal ending in `-` give `ui-state-`);
/// the path of a folder or file that cannot be read.
fn first_screen_labels(portal: &std::path::Path) -> Result<(Vec<String>, Vec<String>), String> {
    println!("cargo:rerun-if-changed={}", portal.display());
    let (mut ids, mut prefixes) = (Vec::new(), Vec::new());
    let mut folders = vec![portal.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries = std::fs::read_dir(&folder).map_err(|_| folder.display().to_string())?;
        for entry in entries {
            let path = entry.map_err(|_| folder.display().to_string())?.path();
            let relative = path.strip_prefix(portal).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            // An editor's lock or backup file (`.#case.rs`) is not the portal's source.
            if path.file_name().is_some_and(|name| name.to_string_lossy().starts_with('.')) {
                continue;
            }
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            if !path.is_file()
                || !relative.ends_with(".rs")
                || CHUNK_FILES.iter().any(|chunk| relative.starts_with(chunk))
            {
                continue;
            }
            let source = std::fs::read_to_string(&path).map_err(|_| path.display().to_string())?;
            for (start, _) in source.match_indices("\"ui-") {
                let rest = &source[start + 1..];
                let end =
                    rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(rest.len());
                let (label, next) = (&rest[..end], rest[end..].chars().next());
                match next {
                    Some('"') if !label.ends_with('-') => ids.push(label.to_owned()),
                    // A bare `"ui-"` names no family: it would keep every label in the module.
                    Some('"' | '{') if label != "ui-" => prefixes.push(label.to_owned()),
                    _ => {}
                }
            }
        }
    }
    Ok((ids, prefixes))
}

fn is_label(id: &str) -> bool {
    id.starts_with("ui-")
        || FORMAT_IDS.contains(&id)
        || id.strip_prefix("month-").and_then(|n| n.parse::<u8>().ok()).is_some_and(|n| (1..=12).contains(&n))
}

/// The prefix of the labels only the workbench's screens use (`portal/src/workbench/`).
const WORKBENCH_PREFIX: &str = "ui-wb-";

/// The portal's messages of one file that `keep` keeps, as Rust table rows sorted by id.
fn compile_labels(text: &str, keep: impl Fn(&str) -> bool) -> Result<String, String> {
    let resource = fluent_syntax::parser::parse(text).map_err(|(_, errors)| format!("syntax errors: {errors:?}"))?;
    let mut rows = Vec::new();
    for entry in &resource.body {
        let Entry::Message(message) = entry else { continue };
        let id = message.id.name;
        if !is_label(id) || !keep(id) {
            continue;
        }
        let pattern = message.value.as_ref().ok_or_else(|| format!("{id} has no value"))?;
        let mut pieces = String::new();
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => {
                    let _ = write!(pieces, "Piece::Text({value:?}), ");
                }
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::VariableReference { id: var }),
                } => {
                    let _ = write!(pieces, "Piece::Var({:?}), ", var.name);
                }
                PatternElement::Placeable { .. } => {
                    return Err(format!("{id}: a portal message may hold only text and {{ $variables }}"));
                }
            }
        }
        rows.push((id, pieces));
    }
    rows.sort();
    Ok(rows.iter().map(|(id, pieces)| format!("({id:?}, &[{pieces}])")).collect::<Vec<_>>().join(", "))
}
