//! A call number read in its scheme: [`CallNumber`], its [`Parts`] and its [`Explanation`].

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use serde::Serialize;

use super::display::{self, PieceKind};
use super::elements::Token;
use super::error::CallNumberError;
use super::key;
use super::prefix::{PrefixFiling, ShelvingPolicy};
use super::read::{self, Core};
use super::{local, sudoc, Scheme};

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
    /// Letters standing alone: a work mark (`Stp`), a year letter (`x` of `1997x`), an item-part
    /// caption (`v` of `v.2`, `suppl.`, `index`).
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
            Token::Number { digits, suffix, range } => Element::Number {
                digits: digits.to_owned(),
                ordinal: (!suffix.is_empty()).then(|| suffix.to_ascii_lowercase()),
                range,
            },
            Token::Cutter { letters, digits } => {
                Element::Cutter { letters: letters.to_ascii_uppercase(), digits: digits.to_owned() }
            }
            Token::Word { letters, attached, before_number } => {
                Element::Word { text: letters.to_owned(), attached, before_number }
            }
        }
    }

    fn token(&self) -> Token<'_> {
        match self {
            Element::Number { digits, ordinal, range } => {
                Token::Number { digits, suffix: ordinal.as_deref().unwrap_or_default(), range: *range }
            }
            Element::Cutter { letters, digits } => Token::Cutter { letters, digits },
            Element::Word { text, attached, before_number } => {
                Token::Word { letters: text, attached: *attached, before_number: *before_number }
            }
        }
    }
}

/// The named parts of a call number, for display and export. Fields that do not apply to the
/// scheme are empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Parts {
    /// Recognised prefixes, as the policy spells them (`REF`, `J`).
    pub prefixes: Vec<String>,
    /// LC and NLM class letters (`QA`).
    pub class_letters: Option<String>,
    /// LC, NLM and Dewey class number (`76.73`, `005.133`).
    pub class_number: Option<String>,
    /// Cutter numbers (`P98`, `L88`).
    pub cutters: Vec<String>,
    /// Other elements of the title's call number, in order: dates, ordinals, work marks, years.
    pub other: Vec<String>,
    /// Item parts, which tell volumes, parts and copies of one title apart (`v.2`, `c.3`).
    pub item_parts: Vec<String>,
    /// SuDocs agency letters (`A`, `HE`).
    pub agency: Option<String>,
    /// SuDocs class stem (`13.2`, `1.1/1-2`).
    pub stem: Option<String>,
    /// SuDocs book number (`T 73/4`; empty after a bare colon).
    pub book_number: Option<String>,
    /// Local text (`SMITH`), for call numbers in no scheme.
    pub text: Option<String>,
    /// Recognised suffixes (`FOLIO`).
    pub suffixes: Vec<String>,
}

/// Why a call number was read in its scheme: the rule that decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reason {
    /// The caller named the scheme.
    Forced,
    /// Class letters of the LC Classification Outline followed by a class number.
    LcClass {
        /// The class letters.
        letters: String,
    },
    /// NLM class letters (QS-QZ, W-WZ) followed by a class number.
    NlmClass {
        /// The class letters.
        letters: String,
    },
    /// A three-digit Dewey class number.
    DeweyNumber,
    /// Agency letters, a class stem and a colon before the book number.
    SudocColon,
    /// Letters that are no LC or NLM class, or no class number after them.
    NotAClass {
        /// The leading letters.
        letters: String,
    },
    /// Text that starts with neither letters nor a three-digit number.
    NoScheme,
}

impl Reason {
    /// The rule's name: `forced`, `lc_class`, `nlm_class`, `dewey_number`, `sudoc_colon`,
    /// `not_a_class` or `no_scheme` (as serialized).
    pub fn rule(&self) -> &'static str {
        match self {
            Reason::Forced => "forced",
            Reason::LcClass { .. } => "lc_class",
            Reason::NlmClass { .. } => "nlm_class",
            Reason::DeweyNumber => "dewey_number",
            Reason::SudocColon => "sudoc_colon",
            Reason::NotAClass { .. } => "not_a_class",
            Reason::NoScheme => "no_scheme",
        }
    }
}

/// Which scheme a call number was read in, and why, as data and as a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explanation {
    /// The scheme chosen.
    pub scheme: Scheme,
    /// The rule that chose it.
    pub reason: Reason,
    /// Recognised prefixes and suffixes, and how the policy files them.
    pub affixes: Vec<String>,
    /// The policy's filing of prefixed call numbers.
    pub prefix_filing: PrefixFiling,
    /// The explanation in a sentence.
    pub sentence: String,
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
/// assert_eq!(a.base_key(), b.base_key());      // two volumes of one title
/// assert_eq!(CallNumber::parse("MT6 .A2 B1 V. 2 C.3")?, CallNumber::parse("MT6 .A2 B1 v.2 c.3")?);
/// assert_eq!(CallNumber::parse("A 13.2:T 73/4")?.scheme(), Scheme::Sudoc);
/// assert_eq!(CallNumber::parse("FIC SMITH")?.parts().prefixes, ["FIC"]);
/// # Ok::<(), ils_core::callnumber::CallNumberError>(())
/// ```
#[derive(Debug, Clone)]
pub struct CallNumber {
    scheme: Scheme,
    reason: Reason,
    affixes: (Vec<String>, Vec<String>),
    prefix_filing: PrefixFiling,
    body: Body,
    key: String,
    base_len: usize,
    display: String,
}

#[derive(Debug, Clone)]
enum Body {
    Classified { class_letters: String, class_number: String, elements: Vec<Element> },
    Sudoc { agency: String, stem: String, book: String },
    Local { text: String },
}

impl CallNumber {
    /// Reads a call number under the default [`ShelvingPolicy`], detecting its scheme: SuDocs
    /// (agency letters, a stem and a colon), LC or NLM (class letters of their outlines and a
    /// class number), Dewey (a three-digit class number), or else local text. Errors say what
    /// is wrong and at which byte.
    ///
    /// ```
    /// use ils_core::callnumber::{CallNumber, Scheme};
    ///
    /// assert_eq!(CallNumber::parse("QA76.73 .P98 L88 2010")?.scheme(), Scheme::Lc);
    /// assert_eq!(CallNumber::parse("813.54 H123m")?.scheme(), Scheme::Dewey);
    /// assert_eq!(CallNumber::parse("Box 12")?.scheme(), Scheme::Local);
    /// let err = CallNumber::parse("QA76 .Ä1").unwrap_err();
    /// assert_eq!(err.to_string(), r#""QA76 .Ä1": non-ASCII character 'Ä' (U+00C4) at byte 6"#);
    /// # Ok::<(), ils_core::callnumber::CallNumberError>(())
    /// ```
    pub fn parse(input: &str) -> Result<Self, CallNumberError> {
        Self::read(input, None, &ShelvingPolicy::default())
    }

    /// Reads a call number under the policy given (which prefixes it recognises, how they file).
    pub fn parse_with(input: &str, policy: &ShelvingPolicy) -> Result<Self, CallNumberError> {
        Self::read(input, None, policy)
    }

    /// Reads a call number in the scheme given, without detection. LC and NLM share a grammar;
    /// forcing either accepts class letters outside the published outlines (a local class).
    ///
    /// ```
    /// use ils_core::callnumber::{CallNumber, Scheme};
    ///
    /// assert_eq!(CallNumber::parse("XB12 .A1")?.scheme(), Scheme::Local);
    /// assert_eq!(CallNumber::parse_as("XB12 .A1", Scheme::Lc)?.to_string(), "XB12 .A1");
    /// # Ok::<(), ils_core::callnumber::CallNumberError>(())
    /// ```
    pub fn parse_as(input: &str, scheme: Scheme) -> Result<Self, CallNumberError> {
        Self::read(input, Some(scheme), &ShelvingPolicy::default())
    }

    /// Reads a call number in the scheme given, under the policy given.
    pub fn parse_as_with(input: &str, scheme: Scheme, policy: &ShelvingPolicy) -> Result<Self, CallNumberError> {
        Self::read(input, Some(scheme), policy)
    }

    fn read(input: &str, forced: Option<Scheme>, policy: &ShelvingPolicy) -> Result<Self, CallNumberError> {
        let split = read::split(input, policy, true)?;
        let core = read::detect(input, &split, forced, true)?;
        let recognised = |word: &str| policy.recognise(word).unwrap_or(word).to_owned();
        let prefixes: Vec<String> = split.prefixes(input).map(recognised).collect();
        let suffixes: Vec<String> = split.suffixes(input).map(recognised).collect();

        let mut key = String::with_capacity(input.len() + 16);
        key.push(key::VERSION);
        read::push_affix_group(input, &split, policy, &mut key);
        let base_len = read::push_core_key(input, &core, true, &mut key)?.unwrap_or(key.len());
        let (scheme, body, core_display) = match core {
            Core::Classified(head) => {
                let elements: Vec<Element> = head
                    .tokens(input, true)
                    .map(|t| t.map(Element::from_token))
                    .collect::<Result<_, _>>()
                    .map_err(|m| m.error(input))?;
                let shown = display::display(&head, elements.iter().map(Element::token));
                let class_number = match head.decimal {
                    "" => head.integer.to_owned(),
                    d => format!("{}.{d}", head.integer),
                };
                let body =
                    Body::Classified { class_letters: head.letters.to_ascii_uppercase(), class_number, elements };
                (head.scheme, body, shown)
            }
            Core::Sudoc(layout) => {
                let (agency, stem, book) = sudoc::display(input, &layout);
                let shown = format!("{agency} {stem}:{book}");
                (Scheme::Sudoc, Body::Sudoc { agency, stem, book }, shown)
            }
            Core::Local { start, end } => {
                let shown = local::display(input.get(start..end).unwrap_or_default());
                (Scheme::Local, Body::Local { text: shown.clone() }, shown)
            }
        };
        let display =
            prefixes.iter().chain([&core_display]).chain(&suffixes).map(String::as_str).collect::<Vec<_>>().join(" ");
        Ok(CallNumber {
            scheme,
            reason: reason(input, forced, &core),
            affixes: (prefixes, suffixes),
            prefix_filing: policy.prefix_filing(),
            body,
            key,
            base_len,
            display,
        })
    }

    /// The scheme the call number was read in.
    pub fn scheme(&self) -> Scheme {
        self.scheme
    }

    /// The shelf-order sort key (see [the module documentation](super) for its form);
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

    /// The key without item parts: equal for the volumes, parts and copies of one title, and a
    /// prefix of the sort key, so that all of them sort together right after the title.
    ///
    /// ```
    /// use ils_core::callnumber::CallNumber;
    /// let v2 = CallNumber::parse("QA1 .A647 v.2 c.2")?;
    /// assert_eq!(v2.base_key(), CallNumber::parse("QA1 .A647")?.key());
    /// # Ok::<(), ils_core::callnumber::CallNumberError>(())
    /// ```
    pub fn base_key(&self) -> &str {
        self.key.get(..self.base_len).unwrap_or(&self.key)
    }

    /// The key that ends a range starting at or below this call number and taking in every call
    /// number that extends it: as the end of a range, `QA76` includes `QA76.73 .P98 L88 2010` and
    /// `QA76.9`, but not `QA77`.
    ///
    /// ```
    /// use ils_core::callnumber::{sort_key, CallNumber};
    /// let end = CallNumber::parse("QA76")?.range_end_key();
    /// assert!(sort_key("QA76.9") < end && sort_key("QA76 .A1 v.2") < end && end < sort_key("QA77"));
    /// # Ok::<(), ils_core::callnumber::CallNumberError>(())
    /// ```
    pub fn range_end_key(&self) -> String {
        key::range_end(&self.key)
    }

    /// A key whose byte order is the reverse of shelf order, for descending browse in a store
    /// that can only sort ascending.
    pub fn reverse_key(&self) -> String {
        key::reverse(&self.key)
    }

    /// The class letters in upper case (`QA`; empty for other schemes).
    pub fn class_letters(&self) -> &str {
        match &self.body {
            Body::Classified { class_letters, .. } => class_letters,
            _ => "",
        }
    }

    /// The class number as written (`76.73`, `005.133`; empty for other schemes and for class
    /// letters alone).
    pub fn class_number(&self) -> &str {
        match &self.body {
            Body::Classified { class_number, .. } => class_number,
            _ => "",
        }
    }

    /// The elements after the class number: Cutter numbers, dates, work marks, item parts
    /// (empty for SuDocs and local text).
    pub fn elements(&self) -> &[Element] {
        match &self.body {
            Body::Classified { elements, .. } => elements,
            _ => &[],
        }
    }

    /// Recognised prefixes, as the policy spells them.
    pub fn prefixes(&self) -> &[String] {
        &self.affixes.0
    }

    /// Recognised suffixes, as the policy spells them.
    pub fn suffixes(&self) -> &[String] {
        &self.affixes.1
    }

    /// The named parts, as they display.
    ///
    /// ```
    /// use ils_core::callnumber::CallNumber;
    /// let parts = CallNumber::parse("REF QA76.73 .P98 L88 2010 v.2")?.parts();
    /// assert_eq!(parts.prefixes, ["REF"]);
    /// assert_eq!((parts.class_letters.as_deref(), parts.class_number.as_deref()), (Some("QA"), Some("76.73")));
    /// assert_eq!(parts.cutters, ["P98", "L88"]);
    /// assert_eq!((parts.other, parts.item_parts), (vec!["2010".to_owned()], vec!["v.2".to_owned()]));
    /// # Ok::<(), ils_core::callnumber::CallNumberError>(())
    /// ```
    pub fn parts(&self) -> Parts {
        let mut parts =
            Parts { prefixes: self.affixes.0.clone(), suffixes: self.affixes.1.clone(), ..Parts::default() };
        match &self.body {
            Body::Classified { class_letters, class_number, elements } => {
                if !class_letters.is_empty() {
                    parts.class_letters = Some(class_letters.clone());
                }
                if !class_number.is_empty() {
                    parts.class_number = Some(class_number.clone());
                }
                classified_parts(self.scheme, elements, &mut parts);
            }
            Body::Sudoc { agency, stem, book } => {
                parts.agency = Some(agency.clone());
                parts.stem = Some(stem.clone());
                parts.book_number = Some(book.clone());
            }
            Body::Local { text } => parts.text = Some(text.clone()),
        }
        parts
    }

    /// Which scheme was chosen and why, with the prefixes recognised, as data and a sentence.
    ///
    /// ```
    /// use ils_core::callnumber::CallNumber;
    /// let why = CallNumber::parse("A 13.2:T 73/4")?.explain();
    /// assert_eq!(why.sentence, "Read as SuDocs: agency letters \"A\", a class stem and a colon before the book number \"T 73/4\".");
    /// # Ok::<(), ils_core::callnumber::CallNumberError>(())
    /// ```
    pub fn explain(&self) -> Explanation {
        let mut sentence = match &self.reason {
            Reason::Forced => format!("Read as {} because that scheme was asked for.", self.scheme.name()),
            Reason::LcClass { letters } => format!(
                "Read as LC: {letters:?} is a class of the LC Classification Outline{}.",
                followed_by(self.class_number())
            ),
            Reason::NlmClass { letters } => format!(
                "Read as NLM: {letters:?} is an NLM class (QS-QZ, W-WZ){}.",
                followed_by(self.class_number())
            ),
            Reason::DeweyNumber => {
                format!("Read as Dewey: it starts with the three-digit class number {}.", self.class_number())
            }
            Reason::SudocColon => {
                let parts = self.parts();
                let agency = parts.agency.unwrap_or_default();
                match parts.book_number.unwrap_or_default() {
                    book if book.is_empty() => {
                        format!("Read as SuDocs: agency letters {agency:?}, a class stem and a colon with no book number.")
                    }
                    book => format!(
                        "Read as SuDocs: agency letters {agency:?}, a class stem and a colon before the book number {book:?}."
                    ),
                }
            }
            Reason::NotAClass { letters } => format!(
                "Read as local text: {letters:?} is not an LC or NLM class followed by a class number, and no other scheme matches."
            ),
            Reason::NoScheme => {
                "Read as local text: it starts with neither class letters, a Dewey number nor a SuDocs agency.".to_owned()
            }
        };
        let affixes: Vec<String> = self.affixes.0.iter().chain(&self.affixes.1).cloned().collect();
        if !affixes.is_empty() {
            let filing = match self.prefix_filing {
                PrefixFiling::Ignore => "files as if it were not there",
                _ => "files after call numbers without one, grouped by prefix",
            };
            let noun = if affixes.len() == 1 { "Prefix" } else { "Prefixes" };
            sentence.push_str(&format!(
                " {noun} {} recognised by the shelving policy; a prefixed call number {filing}.",
                affixes.join(" ")
            ));
        }
        Explanation {
            scheme: self.scheme,
            reason: self.reason.clone(),
            affixes,
            prefix_filing: self.prefix_filing,
            sentence,
        }
    }
}

fn followed_by(class_number: &str) -> String {
    if class_number.is_empty() {
        ", standing alone".to_owned()
    } else {
        format!(", followed by the class number {class_number}")
    }
}

fn classified_parts(scheme: Scheme, elements: &[Element], parts: &mut Parts) {
    for piece in display::pieces(scheme, elements.iter().map(Element::token)) {
        match piece.kind {
            PieceKind::Cutter => parts.cutters.push(piece.text),
            PieceKind::Other => parts.other.push(piece.text),
            PieceKind::Item => parts.item_parts.push(piece.text),
        }
    }
}

fn reason(input: &str, forced: Option<Scheme>, core: &Core<'_>) -> Reason {
    if forced.is_some() {
        return Reason::Forced;
    }
    match core {
        Core::Classified(head) => match head.scheme {
            Scheme::Dewey => Reason::DeweyNumber,
            Scheme::Nlm => Reason::NlmClass { letters: head.letters.to_ascii_uppercase() },
            _ => Reason::LcClass { letters: head.letters.to_ascii_uppercase() },
        },
        Core::Sudoc(_) => Reason::SudocColon,
        Core::Local { start, end } => {
            let text = input.get(*start..*end).unwrap_or_default();
            let letters: String = text.chars().take_while(char::is_ascii_alphabetic).collect();
            if letters.is_empty() {
                Reason::NoScheme
            } else {
                Reason::NotAClass { letters: letters.to_ascii_uppercase() }
            }
        }
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
