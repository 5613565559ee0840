//! Prefixes and suffixes (`REF`, `FOLIO`, `Oversize`, `J`, `FIC`) and where they file.
//!
//! Libraries write a location or format mark before a call number (`REF QA76 .A1`,
//! `J 398.2 G76`, `FIC SMITH`) and sometimes after it (`QA76 .A1 FOLIO`). Which marks a library
//! uses, and whether marked call numbers shelve apart, is local practice, so it is a
//! [`ShelvingPolicy`] value passed as an argument, never global state.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::read::{self, Core};

/// How call numbers with prefixes and suffixes file. Pass it to
/// [`sort_key_with`](super::sort_key_with) and [`CallNumber::parse_with`](super::CallNumber::parse_with).
///
/// ```
/// use ils_core::callnumber::{sort_key_with, PrefixFiling, ShelvingPolicy};
///
/// let policy = ShelvingPolicy::default();
/// assert!(sort_key_with("QA76 .A1", &policy) < sort_key_with("REF 005.133 C15", &policy));
///
/// let ignore = ShelvingPolicy::new(["REF", "STORAGE"], PrefixFiling::Ignore)?;
/// assert_eq!(sort_key_with("STORAGE QA76 .A1", &ignore), sort_key_with("QA76 .A1", &ignore));
/// # Ok::<(), ils_core::callnumber::ShelvingPolicyError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "PolicyData", into = "PolicyData")]
pub struct ShelvingPolicy {
    prefixes: Cow<'static, [Cow<'static, str>]>,
    prefix_filing: PrefixFiling,
    /// A quick test before comparing words: the lengths and first letters of the prefixes.
    filter: WordFilter,
}

/// Bit sets of the lengths (bit n: a prefix of n bytes, up to 63) and first letters (bit 0-25:
/// A-Z in any case; bit 26: anything else) of a list of words. A word whose length or first
/// letter is missing cannot be in the list, which settles nearly every call number at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct WordFilter {
    lengths: u64,
    firsts: u32,
}

impl WordFilter {
    // Indexes within `while i < words.len()`, which `get` cannot do in a const fn.
    #[allow(clippy::indexing_slicing)]
    const fn of(words: &[&str]) -> Self {
        let mut filter = WordFilter { lengths: 0, firsts: 0 };
        let mut i = 0;
        while i < words.len() {
            let bytes = words[i].as_bytes();
            filter.lengths |= Self::length_bit(bytes.len());
            filter.firsts |= Self::first_bit(bytes);
            i += 1;
        }
        filter
    }

    const fn length_bit(len: usize) -> u64 {
        if len < 63 {
            1 << len
        } else {
            1 << 63
        }
    }

    const fn first_bit(word: &[u8]) -> u32 {
        match word.first() {
            Some(b) if b.is_ascii_alphabetic() => 1 << (b.to_ascii_uppercase() - b'A'),
            _ => 1 << 26,
        }
    }

    fn may_hold(&self, word: &str) -> bool {
        self.lengths & Self::length_bit(word.len()) != 0 && self.firsts & Self::first_bit(word.as_bytes()) != 0
    }
}

/// Where call numbers that carry a recognised prefix or suffix file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PrefixFiling {
    /// After every call number without one, grouped by prefix (alphabetically; several
    /// prefixes compare word by word, so `J` files before `J FIC`), each group in shelf order.
    /// This is Evergreen's order, which sorts on the call-number prefix's sort key before the
    /// call number's.
    #[default]
    Grouped,
    /// As if there were no prefix or suffix: `REF QA76 .A1` files with `QA76 .A1`. This is FOLIO's
    /// effective shelving order, which leaves the call-number prefix out.
    Ignore,
}

/// A shelving policy that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ShelvingPolicyError {
    /// A prefix that is empty or only white space.
    #[error("prefix {index} is empty")]
    EmptyPrefix {
        /// Its position in the list (0-based).
        index: usize,
    },
    /// A prefix with white space inside it: prefixes are single words.
    #[error("prefix {prefix:?} contains white space; a prefix is one word")]
    PrefixWithSpace {
        /// The prefix as given.
        prefix: String,
    },
    /// A prefix filing name other than `grouped` and `ignore`.
    #[error("{0:?} is not a prefix filing (expected \"grouped\" or \"ignore\")")]
    UnknownFiling(String),
}

impl ShelvingPolicyError {
    /// Every kind's [`code`](Self::code).
    pub const CODES: &'static [&'static str] =
        &["POLICY_EMPTY_PREFIX", "POLICY_PREFIX_WITH_SPACE", "POLICY_UNKNOWN_FILING"];

    /// A stable, machine-readable code for the kind (the JavaScript error `code`).
    pub fn code(&self) -> &'static str {
        match self {
            Self::EmptyPrefix { .. } => "POLICY_EMPTY_PREFIX",
            Self::PrefixWithSpace { .. } => "POLICY_PREFIX_WITH_SPACE",
            Self::UnknownFiling(_) => "POLICY_UNKNOWN_FILING",
        }
    }
}

macro_rules! default_prefixes {
    ($($word:literal),* $(,)?) => {
        /// The prefixes a default policy recognises, as they display.
        const DEFAULT_WORDS: &[&str] = &[$($word),*];
        const DEFAULT_PREFIXES: &[Cow<'static, str>] = &[$(Cow::Borrowed($word)),*];
    };
}

default_prefixes!(
    "AV",
    "CD",
    "DVD",
    "FIC",
    "FOLIO",
    "J",
    "JUV",
    "MAP",
    "Microfiche",
    "Microfilm",
    "Oversize",
    "REF",
    "Reference",
    "VIDEO",
    "YA",
);

const DEFAULT_FILTER: WordFilter = WordFilter::of(DEFAULT_WORDS);

impl PrefixFiling {
    /// The filing's name: `"grouped"` or `"ignore"`.
    pub fn as_str(self) -> &'static str {
        match self {
            PrefixFiling::Grouped => "grouped",
            PrefixFiling::Ignore => "ignore",
        }
    }
}

impl std::str::FromStr for PrefixFiling {
    type Err = ShelvingPolicyError;

    /// Reads `grouped` or `ignore` (in any case).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        [PrefixFiling::Grouped, PrefixFiling::Ignore]
            .into_iter()
            .find(|f| f.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| ShelvingPolicyError::UnknownFiling(s.to_owned()))
    }
}

impl Default for ShelvingPolicy {
    /// Recognises `AV`, `CD`, `DVD`, `FIC`, `FOLIO`, `J`, `JUV`, `MAP`, `Microfiche`, `Microfilm`,
    /// `Oversize`, `REF`, `Reference`, `VIDEO` and `YA` (in any case), filed
    /// [`Grouped`](PrefixFiling::Grouped).
    fn default() -> Self {
        ShelvingPolicy {
            prefixes: Cow::Borrowed(DEFAULT_PREFIXES),
            prefix_filing: PrefixFiling::Grouped,
            filter: DEFAULT_FILTER,
        }
    }
}

impl ShelvingPolicy {
    /// A policy recognising exactly `prefixes` (matched in any case, shown as given).
    pub fn new<I, S>(prefixes: I, prefix_filing: PrefixFiling) -> Result<Self, ShelvingPolicyError>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut list = Vec::new();
        for (index, prefix) in prefixes.into_iter().enumerate() {
            let prefix: String = prefix.into();
            if prefix.trim().is_empty() {
                return Err(ShelvingPolicyError::EmptyPrefix { index });
            }
            if prefix.chars().any(char::is_whitespace) {
                return Err(ShelvingPolicyError::PrefixWithSpace { prefix });
            }
            list.push(prefix);
        }
        let filter = WordFilter::of(&list.iter().map(String::as_str).collect::<Vec<_>>());
        let prefixes = Cow::Owned(list.into_iter().map(Cow::Owned).collect());
        Ok(ShelvingPolicy { prefixes, prefix_filing, filter })
    }

    /// The default prefixes with a different filing.
    pub fn with_filing(mut self, prefix_filing: PrefixFiling) -> Self {
        self.prefix_filing = prefix_filing;
        self
    }

    /// The prefixes recognised, as they display.
    pub fn prefixes(&self) -> impl Iterator<Item = &str> {
        self.prefixes.iter().map(|p| p.as_ref())
    }

    /// Where prefixed call numbers file.
    pub fn prefix_filing(&self) -> PrefixFiling {
        self.prefix_filing
    }

    /// The recognised prefix spelled `word` (in any case), as it displays.
    pub(crate) fn recognise(&self, word: &str) -> Option<&str> {
        if !self.filter.may_hold(word) {
            return None;
        }
        self.prefixes.iter().find(|p| p.eq_ignore_ascii_case(word)).map(|p| p.as_ref())
    }
}

#[derive(Serialize, Deserialize)]
struct PolicyData {
    prefixes: Vec<String>,
    #[serde(default)]
    prefix_filing: PrefixFiling,
}

impl TryFrom<PolicyData> for ShelvingPolicy {
    type Error = ShelvingPolicyError;

    fn try_from(data: PolicyData) -> Result<Self, Self::Error> {
        ShelvingPolicy::new(data.prefixes, data.prefix_filing)
    }
}

impl From<ShelvingPolicy> for PolicyData {
    fn from(policy: ShelvingPolicy) -> Self {
        PolicyData { prefixes: policy.prefixes().map(str::to_owned).collect(), prefix_filing: policy.prefix_filing }
    }
}

/// Where the prefixes, the call number proper and the suffixes of a trimmed input are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Split {
    /// `input[start..core.0]` holds the prefixes.
    pub(crate) start: usize,
    /// The call number proper.
    pub(crate) core: (usize, usize),
    /// `input[core.1..end]` holds the suffixes.
    pub(crate) end: usize,
}

impl Split {
    pub(crate) fn has_affixes(&self) -> bool {
        self.core.0 > self.start || self.core.1 < self.end
    }

    /// The prefix and suffix words, in order.
    pub(crate) fn affixes<'a>(&self, input: &'a str) -> impl Iterator<Item = &'a str> {
        self.prefixes(input).chain(self.suffixes(input))
    }

    /// The prefix words.
    pub(crate) fn prefixes<'a>(&self, input: &'a str) -> impl Iterator<Item = &'a str> {
        words(input.get(self.start..self.core.0).unwrap_or_default())
    }

    /// The suffix words.
    pub(crate) fn suffixes<'a>(&self, input: &'a str) -> impl Iterator<Item = &'a str> {
        words(input.get(self.core.1..self.end).unwrap_or_default())
    }
}

/// The words of a run of affixes (between spaces and punctuation).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty())
}

fn is_space(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// Splits the recognised prefixes and suffixes off `input[start..end]` (trimmed, not empty).
///
/// A prefix is a recognised word followed by white space. When the call number also reads in a
/// scheme with that word as its class letters or agency (`J 82 .A1` is LC class J), the word is
/// a prefix only if what follows reads in a scheme on its own (`J 398.2 G76` is Dewey with
/// prefix `J`). A suffix is a recognised word of two or
/// more letters at the end (trailing punctuation aside), apart from what precedes it: after a
/// space or punctuation, not written against digits (`155.4REF` is a work mark).
pub(crate) fn split(input: &str, start: usize, end: usize, policy: &ShelvingPolicy) -> Split {
    let bytes = input.as_bytes();
    let at = |i: usize| if i < end { bytes.get(i).copied().unwrap_or(0) } else { 0 };
    // Suffixes first, so that whether a leading word is a prefix is decided on the call number
    // proper.
    let mut core_end = end;
    loop {
        // The last run of letters, after any trailing punctuation, standing apart from digits.
        let mut word_end = core_end;
        while word_end > start && !at(word_end - 1).is_ascii_alphanumeric() {
            word_end -= 1;
        }
        let mut word_start = word_end;
        while word_start > start && at(word_start - 1).is_ascii_alphabetic() {
            word_start -= 1;
        }
        if word_start == start || at(word_start - 1).is_ascii_digit() || !at(word_start - 1).is_ascii() {
            break;
        }
        let word = input.get(word_start..word_end).unwrap_or_default();
        if word.len() < 2 || policy.recognise(word).is_none() {
            break;
        }
        core_end = word_start;
        while core_end > start && is_space(at(core_end - 1)) {
            core_end -= 1;
        }
    }
    let mut core_start = start;
    loop {
        let mut word_end = core_start;
        while word_end < core_end && !is_space(at(word_end)) {
            word_end += 1;
        }
        if word_end >= core_end {
            break;
        }
        let word = input.get(core_start..word_end).unwrap_or_default();
        if policy.recognise(word).is_none() {
            break;
        }
        let mut next = word_end;
        while is_space(at(next)) {
            next += 1;
        }
        if reads_in_a_scheme(input, core_start, core_end) && !reads_in_a_scheme(input, next, core_end) {
            break;
        }
        core_start = next;
    }
    Split { start, core: (core_start, core_end), end }
}

/// Whether `input[from..end]` starts like a call number of LC, NLM, Dewey or SuDocs.
///
/// The whole of it must read (leniently, as sort keys read), not just its head: `791.T 37:6`
/// starts like Dewey but is not one.
fn reads_in_a_scheme(input: &str, from: usize, end: usize) -> bool {
    let split = Split { start: from, core: (from, end), end };
    match read::detect(input, &split, None, false) {
        Ok(Core::Classified(head)) => head.tokens(input, false).all(|t| t.is_ok()),
        Ok(Core::Sudoc(_)) => true,
        Ok(Core::Local { .. }) | Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(s: &str) -> (&str, &str, &str) {
        let split = split(s, 0, s.len(), &ShelvingPolicy::default());
        (&s[..split.core.0], &s[split.core.0..split.core.1], &s[split.core.1..])
    }

    #[test]
    fn prefixes_and_suffixes_are_split_off() {
        assert_eq!(parts("REF QA76 .A1"), ("REF ", "QA76 .A1", ""));
        assert_eq!(parts("j fic smith c.2"), ("j fic ", "smith c.2", ""));
        assert_eq!(parts("QA76 .A1 Folio"), ("", "QA76 .A1", " Folio"));
        assert_eq!(parts("QA76 .A1.FOLIO."), ("", "QA76 .A1.", "FOLIO."));
        assert_eq!(parts("155.4REF"), ("", "155.4REF", ""));
        assert_eq!(parts("REF"), ("", "REF", ""));
    }

    #[test]
    fn a_class_letter_is_a_prefix_only_before_a_call_number() {
        assert_eq!(parts("J 398.2 G76"), ("J ", "398.2 G76", ""));
        assert_eq!(parts("J 82 .A1"), ("", "J 82 .A1", ""));
        assert_eq!(parts("J QA76 .A1"), ("J ", "QA76 .A1", ""));
    }

    #[test]
    fn the_quick_filter_never_rejects_a_prefix() {
        let default = ShelvingPolicy::default();
        for word in default.prefixes().map(str::to_owned).collect::<Vec<_>>() {
            assert_eq!(default.recognise(&word.to_lowercase()), Some(word.as_str()));
        }
        let custom = ShelvingPolicy::new(["3D", "Überformat", "X"], PrefixFiling::Grouped).unwrap();
        assert_eq!(custom.recognise("3d"), Some("3D"));
        assert_eq!(custom.recognise("Überformat"), Some("Überformat"));
        assert_eq!(custom.recognise("REF"), None);
        assert_eq!(default.recognise("QA76.73"), None);
    }

    #[test]
    fn policies_reject_empty_prefixes() {
        assert_eq!(
            ShelvingPolicy::new(["REF", " "], PrefixFiling::Grouped),
            Err(ShelvingPolicyError::EmptyPrefix { index: 1 })
        );
        assert!(ShelvingPolicy::new(["BIG BOOKS"], PrefixFiling::Grouped).is_err());
        let json = r#"{"prefixes": ["REF", ""], "prefix_filing": "ignore"}"#;
        assert!(serde_json::from_str::<ShelvingPolicy>(json).is_err());
        let policy: ShelvingPolicy =
            serde_json::from_str(r#"{"prefixes": ["REF"], "prefix_filing": "ignore"}"#).unwrap();
        assert_eq!(policy.prefix_filing(), PrefixFiling::Ignore);
        assert_eq!(serde_json::to_string(&policy).unwrap(), r#"{"prefixes":["REF"],"prefix_filing":"ignore"}"#);
    }
}
