//! The rule machinery: a rule is a row (name, pattern, example, builder); a language's rows
//! and word tables compile once into one case-insensitive regex whose alternatives are the
//! rules in priority order.
//!
//! A search runs that combined automaton without capture groups (one pattern per rule, so the
//! match names its rule); only the matched rule's own regex, compiled on first use, then
//! reads the placeholder groups of that one match.
//!
//! Patterns use placeholders that the language's [`Lexicon`] fills: `{month}`, `{weekday}`,
//! `{day}`, `{year}`, `{num}`, `{unit}`, `{hour}`, `{minute}`, `{ampm}`, `{daypart}`,
//! `{season}`, `{holiday}`, `{ordinal}`, `{tz}`. A trailing digit names a second use (`{month2}`).

use super::value::{Holiday, Timex, Unit};
use crate::case::ToLower;
use crate::pattern::{built, portable};
use crate::wordlist::Words;
use regex_automata::util::captures::Captures;
use regex_automata::{meta, util::syntax, Anchored, Input};
use std::sync::OnceLock;

/// One extraction rule.
pub struct Rule {
    pub name: &'static str,
    pub pattern: &'static str,
    /// A phrase the rule must match whole (checked by a test).
    pub example: &'static str,
    pub build: fn(&Caps) -> Option<Timex>,
}

/// A language's words for dates.
pub struct Lexicon {
    pub months: &'static [(&'static str, u8)],
    pub weekdays: &'static [(&'static str, u8)],
    /// Number words ("two" → 2); digits are always numbers.
    pub numbers: &'static [(&'static str, f64)],
    /// Unit words, singular and plural.
    pub units: &'static [(&'static str, Unit)],
    /// Ordinal suffix after a day number ("st", "er").
    pub day_suffix: &'static str,
    pub dayparts: &'static [(&'static str, &'static str)],
    pub seasons: &'static [(&'static str, &'static str)],
    pub ordinals: &'static [(&'static str, u8)],
    /// Named days of the year ("Christmas", "Thanksgiving Day").
    pub holidays: &'static [(&'static str, Holiday)],
}

/// A compiled language: the combined automaton and, per rule, its own regex and groups.
pub struct Grammar {
    /// Every rule as one pattern, in priority order (leftmost-first: the first rule matching
    /// at the leftmost position wins, as in one alternation).
    finder: meta::Regex,
    pub rules: Vec<&'static Rule>,
    pub lexicon: &'static Lexicon,
    /// Per rule: its pattern with placeholders filled in, its regex (built on first use) and
    /// its named groups (name → index in that regex).
    bodies: Vec<RuleRegex>,
}

/// One rule's filled-in pattern, compiled when a match first needs its groups.
struct RuleRegex {
    pattern: String,
    regex: OnceLock<meta::Regex>,
    groups: Vec<(&'static str, usize)>,
}

const SIZE_LIMIT: usize = 64 << 20;

impl RuleRegex {
    /// The rule's regex; it only ever reads groups within a known match, so it needs no
    /// DFA nor prefilter (cheaper to build).
    fn regex(&self) -> &meta::Regex {
        self.regex.get_or_init(|| {
            built(
                meta::Builder::new()
                    .configure(
                        meta::Config::new()
                            .nfa_size_limit(Some(SIZE_LIMIT))
                            .auto_prefilter(false)
                            .hybrid(false)
                            .dfa(false)
                            .onepass(false),
                    )
                    .syntax(syntax::Config::new().utf8(true))
                    .build(&self.pattern),
                "temporal rule",
            )
        })
    }
}

/// The captures of one rule's match.
pub struct Caps<'a> {
    /// The whole match.
    pub text: &'a str,
    haystack: &'a str,
    locs: &'a Captures,
    groups: &'a [(&'static str, usize)],
    pub lexicon: &'static Lexicon,
}

impl<'a> Caps<'a> {
    /// The text of a placeholder group, if it took part.
    pub fn get(&self, name: &str) -> Option<&'a str> {
        let (_, idx) = self.groups.iter().find(|(n, _)| *n == name)?;
        self.locs
            .get_group(*idx)
            .map(|span| &self.haystack[span.start..span.end])
    }
    pub fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }
    /// The whole match, lowercased.
    pub fn lower(&self) -> String {
        self.text.to_lower()
    }
    pub fn month(&self, name: &str) -> Option<u8> {
        lookup(self.lexicon.months, self.get(name)?)
    }
    pub fn weekday(&self, name: &str) -> Option<u8> {
        lookup(self.lexicon.weekdays, self.get(name)?)
    }
    pub fn daypart(&self, name: &str) -> Option<&'static str> {
        lookup(self.lexicon.dayparts, self.get(name)?)
    }
    pub fn season(&self, name: &str) -> Option<&'static str> {
        lookup(self.lexicon.seasons, self.get(name)?)
    }
    pub fn ordinal(&self, name: &str) -> Option<u8> {
        let s = self.get(name)?;
        let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
        digits
            .parse()
            .ok()
            .or_else(|| lookup(self.lexicon.ordinals, s))
    }
    pub fn holiday(&self, name: &str) -> Option<Holiday> {
        lookup(self.lexicon.holidays, self.get(name)?)
    }
    pub fn unit(&self, name: &str) -> Option<Unit> {
        lookup(self.lexicon.units, self.get(name)?)
    }
    pub fn int(&self, name: &str) -> Option<i32> {
        let s = self.get(name)?;
        let digits: String = s.chars().filter(char::is_ascii_digit).collect();
        digits.parse().ok()
    }
    /// A number written in digits or words; `None` inside `Some` for vague amounts ("several").
    pub fn number(&self, name: &str) -> Option<Option<f64>> {
        let s = self.get(name)?.to_lower();
        Some(parse_number(&s, self.lexicon.numbers))
    }
}

/// A number in ASCII digits with an optional decimal part ("12", "2.5"), read without the
/// float parser (whose tables the page would carry for this alone).
fn decimal(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits(int) || !digits(frac) || s.ends_with('.') {
        return None;
    }
    let whole: u64 = int.parse().ok()?;
    let (tenths, scale) = frac.bytes().take(9).fold((0u64, 1u64), |(v, scale), b| {
        (v * 10 + u64::from(b - b'0'), scale * 10)
    });
    Some(whole as f64 + tenths as f64 / scale as f64)
}

/// A number in digits ("5", "5 1/2", "2.5") or words ("twenty-five"); `None` for vague ones.
pub fn parse_number(s: &str, words: &[(&str, f64)]) -> Option<f64> {
    let s = s.trim();
    if let Some(rest) = s.strip_suffix(" 1/2") {
        return parse_number(rest, words).map(|n| n + 0.5);
    }
    if let Some(n) = decimal(&s.replace(',', "")) {
        return Some(n);
    }
    if let Some(n) = lookup(words, s) {
        return (n >= 0.0).then_some(n);
    }
    let mut total = 0.0;
    let mut any = false;
    for part in s.split(['-', ' ']).filter(|p| !p.is_empty() && *p != "and") {
        let v = lookup(words, part)?;
        if v < 0.0 {
            return None;
        }
        if (v == 100.0 || v == 1000.0) && total > 0.0 {
            total *= v;
        } else {
            total += v;
        }
        any = true;
    }
    any.then_some(total)
}

/// Looks a word up in a table, ignoring case and a trailing full stop.
pub fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    let w = word.trim_end_matches('.').to_lower();
    let w = w.trim();
    table.iter().find(|(k, _)| *k == w).map(|(_, v)| *v)
}

/// An alternation of table words, longest first. A word ending in an ASCII letter must end
/// there (an ASCII word boundary, which the lazy DFA supports); an abbreviation (a longer
/// word of the table starts with it) may instead end in a full stop.
fn words<T>(table: &[(&str, T)], dots: bool) -> String {
    alternation(table.iter().map(|(k, _)| *k).collect(), dots)
}

/// [`words`] of the table's keys, apart from the generic table: one copy of the code, whatever
/// the tables' value types.
fn alternation(mut keys: Vec<&str>, dots: bool) -> String {
    keys.sort_by_key(|k| std::cmp::Reverse(k.chars().count()));
    keys.dedup();
    keys.iter()
        .map(|k| {
            let escaped = regex::escape(k).replace(' ', r"\s+");
            let ascii_end = k.ends_with(|c: char| c.is_ascii_alphabetic());
            let abbreviation = dots && keys.iter().any(|o| o.len() > k.len() && o.starts_with(*k));
            match (abbreviation, ascii_end) {
                (true, true) => format!(r"{escaped}(?:\.|(?-u:\b))"),
                (true, false) => format!(r"{escaped}\.?"),
                (false, true) => format!(r"{escaped}(?-u:\b)"),
                (false, false) => escaped,
            }
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// Number words that join with a space as well as a hyphen: tens and units ("twenty four"),
/// and a count of hundreds ("one hundred", "a hundred"); empty when the table has neither.
fn compound_numbers(numbers: &[(&str, f64)]) -> String {
    let pick = |keep: &dyn Fn(f64) -> bool| -> Vec<(&str, f64)> {
        numbers
            .iter()
            .filter(|(k, v)| keep(*v) && !k.contains(' '))
            .copied()
            .collect()
    };
    let tens = pick(&|v| (20.0..100.0).contains(&v) && v % 10.0 == 0.0);
    let units = pick(&|v| (1.0..10.0).contains(&v) && v.fract() == 0.0);
    let hundred = pick(&|v| v == 100.0 || v == 1000.0);
    let mut out = String::new();
    if !tens.is_empty() && !units.is_empty() {
        out.push_str(&format!(
            r"(?:{})[\s-]+(?:{})|",
            words(&tens, false),
            words(&units, false)
        ));
    }
    if !units.is_empty() && !hundred.is_empty() {
        out.push_str(&format!(
            r"(?:{})\s+(?:{})|",
            words(&units, false),
            words(&hundred, false)
        ));
    }
    out
}

/// The regex text a placeholder class stands for.
fn class(name: &str, lex: &Lexicon) -> String {
    match name {
        "month" => words(lex.months, true),
        "weekday" => words(lex.weekdays, true),
        "day" => format!(r"(?:[12][0-9]|3[01]|0?[1-9])(?:{})?", lex.day_suffix),
        "year" => r"(?:1[0-9]{3}|20[0-9]{2})".into(),
        "num" => format!(
            r"(?:[0-9]+(?:[.,][0-9]+)?(?:\s1/2)?|{compound}(?:{w})(?:-(?:{w}))?)",
            compound = compound_numbers(lex.numbers),
            w = words(lex.numbers, false)
        ),
        "unit" => words(lex.units, false),
        "hour" => r"(?:[01]?[0-9]|2[0-4])".into(),
        "second" => r"(?:[0-5][0-9])".into(),
        "minute" => r"(?:[0-5][0-9])".into(),
        "ampm" => r"(?:[ap]\.m\.?|[ap]\.?m)".into(),
        "daypart" => words(lex.dayparts, false),
        "season" => words(lex.seasons, false),
        "holiday" => words(lex.holidays, false),
        "ordinal" => format!(
            r"(?:[0-9]{{1,2}}(?:st|nd|rd|th)|{})",
            words(lex.ordinals, false)
        ),
        "mm" => r"(?:1[0-2]|0?[1-9])".into(),
        "dd" => r"(?:[12][0-9]|3[01]|0?[1-9])".into(),
        "yy" => r"(?:[0-9]{2})".into(),
        "tz" => r"(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|CET|CEST|MSK|BST)".into(),
        other => panic!("unknown placeholder {{{other}}}"),
    }
}

impl Grammar {
    /// Compiles the rules of one language into one automaton.
    pub fn compile(rules: Vec<&'static Rule>, lexicon: &'static Lexicon) -> Grammar {
        let mut bodies = Vec::with_capacity(rules.len());
        for rule in &rules {
            let mut groups = Vec::new();
            let mut body = String::from("(?i)");
            let mut rest = rule.pattern;
            while let Some(open) = rest.find('{') {
                // `{2}`-style repetition counts pass through untouched
                let close = rest[open..].find('}').expect("closed placeholder") + open;
                let inner = &rest[open + 1..close];
                body.push_str(&rest[..open]);
                if inner.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                    body.push_str(&rest[open..=close]);
                } else {
                    let base = inner.trim_end_matches(|c: char| c.is_ascii_digit());
                    let name: &'static str = placeholder_name(inner);
                    groups.push((name, groups.len() + 1));
                    body.push('(');
                    body.push_str(&class(base, lexicon));
                    body.push(')');
                }
                rest = &rest[close + 1..];
            }
            body.push_str(rest);
            assert_eq!(
                count_groups(&body),
                groups.len(),
                "rule {} uses a capturing group; write (?:…)",
                rule.name
            );
            bodies.push(RuleRegex {
                pattern: portable(&body),
                regex: OnceLock::new(),
                groups,
            });
        }
        let patterns: Vec<&str> = bodies.iter().map(|b| b.pattern.as_str()).collect();
        let finder = built(
            meta::Builder::new()
                .configure(
                    meta::Config::new()
                        .nfa_size_limit(Some(SIZE_LIMIT))
                        .hybrid_cache_capacity(SIZE_LIMIT)
                        .onepass(false)
                        .backtrack(false)
                        .which_captures(regex_automata::nfa::thompson::WhichCaptures::Implicit),
                )
                .syntax(syntax::Config::new().utf8(true))
                .build_many(&patterns),
            "temporal grammar",
        );
        Grammar {
            finder,
            rules,
            lexicon,
            bodies,
        }
    }

    /// Every match in `text`, left to right: (start, end, rule index, value).
    pub fn scan(&self, text: &str, mut on_match: impl FnMut(usize, usize, usize, Option<Timex>)) {
        let mut pos = 0;
        let mut stops = Stops::default();
        while pos < text.len() {
            // Each search looks only as far as a bounded window, so text without breaks, or
            // matches rejected again and again, cost linear time.
            let limit = window_end(text, pos, &mut stops);
            let Some(m) = self.finder.search(&Input::new(&text[..limit]).range(pos..)) else {
                pos = limit;
                continue;
            };
            let (start, end) = (m.start(), m.end());
            if end == start {
                pos = next_char(text, start);
                continue;
            }
            if starts_inside_word(text, start) {
                // no expression starts inside a word: skip the rest of it
                pos = word_end(text, start);
                continue;
            }
            if !is_word_edge(text, start, end) {
                pos = next_char(text, start);
                continue;
            }
            let i = m.pattern().as_usize();
            let rule = &self.bodies[i];
            let regex = rule.regex();
            let mut locs = regex.create_captures();
            // the rule alone, anchored at the match, finds that very match (the text around
            // the span still decides its word boundaries)
            let input = Input::new(&text[..limit])
                .span(start..end)
                .anchored(Anchored::Yes);
            regex.search_captures(&input, &mut locs);
            debug_assert_eq!(locs.get_match().map(|m| m.range()), Some(start..end));
            let c = Caps {
                text: &text[start..end],
                haystack: text,
                locs: &locs,
                groups: &rule.groups,
                lexicon: self.lexicon,
            };
            on_match(start, end, i, (self.rules[i].build)(&c));
            pos = end;
        }
    }
}

/// How far one search may look: at least [`WINDOW`] bytes, then to the next line or sentence
/// end (so no expression is cut), and never more than twice the window.
fn window_end(text: &str, pos: usize, stops: &mut Stops) -> usize {
    const WINDOW: usize = 8 * 1024;
    if text.len() - pos <= 2 * WINDOW {
        return text.len();
    }
    let from = floor_char(text, pos + WINDOW);
    let to = floor_char(text, pos + 2 * WINDOW);
    match stops.first_from(text, from) {
        Some(i) if i < to => i + 1,
        _ => to,
    }
}

/// The line and sentence ends of one scan, found once each: the windows move forward with
/// the scan and ask for the first end after a later position each time, so each byte is
/// read once, not once per window (a text of many expressions and no full stop read 8 KB per
/// expression).
#[derive(Default)]
struct Stops {
    /// Where the last look started, and the first end at or after it (`None`: none to the
    /// text's end); `None` before the first look.
    last: Option<(usize, Option<usize>)>,
}

impl Stops {
    /// The first `\n`, `.`, `!` or `?` at or after `from`.
    fn first_from(&mut self, text: &str, from: usize) -> Option<usize> {
        match self.last {
            // no end between the last look's start and its first end, so that end is the
            // first after `from` too
            Some((looked, first)) if looked <= from && first.is_none_or(|end| end >= from) => first,
            _ => {
                let first = text.as_bytes()[from..]
                    .iter()
                    .position(|b| matches!(b, b'\n' | b'.' | b'!' | b'?'))
                    .map(|i| from + i);
                self.last = Some((from, first));
                first
            }
        }
    }
}

/// The char boundary at or before `i` (the text's end when `i` is beyond it).
pub(crate) fn floor_char(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// True when the character at `start` continues a word begun before it.
fn starts_inside_word(text: &str, start: usize) -> bool {
    let before = text[..start].chars().next_back();
    let first = text[start..].chars().next();
    before.is_some_and(is_word_char) && first.is_some_and(is_word_char)
}

/// The end of the run of word characters that contains `start`.
fn word_end(text: &str, start: usize) -> usize {
    text[start..]
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(text.len(), |(i, _)| start + i)
}

/// Leaks one placeholder name per distinct spelling (a handful, once per grammar).
fn placeholder_name(inner: &str) -> &'static str {
    static KNOWN: Words = Words::new(concat!(
        "month month2 weekday weekday2 day day2 year year2 num num2 unit unit2 hour hour2 minute ",
        "minute2 ampm ampm2 daypart season holiday ordinal tz mm mm2 dd dd2 yy second ",
    ));
    KNOWN
        .iter()
        .find(|k| *k == inner)
        .unwrap_or_else(|| panic!("unknown placeholder {{{inner}}}"))
}

/// The number of capturing groups in a regex fragment.
fn count_groups(body: &str) -> usize {
    let b = body.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'(' if b.get(i + 1) != Some(&b'?') => n += 1,
            b'(' if b.get(i + 2) == Some(&b'P') || b.get(i + 2) == Some(&b'<') => n += 1,
            _ => {}
        }
        i += 1;
    }
    n
}

fn next_char(text: &str, i: usize) -> usize {
    text[i..]
        .chars()
        .next()
        .map_or(text.len(), |c| i + c.len_utf8())
}

/// True when the match neither starts nor ends inside a word (a time glued to a capitalised
/// word, "15:36Parliamentary", still counts).
fn is_word_edge(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first = text[start..].chars().next();
    let last = text[..end].chars().next_back();
    let joins = |a: Option<char>, b: Option<char>| match (a, b) {
        (Some(a), Some(b)) => {
            (a.is_alphanumeric() || a == '_') && (b.is_alphanumeric() || b == '_')
        }
        _ => false,
    };
    let glued_ok =
        last.is_some_and(|c| c.is_ascii_digit()) && after.is_some_and(char::is_uppercase);
    !joins(before, first) && (!joins(last, after) || glued_ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_kept_stops_are_those_a_search_finds(text in "[a. \n!?é]{0,200}", steps in proptest::collection::vec(0usize..40, 1..20)) {
            let mut stops = Stops::default();
            let mut from = 0;
            for step in steps {
                from = floor_char(&text, (from + step).min(text.len()));
                let searched = text[from..].find(['\n', '.', '!', '?']).map(|i| from + i);
                proptest::prop_assert_eq!(stops.first_from(&text, from), searched);
            }
        }
    }

    #[test]
    fn decimals_read_as_the_float_parser_reads_them() {
        for s in ["0", "12", "2.5", "1000", "3.14159", "007", "12.000"] {
            assert_eq!(decimal(s), s.parse::<f64>().ok(), "{s}");
        }
        for s in [
            "", ".5", "5.", "1.2.3", "1e3", "inf", "-5", "+5", "1 000", "٣",
        ] {
            assert_eq!(decimal(s), None, "{s}");
        }
    }
}
