//! Prefixes and suffixes (`REF`, `FOLIO`, `Oversize`, `J`, `FIC`) and where they file.
//!
//! Libraries write a location or format mark before a call number (`REF QA76 .A1`,
//! `J 398.2 G76`, `FIC SMITH`) and sometimes after it (`QA76 .A1 FOLIO`). Which marks a library
//! uses, and whether marked call numbers shelve apart, is local practice, so it is a
//! [`ShelvingPolicy`] value passed as an argument, never global state.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::{dewey, lc, nlm, sudoc};

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

/// The prefixes a default policy recognises, as they display.
const DEFAULT_PREFIXES: &[Cow<'static, str>] = &[
    Cow::Borrowed("AV"),
    Cow::Borrowed("CD"),
    Cow::Borrowed("DVD"),
    Cow::Borrowed("FIC"),
    Cow::Borrowed("FOLIO"),
    Cow::Borrowed("J"),
    Cow::Borrowed("JUV"),
    Cow::Borrowed("MAP"),
    Cow::Borrowed("Microfiche"),
    Cow::Borrowed("Microfilm"),
    Cow::Borrowed("Oversize"),
    Cow::Borrowed("REF"),
    Cow::Borrowed("Reference"),
    Cow::Borrowed("VIDEO"),
    Cow::Borrowed("YA"),
];

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
        ShelvingPolicy { prefixes: Cow::Borrowed(DEFAULT_PREFIXES), prefix_filing: PrefixFiling::Grouped }
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
            list.push(Cow::Owned(prefix));
        }
        Ok(ShelvingPolicy { prefixes: Cow::Owned(list), prefix_filing })
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
        let prefixes = input.get(self.start..self.core.0).unwrap_or_default();
        let suffixes = input.get(self.core.1..self.end).unwrap_or_default();
        prefixes.split_ascii_whitespace().chain(suffixes.split_ascii_whitespace())
    }
}

fn is_space(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// Splits the recognised prefixes and suffixes off `input[start..end]` (trimmed, not empty).
///
/// A prefix is a recognised word followed by white space. When the word is also an LC class
/// (`J`), it is a prefix only if what follows reads in a scheme on its own (`J 398.2 G76` is
/// Dewey with prefix `J`; `J 82 .A1` is LC class J). A suffix is a recognised word of two or
/// more letters after white space at the end.
pub(crate) fn split(input: &str, start: usize, end: usize, policy: &ShelvingPolicy) -> Split {
    let bytes = input.as_bytes();
    let at = |i: usize| if i < end { bytes.get(i).copied().unwrap_or(0) } else { 0 };
    let mut core_start = start;
    loop {
        let mut word_end = core_start;
        while word_end < end && !is_space(at(word_end)) {
            word_end += 1;
        }
        if word_end >= end {
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
        if is_class_before_number(word, at(next)) && !reads_in_a_scheme(input, next, end) {
            break;
        }
        core_start = next;
    }
    let mut core_end = end;
    while core_end > core_start {
        let word_start = (core_start..core_end).rev().find(|&i| is_space(at(i))).map(|i| i + 1);
        let Some(word_start) = word_start else { break };
        let word = input.get(word_start..core_end).unwrap_or_default();
        if word.len() < 2 || policy.recognise(word).is_none() {
            break;
        }
        core_end = word_start;
        while core_end > core_start && is_space(at(core_end - 1)) {
            core_end -= 1;
        }
    }
    Split { start, core: (core_start, core_end), end }
}

/// Whether `word` followed by the byte `next` starts an LC or NLM call number (`J 82`).
fn is_class_before_number(word: &str, next: u8) -> bool {
    let upper = word.to_ascii_uppercase();
    next.is_ascii_digit() && (lc::is_lc_class(upper.as_bytes()) || nlm::is_nlm_class(upper.as_bytes()))
}

/// Whether `input[from..end]` starts like a call number of LC, NLM, Dewey or SuDocs.
fn reads_in_a_scheme(input: &str, from: usize, end: usize) -> bool {
    sudoc::looks_like(input, from, end)
        || lc::read_head(input, from, end, false, None).is_ok()
        || dewey::read_head(input, from, end, false).is_ok()
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
        assert_eq!(parts("REF"), ("", "REF", ""));
    }

    #[test]
    fn a_class_letter_is_a_prefix_only_before_a_call_number() {
        assert_eq!(parts("J 398.2 G76"), ("J ", "398.2 G76", ""));
        assert_eq!(parts("J 82 .A1"), ("", "J 82 .A1", ""));
        assert_eq!(parts("J QA76 .A1"), ("J ", "QA76 .A1", ""));
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
