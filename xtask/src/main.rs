//! Helder's automation, in Rust: `cargo xtask setup | run | test | bench`.
//!
//! `setup` installs what a fresh machine lacks, idempotently (each tool is skipped when already
//! there at the right version) and offline-safe: nothing downloads its own binaries. `test` is
//! the whole gate `.ci/run` calls. Every step prints its duration so slow steps are visible.

// The bench task reports its figures on stdout; everything else goes to stderr.
#![allow(clippy::print_stdout)]

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

mod portal;

const BINARYEN_VERSION: &str = "132.0.0";
const CARGO_FUZZ_VERSION: &str = "0.13.2";
const CARGO_MUTANTS_VERSION: &str = "27.1.0";
/// npm packages only the tests need: (package spec, the file it installs under node_modules).
/// axe-core checks the portal's accessibility; the OpenAPI validator checks the generated
/// `/api/v1/openapi.json` (`server/tests/openapi.rs`); oidc-provider is the OpenID provider the
/// sign-in tests run on loopback (`tests/oidc/provider.mjs`), pinned exactly because the test
/// script uses its configuration and interaction API.
const NPM_TEST_TOOLS: &[(&str, &str)] = &[
    ("axe-core@4", "axe-core/axe.min.js"),
    ("@seriousme/openapi-schema-validator@2.11", "@seriousme/openapi-schema-validator/bin/validate-api-cli.js"),
    ("oidc-provider@9.13.3", "oidc-provider/lib/index.js"),
];
/// How long `cargo xtask test` fuzzes the case parser (longer by hand).
const FUZZ_SECONDS: u32 = 20;

fn main() -> std::process::ExitCode {
    let task = std::env::args().nth(1).unwrap_or_default();
    let started = Instant::now();
    let outcome = match task.as_str() {
        "setup" => setup(),
        "run" => run(),
        "test" => test(),
        "bench" => bench(),
        "fuzz" => fuzz_long(),
        "mutants" => mutants(),
        "build-portal" => setup_build().and_then(|()| build_portal()),
        _ => {
            eprintln!(
                "usage: cargo xtask <setup|run [--reset]|test|bench|fuzz [RUNS]|mutants [--shard K/N]|build-portal>"
            );
            std::process::exit(2);
        }
    };
    let seconds = started.elapsed().as_secs_f64();
    match outcome {
        Ok(()) => {
            eprintln!("xtask {task}: done after {seconds:.0} s");
            std::process::ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("xtask {task}: FAILED after {seconds:.0} s: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").canonicalize().unwrap_or_else(|_| PathBuf::from(".."))
}

/// Cargo's target folder (`CARGO_TARGET_DIR`, relative to the repository as cargo runs there, or
/// `target/`). A `build.target-dir` in a cargo config is not read: this repository sets none.
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), |dir| root().join(dir))
}

/// `wasm-opt -O2` over a module in place: the portal's modules and the engine.
fn wasm_opt(module: &Path) -> Result<()> {
    let mut opt = command("wasm-opt");
    opt.arg("-O2").arg(module).arg("-o").arg(module);
    run_command(opt)
}

fn tools_dir() -> PathBuf {
    root().join(".tools")
}

/// PATH with the project's npm tools and cargo's bin folder in front.
fn path_env() -> String {
    let mut parts = vec![tools_dir().join("npm/node_modules/.bin").display().to_string()];
    if let Some(home) = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
    {
        parts.push(home.join("bin").display().to_string());
    }
    parts.push(std::env::var("PATH").unwrap_or_default());
    parts.join(":")
}

fn command(program: &str) -> Command {
    let mut command = Command::new(program);
    command.current_dir(root()).env("PATH", path_env());
    command
}

/// Runs a command, streaming its output; fails with the command line when it fails.
fn run_command(mut command: Command) -> Result<()> {
    let line = format!("{command:?}");
    let status = command.status().with_context(|| format!("starting {line}"))?;
    if !status.success() {
        bail!("{line} failed with {status}");
    }
    Ok(())
}

/// The first line of `program --version`-style output, or `None` when it does not run.
fn output_of(program: &str, args: &[&str]) -> Option<String> {
    let output = command(program).args(args).stderr(Stdio::null()).output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

fn step(name: &str, work: impl FnOnce() -> Result<()>) -> Result<()> {
    let started = Instant::now();
    eprintln!("==> {name}");
    let outcome = work();
    eprintln!("<== {name}: {:.1} s{}", started.elapsed().as_secs_f64(), if outcome.is_ok() { "" } else { " (failed)" });
    outcome
}

/// The wasm-bindgen version Cargo.lock pins: the CLI must match it exactly.
fn locked_wasm_bindgen() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).context("reading Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\""
            && let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(version.trim_end_matches('"').to_owned());
        }
    }
    bail!("Cargo.lock pins no wasm-bindgen")
}

/// `cargo install` with its output captured; true when it succeeded.
fn cargo_install_quiet(args: &[&str]) -> bool {
    let mut install = command("cargo");
    install
        .arg("install")
        .args(args)
        .env("CARGO_PROFILE_RELEASE_LTO", "false")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    install.status().is_ok_and(|status| status.success())
}

/// `cargo install` without the tool's own LTO (about twice as fast on two cores).
fn cargo_install(args: &[&str]) -> Result<()> {
    let mut install = command("cargo");
    install
        .arg("install")
        .args(args)
        .env("CARGO_PROFILE_RELEASE_LTO", "false")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16");
    run_command(install)
}

fn is_root() -> bool {
    output_of("id", &["-u"]).as_deref() == Some("0")
}

fn apt_install(packages: &[&str], updated: &mut bool) -> Result<()> {
    if !is_root() {
        bail!("{} missing; install them with apt-get as root", packages.join(", "));
    }
    if !*updated {
        run_command({
            let mut c = command("apt-get");
            c.arg("update").arg("-q");
            c
        })?;
        *updated = true;
    }
    let mut install = command("apt-get");
    install
        .args(["install", "-y", "-q", "--no-install-recommends"])
        .args(packages)
        .env("DEBIAN_FRONTEND", "noninteractive");
    run_command(install)
}

fn postgres_bin_dir() -> Option<PathBuf> {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .flatten()
        .map(|entry| entry.path().join("bin"))
        .filter(|bin| bin.join("initdb").exists() && bin.join("pg_ctl").exists())
        .collect();
    versions.sort();
    versions.pop()
}

/// What building and serving Helder need: the wasm target, wasm-bindgen-cli at the Cargo.lock
/// pin and wasm-opt (the portal's build itself is `portal`). `cargo xtask run` installs only these.
fn setup_build() -> Result<()> {
    step("rust target wasm32-unknown-unknown", || {
        let installed = output_of("rustup", &["target", "list", "--installed"]).unwrap_or_default();
        if installed.lines().any(|t| t == "wasm32-unknown-unknown") {
            return Ok(());
        }
        run_command({
            let mut c = command("rustup");
            c.args(["target", "add", "wasm32-unknown-unknown"]);
            c
        })
    })?;
    step("wasm-bindgen-cli (= Cargo.lock)", || {
        let version = locked_wasm_bindgen()?;
        if output_of("wasm-bindgen", &["--version"]).is_some_and(|v| v.ends_with(&format!(" {version}"))) {
            return Ok(());
        }
        let pin = format!("={version}");
        // wasm-bindgen-cli's own lock file pins a transitive version this registry no longer
        // serves, so `--locked` fails for some pins; a plain resolve of the same version works.
        // The first try runs quietly and its failure is information, not an error.
        eprintln!(
            "info: installing wasm-bindgen-cli {version} --locked (output hidden; a fallback follows if it fails)"
        );
        if cargo_install_quiet(&["--locked", "wasm-bindgen-cli", "--version", &pin]) {
            return Ok(());
        }
        eprintln!(
            "info: wasm-bindgen-cli {version} cannot be installed --locked here; resolving its dependencies instead"
        );
        cargo_install(&["wasm-bindgen-cli", "--version", &pin])
    })?;
    step("wasm-opt (npm binaryen)", || {
        let major = BINARYEN_VERSION.split('.').next().unwrap_or("");
        if output_of("wasm-opt", &["--version"]).is_some_and(|v| v.contains(&format!("version {major}"))) {
            return Ok(());
        }
        npm_install(&[&format!("binaryen@{BINARYEN_VERSION}")])
    })?;
    step("cargo fetch", || {
        run_command({
            let mut c = command("cargo");
            c.args(["fetch", "--locked"]);
            c
        })
    })
}

/// Everything `setup_build` installs, plus what only the tests need: axe-core, the OpenAPI
/// validator and oidc-provider (npm), cargo-fuzz, Chromium with ChromeDriver and PostgreSQL (Debian).
fn setup() -> Result<()> {
    setup_build()?;
    step("npm test tools (axe-core, OpenAPI validator, oidc-provider)", || {
        let node_modules = tools_dir().join("npm/node_modules");
        let missing: Vec<&str> = NPM_TEST_TOOLS
            .iter()
            .filter(|(_, installed)| !node_modules.join(installed).exists())
            .map(|(package, _)| *package)
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        npm_install(&missing)
    })?;
    step("cargo-fuzz", || {
        if output_of("cargo", &["fuzz", "--version"]).is_some_and(|v| v.ends_with(CARGO_FUZZ_VERSION)) {
            return Ok(());
        }
        cargo_install(&["--locked", "cargo-fuzz", "--version", &format!("={CARGO_FUZZ_VERSION}")])
    })?;
    let mut apt_updated = false;
    step("chromium and chromedriver", || {
        if Path::new("/usr/bin/chromium").exists() && Path::new("/usr/bin/chromedriver").exists() {
            return Ok(());
        }
        apt_install(&["chromium", "chromium-driver"], &mut apt_updated)
    })?;
    step("postgresql", || {
        if postgres_bin_dir().is_some() {
            return Ok(());
        }
        apt_install(&["postgresql"], &mut apt_updated)
    })?;
    // The outbox test's mail server on loopback (server/tests/smtp_sink.py).
    step("aiosmtpd", || {
        if command("python3").args(["-c", "import aiosmtpd"]).output().is_ok_and(|o| o.status.success()) {
            return Ok(());
        }
        let mut pip = command("python3");
        pip.args(["-m", "pip", "install", "--user", "aiosmtpd"]);
        if run_command(pip).is_ok() {
            return Ok(());
        }
        // Debian's own Python refuses user installs (PEP 668); the package is a test tool only.
        let mut pip = command("python3");
        pip.args(["-m", "pip", "install", "--user", "--break-system-packages", "aiosmtpd"]);
        run_command(pip)
    })?;
    // The letters test extracts the PDF's text (pdftotext) and renders page 1 to PNG (pdftoppm).
    step("poppler-utils (pdftotext, pdftoppm, pdfinfo)", || {
        if Path::new("/usr/bin/pdftotext").exists() && Path::new("/usr/bin/pdftoppm").exists() {
            return Ok(());
        }
        apt_install(&["poppler-utils"], &mut apt_updated)
    })
}

/// Installs npm packages into `.tools/npm` (their binaries go on PATH through `path_env`).
fn npm_install(packages: &[&str]) -> Result<()> {
    let prefix = tools_dir().join("npm");
    std::fs::create_dir_all(&prefix)?;
    let mut npm = command("npm");
    npm.args(["install", "--no-audit", "--no-fund", "--prefix"]).arg(&prefix).args(packages);
    run_command(npm)
}

/// The files a portal build reads, as `path size modified` lines: the portal is rebuilt only
/// when this differs from the stamp the last build left in `dist/`.
fn portal_inputs() -> String {
    let mut lines = Vec::new();
    let mut stack: Vec<PathBuf> =
        ["api", "core", "explain", "portal", "www", "Cargo.toml", "Cargo.lock", ".cargo", "xtask"]
            .iter()
            .map(|p| root().join(p))
            .collect();
    while let Some(path) = stack.pop() {
        let Ok(meta) = std::fs::metadata(&path) else { continue };
        if meta.is_dir() {
            let skip = ["target", "fuzz", "corpus"].iter().any(|name| path.ends_with(name));
            if !skip && let Ok(entries) = std::fs::read_dir(&path) {
                stack.extend(entries.flatten().map(|entry| entry.path()));
            }
        } else {
            let modified = meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
            lines.push(format!("{} {} {}", path.display(), meta.len(), modified.map_or(0, |d| d.as_nanos())));
        }
    }
    lines.sort();
    lines.join("\n")
}

fn build_portal_if_changed() -> Result<()> {
    let stamp = root().join("dist/.inputs");
    let inputs = portal_inputs();
    if root().join("dist/index.html").exists() && std::fs::read_to_string(&stamp).is_ok_and(|old| old == inputs) {
        eprintln!("info: portal unchanged since its last build (dist/); not rebuilt");
        return Ok(());
    }
    build_portal()?;
    std::fs::write(&stamp, inputs).context("writing dist/.inputs")
}

/// The client's portal into `dist/`, UWV's build with the workbench into `dist/staff/`, and the
/// engine both load after their first screen into `dist/engine/` (`portal`). Built into
/// `dist.new/` and swapped in once all three are done: a failed build leaves the last good one.
/// A running server is to be restarted after a new build: it works out its Content-Security-Policy
/// from the page's inline scripts when it starts, and pages it sent before ask for chunks of the
/// build that is gone.
fn build_portal() -> Result<()> {
    let dist = root().join("dist");
    let new = root().join("dist.new");
    let old = root().join("dist.old");
    for folder in [&new, &old] {
        if folder.exists() {
            std::fs::remove_dir_all(folder).with_context(|| format!("clearing {}", folder.display()))?;
        }
    }
    std::fs::create_dir_all(new.join("staff")).context("creating dist.new/")?;
    step("portal (the client's build, split for its first screen)", || portal::build(&portal::CLIENT, &new))?;
    step("portal (UWV's build with the workbench, staff/)", || portal::build(&portal::STAFF, &new))?;
    step("engine (helder-core's wasm-bindgen API for the browser, engine/)", || build_engine(&new))?;
    if dist.exists() {
        std::fs::rename(&dist, &old).context("moving dist/ aside")?;
    }
    if let Err(error) = std::fs::rename(&new, &dist) {
        // Put the last good build back rather than leave no portal at all.
        if old.exists() {
            std::fs::rename(&old, &dist).context("moving the previous dist/ back")?;
        }
        return Err(error).context("moving dist.new/ to dist/");
    }
    if old.exists() {
        std::fs::remove_dir_all(&old).context("removing the previous dist/")?;
    }
    Ok(())
}

/// helder-core's wasm-bindgen API (`compute`, `what_if`, `rules_version`) as a module of its own,
/// which the portal imports after its first screen (issue 15, budget 3), into `dist`'s `engine/`.
/// Without JSON-path errors (the browser computes only documents the server has validated),
/// `wasm-opt -O2` as the portal.
fn build_engine(dist: &Path) -> Result<()> {
    let out = dist.join("engine");
    build_wasm_api("helder-core", &["--no-default-features"], "web", &out)?;
    wasm_opt(&out.join("helder_core_bg.wasm"))
}

/// `cargo xtask run [--reset]`: builds what changed and serves the demo. `--reset` deletes the
/// demo database first, so the demo data is seeded anew.
fn run() -> Result<()> {
    if std::env::args().skip(2).any(|arg| arg == "--reset") {
        for suffix in ["", "-wal", "-shm"] {
            let file = root().join(format!("helder.db{suffix}"));
            if file.exists() {
                std::fs::remove_file(&file).with_context(|| format!("removing {}", file.display()))?;
            }
        }
        eprintln!("info: demo database removed; it is created and seeded anew");
    }
    setup_build()?;
    build_portal_if_changed()?;
    step("server (release)", || {
        run_command({
            let mut c = command("cargo");
            c.args(["build", "--release", "--locked", "-p", "helder-server"]);
            c
        })
    })?;
    eprintln!("Helder: open http://127.0.0.1:8080/ (Ctrl-C stops the server)");
    let mut serve = command(&root().join("target/release/helder").display().to_string());
    serve.args([
        "serve",
        "--bind",
        "127.0.0.1:8080",
        "--portal",
        "dist",
        "--database-url",
        "sqlite://helder.db",
        "--demo",
        // http://127.0.0.1: the session cookie cannot be Secure there.
        "--plain-http",
    ]);
    run_command(serve)
}

fn cargo(args: &[&str]) -> Command {
    let mut c = command("cargo");
    c.args(args);
    c
}

fn test() -> Result<()> {
    setup()?;
    step("rustfmt --check", || run_command(cargo(&["fmt", "--all", "--check"])))?;
    step("clippy (native, -D warnings)", || {
        run_command(cargo(&[
            "clippy",
            "--locked",
            "--workspace",
            "--exclude",
            "helder-portal",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]))
    })?;
    step("clippy (portal, core and explain for wasm32, -D warnings; the client's and the staff build)", || {
        for features in ["helder-explain/wasm", "helder-explain/wasm,helder-portal/workbench"] {
            run_command(cargo(&[
                "clippy",
                "--locked",
                "-p",
                "helder-portal",
                "-p",
                "helder-explain",
                "--features",
                features,
                "--target",
                "wasm32-unknown-unknown",
                "--",
                "-D",
                "warnings",
            ]))?;
        }
        Ok(())
    })?;
    build_portal()?;
    step("helder-core + helder-explain for Node (parity harness)", build_wasm_node)?;
    step("helder binary (debug)", || run_command(cargo(&["build", "--locked", "-p", "helder-server"])))?;
    step("fuzz the case parser", fuzz)?;
    // The portal is a browser build, left out of the workspace's native test run below; its
    // unit tests (form readers, workbench facts) are plain Rust and run natively here.
    step("the portal's unit tests (native, with the workbench)", || {
        run_command(cargo(&["test", "--locked", "-p", "helder-portal", "--features", "workbench"]))
    })?;
    step("cargo test (unit, golden, parity, browser)", || {
        let mut tests = cargo(&["test", "--locked", "--workspace", "--exclude", "helder-portal"]);
        tests
            .env("HELDER_WASM_NODE", root().join("target/wasm-node"))
            .env("HELDER_PORTAL_DIST", root().join("dist"))
            .env("HELDER_BIN", root().join("target/debug/helder"))
            .env("HELDER_SCREENSHOTS", root().join("target/screenshots"));
        run_command(tests)
    })
}

/// How long a libFuzzer run goes on: a time limit (the short run in `cargo xtask test`) or a
/// number of executions (`cargo xtask fuzz`).
enum FuzzLimit {
    Seconds(u32),
    Runs(u64),
}

/// A libFuzzer run over the case parser and engine, seeded with the golden cases. The stable
/// toolchain runs it with RUSTC_BOOTSTRAP (cargo-fuzz needs `-Z` flags) and no sanitizer: the
/// target checks panics, which need none. Returns libFuzzer's closing line.
fn fuzz_run(limit: FuzzLimit) -> Result<String> {
    let corpus = root().join("core/fuzz/corpus/case_parser");
    std::fs::create_dir_all(&corpus)?;
    let cases = root().join("tests/cases");
    for entry in std::fs::read_dir(&cases).with_context(|| format!("reading {}", cases.display()))?.flatten() {
        if entry.file_name().to_string_lossy().ends_with(".case.json") {
            std::fs::copy(entry.path(), corpus.join(entry.file_name()))?;
        }
    }
    std::fs::copy(root().join("core/benches/full-case.json"), corpus.join("full-case.json"))?;
    let limit = match limit {
        FuzzLimit::Seconds(seconds) => format!("-max_total_time={seconds}"),
        FuzzLimit::Runs(runs) => format!("-runs={runs}"),
    };
    let mut fuzz = command("cargo");
    fuzz.current_dir(root().join("core"))
        .env("RUSTC_BOOTSTRAP", "1")
        .args(["fuzz", "run", "case_parser", "-s", "none", "--", &limit])
        .stderr(Stdio::piped());
    let line = format!("{fuzz:?}");
    let output = fuzz.output().with_context(|| format!("starting {line}"))?;
    let log = String::from_utf8_lossy(&output.stderr);
    eprint!(
        "{}",
        log.lines().filter(|l| !l.starts_with('#') || l.contains("DONE")).map(|l| format!("{l}\n")).collect::<String>()
    );
    if !output.status.success() {
        bail!("{line} failed with {}: a crash or panic input is in core/fuzz/artifacts/", output.status);
    }
    Ok(log.lines().rev().find(|l| l.starts_with("Done ")).unwrap_or("libFuzzer printed no summary").to_owned())
}

fn fuzz() -> Result<()> {
    fuzz_run(FuzzLimit::Seconds(FUZZ_SECONDS)).map(|summary| eprintln!("fuzz: {summary}"))
}

/// `cargo xtask fuzz [RUNS]`: the long run (10⁶ executions unless RUNS says otherwise), beyond
/// CI; prints executions and time for BENCHMARKS.md.
fn fuzz_long() -> Result<()> {
    let runs = match std::env::args().nth(2) {
        Some(text) => text.parse().with_context(|| format!("RUNS must be a whole number, not {text}"))?,
        None => 1_000_000,
    };
    setup()?;
    let started = Instant::now();
    let mut summary = String::new();
    step("fuzz the case parser and engine", || fuzz_run(FuzzLimit::Runs(runs)).map(|s| summary = s))?;
    let elapsed = started.elapsed();
    println!(
        "fuzz case_parser: {runs} executions requested in {:.0} s, no crash; libFuzzer: {summary}",
        elapsed.as_secs_f64()
    );
    Ok(())
}

/// Builds `package` with its `wasm` feature (and `flags`, e.g. `--no-default-features`) for the
/// browser profile and runs wasm-bindgen on it (`target`: `nodejs` or `web`) into `out_dir`.
fn build_wasm_api(package: &str, flags: &[&str], target: &str, out_dir: &Path) -> Result<()> {
    let mut build =
        vec!["build", "--locked", "-p", package, "--features", "wasm", "--target", "wasm32-unknown-unknown"];
    build.extend_from_slice(flags);
    build.extend_from_slice(&["--profile", "wasm-release"]);
    run_command(cargo(&build))?;
    let module = target_dir().join(format!("wasm32-unknown-unknown/wasm-release/{}.wasm", package.replace('-', "_")));
    let mut bindgen = command("wasm-bindgen");
    bindgen.args(["--target", target, "--no-typescript", "--out-dir"]).arg(out_dir).arg(module);
    run_command(bindgen)
}

/// helder-core and helder-explain with their wasm-bindgen API (`compute`, `explain_case`,
/// `explain_result`), as a Node module for the parity harness.
fn build_wasm_node() -> Result<()> {
    build_wasm_api("helder-explain", &[], "nodejs", &root().join("target/wasm-node"))
}

/// gzip -9 size of a file, in bytes.
fn gzip_size(path: &Path) -> Result<u64> {
    let output = command("gzip").args(["-9", "-c"]).arg(path).output().context("running gzip")?;
    if !output.status.success() {
        bail!("gzip failed on {}", path.display());
    }
    Ok(output.stdout.len() as u64)
}

/// The gzip -9 sizes of `files` (each printed when `print`), summed.
fn gzip_sizes(files: &[PathBuf], print: bool) -> Result<u64> {
    let mut total = 0;
    for file in files {
        let size = gzip_size(file)?;
        total += size;
        if print {
            let name = file.strip_prefix(root()).unwrap_or(file);
            println!("portal {}: {:.1} KiB gzip", name.display(), size as f64 / 1024.0);
        }
    }
    Ok(total)
}

fn bench() -> Result<()> {
    setup()?;
    build_portal()?;
    step("portal transfer size (gzip -9)", || {
        // What arrives before the first screen (issue 15, budget 3): the client's page loads the
        // stylesheet, the glue, the chunk loader and the main module; the chunks come when their
        // part is shown.
        let (first, later) = portal::files(&root().join("dist"))?;
        let first = gzip_sizes(&first, true)?;
        println!("portal before the first screen (wasm + js + css): {:.1} KiB gzip", first as f64 / 1024.0);
        let later = gzip_sizes(&later, false)?;
        println!("portal chunks loaded when their part is shown: {:.1} KiB gzip", later as f64 / 1024.0);
        // The engine, imported after the first screen (hash check, what-if).
        let engine_files: Vec<PathBuf> = std::fs::read_dir(root().join("dist/engine"))?
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "wasm" || ext == "js"))
            .collect();
        let engine = gzip_sizes(&engine_files, true)?;
        println!(
            "portal engine after the first screen (dist/engine, wasm + js): {:.1} KiB gzip",
            engine as f64 / 1024.0
        );
        println!(
            "portal all a client could load (first screen + all chunks + engine): {:.1} KiB gzip",
            (first + later + engine) as f64 / 1024.0
        );
        // UWV's build with the workbench, loaded by staff only: reported, not budgeted.
        let (staff_first, staff_later) = portal::files(&root().join("dist/staff"))?;
        let staff = gzip_sizes(&staff_first, false)? + gzip_sizes(&staff_later, false)?;
        println!(
            "portal staff build (dist/staff, wasm + js + css, chunks included): {:.1} KiB gzip",
            staff as f64 / 1024.0
        );
        Ok(())
    })?;
    step("helder-core WASM size (wasm-bindgen + wasm-opt -Oz, gzip -9)", || {
        let out = root().join("target/wasm-size");
        build_wasm_api("helder-core", &[], "web", &out)?;
        let optimised = out.join("helder_core_opt.wasm");
        let mut opt = command("wasm-opt");
        opt.arg("-Oz").arg(out.join("helder_core_bg.wasm")).arg("-o").arg(&optimised);
        run_command(opt)?;
        let size = gzip_size(&optimised)?;
        println!("helder-core wasm (compute + rules_version): {:.1} KiB gzip", size as f64 / 1024.0);
        Ok(())
    })?;
    // The bench prints the engine ÷ floor ratio (issue 15) after criterion's figures.
    step("criterion: one full case, its floor and the engine ÷ floor ratio", || {
        run_command(cargo(&["bench", "--locked", "-p", "helder-core"]))
    })?;
    step("letters: rendering time per letter (draft, HTML, tagged PDF)", || {
        run_command(cargo(&["build", "--locked", "--release", "-p", "helder-tests", "--bin", "letters-bench"]))?;
        run_command(command(&root().join("target/release/letters-bench").display().to_string()))
    })?;
    step("batch: helder recompute over 48,000 generated cases", || {
        run_command(cargo(&["build", "--locked", "--release", "-p", "helder-server", "-p", "helder-tests"]))?;
        let cases = root().join("target/bench-cases.ndjson");
        let generated =
            command(&root().join("target/release/gen-cases").display().to_string()).args(["48000", "2024"]).output()?;
        std::fs::write(&cases, &generated.stdout)?;
        for threads in ["1", "2"] {
            let mut check = command(&root().join("target/release/helder").display().to_string());
            check.arg("recompute").arg(&cases).arg("/dev/null").args(["--check", "--threads", threads]);
            run_command(check)?;
        }
        let mut digests = Vec::new();
        for threads in ["1", "2"] {
            let out = root().join(format!("target/bench-results-{threads}.ndjson"));
            let mut recompute = command(&root().join("target/release/helder").display().to_string());
            recompute.arg("recompute").arg(&cases).arg(&out).args(["--threads", threads]);
            run_command(recompute)?;
            digests.push(std::fs::read(&out)?);
        }
        if digests[0] != digests[1] {
            bail!("recompute output differs between 1 and 2 threads");
        }
        println!("recompute output identical for 1 and 2 threads");
        Ok(())
    })?;
    step("server: case view at 1,000 requests/s for 30 s, then portal timing (SQLite, loopback)", || {
        let database = std::env::temp_dir().join(format!("helder-load-{}.db", std::process::id()));
        let _ = std::fs::remove_file(&database);
        let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let mut server = command(&root().join("target/release/helder").display().to_string())
            .args(["serve", "--bind", &format!("127.0.0.1:{port}"), "--demo", "--plain-http", "--portal", "dist"])
            .arg("--database-url")
            .arg(format!("sqlite://{}", database.display()))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        let deadline = Instant::now() + std::time::Duration::from_secs(30);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() && Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        let mut load = command(&root().join("target/release/load").display().to_string());
        load.args([&format!("http://127.0.0.1:{port}"), "1000", "30", "WIA-DEMO-06"]);
        let mut timing = command(&root().join("target/release/portal-timing").display().to_string());
        timing.arg(format!("http://127.0.0.1:{port}"));
        let outcome = run_command(load).and_then(|()| run_command(timing));
        let _ = server.kill();
        let _ = server.wait();
        let _ = std::fs::remove_file(&database);
        outcome
    })?;
    // Issue 15's budget 5: the bench starts its own server on 1,000 imported cases.
    step("server memory: 100,000 case views of 1,000 cases (SQLite, loopback)", || {
        let mut memory = command(&root().join("target/release/view-memory").display().to_string());
        memory.arg(root().join("target/release/helder")).args(["1000", "100000"]);
        run_command(memory)
    })?;
    step("helder recompute over a 48,000-case database (SQLite and PostgreSQL)", || {
        let generated = command(&root().join("target/release/gen-cases").display().to_string())
            .args(["48000", "2024", "--import"])
            .output()?;
        let file = root().join("target/bench-import.ndjson");
        std::fs::write(&file, &generated.stdout)?;
        let mut bench = command(&root().join("target/release/db-bench").display().to_string());
        bench.arg(root().join("target/release/helder")).arg(&file);
        run_command(bench)
    })?;
    // Issue 12's budgets: the dashboard and a worklist page over HTTP, and recompute --diff; and
    // issue 15's budget 4: recompute --store (every case's result and explanation stored).
    step(
        "the workbench at 220,000 cases: dashboard, worklist, recompute --diff and --store (PostgreSQL and SQLite)",
        || {
            let features = ["--features", "helder-tests/workbench-bench"];
            let packages = ["build", "--locked", "--release", "-p", "helder-server", "-p", "helder-tests"];
            run_command(cargo(&[&packages[..], &features[..]].concat()))?;
            let mut bench = command(&root().join("target/release/workbench-bench").display().to_string());
            bench.arg(root().join("target/release/helder"));
            run_command(bench)
        },
    )
}

/// `cargo xtask mutants [--shard K/N]`: cargo-mutants' own runner over helder-core, against
/// core's unit tests, the golden cases and the property tests — all test targets of core itself
/// (`core/tests/`), so a mutant rebuilds only core and its test binaries (about 15 s; through
/// helder-tests it was 97 s). Shard K of N takes every Nth mutant (round-robin), so any set of
/// finished shards is an even sample; each shard's outcomes are kept in
/// `target/mutants/shard-K-of-N/mutants.out/` (`caught.txt`, `missed.txt`, `outcomes.json`).
fn mutants() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(2).collect();
    let shard = match args.iter().position(|a| a == "--shard").and_then(|i| args.get(i + 1)) {
        Some(text) => {
            let (k, n) = text.split_once('/').context("--shard takes K/N")?;
            Some((k.parse::<usize>()?, n.parse::<usize>()?))
        }
        None => None,
    };
    step("cargo-mutants", || {
        if output_of("cargo", &["mutants", "--version"]).is_some_and(|v| v.ends_with(CARGO_MUTANTS_VERSION)) {
            return Ok(());
        }
        cargo_install(&["--locked", "cargo-mutants", "--version", &format!("={CARGO_MUTANTS_VERSION}")])
    })?;
    let out = root().join("target/mutants").join(match shard {
        Some((k, n)) => format!("shard-{k}-of-{n}"),
        None => "all".to_owned(),
    });
    std::fs::create_dir_all(&out)?;
    // Niced and one compiler job at a time: the machine is shared. In place (one mutant at a
    // time, no copy of the tree, no second target directory); cargo-mutants puts each file
    // back after its mutant.
    let mut run = command("nice");
    run.args(["-n", "19", "cargo", "mutants", "-p", "helder-core", "--in-place", "--jobserver-tasks", "1"])
        .args(["--sharding", "round-robin", "--minimum-test-timeout", "60", "--output"])
        .arg(&out)
        // wasm.rs is compiled only with the `wasm` feature: its mutants could not fail these
        // tests (the WASM parity test in helder-tests covers it).
        .args(["--exclude", "core/src/wasm.rs"])
        // Unit and integration tests; doc tests add a rustdoc build per mutant and test nothing
        // the others do not.
        .args(["--cargo-test-arg=--tests"])
        .env("HELDER_PROPTEST_CASES", "500");
    if let Some((k, n)) = shard {
        run.args(["--shard", &format!("{k}/{n}")]);
    }
    let started = Instant::now();
    let status = run.status().context("starting cargo mutants")?;
    // cargo-mutants exits 2 when mutants survive and 3 on timeouts: outcomes, not failures.
    if !matches!(status.code(), Some(0 | 2 | 3)) {
        bail!("cargo mutants failed with {status}");
    }
    let count =
        |name: &str| std::fs::read_to_string(out.join("mutants.out").join(name)).map_or(0, |text| text.lines().count());
    let (caught, missed, timeouts, unviable) =
        (count("caught.txt"), count("missed.txt"), count("timeout.txt"), count("unviable.txt"));
    let viable = caught + missed + timeouts;
    let tested = viable + unviable;
    let score = if viable == 0 { 0.0 } else { (caught + timeouts) as f64 * 100.0 / viable as f64 };
    let seconds = started.elapsed().as_secs();
    println!(
        "mutants of helder-core: {tested} tested, {caught} caught, {missed} missed, {timeouts} timeouts, \
         {unviable} unviable; score (caught + timeouts) / viable = {score:.1} %; {seconds} s ({:.1} s a mutant); \
         survivors in {}",
        seconds as f64 / tested.max(1) as f64,
        out.join("mutants.out/missed.txt").display()
    );
    Ok(())
}
