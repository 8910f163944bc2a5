//! The named character references of HTML (WHATWG's `entities.json`, 2,231 names), read from
//! one table, `entities.txt`: a line per name, sorted, with the code points it stands for in
//! hexadecimal. The table is read into a sorted list once, at the first reference.
//!
//! Lede's copy of html5gum differs from the published crate in this file only: there, the
//! same names are written out as 58 functions of string pairs, which in WebAssembly take
//! about 25 KB gzip against about 11 KB here.

use std::sync::OnceLock;

pub(crate) struct CharRef {
    /// Name as it appears escaped in HTML, without its first two characters
    pub(crate) name: &'static str,
    /// Unescaped character codepoints
    pub(crate) characters: &'static str,
}

/// Every name with what it stands for, by its first two characters, the longer names first
/// (so the first one the input continues with is the longest match).
fn references() -> &'static [(&'static str, String)] {
    static REFERENCES: OnceLock<Vec<(&'static str, String)>> = OnceLock::new();
    REFERENCES.get_or_init(|| {
        let mut references: Vec<(&'static str, String)> = include_str!("entities.txt")
            .lines()
            .filter_map(|line| {
                let (name, points) = line.split_once(' ')?;
                let characters = points
                    .split(',')
                    .filter_map(|hex| char::from_u32(u32::from_str_radix(hex, 16).ok()?))
                    .collect();
                Some((name, characters))
            })
            .collect();
        references.sort_by(|(a, _), (b, _)| a[..2].cmp(&b[..2]).then(b.len().cmp(&a.len())));
        // (the names are ASCII, so their first two bytes are their first two characters)
        references
    })
}

pub(crate) fn try_read_character_reference<E>(
    first_char: char,
    second_char: char,
    mut try_read: impl FnMut(&str) -> Result<bool, E>,
) -> Result<Option<CharRef>, E> {
    // every name is ASCII, two characters long at least
    if !first_char.is_ascii() || !second_char.is_ascii() {
        return Ok(None);
    }
    let start = [first_char as u8, second_char as u8];
    let references = references();
    let from = references.partition_point(|(name, _)| name.as_bytes()[..2] < start[..]);
    for (name, characters) in references[from..]
        .iter()
        .take_while(|(name, _)| name.as_bytes()[..2] == start[..])
    {
        let rest = &name[2..];
        if rest.is_empty() || try_read(rest)? {
            return Ok(Some(CharRef {
                name: rest,
                characters,
            }));
        }
    }
    Ok(None)
}
