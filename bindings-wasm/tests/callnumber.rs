//! The shared call-number vectors run through the JavaScript surface (in Node, and in headless
//! Chromium with WASM_BINDGEN_USE_BROWSER=1).
#![cfg(target_arch = "wasm32")]

#[path = "../../core/tests/support/vectors.rs"]
mod vectors;

use ils_core_wasm::{parse_call_number, shelf_sort, sort_key, sort_keys, JsShelvingPolicy};
use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn get(value: &JsValue, name: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(name)).unwrap()
}

fn array(items: &[&str]) -> Array {
    items.iter().map(|s| JsValue::from_str(s)).collect()
}

/// No policy argument: the default policy.
fn none() -> JsValue {
    JsValue::UNDEFINED
}

fn texts(array: Array) -> Vec<String> {
    array.iter().map(|v| v.as_string().unwrap()).collect()
}

fn key(s: &str) -> String {
    sort_key(s, none()).unwrap()
}

fn parse(s: &str) -> Result<JsValue, JsValue> {
    parse_call_number(s, none()).map(Into::into)
}

#[wasm_bindgen_test]
fn lists_are_in_shelf_order() {
    for (name, text, scheme) in vectors::ORDERED {
        for seq in vectors::sequences(text) {
            let keys = texts(sort_keys(&array(&seq), none()).unwrap());
            for (i, pair) in keys.windows(2).enumerate() {
                assert!(pair[0] < pair[1], "{name}: {:?} should file before {:?}", seq[i], seq[i + 1]);
            }
            for (s, k) in seq.iter().zip(&keys) {
                let parsed = parse(s).unwrap();
                if let Some(scheme) = scheme {
                    assert_eq!(get(&parsed, "scheme").as_string().as_deref(), Some(scheme), "{s}");
                }
                assert_eq!(get(&parsed, "sortKey").as_string().as_ref(), Some(k), "{s}");
                assert_eq!(&key(s), k);
            }
            let mut reversed = seq.clone();
            reversed.reverse();
            assert_eq!(texts(shelf_sort(&array(&reversed), none()).unwrap()), seq, "{name}");
        }
    }
}

#[wasm_bindgen_test]
fn equivalent_spellings_share_a_key() {
    for (variant, canonical) in vectors::equivalents() {
        assert_eq!(key(variant), key(canonical), "{variant:?}");
        let (a, b) = (parse(variant).unwrap(), parse(canonical).unwrap());
        assert_eq!(get(&a, "display").as_string(), get(&b, "display").as_string());
    }
}

#[wasm_bindgen_test]
fn every_weird_line_gets_a_key() {
    for line in vectors::weird() {
        let k = key(line);
        assert!(k.starts_with('1') && k.bytes().all(|b| (0x20..=0x7e).contains(&b)), "{line:?}");
        let _ = parse(line);
    }
}

#[wasm_bindgen_test]
fn parse_vectors() {
    let doc = JSON::parse(vectors::PARSE).unwrap();
    let cases: Array = get(&doc, "cases").dyn_into().unwrap();
    for case in cases.iter() {
        let input = get(&case, "input").as_string().unwrap();
        match parse(&input) {
            Ok(parsed) => {
                for (field, expected) in [("scheme", "scheme"), ("display", "display"), ("sortKey", "sort_key")] {
                    assert_eq!(get(&parsed, field).as_string(), get(&case, expected).as_string(), "{input:?} {field}");
                }
                let base = get(&case, "base_key").as_string().or_else(|| get(&case, "sort_key").as_string());
                assert_eq!(get(&parsed, "baseKey").as_string(), base, "{input:?}");
                let affixes: Vec<String> = get(&case, "affixes")
                    .dyn_into::<Array>()
                    .map_or(vec![], |a| a.iter().filter_map(|v| v.as_string()).collect());
                let found: Array = get(&get(&parsed, "explanation"), "affixes").dyn_into().unwrap();
                assert_eq!(found.iter().filter_map(|v| v.as_string()).collect::<Vec<_>>(), affixes, "{input:?}");
            }
            Err(error) => {
                assert!(error.is_instance_of::<js_sys::Error>(), "{input:?}");
                assert_eq!(get(&error, "code").as_string(), get(&case, "error").as_string(), "{input:?}");
                assert_eq!(get(&error, "position").as_f64(), get(&case, "position").as_f64(), "{input:?}");
                assert_eq!(get(&error, "input").as_string().as_ref(), Some(&input));
                if let Some(message) = get(&case, "message").as_string() {
                    assert_eq!(get(&error, "message").as_string(), Some(message));
                }
                assert_eq!(Some(key(&input)), get(&case, "fallback_key").as_string(), "{input:?}");
            }
        }
    }
}

#[wasm_bindgen_test]
fn sort_keys_names_an_item_that_is_not_a_string() {
    let items = array(&["QA76", "QA77"]);
    items.push(&JsValue::from_f64(3.0));
    let error = sort_keys(&items, none()).unwrap_err();
    assert!(error.is_instance_of::<js_sys::TypeError>());
    assert_eq!(get(&error, "code").as_string().as_deref(), Some("ILS_TYPE_ERROR"));
    assert!(get(&error, "message").as_string().unwrap().contains("item 2 is number"));
}

#[wasm_bindgen_test]
fn shelving_policies_decide_where_prefixes_file() {
    let ignore: JsValue =
        JsShelvingPolicy::new(Some(vec!["REF".into(), "STORAGE".into()]), Some("ignore".into())).unwrap().into();
    assert_eq!(sort_key("STORAGE QA76 .A1", ignore.clone()).unwrap(), key("QA76 .A1"));
    assert_eq!(texts(shelf_sort(&array(&["REF QA77", "QA76"]), ignore.clone()).unwrap()), ["QA76", "REF QA77"]);
    assert_eq!(texts(shelf_sort(&array(&["REF QA76", "QA77"]), none()).unwrap()), ["QA77", "REF QA76"]);
    // Strings with newlines in them take the slower path and still key alike.
    assert_eq!(texts(sort_keys(&array(&["QA76\nx", "QA77"]), none()).unwrap()), [key("QA76\nx"), key("QA77")]);
    // A plain object of the same shape works too.
    let plain = JSON::parse(r#"{"prefixes": ["STORAGE"], "prefixFiling": "ignore"}"#).unwrap();
    assert_eq!(sort_key("STORAGE QA76 .A1", plain).unwrap(), key("QA76 .A1"));
    let error = JsShelvingPolicy::new(Some(vec!["REF".into(), " ".into()]), None).err().unwrap();
    assert_eq!(get(&error, "code").as_string().as_deref(), Some("POLICY_EMPTY_PREFIX"));
    let error = JsShelvingPolicy::new(None, Some("sideways".into())).err().unwrap();
    assert_eq!(get(&error, "code").as_string().as_deref(), Some("POLICY_UNKNOWN_FILING"));
}

#[wasm_bindgen_test]
fn parsed_call_numbers_carry_parts_and_an_explanation() {
    let parsed = parse("REF QA76.73 .P98 L88 2010 v.2").unwrap();
    let parts = get(&parsed, "parts");
    assert_eq!(
        JSON::stringify(&parts).unwrap().as_string().unwrap(),
        r#"{"prefixes":["REF"],"cutters":["P98","L88"],"other":["2010"],"itemParts":["v.2"],"classLetters":"QA","classNumber":"76.73"}"#
    );
    let explanation = get(&parsed, "explanation");
    assert_eq!(get(&explanation, "rule").as_string().as_deref(), Some("lc_class"));
    assert!(get(&explanation, "sentence").as_string().unwrap().starts_with("Read as LC"));
    assert!(get(&parsed, "rangeEndKey").as_string().unwrap() > key("QA76.73 .P98 L88 2010 v.2 c.3"));
}
