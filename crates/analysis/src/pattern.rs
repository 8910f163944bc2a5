//! Lede's patterns, made to compile without any of the regex crate's Unicode tables: case
//! folding and general categories (27 KB of the page, gzip), the Perl classes and the property
//! names that come with them (12 KB).
//!
//! Rules are written with `(?i)`, `\p{L}`, `\p{Lu}`, `\w`, `\d` and `\s` as usual. Before
//! compiling, [`portable`] rewrites them into what needs no table:
//! - in a `(?i)` scope, runs of ASCII letters become ASCII-only case-insensitive groups
//!   (`(?i)Mai` → `(?i-u:Mai)`) and other letters classes of their cases from the standard
//!   library's mappings, as [`crate::case`] holds them (`é` → `[éÉ]`, `[a-zé]` →
//!   `[a-zA-ZéÉ]`); letters whose other case is several characters (`ß` → `SS`) keep their
//!   one form;
//! - `\w`, `\d`, `\s` and their negations become the classes they stand for, written out
//!   ([`crate::perl_classes`]), and `\p{L}` the word characters but digits and `_` (letters,
//!   and the marks that belong to them);
//! - `\p{Lu}` becomes the upper-case letters of the Latin, Greek and Cyrillic blocks
//!   (by `char::is_uppercase`), and in a `(?i)` scope every cased letter of those blocks,
//!   which is what the regex parser itself makes of `(?i)\p{Lu}`.
//!
//! A Unicode word boundary has no class to become: Lede's patterns write `(?-u:\b)`, or
//! `(?:\W|$)` after a letter. Nor do they set the `x` flag, under which the written classes'
//! spaces would be ignored.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::{case, perl_classes};

/// The blocks whose letters `\p{Lu}` stands for: Basic Latin to Cyrillic Supplement, Latin
/// Extended Additional, Greek Extended. Lede's languages write in these.
const CASED_BLOCKS: [(char, char); 2] = [('\u{41}', '\u{52f}'), ('\u{1e00}', '\u{1fff}')];

/// The chars of [`CASED_BLOCKS`], in order.
fn block_chars() -> impl Iterator<Item = char> {
    CASED_BLOCKS
        .into_iter()
        .flat_map(|(first, last)| first..=last)
}

/// A class of `chars` (ascending) written as ranges.
fn class_of(chars: impl Iterator<Item = char>) -> String {
    let mut class = String::from("[");
    let mut run: Option<(char, char)> = None;
    let push = |class: &mut String, (start, end): (char, char)| {
        class.push(start);
        if end != start {
            class.push('-');
            class.push(end);
        }
    };
    for c in chars {
        match run {
            Some((start, end)) if c as u32 == end as u32 + 1 => run = Some((start, c)),
            _ => {
                if let Some(done) = run.replace((c, c)) {
                    push(&mut class, done);
                }
            }
        }
    }
    if let Some(done) = run {
        push(&mut class, done);
    }
    class.push(']');
    class
}

/// `\p{Lu}` of [`CASED_BLOCKS`].
fn upper_class() -> &'static str {
    static CLASS: OnceLock<String> = OnceLock::new();
    CLASS.get_or_init(|| class_of(block_chars().filter(|c| c.is_uppercase())))
}

/// `(?i)\p{Lu}` of [`CASED_BLOCKS`]: the upper-case letters and every letter one maps to or
/// from.
fn cased_class() -> &'static str {
    static CLASS: OnceLock<String> = OnceLock::new();
    CLASS.get_or_init(|| {
        let mut chars: Vec<char> = block_chars()
            .filter(|c| c.is_uppercase())
            .flat_map(|c| [Some(c), case::lower_of(c)])
            .flatten()
            .chain(block_chars().filter(|&c| case::upper_of(c).is_some()))
            .collect();
        chars.sort_unstable();
        chars.dedup();
        class_of(chars.into_iter())
    })
}

/// An escape as the regex crate compiles it without its Unicode tables, in a class or not.
fn escape_without_tables(escape: &str, flags: Flags, in_class: bool) -> Cow<'static, str> {
    if !flags.unicode {
        // ASCII classes (`(?-u:\b)`, `(?-u:\w)`) need no table
        return Cow::Owned(escape.to_string());
    }
    match escape {
        r"\p{Lu}" if flags.insensitive => Cow::Borrowed(cased_class()),
        r"\p{Lu}" => Cow::Borrowed(upper_class()),
        _ => match perl_classes::class_for(escape, in_class) {
            Some(class) => Cow::Owned(class),
            None => Cow::Owned(escape.to_string()),
        },
    }
}

/// The flags the rewriting follows: `i`, and `u` (on unless turned off).
#[derive(Clone, Copy)]
struct Flags {
    insensitive: bool,
    unicode: bool,
}

impl Flags {
    /// A pattern's flags at its start.
    const START: Flags = Flags {
        insensitive: false,
        unicode: true,
    };
}

/// Unwraps the build of one of Lede's own patterns or word automata. A release build does not
/// format the error (the patterns are fixed and the tests build every one), which keeps the
/// error types' formatting out of the page.
pub fn built<T, E: std::fmt::Display>(result: Result<T, E>, what: &str) -> T {
    match result {
        Ok(value) => value,
        Err(e) if cfg!(debug_assertions) => panic!("{what}: {e}"),
        Err(_) => panic!("{what} does not build"),
    }
}

/// The pattern as it compiles without any of the regex crate's Unicode tables (see the
/// module's documentation).
pub fn portable(pattern: &str) -> String {
    let (out, unwritable) = rewrite(pattern);
    debug_assert!(
        !unwritable && !needs_tables(&out),
        "a Unicode class, word boundary, (?i) or (?x) is left in {out}"
    );
    out
}

/// [`portable`]'s rewriting, and whether what it cannot rewrite is left: a Unicode word boundary
/// (`\b`, `\B`: no class to become) or the `x` flag (the written classes hold whitespace).
fn rewrite(pattern: &str) -> (String, bool) {
    let mut unwritable = false;
    let mut out = String::with_capacity(pattern.len() * 2);
    let mut rest = pattern;
    // the flags of each open group on entry, and of the current position
    let mut scopes: Vec<Flags> = Vec::new();
    let mut flags = Flags::START;
    while let Some(c) = rest.chars().next() {
        match c {
            '\\' => {
                let escape = &rest[..escape_len(rest)];
                unwritable |= flags.unicode && matches!(escape, r"\b" | r"\B");
                out.push_str(&escape_without_tables(escape, flags, false));
                rest = &rest[escape.len()..];
            }
            '[' => {
                let (class, len) = class(rest, flags);
                out.push_str(&class);
                rest = &rest[len..];
            }
            '(' => {
                scopes.push(flags);
                if let Some(after) = rest.strip_prefix("(?") {
                    let flags_end = after
                        .find(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
                        .unwrap_or(after.len());
                    let set = &after[..flags_end];
                    let end = after[flags_end..].chars().next();
                    if matches!(end, Some(':' | ')')) && !set.starts_with('P') {
                        let (kept, insensitive, unicode) = without_i(set);
                        unwritable |= kept.split('-').next().is_some_and(|on| on.contains('x'));
                        flags.insensitive = insensitive.unwrap_or(flags.insensitive);
                        flags.unicode = unicode.unwrap_or(flags.unicode);
                        if end == Some(')') {
                            // `(?flags)` sets the flags until the enclosing group ends
                            scopes.pop();
                            if !kept.is_empty() {
                                out.push_str(&format!("(?{kept})"));
                            }
                        } else {
                            out.push_str(&format!("(?{kept}:"));
                        }
                        rest = &after[flags_end + 1..];
                        continue;
                    }
                    // a named group `(?P<name>` / `(?<name>`: copied to its `>`
                    if let Some(close) = after.find('>') {
                        out.push_str(&rest[..close + 3]);
                        rest = &after[close + 1..];
                        continue;
                    }
                }
                out.push('(');
                rest = &rest[1..];
            }
            ')' => {
                flags = scopes.pop().unwrap_or(Flags::START);
                out.push(')');
                rest = &rest[1..];
            }
            '{' => {
                // a repetition count: digits and a comma
                let len = rest.find('}').map_or(rest.len(), |i| i + 1);
                out.push_str(&rest[..len]);
                rest = &rest[len..];
            }
            _ if flags.insensitive && c.is_ascii_alphabetic() => {
                let run = ascii_run(rest);
                out.push_str("(?i-u:");
                out.push_str(&rest[..run]);
                out.push(')');
                rest = &rest[run..];
            }
            _ => {
                match cases(c).filter(|_| flags.insensitive) {
                    Some(all) => {
                        out.push('[');
                        out.extend(all);
                        out.push(']');
                    }
                    None => out.push(c),
                }
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    (out, unwritable)
}

/// True when `pattern` still names a Unicode category (`\p{…}`, `\P{…}`) or sets the `i`
/// flag in Unicode mode: what a build without the tables refuses.
fn needs_tables(pattern: &str) -> bool {
    let category = pattern.contains(r"\p") || pattern.contains(r"\P");
    let unicode_case = pattern.match_indices("(?").any(|(at, _)| {
        let flags = pattern[at + 2..].split([':', ')']).next().unwrap_or("");
        let (on, off) = flags.split_once('-').unwrap_or((flags, ""));
        flags.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
            && on.contains('i')
            && !off.contains('u')
    });
    category || unicode_case
}

/// Bytes of the run of ASCII letters, digits and spaces at the start of `rest`, less its last
/// character when a repetition follows (`ab+` repeats only `b`).
fn ascii_run(rest: &str) -> usize {
    let len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == ' '))
        .unwrap_or(rest.len());
    let repeated = rest[len..].starts_with(['*', '+', '?', '{']);
    if repeated && len > 1 {
        len - 1
    } else {
        len
    }
}

/// Flags without `i`, what they set case-insensitivity to (`Some(false)` for `-i`) and what
/// they set Unicode mode to (`u`, `-u`; kept in the flags).
fn without_i(flags: &str) -> (String, Option<bool>, Option<bool>) {
    let mut kept = String::new();
    let (mut insensitive, mut unicode) = (None, None);
    let mut negated = false;
    for f in flags.chars() {
        match f {
            '-' => negated = true,
            'i' => insensitive = Some(!negated),
            _ => {
                if f == 'u' {
                    unicode = Some(!negated);
                }
                if negated && !kept.contains('-') {
                    kept.push('-');
                }
                kept.push(f);
            }
        }
    }
    (kept, insensitive, unicode)
}

/// Bytes of the escape at the start of `rest` (`\d`, `\.`, `\p{Lu}`, `\pL`, `\x{2019}`, `\x41`).
fn escape_len(rest: &str) -> usize {
    let mut chars = rest.char_indices().skip(1);
    let Some((_, kind)) = chars.next() else {
        return rest.len();
    };
    let after = 1 + kind.len_utf8();
    match kind {
        'p' | 'P' | 'x' | 'u' | 'U' if rest[after..].starts_with('{') => rest[after..]
            .find('}')
            .map_or(rest.len(), |i| after + i + 1),
        'p' | 'P' => after + rest[after..].chars().next().map_or(0, char::len_utf8),
        'x' => after + 2.min(rest.len() - after),
        _ => after,
    }
}

/// The class at the start of `rest` (which opens with `[`), with its letters' other cases
/// added when `insensitive`, and its length in bytes.
fn class(rest: &str, flags: Flags) -> (String, usize) {
    let insensitive = flags.insensitive;
    let mut out = String::from("[");
    let mut i = 1;
    if rest[i..].starts_with('^') {
        out.push('^');
        i += 1;
    }
    // a `]` first in a class is a literal
    if rest[i..].starts_with(']') {
        out.push(']');
        i += 1;
    }
    while i < rest.len() {
        let tail = &rest[i..];
        let c = tail.chars().next().expect("in bounds");
        if c == ']' {
            out.push(']');
            return (out, i + 1);
        }
        if c == '\\' {
            let escape = &tail[..escape_len(tail)];
            out.push_str(&escape_without_tables(escape, flags, true));
            i += escape.len();
            continue;
        }
        if c == '[' {
            if let Some(end) = tail.strip_prefix("[:").and_then(|t| t.find(":]")) {
                // an ASCII class `[:alpha:]`
                out.push_str(&tail[..end + 4]);
                i += end + 4;
            } else {
                let (inner, len) = class(tail, flags);
                out.push_str(&inner);
                i += len;
            }
            continue;
        }
        // a range `a-z` (not `a-]`, where the hyphen is a literal)
        let mut after = tail[c.len_utf8()..].chars();
        if let (Some('-'), Some(last)) = (after.next(), after.next()) {
            if last == '\\' {
                // a range to an escape (`a-\x{7a}`): copied as it is, the escape next
                out.push(c);
                out.push('-');
                i += c.len_utf8() + 1;
                continue;
            }
            if last != ']' && last != '[' {
                out.push(c);
                out.push('-');
                out.push(last);
                if insensitive {
                    push_range_cases(&mut out, c, last);
                }
                i += c.len_utf8() + 1 + last.len_utf8();
                continue;
            }
        }
        match cases(c).filter(|_| insensitive) {
            Some(all) => out.extend(all),
            None => out.push(c),
        }
        i += c.len_utf8();
    }
    (out, rest.len())
}

/// Adds the other cases of the letters of `first..=last`: as ranges for ASCII letters, one
/// by one for short ranges of other letters.
fn push_range_cases(out: &mut String, first: char, last: char) {
    if first.is_ascii_alphabetic() && last.is_ascii_alphabetic() {
        let (a, b) = (first.to_ascii_lowercase(), last.to_ascii_lowercase());
        let (upper_a, upper_b) = (first.to_ascii_uppercase(), last.to_ascii_uppercase());
        for (x, y) in [(a, b), (upper_a, upper_b)] {
            if (x, y) != (first, last) {
                out.push(x);
                out.push('-');
                out.push(y);
            }
        }
    } else if (last as u32).saturating_sub(first as u32) <= 256 {
        for c in (first..=last).filter_map(cases) {
            out.extend(c.into_iter().filter(|x| !(first..=last).contains(x)));
        }
    }
}

/// `c` and its single-character lower and upper cases, when there is another case.
fn cases(c: char) -> Option<Vec<char>> {
    let mut all = vec![c];
    for other in [case::lower_of(c), case::upper_of(c)].into_iter().flatten() {
        if !all.contains(&other) {
            all.push(other);
        }
    }
    (all.len() > 1).then_some(all)
}

#[cfg(test)]
mod tests {
    use super::portable;
    use regex::Regex;

    #[test]
    fn letters_in_a_case_insensitive_scope_become_classes_of_their_cases() {
        let cases = [
            ("(?i)Mai", "(?i-u:Mai)"),
            ("(?i:ab)c", "(?:(?i-u:ab))c"),
            ("(?i)abc+|a1 b", "(?i-u:ab)(?i-u:c)+|(?i-u:a1 b)"),
            ("x(?i)é(?-i)é", "x[éÉ]é"),
            (
                r"(?i)(?-u:\d+\s*)h(?-u:\b)",
                r"(?-u:\d+\s*)(?i-u:h)(?-u:\b)",
            ),
            (r"(?i)[a-cé]", "[a-cA-CéÉ]"),
            (r"(?i)[^a-z0-9]", "[^a-zA-Z0-9]"),
            (r"(?i)a{1,2}", "(?i-u:a){1,2}"),
            (r"(?i-u:\b)s", r"(?-u:\b)s"),
            (r"(?i)(?-u:\b)s", r"(?-u:\b)(?i-u:s)"),
            ("(?i)ß", "ß"),
            ("(?i)(?P<Name>x)", "(?P<Name>(?i-u:x))"),
            ("(?i)[-x]", "[-xX]"),
            ("(?i)[x-]", "[xX-]"),
            ("(?i)д", "[дД]"),
            (r"(?i)[a-\x{7a}]", r"[a-\x{7a}]"),
        ];
        for (pattern, expected) in cases {
            assert_eq!(portable(pattern), expected, "{pattern}");
        }
    }

    #[test]
    fn perl_classes_are_written_out_in_unicode_mode_only() {
        use crate::perl_classes::class_for;
        let class = |escape| class_for(escape, false).unwrap();
        let members = |escape| class_for(escape, true).unwrap();
        assert_eq!(portable(r"\w+"), format!("{}+", class(r"\w")));
        assert_eq!(
            portable(r"[^\S\d]"),
            format!("[^{}{}]", members(r"\S"), members(r"\d"))
        );
        assert_eq!(portable(r"[\p{L}.]"), format!("[{}.]", members(r"\p{L}")));
        assert_eq!(portable(r"(?i)\W"), class(r"\W"));
        for ascii in [r"(?-u:\w\d\s)", r"(?-u:\b)x", r"(?-u)\D(?u)"] {
            assert_eq!(portable(ascii), ascii);
        }
        assert_eq!(
            portable(r"(?-u:\b)\d"),
            format!(r"(?-u:\b){}", class(r"\d"))
        );
        assert_eq!(portable(r"(?-u:x)\s"), format!("(?-u:x){}", class(r"\s")));
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "word boundary")]
    fn a_unicode_word_boundary_is_refused() {
        portable(r"x\b");
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "(?x)")]
    fn the_verbose_flag_is_refused() {
        portable(r"(?x)a b");
    }

    #[test]
    fn what_needs_the_tables_is_told_apart_from_what_does_not() {
        use super::needs_tables;
        for needs in [r"\p{N}", r"a\PL", "(?i)x", "(?is:x)", "(?i-s:x)"] {
            assert!(needs_tables(needs), "{needs}");
        }
        for free in [r"(?i-u:x)", r"(?-u:\b)", r"(?:x)\w\d", "(?s)a", r"(?P<i>x)"] {
            assert!(!needs_tables(free), "{free}");
        }
    }

    #[test]
    fn letter_classes_agree_with_the_general_categories_in_the_cased_blocks() {
        // test builds carry regex's Unicode tables (a dev-dependency enables them)
        let upper = Regex::new(r"^\p{Lu}$").unwrap();
        let cased = Regex::new(r"(?i)^\p{Lu}$").unwrap();
        let letter = Regex::new(r"^\p{L}$").unwrap();
        let mark_or_other = Regex::new(r"^[\p{M}\p{Nl}\p{Pc}]$").unwrap();
        let portable_upper = Regex::new(&portable(r"^\p{Lu}$")).unwrap();
        let portable_cased = Regex::new(&portable(r"(?i)^\p{Lu}$")).unwrap();
        let portable_letter = Regex::new(&portable(r"^\p{L}$")).unwrap();
        for (first, last) in super::CASED_BLOCKS {
            for c in first..=last {
                let s = c.encode_utf8(&mut [0; 4]).to_string();
                assert_eq!(portable_upper.is_match(&s), upper.is_match(&s), "{c:?}");
                // regex's simple case folding keeps Turkish dotless ı apart from I
                if c != 'ı' {
                    assert_eq!(portable_cased.is_match(&s), cased.is_match(&s), "{c:?}");
                }
                if !mark_or_other.is_match(&s) {
                    assert_eq!(portable_letter.is_match(&s), letter.is_match(&s), "{c:?}");
                }
            }
        }
        let name = Regex::new(&portable(r"^\p{Lu}[\p{L}.'’-]+$")).unwrap();
        for yes in [
            "Émile",
            "Łukasz",
            "Ярослав",
            "Jean-Luc",
            "Ole\u{301}",
            "Ἀθῆναι",
        ] {
            assert!(name.is_match(yes), "{yes}");
        }
        for no in ["émile", "3mile", "Jean_Luc", "Ab1"] {
            assert!(!name.is_match(no), "{no}");
        }
    }

    #[test]
    fn expanded_patterns_match_both_cases_and_nothing_more() {
        let re = Regex::new(&portable(r"(?i)^(?:vor|il y a)\s+\d+\s+(?:minuten|mois)$")).unwrap();
        for yes in [
            "vor 5 Minuten",
            "VOR 5 MINUTEN",
            "Il y a 3 mois",
            "il Y A 3 MOIS",
        ] {
            assert!(re.is_match(yes), "{yes}");
        }
        for no in ["vor 5 Minutes", "ilya 3 mois"] {
            assert!(!re.is_match(no), "{no}");
        }
        let mixed = Regex::new(&portable(r"^(?i:by)\s+[A-Z]\w+")).unwrap();
        assert!(mixed.is_match("BY Anna") && mixed.is_match("by Anna"));
        assert!(!mixed.is_match("by anna"));
    }
}
