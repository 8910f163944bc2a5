//! Membership in the static word tables. A long table is looked up in a hash set made on its
//! first lookup, so the tables keep their reading order in the source.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::Mutex;

/// Tables shorter than this are scanned in place.
const SHORT: usize = 16;

/// The hash sets of the long tables, keyed by the table's address and length.
type Sets = FxHashMap<(usize, usize), &'static FxHashSet<&'static str>>;
static SETS: Mutex<Option<Sets>> = Mutex::new(None);

/// True when `word` is one of `table`'s words (exactly as `table.contains(&word)`).
pub fn has(table: &'static [&'static str], word: &str) -> bool {
    if table.len() < SHORT {
        return table.contains(&word);
    }
    set_of(table).contains(word)
}

/// The hash set of `table`'s words, made once (kept for good: the tables are static).
fn set_of(table: &'static [&'static str]) -> &'static FxHashSet<&'static str> {
    let key = (table.as_ptr() as usize, table.len());
    let mut sets = SETS.lock().unwrap_or_else(|e| e.into_inner());
    sets.get_or_insert_with(Sets::default)
        .entry(key)
        .or_insert_with(|| Box::leak(Box::new(table.iter().copied().collect())))
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
        }
        assert!(has(LONG, "recalled"));
        assert!(!has(LONG, "recall"));
    }
}
