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

mod call_number;
mod dewey;
mod display;
mod elements;
mod error;
mod key;
mod lc;
mod local;
mod nlm;
mod prefix;
mod read;
mod sudoc;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

pub use call_number::{CallNumber, Element, Explanation, Parts, Reason};
pub use error::{CallNumberError, CallNumberErrorKind};
pub use prefix::{PrefixFiling, ShelvingPolicy, ShelvingPolicyError};

/// A classification scheme whose call numbers ils-core reads. Keys file the schemes in this
/// order: LC and NLM interfiled, then Dewey, then SuDocs, then local text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Scheme {
    /// Library of Congress Classification (`QA76.73 .P98 L88 2010`).
    Lc,
    /// National Library of Medicine Classification, classes QS-QZ and W-WZ (`WB 102.5 B62 2018`).
    Nlm,
    /// Dewey Decimal Classification (`813.54 H123m`).
    Dewey,
    /// US Superintendent of Documents classification (`A 13.2:T 73/4`).
    Sudoc,
    /// Text in no classification scheme, filed in natural order (`FIC SMITH`, `Box 12`).
    Local,
}

impl Scheme {
    const ALL: [Scheme; 5] = [Scheme::Lc, Scheme::Nlm, Scheme::Dewey, Scheme::Sudoc, Scheme::Local];

    /// The scheme's short name: `"lc"`, `"nlm"`, `"dewey"`, `"sudoc"` or `"local"`.
    ///
    /// ```
    /// assert_eq!(ils_core::callnumber::Scheme::Nlm.as_str(), "nlm");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Lc => "lc",
            Scheme::Nlm => "nlm",
            Scheme::Dewey => "dewey",
            Scheme::Sudoc => "sudoc",
            Scheme::Local => "local",
        }
    }

    /// The scheme's name in a sentence: `LC`, `NLM`, `Dewey`, `SuDocs`, `local text`.
    pub fn name(self) -> &'static str {
        match self {
            Scheme::Lc => "LC",
            Scheme::Nlm => "NLM",
            Scheme::Dewey => "Dewey",
            Scheme::Sudoc => "SuDocs",
            Scheme::Local => "local text",
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

    /// Reads a scheme name (`lc`, `nlm`, `dewey`, `sudoc`, `local`, in any case).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Scheme::ALL
            .into_iter()
            .find(|scheme| scheme.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownScheme(s.to_owned()))
    }
}

/// A scheme name that is not one of `lc`, `nlm`, `dewey`, `sudoc`, `local`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a call-number scheme (expected \"lc\", \"nlm\", \"dewey\", \"sudoc\" or \"local\")")]
pub struct UnknownScheme(pub String);

/// The shelf-order key of any string, under the default [`ShelvingPolicy`]. Never fails: call
/// numbers that read in a scheme get that scheme's key (forgiving small slips of punctuation);
/// other text gets a natural-order key that files after every classified call number.
///
/// ```
/// use ils_core::callnumber::sort_key;
///
/// assert!(sort_key("QA76 .S73 no.93-11") < sort_key("QA76 .S73 no.93-1483"));
/// assert!(sort_key("999 A1") < sort_key("A 1.1:") && sort_key("A 1.1:") < sort_key("Box 9"));
/// assert_eq!(sort_key("QA76.73 .P98L88 2010"), sort_key("qa76.73  .p98  l88  2010"));
/// assert!(sort_key("Box 9").is_ascii() && sort_key("\u{7}Ä").is_ascii());
/// ```
pub fn sort_key(call_number: &str) -> String {
    sort_key_with(call_number, &ShelvingPolicy::default())
}

/// The shelf-order key of any string under `policy` (which prefixes it recognises and where
/// prefixed call numbers file).
pub fn sort_key_with(call_number: &str, policy: &ShelvingPolicy) -> String {
    let mut out = String::with_capacity(call_number.len() + 8);
    read::push_sort_key(call_number, policy, &mut out);
    out
}

/// Appends the sort key of `call_number` under `policy` to `out`: [`sort_key_with`] without an
/// allocation per key.
pub fn push_sort_key(call_number: &str, policy: &ShelvingPolicy, out: &mut String) {
    read::push_sort_key(call_number, policy, out);
}

/// The sort keys of many call numbers, in the same order.
///
/// ```
/// let keys = ils_core::callnumber::sort_keys(&["QA76", "005.133 C15", "IN PROCESS"]);
/// assert!(keys[0] < keys[1] && keys[1] < keys[2]);
/// ```
pub fn sort_keys<S: AsRef<str>>(call_numbers: &[S]) -> Vec<String> {
    sort_keys_with(call_numbers, &ShelvingPolicy::default())
}

/// The sort keys of many call numbers under `policy`, in the same order.
pub fn sort_keys_with<S: AsRef<str>>(call_numbers: &[S], policy: &ShelvingPolicy) -> Vec<String> {
    call_numbers.iter().map(|c| sort_key_with(c.as_ref(), policy)).collect()
}

/// The shelf order of many call numbers: the indices of `call_numbers` in the order their items
/// stand on the shelf (stable: equal keys keep their input order).
///
/// ```
/// use ils_core::callnumber::{shelf_order, ShelvingPolicy};
/// let cart = ["QA76.73 .C153", "REF QA1 .A1", "QA9 .B3", "005.133 C15"];
/// assert_eq!(shelf_order(&cart, &ShelvingPolicy::default()), [2, 0, 3, 1]);
/// ```
pub fn shelf_order<S: AsRef<str>>(call_numbers: &[S], policy: &ShelvingPolicy) -> Vec<usize> {
    let mut keyed: Vec<(String, usize)> =
        call_numbers.iter().enumerate().map(|(i, c)| (sort_key_with(c.as_ref(), policy), i)).collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, i)| i).collect()
}

/// Sorts call numbers into shelf order, in place (stable).
///
/// ```
/// use ils_core::callnumber::{shelf_sort, ShelvingPolicy};
/// let mut cart = vec!["QA1 .A1 v.10", "QA1 .A1 v.2", "FIC SMITH", "QA1 .A1"];
/// shelf_sort(&mut cart, &ShelvingPolicy::default());
/// assert_eq!(cart, ["QA1 .A1", "QA1 .A1 v.2", "QA1 .A1 v.10", "FIC SMITH"]);
/// ```
pub fn shelf_sort<S: AsRef<str>>(call_numbers: &mut [S], policy: &ShelvingPolicy) {
    let mut keyed: Vec<(String, usize)> =
        call_numbers.iter().enumerate().map(|(i, c)| (sort_key_with(c.as_ref(), policy), i)).collect();
    keyed.sort_unstable();
    // Apply the permutation by swaps: position i receives the item that was at keyed[i].1.
    let mut target: Vec<usize> = vec![0; call_numbers.len()];
    for (position, (_, from)) in keyed.iter().enumerate() {
        if let Some(t) = target.get_mut(*from) {
            *t = position;
        }
    }
    for i in 0..call_numbers.len() {
        while let Some(&t) = target.get(i) {
            if t == i {
                break;
            }
            call_numbers.swap(i, t);
            target.swap(i, t);
        }
    }
}

/// The base key of any string: its sort key without item parts (`v.2`, `c.3`), shared by the
/// volumes and copies of one title and a prefix of each of their sort keys.
///
/// ```
/// use ils_core::callnumber::{base_key, sort_key};
/// assert_eq!(base_key("QA1 .A647 v.10 c.2"), sort_key("QA1 .A647"));
/// ```
pub fn base_key(call_number: &str) -> String {
    let mut out = String::with_capacity(call_number.len() + 8);
    let base_len = read::push_sort_key(call_number, &ShelvingPolicy::default(), &mut out);
    out.truncate(base_len);
    out
}

/// The key that ends the range of call numbers extending `call_number` (see
/// [`CallNumber::range_end_key`]); total, like [`sort_key`].
///
/// ```
/// use ils_core::callnumber::{range_end_key, sort_key};
/// let end = range_end_key("QA76");
/// assert!(sort_key("QA76.73 .P98 L88 2010") < end && end < sort_key("QA77"));
/// ```
pub fn range_end_key(call_number: &str) -> String {
    key::range_end(&sort_key(call_number))
}

/// A key whose byte order is the reverse of shelf order (see [`CallNumber::reverse_key`]).
///
/// ```
/// use ils_core::callnumber::reverse_key;
/// assert!(reverse_key("QA76") > reverse_key("QA76 .A1") && reverse_key("QA76 .A1") > reverse_key("QA77"));
/// ```
pub fn reverse_key(call_number: &str) -> String {
    key::reverse(&sort_key(call_number))
}

/// Reads the decimal part of a class number at `*i` (a period followed by digits), if any.
fn read_decimal<'a>(input: &'a str, i: &mut usize, end: usize, strict: bool) -> Result<&'a str, CallNumberError> {
    let bytes = input.as_bytes();
    let at = |j: usize| if j < end { bytes.get(j).copied().unwrap_or(0) } else { 0 };
    if at(*i) != b'.' || !at(*i + 1).is_ascii_digit() {
        return Ok("");
    }
    let start = *i + 1;
    let mut j = start;
    while at(j).is_ascii_digit() {
        j += 1;
    }
    if strict && j - start > elements::MAX_FRACTION_DIGITS {
        let kind = CallNumberErrorKind::NumberTooLong { digits: j - start, max: elements::MAX_FRACTION_DIGITS };
        return Err(CallNumberError::new(input, start, kind));
    }
    *i = j;
    Ok(input.get(start..j).unwrap_or_default())
}
