//! Text that parses in no classification scheme, keyed in natural order.
//!
//! Local call numbers (`FIC SMITH`), shelf marks of special collections and plain junk still need
//! a place on a sorted list. Their key compares the text word by word, case-insensitively, with
//! runs of digits compared as numbers (`Box 9` < `Box 10`) and punctuation and spacing ignored,
//! as NACO normalization does. Latin-1 letters with diacritics file with their base letters
//! (`É` as `E`, `ß` as `SS`); other characters outside ASCII file after `Z`, in code point order.
//! These keys file after every classified call number.

use std::fmt::Write;

use super::key::{self, Group};

/// Appends the natural-order key of `text` (group and body).
pub(crate) fn push_key(text: &str, out: &mut String) {
    key::push_group(out, Group::Local);
    let mut first = true;
    let mut chars = text.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if c.is_ascii_digit() {
            let mut end = i;
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = j + 1;
                chars.next();
            }
            if !first {
                out.push(' ');
            }
            key::push_integer(out, text.get(i..end).unwrap_or_default());
            first = false;
        } else if is_word_char(c) {
            if !first {
                out.push(' ');
            }
            while let Some(&(_, w)) = chars.peek() {
                if w.is_ascii_digit() || !is_word_char(w) {
                    break;
                }
                push_folded(w, out);
                chars.next();
            }
            first = false;
        } else {
            chars.next();
        }
    }
}

/// The canonical display of local text: words separated by one space, ASCII and Latin-1 letters
/// in upper case (the case the key ignores), everything else as written.
pub(crate) fn display(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_ascii_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(|c| match c {
            'a'..='z' => c.to_ascii_uppercase(),
            'à'..='þ' if c != '÷' => char::from_u32(c as u32 - 0x20).unwrap_or(c),
            _ => c,
        }));
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphanumeric())
}

/// Appends a letter in upper case, folding Latin-1 diacritics; other letters become `}` and six
/// hexadecimal digits of their code point, which sorts after every ASCII letter.
fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
        return;
    }
    let folded = match c {
        'À'..='Å' | 'à'..='å' => "A",
        'Æ' | 'æ' => "AE",
        'Ç' | 'ç' => "C",
        'È'..='Ë' | 'è'..='ë' => "E",
        'Ì'..='Ï' | 'ì'..='ï' => "I",
        'Ð' | 'ð' => "D",
        'Ñ' | 'ñ' => "N",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' => "O",
        'Ù'..='Ü' | 'ù'..='ü' => "U",
        'Ý' | 'ý' | 'ÿ' => "Y",
        'Þ' | 'þ' => "TH",
        'ß' => "SS",
        _ => {
            // Writing to a String cannot fail.
            let _ = write!(out, "}}{:06X}", c as u32);
            return;
        }
    };
    out.push_str(folded);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(s: &str) -> String {
        let mut out = String::from("1");
        push_key(s, &mut out);
        out
    }

    #[test]
    fn numbers_in_text_compare_as_numbers() {
        assert!(k("Box 9") < k("Box 10"));
        assert!(k("FIC SMITH") < k("FIC SMITHERS"));
        assert!(k("FIC") < k("FIC SMITH"));
        assert_eq!(k("fic  smith"), k("FIC-SMITH"));
    }

    #[test]
    fn display_reads_back_to_the_same_key() {
        for s in ["fic  émile", "FIC AD\u{272}", "Ωmega 9", "straße"] {
            assert_eq!(k(&display(s)), k(s), "{s:?} displays as {:?}", display(s));
        }
        assert_eq!(display("fic  émile"), "FIC ÉMILE");
    }

    #[test]
    fn diacritics_fold_and_other_scripts_file_last() {
        assert_eq!(k("Émile"), k("EMILE"));
        assert!(k("Zola") < k("Ωmega"));
        assert!(k("Ωmega").bytes().all(|b| (0x20..=0x7e).contains(&b)));
    }
}
