//! The canonical spelling of an LC, NLM or Dewey call number.
//!
//! Class letters and Cutter letters in upper case; LC's period before the first Cutter number
//! (NLM and Dewey write none); one space between elements; item-part captions in lower case
//! against their numbers (`v.2`, `no.93-11`, `c.3`, with `vol.`, `copy` and `part` written `v.`,
//! `c.`, `pt.`), `suppl.` and `index` alone; leading zeros dropped from numbers; work marks
//! capitalised (`Stp`), Dewey author marks in upper case (`RAY`), single year and work-mark
//! letters in lower case against their digits (`1997x`, `H123m`). Reading the display again
//! gives the same sort key.

use super::elements::{is_abbreviation, item_caption, Token};
use super::read::Head;
use super::Scheme;

/// What a piece of the display is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PieceKind {
    /// A Cutter number, with any work mark written against it (`G276Lo`).
    Cutter,
    /// A date, ordinal, year, work mark or other element of the title's call number.
    Other,
    /// An item part and its numbers (`v.2`, `no.93-11`, `suppl.`).
    Item,
}

/// One space-separated piece of the display after the class number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Piece {
    pub(crate) kind: PieceKind,
    pub(crate) text: String,
    /// Written against the class number, with no space (`E748v`).
    pub(crate) joined: bool,
}

/// The class part: `QA76.73`, `WB 102.5`, `005.133`.
pub(crate) fn class_display(head: &Head<'_>) -> String {
    let mut out = String::with_capacity(16);
    if head.scheme == Scheme::Dewey {
        out.push_str(head.integer);
    } else {
        out.push_str(&head.letters.to_ascii_uppercase());
        if !head.integer.is_empty() {
            if head.scheme == Scheme::Nlm {
                out.push(' ');
            }
            out.push_str(strip_zeros(head.integer));
        }
    }
    if !head.decimal.is_empty() {
        out.push('.');
        out.push_str(head.decimal);
    }
    out
}

/// The pieces after the class number, in order.
pub(crate) fn pieces<'a>(scheme: Scheme, tokens: impl Iterator<Item = Token<'a>>) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut in_items = false;
    let mut caption_open = false;
    let new_piece = |pieces: &mut Vec<Piece>, kind: PieceKind, text: String, in_items: bool| {
        let kind = if in_items && kind != PieceKind::Item { PieceKind::Item } else { kind };
        pieces.push(Piece { kind, text, joined: false });
    };
    for t in tokens {
        match t {
            Token::Number { digits, suffix, range } => {
                let number = format!("{}{}", strip_zeros(digits), suffix.to_ascii_lowercase());
                match pieces.last_mut() {
                    Some(last) if caption_open => {
                        last.text.push('.');
                        last.text.push_str(&number);
                    }
                    Some(last) if range => {
                        last.text.push('-');
                        last.text.push_str(&number);
                    }
                    _ => new_piece(&mut pieces, PieceKind::Other, number, in_items),
                }
                caption_open = false;
            }
            Token::Cutter { letters, digits } => {
                new_piece(
                    &mut pieces,
                    PieceKind::Cutter,
                    format!("{}{digits}", letters.to_ascii_uppercase()),
                    in_items,
                );
                caption_open = false;
            }
            Token::Word { letters, attached, before_number } => {
                let caption = item_caption(letters, before_number);
                caption_open = caption.is_some() && before_number;
                if let Some(caption) = caption {
                    in_items = true;
                    let mut text = caption.to_ascii_lowercase();
                    if caption == "SUPPL" && !before_number {
                        text.push('.');
                    }
                    new_piece(&mut pieces, PieceKind::Item, text, in_items);
                    continue;
                }
                let text = if attached && letters.len() == 1 {
                    letters.to_ascii_lowercase()
                } else if is_abbreviation(letters) && !attached {
                    format!("{}.", letters.to_ascii_lowercase())
                } else if scheme == Scheme::Dewey && !attached {
                    letters.to_ascii_uppercase()
                } else {
                    capitalised(letters)
                };
                match pieces.last_mut() {
                    Some(last) if attached => last.text.push_str(&text),
                    None if attached => pieces.push(Piece { kind: PieceKind::Other, text, joined: true }),
                    _ => new_piece(&mut pieces, PieceKind::Other, text, in_items),
                }
            }
        }
    }
    pieces
}

/// The whole canonical display of a classified call number.
pub(crate) fn display<'a>(head: &Head<'_>, tokens: impl Iterator<Item = Token<'a>>) -> String {
    let mut out = class_display(head);
    let mut seen_cutter = false;
    for piece in pieces(head.scheme, tokens) {
        if !piece.joined {
            out.push(' ');
        }
        if piece.kind == PieceKind::Cutter && head.scheme == Scheme::Lc && !seen_cutter {
            out.push('.');
        }
        seen_cutter |= piece.kind == PieceKind::Cutter;
        out.push_str(&piece.text);
    }
    out
}

fn strip_zeros(digits: &str) -> &str {
    match digits.trim_start_matches('0') {
        "" if !digits.is_empty() => "0",
        rest => rest,
    }
}

fn capitalised(letters: &str) -> String {
    letters
        .bytes()
        .enumerate()
        .map(|(i, b)| char::from(if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() }))
        .collect()
}
