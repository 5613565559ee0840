//! National Library of Medicine Classification call numbers (`WB 102.5 B62 2018`).
//!
//! NLM classifies medicine and related sciences in classes QS-QZ and W-WZ, letters that the LC
//! Classification leaves unused, and otherwise follows the LC grammar and shelving rules: NLM and
//! LC call numbers interfile on one shelf list. NLM writes a space between the class letters and
//! the class number and no period before the Cutter number; both spellings are read alike.

/// Whether `letters` (upper case) is an NLM class: `QS` to `QZ`, `W`, and `WA` to `WZ`.
pub(crate) fn is_nlm_class(letters: &[u8]) -> bool {
    match letters {
        [b'W'] => true,
        [b'W', second] => second.is_ascii_uppercase(),
        [b'Q', second] => (b'S'..=b'Z').contains(second),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_nlm_class;

    #[test]
    fn nlm_uses_the_letters_lc_leaves_free() {
        for c in ["QS", "QV", "QZ", "W", "WB", "WZ"] {
            assert!(is_nlm_class(c.as_bytes()), "{c}");
        }
        for c in ["Q", "QA", "QR", "WBA", "R"] {
            assert!(!is_nlm_class(c.as_bytes()), "{c}");
        }
    }
}
