//! Why a call number could not be read.

use std::fmt;

/// A call number that could not be read in the scheme asked for (or in any scheme).
///
/// The message quotes the input and names the byte where the problem is, for example
/// `"QA76..73": unexpected '.' at byte 5`. [`CallNumberError::char_index`] gives the same
/// position counted in characters, as Python and JavaScript count them.
///
/// ```
/// use ils_core::callnumber::{CallNumber, CallNumberErrorKind};
///
/// let err = CallNumber::parse("QA76..73").unwrap_err();
/// assert_eq!(err.to_string(), r#""QA76..73": unexpected '.' at byte 5"#);
/// assert_eq!(err.position(), 5);
/// assert_eq!(err.kind(), &CallNumberErrorKind::UnexpectedChar('.'));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {kind} at byte {position}", Quoted(input))]
pub struct CallNumberError {
    input: String,
    position: usize,
    kind: CallNumberErrorKind,
}

/// What was wrong with a call number.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CallNumberErrorKind {
    /// Nothing but white space.
    Empty,
    /// A character that has no place at this point of the call number.
    UnexpectedChar(char),
    /// A character outside ASCII; no classification scheme read here uses one.
    NonAscii(char),
    /// A control character (tab excepted), usually a sign of a corrupted export.
    ControlChar(char),
    /// Letters that are not an LC or NLM class (`DVD`, `CPB`, `MLCS`).
    UnknownClass(String),
    /// Class letters followed by something other than a class number.
    MissingClassNumber,
    /// A Dewey call number must start with a three-digit class number (`005`, not `5`).
    DeweyClassDigits(usize),
    /// A SuDoc number without the colon that separates its class stem from its book number
    /// (`Y 4.2` rather than `Y 4.2:`).
    SudocMissingColon,
    /// Nothing but a prefix (`REF`): a location, not a call number.
    LonePrefix(String),
    /// A number with more digits than any real call number has.
    NumberTooLong {
        /// Digits found.
        digits: usize,
        /// Most digits allowed at this place.
        max: usize,
    },
}

impl CallNumberErrorKind {
    /// Every kind's [`code`](Self::code), for bindings that map each to its own error class.
    pub const CODES: &'static [&'static str] = &[
        "CALLNUMBER_EMPTY",
        "CALLNUMBER_UNEXPECTED_CHAR",
        "CALLNUMBER_NON_ASCII",
        "CALLNUMBER_CONTROL_CHAR",
        "CALLNUMBER_UNKNOWN_CLASS",
        "CALLNUMBER_MISSING_CLASS_NUMBER",
        "CALLNUMBER_DEWEY_CLASS_DIGITS",
        "CALLNUMBER_SUDOC_MISSING_COLON",
        "CALLNUMBER_LONE_PREFIX",
        "CALLNUMBER_NUMBER_TOO_LONG",
    ];

    /// A stable, machine-readable code for the kind, used as the JavaScript error `code`
    /// and in the Python exception; it never changes once published.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "CALLNUMBER_EMPTY",
            Self::UnexpectedChar(_) => "CALLNUMBER_UNEXPECTED_CHAR",
            Self::NonAscii(_) => "CALLNUMBER_NON_ASCII",
            Self::ControlChar(_) => "CALLNUMBER_CONTROL_CHAR",
            Self::UnknownClass(_) => "CALLNUMBER_UNKNOWN_CLASS",
            Self::MissingClassNumber => "CALLNUMBER_MISSING_CLASS_NUMBER",
            Self::DeweyClassDigits(_) => "CALLNUMBER_DEWEY_CLASS_DIGITS",
            Self::NumberTooLong { .. } => "CALLNUMBER_NUMBER_TOO_LONG",
            Self::SudocMissingColon => "CALLNUMBER_SUDOC_MISSING_COLON",
            Self::LonePrefix(_) => "CALLNUMBER_LONE_PREFIX",
        }
    }
}

impl fmt::Display for CallNumberErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("empty call number"),
            Self::UnexpectedChar(c) => write!(f, "unexpected {c:?}"),
            Self::NonAscii(c) => write!(f, "non-ASCII character {c:?} (U+{:04X})", *c as u32),
            Self::ControlChar(c) => write!(f, "control character U+{:04X}", *c as u32),
            Self::UnknownClass(letters) => write!(f, "{letters:?} is not an LC or NLM class"),
            Self::MissingClassNumber => f.write_str("expected a class number after the class letters"),
            Self::DeweyClassDigits(n) => {
                write!(f, "a Dewey class number has three digits before any decimal point, found {n}")
            }
            Self::SudocMissingColon => f.write_str("a SuDoc number needs a colon before its book number"),
            Self::LonePrefix(prefix) => write!(f, "{prefix:?} is a prefix with no call number after it"),
            Self::NumberTooLong { digits, max } => {
                write!(f, "number of {digits} digits is too long (at most {max})")
            }
        }
    }
}

impl CallNumberError {
    pub(crate) fn new(input: &str, position: usize, kind: CallNumberErrorKind) -> Self {
        Self { input: input.to_owned(), position, kind }
    }

    /// An error for the character that starts at byte `position` of `input`: non-ASCII,
    /// control or simply out of place.
    pub(crate) fn at_char(input: &str, position: usize) -> Self {
        let c = input.get(position..).and_then(|rest| rest.chars().next()).unwrap_or('\u{FFFD}');
        let kind = if !c.is_ascii() {
            CallNumberErrorKind::NonAscii(c)
        } else if c.is_ascii_control() {
            CallNumberErrorKind::ControlChar(c)
        } else {
            CallNumberErrorKind::UnexpectedChar(c)
        };
        Self::new(input, position, kind)
    }

    /// The text that was read.
    pub fn input(&self) -> &str {
        &self.input
    }

    /// Byte offset of the problem in [`input`](Self::input).
    pub fn position(&self) -> usize {
        self.position
    }

    /// Offset of the problem counted in characters (Unicode scalar values), as Python indexes
    /// strings.
    pub fn char_index(&self) -> usize {
        let end = self.position.min(self.input.len());
        self.input.char_indices().take_while(|&(i, _)| i < end).count()
    }

    /// What was wrong.
    pub fn kind(&self) -> &CallNumberErrorKind {
        &self.kind
    }

    /// The kind's stable code (see [`CallNumberErrorKind::code`]).
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }
}

/// Why a scheme's head (class letters and number) did not read, without allocating: detection
/// tries schemes in turn, and most misses are not errors. [`Miss::error`] makes the full error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Miss {
    pub(crate) position: usize,
    pub(crate) kind: MissKind,
}

/// The kinds of [`Miss`]; `Char` is the character at the position (see
/// [`CallNumberError::at_char`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MissKind {
    Char,
    UnknownClass { end: usize },
    MissingClassNumber,
    DeweyClassDigits(usize),
    NumberTooLong { digits: usize, max: usize },
}

impl Miss {
    pub(crate) fn new(position: usize, kind: MissKind) -> Self {
        Miss { position, kind }
    }

    /// Whether the text is simply not in the scheme tried (rather than in it, but faulty).
    pub(crate) fn not_this_scheme(&self) -> bool {
        matches!(
            self.kind,
            MissKind::UnknownClass { .. } | MissKind::MissingClassNumber | MissKind::DeweyClassDigits(_)
        )
    }

    pub(crate) fn error(self, input: &str) -> CallNumberError {
        let kind = match self.kind {
            MissKind::Char => return CallNumberError::at_char(input, self.position),
            MissKind::UnknownClass { end } => {
                CallNumberErrorKind::UnknownClass(input.get(self.position..end).unwrap_or_default().to_owned())
            }
            MissKind::MissingClassNumber => CallNumberErrorKind::MissingClassNumber,
            MissKind::DeweyClassDigits(n) => CallNumberErrorKind::DeweyClassDigits(n),
            MissKind::NumberTooLong { digits, max } => CallNumberErrorKind::NumberTooLong { digits, max },
        };
        CallNumberError::new(input, self.position, kind)
    }
}

/// The input quoted for a message, shortened when it is very long.
struct Quoted<'a>(&'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const MAX: usize = 80;
        match self.0.char_indices().nth(MAX) {
            Some((cut, _)) => {
                let head = self.0.get(..cut).unwrap_or_default();
                write!(f, "{head:?}... ({} bytes)", self.0.len())
            }
            None => write!(f, "{:?}", self.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::CallNumberErrorKind as K;

    #[test]
    fn every_kind_has_a_listed_code() {
        let kinds = [
            K::Empty,
            K::UnexpectedChar('.'),
            K::NonAscii('Ä'),
            K::ControlChar('\u{7}'),
            K::UnknownClass("DVD".into()),
            K::MissingClassNumber,
            K::DeweyClassDigits(5),
            K::SudocMissingColon,
            K::LonePrefix("REF".into()),
            K::NumberTooLong { digits: 20, max: 4 },
        ];
        let codes: Vec<&str> = kinds.iter().map(K::code).collect();
        assert_eq!(codes, K::CODES);
    }
}
