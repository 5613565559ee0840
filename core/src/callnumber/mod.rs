//! Call numbers: reading them, and putting them in shelf order.
//!
//! A call number says where an item stands on the shelf. Re-shelving returns, printing a shelf
//! list, browsing by shelf in a catalogue and shelf reading all rest on one function: the **sort
//! key**, a string whose byte order is shelf order.
//!
//! ```
//! use ils_core::callnumber::{sort_key, CallNumber, Scheme};
//!
//! // Numbers compare as numbers, Cutter numbers as decimal fractions, and a bare form files
//! // before any extension of it.
//! let mut shelf = vec!["QA76.73 .C153 S65 2003", "QA9 .B3", "QA76 .S73 no.93-11", "QA76.73 .C15 K47 1988"];
//! shelf.sort_by_cached_key(|c| sort_key(c));
//! assert_eq!(shelf, ["QA9 .B3", "QA76 .S73 no.93-11", "QA76.73 .C15 K47 1988", "QA76.73 .C153 S65 2003"]);
//!
//! // Reading one call number tells its scheme and gives a canonical display.
//! let cn = CallNumber::parse("wb 102.5 b62 2018")?;
//! assert_eq!(cn.scheme(), Scheme::Nlm);
//! assert_eq!(cn.to_string(), "WB 102.5 B62 2018");
//! assert!(cn < CallNumber::parse("WB 115 D45")?);
//! # Ok::<(), ils_core::callnumber::CallNumberError>(())
//! ```
//!
//! # Schemes and their order
//! [`CallNumber::parse`] recognises the Library of Congress Classification ([`Scheme::Lc`]),
//! the National Library of Medicine Classification ([`Scheme::Nlm`]) and the Dewey Decimal
//! Classification ([`Scheme::Dewey`]). [`sort_key`] is total: it gives every string a key. LC and
//! NLM interfile (NLM uses the class letters LC leaves free) and come first, then Dewey, then text
//! that reads in no scheme, in natural order (numbers compared as numbers).
//!
//! # The key
//! Keys hold only printable ASCII (bytes 0x20 to 0x7E), start with a format version (`1`), and
//! compare byte-wise: they can go into a database column with binary (C) collation, a Solr
//! `string` field or an Elasticsearch `keyword` field and sort there in shelf order. Equivalent
//! spellings (case, spacing, periods: `e184 .a1`, `E184 A1`, `E184 .A1`) give the same key.
//!
//! Call numbers in a strict reading follow the rules below; [`sort_key`] also reads call numbers
//! with small slips of punctuation (`QA76..73`) in their scheme, so that a typing error does not
//! throw an item to the end of a list.
//!
//! # The rules
//! - Class letters letter by letter, nothing before something: `P` < `PA` < `PN`.
//! - The class number as a number, its decimal as a fraction: `QA9` < `QA76` < `QA76.5` <
//!   `QA76.73` < `QA76.8` < `QA100`; Dewey `005.133` < `010` < `100`.
//! - Dates and ordinals after the class number file before Cutter numbers:
//!   `HB3717 1929 .E37` < `HB3717 .A1`; `E505.5 10th .C4` < `E505.5 102nd .F57`.
//! - Cutter numbers as decimal fractions: `.C15` < `.C153` < `.C2`.
//! - Numbers before letters, wherever both can stand: `.D4 1990` < `.D4 B65`.
//! - Letter-only work marks alphabetically: `Bs` < `Km` < `Mh` < `Stp` < `Wel`.
//! - Years with letters and year ranges after the bare year: `1997` < `1997x`, `1958` < `1958-63`.
//! - Item parts by their numbers: `v.2` < `v.10`, `no.93-2` < `no.93-11` < `no.93-1483`, `c.1` <
//!   `c.3`; `suppl.` and `index` after the bare form.

mod dewey;
mod display;
mod elements;
mod error;
mod key;
mod lc;
mod local;
mod nlm;

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

pub use error::{CallNumberError, CallNumberErrorKind};

use elements::Token;

/// A classification scheme whose call numbers ils-core reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Scheme {
    /// Library of Congress Classification (`QA76.73 .P98 L88 2010`).
    Lc,
    /// National Library of Medicine Classification, classes QS-QZ and W-WZ (`WB 102.5 B62 2018`).
    Nlm,
    /// Dewey Decimal Classification (`813.54 H123m`).
    Dewey,
}

impl Scheme {
    /// The scheme's short name: `"lc"`, `"nlm"` or `"dewey"`.
    ///
    /// ```
    /// assert_eq!(ils_core::callnumber::Scheme::Nlm.as_str(), "nlm");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Lc => "lc",
            Scheme::Nlm => "nlm",
            Scheme::Dewey => "dewey",
        }
    }
}

impl fmt::Display for Scheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Scheme {
    type Err = UnknownScheme;

    /// Reads a scheme name (`lc`, `nlm`, `dewey`, in any case).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        [Scheme::Lc, Scheme::Nlm, Scheme::Dewey]
            .into_iter()
            .find(|scheme| scheme.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownScheme(s.to_owned()))
    }
}

/// A scheme name that is not one of `lc`, `nlm`, `dewey`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a call-number scheme (expected \"lc\", \"nlm\" or \"dewey\")")]
pub struct UnknownScheme(pub String);

/// One element after the class number, as read from a call number.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Element {
    /// A Cutter number: letters, then digits that compare as a decimal fraction (`.P98`).
    Cutter {
        /// The letters, in upper case.
        letters: String,
        /// The digits, as written.
        digits: String,
    },
    /// A whole number: a date, an ordinal (`28th`), or the number of an item part (the `2` of
    /// `v.2`).
    Number {
        /// The digits, as written.
        digits: String,
        /// An ordinal suffix (`th`, `st`, `nd`, `rd`, `d`), in lower case.
        ordinal: Option<String>,
        /// Whether the number ends a range begun by the number before it (`63` of `1958-63`).
        range: bool,
    },
    /// Letters standing alone: a work mark (`Stp`), a year letter (`x` of `1997x`), a caption
    /// (`v` of `v.2`), `suppl.` or `index`.
    Word {
        /// The letters, as written.
        text: String,
        /// Written directly after digits (`1997x`, `H123m`).
        attached: bool,
        /// Followed by a number, so a caption when it is one (`v.2`).
        before_number: bool,
    },
}

impl Element {
    fn from_token(t: Token<'_>) -> Self {
        match t {
            Token::Number {
                digits,
                suffix,
                range,
            } => Element::Number {
                digits: digits.to_owned(),
                ordinal: (!suffix.is_empty()).then(|| suffix.to_ascii_lowercase()),
                range,
            },
            Token::Cutter { letters, digits } => Element::Cutter {
                letters: letters.to_ascii_uppercase(),
                digits: digits.to_owned(),
            },
            Token::Word {
                letters,
                attached,
                before_number,
            } => Element::Word {
                text: letters.to_owned(),
                attached,
                before_number,
            },
        }
    }

    fn token(&self) -> Token<'_> {
        match self {
            Element::Number {
                digits,
                ordinal,
                range,
            } => Token::Number {
                digits,
                suffix: ordinal.as_deref().unwrap_or_default(),
                range: *range,
            },
            Element::Cutter { letters, digits } => Token::Cutter { letters, digits },
            Element::Word {
                text,
                attached,
                before_number,
            } => Token::Word {
                letters: text,
                attached: *attached,
                before_number: *before_number,
            },
        }
    }
}

/// A call number read in its scheme.
///
/// Equality, ordering and hashing follow shelf order: two spellings of one call number are
/// equal, and `a < b` exactly when `a.sort_key() < b.sort_key()`.
///
/// ```
/// use ils_core::callnumber::{CallNumber, Scheme};
///
/// let a = CallNumber::parse("QA1 .A647 v.2 c.2")?;
/// let b = CallNumber::parse("QA1 .A647 v.10 suppl.")?;
/// assert!(a < b);
/// assert_eq!(CallNumber::parse("MT6 .A2 B1 V. 2 C.3")?, CallNumber::parse("MT6 .A2 B1 v.2 c.3")?);
/// assert_eq!(CallNumber::parse_as("005.133 C15", Scheme::Dewey)?.class_number(), "005.133");
/// # Ok::<(), ils_core::callnumber::CallNumberError>(())
/// ```
#[derive(Debug, Clone)]
pub struct CallNumber {
    scheme: Scheme,
    class_letters: String,
    class_number: String,
    elements: Vec<Element>,
    key: String,
    display: String,
}

impl CallNumber {
    /// Reads a call number, detecting its scheme: class letters of the LC or NLM outline, or a
    /// three-digit Dewey number. Errors say what is wrong and at which byte.
    ///
    /// ```
    /// use ils_core::callnumber::{CallNumber, Scheme};
    ///
    /// assert_eq!(CallNumber::parse("QA76.73 .P98 L88 2010")?.scheme(), Scheme::Lc);
    /// assert_eq!(CallNumber::parse("813.54 H123m")?.scheme(), Scheme::Dewey);
    /// let err = CallNumber::parse("DVD 791.43 S55").unwrap_err();
    /// assert_eq!(err.to_string(), r#""DVD 791.43 S55": "DVD" is not an LC or NLM class at byte 0"#);
    /// # Ok::<(), ils_core::callnumber::CallNumberError>(())
    /// ```
    pub fn parse(input: &str) -> Result<Self, CallNumberError> {
        Self::read(input, None)
    }

    /// Reads a call number in the scheme given, without detection. LC and NLM share a grammar;
    /// forcing either accepts class letters outside the published outlines (a local class).
    ///
    /// ```
    /// use ils_core::callnumber::{CallNumber, Scheme};
    ///
    /// assert!(CallNumber::parse("XB12 .A1").is_err());
    /// assert_eq!(CallNumber::parse_as("XB12 .A1", Scheme::Lc)?.to_string(), "XB12 .A1");
    /// # Ok::<(), ils_core::callnumber::CallNumberError>(())
    /// ```
    pub fn parse_as(input: &str, scheme: Scheme) -> Result<Self, CallNumberError> {
        Self::read(input, Some(scheme))
    }

    fn read(input: &str, forced: Option<Scheme>) -> Result<Self, CallNumberError> {
        let head = read_head(input, true, forced)?;
        let elements = head
            .tokens(input, true)
            .map(|t| t.map(Element::from_token))
            .collect::<Result<Vec<_>, _>>()?;
        let mut key = String::with_capacity(input.len() + 8);
        head.push_class_key(&mut key);
        for e in &elements {
            push_token_key(&mut key, e.token());
        }
        let display = display::display(&head, elements.iter().map(Element::token));
        let class_number = match head.decimal {
            "" => head.integer.to_owned(),
            d => format!("{}.{d}", head.integer),
        };
        Ok(CallNumber {
            scheme: head.scheme,
            class_letters: head.letters.to_ascii_uppercase(),
            class_number,
            elements,
            key,
            display,
        })
    }

    /// The scheme the call number was read in.
    pub fn scheme(&self) -> Scheme {
        self.scheme
    }

    /// The shelf-order sort key (see [the module documentation](self) for its form);
    /// [`key`](Self::key) borrows it instead.
    ///
    /// ```
    /// use ils_core::callnumber::CallNumber;
    /// let key: String = CallNumber::parse("QA76.73 .P98 L88 2010")?.sort_key();
    /// assert_eq!(key, "1CQA 276.73 P98 L88 42010");
    /// # Ok::<(), ils_core::callnumber::CallNumberError>(())
    /// ```
    pub fn sort_key(&self) -> String {
        self.key.clone()
    }

    /// The shelf-order sort key, borrowed.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The class letters in upper case (`QA`; empty for Dewey).
    pub fn class_letters(&self) -> &str {
        &self.class_letters
    }

    /// The class number as written (`76.73`, `005.133`; empty for class letters alone).
    pub fn class_number(&self) -> &str {
        &self.class_number
    }

    /// The elements after the class number: Cutter numbers, dates, work marks, item parts.
    pub fn elements(&self) -> &[Element] {
        &self.elements
    }
}

impl fmt::Display for CallNumber {
    /// The canonical spelling: `e184 .a1` and `E184 A1` both display as `E184 .A1`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display)
    }
}

impl FromStr for CallNumber {
    type Err = CallNumberError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        CallNumber::parse(s)
    }
}

impl PartialEq for CallNumber {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl Eq for CallNumber {}

impl Hash for CallNumber {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.key.hash(state);
    }
}

impl PartialOrd for CallNumber {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for CallNumber {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key.cmp(&other.key)
    }
}

/// The shelf-order key of any string. Never fails: call numbers that read in a scheme get that
/// scheme's key (forgiving small slips of punctuation); other text gets a natural-order key that
/// files after every classified call number.
///
/// ```
/// use ils_core::callnumber::sort_key;
///
/// assert!(sort_key("QA76 .S73 no.93-11") < sort_key("QA76 .S73 no.93-1483"));
/// assert!(sort_key("999 A1") < sort_key("FIC SMITH"));      // Dewey before local text
/// assert_eq!(sort_key("QA76.73 .P98L88 2010"), sort_key("qa76.73  .p98  l88  2010"));
/// assert!(sort_key("Box 9").is_ascii() && sort_key("\u{7}Ä").is_ascii());
/// ```
pub fn sort_key(call_number: &str) -> String {
    let mut out = String::with_capacity(call_number.len() + 8);
    push_sort_key(call_number, &mut out);
    out
}

/// Appends the sort key of `call_number` to `out`: [`sort_key`] without an allocation per key.
pub fn push_sort_key(call_number: &str, out: &mut String) {
    let start = out.len();
    if push_scheme_key(call_number, out).is_err() {
        out.truncate(start);
        local::push_key(call_number, out);
    }
}

/// The sort keys of many call numbers, in the same order.
///
/// ```
/// let keys = ils_core::callnumber::sort_keys(&["QA76", "005.133 C15", "IN PROCESS"]);
/// assert!(keys[0] < keys[1] && keys[1] < keys[2]);
/// ```
pub fn sort_keys<S: AsRef<str>>(call_numbers: &[S]) -> Vec<String> {
    call_numbers.iter().map(|c| sort_key(c.as_ref())).collect()
}

fn push_scheme_key(input: &str, out: &mut String) -> Result<(), CallNumberError> {
    let head = read_head(input, false, None)?;
    head.push_class_key(out);
    for t in head.tokens(input, false) {
        push_token_key(out, t?);
    }
    Ok(())
}

fn push_token_key(out: &mut String, t: Token<'_>) {
    out.push(' ');
    match t {
        Token::Number { digits, .. } => key::push_integer(out, digits),
        Token::Cutter { letters, digits } => {
            key::push_upper(out, letters);
            out.push_str(digits);
        }
        Token::Word {
            letters,
            before_number,
            ..
        } => match elements::caption_alias(letters).filter(|_| before_number) {
            Some(alias) => out.push_str(alias),
            None => key::push_upper(out, letters),
        },
    }
}

/// Class letters and class number, borrowed from the input, and where the elements start.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Head<'a> {
    scheme: Scheme,
    letters: &'a str,
    integer: &'a str,
    decimal: &'a str,
    tail: usize,
    end: usize,
}

impl<'a> Head<'a> {
    fn tokens(&self, input: &'a str, strict: bool) -> elements::Tokens<'a> {
        elements::Tokens::new(
            input,
            self.tail,
            self.end,
            strict,
            self.scheme == Scheme::Dewey,
        )
    }

    fn push_class_key(&self, out: &mut String) {
        match self.scheme {
            Scheme::Lc | Scheme::Nlm => {
                key::push_header(out, key::Group::Classified);
                key::push_upper(out, self.letters);
                if !self.integer.is_empty() {
                    out.push(' ');
                    key::push_integer(out, self.integer);
                }
            }
            Scheme::Dewey => {
                key::push_header(out, key::Group::Dewey);
                out.push_str(self.integer);
            }
        }
        if !self.decimal.is_empty() {
            out.push('.');
            out.push_str(self.decimal);
        }
    }
}

/// Finds the scheme and reads the class part of `input`, ignoring surrounding white space.
fn read_head(
    input: &str,
    strict: bool,
    forced: Option<Scheme>,
) -> Result<Head<'_>, CallNumberError> {
    let bytes = input.as_bytes();
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace());
    let Some(start) = start else {
        return Err(CallNumberError::new(input, 0, CallNumberErrorKind::Empty));
    };
    let end = bytes
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(start, |i| i + 1);
    let first = bytes.get(start).copied().unwrap_or(0);
    match forced {
        Some(Scheme::Dewey) => dewey::read_head(input, start, end, strict),
        Some(scheme) => lc::read_head(input, start, end, strict, Some(scheme)),
        None if first.is_ascii_alphabetic() => lc::read_head(input, start, end, strict, None),
        None if first.is_ascii_digit() => dewey::read_head(input, start, end, strict),
        None => Err(CallNumberError::at_char(input, start)),
    }
}

/// Reads the decimal part of a class number at `*i` (a period followed by digits), if any.
fn read_decimal<'a>(
    input: &'a str,
    i: &mut usize,
    end: usize,
    strict: bool,
) -> Result<&'a str, CallNumberError> {
    let bytes = input.as_bytes();
    let at = |j: usize| {
        if j < end {
            bytes.get(j).copied().unwrap_or(0)
        } else {
            0
        }
    };
    if at(*i) != b'.' || !at(*i + 1).is_ascii_digit() {
        return Ok("");
    }
    let start = *i + 1;
    let mut j = start;
    while at(j).is_ascii_digit() {
        j += 1;
    }
    if strict && j - start > elements::MAX_FRACTION_DIGITS {
        let kind = CallNumberErrorKind::NumberTooLong {
            digits: j - start,
            max: elements::MAX_FRACTION_DIGITS,
        };
        return Err(CallNumberError::new(input, start, kind));
    }
    *i = j;
    Ok(input.get(start..j).unwrap_or_default())
}
