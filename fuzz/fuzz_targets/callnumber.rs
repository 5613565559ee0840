//! Call-number reading on arbitrary input: nothing panics, and the invariants hold.
//!
//! cargo +nightly fuzz run callnumber -- -max_total_time=600
#![no_main]

use ils_core::callnumber::{base_key, range_end_key, reverse_key, sort_key, sort_key_with, CallNumber, PrefixFiling, ShelvingPolicy};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let key = sort_key(&text);
    assert!(key.starts_with('1') && key.bytes().all(|b| (0x20..=0x7d).contains(&b)), "{text:?} -> {key:?}");
    assert!(key.starts_with(&base_key(&text)));
    assert!(range_end_key(&text) > key);
    assert!(reverse_key(&text).bytes().all(|b| (0x20..=0x7e).contains(&b)));
    if let Ok(policy) = ShelvingPolicy::new(["REF", "J", "FIC"], PrefixFiling::Ignore) {
        let _ = sort_key_with(&text, &policy);
    }
    if let Ok(cn) = CallNumber::parse(&text) {
        assert_eq!(cn.key(), key, "{text:?}");
        let again = CallNumber::parse(&cn.to_string()).map(|c| c.sort_key());
        assert_eq!(again.as_deref(), Ok(key.as_str()), "{text:?} displays as {cn}");
        let _ = (cn.parts(), cn.explain());
    }
});
