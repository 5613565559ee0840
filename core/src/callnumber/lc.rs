//! Library of Congress Classification call numbers (`QA76.73 .P98 L88 2010`).
//!
//! An LC call number is one to three class letters, a class number (a whole number of up to four
//! digits, optionally with a decimal), then the elements read by [`super::elements`]: dates and
//! ordinals that belong to the class number (`HB3717 1929 .E37`, `D570.3 28th .P96`), up to
//! three Cutter numbers, years, work marks and item parts. NLM call numbers share the grammar
//! and interfile with LC (see [`super::nlm`]).
//!
//! Class letters are checked against the subclasses of the LC Classification Outline, so that
//! `DVD 791.43` or `CPB Box 12` are not mistaken for LC. Class K has hundreds of three-letter
//! subclasses (`KJV`, `KFN`); any `K` combination is accepted.

use super::error::{Miss, MissKind};
use super::read::Head;
use super::{nlm, Scheme};

/// Longest LC or NLM class number (whole part): the schedules stop at 9999.
pub(crate) const MAX_CLASS_DIGITS: usize = 4;

/// Whether `letters` (upper case) is a class or subclass of the LC Classification.
pub(crate) fn is_lc_class(letters: &[u8]) -> bool {
    match letters {
        [first] => first.is_ascii_uppercase() && !matches!(first, b'I' | b'O' | b'W' | b'X' | b'Y'),
        [b'K', second] => second.is_ascii_uppercase(),
        [b'K', second, third] => second.is_ascii_uppercase() && third.is_ascii_uppercase(),
        [first @ b'A'..=b'Z', second @ b'A'..=b'Z'] => {
            TWO_LETTER_SET.get(usize::from(first - b'A')).is_some_and(|set| set & (1 << (second - b'A')) != 0)
        }
        [b'D', b'A', b'W'] | [b'D', b'J', b'K'] => true,
        _ => false,
    }
}

/// [`TWO_LETTER`] as a bit set: bit `s` of entry `f` is set for the subclass with letters `f`, `s`.
const TWO_LETTER_SET: [u32; 26] = bit_set(TWO_LETTER);

// Evaluated at compile time, where an out-of-range index would be a compile error.
#[allow(clippy::indexing_slicing)]
const fn bit_set(list: &str) -> [u32; 26] {
    let b = list.as_bytes();
    let mut set = [0u32; 26];
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i].is_ascii_uppercase() && b[i + 1].is_ascii_uppercase() {
            set[(b[i] - b'A') as usize] |= 1 << (b[i + 1] - b'A');
            i += 2;
        } else {
            i += 1;
        }
    }
    set
}

/// Two-letter LC subclasses outside K, from the LC Classification Outline.
const TWO_LETTER: &str = "AC AE AG AI AM AN AP AS AY AZ \
    BC BD BF BH BJ BL BM BP BQ BR BS BT BV BX \
    CB CC CD CE CJ CN CR CS CT \
    DA DB DC DD DE DF DG DH DJ DK DL DP DQ DR DS DT DU DX \
    GA GB GC GE GF GN GR GT GV \
    HA HB HC HD HE HF HG HJ HM HN HQ HS HT HV HX \
    JA JC JF JJ JK JL JN JQ JS JV JX JZ \
    LA LB LC LD LE LF LG LH LJ LT \
    ML MT \
    NA NB NC ND NE NK NX \
    PA PB PC PD PE PF PG PH PJ PK PL PM PN PQ PR PS PT PZ \
    QA QB QC QD QE QH QK QL QM QP QR \
    RA RB RC RD RE RF RG RJ RK RL RM RS RT RV RX RZ \
    SB SD SF SH SK \
    TA TC TD TE TF TG TH TJ TK TL TN TP TR TS TT TX \
    UA UB UC UD UE UF UG UH \
    VA VB VC VD VE VF VG VK VM \
    ZA";

/// Reads class letters and class number from `input[start..end]` (already trimmed).
///
/// With `forced` set, the letters are not checked against the outlines: the caller has said
/// which scheme the call number is in.
pub(crate) fn read_head(
    input: &str,
    start: usize,
    end: usize,
    strict: bool,
    forced: Option<Scheme>,
) -> Result<Head<'_>, Miss> {
    let bytes = input.as_bytes();
    let at = |i: usize| {
        if i < end {
            bytes.get(i).copied().unwrap_or(0)
        } else {
            0
        }
    };
    let mut i = start;
    while at(i).is_ascii_alphabetic() {
        i += 1;
    }
    let letters = input.get(start..i).unwrap_or_default();
    if letters.is_empty() {
        return Err(Miss::new(start, MissKind::Char));
    }
    let mut buffer = [0u8; 3];
    for (slot, b) in buffer.iter_mut().zip(letters.bytes()) {
        *slot = b.to_ascii_uppercase();
    }
    let upper = if letters.len() <= 3 { buffer.get(..letters.len()).unwrap_or_default() } else { &[][..] };
    let scheme = match forced {
        Some(scheme) if !upper.is_empty() => scheme,
        _ if nlm::is_nlm_class(upper) => Scheme::Nlm,
        _ if is_lc_class(upper) => Scheme::Lc,
        _ => return Err(Miss::new(start, MissKind::UnknownClass { end: i })),
    };
    while matches!(at(i), b' ' | b'\t') {
        i += 1;
    }
    if i >= end {
        // Class letters alone (`QA`): the start of a class, as used in range maps.
        return Ok(Head { scheme, letters, integer: "", decimal: "", tail: end, end });
    }
    if !at(i).is_ascii_digit() {
        return Err(Miss::new(i, MissKind::MissingClassNumber));
    }
    let integer_start = i;
    while at(i).is_ascii_digit() {
        i += 1;
    }
    if strict && i - integer_start > MAX_CLASS_DIGITS {
        let digits = i - integer_start;
        return Err(Miss::new(integer_start, MissKind::NumberTooLong { digits, max: MAX_CLASS_DIGITS }));
    }
    let integer = input.get(integer_start..i).unwrap_or_default();
    let decimal = super::read_decimal(input, &mut i, end, strict)?;
    Ok(Head { scheme, letters, integer, decimal, tail: i, end })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outline_classes_are_recognised() {
        for c in ["A", "QA", "PZ", "DAW", "DJK", "KJV", "KF", "E", "F", "ZA"] {
            assert!(is_lc_class(c.as_bytes()), "{c}");
        }
        for c in ["I", "O", "W", "X", "Y", "DVD", "CPB", "MLCS", "QS", "IN", "YR", "AAAA", ""] {
            assert!(!is_lc_class(c.as_bytes()), "{c}");
        }
    }
}
