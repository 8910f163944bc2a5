//! Membership in the static word tables. A long table is searched by bisection in a sorted
//! copy made on its first lookup, so the tables keep their reading order in the source.

use std::sync::Mutex;

/// Tables shorter than this are scanned in place.
const SHORT: usize = 16;

/// Sorted copies of the long tables, keyed by the table's address and length.
type Sorted = Vec<((usize, usize), &'static [&'static str])>;
static SORTED: Mutex<Sorted> = Mutex::new(Vec::new());

/// True when `word` is one of `table`'s words (exactly as `table.contains(&word)`).
pub fn has(table: &'static [&'static str], word: &str) -> bool {
    if table.len() < SHORT {
        return table.contains(&word);
    }
    sorted(table).binary_search(&word).is_ok()
}

/// The sorted copy of `table`, made once (one small allocation per table, kept for good).
fn sorted(table: &'static [&'static str]) -> &'static [&'static str] {
    let key = (table.as_ptr() as usize, table.len());
    let mut cache = SORTED.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&(_, copy)) = cache.iter().find(|(k, _)| *k == key) {
        return copy;
    }
    let mut copy = table.to_vec();
    copy.sort_unstable();
    let copy: &'static [&'static str] = Box::leak(copy.into_boxed_slice());
    cache.push((key, copy));
    copy
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
