//! The elements that follow a class number: Cutter numbers, dates and ordinals, work marks
//! and item parts (`v.2`, `no.93-11`, `c.3`, `suppl.`).
//!
//! LC, NLM and Dewey share this grammar. Elements are read, not guessed: letters immediately
//! followed by digits are a Cutter number (`P98`, `.D4`, `AA1`), whose digits are a decimal
//! fraction; digits on their own are a whole number (`1990`, `28th`, the `2` of `v.2`); letters
//! on their own are a word (a work mark `Stp`, a caption `v`, a year letter `x`). Spaces,
//! periods, commas, semicolons and hyphens separate elements and are otherwise not significant,
//! so `B945.D4B65 1998` reads as `B945 .D4 B65 1998`.
//!
//! One exception: a caption of two or more letters written against its number without a period
//! (`no3`, `vol2`, `pt1`) is a caption and a number, since no Cutter number is spelled that way.
//! Single letters against digits (`v2`, `c1`) stay Cutter numbers: reading them as captions would
//! make `C1` and `c1` file apart.

use super::error::{Miss, MissKind};

/// Longest whole number accepted after the class number (strict reading).
pub(crate) const MAX_NUMBER_DIGITS: usize = 12;
/// Longest digit run of a Cutter number or class decimal accepted (strict reading).
pub(crate) const MAX_FRACTION_DIGITS: usize = 15;

/// One element, borrowed from the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Token<'a> {
    /// A whole number and an ordinal suffix (`th`, `st`, `nd`, `rd`, `d`) or `""`; `range` when
    /// a hyphen joins it to the number before (`1958-63`).
    Number { digits: &'a str, suffix: &'a str, range: bool },
    /// A Cutter number: letters, then digits read as a decimal fraction.
    Cutter { letters: &'a str, digits: &'a str },
    /// Letters standing alone.
    Word {
        letters: &'a str,
        /// Written directly after digits with no separator (`1997x`, `H123m`).
        attached: bool,
        /// The next element is a number (`v.2`) and the word is not `attached`: the word is a
        /// caption if it is one of the known captions.
        before_number: bool,
    },
}

/// Reads elements from `input[start..end]`.
pub(crate) struct Tokens<'a> {
    input: &'a str,
    bytes: &'a [u8],
    pos: usize,
    end: usize,
    /// Strict reading reports doubled periods, a period before digits and over-long numbers;
    /// the lenient reading (used for sort keys) treats them as separators.
    strict: bool,
    /// Dewey call numbers are often exported with `/` between their parts.
    slash_separates: bool,
    /// The last element read was a number (for ranges).
    after_number: bool,
}

impl<'a> Tokens<'a> {
    pub(crate) fn new(input: &'a str, start: usize, end: usize, strict: bool, slash_separates: bool) -> Self {
        // `bytes` stops at `end`, so that reading past the end is one bounds check.
        let bytes = input.as_bytes().get(..end).unwrap_or_default();
        Tokens { input, bytes, pos: start, end, strict, slash_separates, after_number: false }
    }

    #[inline]
    fn at(&self, i: usize) -> u8 {
        self.bytes.get(i).copied().unwrap_or(0)
    }

    #[inline]
    fn run(&self, from: usize, pred: impl Fn(&u8) -> bool) -> usize {
        let mut i = from;
        while pred(&self.at(i)) {
            i += 1;
        }
        i
    }

    fn slice(&self, from: usize, to: usize) -> &'a str {
        self.input.get(from..to).unwrap_or_default()
    }

    fn is_separator(&self, b: u8) -> bool {
        matches!(b, b' ' | b'\t' | b'.' | b',' | b';' | b'-') || (b == b'/' && self.slash_separates)
    }

    /// Skips separators; returns whether there were any, and whether a hyphen was among them.
    fn skip_separators(&mut self) -> Result<(bool, bool), Miss> {
        let from = self.pos;
        let mut hyphen = false;
        while self.pos < self.end && self.is_separator(self.at(self.pos)) {
            if self.strict && self.at(self.pos) == b'.' {
                let before = if self.pos > 0 { self.bytes.get(self.pos - 1).copied().unwrap_or(0) } else { 0 };
                let doubled = before == b'.';
                let before_digits = self.at(self.pos + 1).is_ascii_digit() && !before.is_ascii_alphabetic();
                if doubled || before_digits {
                    return Err(Miss::new(self.pos, MissKind::Char));
                }
            }
            hyphen |= self.at(self.pos) == b'-';
            self.pos += 1;
        }
        Ok((self.pos > from, hyphen))
    }

    /// Whether the next element, after any separators, starts with a digit.
    fn number_follows(&self, from: usize) -> bool {
        let mut i = from;
        while i < self.end && self.is_separator(self.at(i)) {
            i += 1;
        }
        self.at(i).is_ascii_digit()
    }

    #[inline]
    fn check_length(&self, from: usize, to: usize, max: usize) -> Result<(), Miss> {
        if self.strict && to - from > max {
            return Err(Miss::new(from, MissKind::NumberTooLong { digits: to - from, max }));
        }
        Ok(())
    }

    fn next_token(&mut self) -> Result<Option<Token<'a>>, Miss> {
        let start_of_all = self.pos;
        let (separated, hyphen) = self.skip_separators()?;
        let range = hyphen && self.after_number;
        self.after_number = false;
        if self.pos >= self.end {
            return Ok(None);
        }
        let start = self.pos;
        let b = self.at(start);
        if b.is_ascii_digit() {
            let digits_end = self.run(start, u8::is_ascii_digit);
            self.check_length(start, digits_end, MAX_NUMBER_DIGITS)?;
            let letters_end = self.run(digits_end, u8::is_ascii_alphabetic);
            let suffix = self.slice(digits_end, letters_end);
            let is_ordinal = !suffix.is_empty()
                && suffix.len() <= 2
                && digits_end - start <= 3
                && ["st", "nd", "rd", "th", "d"].iter().any(|o| suffix.eq_ignore_ascii_case(o));
            let (suffix, end) = if is_ordinal { (suffix, letters_end) } else { ("", digits_end) };
            self.pos = end;
            self.after_number = true;
            return Ok(Some(Token::Number { digits: self.slice(start, digits_end), suffix, range }));
        }
        if b.is_ascii_alphabetic() {
            let letters_end = self.run(start, u8::is_ascii_alphabetic);
            let letters = self.slice(start, letters_end);
            let attached = !separated && start_of_all > 0 && self.at(start_of_all - 1).is_ascii_digit();
            if self.at(letters_end).is_ascii_digit() {
                if is_attached_caption(letters) {
                    self.pos = letters_end;
                    return Ok(Some(Token::Word { letters, attached, before_number: true }));
                }
                let digits_end = self.run(letters_end, u8::is_ascii_digit);
                self.check_length(letters_end, digits_end, MAX_FRACTION_DIGITS)?;
                self.pos = digits_end;
                return Ok(Some(Token::Cutter { letters, digits: self.slice(letters_end, digits_end) }));
            }
            self.pos = letters_end;
            // A letter written against digits (`1997x`, `.S59c 2020`) is a year or work-mark
            // letter, never a caption, whatever follows it.
            let before_number = !attached && self.number_follows(letters_end);
            return Ok(Some(Token::Word { letters, attached, before_number }));
        }
        Err(Miss::new(start, MissKind::Char))
    }
}

impl<'a> Iterator for Tokens<'a> {
    /// A token, or where the input stops reading (see [`Miss::error`] for the full error).
    type Item = Result<Token<'a>, Miss>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.next_token() {
            Ok(Some(t)) => Some(Ok(t)),
            Ok(None) => None,
            Err(e) => {
                self.pos = self.end;
                Some(Err(e))
            }
        }
    }
}

/// Captions that may be written against their number (`no3`, `vol2`, `pt1`), in any case.
fn is_attached_caption(letters: &str) -> bool {
    (2..=3).contains(&letters.len()) && ["vol", "no", "pt", "bd", "cop"].iter().any(|c| c.eq_ignore_ascii_case(letters))
}

/// The item-part captions: the spellings read, the canonical form (upper case), and whether the
/// caption needs a number to be one (`v` alone is a work mark; `suppl.` alone is a supplement).
const ITEM_CAPTIONS: &[(&[&str], &str, bool)] = &[
    (&["v", "vol", "volume"], "V", true),
    (&["no", "num", "number"], "NO", true),
    (&["pt", "part"], "PT", true),
    (&["c", "cop", "copy"], "C", true),
    (&["bd", "band"], "BD", true),
    (&["fasc"], "FASC", true),
    (&["ser", "series"], "SER", true),
    (&["suppl", "supp", "supplement"], "SUPPL", false),
    (&["index"], "INDEX", false),
];

/// The canonical caption (`V`, `NO`, `PT`, `C`, ...) when a word is an item-part caption: one of
/// the designations that tell the volumes, parts and copies of one title apart. `vol`, `volume`
/// read as `V`; `copy`, `cop` as `C`; `part` as `PT`; `number` as `NO`.
pub(crate) fn item_caption(letters: &str, before_number: bool) -> Option<&'static str> {
    // Every spelling starts with one of these letters and has at most 10: most work marks and
    // year letters stop here.
    let first = letters.as_bytes().first().map(u8::to_ascii_lowercase);
    if letters.len() > 10 || !matches!(first, Some(b'v' | b'n' | b'p' | b'c' | b'b' | b'f' | b's' | b'i')) {
        return None;
    }
    ITEM_CAPTIONS
        .iter()
        .find(|(spellings, _, needs_number)| {
            (before_number || !needs_number) && spellings.iter().any(|s| s.eq_ignore_ascii_case(letters))
        })
        .map(|&(_, canonical, _)| canonical)
}

/// Abbreviations other than item captions, shown in lower case with a period (`9th ed.`).
pub(crate) fn is_abbreviation(letters: &str) -> bool {
    ["ed", "rev", "enl", "repr"].iter().any(|a| a.eq_ignore_ascii_case(letters))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(s: &str) -> Vec<Token<'_>> {
        Tokens::new(s, 0, s.len(), true, false).collect::<Result<_, _>>().unwrap()
    }

    #[test]
    fn letters_against_digits_are_a_cutter() {
        assert_eq!(
            tokens(".P98L88 2010"),
            vec![
                Token::Cutter { letters: "P", digits: "98" },
                Token::Cutter { letters: "L", digits: "88" },
                Token::Number { digits: "2010", suffix: "", range: false },
            ]
        );
    }

    #[test]
    fn captions_precede_their_numbers() {
        assert_eq!(
            tokens("v. 2 c.3"),
            vec![
                Token::Word { letters: "v", attached: false, before_number: true },
                Token::Number { digits: "2", suffix: "", range: false },
                Token::Word { letters: "c", attached: false, before_number: true },
                Token::Number { digits: "3", suffix: "", range: false },
            ]
        );
        assert_eq!(tokens(" .A1 no2")[1], Token::Word { letters: "no", attached: false, before_number: true });
        assert_eq!(tokens(" .A1 .no2")[1], Token::Word { letters: "no", attached: false, before_number: true });
        assert_eq!(tokens(" .A1 c1")[1], Token::Cutter { letters: "c", digits: "1" });
    }

    #[test]
    fn ordinals_and_year_letters() {
        assert_eq!(tokens(" 28th")[0], Token::Number { digits: "28", suffix: "th", range: false });
        assert_eq!(
            tokens(" 1997x"),
            vec![
                Token::Number { digits: "1997", suffix: "", range: false },
                Token::Word { letters: "x", attached: true, before_number: false },
            ]
        );
    }

    #[test]
    fn strict_reading_reports_doubled_periods() {
        let s = "QA76..73";
        let err = Tokens::new(s, 4, s.len(), true, false).next().unwrap().unwrap_err().error(s);
        assert_eq!(err.position(), 5);
        assert_eq!(Tokens::new(s, 4, s.len(), false, false).count(), 1);
    }
}
