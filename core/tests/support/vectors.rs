//! The shared call-number vectors (core/tests/vectors/), embedded, with readers for their formats.
//! Included by the Rust integration tests and by the WebAssembly tests (`#[path]`), which cannot
//! read files at run time.
#![allow(dead_code)]

pub const LC: &str = include_str!("../vectors/lc_ordered.txt");
pub const NLM: &str = include_str!("../vectors/nlm_ordered.txt");
pub const DEWEY: &str = include_str!("../vectors/dewey_ordered.txt");
pub const DEWEY_LOCAL: &str = include_str!("../vectors/dewey_local_ordered.txt");
pub const SUDOC: &str = include_str!("../vectors/sudoc_ordered.txt");
pub const PREFIXED: &str = include_str!("../vectors/prefixed_ordered.txt");
pub const DECISIONS: &str = include_str!("../vectors/decisions_ordered.txt");
pub const EQUIVALENTS: &str = include_str!("../vectors/equivalents.tsv");
pub const WEIRD: &str = include_str!("../vectors/weird.txt");
pub const PARSE: &str = include_str!("../vectors/callnumber_parse.json");

/// The ordered lists with the scheme of their call numbers (`None`: mixed).
pub const ORDERED: [(&str, &str, Option<&str>); 7] = [
    ("lc_ordered.txt", LC, Some("lc")),
    ("nlm_ordered.txt", NLM, Some("nlm")),
    ("dewey_ordered.txt", DEWEY, Some("dewey")),
    ("dewey_local_ordered.txt", DEWEY_LOCAL, Some("dewey")),
    ("sudoc_ordered.txt", SUDOC, Some("sudoc")),
    ("prefixed_ordered.txt", PREFIXED, None),
    ("decisions_ordered.txt", DECISIONS, None),
];

/// The ascending sequences of an `*_ordered.txt` file: one for `order-scope: global`, several
/// separated by blank lines for `group`, as ../shared/callnumbers/check_order.py reads them.
pub fn sequences(text: &str) -> Vec<Vec<&str>> {
    let group = text.lines().any(|l| l.starts_with('#') && l.contains("order-scope: group"));
    let mut seqs = vec![Vec::new()];
    for line in text.lines() {
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            if group && seqs.last().is_some_and(|s| !s.is_empty()) {
                seqs.push(Vec::new());
            }
            continue;
        }
        if let Some(seq) = seqs.last_mut() {
            seq.push(line.trim());
        }
    }
    seqs.retain(|s| !s.is_empty());
    seqs
}

/// The `variant<TAB>canonical` pairs of equivalents.tsv.
pub fn equivalents() -> Vec<(&'static str, &'static str)> {
    EQUIVALENTS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a, b.split('\t').next().unwrap_or(b)))
        .collect()
}

/// The lines of weird.txt.
pub fn weird() -> Vec<&'static str> {
    WEIRD.lines().filter(|l| !l.starts_with('#')).collect()
}
