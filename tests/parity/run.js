// Parity harness: reads NDJSON on stdin and runs each line through the WASM build of
// helder-core + helder-explain (wasm-bindgen --target nodejs). Mode (argv[3]): "compute" for
// case -> result, or "explain:<language>" for case -> explanation. One output line per input:
// the document, or "ERR " followed by the error document. The Rust test compares with native.
"use strict";
const path = require("path");
const readline = require("readline");
const api = require(path.resolve(process.argv[2], "helder_explain.js"));
const mode = process.argv[3] || "compute";
const language = mode.startsWith("explain:") ? mode.slice("explain:".length) : null;

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
const out = [];
rl.on("line", (line) => {
  try {
    out.push(language ? api.explain_case(line, language) : api.compute(line));
  } catch (error) {
    out.push("ERR " + String(error));
  }
});
rl.on("close", () => {
  process.stdout.write(out.join("\n") + "\n");
});
