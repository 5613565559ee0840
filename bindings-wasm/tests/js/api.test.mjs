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
  assert.deepEqual(Object.keys(cn).sort(), ["classLetters", "classNumber", "display", "scheme", "sortKey"]);
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
