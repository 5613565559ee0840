//! Dewey Decimal Classification call numbers (`813.54 H123m 1999 c.2`).
//!
//! The class number is a decimal number of three whole digits (`005.133`, `010`, `813.54`),
//! compared as a number: `005.133` < `010` < `100` and `398.2` < `398.20943` < `398.21`. What
//! follows is read as in LC: a Cutter or Cutter-Sanborn number with its work mark (`H123m`,
//! digits compared as a decimal fraction, so `H123` < `H123a` < `H124` < `H13`), a local author
//! mark (`RAY`), years and item parts compared as numbers (`v.2` < `v.10`). Libraries that export
//! Dewey call numbers with `/` between the parts (`971/P23w/v.1-2`) are read the same way.

use super::error::{Miss, MissKind};
use super::read::Head;
use super::Scheme;

/// Reads the class number from `input[start..end]` (already trimmed, starting with a digit).
pub(crate) fn read_head(input: &str, start: usize, end: usize, strict: bool) -> Result<Head<'_>, Miss> {
    let bytes = input.as_bytes();
    let at = |i: usize| {
        if i < end {
            bytes.get(i).copied().unwrap_or(0)
        } else {
            0
        }
    };
    let mut i = start;
    while at(i).is_ascii_digit() {
        i += 1;
    }
    if i - start != 3 {
        return Err(Miss::new(start, MissKind::DeweyClassDigits(i - start)));
    }
    let integer = input.get(start..i).unwrap_or_default();
    let decimal = super::read_decimal(input, &mut i, end, strict)?;
    Ok(Head { scheme: Scheme::Dewey, letters: "", integer, decimal, tail: i, end })
}
