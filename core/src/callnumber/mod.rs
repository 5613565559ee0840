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
//! [`CallNumber::parse`] detects the scheme, in this order of tests:
//! 1. **SuDocs** ([`Scheme::Sudoc`]): agency letters, a number, and a colon later on
//!    (`A 13.2:T 73/4`). The colon is what tells a SuDoc number from LC class `A`.
//! 2. **LC** ([`Scheme::Lc`]) or **NLM** ([`Scheme::Nlm`]): class letters of the LC Classification
//!    Outline, or NLM's QS-QZ and W-WZ, followed by a class number (or standing alone, `QA`).
//! 3. **Dewey** ([`Scheme::Dewey`]): a three-digit class number (`005.133`).
//! 4. Anything else is **local text** ([`Scheme::Local`]), keyed in natural order: words
//!    compared case-insensitively, numbers as numbers (`Box 9` < `Box 10`), punctuation ignored.
//!
//! [`sort_key`] is total: it gives every string a key. Keys file the schemes in this order: LC
//! and NLM interfiled (their class letters never clash), then Dewey, then SuDocs, then local
//! text, then call numbers with a prefix (under the default [`ShelvingPolicy`]), grouped by
//! prefix. Documents classed by the GPO, Dewey-classed juvenile collections and local shelf marks
//! are usually shelved apart from the main LC sequence; this order keeps each sequence whole.
//!
//! # Prefixes and suffixes
//! Location and format marks (`REF`, `FOLIO`, `Oversize`, `J`, `FIC`) are parsed out as fields
//! ([`CallNumber::prefixes`], [`CallNumber::suffixes`]). Which words are marks, and whether marked
//! call numbers file apart ([`PrefixFiling::Grouped`], Evergreen's order) or as if unmarked
//! ([`PrefixFiling::Ignore`], FOLIO's shelving order), is a [`ShelvingPolicy`] passed as an
//! argument: [`sort_key_with`], [`CallNumber::parse_with`].
//!
//! # The keys
//! Keys hold only printable ASCII (bytes 0x20 to 0x7D), start with a format version (`1`), and
//! compare byte-wise: they can go into a database column with binary (C) collation, a Solr
//! `string` field or an Elasticsearch `keyword` field and sort there in shelf order. Equivalent
//! spellings (case, spacing, periods: `e184 .a1`, `E184 A1`, `E184 .A1`) give the same key and
//! the same canonical display ([`CallNumber`]'s `Display`); reading a display again gives the
//! same key.
//!
//! - [`base_key`]: the key without item parts (`v.2`, `c.3`), a prefix of the full key, shared by
//!   the volumes and copies of one title; they sort together right after the title.
//! - [`range_end_key`]: the end of a range that takes in every call number extending this one:
//!   `QA76` as a range end includes `QA76.73 .P98 L88 2010` and `QA76.9`, not `QA77`.
//! - [`reverse_key`]: byte order reversed, for descending browse in ascending-only stores.
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
//! - Item parts (`v.`, `no.`, `pt.`, `c.`, `suppl.`, `index`) by their numbers, right after their
//!   title: `v.2` < `v.10`, `no.93-2` < `no.93-11` < `no.93-1483`, `c.1` < `c.3`, and
//!   `QA1 .A1 v.2` < `QA1 .A1 1990`, so a title's volumes stand together.
//! - SuDocs: agency, then stem, then book number, part by part; numbers as whole numbers
//!   (`A 1.2` < `A 1.11`), letters before numbers (`A 1.1:B` < `A 1.1:2`), a stem before its
//!   continuations (`A 1.1:11` < `A 1.1/1-2:`).

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

impl UnknownScheme {
    /// The stable code of this error, as the bindings report it.
    pub const CODE: &'static str = "CALLNUMBER_UNKNOWN_SCHEME";
}

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
    let mut out = String::with_capacity(call_number.len() + 16);
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
    match ShelfOrder::new(call_numbers, policy) {
        ShelfOrder::Compact(spans) => spans.into_iter().map(|(index, _)| index as usize).collect(),
        ShelfOrder::Wide(order) => order,
    }
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
    let order = ShelfOrder::new(call_numbers, policy);
    let source = |slot: usize| match &order {
        ShelfOrder::Compact(spans) => spans.get(slot).map(|&(index, _)| index as usize),
        ShelfOrder::Wide(order) => order.get(slot).copied(),
    };
    // Apply the permutation in place by following its cycles: slot i takes the item at source(i).
    let mut placed = vec![false; call_numbers.len()];
    for start in 0..call_numbers.len() {
        if placed.get(start).copied().unwrap_or(true) {
            continue;
        }
        let mut slot = start;
        loop {
            if let Some(p) = placed.get_mut(slot) {
                *p = true;
            }
            let from = source(slot).unwrap_or(start);
            if from == start {
                break;
            }
            call_numbers.swap(slot, from);
            slot = from;
        }
    }
}

/// Shelf order as indices into the input, computed with little memory: all keys in one buffer,
/// each ended by a zero byte, and 8 bytes an item while offsets fit in 32 bits.
enum ShelfOrder {
    /// (index, start of its key) pairs in shelf order.
    Compact(Vec<(u32, u32)>),
    /// Indices in shelf order, for inputs whose keys pass 4 GiB.
    Wide(Vec<usize>),
}

impl ShelfOrder {
    fn new<S: AsRef<str>>(call_numbers: &[S], policy: &ShelvingPolicy) -> Self {
        let mut keys = String::with_capacity(call_numbers.iter().map(|c| c.as_ref().len() + 8).sum());
        let mut items: Vec<(u32, u32)> = Vec::with_capacity(call_numbers.len());
        for (index, c) in call_numbers.iter().enumerate() {
            let (Ok(index), Ok(start)) = (u32::try_from(index), u32::try_from(keys.len())) else {
                return ShelfOrder::Wide(Self::wide(call_numbers, policy));
            };
            read::push_sort_key(c.as_ref(), policy, &mut keys);
            // Keys hold no zero byte and 0x00 is below every key byte, so a key ended by one
            // compares as the key does: nothing before something.
            keys.push('\0');
            items.push((index, start));
        }
        let keys = keys.as_bytes();
        // A comparison reads the two keys and nothing else, as a sort of plain strings does;
        // ties keep input order.
        items.sort_unstable_by(|a, b| compare_terminated(keys, a.1, b.1).then(a.0.cmp(&b.0)));
        ShelfOrder::Compact(items)
    }

    /// The slow path for more than 4 GiB of keys: one key string an item.
    fn wide<S: AsRef<str>>(call_numbers: &[S], policy: &ShelvingPolicy) -> Vec<usize> {
        let mut keyed: Vec<(String, usize)> =
            call_numbers.iter().enumerate().map(|(i, c)| (sort_key_with(c.as_ref(), policy), i)).collect();
        keyed.sort_unstable();
        keyed.into_iter().map(|(_, i)| i).collect()
    }
}

/// Compares the zero-terminated keys that start at `a` and `b` in `keys`.
fn compare_terminated(keys: &[u8], a: u32, b: u32) -> std::cmp::Ordering {
    let x = keys.get(a as usize..).unwrap_or_default();
    let y = keys.get(b as usize..).unwrap_or_default();
    for (p, q) in x.iter().zip(y) {
        if p != q {
            return p.cmp(q);
        }
        if *p == 0 {
            break;
        }
    }
    std::cmp::Ordering::Equal
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
fn read_decimal<'a>(input: &'a str, i: &mut usize, end: usize, strict: bool) -> Result<&'a str, error::Miss> {
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
        let kind = error::MissKind::NumberTooLong { digits: j - start, max: elements::MAX_FRACTION_DIGITS };
        return Err(error::Miss::new(start, kind));
    }
    *i = j;
    Ok(input.get(start..j).unwrap_or_default())
}
