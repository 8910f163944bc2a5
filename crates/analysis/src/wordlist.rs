//! Membership in the static word tables. A long table is looked up in a hash set made on its
//! first lookup, so the tables keep their reading order in the source.
//!
//! A table is [`Words`]: one string of words separated by spaces, which the page holds for far
//! less than a pointer and a length per word.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// A static table of single words, separated by spaces (`Words::new("he him himself")`);
/// written with `concat!` over several lines when it is long. A table is a `static`, never a
/// `const` (clippy refuses a `const` that holds a `OnceLock`): its hash set is made once, on
/// its first lookup, and kept with it.
pub struct Words {
    text: &'static str,
    set: OnceLock<FxHashSet<&'static str>>,
}

impl Words {
    pub const fn new(text: &'static str) -> Self {
        Words {
            text,
            set: OnceLock::new(),
        }
    }

    /// The table as written: its words separated by spaces.
    pub fn text(&self) -> &'static str {
        self.text
    }

    /// The words, in the table's order.
    pub fn iter(&self) -> std::str::SplitAsciiWhitespace<'static> {
        self.text.split_ascii_whitespace()
    }

    /// True when `word` is one of the table's words: a short table is scanned, a long one
    /// looked up in its hash set.
    pub fn has(&self, word: &str) -> bool {
        if self.text.len() < SHORT_BYTES {
            return self.iter().any(|w| w == word);
        }
        self.set
            .get_or_init(|| self.iter().collect())
            .contains(word)
    }
}

impl IntoIterator for &Words {
    type Item = &'static str;
    type IntoIter = std::str::SplitAsciiWhitespace<'static>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// Tables shorter than this (about 16 words) are scanned in place.
const SHORT_BYTES: usize = 96;

#[cfg(test)]
mod tests {
    use super::*;

    const LONG: &[&str] = &[
        "said",
        "told",
        "added",
        "noted",
        "stressed",
        "explained",
        "wrote",
        "stated",
        "declared",
        "argued",
        "claimed",
        "insisted",
        "warned",
        "asked",
        "replied",
        "answered",
        "recalled",
    ];

    /// The words of `LONG`, long enough to be looked up in a hash set.
    static LONG_WORDS: Words = Words::new(concat!(
        "said told added noted stressed explained wrote stated declared argued claimed ",
        "insisted warned asked replied answered recalled ",
    ));

    #[test]
    fn long_and_short_tables_answer_as_contains() {
        assert!(LONG_WORDS.text().len() >= SHORT_BYTES);
        assert!(LONG_WORDS.iter().eq(LONG.iter().copied()));
        let short = Words::new("said told added");
        assert!(short.text().len() < SHORT_BYTES);
        for w in ["said", "recalled", "argued", "say", "", "Said", "zzz", "a"] {
            assert_eq!(LONG_WORDS.has(w), LONG.contains(&w), "{w}");
            assert_eq!(short.has(w), LONG[..3].contains(&w), "{w}");
        }
        assert!(LONG_WORDS.has("recalled"));
        assert!(!LONG_WORDS.has("recall"));
    }
}
