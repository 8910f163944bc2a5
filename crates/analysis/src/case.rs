//! Case mapping from compact tables. The standard library's `to_lowercase` and
//! `to_uppercase` carry a table of every mapped char with its mapping (25 KB of the page's
//! module, 8 KB gzip). `build.rs` writes these tables from the standard library's own
//! mappings, with the same toolchain, so they give the same answers (tested on every char).
//! Lede lowers words with [`ToLower`] and builds its patterns' case classes with [`lower_of`]
//! and [`upper_of`]; clippy refuses the standard library's mappings (`clippy.toml`).

use std::cmp::Ordering;

include!(concat!(env!("OUT_DIR"), "/case_tables.rs"));

/// Chars `first`, `first + stride`, … (`len` of them), each mapped to itself plus `delta`.
struct Run {
    first: u32,
    len: u16,
    stride: u8,
    delta: i32,
}

/// What the run that spans `c` maps it to (itself plus its delta), if one does.
fn mapped_by(runs: &[Run], c: char) -> Option<char> {
    let c = c as u32;
    let i = runs.partition_point(|r| r.first <= c).checked_sub(1)?;
    let run = &runs[i];
    let step = c - run.first;
    let stride = u32::from(run.stride);
    if !step.is_multiple_of(stride) || step / stride >= u32::from(run.len) {
        return None;
    }
    char::from_u32(c.checked_add_signed(run.delta)?)
}

/// True when `c` is in one of `ranges` (`first << 8 | (last - first)`, ascending).
fn in_ranges(ranges: &[u32], c: char) -> bool {
    let c = c as u32;
    ranges
        .binary_search_by(|&r| {
            let (first, last) = (r >> 8, (r >> 8) + (r & 0xff));
            if last < c {
                Ordering::Less
            } else if first > c {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .is_ok()
}

/// The one char `c` lowers to, when that is another char (`None` for `a`, and for `İ`, which
/// lowers to two).
pub fn lower_of(c: char) -> Option<char> {
    mapped_by(&LOWER, c)
}

/// The one char `c` uppers to, when that is another char (`None` for `A`, and for `ß`, which
/// uppers to `SS`).
pub fn upper_of(c: char) -> Option<char> {
    mapped_by(&UPPER, c)
}

/// The lower case of `c`, as `char::to_lowercase` gives it: one char, or `İ`'s two.
pub fn lower_char(c: char) -> impl Iterator<Item = char> {
    let (first, rest) = if c.is_ascii() {
        (c.to_ascii_lowercase(), &[][..])
    } else if let Some(one) = lower_of(c) {
        (one, &[][..])
    } else if let Some((_, to)) = LOWER_MULTI.iter().find(|(from, _)| *from == c) {
        (to[0], &to[1..])
    } else {
        (c, &[][..])
    };
    std::iter::once(first).chain(rest.iter().copied().filter(|&c| c != '\0'))
}

/// Lowering text, as `str::to_lowercase` does it.
pub trait ToLower {
    /// The text in lower case, char by char, with `Σ` as `ς` where it ends a word.
    fn to_lower(&self) -> String;
}

impl ToLower for str {
    fn to_lower(&self) -> String {
        let mut out = String::with_capacity(self.len());
        let mut rest = self;
        while !rest.is_empty() {
            // a run of ASCII at once, then one other char
            let ascii = rest
                .bytes()
                .position(|b| !b.is_ascii())
                .unwrap_or(rest.len());
            let start = out.len();
            out.push_str(&rest[..ascii]);
            out[start..].make_ascii_lowercase();
            rest = &rest[ascii..];
            let Some(c) = rest.chars().next() else {
                break;
            };
            if c == 'Σ' {
                let at = self.len() - rest.len();
                out.push(if ends_word(self, at) { 'ς' } else { 'σ' });
            } else {
                out.extend(lower_char(c));
            }
            rest = &rest[c.len_utf8()..];
        }
        out
    }
}

/// Whether the `Σ` at `at` ends a word (Unicode's Final_Sigma): a cased letter before it and
/// none after it, looking past case-ignorable chars (apostrophes, marks) either way.
fn ends_word(text: &str, at: usize) -> bool {
    fn cased_next(mut chars: impl Iterator<Item = char>) -> bool {
        chars
            .find(|&c| !in_ranges(&CASE_IGNORABLE, c))
            .is_some_and(|c| in_ranges(&CASED, c))
    }
    let after = at + 'Σ'.len_utf8();
    cased_next(text[..at].chars().rev()) && !cased_next(text[after..].chars())
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // the standard library's mappings are the oracle
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The one other char `mapped` is, if it is one.
    fn single_other(c: char, mut mapped: impl Iterator<Item = char>) -> Option<char> {
        match (mapped.next(), mapped.next()) {
            (Some(one), None) if one != c => Some(one),
            _ => None,
        }
    }

    #[test]
    fn every_char_maps_as_the_standard_library_maps_it() {
        for c in '\0'..=char::MAX {
            assert!(lower_char(c).eq(c.to_lowercase()), "{c:?}");
            assert_eq!(lower_of(c), single_other(c, c.to_lowercase()), "{c:?}");
            assert_eq!(upper_of(c), single_other(c, c.to_uppercase()), "{c:?}");
        }
    }

    /// Beside every char, a `Σ` ends a word or not as the standard library decides: this
    /// checks both tables of the final sigma on every char.
    #[test]
    fn every_char_beside_a_sigma_lowers_as_the_standard_library_lowers_it() {
        for c in '\0'..=char::MAX {
            for text in [
                format!("A{c}Σ"),
                format!("AΣ{c}"),
                format!("{c}Σ"),
                format!("Σ{c}a"),
            ] {
                assert_eq!(text.to_lower(), text.to_lowercase(), "{text:?}");
            }
        }
    }

    #[test]
    fn words_lower_as_expected() {
        assert_eq!("ΟΔΥΣΣΕΥΣ".to_lower(), "οδυσσευς");
        assert_eq!("Σ".to_lower(), "σ");
        assert_eq!("ΑΣ'Σ".to_lower(), "ασ'ς");
        assert_eq!("İstanbul".to_lower(), "i\u{307}stanbul");
        assert_eq!("ЛУКАШЕНКО Straße".to_lower(), "лукашенко straße");
        assert_eq!(upper_of('ß'), None);
        assert_eq!(upper_of('é'), Some('É'));
        assert_eq!(lower_of('K'), Some('k'));
        assert_eq!(lower_of('\u{212a}'), Some('k')); // the Kelvin sign
    }

    proptest! {
        #[test]
        fn text_lowers_as_the_standard_library_lowers_it(
            text in "[AaΣσς'\u{301}\u{130}ΟΔ .\\PC]{0,24}"
        ) {
            prop_assert_eq!(text.to_lower(), text.to_lowercase());
        }
    }
}
