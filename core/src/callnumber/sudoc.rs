//! US Superintendent of Documents classification (SuDocs) numbers (`A 13.2:T 73/4`).
//!
//! A SuDoc number is an author (agency) symbol of letters (`A` Agriculture, `HE` Health and
//! Human Services, `PREX` Executive Office of the President), a class stem of numbers and letters
//! separated by periods, slashes and hyphens (`13.2`, `1.1/1-2`, `4.AP 6/1`), a colon, and a book
//! number (`T 73/4`, `2010`, `D 56`), which may be empty (`A 1.1:`). The colon is what tells a
//! SuDoc number from an LC call number: `A 13.2` alone reads as LC class A.
//!
//! GPO shelf order compares the agency letters, then the stem, then the book number, part by
//! part: numbers as whole numbers (`A 1.2` < `A 1.11`), letters before numbers (`A 1.1:B` <
//! `A 1.1:1-11`), and nothing before something, so a stem ends before any continuation of it
//! (`A 1.1:11` < `A 1.1/1-2:`).

use super::error::{CallNumberError, CallNumberErrorKind as Kind};
use super::key::{self, Group};

/// Longest agency symbol read (`PREX`, `LC`, `NAS`).
const MAX_AGENCY_LETTERS: usize = 6;

/// One part of a stem or book number, borrowed from the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part<'a> {
    Number(&'a str),
    Letters(&'a str),
}

/// Where the agency, stem and book number are in the input.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Layout {
    agency: (usize, usize),
    stem: (usize, usize),
    book: (usize, usize),
}

/// Whether `input[start..end]` has the shape of a SuDoc number: agency letters, a number, and a
/// colon later on.
pub(crate) fn looks_like(input: &str, start: usize, end: usize) -> bool {
    let bytes = input.as_bytes().get(start..end).unwrap_or_default();
    let letters = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let rest = bytes.get(letters..).unwrap_or_default();
    let spaces = rest.iter().take_while(|b| matches!(b, b' ' | b'\t')).count();
    (1..=MAX_AGENCY_LETTERS).contains(&letters)
        && rest.get(spaces).is_some_and(u8::is_ascii_digit)
        && rest.contains(&b':')
}

/// Whether `input[start..end]` looks like a SuDoc number whose colon is missing: agency letters,
/// white space, and a stem of the form `number.number` with nothing after it but `/` parts.
pub(crate) fn missing_colon(input: &str, start: usize, end: usize) -> bool {
    let bytes = input.as_bytes().get(start..end).unwrap_or_default();
    let letters = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let rest = bytes.get(letters..).unwrap_or_default();
    let spaces = rest.iter().take_while(|b| matches!(b, b' ' | b'\t')).count();
    let Some(stem) = rest.get(spaces..).filter(|_| spaces > 0) else { return false };
    let digits = stem.iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=MAX_AGENCY_LETTERS).contains(&letters)
        && digits > 0
        && stem.get(digits) == Some(&b'.')
        && stem.get(digits + 1).is_some_and(u8::is_ascii_digit)
        && stem.iter().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'/' | b'-'))
}

/// Finds the agency, stem and book number of `input[start..end]`, checking every character.
pub(crate) fn layout(input: &str, start: usize, end: usize) -> Result<Layout, CallNumberError> {
    let bytes = input.as_bytes();
    let at = |i: usize| if i < end { bytes.get(i).copied().unwrap_or(0) } else { 0 };
    let mut i = start;
    while at(i).is_ascii_alphabetic() {
        i += 1;
    }
    let agency = (start, i);
    while matches!(at(i), b' ' | b'\t') {
        i += 1;
    }
    if !at(i).is_ascii_digit() {
        return Err(CallNumberError::at_char(input, i.min(end)));
    }
    let stem_start = i;
    let mut colon = None;
    for j in stem_start..end {
        match at(j) {
            b':' if colon.is_none() => colon = Some(j),
            b if b.is_ascii_alphanumeric() || matches!(b, b' ' | b'\t' | b'.' | b'/' | b'-') => {}
            _ => return Err(CallNumberError::at_char(input, j)),
        }
    }
    let Some(colon) = colon else {
        return Err(CallNumberError::new(input, end, Kind::SudocMissingColon));
    };
    Ok(Layout { agency, stem: (stem_start, colon), book: (colon + 1, end) })
}

/// The parts of `input[from..to]`: runs of digits and runs of letters.
fn parts(input: &str, from: usize, to: usize) -> impl Iterator<Item = Part<'_>> {
    let bytes = input.as_bytes();
    let mut i = from;
    std::iter::from_fn(move || {
        while i < to && !bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
            i += 1;
        }
        if i >= to {
            return None;
        }
        let start = i;
        let digit = bytes.get(i).is_some_and(u8::is_ascii_digit);
        while i < to && bytes.get(i).is_some_and(|b| if digit { b.is_ascii_digit() } else { b.is_ascii_alphabetic() }) {
            i += 1;
        }
        let text = input.get(start..i).unwrap_or_default();
        Some(if digit { Part::Number(text) } else { Part::Letters(text) })
    })
}

fn push_part(out: &mut String, part: Part<'_>) {
    out.push('!');
    match part {
        // `[` sorts after every letter: in SuDocs, letters file before numbers.
        Part::Number(digits) => {
            out.push('[');
            key::push_integer(out, digits);
        }
        Part::Letters(letters) => key::push_upper(out, letters),
    }
}

/// Appends the sort key (group and body) of the SuDoc number laid out in `input`.
pub(crate) fn push_key(input: &str, layout: &Layout, out: &mut String) {
    key::push_group(out, Group::Sudoc);
    key::push_upper(out, input.get(layout.agency.0..layout.agency.1).unwrap_or_default());
    for part in parts(input, layout.stem.0, layout.stem.1) {
        push_part(out, part);
    }
    let mut book = parts(input, layout.book.0, layout.book.1).peekable();
    if book.peek().is_some() {
        out.push(' ');
    }
    for part in book {
        push_part(out, part);
    }
}

/// The canonical spelling of agency, stem and book number (see [`spelled`]).
pub(crate) fn display(input: &str, layout: &Layout) -> (String, String, String) {
    let agency = input.get(layout.agency.0..layout.agency.1).unwrap_or_default().to_ascii_uppercase();
    let stem = spelled(input, layout.stem);
    let book = spelled(input, layout.book);
    (agency, stem, book)
}

/// The parts of `range` with their punctuation kept (`.`, `/`, `-`), letters in upper case, and
/// one space between letters and the number after them (`T 73/4`, `4.AP 6/1`).
fn spelled(input: &str, (from, to): (usize, usize)) -> String {
    let mut out = String::new();
    let mut previous_letters = false;
    let mut separator: Option<char> = None;
    let bytes = input.as_bytes();
    let mut i = from;
    while i < to {
        let b = bytes.get(i).copied().unwrap_or(b' ');
        if b.is_ascii_alphanumeric() {
            let digit = b.is_ascii_digit();
            if !out.is_empty() {
                match separator {
                    Some(s) => out.push(s),
                    None if previous_letters && digit => out.push(' '),
                    None => {}
                }
            }
            let run_end = (i..to)
                .find(|&j| {
                    !bytes.get(j).is_some_and(|c| if digit { c.is_ascii_digit() } else { c.is_ascii_alphabetic() })
                })
                .unwrap_or(to);
            let run = input.get(i..run_end).unwrap_or_default();
            if digit {
                let significant = run.trim_start_matches('0');
                out.push_str(if significant.is_empty() { "0" } else { significant });
            } else {
                out.push_str(&run.to_ascii_uppercase());
            }
            previous_letters = !digit;
            separator = None;
            i = run_end;
        } else {
            if b != b' ' && b != b'\t' {
                separator = Some(char::from(b));
            } else if separator.is_none() {
                separator = Some(' ');
            }
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> String {
        let mut out = String::new();
        push_key(s, &layout(s, 0, s.len()).unwrap(), &mut out);
        out
    }

    #[test]
    fn stems_then_series_then_book_numbers() {
        let ordered =
            ["A 1.1:", "A 1.1:A", "A 1.1:A 1", "A 1.1:B", "A 1.1:1-11", "A 1.1:2", "A 1.1/1-2:", "A 1.2:", "A 1.11:"];
        for pair in ordered.windows(2) {
            assert!(key(pair[0]) < key(pair[1]), "{pair:?}: {} vs {}", key(pair[0]), key(pair[1]));
        }
        assert_eq!(key("a13.2:t73/4"), key("A 13.2:T 73/4"));
    }

    #[test]
    fn the_colon_is_required() {
        assert!(looks_like("A 13.2:T 73/4", 0, 13));
        assert!(!looks_like("A 13.2", 0, 6));
        assert!(missing_colon("Y 4.2", 0, 5));
        assert!(!missing_colon("DVD 791.43 S55", 0, 14));
        assert_eq!(layout("Y 4.2", 0, 5).unwrap_err().kind(), &Kind::SudocMissingColon);
    }

    #[test]
    fn display_is_canonical() {
        let s = "he20.3152:d56";
        let (agency, stem, book) = display(s, &layout(s, 0, s.len()).unwrap());
        assert_eq!((agency.as_str(), stem.as_str(), book.as_str()), ("HE", "20.3152", "D 56"));
    }
}
