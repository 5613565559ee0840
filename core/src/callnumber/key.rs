//! The byte layout of sort keys.
//!
//! A key is printable ASCII (0x20-0x7D; `~`, 0x7E, never occurs in a key, which is what lets
//! [`range_end`] and [`reverse`] bound and invert keys) and compares byte-wise in shelf order, so
//! it can be stored in any database column, Solr or Elasticsearch sort field with a binary (C)
//! collation.
//!
//! ```text
//! 1CQA 276.73 P98 L88 42010 !V 12      QA76.73 .P98 L88 2010 v.2
//! ││└┬┘ └┬┘└┬┘ └────┬──────┘ └─┬──┘
//! ││ │   │  │      │          └ item parts: ` !`, the caption, its numbers
//! ││ │   │  │      └ elements, each after one space: Cutter numbers (letters + fraction
//! ││ │   │  │        digits), numbers (digit count + digits), words (letters)
//! ││ │   │  └ class decimal, compared as a fraction
//! ││ │   └ class integer: its digit count, then its digits (so 9 < 76 < 100)
//! ││ └ class letters, then a space (so P < PA)
//! │└ scheme group: C = LC and NLM, D = Dewey, G = SuDocs, L = local text, P = prefixed
//! └ key format version
//! ```
//!
//! Why it orders correctly:
//! - nothing sorts before something: a key that ends is a prefix of every longer key;
//! - elements start with a space (0x20), lower than any digit or letter, so `.D4` < `.D4 1990`
//!   and `.C15 K47` < `.C153`;
//! - numbers start with a digit (their length) and words with a letter, so numbers file before
//!   letters (`.D4 1990` < `.D4 B65`);
//! - item parts start with ` !`, below every other element, so the volumes and copies of a title
//!   stand together right after it, and the key up to the first ` !` is the title's base key;
//! - a class decimal starts with `.` (0x2E), above the element space: `QA76 .S73` < `QA76.5`.

/// First byte of every key; bump it when the layout changes so stored keys can be recomputed.
pub(crate) const VERSION: char = '1';

/// The scheme group: the second byte of a key, which orders schemes against each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Group {
    /// LC and NLM, which interfile.
    Classified,
    /// Dewey Decimal.
    Dewey,
    /// US Superintendent of Documents numbers.
    Sudoc,
    /// Text that reads in no scheme, in natural order.
    Local,
    /// Call numbers with a prefix, grouped by prefix after all others.
    Prefixed,
}

impl Group {
    fn byte(self) -> char {
        match self {
            Group::Classified => 'C',
            Group::Dewey => 'D',
            Group::Sudoc => 'G',
            Group::Local => 'L',
            Group::Prefixed => 'P',
        }
    }
}

/// The end of the range of keys that start with `key`: every key that extends `key` sorts at or
/// before it, every other key after `key` sorts after it.
pub(crate) fn range_end(key: &str) -> String {
    let mut end = String::with_capacity(key.len() + 1);
    end.push_str(key);
    end.push('~');
    end
}

/// A key whose byte order is the reverse of `key`'s: each byte mirrored within 0x20-0x7D, then
/// `~`, so that a key sorts after every key it is a prefix of.
pub(crate) fn reverse(key: &str) -> String {
    let mut out: String = key.bytes().map(|b| char::from(0x9D_u8.saturating_sub(b).max(0x20))).collect();
    out.push('~');
    out
}

/// Writes the scheme group byte (the version marker before it is written once per key).
pub(crate) fn push_group(out: &mut String, group: Group) {
    out.push(group.byte());
}

/// Writes a whole number so that byte order is numeric order: leading zeros are dropped, then
/// the digit count (see [`push_length`]) and the digits. `"0"` and `""` both write `0`.
pub(crate) fn push_integer(out: &mut String, digits: &str) {
    let zeros = digits.bytes().take_while(|&b| b == b'0').count();
    let significant = digits.get(zeros..).unwrap_or_default();
    push_length(out, significant.len());
    out.push_str(significant);
}

/// An order-preserving encoding of a length: `0`-`8` as one digit; from 9 up, `9`, then the
/// encoding of the number of decimal digits of the length, then the length itself. So lengths
/// of any size compare correctly and the encoding is never a prefix of another.
pub(crate) fn push_length(out: &mut String, len: usize) {
    if len <= 8 {
        out.push(digit_char(len));
    } else {
        let text = len.to_string();
        out.push('9');
        push_length(out, text.len());
        out.push_str(&text);
    }
}

fn digit_char(n: usize) -> char {
    char::from_digit(n as u32, 10).unwrap_or('9')
}

/// Appends ASCII letters in upper case.
pub(crate) fn push_upper(out: &mut String, letters: &str) {
    let start = out.len();
    out.push_str(letters);
    if let Some(pushed) = out.get_mut(start..) {
        pushed.make_ascii_uppercase();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(d: &str) -> String {
        let mut s = String::new();
        push_integer(&mut s, d);
        s
    }

    #[test]
    fn integers_compare_numerically() {
        assert!(int("9") < int("76"));
        assert!(int("76") < int("100"));
        assert_eq!(int("007"), int("7"));
        assert_eq!(int("0"), "0");
        assert!(int("0") < int("1"));
        assert!(int("99999999") < int("100000000"));
        assert!(int(&"9".repeat(99)) < int(&"1".repeat(100)));
        assert!(int(&"9".repeat(999_999)) < int(&"1".repeat(1_000_000)));
    }

    #[test]
    fn reverse_keys_invert_the_order() {
        let keys = ["1CQA", "1CQA 276", "1CQA 276 A1", "1CQA 276 A1 !V 12", "1CQA 276.5", "1D005"];
        for pair in keys.windows(2) {
            assert!(pair[0] < pair[1]);
            assert!(reverse(pair[0]) > reverse(pair[1]), "{pair:?}");
            assert!(
                range_end(pair[0]).as_str() > pair[0] && range_end(pair[0]).as_str() < pair[1]
                    || pair[1].starts_with(pair[0])
            );
        }
        assert!(reverse("1CQA").bytes().all(|b| (0x20..=0x7e).contains(&b)));
    }
}
