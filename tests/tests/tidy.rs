//! Tidy checks: the invariants of ARCHITECTURE.md, read off manifests and sources. Each
//! absence the architecture promises is asserted here so it cannot erode unnoticed.

use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(repo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The `[dependencies]` table's crate names of a manifest.
fn dependencies(manifest: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut inside = false;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            inside = line == "[dependencies]";
            continue;
        }
        if inside && !line.is_empty() && !line.starts_with('#') {
            // `name = …`, `name.workspace = true`, `name = { … }`
            let key = line.split('=').next().unwrap_or("").trim();
            names.push(key.split('.').next().unwrap_or(key).to_owned());
        }
    }
    names
}

/// Every `.rs` file under `dir` except unit-test files (`<module>/tests.rs`), with the code
/// before any inline `#[cfg(test)]` module.
fn non_test_sources(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("tests.rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                let code = text.split("#[cfg(test)]").next().unwrap_or("").to_owned();
                files.push((path, code));
            }
        }
    }
    files
}

/// Lines of code (comments dropped) containing any of `needles`.
fn offending(files: &[(PathBuf, String)], needles: &[&str]) -> Vec<String> {
    let mut hits = Vec::new();
    for (path, code) in files {
        for (number, line) in code.lines().enumerate() {
            let code_part = line.split("//").next().unwrap_or("");
            for needle in needles {
                if code_part.contains(needle) {
                    hits.push(format!("{}:{}: {}", path.display(), number + 1, line.trim()));
                }
            }
        }
    }
    hits
}

#[test]
fn core_dependencies_stay_tiny() {
    let allowed = ["serde", "serde_json", "serde_path_to_error", "rust_decimal", "chrono", "thiserror", "wasm-bindgen"];
    let core = dependencies(&read("core/Cargo.toml"));
    assert!(core.contains(&"rust_decimal".to_owned()), "the manifest parser must see core's dependencies: {core:?}");
    let extra: Vec<_> = core.iter().filter(|name| !allowed.contains(&name.as_str())).collect();
    assert!(extra.is_empty(), "helder-core gained dependencies {extra:?}; update ARCHITECTURE.md and this list");
    let workspace = read("Cargo.toml");
    let chrono = workspace.lines().find(|l| l.starts_with("chrono")).expect("chrono is a workspace dependency");
    assert!(chrono.contains("default-features = false") && !chrono.contains("clock"), "chrono must not read the clock");
}

#[test]
fn core_has_no_io_clock_floats_or_panics() {
    let files = non_test_sources(&repo().join("core/src"));
    assert!(files.len() >= 10, "expected the core modules");
    let hits = offending(
        &files,
        &[
            "f32",
            "f64",
            ".unwrap()",
            ".expect(",
            "panic!(",
            "unreachable!(",
            "todo!(",
            "unimplemented!(",
            "Utc::now",
            "Local::now",
            "SystemTime",
            "Instant",
            "std::fs",
            "std::net",
            "std::io",
            "std::env",
            "println!",
            "eprintln!",
            "unsafe",
        ],
    );
    assert!(hits.is_empty(), "core must stay pure and panic-free:\n{}", hits.join("\n"));
}

#[test]
fn crate_boundaries_hold() {
    let portal = dependencies(&read("portal/Cargo.toml"));
    let server = dependencies(&read("server/Cargo.toml"));
    assert!(!portal.iter().any(|d| d == "helder-server"), "the portal never depends on the server");
    assert!(!server.iter().any(|d| d == "helder-portal"), "the server never depends on the portal");
    assert!(!portal.iter().any(|d| d == "rust_decimal"), "the portal does no money arithmetic of its own");
    let portal_sources = non_test_sources(&repo().join("portal/src"));
    let hits = offending(&portal_sources, &["Decimal", "f64", "f32"]);
    assert!(hits.is_empty(), "the portal does no money arithmetic:\n{}", hits.join("\n"));
}

/// The portal reads every server answer as its `helder-api` type: no JSON value indexing.
#[test]
fn the_portal_reads_typed_answers() {
    let portal_sources = non_test_sources(&repo().join("portal/src"));
    let hits =
        offending(&portal_sources, &["serde_json::Value", "serde_json::{", "json!", ".as_array()", ".as_object()"]);
    assert!(hits.is_empty(), "the portal reads API answers as helder-api types, not JSON values:\n{}", hits.join("\n"));
    let portal = dependencies(&read("portal/Cargo.toml"));
    assert!(portal.iter().any(|d| d == "helder-api"), "the portal reads the API through helder-api");
}

/// The OpenAPI schema code (utoipa) is the server's alone: the browser build never carries it.
#[test]
fn schema_derives_stay_out_of_the_browser() {
    let portal_manifest = read("portal/Cargo.toml");
    let portal = dependencies(&portal_manifest);
    assert!(!portal.iter().any(|d| d == "utoipa"), "the portal must not depend on utoipa");
    let api_line = portal_manifest.lines().find(|l| l.starts_with("helder-api")).expect("the portal uses helder-api");
    assert!(!api_line.contains("openapi"), "the portal must not turn on helder-api's openapi feature: {api_line}");
    let api = read("api/Cargo.toml");
    assert!(api.contains("default = []"), "helder-api's default features must stay empty (openapi is the server's)");
    let workspace = read("Cargo.toml");
    let line = workspace.lines().find(|l| l.starts_with("helder-api")).expect("helder-api is a workspace dependency");
    assert!(!line.contains("features"), "the workspace must not turn on helder-api features for every user: {line}");
    let server = read("server/Cargo.toml");
    assert!(
        server.lines().any(|l| l.starts_with("helder-api") && l.contains("\"openapi\"")),
        "the server generates the document"
    );
}

/// The letters (typst, fonts, PDF) are server-side only: none of the crates the browser build
/// takes in (portal, api, explain, core) depends on helder-letters or typst.
#[test]
fn letters_stay_out_of_the_browser() {
    for manifest in ["portal/Cargo.toml", "api/Cargo.toml", "explain/Cargo.toml", "core/Cargo.toml"] {
        let names = dependencies(&read(manifest));
        for server_only in ["helder-letters", "typst", "typst-pdf", "typst-assets"] {
            assert!(!names.iter().any(|n| n == server_only), "{manifest} must not depend on {server_only}");
        }
    }
    let server = dependencies(&read("server/Cargo.toml"));
    assert!(server.iter().any(|n| n == "helder-letters"), "the server renders the letters");
}

#[test]
fn the_ci_script_runs_the_readme_test_command() {
    let readme = read("README.md");
    let ci = read(".ci/run");
    assert!(readme.contains("cargo xtask test") && readme.contains("cargo xtask run"));
    assert!(ci.contains("cargo xtask test"));
}

/// Every file git tracks (the repository as a clone sees it), with its path relative to the root.
fn tracked_files() -> Vec<PathBuf> {
    let output = std::process::Command::new("git")
        .args(["ls-files", "-z"])
        .current_dir(repo())
        .output()
        .expect("git ls-files runs");
    assert!(output.status.success(), "git ls-files failed");
    output
        .stdout
        .split(|&b| b == 0)
        .filter(|p| !p.is_empty())
        .map(|p| PathBuf::from(String::from_utf8_lossy(p).as_ref()))
        .collect()
}

/// The quoted strings (`"…"`) of a line that start with `../`, with the number of leading `..`.
fn parent_paths(line: &str) -> Vec<(usize, String)> {
    line.split('"')
        .skip(1)
        .step_by(2)
        .filter(|text| text.starts_with("../"))
        .map(|text| (text.split('/').take_while(|segment| *segment == "..").count(), text.to_owned()))
        .collect()
}

/// A clone of Helder has nothing beside it: no file may read or include a path outside the
/// repository. A quoted `../` path may climb at most as far as the folder of the file that names
/// it (include_str! and the portal's page build resolve from there; manifest-relative joins climb less), and no
/// file names the `shared/` folder that reference material arrives in.
#[test]
fn no_file_reads_outside_the_repository() {
    let kinds = ["rs", "toml", "html", "json", "sh", "css"];
    let mut hits = Vec::new();
    let files = tracked_files();
    assert!(files.iter().any(|f| f.ends_with("server/src/demo.rs")), "git ls-files must list the sources");
    for file in files {
        let named_kind = file.extension().and_then(|e| e.to_str()).is_some_and(|e| kinds.contains(&e));
        // This file names the paths it looks for; it reads none of them.
        let this_check = file.ends_with("tests/tests/tidy.rs");
        if this_check || !(named_kind || file.starts_with(".ci") || file.starts_with(".cargo")) {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(repo().join(&file)) else { continue };
        let depth = file.components().count() - 1;
        for (number, line) in text.lines().enumerate() {
            let code =
                if file.extension().is_some_and(|e| e == "rs") { line.split("//").next().unwrap_or("") } else { line };
            let escapes = parent_paths(code).into_iter().filter(|(ups, _)| *ups > depth).map(|(_, path)| path);
            let names_shared =
                code.contains("shared/domain") || code.contains("../shared") || code.contains("HELDER_SHARED");
            for path in escapes.chain(names_shared.then(|| "shared/".to_owned())) {
                hits.push(format!("{}:{}: {path}", file.display(), number + 1));
            }
        }
    }
    assert!(hits.is_empty(), "files read paths outside the repository:\n{}", hits.join("\n"));
}

#[test]
fn the_outside_path_check_sees_an_escape() {
    // The check above climbs from a file's folder: three `..` from server/src escape the root.
    let escape = format!(r#"include_str!("{}/cases/p01.json")"#, ["..", "..", "..", "elsewhere"].join("/"));
    assert_eq!(parent_paths(&escape)[0].0, 3);
    assert_eq!(parent_paths(r#"x("a", "../b")"#), vec![(1, "../b".to_owned())]);
    assert!(parent_paths(r#"include_str!("cases/p01.json")"#).is_empty());
}

/// One design system (issue 18 item 8): every colour in `www/style.css` is a Rijkshuisstijl /
/// NL Design System token defined once in the `:root` block at its top (`--rhc-color-*: #hex`);
/// the rules below use only `var(--…)`, so no GOV.UK green or other raw value slips in, and every
/// `--rhc-color-*` token a rule uses is defined.
#[test]
fn the_style_sheet_uses_only_its_rijkshuisstijl_colour_tokens() {
    let css = read("www/style.css");
    let start = css.find(":root {").expect("a :root token block");
    let end = start + css[start..].find('}').expect("the token block ends");
    let (tokens, rules) = (&css[start..end], &css[end..]);
    let raw_colour = |line: &str| {
        let lower = line.to_lowercase();
        // `#fff`, `#01689b`: hex digits that end the word (`#access-log` is an id selector).
        let hex = lower.match_indices('#').any(|(i, _)| {
            let digits = lower[i + 1..].chars().take_while(char::is_ascii_hexdigit).count();
            let next = lower[i + 1 + digits..].chars().next();
            matches!(digits, 3 | 4 | 6 | 8) && !next.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_')
        });
        hex || lower.contains("rgb(") || lower.contains("rgba(") || lower.contains("hsl(")
    };
    let mut problems = Vec::new();
    let mut defined = Vec::new();
    for line in tokens.lines().map(str::trim) {
        if let Some((name, _)) = line.split_once(':').filter(|(name, _)| name.starts_with("--")) {
            defined.push(name.to_owned());
            if raw_colour(line) && !name.starts_with("--rhc-color-") {
                problems.push(format!("a raw colour outside an --rhc-color-* token: {line}"));
            }
        }
    }
    for (number, line) in rules.lines().enumerate() {
        if raw_colour(line) {
            problems.push(format!("line {} after the tokens: a raw colour in {}", number + 1, line.trim()));
        }
        for (i, _) in line.match_indices("var(--rhc-color-") {
            let name: String = line[i + 4..].chars().take_while(|c| c.is_alphanumeric() || *c == '-').collect();
            if !defined.contains(&name) {
                problems.push(format!("{name} is used but not defined in the token block"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(defined.iter().filter(|n| n.starts_with("--rhc-color-")).count() >= 15, "{defined:?}");
}
