// Parity harness: reads NDJSON case documents on stdin, computes each with the WASM build of
// helder-core (wasm-bindgen --target nodejs), and writes one line per case: the result document,
// or "ERR " followed by the error document. The Rust test compares this with native helder-core.
"use strict";
const path = require("path");
const readline = require("readline");
const core = require(path.resolve(process.argv[2], "helder_core.js"));

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
const out = [];
rl.on("line", (line) => {
  try {
    out.push(core.compute(line));
  } catch (error) {
    out.push("ERR " + String(error));
  }
});
rl.on("close", () => {
  process.stdout.write(out.join("\n") + "\n");
});
