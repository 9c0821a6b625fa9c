// Parity harness: reads NDJSON on stdin and runs each line through the WASM build of
// helder-core + helder-explain (wasm-bindgen --target nodejs). Mode (argv[3]): "compute" for
// case -> result, "what-if:<outcome>" for case -> the result with that decision assumed (the
// browser's check of an estimate), or "explain:<language>" for case -> explanation. One output line per input:
// the document, or "ERR " followed by the error document. The Rust test compares with native.
"use strict";
const path = require("path");
const readline = require("readline");
const api = require(path.resolve(process.argv[2], "helder_explain.js"));
const mode = process.argv[3] || "compute";
const language = mode.startsWith("explain:") ? mode.slice("explain:".length) : null;
const outcome = mode.startsWith("what-if:") ? mode.slice("what-if:".length) : null;

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
const out = [];
rl.on("line", (line) => {
  try {
    if (language) out.push(api.explain_case(line, language));
    else if (outcome) out.push(api.what_if(line, outcome));
    else out.push(api.compute(line));
  } catch (error) {
    out.push("ERR " + String(error));
  }
});
rl.on("close", () => {
  process.stdout.write(out.join("\n") + "\n");
});
