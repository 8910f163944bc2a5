//! Membership in the static word tables. A long table is looked up in a hash set made on its
//! first lookup, so the tables keep their reading order in the source.
//!
//! A table is [`Words`]: one string of words separated by spaces, which the page holds for far
//! less than a pointer and a length per word.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::Mutex;

/// A static table of single words, separated by spaces (`Words("he him himself")`); written
/// with `concat!` over several lines when it is long.
#[derive(Clone, Copy)]
pub struct Words(pub &'static str);

impl Words {
    /// The words, in the table's order.
    pub fn iter(self) -> std::str::SplitAsciiWhitespace<'static> {
        self.0.split_ascii_whitespace()
    }

    /// True when `word` is one of the table's words: a short table is scanned, a long one
    /// looked up in its hash set.
    pub fn has(self, word: &str) -> bool {
        if self.0.len() < SHORT_BYTES {
            return self.iter().any(|w| w == word);
        }
        self.set().contains(word)
    }

    /// The hash set of the table's words, made once (kept for good: the tables are static).
    fn set(self) -> &'static FxHashSet<&'static str> {
        let key = (self.0.as_ptr() as usize, self.0.len());
        let mut sets = SETS.lock().unwrap_or_else(|e| e.into_inner());
        sets.get_or_insert_with(Sets::default)
            .entry(key)
            .or_insert_with(|| Box::leak(Box::new(self.iter().collect())))
    }
}

impl IntoIterator for Words {
    type Item = &'static str;
    type IntoIter = std::str::SplitAsciiWhitespace<'static>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// Tables shorter than this (about 16 words) are scanned in place.
const SHORT_BYTES: usize = 96;

/// The hash sets of the long tables, keyed by the table's address and length.
type Sets = FxHashMap<(usize, usize), &'static FxHashSet<&'static str>>;
static SETS: Mutex<Option<Sets>> = Mutex::new(None);

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
    const LONG_WORDS: Words = Words(concat!(
        "said told added noted stressed explained wrote stated declared argued claimed ",
        "insisted warned asked replied answered recalled ",
    ));

    #[test]
    fn long_and_short_tables_answer_as_contains() {
        assert!(LONG_WORDS.0.len() >= SHORT_BYTES);
        assert!(LONG_WORDS.iter().eq(LONG.iter().copied()));
        let short = Words("said told added");
        assert!(short.0.len() < SHORT_BYTES);
        for w in ["said", "recalled", "argued", "say", "", "Said", "zzz", "a"] {
            assert_eq!(LONG_WORDS.has(w), LONG.contains(&w), "{w}");
            assert_eq!(short.has(w), LONG[..3].contains(&w), "{w}");
        }
        assert!(LONG_WORDS.has("recalled"));
        assert!(!LONG_WORDS.has("recall"));
    }
}
