//! The shared call-number vectors run through the JavaScript surface (in Node, and in headless
//! Chromium with WASM_BINDGEN_USE_BROWSER=1).
#![cfg(target_arch = "wasm32")]

#[path = "../../core/tests/support/vectors.rs"]
mod vectors;

use ils_core_wasm::{parse_call_number, sort_key, sort_keys};
use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn get(value: &JsValue, name: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(name)).unwrap()
}

fn array(items: &[&str]) -> Array {
    items.iter().map(|s| JsValue::from_str(s)).collect()
}

#[wasm_bindgen_test]
fn lists_are_in_shelf_order() {
    for (name, text, scheme) in vectors::ORDERED {
        for seq in vectors::sequences(text) {
            let keys = sort_keys(&array(&seq)).unwrap();
            for (i, pair) in keys.windows(2).enumerate() {
                assert!(
                    pair[0] < pair[1],
                    "{name}: {:?} should file before {:?}",
                    seq[i],
                    seq[i + 1]
                );
            }
            for (s, key) in seq.iter().zip(&keys) {
                let parsed = parse_call_number(s).unwrap();
                assert_eq!(
                    get(&parsed, "scheme").as_string().as_deref(),
                    Some(scheme),
                    "{s}"
                );
                assert_eq!(
                    get(&parsed, "sortKey").as_string().as_ref(),
                    Some(key),
                    "{s}"
                );
                assert_eq!(&sort_key(s), key);
            }
        }
    }
}

#[wasm_bindgen_test]
fn equivalent_spellings_share_a_key() {
    for (variant, canonical) in vectors::equivalents() {
        assert_eq!(sort_key(variant), sort_key(canonical), "{variant:?}");
        let (a, b) = (
            parse_call_number(variant).unwrap(),
            parse_call_number(canonical).unwrap(),
        );
        assert_eq!(
            get(&a, "display").as_string(),
            get(&b, "display").as_string()
        );
    }
}

#[wasm_bindgen_test]
fn every_weird_line_gets_a_key() {
    for line in vectors::weird() {
        let key = sort_key(line);
        assert!(
            key.starts_with('1') && key.bytes().all(|b| (0x20..=0x7e).contains(&b)),
            "{line:?}"
        );
        let _ = parse_call_number(line);
    }
}

#[wasm_bindgen_test]
fn parse_vectors() {
    let doc = JSON::parse(vectors::PARSE).unwrap();
    let cases: Array = get(&doc, "cases").dyn_into().unwrap();
    for case in cases.iter() {
        let input = get(&case, "input").as_string().unwrap();
        match parse_call_number(&input) {
            Ok(parsed) => {
                for (field, expected) in [
                    ("scheme", "scheme"),
                    ("display", "display"),
                    ("sortKey", "sort_key"),
                ] {
                    assert_eq!(
                        get(&parsed, field).as_string(),
                        get(&case, expected).as_string(),
                        "{input:?} {field}"
                    );
                }
            }
            Err(error) => {
                assert!(error.is_instance_of::<js_sys::Error>(), "{input:?}");
                assert_eq!(
                    get(&error, "code").as_string(),
                    get(&case, "error").as_string(),
                    "{input:?}"
                );
                assert_eq!(
                    get(&error, "position").as_f64(),
                    get(&case, "position").as_f64(),
                    "{input:?}"
                );
                assert_eq!(get(&error, "input").as_string().as_ref(), Some(&input));
                if let Some(message) = get(&case, "message").as_string() {
                    assert_eq!(get(&error, "message").as_string(), Some(message));
                }
                assert_eq!(
                    Some(sort_key(&input)),
                    get(&case, "fallback_key").as_string(),
                    "{input:?}"
                );
            }
        }
    }
}

#[wasm_bindgen_test]
fn sort_keys_names_an_item_that_is_not_a_string() {
    let items = array(&["QA76", "QA77"]);
    items.push(&JsValue::from_f64(3.0));
    let error = sort_keys(&items).unwrap_err();
    assert!(error.is_instance_of::<js_sys::TypeError>());
    assert_eq!(
        get(&error, "code").as_string().as_deref(),
        Some("ILS_TYPE_ERROR")
    );
    assert!(get(&error, "message")
        .as_string()
        .unwrap()
        .contains("item 2 is number"));
}
