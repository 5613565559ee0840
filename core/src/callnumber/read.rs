//! Finding the scheme of a call number and writing its key: shared by the fast key functions and
//! by [`CallNumber`](super::CallNumber).

use super::elements::{self, Token};
use super::error::{CallNumberError, CallNumberErrorKind as Kind, Miss};
use super::key::{self, Group};
use super::prefix::{self, PrefixFiling, ShelvingPolicy, Split};
use super::{dewey, lc, local, sudoc, Scheme};

/// Class letters and class number, borrowed from the input, and where the elements start.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Head<'a> {
    pub(crate) scheme: Scheme,
    pub(crate) letters: &'a str,
    pub(crate) integer: &'a str,
    pub(crate) decimal: &'a str,
    pub(crate) tail: usize,
    pub(crate) end: usize,
}

impl<'a> Head<'a> {
    pub(crate) fn tokens(&self, input: &'a str, strict: bool) -> elements::Tokens<'a> {
        elements::Tokens::new(input, self.tail, self.end, strict, self.scheme == Scheme::Dewey)
    }

    /// A whole class number and nothing after it but punctuation (`953`, `398.`).
    pub(crate) fn is_bare(&self, input: &str) -> bool {
        self.decimal.is_empty()
            && input.as_bytes().get(self.tail..self.end).is_some_and(|rest| !rest.iter().any(u8::is_ascii_alphanumeric))
    }

    pub(crate) fn push_class_key(&self, out: &mut String) {
        if self.scheme == Scheme::Dewey {
            key::push_group(out, Group::Dewey);
            out.push_str(self.integer);
        } else {
            key::push_group(out, Group::Classified);
            key::push_upper(out, self.letters);
            if !self.integer.is_empty() {
                out.push(' ');
                key::push_integer(out, self.integer);
            }
        }
        if !self.decimal.is_empty() {
            out.push('.');
            out.push_str(self.decimal);
        }
    }
}

/// The call number proper, once its scheme is known.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Core<'a> {
    Classified(Head<'a>),
    Sudoc(sudoc::Layout),
    Local { start: usize, end: usize },
}

/// The input without surrounding white space, or `None` when nothing is left.
pub(crate) fn trim(input: &str) -> Option<(usize, usize)> {
    let bytes = input.as_bytes();
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    let end = bytes.iter().rposition(|b| !b.is_ascii_whitespace()).map_or(start, |i| i + 1);
    Some((start, end))
}

/// Trims `input`, splits off prefixes and suffixes, and (when `strict`) rejects empty input,
/// control characters and a prefix standing alone.
pub(crate) fn split(input: &str, policy: &ShelvingPolicy, strict: bool) -> Result<Split, CallNumberError> {
    let Some((start, end)) = trim(input) else {
        return Err(CallNumberError::new(input, 0, Kind::Empty));
    };
    if strict {
        let bytes = input.as_bytes().get(start..end).unwrap_or_default();
        if let Some(i) = bytes.iter().position(|b| b.is_ascii_control() && *b != b'\t') {
            return Err(CallNumberError::at_char(input, start + i));
        }
    }
    let split = prefix::split(input, start, end, policy);
    let (core_start, core_end) = split.core;
    let core = input.get(core_start..core_end).unwrap_or_default();
    if let Some(prefix) = policy.recognise(core) {
        let class_alone = !split.has_affixes() && lc::read_head(input, core_start, core_end, false, None).is_ok();
        if !class_alone {
            return Err(CallNumberError::new(input, core_start, Kind::LonePrefix(prefix.to_owned())));
        }
    }
    Ok(split)
}

/// Finds the scheme of `input[start..end]` (the call number proper) and reads its head.
///
/// Detection: a colon after agency letters and a number is SuDocs; LC or NLM class letters
/// followed by a class number (or standing alone) are LC or NLM; three digits are Dewey, unless
/// they stand alone after a prefix (an accession number: `DVD 953`); anything else is local text.
/// Once a scheme is found, a fault in the rest is an error.
pub(crate) fn detect<'a>(
    input: &'a str,
    split: &Split,
    forced: Option<Scheme>,
    strict: bool,
) -> Result<Core<'a>, CallNumberError> {
    let (start, end) = split.core;
    let full = |miss: Miss| miss.error(input);
    match forced {
        Some(Scheme::Dewey) => return dewey::read_head(input, start, end, strict).map(Core::Classified).map_err(full),
        Some(Scheme::Sudoc) => return sudoc::layout(input, start, end).map(Core::Sudoc),
        Some(Scheme::Local) => return Ok(Core::Local { start, end }),
        Some(scheme) => {
            return lc::read_head(input, start, end, strict, Some(scheme)).map(Core::Classified).map_err(full)
        }
        None => {}
    }
    if sudoc::looks_like(input, start, end) {
        return sudoc::layout(input, start, end).map(Core::Sudoc);
    }
    let first = input.as_bytes().get(start).copied().unwrap_or(0);
    if first.is_ascii_alphabetic() {
        match lc::read_head(input, start, end, strict, None) {
            Ok(head) => return Ok(Core::Classified(head)),
            Err(miss) if miss.not_this_scheme() => {}
            Err(miss) => return Err(full(miss)),
        }
        if strict && sudoc::missing_colon(input, start, end) {
            return Err(CallNumberError::new(input, end, Kind::SudocMissingColon));
        }
    } else if first.is_ascii_digit() {
        match dewey::read_head(input, start, end, strict) {
            // A bare number after a prefix (`DVD 953`) is an accession number, not a Dewey class.
            Ok(head) if split.core.0 > split.start && head.is_bare(input) => {}
            Ok(head) => return Ok(Core::Classified(head)),
            Err(miss) if miss.not_this_scheme() => {}
            Err(miss) => return Err(full(miss)),
        }
    }
    Ok(Core::Local { start, end })
}

/// Appends the key of a classified token; returns whether it starts an item part.
pub(crate) fn push_token_key(out: &mut String, t: Token<'_>) -> bool {
    out.push(' ');
    match t {
        Token::Number { digits, .. } => key::push_integer(out, digits),
        Token::Cutter { letters, digits } => {
            key::push_upper(out, letters);
            out.push_str(digits);
        }
        Token::Word { letters, before_number, .. } => match elements::item_caption(letters, before_number) {
            Some(caption) => {
                out.push('!');
                out.push_str(caption);
                return true;
            }
            None => key::push_upper(out, letters),
        },
    }
    false
}

/// Appends the key of the call number proper (group and body, no version) and returns where its
/// first item part starts, if it has one.
pub(crate) fn push_core_key(
    input: &str,
    core: &Core<'_>,
    strict: bool,
    out: &mut String,
) -> Result<Option<usize>, CallNumberError> {
    match core {
        Core::Classified(head) => {
            head.push_class_key(out);
            let mut base_end = None;
            for t in head.tokens(input, strict) {
                let start = out.len();
                if push_token_key(out, t.map_err(|m| m.error(input))?) && base_end.is_none() {
                    base_end = Some(start);
                }
            }
            Ok(base_end)
        }
        Core::Sudoc(layout) => {
            sudoc::push_key(input, layout, out);
            Ok(None)
        }
        Core::Local { start, end } => {
            local::push_key(input.get(*start..*end).unwrap_or_default(), out);
            Ok(None)
        }
    }
}

/// Appends the affix group that starts a prefixed key under a grouping policy (`P`, the
/// affixes in upper case joined by `!`, a space), and returns whether it did.
pub(crate) fn push_affix_group(input: &str, split: &Split, policy: &ShelvingPolicy, out: &mut String) -> bool {
    if policy.prefix_filing() != PrefixFiling::Grouped || !split.has_affixes() {
        return false;
    }
    key::push_group(out, Group::Prefixed);
    for (i, word) in split.affixes(input).enumerate() {
        if i > 0 {
            out.push('!');
        }
        key::push_upper(out, word);
    }
    out.push(' ');
    true
}

/// Appends the sort key of any text, and returns where its base key ends (before the first item
/// part). Never fails: text that does not read in a scheme gets a natural-order key.
pub(crate) fn push_sort_key(input: &str, policy: &ShelvingPolicy, out: &mut String) -> usize {
    out.push(key::VERSION);
    let Ok(split) = split(input, policy, false) else {
        local::push_key(input, out);
        return out.len();
    };
    push_affix_group(input, &split, policy, out);
    let mark = out.len();
    let core = detect(input, &split, None, false).unwrap_or(Core::Local { start: split.core.0, end: split.core.1 });
    match push_core_key(input, &core, false, out) {
        Ok(base_end) => base_end.unwrap_or(out.len()),
        Err(_) => {
            out.truncate(mark);
            local::push_key(input.get(split.core.0..split.core.1).unwrap_or_default(), out);
            out.len()
        }
    }
}
