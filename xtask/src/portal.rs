//! Builds the browser portal into `dist/` without Trunk (issue 15, budget 3): the client's page
//! (`www/index.html` → `dist/`) and UWV's staff build with the workbench (`www/staff/index.html` →
//! `dist/staff/`).
//!
//! Each build is cut at the portal's split points (`portal/src/later.rs`) into the module the
//! first screen needs and chunks the browser loads when a part is first shown. The split must come
//! between the linker and wasm-bindgen (it reads the linker's relocations), which Trunk cannot do
//! (trunk issue #1022), so this does what Trunk did, in order:
//!
//! 1. cargo builds the portal for wasm32 (`wasm-release`), the final link with `--emit-relocs`;
//! 2. wasm_split_cli_support cuts the module (the crate cargo-leptos uses for Leptos' `#[lazy]`);
//! 3. wasm-bindgen writes the JS glue (`--keep-lld-exports`: the chunks import the main module's
//!    functions by their linker names);
//! 4. the module's exports nothing calls are dropped (`drop_unused_exports`), and wasm-opt `-O2`
//!    shrinks the module and every chunk;
//! 5. the files go into a folder named after the hash of all of them (`portal-<hash>/`), so a browser
//!    never mixes a cached chunk with a newer module, and the page's `<link data-build …>` lines
//!    become the stylesheet and the loader script.

use anyhow::{Context, Result, bail};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

use crate::{command, root, run_command};

/// One page of the portal and the build it loads.
pub struct Page {
    /// The page's source, relative to the repository root.
    pub source: &'static str,
    /// Where the page and its files go, inside the portal's folder (`dist/`; empty: that folder).
    pub folder: &'static str,
    /// The address `dist` is served at.
    pub public_url: &'static str,
    /// The portal's cargo features for this build.
    pub features: &'static [&'static str],
}

pub const CLIENT: Page = Page { source: "www/index.html", folder: "", public_url: "/", features: &[] };
pub const STAFF: Page =
    Page { source: "www/staff/index.html", folder: "staff", public_url: "/staff/", features: &["workbench"] };

/// The module's name: wasm-bindgen's glue is `helder-portal.js`, the module `helder-portal_bg.wasm`.
const NAME: &str = "helder-portal";

/// Builds `page` into its folder in `dist` (the portal's folder being built), which must exist
/// and hold nothing of an earlier build.
pub fn build(page: &Page, dist: &Path) -> Result<()> {
    let linked = link(page)?;
    let work =
        crate::target_dir().join("portal-split").join(if page.folder.is_empty() { "client" } else { page.folder });
    if work.exists() {
        std::fs::remove_dir_all(&work).with_context(|| format!("clearing {}", work.display()))?;
    }
    let out = work.join("out");
    std::fs::create_dir_all(&out)?;
    let main = work.join("main.wasm");
    let input = std::fs::read(&linked).with_context(|| format!("reading {}", linked.display()))?;
    let chunks = split(&input, &out, &main)?;
    limit_chunk_fetches(&out.join("__wasm_split.js"), chunks.len())?;
    let mut bindgen = command("wasm-bindgen");
    bindgen
        .args(["--target", "web", "--no-typescript", "--keep-lld-exports", "--no-demangle", "--out-name", NAME])
        .arg("--out-dir")
        .arg(&out)
        .arg(&main);
    run_command(bindgen)?;
    let module = out.join(format!("{NAME}_bg.wasm"));
    drop_unused_exports(&module)?;
    for wasm in std::iter::once(&module).chain(&chunks) {
        crate::wasm_opt(wasm)?;
    }
    // The folder is named after every file in it, so a changed chunk is a new address too.
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&out)? {
        let entry = entry?;
        if !entry.file_type()?.is_file() {
            bail!("wasm-bindgen wrote a folder ({}); the portal's build copies files only", entry.path().display());
        }
        files.push(entry.path());
    }
    files.sort();
    let mut contents = Vec::new();
    for file in &files {
        contents.extend_from_slice(file.file_name().unwrap_or_default().as_encoded_bytes());
        contents.extend_from_slice(&std::fs::read(file)?);
    }
    let folder = format!("portal-{}", short_hash(&contents));
    let dist = dist.join(page.folder);
    // Copied, not renamed: the target folder may be on another file system (CARGO_TARGET_DIR).
    std::fs::create_dir_all(dist.join(&folder))?;
    for file in &files {
        std::fs::copy(file, dist.join(&folder).join(file.file_name().unwrap_or_default()))
            .with_context(|| format!("copying {} into {}", file.display(), dist.display()))?;
    }
    write_page(page, &dist, &folder)
}

/// Builds the portal for wasm32 and answers the linked module. The final link keeps its
/// relocations for the split; only that step gets the flag (`cargo rustc`), so the dependencies'
/// builds are shared with every other wasm-release build.
fn link(page: &Page) -> Result<PathBuf> {
    let mut cargo = command("cargo");
    cargo.args([
        "rustc",
        "--locked",
        "-p",
        "helder-portal",
        "--bin",
        NAME,
        "--target",
        "wasm32-unknown-unknown",
        "--profile",
        "wasm-release",
    ]);
    if !page.features.is_empty() {
        cargo.args(["--features", &page.features.join(",")]);
    }
    cargo.args(["--", "-C", "link-arg=--emit-relocs"]);
    run_command(cargo)?;
    Ok(crate::target_dir().join(format!("wasm32-unknown-unknown/wasm-release/{NAME}.wasm")))
}

/// Cuts `input` at its split points: the main module to `main`, the chunks and their loader
/// (`__wasm_split.js`, which imports the glue as `./helder-portal.js`) into `out`.
fn split(input: &[u8], out: &Path, main: &Path) -> Result<Vec<PathBuf>> {
    let module = format!("./{NAME}.js");
    let mut options = wasm_split_cli_support::Options::new(input);
    options.output_dir = out;
    options.main_out_path = main;
    options.main_module = &module;
    options.link_name = "./__wasm_split.js";
    let split = wasm_split_cli_support::transform(options).map_err(|e| anyhow::anyhow!("wasm-split: {e:#}"))?;
    if split.split_modules.is_empty() {
        bail!("wasm-split found no split points in the portal (portal/src/later.rs)");
    }
    Ok(split.split_modules)
}

/// How long the page waits, in milliseconds, before it gives up a read (a GET of the API) and a
/// chunk: a request that hangs on a weak mobile line (neither answered nor failed) would otherwise
/// hold its part, and the parts and the check that wait for it (`portal/src/order.rs`), for ever.
/// Given up, it is said like a lost one ("could not be loaded"). Generous for a slow line: the
/// largest answer, the case, is about 100 KB, 8 s at 0.1 Mbit/s. Only reads: a form the page sent
/// is not abandoned (the server may have done it). A test may set `window.__helderLimit` first.
const READ_LIMIT_MS: u32 = 30_000;
const CHUNK_LIMIT_MS: u32 = 60_000;

/// The page's `__helderLimit(what)`: an `AbortSignal` that fires after the limit for a `"read"`
/// or a `"chunk"` (`AbortSignal.timeout`, or an `AbortController` and a timer where a browser has
/// no `timeout`, as Safari before 16), or nothing where there is no `AbortSignal` at all. Written
/// where the page's `<link data-build rel="portal">` stands, before the portal's loader
/// (`write_page`); the client's page has its first script after it.
fn limit_script() -> String {
    format!(
        "<script>window.__helderLimit = window.__helderLimit || ((what) => {{ \
         const ms = what === \"chunk\" ? {CHUNK_LIMIT_MS} : {READ_LIMIT_MS}; \
         if (typeof AbortSignal === \"undefined\") return undefined; \
         if (typeof AbortSignal.timeout === \"function\") return AbortSignal.timeout(ms); \
         const c = new AbortController(); setTimeout(() => c.abort(), ms); return c.signal; }});</script>"
    )
}

/// Gives every fetch of the chunk loader wasm-split wrote the page's chunk limit. Each chunk is
/// one `fetch(new URL("./….wasm", import.meta.url))`; a loader that no longer has exactly one per
/// chunk stops the build, rather than leaving a chunk without its limit.
fn limit_chunk_fetches(loader: &Path, chunks: usize) -> Result<()> {
    let text = std::fs::read_to_string(loader).with_context(|| format!("reading {}", loader.display()))?;
    let fetch = ".wasm\", import.meta.url));";
    let found = text.matches(fetch).count();
    if found != chunks {
        bail!("{}: {found} chunk fetches for {chunks} chunks: has wasm-split's loader changed?", loader.display());
    }
    let limited = text.replace(fetch, ".wasm\", import.meta.url), { signal: globalThis.__helderLimit?.(\"chunk\") });");
    std::fs::write(loader, limited).with_context(|| format!("writing {}", loader.display()))
}

/// Exports of the module that nothing calls, by the start of their names: wasm-bindgen keeps every
/// `#[wasm_bindgen]` export, and wasm-streams (Leptos → server_fn) exports three stream classes
/// for JavaScript (`IntoUnderlyingSource`, `…Sink`, `…ByteSource`) that the portal never makes: it
/// has no server functions. Without their exports wasm-opt removes their code (1.3 KiB gzip of
/// the first screen, issue 15 budget 3); their classes stay in the glue, unused.
const UNUSED_EXPORTS: &[&str] = &["intounderlying", "__wbg_intounderlying"];

/// Rewrites the module at `path` without the exports `UNUSED_EXPORTS` names; every other section
/// is copied as it is.
fn drop_unused_exports(path: &Path) -> Result<()> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let (module, dropped) = without_exports(&bytes, UNUSED_EXPORTS)?;
    if dropped == 0 {
        bail!("none of the exports {UNUSED_EXPORTS:?} is in {}: is the list still right?", path.display());
    }
    std::fs::write(path, module).with_context(|| format!("writing {}", path.display()))
}

/// `bytes` without the exports whose names start with one of `prefixes`, and how many those were.
fn without_exports(bytes: &[u8], prefixes: &[&str]) -> Result<(Vec<u8>, usize)> {
    use wasm_encoder::{ExportKind, ExportSection, RawSection};
    use wasmparser::{ExternalKind, Payload};
    let mut module = wasm_encoder::Module::new();
    let mut dropped = 0;
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        let payload = payload.context("reading the portal's module")?;
        if let Payload::ExportSection(reader) = payload {
            let mut exports = ExportSection::new();
            for export in reader {
                let export = export?;
                if prefixes.iter().any(|prefix| export.name.starts_with(prefix)) {
                    dropped += 1;
                    continue;
                }
                let kind = match export.kind {
                    ExternalKind::Func | ExternalKind::FuncExact => ExportKind::Func,
                    ExternalKind::Table => ExportKind::Table,
                    ExternalKind::Memory => ExportKind::Memory,
                    ExternalKind::Global => ExportKind::Global,
                    ExternalKind::Tag => ExportKind::Tag,
                };
                exports.export(export.name, kind, export.index);
            }
            module.section(&exports);
        } else if let Some((id, range)) = payload.as_section() {
            let range = usize::try_from(range.start)?..usize::try_from(range.end)?;
            module.section(&RawSection { id, data: &bytes[range] });
        }
    }
    Ok((module.finish(), dropped))
}

/// The first 16 hex digits of the SHA-256 of `bytes`.
fn short_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// Writes the page into `dist`: each `<link data-build rel="css" href="…"/>` becomes the
/// stylesheet (copied under its hash), `<link data-build rel="portal"/>` the loader of the
/// build in `folder`.
fn write_page(page: &Page, dist: &Path, folder: &str) -> Result<()> {
    let source = root().join(page.source);
    let html = std::fs::read_to_string(&source).with_context(|| format!("reading {}", source.display()))?;
    let base = page.public_url;
    let mut written = String::with_capacity(html.len() + 512);
    let mut portal = false;
    for line in html.lines() {
        let tag = line.trim();
        if !tag.starts_with("<link data-build") {
            written.push_str(line);
            written.push('\n');
            continue;
        }
        if !tag.starts_with("<link data-build ") || !tag.ends_with("/>") {
            bail!("{}: a <link data-build … /> is one line: {tag}", page.source);
        }
        let indent = &line[..line.len() - line.trim_start().len()];
        match (attribute(tag, "rel"), attribute(tag, "href")) {
            (Some("css"), Some(href)) => {
                let css_source = source.parent().unwrap_or(&source).join(href);
                let css = std::fs::read(&css_source).with_context(|| format!("reading {}", css_source.display()))?;
                let name = format!("style-{}.css", short_hash(&css));
                std::fs::write(dist.join(&name), &css)?;
                written.push_str(&format!("{indent}<link rel=\"stylesheet\" href=\"{base}{name}\" />\n"));
            }
            (Some("portal"), None) => {
                portal = true;
                let glue = format!("{base}{folder}/{NAME}.js");
                let module = format!("{base}{folder}/{NAME}_bg.wasm");
                // The glue imports the chunk loader: preloaded too, or it would cost a round trip.
                let loader = format!("{base}{folder}/__wasm_split.js");
                written.push_str(&format!(
                    "{indent}{limit}\n\
                     {indent}<link rel=\"modulepreload\" href=\"{glue}\" />\n\
                     {indent}<link rel=\"modulepreload\" href=\"{loader}\" />\n\
                     {indent}<link rel=\"preload\" href=\"{module}\" as=\"fetch\" type=\"application/wasm\" crossorigin=\"anonymous\" />\n\
                     {indent}<script type=\"module\">import init from \"{glue}\"; await init({{ module_or_path: \"{module}\" }});</script>\n",
                    limit = limit_script()
                ));
            }
            _ => bail!("{}: a <link data-build> is rel=\"css\" with an href, or rel=\"portal\": {tag}", page.source),
        }
    }
    if !portal {
        bail!("{} has no <link data-build rel=\"portal\" />", page.source);
    }
    std::fs::write(dist.join("index.html"), written).context("writing index.html")
}

/// The value of `name="…"` in a tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[start..].find('"')?;
    Some(&tag[start..start + end])
}

/// A build's files in `dist`: those the page loads before its first screen (the stylesheet, the
/// glue, the chunk loader and the main module), and the chunks loaded when a part is shown.
pub fn files(dist: &Path) -> Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let mut first = Vec::new();
    let mut later = Vec::new();
    let mut folders = Vec::new();
    for entry in std::fs::read_dir(dist).with_context(|| format!("reading {}", dist.display()))? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("style-") && name.ends_with(".css") {
            first.push(entry.path());
        } else if name.starts_with("portal-") && entry.path().is_dir() {
            folders.push(entry.path());
        }
    }
    let [folder] = folders.as_slice() else {
        bail!("{} holds {} portal builds, not one", dist.display(), folders.len())
    };
    for entry in std::fs::read_dir(folder)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if [format!("{NAME}.js"), format!("{NAME}_bg.wasm"), "__wasm_split.js".to_owned()].contains(&name) {
            first.push(entry.path());
        } else if name.ends_with(".wasm") {
            later.push(entry.path());
        }
    }
    first.sort();
    later.sort();
    Ok((first, later))
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_encoder::{CodeSection, ExportKind, ExportSection, Function, FunctionSection, Instruction, TypeSection};

    /// A module of two functions, both exported: one the portal calls, one of a stream class.
    fn module() -> Vec<u8> {
        let mut module = wasm_encoder::Module::new();
        let mut types = TypeSection::new();
        types.ty().function([], []);
        module.section(&types);
        let mut functions = FunctionSection::new();
        functions.function(0).function(0);
        module.section(&functions);
        let mut exports = ExportSection::new();
        exports.export("main", ExportKind::Func, 0).export("intounderlyingsource_pull", ExportKind::Func, 1);
        module.section(&exports);
        let mut code = CodeSection::new();
        for _ in 0..2 {
            let mut body = Function::new([]);
            body.instruction(&Instruction::End);
            code.function(&body);
        }
        module.section(&code);
        module.finish()
    }

    fn exports(bytes: &[u8]) -> Vec<String> {
        let mut names = Vec::new();
        for payload in wasmparser::Parser::new(0).parse_all(bytes) {
            if let wasmparser::Payload::ExportSection(reader) = payload.unwrap() {
                names.extend(reader.into_iter().map(|export| export.unwrap().name.to_owned()));
            }
        }
        names
    }

    #[test]
    fn only_the_unused_exports_are_dropped_and_the_rest_is_kept() {
        let before = module();
        assert_eq!(exports(&before), ["main", "intounderlyingsource_pull"]);
        let (after, dropped) = without_exports(&before, UNUSED_EXPORTS).unwrap();
        assert_eq!((exports(&after), dropped), (vec!["main".to_owned()], 1));
        // The other sections are copied byte for byte: only the export section is shorter.
        let removed = "intounderlyingsource_pull".len() + 3;
        assert_eq!(before.len() - after.len(), removed);
        let (same, none) = without_exports(&after, UNUSED_EXPORTS).unwrap();
        assert_eq!((same, none), (after, 0));
    }

    /// Every chunk's fetch gets the page's chunk limit; a loader with another count of fetches
    /// than chunks stops the build.
    #[test]
    fn every_chunk_fetch_gets_the_limit() {
        let dir = std::env::temp_dir().join(format!("helder-limit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let loader = dir.join("__wasm_split.js");
        let fetch = |name: &str| format!("    const src = fetch(new URL(\"./{name}.wasm\", import.meta.url));\n");
        std::fs::write(&loader, fetch("chunk_1") + &fetch("split_figures")).unwrap();
        assert!(limit_chunk_fetches(&loader, 3).is_err(), "three chunks, two fetches");
        limit_chunk_fetches(&loader, 2).unwrap();
        let limited = std::fs::read_to_string(&loader).unwrap();
        let with_limit = "import.meta.url), { signal: globalThis.__helderLimit?.(\"chunk\") });";
        assert_eq!(limited.matches(with_limit).count(), 2, "{limited}");
        assert!(limited.contains("new URL(\"./split_figures.wasm\", import.meta.url), { signal"), "{limited}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
