//! Membership in the static word tables. A long table is looked up in a hash set made on its
//! first lookup, so the tables keep their reading order in the source.
//!
//! A table is a slice of words or, for the long ones, [`Words`]: one string of words separated
//! by spaces, which the page holds for far less than a pointer and a length per word.

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
    /// True when `word` is one of the table's words.
    pub fn has(self, word: &str) -> bool {
        has(self, word)
    }
}

impl IntoIterator for Words {
    type Item = &'static str;
    type IntoIter = std::str::SplitAsciiWhitespace<'static>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// A word table: a slice of words or [`Words`].
pub trait Table: Copy {
    /// The table's words, in its order.
    fn words(self) -> impl Iterator<Item = &'static str>;
    /// Where the table lives: the key of its hash set.
    fn key(self) -> (usize, usize);
    /// True when a scan is cheaper than a hash set.
    fn is_short(self) -> bool;
}

impl Table for &'static [&'static str] {
    fn words(self) -> impl Iterator<Item = &'static str> {
        self.iter().copied()
    }
    fn key(self) -> (usize, usize) {
        (self.as_ptr() as usize, self.len())
    }
    fn is_short(self) -> bool {
        self.len() < 16
    }
}

impl Table for Words {
    fn words(self) -> impl Iterator<Item = &'static str> {
        self.iter()
    }
    fn key(self) -> (usize, usize) {
        (self.0.as_ptr() as usize, self.0.len())
    }
    fn is_short(self) -> bool {
        self.0.len() < 96
    }
}

/// The hash sets of the long tables, keyed by the table's address and length.
type Sets = FxHashMap<(usize, usize), &'static FxHashSet<&'static str>>;
static SETS: Mutex<Option<Sets>> = Mutex::new(None);

/// True when `word` is one of `table`'s words.
pub fn has(table: impl Table, word: &str) -> bool {
    if table.is_short() {
        return table.words().any(|w| w == word);
    }
    set_of(table).contains(word)
}

/// The hash set of `table`'s words, made once (kept for good: the tables are static).
fn set_of(table: impl Table) -> &'static FxHashSet<&'static str> {
    let mut sets = SETS.lock().unwrap_or_else(|e| e.into_inner());
    sets.get_or_insert_with(Sets::default)
        .entry(table.key())
        .or_insert_with(|| Box::leak(Box::new(table.words().collect())))
}

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

    #[test]
    fn long_and_short_tables_answer_as_contains() {
        for w in ["said", "recalled", "argued", "say", "", "Said", "zzz", "a"] {
            assert_eq!(has(LONG, w), LONG.contains(&w), "{w}");
            assert_eq!(has(&LONG[..3], w), LONG[..3].contains(&w), "{w}");
            let words = Words(concat!(
                "said told added noted stressed explained wrote stated declared argued claimed ",
                "insisted warned asked replied answered recalled ",
            ));
            assert_eq!(has(words, w), LONG.contains(&w), "{w}");
            assert_eq!(has(Words("said told"), w), LONG[..2].contains(&w), "{w}");
        }
        assert!(has(LONG, "recalled"));
        assert!(!has(LONG, "recall"));
    }
}
