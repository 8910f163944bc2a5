//! The regex crate's Perl classes `\w`, `\d` and `\s`, and letters (`\p{L}` as
//! [`crate::pattern`] reads it), written out as classes from the standard library's character
//! properties and two small tables, so that the page's regex needs none of its own Unicode
//! tables (Perl classes, word boundaries and the property names that come with them).
//!
//! - `\s` is `White_Space`: [`char::is_whitespace`].
//! - `\d` is `\p{Nd}`. Unicode encodes each set of decimal digits as one run from 0 to 9, so
//!   the run's zeros say it all ([`DECIMAL_ZEROS`]).
//! - `\w` is `Alphabetic` ([`char::is_alphabetic`]), `\p{M}`, `\p{Nd}`, `\p{Pc}` and
//!   `Join_Control`. Most marks are alphabetic; the others are [`OTHER_MARKS`].
//!
//! The tests compare each class with the regex crate's own on every character. The standard
//! library may know a newer Unicode than the regex crate: letters assigned since are word
//! characters here too.

use std::sync::OnceLock;

/// The first of each run of ten decimal digits (`\p{Nd}`).
const DECIMAL_ZEROS: [u32; 76] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x10d40, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0,
    0x11650, 0x116c0, 0x116d0, 0x116da, 0x11730, 0x118e0, 0x11950, 0x11bf0, 0x11c50, 0x11d50,
    0x11da0, 0x11f50, 0x16130, 0x16a60, 0x16ac0, 0x16b50, 0x16d70, 0x1ccf0, 0x1d7ce, 0x1d7d8,
    0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e5f1, 0x1e950, 0x1fbf0,
];

/// The marks (`\p{M}`) that are not `Alphabetic`, as inclusive ranges.
#[rustfmt::skip]
const OTHER_MARKS: [(char, char); 181] = [
    ('\u{300}', '\u{344}'), ('\u{346}', '\u{362}'), ('\u{483}', '\u{489}'),
    ('\u{591}', '\u{5af}'), ('\u{658}', '\u{658}'), ('\u{6df}', '\u{6e0}'),
    ('\u{6ea}', '\u{6ec}'), ('\u{740}', '\u{74a}'), ('\u{7eb}', '\u{7f3}'),
    ('\u{7fd}', '\u{7fd}'), ('\u{818}', '\u{819}'), ('\u{82d}', '\u{82d}'),
    ('\u{859}', '\u{85b}'), ('\u{898}', '\u{89f}'), ('\u{8ca}', '\u{8d3}'),
    ('\u{8e0}', '\u{8e1}'), ('\u{8ea}', '\u{8ef}'), ('\u{93c}', '\u{93c}'),
    ('\u{94d}', '\u{94d}'), ('\u{951}', '\u{954}'), ('\u{9bc}', '\u{9bc}'),
    ('\u{9cd}', '\u{9cd}'), ('\u{9fe}', '\u{9fe}'), ('\u{a3c}', '\u{a3c}'),
    ('\u{a4d}', '\u{a4d}'), ('\u{abc}', '\u{abc}'), ('\u{acd}', '\u{acd}'),
    ('\u{afd}', '\u{aff}'), ('\u{b3c}', '\u{b3c}'), ('\u{b4d}', '\u{b4d}'),
    ('\u{b55}', '\u{b55}'), ('\u{bcd}', '\u{bcd}'), ('\u{c3c}', '\u{c3c}'),
    ('\u{c4d}', '\u{c4d}'), ('\u{cbc}', '\u{cbc}'), ('\u{ccd}', '\u{ccd}'),
    ('\u{d3b}', '\u{d3c}'), ('\u{d4d}', '\u{d4d}'), ('\u{dca}', '\u{dca}'),
    ('\u{e47}', '\u{e4c}'), ('\u{e4e}', '\u{e4e}'), ('\u{eba}', '\u{eba}'),
    ('\u{ec8}', '\u{ecc}'), ('\u{ece}', '\u{ece}'), ('\u{f18}', '\u{f19}'),
    ('\u{f35}', '\u{f35}'), ('\u{f37}', '\u{f37}'), ('\u{f39}', '\u{f39}'),
    ('\u{f3e}', '\u{f3f}'), ('\u{f84}', '\u{f84}'), ('\u{f86}', '\u{f87}'),
    ('\u{fc6}', '\u{fc6}'), ('\u{1037}', '\u{1037}'), ('\u{1039}', '\u{103a}'),
    ('\u{135d}', '\u{135f}'), ('\u{1714}', '\u{1715}'), ('\u{1734}', '\u{1734}'),
    ('\u{17b4}', '\u{17b5}'), ('\u{17c9}', '\u{17d3}'), ('\u{17dd}', '\u{17dd}'),
    ('\u{180b}', '\u{180d}'), ('\u{180f}', '\u{180f}'), ('\u{1939}', '\u{193b}'),
    ('\u{1a60}', '\u{1a60}'), ('\u{1a75}', '\u{1a7c}'), ('\u{1a7f}', '\u{1a7f}'),
    ('\u{1ab0}', '\u{1abe}'), ('\u{1ac1}', '\u{1acb}'), ('\u{1b34}', '\u{1b34}'),
    ('\u{1b44}', '\u{1b44}'), ('\u{1b6b}', '\u{1b73}'), ('\u{1baa}', '\u{1bab}'),
    ('\u{1be6}', '\u{1be6}'), ('\u{1bf2}', '\u{1bf3}'), ('\u{1c37}', '\u{1c37}'),
    ('\u{1cd0}', '\u{1cd2}'), ('\u{1cd4}', '\u{1ce8}'), ('\u{1ced}', '\u{1ced}'),
    ('\u{1cf4}', '\u{1cf4}'), ('\u{1cf7}', '\u{1cf9}'), ('\u{1dc0}', '\u{1dd2}'),
    ('\u{1df5}', '\u{1dff}'), ('\u{20d0}', '\u{20f0}'), ('\u{2cef}', '\u{2cf1}'),
    ('\u{2d7f}', '\u{2d7f}'), ('\u{302a}', '\u{302f}'), ('\u{3099}', '\u{309a}'),
    ('\u{a66f}', '\u{a672}'), ('\u{a67c}', '\u{a67d}'), ('\u{a6f0}', '\u{a6f1}'),
    ('\u{a806}', '\u{a806}'), ('\u{a82c}', '\u{a82c}'), ('\u{a8c4}', '\u{a8c4}'),
    ('\u{a8e0}', '\u{a8f1}'), ('\u{a92b}', '\u{a92d}'), ('\u{a953}', '\u{a953}'),
    ('\u{a9b3}', '\u{a9b3}'), ('\u{a9c0}', '\u{a9c0}'), ('\u{aabf}', '\u{aabf}'),
    ('\u{aac1}', '\u{aac1}'), ('\u{aaf6}', '\u{aaf6}'), ('\u{abec}', '\u{abed}'),
    ('\u{fe00}', '\u{fe0f}'), ('\u{fe20}', '\u{fe2f}'), ('\u{101fd}', '\u{101fd}'),
    ('\u{102e0}', '\u{102e0}'), ('\u{10a38}', '\u{10a3a}'), ('\u{10a3f}', '\u{10a3f}'),
    ('\u{10ae5}', '\u{10ae6}'), ('\u{10d6a}', '\u{10d6d}'), ('\u{10efd}', '\u{10eff}'),
    ('\u{10f46}', '\u{10f50}'), ('\u{10f82}', '\u{10f85}'), ('\u{11046}', '\u{11046}'),
    ('\u{11070}', '\u{11070}'), ('\u{1107f}', '\u{1107f}'), ('\u{110b9}', '\u{110ba}'),
    ('\u{11133}', '\u{11134}'), ('\u{11173}', '\u{11173}'), ('\u{111c0}', '\u{111c0}'),
    ('\u{111c9}', '\u{111cc}'), ('\u{11235}', '\u{11236}'), ('\u{112e9}', '\u{112ea}'),
    ('\u{1133b}', '\u{1133c}'), ('\u{1134d}', '\u{1134d}'), ('\u{11366}', '\u{1136c}'),
    ('\u{11370}', '\u{11374}'), ('\u{113ce}', '\u{113d0}'), ('\u{113d2}', '\u{113d2}'),
    ('\u{113e1}', '\u{113e2}'), ('\u{11442}', '\u{11442}'), ('\u{11446}', '\u{11446}'),
    ('\u{1145e}', '\u{1145e}'), ('\u{114c2}', '\u{114c3}'), ('\u{115bf}', '\u{115c0}'),
    ('\u{1163f}', '\u{1163f}'), ('\u{116b6}', '\u{116b7}'), ('\u{1172b}', '\u{1172b}'),
    ('\u{11839}', '\u{1183a}'), ('\u{1193d}', '\u{1193e}'), ('\u{11943}', '\u{11943}'),
    ('\u{119e0}', '\u{119e0}'), ('\u{11a33}', '\u{11a34}'), ('\u{11a47}', '\u{11a47}'),
    ('\u{11a98}', '\u{11a99}'), ('\u{11c3f}', '\u{11c3f}'), ('\u{11d42}', '\u{11d42}'),
    ('\u{11d44}', '\u{11d45}'), ('\u{11d97}', '\u{11d97}'), ('\u{11f41}', '\u{11f42}'),
    ('\u{11f5a}', '\u{11f5a}'), ('\u{13440}', '\u{13440}'), ('\u{13447}', '\u{13455}'),
    ('\u{1612f}', '\u{1612f}'), ('\u{16af0}', '\u{16af4}'), ('\u{16b30}', '\u{16b36}'),
    ('\u{16fe4}', '\u{16fe4}'), ('\u{1bc9d}', '\u{1bc9d}'), ('\u{1cf00}', '\u{1cf2d}'),
    ('\u{1cf30}', '\u{1cf46}'), ('\u{1d165}', '\u{1d169}'), ('\u{1d16d}', '\u{1d172}'),
    ('\u{1d17b}', '\u{1d182}'), ('\u{1d185}', '\u{1d18b}'), ('\u{1d1aa}', '\u{1d1ad}'),
    ('\u{1d242}', '\u{1d244}'), ('\u{1da00}', '\u{1da36}'), ('\u{1da3b}', '\u{1da6c}'),
    ('\u{1da75}', '\u{1da75}'), ('\u{1da84}', '\u{1da84}'), ('\u{1da9b}', '\u{1da9f}'),
    ('\u{1daa1}', '\u{1daaf}'), ('\u{1e130}', '\u{1e136}'), ('\u{1e2ae}', '\u{1e2ae}'),
    ('\u{1e2ec}', '\u{1e2ef}'), ('\u{1e4ec}', '\u{1e4ef}'), ('\u{1e5ee}', '\u{1e5ef}'),
    ('\u{1e8d0}', '\u{1e8d6}'), ('\u{1e944}', '\u{1e946}'), ('\u{1e948}', '\u{1e94a}'),
    ('\u{e0100}', '\u{e01ef}'),
];

/// Connector punctuation (`\p{Pc}`) and the joiners (`Join_Control`): the word characters
/// that are neither letters, digits nor marks.
const CONNECTORS_AND_JOINERS: [char; 12] = [
    '_', '‿', '⁀', '⁔', '︳', '︴', '﹍', '﹎', '﹏', '＿', '\u{200c}', '\u{200d}',
];

/// The end of the planes that hold letters, digits and spaces (planes 0 to 3); beyond it only
/// some of [`OTHER_MARKS`] are word characters.
const LETTER_PLANES_END: char = '\u{3ffff}';

/// A mark (`\p{M}`) that is not alphabetic.
pub fn is_other_mark(c: char) -> bool {
    let range = OTHER_MARKS.partition_point(|&(_, last)| last < c);
    OTHER_MARKS.get(range).is_some_and(|&(first, _)| first <= c)
}

/// The classes' contents (what goes between `[` and `]`), each with its negation.
struct Bodies {
    word: [String; 2],
    decimal: [String; 2],
    space: [String; 2],
    /// A letter as Lede's patterns mean `\p{L}`: a word character but a digit or `_`
    /// (letters, and the marks that belong to them).
    letter: String,
}

fn bodies() -> &'static Bodies {
    static BODIES: OnceLock<Bodies> = OnceLock::new();
    BODIES.get_or_init(|| {
        // one pass over the planes of letters and digits, each class gathered as ranges; the
        // tables' ranges are walked alongside, not searched
        let [mut word, mut decimal, mut space, mut letter] = [(); 4].map(|_| Vec::new());
        let mut marks = OTHER_MARKS.iter().peekable();
        let mut zeros = DECIMAL_ZEROS.iter().peekable();
        for c in '\0'..=LETTER_PLANES_END {
            while marks.next_if(|&&(_, last)| last < c).is_some() {}
            while zeros.next_if(|&&zero| zero + 10 <= c as u32).is_some() {}
            let digit = zeros.peek().is_some_and(|&&zero| zero <= c as u32);
            let mark = marks.peek().is_some_and(|&&(first, _)| first <= c);
            if digit {
                add(&mut word, c);
                add(&mut decimal, c);
            } else if mark || c.is_alphabetic() || CONNECTORS_AND_JOINERS.contains(&c) {
                add(&mut word, c);
                if c != '_' {
                    add(&mut letter, c);
                }
            } else if c.is_whitespace() {
                add(&mut space, c);
            }
        }
        for &(first, last) in marks.filter(|&&(first, _)| first > LETTER_PLANES_END) {
            word.push((first, last));
            letter.push((first, last));
        }
        let both = |ranges: Vec<(char, char)>| [written(&ranges), written(&complement(&ranges))];
        Bodies {
            word: both(word),
            decimal: both(decimal),
            space: both(space),
            letter: written(&letter),
        }
    })
}

/// The character after `c`, over the surrogates.
fn after(c: char) -> Option<char> {
    match c {
        '\u{d7ff}' => Some('\u{e000}'),
        _ => char::from_u32(c as u32 + 1),
    }
}

/// The character before `c`, over the surrogates.
fn before(c: char) -> Option<char> {
    match c {
        '\u{e000}' => Some('\u{d7ff}'),
        _ => char::from_u32((c as u32).checked_sub(1)?),
    }
}

/// Adds `c`, which comes after every character in `ranges`.
fn add(ranges: &mut Vec<(char, char)>, c: char) {
    match ranges.last_mut() {
        Some((_, last)) if after(*last) == Some(c) => *last = c,
        _ => ranges.push((c, c)),
    }
}

/// The characters in none of `ranges` (ascending, apart).
fn complement(ranges: &[(char, char)]) -> Vec<(char, char)> {
    let mut out = Vec::new();
    let mut next = Some('\0');
    for &(first, last) in ranges {
        if let (Some(from), Some(to)) = (next, before(first)) {
            if from <= to {
                out.push((from, to));
            }
        }
        next = after(last);
    }
    if let Some(from) = next {
        out.push((from, char::MAX));
    }
    out
}

/// `ranges` written as a class's members.
fn written(ranges: &[(char, char)]) -> String {
    let mut out = String::new();
    for &range in ranges {
        push_range(&mut out, range);
    }
    out
}

fn push_range(out: &mut String, (first, last): (char, char)) {
    push_member(out, first);
    if last != first {
        out.push('-');
        push_member(out, last);
    }
}

/// A character as a class member: punctuation escaped, controls but whitespace in hex.
/// Whitespace is written as it is (no pattern of Lede's sets the `x` flag: [`crate::pattern`]
/// refuses it), which the regex parser reads faster than an escape.
fn push_member(out: &mut String, c: char) {
    if c.is_ascii_punctuation() {
        out.push('\\');
        out.push(c);
    } else if c.is_control() && !c.is_whitespace() {
        out.push_str(&format!("\\x{{{:x}}}", c as u32));
    } else {
        out.push(c);
    }
}

/// The class a Perl escape (`\w`, `\W`, `\d`, `\D`, `\s`, `\S`) or `\p{L}` stands for, inside
/// a class (`in_class`: its members alone) or on its own (in brackets); `None` for any other
/// escape.
pub fn class_for(escape: &str, in_class: bool) -> Option<String> {
    let b = bodies();
    let members = match escape {
        r"\w" => &b.word[0],
        r"\W" => &b.word[1],
        r"\d" => &b.decimal[0],
        r"\D" => &b.decimal[1],
        r"\s" => &b.space[0],
        r"\S" => &b.space[1],
        r"\p{L}" => &b.letter,
        _ => return None,
    };
    Some(if in_class {
        members.clone()
    } else {
        format!("[{members}]")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pattern::portable;
    use regex::Regex;

    fn oracle(pattern: &str) -> Regex {
        Regex::new(pattern).unwrap()
    }

    /// Each written class, compiled, holds what the regex crate's own holds, and its negation
    /// everything else: on every character (the surrogates' edges and the last one included),
    /// but for the word classes on those the regex crate's tables have assigned (the standard
    /// library may know a newer Unicode).
    #[test]
    fn the_written_classes_hold_what_the_regex_crates_own_hold() {
        let unassigned = oracle(r"^\p{Cn}$");
        let cases = [
            (r"\w", r"\w", Some(r"\W")),
            (r"\d", r"\d", Some(r"\D")),
            (r"\s", r"\s", Some(r"\S")),
            (r"\p{L}", r"[^\W\d_]", None),
        ];
        for (escape, own, negation) in cases {
            let written = oracle(&format!("^{}$", portable(escape)));
            let own = oracle(&format!("^{own}$"));
            let negated = negation.map(|n| oracle(&format!("^{}$", portable(n))));
            let by_word = matches!(escape, r"\w" | r"\p{L}");
            for c in '\0'..=char::MAX {
                let s = c.encode_utf8(&mut [0; 4]).to_string();
                if !(by_word && unassigned.is_match(&s)) {
                    assert_eq!(written.is_match(&s), own.is_match(&s), "{escape} {c:?}");
                }
                if let Some(negated) = &negated {
                    assert_ne!(negated.is_match(&s), written.is_match(&s), "{escape} {c:?}");
                }
            }
        }
    }

    #[test]
    fn letters_digits_and_spaces_end_in_the_planes_walked() {
        assert!(DECIMAL_ZEROS
            .iter()
            .all(|&zero| zero + 9 <= LETTER_PLANES_END as u32));
        for c in char::from_u32(LETTER_PLANES_END as u32 + 1).unwrap()..=char::MAX {
            assert!(!c.is_alphabetic() && !c.is_whitespace(), "{c:?}");
        }
    }
}
