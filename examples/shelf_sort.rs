//! The main job: reads a file of call numbers (one a line) and prints them in shelf order, with
//! a count per scheme.
//!
//! ```text
//! cargo run --release --example shelf_sort -- examples/data/callnumbers.txt
//! ```
//!
//! The order is LC and NLM, Dewey, SuDocs, local text, then prefixed call numbers grouped by
//! prefix (the default `ShelvingPolicy`). Lines that cannot be read at all (a lone prefix, a
//! SuDoc without its colon) are counted as `unreadable`, with the reason for the first few, and
//! still filed. Blank lines and lines starting with `#` are skipped.

use std::collections::BTreeMap;
use std::process::ExitCode;

use ils_core::callnumber::{sort_key, CallNumber};

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: shelf_sort FILE   (one call number a line)");
        return ExitCode::from(2);
    };
    let text = match std::fs::read(&path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            eprintln!("shelf_sort: cannot read {path}: {e}");
            return ExitCode::from(1);
        }
    };
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();

    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut prefixed = 0;
    let mut problems = Vec::new();
    for line in &lines {
        match CallNumber::parse(line) {
            Ok(cn) => {
                *counts.entry(cn.scheme().as_str()).or_default() += 1;
                prefixed += usize::from(!cn.prefixes().is_empty() || !cn.suffixes().is_empty());
            }
            Err(e) => {
                *counts.entry("unreadable").or_default() += 1;
                problems.push(e.to_string());
            }
        }
    }

    let mut shelf: Vec<(String, &str)> = lines.iter().map(|l| (sort_key(l), *l)).collect();
    shelf.sort();
    for (_, line) in &shelf {
        println!("{line}");
    }

    eprintln!("\n{} call numbers in shelf order", lines.len());
    for (scheme, n) in &counts {
        eprintln!("  {scheme:<13}{n:>6}");
    }
    eprintln!("  ({prefixed} of them with a prefix or suffix, shelved after the others by prefix)");
    for p in problems.iter().take(5) {
        eprintln!("  cannot be read: {p}");
    }
    if problems.len() > 5 {
        eprintln!("  ... and {} more", problems.len() - 5);
    }
    ExitCode::SUCCESS
}
