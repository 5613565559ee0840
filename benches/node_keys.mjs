// Keys per second of the WebAssembly build in Node (bindings-wasm/pkg-node, built by
// scripts/build-wasm, optimized by wasm-opt -Oz like the shipped package).
//
//   scripts/build-wasm && node benches/node_keys.mjs [N]        # N lines of gen_corpus.py --seed 42
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const ils = require(path.resolve(root, process.env.ILS_PKG ?? "bindings-wasm/pkg-node", "ils_core.js"));

const n = Number(process.argv[2] ?? 1_000_000);
const dir = path.join(root, "target/bench-corpus");
const file = path.join(dir, `gen_${n}_seed42.txt`);
if (!existsSync(file)) {
  mkdirSync(dir, { recursive: true });
  const text = execFileSync("python3", [path.join(root, "benches/gen_corpus.py"), "--n", String(n), "--seed", "42"], {
    maxBuffer: 1 << 30,
  });
  writeFileSync(file, text);
}
const lines = readFileSync(file, "utf8").split("\n").filter((l) => l.length > 0);

function best(label, runs, fn) {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - t) / 1e9);
  }
  console.log(`${label.padEnd(34)} ${(lines.length / fastest / 1e6).toFixed(2).padStart(6)} M/s   (${fastest.toFixed(3)} s)`);
  return fastest;
}

console.log(`wasm in Node ${process.version}, ${lines.length} lines of gen_corpus.py --seed 42`);
best("sortKeys(array)", 3, () => ils.sortKeys(lines));
best("sortKey(s), one call per line", 3, () => {
  for (const s of lines) ils.sortKey(s);
});
const sortTime = best("shelfSort(array)", 3, () => ils.shelfSort(lines));
const plainTime = best("plain [...].sort() (baseline)", 3, () => [...lines].sort());
console.log(`shelfSort / plain sort: ${(sortTime / plainTime).toFixed(2)}x`);
