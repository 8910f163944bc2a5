//! Words with their byte offsets, and the small tests on them that attribution needs.

use super::wordlist;
use crate::model::Span;
use regex::Regex;
use std::sync::LazyLock;

/// A word: letters and digits, with inner apostrophes, hyphens and dots ("O’Brien", "U.S").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

impl Word {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

static WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+|\.\p{Lu}[\p{L}\p{M}\p{N}]*)*",
    )
    .expect("word pattern")
});

/// The words of `span`, with absolute offsets.
pub fn words(text: &str, span: Span) -> Vec<Word> {
    WORD.find_iter(span.of(text))
        .map(|m| Word {
            start: span.start + m.start(),
            end: span.start + m.end(),
        })
        .collect()
}

/// True when the word starts with an upper-case letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// True when the text between two words is only spaces (a phrase does not cross punctuation).
pub fn only_spaces(between: &str) -> bool {
    between.chars().all(|c| c == ' ' || c == '\u{a0}')
}

/// Abbreviations that end with a dot inside a name ("Mr. Hemming", "Gen. Smith").
const NAME_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "st",
    "jr", "sr", "rev", "hon", "mme", "mlle", "sra", "pres", "adm", "maj", "cpl", "supt",
];

/// True when `before` and `after` stand in one phrase: only spaces between them, or the dot
/// of an abbreviation or an initial ("Mr. Hemming", "J. R. Doe").
pub fn phrase_gap_after(before: &str, between: &str) -> bool {
    match between.strip_prefix('.') {
        Some(rest) => {
            let l = lower(before);
            (before.chars().count() == 1 && is_capitalised(before)
                || wordlist::has(NAME_ABBREVIATIONS, l.as_str()))
                && only_spaces(rest)
        }
        None => only_spaces(between),
    }
}

/// The text between two words in one phrase: only spaces.
pub fn phrase_gap(between: &str) -> bool {
    only_spaces(between)
}

/// Lower-case form with typographic apostrophes made straight.
pub fn lower(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let lowered = word.to_lowercase();
    if lowered.contains('’') {
        lowered.replace('’', "'")
    } else {
        lowered
    }
}

/// The possessive ending of a word stripped ("Putin's" → "Putin").
pub fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// True when edit distance between `a` and `b` is at most one.
pub fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if b.len() - a.len() > 1 {
        return false;
    }
    let mut i = 0;
    while i < a.len() && a[i] == b[i] {
        i += 1;
    }
    if a.len() == b.len() {
        a.get(i + 1..) == b.get(i + 1..)
    } else {
        a[i..] == b[i + 1..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_marks() {
        let t = "O’Brien met the U.S. envoy, well-known.";
        let w: Vec<&str> = words(t, Span::new(0, t.len()))
            .iter()
            .map(|w| w.of(t))
            .collect();
        assert_eq!(w, ["O’Brien", "met", "the", "U.S", "envoy", "well-known"]);
    }

    #[test]
    fn one_edit() {
        assert!(within_one_edit("lukashenko", "lukashenka"));
        assert!(within_one_edit("saarepuu", "saarepu"));
        assert!(!within_one_edit("putin", "lukashenko"));
        assert!(!within_one_edit("abcd", "abdc"));
    }
}
