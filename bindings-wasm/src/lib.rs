//! WebAssembly bindings of ils-core (npm package `ils-core`): conversion and error mapping only.
//! Every rule lives in `ils_core`.
//!
//! Errors are JavaScript `Error`s with a stable `code` (`"CALLNUMBER_UNEXPECTED_CHAR"`), the
//! `position` of the problem (0-based, in UTF-16 code units as JavaScript indexes strings) and
//! the `input`.

use ils_core::callnumber::{self, CallNumber, CallNumberError};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A call number read by `parseCallNumber`. */
export interface ParsedCallNumber {
  /** The scheme the call number was read in. */
  scheme: "lc" | "nlm" | "dewey";
  /** The shelf-order sort key: compare keys as plain strings. */
  sortKey: string;
  /** The canonical spelling (`e184 .a1` displays as `E184 .A1`). */
  display: string;
  /** Class letters in upper case (`"QA"`; `""` for Dewey). */
  classLetters: string;
  /** The class number as written (`"76.73"`, `"005.133"`). */
  classNumber: string;
}

/** The error `parseCallNumber` throws: an `Error` with a stable `code`. */
export interface IlsError extends Error {
  /** Stable machine-readable code, e.g. `"CALLNUMBER_UNEXPECTED_CHAR"` or `"ILS_TYPE_ERROR"`. */
  code: string;
  /** 0-based index of the problem in `input` (UTF-16 code units), when there is one. */
  position?: number;
  /** The text that was read, when there is one. */
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

/// The shelf-order sort key of any string. Never throws for a string.
#[wasm_bindgen(js_name = sortKey)]
pub fn sort_key(call_number: &str) -> String {
    callnumber::sort_key(call_number)
}

/// The sort keys of an array of strings, in order. Throws an `Error` with code `ILS_TYPE_ERROR`
/// naming the index of an item that is not a string.
#[wasm_bindgen(js_name = sortKeys)]
pub fn sort_keys(
    #[wasm_bindgen(unchecked_param_type = "string[]")] call_numbers: &Array,
) -> Result<Vec<String>, JsValue> {
    let mut keys = Vec::with_capacity(call_numbers.length() as usize);
    for (index, item) in call_numbers.iter().enumerate() {
        let Some(text) = item.as_string() else {
            let type_name = item.js_typeof().as_string().unwrap_or_default();
            let error = js_sys::TypeError::new(&format!(
                "sortKeys: item {index} is {type_name}, not a string"
            ));
            set(&error, "code", &"ILS_TYPE_ERROR".into());
            return Err(error.into());
        };
        keys.push(callnumber::sort_key(&text));
    }
    Ok(keys)
}

/// Reads a call number, detecting its scheme (LC, NLM or Dewey). Throws an `Error` with `code`,
/// `position` and `input` when it reads in no scheme.
#[wasm_bindgen(js_name = parseCallNumber)]
pub fn parse_call_number(call_number: &str) -> Result<ParsedCallNumber, JsValue> {
    let cn = CallNumber::parse(call_number).map_err(|e| call_number_error(&e))?;
    let object = Object::new();
    set(&object, "scheme", &cn.scheme().as_str().into());
    set(&object, "sortKey", &cn.key().into());
    set(&object, "display", &cn.to_string().into());
    set(&object, "classLetters", &cn.class_letters().into());
    set(&object, "classNumber", &cn.class_number().into());
    Ok(object.unchecked_into())
}

fn set(object: &Object, name: &str, value: &JsValue) {
    // Setting a data property on a fresh plain object cannot fail.
    let _ = Reflect::set(object, &JsValue::from_str(name), value);
}

fn call_number_error(e: &CallNumberError) -> JsValue {
    // JavaScript indexes strings in UTF-16 code units.
    let prefix = e.input().get(..e.position()).unwrap_or_default();
    let position = prefix.encode_utf16().count();
    let error = js_sys::Error::new(&e.to_string());
    error.set_name("CallNumberError");
    set(&error, "code", &e.code().into());
    set(&error, "position", &(position as f64).into());
    set(&error, "input", &e.input().into());
    error.into()
}
