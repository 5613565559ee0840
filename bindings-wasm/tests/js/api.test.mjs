// The JavaScript surface as a user sees it: the wasm-bindgen build for Node (pkg-node/), run with
// `node --test`. The vector suites run in Rust (tests/callnumber.rs); this checks what only JS can
// see: Error instances, property names, thrown values.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const ils = require("../../pkg-node/ils_core.js");

test("sortKey orders call numbers and never throws on strings", () => {
  const shelf = ["QA76.73 .C153 S65 2003", "QA9 .B3", "QA76 .S73 no.93-11", "005.133 C15", "FIC SMITH"];
  const sorted = [...shelf].sort((a, b) => (ils.sortKey(a) < ils.sortKey(b) ? -1 : 1));
  assert.deepEqual(sorted, ["QA9 .B3", "QA76 .S73 no.93-11", "QA76.73 .C153 S65 2003", "005.133 C15", "FIC SMITH"]);
  for (const s of ["", " ", "\u0000", "QA76 .\u00c41", "\ud83d\udcda", "QA99999999999999999999"]) {
    assert.equal(typeof ils.sortKey(s), "string");
  }
  assert.deepEqual(ils.sortKeys(shelf), shelf.map(ils.sortKey));
});

test("parseCallNumber returns a plain object", () => {
  const cn = ils.parseCallNumber("qa76.73 .p98l88 2010");
  assert.deepEqual(Object.keys(cn).sort(), ["baseKey", "display", "explanation", "parts", "rangeEndKey", "scheme", "sortKey"]);
  assert.deepEqual(cn.parts, { classLetters: "QA", classNumber: "76.73", cutters: ["P98", "L88"], other: ["2010"] });
  assert.equal(cn.scheme, "lc");
  assert.equal(cn.display, "QA76.73 .P98 L88 2010");
  assert.equal(cn.sortKey, ils.sortKey("QA76.73 .P98 L88 2010"));
});

test("bad input throws an Error with a stable code and position", () => {
  assert.throws(() => ils.parseCallNumber("QA76..73"), (e) => {
    assert.ok(e instanceof Error);
    assert.equal(e.name, "CallNumberError");
    assert.equal(e.code, "CALLNUMBER_UNEXPECTED_CHAR");
    assert.equal(e.position, 5);
    assert.equal(e.input, "QA76..73");
    assert.equal(e.message, '"QA76..73": unexpected \'.\' at byte 5');
    return true;
  });
  // Positions count UTF-16 code units, as JavaScript indexes strings.
  assert.throws(() => ils.parseCallNumber("QA76 .\ud83d\udcda"), (e) => e.position === 6 && e.code === "CALLNUMBER_NON_ASCII");
  assert.throws(() => ils.sortKeys(["QA76", 7]), (e) => e instanceof TypeError && e.code === "ILS_TYPE_ERROR");
});

test("shelfSort and ShelvingPolicy", () => {
  const cart = ["REF QA1 .A1", "QA76.73 .C153", "A 13.2:T 73/4", "QA9 .B3"];
  assert.deepEqual(ils.shelfSort(cart), ["QA9 .B3", "QA76.73 .C153", "A 13.2:T 73/4", "REF QA1 .A1"]);
  assert.deepEqual(cart[0], "REF QA1 .A1", "the input is not changed");
  const ignore = new ils.ShelvingPolicy(["REF"], "ignore");
  assert.deepEqual(ignore.prefixes, ["REF"]);
  assert.equal(ignore.prefixFiling, "ignore");
  assert.deepEqual(ils.shelfSort(cart, ignore), ["REF QA1 .A1", "QA9 .B3", "QA76.73 .C153", "A 13.2:T 73/4"]);
  assert.equal(ils.sortKey("REF QA1 .A1", ignore), ils.sortKey("QA1 .A1"));
  assert.ok(new ils.ShelvingPolicy().prefixes.includes("FIC"));
  assert.throws(() => new ils.ShelvingPolicy(["REF", ""]), (e) => e instanceof Error && e.code === "POLICY_EMPTY_PREFIX");
});

test("the browser build (pkg/, optimized by wasm-opt) loads and keys", async () => {
  const { readFile } = await import("node:fs/promises");
  const web = await import("../../pkg/ils_core.js");
  const bytes = await readFile(new URL("../../pkg/ils_core_bg.wasm", import.meta.url));
  web.initSync({ module: bytes });
  assert.equal(web.sortKey("QA76.73 .P98 L88 2010"), ils.sortKey("QA76.73 .P98 L88 2010"));
  assert.deepEqual(web.shelfSort(["QA77", "QA76"]), ["QA76", "QA77"]);
});
