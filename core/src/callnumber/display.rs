//! The canonical spelling of a call number.
//!
//! Class letters and Cutter letters in upper case; LC's period before the first Cutter number
//! (NLM and Dewey write none); one space between elements; captions in lower case against their
//! numbers (`v.2`, `no.93-11`, `c.3`, with `vol.`, `copy` and `part` written `v.`, `c.`, `pt.`);
//! leading zeros dropped from numbers; work marks capitalised (`Stp`), single year and work-mark
//! letters in lower case against their digits (`1997x`, `H123m`). Reading the display again gives
//! the same sort key.

use super::elements::{caption_alias, is_abbreviation, Token};
use super::{Head, Scheme};

/// Captions that number the element after them (`v.2`, `no.5`); others (`suppl.`, `ed.`) stand
/// alone.
fn numbers_next(upper: &str) -> bool {
    matches!(
        upper,
        "V" | "NO"
            | "PT"
            | "C"
            | "BD"
            | "T"
            | "SER"
            | "FASC"
            | "SEC"
            | "CH"
            | "JAHRG"
            | "HFT"
            | "SUPPL"
    )
}

pub(crate) fn display<'a>(head: &Head<'_>, tokens: impl Iterator<Item = Token<'a>>) -> String {
    let mut out = String::with_capacity(32);
    match head.scheme {
        Scheme::Dewey => out.push_str(head.integer),
        Scheme::Lc | Scheme::Nlm => {
            out.push_str(&head.letters.to_ascii_uppercase());
            if !head.integer.is_empty() {
                if head.scheme == Scheme::Nlm {
                    out.push(' ');
                }
                out.push_str(strip_zeros(head.integer));
            }
        }
    }
    if !head.decimal.is_empty() {
        out.push('.');
        out.push_str(head.decimal);
    }
    let mut seen_cutter = false;
    let mut caption_open = false;
    for t in tokens {
        match t {
            Token::Number {
                digits,
                suffix,
                range,
            } => {
                if caption_open {
                    out.push('.');
                } else if range {
                    out.push('-');
                } else {
                    out.push(' ');
                }
                out.push_str(strip_zeros(digits));
                out.push_str(&suffix.to_ascii_lowercase());
                caption_open = false;
            }
            Token::Cutter { letters, digits } => {
                out.push(' ');
                if head.scheme == Scheme::Lc && !seen_cutter {
                    out.push('.');
                }
                out.push_str(&letters.to_ascii_uppercase());
                out.push_str(digits);
                seen_cutter = true;
                caption_open = false;
            }
            Token::Word {
                letters,
                attached,
                before_number,
            } => {
                if !attached {
                    out.push(' ');
                }
                let upper = letters.to_ascii_uppercase();
                let canonical = caption_alias(letters)
                    .filter(|_| before_number)
                    .unwrap_or(&upper);
                caption_open = before_number && numbers_next(canonical);
                if caption_open || canonical == "INDEX" || (attached && letters.len() == 1) {
                    out.push_str(&canonical.to_ascii_lowercase());
                } else if is_abbreviation(canonical) && !attached {
                    out.push_str(&canonical.to_ascii_lowercase());
                    out.push('.');
                } else if head.scheme == Scheme::Dewey && !attached {
                    out.push_str(&upper);
                } else {
                    capitalised(letters, &mut out);
                }
            }
        }
    }
    out
}

fn strip_zeros(digits: &str) -> &str {
    match digits.trim_start_matches('0') {
        "" if !digits.is_empty() => "0",
        rest => rest,
    }
}

fn capitalised(letters: &str, out: &mut String) {
    for (i, b) in letters.bytes().enumerate() {
        out.push(char::from(if i == 0 {
            b.to_ascii_uppercase()
        } else {
            b.to_ascii_lowercase()
        }));
    }
}
