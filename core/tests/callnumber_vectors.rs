//! The shared call-number vectors (tests/vectors/), run against the Rust API. The Python and
//! WebAssembly suites run the same files.

use ils_core::callnumber::{sort_key, sort_keys, CallNumber};
use serde_json::Value;

#[path = "support/vectors.rs"]
mod vectors;

use vectors::{equivalents, sequences, weird, DEWEY, LC, NLM, ORDERED, PARSE};

fn assert_shelf_order(text: &str, scheme: Option<&str>) {
    for seq in sequences(text) {
        let keys = sort_keys(&seq);
        for (i, pair) in keys.windows(2).enumerate() {
            assert!(
                pair[0] < pair[1],
                "{:?} should file before {:?}: {:?} vs {:?}",
                seq[i],
                seq[i + 1],
                pair[0],
                pair[1]
            );
        }
        let parsed: Vec<CallNumber> = seq.iter().map(|s| CallNumber::parse(s).unwrap()).collect();
        for (cn, key) in parsed.iter().zip(&keys) {
            if let Some(scheme) = scheme {
                assert_eq!(cn.scheme().as_str(), scheme, "{cn}");
            }
            assert_eq!(cn.key(), key, "{cn}");
        }
        for (i, pair) in parsed.windows(2).enumerate() {
            assert!(pair[0] < pair[1], "Ord: {:?} should file before {:?}", seq[i], seq[i + 1]);
        }
    }
}

#[test]
fn lists_are_in_shelf_order() {
    for (name, text, scheme) in ORDERED {
        assert_shelf_order(text, scheme);
        assert!(sequences(text).concat().len() > 2, "{name}");
    }
}

#[test]
fn lc_and_nlm_interfile_then_dewey() {
    let mut all: Vec<&str> = sequences(LC).concat();
    all.extend(sequences(NLM).concat());
    all.extend(sequences(DEWEY).concat());
    all.sort_by_cached_key(|s| sort_key(s));
    let position = |s: &str| all.iter().position(|x| *x == s).unwrap();
    assert_eq!(position("QS 4 B45"), position("QD1 .A35") + 1);
    assert_eq!(position("RC71 .T58 2000"), position("QZ 4 R63 2010") + 1);
    assert_eq!(position("W 18 G78 2001"), position("V23 .B3") + 1);
    assert_eq!(position("Z699 .A1"), position("WS 100 N45") + 1);
    assert_eq!(position("001.4 H66"), position("ZA3075 .A1") + 1);
}

#[test]
fn equivalent_spellings_share_a_key() {
    let pairs = equivalents();
    assert_eq!(pairs.len(), 9);
    for (variant, canonical) in pairs {
        assert_eq!(sort_key(variant), sort_key(canonical), "{variant:?} vs {canonical:?}");
        let (a, b) = (CallNumber::parse(variant).unwrap(), CallNumber::parse(canonical).unwrap());
        assert_eq!(a, b);
        assert_eq!(a.to_string(), b.to_string(), "display of {variant:?}");
    }
}

#[test]
fn every_weird_line_gets_a_printable_key() {
    for line in weird() {
        let key = sort_key(line);
        assert!(key.starts_with('1'), "{line:?}: {key:?}");
        assert!(key.bytes().all(|b| (0x20..=0x7e).contains(&b)), "{line:?}: {key:?}");
        if let Ok(cn) = CallNumber::parse(line) {
            assert_eq!(cn.key(), key, "{line:?}");
        }
    }
}

#[test]
fn parse_vectors() {
    let doc: Value = serde_json::from_str(PARSE).unwrap();
    for case in doc["cases"].as_array().unwrap() {
        let input = case["input"].as_str().unwrap();
        match CallNumber::parse(input) {
            Ok(cn) => {
                assert_eq!(case["scheme"].as_str(), Some(cn.scheme().as_str()), "{input:?}");
                assert_eq!(case["display"].as_str(), Some(cn.to_string().as_str()), "{input:?}");
                assert_eq!(case["sort_key"].as_str(), Some(cn.key()), "{input:?}");
                assert_eq!(sort_key(input), cn.sort_key(), "{input:?}");
            }
            Err(e) => {
                assert_eq!(case["error"].as_str(), Some(e.code()), "{input:?}: {e}");
                assert_eq!(case["position"].as_u64(), Some(e.char_index() as u64), "{input:?}: {e}");
                if let Some(message) = case["message"].as_str() {
                    assert_eq!(e.to_string(), message);
                }
                assert_eq!(case["fallback_key"].as_str(), Some(sort_key(input).as_str()), "{input:?}");
            }
        }
    }
}
