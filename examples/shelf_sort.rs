//! The main job: reads a file of call numbers (one a line) and prints them in shelf order, with
//! a count per scheme.
//!
//! ```text
//! cargo run --release --example shelf_sort -- examples/data/callnumbers.txt
//! ```
//!
//! Lines that read in no scheme are listed last, in natural order, and counted as `unrecognised`
//! with the reason for the first few. Blank lines and lines starting with `#` are skipped.

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
    let mut problems = Vec::new();
    for line in &lines {
        match CallNumber::parse(line) {
            Ok(cn) => *counts.entry(cn.scheme().as_str()).or_default() += 1,
            Err(e) => {
                *counts.entry("unrecognised").or_default() += 1;
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
    for p in problems.iter().take(5) {
        eprintln!("  not read in a scheme: {p}");
    }
    if problems.len() > 5 {
        eprintln!("  ... and {} more", problems.len() - 5);
    }
    ExitCode::SUCCESS
}
