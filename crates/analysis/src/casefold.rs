//! Case-insensitive patterns without the regex crate's Unicode case-folding table.
//!
//! Lede's rules are written with `(?i)` and `(?i:…)`, which in Unicode mode need the regex
//! crate's case-folding table (about 11 KB of the page). Before compiling, [`expand_case`]
//! rewrites such a scope so that it needs none: runs of ASCII letters become ASCII-only
//! case-insensitive groups (`(?i)Mai` → `(?i-u:Mai)`), other letters classes of their cases
//! from the standard library's mappings (`é` → `[éÉ]`, `[a-zé]` → `[a-zA-ZéÉ]`), and classes
//! of one case any cased letter (`\p{Lu}` → `\p{LC}`), which is what the regex parser itself
//! makes of `(?i)`. Letters whose other case is several characters (`ß` → `SS`) keep their
//! one form.

/// The pattern with every `(?i)` scope spelled out as case classes and no `i` flag left.
/// Everything else (escapes, `\p{…}`, group names, repetitions) passes through unchanged.
pub fn expand_case(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() * 2);
    let mut rest = pattern;
    // case-insensitivity of each open group on entry, and of the current position
    let mut scopes: Vec<bool> = Vec::new();
    let mut insensitive = false;
    while let Some(c) = rest.chars().next() {
        match c {
            '\\' => {
                let escape = &rest[..escape_len(rest)];
                out.push_str(cased_escape(escape, insensitive));
                rest = &rest[escape.len()..];
            }
            '[' => {
                let (class, len) = class(rest, insensitive);
                out.push_str(&class);
                rest = &rest[len..];
            }
            '(' => {
                scopes.push(insensitive);
                if let Some(after) = rest.strip_prefix("(?") {
                    let flags_end = after
                        .find(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
                        .unwrap_or(after.len());
                    let flags = &after[..flags_end];
                    let end = after[flags_end..].chars().next();
                    if matches!(end, Some(':' | ')')) && !flags.starts_with('P') {
                        let (kept, set) = without_i(flags);
                        if let Some(set) = set {
                            insensitive = set;
                        }
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
                insensitive = scopes.pop().unwrap_or(false);
                out.push(')');
                rest = &rest[1..];
            }
            '{' => {
                // a repetition count: digits and a comma
                let len = rest.find('}').map_or(rest.len(), |i| i + 1);
                out.push_str(&rest[..len]);
                rest = &rest[len..];
            }
            _ if insensitive && c.is_ascii_alphabetic() => {
                let run = ascii_run(rest);
                out.push_str("(?i-u:");
                out.push_str(&rest[..run]);
                out.push(')');
                rest = &rest[run..];
            }
            _ => {
                match cases(c).filter(|_| insensitive) {
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
    out
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

/// Flags without `i`, and what they set case-insensitivity to (`Some(false)` for `-i`).
fn without_i(flags: &str) -> (String, Option<bool>) {
    let mut kept = String::new();
    let mut set = None;
    let mut negated = false;
    for f in flags.chars() {
        match f {
            '-' => negated = true,
            'i' => set = Some(!negated),
            _ => {
                if negated && !kept.contains('-') {
                    kept.push('-');
                }
                kept.push(f);
            }
        }
    }
    (kept, set)
}

/// An escape as it reads in a case-insensitive scope: a class of upper- or lower-case letters
/// means every cased letter there.
fn cased_escape(escape: &str, insensitive: bool) -> &str {
    match escape {
        r"\p{Lu}" | r"\p{Ll}" | r"\p{Lt}" if insensitive => r"\p{LC}",
        _ => escape,
    }
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
fn class(rest: &str, insensitive: bool) -> (String, usize) {
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
            out.push_str(cased_escape(escape, insensitive));
            i += escape.len();
            continue;
        }
        if c == '[' {
            if let Some(end) = tail.strip_prefix("[:").and_then(|t| t.find(":]")) {
                // an ASCII class `[:alpha:]`
                out.push_str(&tail[..end + 4]);
                i += end + 4;
            } else {
                let (inner, len) = class(tail, insensitive);
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
    fn single(mut chars: impl Iterator<Item = char>) -> Option<char> {
        let first = chars.next()?;
        chars.next().is_none().then_some(first)
    }
    let mut all = vec![c];
    for other in [single(c.to_lowercase()), single(c.to_uppercase())]
        .into_iter()
        .flatten()
    {
        if !all.contains(&other) {
            all.push(other);
        }
    }
    (all.len() > 1).then_some(all)
}

#[cfg(test)]
mod tests {
    use super::expand_case;
    use regex::Regex;

    #[test]
    fn letters_in_a_case_insensitive_scope_become_classes_of_their_cases() {
        let cases = [
            ("(?i)Mai", "(?i-u:Mai)"),
            ("(?i:ab)c", "(?:(?i-u:ab))c"),
            ("(?i)abc+|a1 b", "(?i-u:ab)(?i-u:c)+|(?i-u:a1 b)"),
            ("x(?i)é(?-i)é", "x[éÉ]é"),
            (r"(?i)\d+\s*h\b", r"\d+\s*(?i-u:h)\b"),
            (r"(?i)\p{Lu}\P{L}", r"\p{LC}\P{L}"),
            (r"\p{Lu}(?i:\p{Lu})", r"\p{Lu}(?:\p{LC})"),
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
            assert_eq!(expand_case(pattern), expected, "{pattern}");
        }
    }

    #[test]
    fn expanded_patterns_match_both_cases_and_nothing_more() {
        let re = Regex::new(&expand_case(
            r"(?i)^(?:vor|il y a)\s+\d+\s+(?:minuten|mois)$",
        ))
        .unwrap();
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
        let mixed = Regex::new(&expand_case(r"^(?i:by)\s+[A-Z]\w+")).unwrap();
        assert!(mixed.is_match("BY Anna") && mixed.is_match("by Anna"));
        assert!(!mixed.is_match("by anna"));
    }
}
