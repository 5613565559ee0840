//! WebAssembly bindings of ils-core (npm package `ils-core`): conversion and error mapping only.
//! Every rule lives in `ils_core`.
//!
//! Errors are JavaScript `Error`s with a stable `code` (`"CALLNUMBER_UNEXPECTED_CHAR"`), and for
//! call numbers the `position` of the problem (0-based, in UTF-16 code units as JavaScript
//! indexes strings) and the `input`.

use ils_core::callnumber::{self, CallNumber, CallNumberError, PrefixFiling, ShelvingPolicy, ShelvingPolicyError};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** The scheme a call number was read in. */
export type Scheme = "lc" | "nlm" | "dewey" | "sudoc" | "local";

/** The named parts of a call number; only those present are set. */
export interface CallNumberParts {
  prefixes?: string[];
  classLetters?: string;
  classNumber?: string;
  cutters?: string[];
  /** Dates, ordinals, work marks and years of the title's call number. */
  other?: string[];
  /** Volumes, parts and copies: `["v.2", "c.3"]`. */
  itemParts?: string[];
  agency?: string;
  stem?: string;
  bookNumber?: string;
  text?: string;
  suffixes?: string[];
}

/** Why a call number was read in its scheme. */
export interface CallNumberExplanation {
  scheme: Scheme;
  /** The rule that decided: "lc_class", "nlm_class", "dewey_number", "sudoc_colon", "not_a_class", "no_scheme", "forced". */
  rule: string;
  /** Prefixes and suffixes recognised by the shelving policy. */
  affixes: string[];
  prefixFiling: "grouped" | "ignore";
  /** The explanation in a sentence. */
  sentence: string;
}

/** A call number read by `parseCallNumber`. */
export interface ParsedCallNumber {
  scheme: Scheme;
  parts: CallNumberParts;
  /** The shelf-order sort key: compare keys as plain strings. */
  sortKey: string;
  /** The sort key without item parts, shared by the volumes and copies of a title. */
  baseKey: string;
  /** The end of the range of keys of call numbers that extend this one. */
  rangeEndKey: string;
  /** The canonical spelling (`e184 .a1` displays as `E184 .A1`). */
  display: string;
  explanation: CallNumberExplanation;
}

/** The errors ils-core throws: an `Error` with a stable `code`. */
export interface IlsError extends Error {
  /** Stable machine-readable code, e.g. `"CALLNUMBER_UNEXPECTED_CHAR"`, `"POLICY_EMPTY_PREFIX"`, `"ILS_TYPE_ERROR"`. */
  code: string;
  /** 0-based index of the problem in `input` (UTF-16 code units), for call-number errors. */
  position?: number;
  /** The text that was read, for call-number errors. */
  input?: string;
}
"#;

#[wasm_bindgen]
extern "C" {
    /// `ParsedCallNumber` in the TypeScript definitions.
    #[wasm_bindgen(typescript_type = "ParsedCallNumber")]
    pub type ParsedCallNumber;
}

/// Installs a panic hook that prints panics to the console (they should never happen).
#[wasm_bindgen(start)]
pub fn start() {
    #[cfg(feature = "console_error_panic_hook")]
    console_error_panic_hook::set_once();
}

/// Which prefixes are recognised (`REF`, `J`, `FIC`...) and where prefixed call numbers file:
/// `"grouped"` (after all others, grouped by prefix; the default) or `"ignore"`.
#[wasm_bindgen(js_name = ShelvingPolicy)]
pub struct JsShelvingPolicy {
    inner: ShelvingPolicy,
}

#[wasm_bindgen(js_class = ShelvingPolicy)]
impl JsShelvingPolicy {
    /// A policy recognising `prefixes` (the default list when omitted or null), filed by
    /// `prefixFiling`. Throws an `Error` with code `POLICY_*` for an empty prefix, a prefix with a
    /// space in it, or an unknown filing.
    #[wasm_bindgen(constructor)]
    pub fn new(prefixes: Option<Vec<String>>, prefix_filing: Option<String>) -> Result<JsShelvingPolicy, JsValue> {
        let filing: PrefixFiling = match prefix_filing {
            Some(name) => name.parse().map_err(|e| policy_error(&e))?,
            None => PrefixFiling::default(),
        };
        let inner = match prefixes {
            None => ShelvingPolicy::default().with_filing(filing),
            Some(list) => ShelvingPolicy::new(list, filing).map_err(|e| policy_error(&e))?,
        };
        Ok(JsShelvingPolicy { inner })
    }

    /// The prefixes recognised, as they display.
    #[wasm_bindgen(getter)]
    pub fn prefixes(&self) -> Vec<String> {
        self.inner.prefixes().map(str::to_owned).collect()
    }

    /// `"grouped"` or `"ignore"`.
    #[wasm_bindgen(getter, js_name = prefixFiling)]
    pub fn prefix_filing(&self) -> String {
        self.inner.prefix_filing().as_str().to_owned()
    }
}

/// The Rust policy behind a `policy` argument: the default when it is `undefined` or `null`;
/// otherwise read through its `prefixes` and `prefixFiling` properties, so that a
/// `ShelvingPolicy` or a plain object of the same shape both work.
fn policy_of(policy: &JsValue) -> Result<ShelvingPolicy, JsValue> {
    if policy.is_undefined() || policy.is_null() {
        return Ok(ShelvingPolicy::default());
    }
    let prefixes = get(policy, "prefixes");
    let filing = get(policy, "prefixFiling").as_string();
    let prefixes = if prefixes.is_undefined() || prefixes.is_null() {
        None
    } else {
        let array: Array = prefixes.dyn_into().map_err(|_| type_error("policy.prefixes is not an array"))?;
        let list: Option<Vec<String>> = array.iter().map(|p| p.as_string()).collect();
        Some(list.ok_or_else(|| type_error("policy.prefixes holds something that is not a string"))?)
    };
    Ok(JsShelvingPolicy::new(prefixes, filing)?.inner)
}

fn get(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn set(object: &Object, name: &str, value: &JsValue) {
    // Setting a data property on a fresh plain object cannot fail.
    let _ = Reflect::set(object, &JsValue::from_str(name), value);
}

fn strings(items: &[String]) -> JsValue {
    items.iter().map(|s| JsValue::from_str(s)).collect::<Array>().into()
}

fn type_error(message: &str) -> JsValue {
    let error = js_sys::TypeError::new(message);
    set(&error, "code", &"ILS_TYPE_ERROR".into());
    error.into()
}

/// The strings of an array; an item that is not a string throws a `TypeError` naming it.
///
/// Crossing between JavaScript and WebAssembly costs more per string than keying it, so the
/// strings come over as one text joined by newlines when none of them holds a newline.
fn string_items(function: &str, items: &Array) -> Result<Vec<String>, JsValue> {
    for (index, item) in items.iter().enumerate() {
        if !item.is_string() {
            let type_name = item.js_typeof().as_string().unwrap_or_default();
            return Err(type_error(&format!("{function}: item {index} is {type_name}, not a string")));
        }
    }
    let joined = String::from(items.join("\n"));
    let texts: Vec<String> = joined.split('\n').map(str::to_owned).collect();
    if texts.len() == items.length() as usize {
        return Ok(texts);
    }
    Ok(items.iter().filter_map(|item| item.as_string()).collect())
}

/// Strings without newlines (sort keys, call numbers read from lines) to a JavaScript array,
/// through one text split on the JavaScript side.
fn to_array(lines: &[String]) -> Array {
    if lines.is_empty() {
        return Array::new();
    }
    js_sys::JsString::from(lines.join("\n")).split("\n")
}

/// The shelf-order sort key of any string. Never throws for a string.
#[wasm_bindgen(js_name = sortKey)]
pub fn sort_key(
    call_number: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "ShelvingPolicy")] policy: JsValue,
) -> Result<String, JsValue> {
    Ok(callnumber::sort_key_with(call_number, &policy_of(&policy)?))
}

/// The sort keys of an array of strings, in order. Throws a `TypeError` with code
/// `ILS_TYPE_ERROR` naming the index of an item that is not a string.
#[wasm_bindgen(js_name = sortKeys, unchecked_return_type = "string[]")]
pub fn sort_keys(
    #[wasm_bindgen(unchecked_param_type = "string[]")] call_numbers: &Array,
    #[wasm_bindgen(unchecked_optional_param_type = "ShelvingPolicy")] policy: JsValue,
) -> Result<Array, JsValue> {
    let policy = policy_of(&policy)?;
    let texts = string_items("sortKeys", call_numbers)?;
    // Keys are printable ASCII, never a newline.
    Ok(to_array(&callnumber::sort_keys_with(&texts, &policy)))
}

/// The call numbers of an array in shelf order (a new array; the input is not changed).
#[wasm_bindgen(js_name = shelfSort, unchecked_return_type = "string[]")]
pub fn shelf_sort(
    #[wasm_bindgen(unchecked_param_type = "string[]")] call_numbers: &Array,
    #[wasm_bindgen(unchecked_optional_param_type = "ShelvingPolicy")] policy: JsValue,
) -> Result<Array, JsValue> {
    let policy = policy_of(&policy)?;
    let texts = string_items("shelfSort", call_numbers)?;
    let order = callnumber::shelf_order(&texts, &policy);
    // Return the caller's own string values, in shelf order.
    Ok(order.into_iter().map(|i| call_numbers.get(i as u32)).collect())
}

/// Reads a call number, detecting its scheme (LC, NLM, Dewey, SuDocs or local text). Throws an
/// `Error` with `code`, `position` and `input` when it cannot be read.
#[wasm_bindgen(js_name = parseCallNumber)]
pub fn parse_call_number(
    call_number: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "ShelvingPolicy")] policy: JsValue,
) -> Result<ParsedCallNumber, JsValue> {
    let cn = CallNumber::parse_with(call_number, &policy_of(&policy)?).map_err(|e| call_number_error(&e))?;
    let object = Object::new();
    set(&object, "scheme", &cn.scheme().as_str().into());
    set(&object, "parts", &parts(&cn));
    set(&object, "sortKey", &cn.key().into());
    set(&object, "baseKey", &cn.base_key().into());
    set(&object, "rangeEndKey", &cn.range_end_key().into());
    set(&object, "display", &cn.to_string().into());
    let why = cn.explain();
    let explanation = Object::new();
    set(&explanation, "scheme", &why.scheme.as_str().into());
    set(&explanation, "rule", &why.reason.rule().into());
    set(&explanation, "affixes", &strings(&why.affixes));
    set(&explanation, "prefixFiling", &why.prefix_filing.as_str().into());
    set(&explanation, "sentence", &why.sentence.into());
    set(&object, "explanation", &explanation);
    Ok(object.unchecked_into())
}

fn parts(cn: &CallNumber) -> JsValue {
    let p = cn.parts();
    let object = Object::new();
    let lists = [
        ("prefixes", &p.prefixes),
        ("cutters", &p.cutters),
        ("other", &p.other),
        ("itemParts", &p.item_parts),
        ("suffixes", &p.suffixes),
    ];
    for (name, list) in lists {
        if !list.is_empty() {
            set(&object, name, &strings(list));
        }
    }
    let texts = [
        ("classLetters", &p.class_letters),
        ("classNumber", &p.class_number),
        ("agency", &p.agency),
        ("stem", &p.stem),
        ("bookNumber", &p.book_number),
        ("text", &p.text),
    ];
    for (name, text) in texts {
        if let Some(text) = text {
            set(&object, name, &text.into());
        }
    }
    object.into()
}

fn call_number_error(e: &CallNumberError) -> JsValue {
    // JavaScript indexes strings in UTF-16 code units.
    let prefix = e.input().get(..e.position()).unwrap_or_default();
    let position = prefix.encode_utf16().count();
    let error = ils_error(&e.to_string(), "CallNumberError", e.code());
    set(&error, "position", &(position as f64).into());
    set(&error, "input", &e.input().into());
    error.into()
}

fn policy_error(e: &ShelvingPolicyError) -> JsValue {
    ils_error(&e.to_string(), "ShelvingPolicyError", e.code()).into()
}

/// An `Error` named `name` with the stable `code` of the core error kind.
fn ils_error(message: &str, name: &str, code: &str) -> js_sys::Error {
    let error = js_sys::Error::new(message);
    error.set_name(name);
    set(&error, "code", &code.into());
    error
}
