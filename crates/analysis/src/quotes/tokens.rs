//! Words with their byte offsets, and the small tests on them that attribution needs.

use crate::case::ToLower;
use crate::model::Span;
use crate::perl_classes;
use crate::wordlist::Words;
use std::borrow::Cow;

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

/// The word pattern that [`words`] reads by hand (the tests check they agree). Letters are
/// the standard library's (`char::is_alphabetic`, `is_numeric`, `is_uppercase`), so the page
/// needs no general-category table.
#[cfg(test)]
const WORD: &str = r"[\p{Alphabetic}\p{N}][\p{Alphabetic}\p{M}\p{N}]*(?:['’\-][\p{Alphabetic}\p{M}\p{N}]+|\.\p{Uppercase}[\p{Alphabetic}\p{M}\p{N}]*)*";

/// The words of `span`, with absolute offsets: the leftmost-first matches of `WORD`:
/// a letter or digit, then letters, marks and digits, joined by inner apostrophes and hyphens
/// or by a dot before a capital ("U.S").
pub fn words(text: &str, span: Span) -> Vec<Word> {
    let s = span.of(text);
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = s[i..].chars().next() {
        if letter_or_digit(c) {
            let end = word_end(s, i + c.len_utf8());
            out.push(Word {
                start: span.start + i,
                end: span.start + end,
            });
            i = end;
        } else {
            i += c.len_utf8();
        }
    }
    out
}

/// The end of a word whose first character ends at `i`: a run of letters, marks and digits,
/// then any number of (`'`, `’` or `-`, and a run) or (`.`, a capital, and a run). Each step
/// is decided by its first character, so the greedy reading is the pattern's match.
fn word_end(s: &str, mut i: usize) -> usize {
    i = run_end(s, i);
    loop {
        let mut rest = s[i..].chars();
        let (Some(sep), Some(next)) = (rest.next(), rest.next()) else {
            return i;
        };
        let after = i + sep.len_utf8() + next.len_utf8();
        match sep {
            '\'' | '’' | '-' if mark_letter_or_digit(next) => i = run_end(s, after),
            '.' if capital(next) => i = run_end(s, after),
            _ => return i,
        }
    }
}

/// The end of the run of letters, marks and digits starting at `i`.
fn run_end(s: &str, mut i: usize) -> usize {
    // ASCII letters and digits first, byte by byte; any other ASCII ends the run
    let bytes = s.as_bytes();
    while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
        i += 1;
    }
    if bytes.get(i).is_none_or(u8::is_ascii) {
        return i;
    }
    s[i..]
        .char_indices()
        .find(|&(_, c)| !mark_letter_or_digit(c))
        .map_or(s.len(), |(k, _)| i + k)
}

/// A letter or digit: `Alphabetic` or `\p{N}`.
fn letter_or_digit(c: char) -> bool {
    match common_class(c) {
        Some(class) => class != Class::Mark && class != Class::Other,
        None => c.is_alphanumeric(),
    }
}

/// A letter, mark or digit: `Alphabetic`, `\p{M}` or `\p{N}`.
fn mark_letter_or_digit(c: char) -> bool {
    match common_class(c) {
        Some(class) => class != Class::Other,
        None => c.is_alphanumeric() || is_mark(c),
    }
}

/// An upper-case letter: `Uppercase`.
fn capital(c: char) -> bool {
    match common_class(c) {
        Some(class) => class == Class::Capital,
        None => c.is_uppercase(),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Capital,
    /// A letter other than a capital, or a digit.
    LetterOrDigit,
    Mark,
    Other,
}

/// The class of a character of the blocks news text mostly uses (ASCII, Latin-1 letters,
/// combining accents, basic Cyrillic, general punctuation); `None` for the rest.
fn common_class(c: char) -> Option<Class> {
    Some(match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' | 'А'..='Я' | 'Ѐ'..='Џ' => Class::Capital,
        'a'..='z' | '0'..='9' | 'ß'..='ö' | 'ø'..='ÿ' | 'а'..='я' | 'ѐ'..='џ' => {
            Class::LetterOrDigit
        }
        // combining marks that are also alphabetic (iota subscript, small Latin letters)
        '\u{345}' | '\u{363}'..='\u{36f}' => Class::LetterOrDigit,
        '\u{300}'..='\u{36f}' => Class::Mark,
        '\0'..='\u{7f}' | '\u{2000}'..='\u{206f}' | '×' | '÷' => Class::Other,
        _ => return None,
    })
}

/// A mark (`\p{M}`) that is neither alphabetic nor numeric.
fn is_mark(c: char) -> bool {
    !c.is_alphanumeric() && perl_classes::is_other_mark(c)
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
static NAME_ABBREVIATIONS: Words = Words::new(concat!(
    "mr mrs ms dr prof gen sen rep gov lt col sgt capt st jr sr rev hon mme mlle sra pres adm ",
    "maj cpl supt ",
));

/// True when `before` and `after` stand in one phrase: only spaces between them, or the dot
/// of an abbreviation or an initial ("Mr. Hemming", "J. R. Doe").
pub fn phrase_gap_after(before: &str, between: &str) -> bool {
    match between.strip_prefix('.') {
        Some(rest) => {
            let l = lower(before);
            (before.chars().count() == 1 && is_capitalised(before)
                || NAME_ABBREVIATIONS.has(l.as_str()))
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
pub fn lower(word: &str) -> Lower<'_> {
    // one pass over the bytes for the common word, in ASCII and lower case already
    if !word
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        return Lower(Cow::Borrowed(word));
    }
    if word.is_ascii() {
        return Lower(Cow::Owned(word.to_ascii_lowercase()));
    }
    let lowered = word.to_lower();
    Lower(Cow::Owned(if lowered.contains('’') {
        lowered.replace('’', "'")
    } else {
        lowered
    }))
}

/// A word in lower case: the word itself when it already was (most words in running text),
/// so looking words up costs no allocation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lower<'a>(Cow<'a, str>);

impl Lower<'_> {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl From<Lower<'_>> for String {
    fn from(word: Lower<'_>) -> String {
        word.0.into_owned()
    }
}

/// The possessive ending of a word stripped ("Putin's" → "Putin").
pub fn strip_possessive(word: &str) -> &str {
    if !word.ends_with('s') {
        return word;
    }
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
    use regex::Regex;

    #[test]
    fn words_keep_inner_marks() {
        let t = "O’Brien met the U.S. envoy, well-known.";
        let w: Vec<&str> = words(t, Span::new(0, t.len()))
            .iter()
            .map(|w| w.of(t))
            .collect();
        assert_eq!(w, ["O’Brien", "met", "the", "U.S", "envoy", "well-known"]);
    }

    /// The hand reading gives the pattern's matches, on every script and mark.
    #[test]
    fn words_are_the_pattern_matches() {
        let re = Regex::new(WORD).unwrap();
        for t in [
            "O’Brien met the U.S. envoy, well-known.",
            "Путин сказал «привет» — Ёлка, ёж; ЖКХ-2024.",
            "東京で「こんにちは」と述べた. قال الرئيس “مرحبا”",
            "e\u{301}\u{302}x \u{301}a q\u{308}uote a.b A.Été x.É l’État don't- -x x-' ½ ²3 ⅷ",
            "ǅemal İstanbul ΣΊΣΥΦΟΣ σίσυφος Ωmega ﬁne ª º µ Ⓐ x.Ⓐ x.ǅ x’ⅷ",
            "Ab.Cd.Ef ab.cd A.B. it’s U.N.-backed 3.5 5-year-old ..A -A 'A ’’ab",
            "",
            "\0nul\0“bytes\0” ‐hyphen‑x x‑y",
        ] {
            let got: Vec<(usize, usize)> = words(t, Span::new(0, t.len()))
                .iter()
                .map(|w| (w.start, w.end))
                .collect();
            let want: Vec<(usize, usize)> = re.find_iter(t).map(|m| (m.start(), m.end())).collect();
            assert_eq!(got, want, "{t}");
        }
    }

    proptest::proptest! {
        #[test]
        fn words_match_the_pattern_on_any_text(
            t in "(?:[a-zA-Z0-9 .'’\\-ÀÉßéЖжё\u{301}東½ǅⅧ×]|\\PC){0,40}"
        ) {
            let re = Regex::new(WORD).unwrap();
            let got: Vec<(usize, usize)> = words(&t, Span::new(0, t.len()))
                .iter()
                .map(|w| (w.start, w.end))
                .collect();
            let want: Vec<(usize, usize)> =
                re.find_iter(&t).map(|m| (m.start(), m.end())).collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    /// Every character, read by hand or asked of the standard library, is classed as the
    /// Unicode properties class it.
    #[test]
    fn classes_agree_with_the_unicode_properties() {
        let ln = Regex::new(r"^[\p{Alphabetic}\p{N}]$").unwrap();
        let lmn = Regex::new(r"^[\p{Alphabetic}\p{M}\p{N}]$").unwrap();
        let lu = Regex::new(r"^\p{Uppercase}$").unwrap();
        // chars the regex crate's tables do not know yet (a newer Unicode in std) are skipped
        let unassigned = Regex::new(r"^\p{Cn}$").unwrap();
        for c in (0u32..0x30000).filter_map(char::from_u32) {
            let s = c.to_string();
            if unassigned.is_match(&s) {
                continue;
            }
            assert_eq!(letter_or_digit(c), ln.is_match(&s), "{c:?}");
            assert_eq!(mark_letter_or_digit(c), lmn.is_match(&s), "{c:?}");
            assert_eq!(capital(c), lu.is_match(&s), "{c:?}");
        }
    }

    #[test]
    fn one_edit() {
        assert!(within_one_edit("lukashenko", "lukashenka"));
        assert!(within_one_edit("saarepuu", "saarepu"));
        assert!(!within_one_edit("putin", "lukashenko"));
        assert!(!within_one_edit("abcd", "abdc"));
    }
}
