//! Invariants of call-number keys, checked on generated input.

use std::collections::HashMap;

use ils_core::callnumber::{range_end_key, reverse_key, shelf_order, shelf_sort, sort_key, CallNumber, ShelvingPolicy};
use proptest::prelude::*;

/// LC-shaped call numbers: class, decimal, dates, up to three Cutter numbers, work marks, years
/// and item parts.
fn lc_like() -> impl Strategy<Value = String> {
    let classes = prop::sample::select(vec!["Q", "QA", "P", "PZ", "HD", "E", "KJV", "DAW", "WB", "QS"]);
    (
        classes,
        1u32..10000,
        prop::option::of(1u32..1000),
        prop::option::of(1400u32..2100),
        prop::collection::vec(("[A-Z]", 1u32..100000), 0..=3),
        prop::option::of(prop::sample::select(vec!["Bs", "Km", "Stp", "x"])),
        prop::option::of(1400u32..2100),
        prop::option::of((prop::sample::select(vec!["v.", "no.", "pt.", "c."]), 1u32..200)),
    )
        .prop_map(|(class, number, decimal, date, cutters, mark, year, part)| {
            let mut s = format!("{class}{number}");
            if let Some(d) = decimal {
                s += &format!(".{d}");
            }
            if let Some(d) = date {
                s += &format!(" {d}");
            }
            for (i, (letter, digits)) in cutters.iter().enumerate() {
                s += if i == 0 { " ." } else { " " };
                s += &format!("{letter}{digits}");
            }
            if let Some(m) = mark {
                s += &format!(" {m}");
            }
            if let Some(y) = year {
                s += &format!(" {y}");
            }
            if let Some((caption, n)) = part {
                s += &format!(" {caption}{n}");
            }
            s
        })
}

fn dewey_like() -> impl Strategy<Value = String> {
    (
        0u32..1000,
        prop::option::of("[0-9]{1,6}"),
        prop::option::of(("[A-Z]", 1u32..1000, "[a-z]?")),
        prop::option::of(1u32..50),
    )
        .prop_map(|(class, decimal, cutter, volume)| {
            let mut s = format!("{class:03}");
            if let Some(d) = decimal {
                s += &format!(".{d}");
            }
            if let Some((l, d, mark)) = cutter {
                s += &format!(" {l}{d}{mark}");
            }
            if let Some(v) = volume {
                s += &format!(" v.{v}");
            }
            s
        })
}

fn sudoc_like() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["A", "HE", "I", "PREX", "Y"]),
        1u32..200,
        1u32..5000,
        prop::option::of(1u32..20),
        "[A-Z]?",
        prop::option::of(1u32..3000),
    )
        .prop_map(|(agency, a, b, series, letter, number)| {
            let mut s = format!("{agency} {a}.{b}");
            if let Some(n) = series {
                s += &format!("/{n}");
            }
            s.push(':');
            s += &letter;
            if let Some(n) = number {
                s += &format!("{}{n}", if letter.is_empty() { "" } else { " " });
            }
            s
        })
}

fn prefixed_or_local() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["REF", "J", "FIC", "Oversize", "J FIC"]),
        prop_oneof![lc_like(), dewey_like(), "(SMITH|Adams|zusak|BALDACCI|Tolkien)( [A-Z]{1,4})?( c\\.[0-9])?"],
    )
        .prop_map(|(prefix, rest)| format!("{prefix} {rest}"))
}

/// Any call number a generator here makes.
fn any_call_number() -> impl Strategy<Value = String> {
    prop_oneof![
        lc_like(),
        dewey_like(),
        sudoc_like(),
        prefixed_or_local(),
        "(Box|Shelf|Case|Drawer) [0-9]{1,4}( [A-Z][a-z]{0,5})?"
    ]
}

fn printable(key: &str) -> bool {
    key.bytes().all(|b| (0x20..=0x7e).contains(&b))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn sort_key_is_total_and_printable(s in any::<String>()) {
        let key = sort_key(&s);
        prop_assert!(key.starts_with('1'));
        prop_assert!(printable(&key), "{:?} -> {:?}", s, key);
        let _ = CallNumber::parse(&s);
    }

    #[test]
    fn control_characters_and_punctuation_never_panic(s in "[\\x00-\\x7f]{0,40}") {
        let key = sort_key(&s);
        prop_assert!(printable(&key));
        if let Ok(cn) = CallNumber::parse(&s) {
            prop_assert_eq!(cn.key(), key.as_str());
        }
    }

    #[test]
    fn generated_call_numbers_read_in_their_scheme(s in lc_like()) {
        let cn = CallNumber::parse(&s);
        prop_assert!(cn.is_ok(), "{:?}: {:?}", s, cn);
    }

    #[test]
    fn ord_agrees_with_the_key(a in prop_oneof![lc_like(), dewey_like()], b in prop_oneof![lc_like(), dewey_like()]) {
        let (x, y) = (CallNumber::parse(&a).unwrap(), CallNumber::parse(&b).unwrap());
        prop_assert_eq!(x.cmp(&y), x.key().cmp(y.key()));
        prop_assert_eq!(x == y, sort_key(&a) == sort_key(&b));
        prop_assert_eq!(x.sort_key(), sort_key(&a));
    }

    #[test]
    fn display_reads_back_to_the_same_key(s in any_call_number()) {
        let cn = CallNumber::parse(&s).unwrap();
        let again = CallNumber::parse(&cn.to_string()).unwrap();
        prop_assert_eq!(cn.sort_key(), again.sort_key(), "display {}", cn);
        prop_assert_eq!(cn.to_string(), again.to_string());
    }

    #[test]
    fn case_and_spacing_do_not_matter(s in prop_oneof![lc_like(), dewey_like(), sudoc_like()]) {
        let spaced = s.replace(' ', "  ").replace(" .", " . ").replace(". ", ".  ");
        prop_assert_eq!(sort_key(&s), sort_key(&s.to_lowercase()));
        prop_assert_eq!(sort_key(&s), sort_key(&format!("  {spaced}  ")));
        let (a, b) = (CallNumber::parse(&s).unwrap(), CallNumber::parse(&s.to_lowercase()).unwrap());
        prop_assert_eq!(a.to_string(), b.to_string(), "equivalent spellings display alike");
    }

    #[test]
    fn the_schemes_parse_in_their_own_scheme(s in sudoc_like()) {
        prop_assert_eq!(CallNumber::parse(&s).unwrap().scheme().as_str(), "sudoc");
    }

    #[test]
    fn base_keys_group_contiguously(titles in prop::collection::vec(lc_like(), 1..6), parts in prop::collection::vec((0usize..6, 1u32..30, prop::option::of(1u32..4)), 0..30)) {
        // Volumes and copies of a few titles, mixed with the titles themselves.
        let mut all: Vec<String> = titles.clone();
        for (t, v, c) in parts {
            let title = &titles[t % titles.len()];
            all.push(match c { Some(c) => format!("{title} v.{v} c.{c}"), None => format!("{title} v.{v}") });
        }
        let mut parsed: Vec<CallNumber> = all.iter().map(|s| CallNumber::parse(s).unwrap()).collect();
        parsed.sort();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (i, cn) in parsed.iter().enumerate() {
            prop_assert!(cn.key().starts_with(cn.base_key()));
            if let Some(last) = seen.insert(cn.base_key().to_owned(), i) {
                prop_assert_eq!(last + 1, i, "{} is apart from its title's other items", cn);
            }
        }
    }

    #[test]
    fn range_end_bounds_exactly_the_extensions(x in any_call_number(), y in any_call_number(), cut in 0usize..6) {
        // Also try x cut down to a few elements, so that y often extends it.
        let words: Vec<&str> = y.split(' ').collect();
        let short = words[..words.len().saturating_sub(cut).max(1)].join(" ");
        for x in [x, short] {
            let (kx, ky, end) = (sort_key(&x), sort_key(&y), range_end_key(&x));
            prop_assert_eq!(kx.as_str() <= ky.as_str() && ky <= end, ky.starts_with(&kx), "{:?} {:?}", x, y);
        }
    }

    #[test]
    fn shelf_sort_is_a_stable_sort_by_key(items in prop::collection::vec(any_call_number(), 0..40)) {
        let mut expected: Vec<(String, usize)> = items.iter().enumerate().map(|(i, s)| (sort_key(s), i)).collect();
        expected.sort();
        let policy = ShelvingPolicy::default();
        prop_assert_eq!(shelf_order(&items, &policy), expected.iter().map(|(_, i)| *i).collect::<Vec<_>>());
        let mut sorted = items.clone();
        shelf_sort(&mut sorted, &policy);
        prop_assert_eq!(sorted, expected.iter().map(|(_, i)| items[*i].clone()).collect::<Vec<_>>());
    }

    #[test]
    fn reverse_keys_reverse_the_order(a in any_call_number(), b in any_call_number()) {
        prop_assert_eq!(sort_key(&a).cmp(&sort_key(&b)), reverse_key(&b).cmp(&reverse_key(&a)));
        prop_assert!(printable(&reverse_key(&a)));
    }

    #[test]
    fn class_numbers_and_volumes_compare_as_numbers(m in 1u32..10000, n in 1u32..10000) {
        prop_assert_eq!(sort_key(&format!("QA{m}")).cmp(&sort_key(&format!("QA{n}"))), m.cmp(&n));
        prop_assert_eq!(sort_key(&format!("QA1 .A1 v.{m}")).cmp(&sort_key(&format!("QA1 .A1 v.{n}"))), m.cmp(&n));
        prop_assert_eq!(sort_key(&format!("{:03} A1", m % 1000)).cmp(&sort_key(&format!("{:03} A1", n % 1000))), (m % 1000).cmp(&(n % 1000)));
    }

    #[test]
    fn cutters_compare_as_decimal_fractions(a in "[1-9][0-9]{0,5}", b in "[1-9][0-9]{0,5}") {
        let fraction = |d: &str| format!("0.{d}").parse::<f64>().unwrap();
        prop_assume!(fraction(&a) != fraction(&b));
        let ka = sort_key(&format!("QA76 .C{a}"));
        let kb = sort_key(&format!("QA76 .C{b}"));
        prop_assert_eq!(ka < kb, fraction(&a) < fraction(&b));
    }
}

/// Inputs the fuzzer (fuzz/fuzz_targets/callnumber.rs) found breaking the display round trip;
/// each led to a fix.
#[test]
fn fuzzer_findings_read_back_to_the_same_key() {
    let found = [
        "FIC AD\u{272}\u{fffd}",
        "155.4REF ",
        "REF0K1 mJ2:",
        "AEAE  0.1\n\n",
        "J 398.",
        "971P23w;3w v.-1-2 pt.pt6.-7\n",
        "DVD0791.t37:6 .S73  z.t1 S59 .A64.2 5\n",
        "AA\t9:\n",
        "J3/HE 2I 10.39.3:98 J315I/DVD: ",
    ];
    for input in found {
        let key = sort_key(input);
        assert!(printable(&key), "{input:?}");
        if let Ok(cn) = CallNumber::parse(input) {
            assert_eq!(cn.key(), key, "{input:?}");
            let again =
                CallNumber::parse(&cn.to_string()).unwrap_or_else(|e| panic!("{input:?} displays as {cn}: {e}"));
            assert_eq!(again.key(), key, "{input:?} displays as {cn}");
        }
    }
}
