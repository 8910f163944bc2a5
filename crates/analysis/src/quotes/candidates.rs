//! Quoted stretches of text: every pair of quotation marks in every paragraph, quotes that
//! run over several paragraphs, and dash-introduced speech (ru, fr, es, it, pt).
//!
//! Only the outermost pair counts: marks nested inside a quote are part of its words.
//! Apostrophes ("don’t", "the players’ union"), primes and inch marks (5'11", 12") are told
//! apart from quotation marks by what stands on either side of them.

use crate::case::ToLower;
use crate::document::trimmed;
use crate::lang::Lang;
use crate::model::Span;

/// A quoted stretch inside one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// Index of the paragraph in the body.
    pub para: usize,
    /// Where the opening mark (or the dash) starts.
    pub open: usize,
    /// The quoted words, without marks and surrounding blanks.
    pub content: Span,
    /// Where the text after the closing mark starts (the paragraph end when unclosed).
    pub close: usize,
    /// True when the quote has a closing mark in this paragraph.
    pub closed: bool,
    /// True when this paragraph goes on with a quote left open by the previous one.
    pub continues: bool,
    /// The rule that found it.
    pub rule: &'static str,
}

/// The marks that may close a quote opened by `open`.
fn closers(open: char) -> &'static [char] {
    match open {
        '“' => &['”', '“', '"'],
        '„' => &['“', '”'],
        '‚' => &['‘', '’'],
        '«' => &['»'],
        '»' => &['«'],
        '‹' => &['›'],
        '›' => &['‹'],
        '"' => &['"', '”'],
        '‘' => &['’', '‘'],
        '\'' => &['\''],
        '「' => &['」'],
        '『' => &['』'],
        '”' => &['”'],
        _ => &[],
    }
}

/// The rule name for a pair opened by `open`.
fn rule_for(open: char) -> &'static str {
    match open {
        '“' | '”' => "direct/curly-double",
        '‘' | '‚' => "direct/curly-single",
        '"' => "direct/straight-double",
        '\'' => "direct/straight-single",
        '«' | '»' => "direct/guillemets",
        '‹' | '›' => "direct/single-guillemets",
        '„' => "direct/low-high",
        '「' | '『' => "direct/corner-brackets",
        _ => "direct/marks",
    }
}

fn is_single(c: char) -> bool {
    matches!(c, '\'' | '‘' | '‚')
}

/// True when a quotation mark `c` may open a quote between `prev` and `next`.
fn may_open(prev: Option<char>, c: char, next: Option<char>) -> bool {
    let Some(next) = next else { return false };
    let before_ok = prev.is_none_or(|p| p.is_whitespace() || "([{—–-―/:;<".contains(p))
        || prev.is_some_and(|p| !closers(p).is_empty() && p != c);
    match c {
        // not an inch mark (12"), not a markup attribute (id="…")
        '"' => prev.is_none_or(|p| !p.is_ascii_digit() && p != '=') && !next.is_whitespace(),
        '\'' | '‘' | '‚' => before_ok && next.is_alphanumeric(),
        '”' | '»' | '›' => before_ok && next.is_alphanumeric(),
        '«' | '„' => true,
        '“' | '‹' | '「' | '『' => !next.is_whitespace() || c == '«',
        _ => false,
    }
}

/// True when `c` closes a quote opened by `open`, between `prev` and `next`.
fn may_close(open: char, prev: Option<char>, c: char, next: Option<char>) -> bool {
    if !closers(open).contains(&c) {
        return false;
    }
    let next_ends_word = next.is_none_or(|n| !n.is_alphanumeric());
    match (open, c) {
        // a second opening curly mark, or a straight mark, used as a closer: only where a
        // word ends
        ('“', '“') | ('‘', '‘') | ('“', '"') | ('"', '”') => {
            next_ends_word && prev.is_some_and(|p| !p.is_whitespace())
        }
        _ if is_single(open) || c == '’' => {
            next_ends_word && prev.is_some_and(|p| !p.is_whitespace())
        }
        _ => true,
    }
}

/// "the workers' money": an apostrophe after a plural, when the quote closes later anyway.
fn plural_possessive(s: &str, at: usize, open: char, prev: Option<char>, c: char) -> bool {
    if !(is_single(open) && matches!(c, '\'' | '’') && prev == Some('s')) {
        return false;
    }
    let after = at + c.len_utf8();
    if !s[after..].starts_with(' ') {
        return false;
    }
    let rest = &s[after..];
    rest.char_indices().any(|(j, d)| {
        let p = rest[..j].chars().next_back();
        let n = rest[j + d.len_utf8()..].chars().next();
        may_close(open, p, d, n) && p != Some('s')
    })
}

/// Finds the quoted stretches of every body paragraph, in order.
pub fn find(text: &str, body: &[Span], lang: Lang) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut left_open = false;
    for (para, span) in body.iter().enumerate() {
        let before = out.len();
        if starts_with_dash(span.of(text)) && uses_dialogue_dash(lang) {
            dash_speech(text, *span, para, lang, &mut out);
            left_open = false;
            continue;
        }
        left_open = marked(text, *span, para, left_open, &mut out);
        if out.len() == before {
            left_open = false;
        }
    }
    out
}

fn uses_dialogue_dash(lang: Lang) -> bool {
    matches!(lang, Lang::Ru | Lang::Fr | Lang::Es | Lang::It | Lang::Pt)
}

fn starts_with_dash(s: &str) -> bool {
    s.starts_with(['—', '―', '–'])
}

/// The quotation marks of a paragraph in order, each with its offset, its length and the
/// characters on either side; two apostrophes in a row ('') stand for one straight double
/// mark, as some typesetting writes it. Other characters are stepped over byte by byte.
fn marks_of(
    s: &str,
) -> impl Iterator<Item = (usize, char, usize, Option<char>, Option<char>)> + '_ {
    let bytes = s.as_bytes();
    // the mark read at `i`, with its length
    let mark_at = move |i: usize| -> (char, usize) {
        let c = s[i..].chars().next().unwrap_or_default();
        if c == '\'' && bytes.get(i + 1) == Some(&b'\'') {
            ('"', 2)
        } else {
            (c, c.len_utf8())
        }
    };
    let mut i = 0;
    // where the last mark ended, and the mark
    let mut last: Option<(usize, char)> = None;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let at = i;
            // the marks beyond ASCII are in U+00AB–U+00BB, U+2018–U+203A and U+300C–U+300F
            if !matches!(bytes[at], b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3) {
                i += 1;
                continue;
            }
            let (c, len) = mark_at(at);
            i += len;
            if !is_mark(c) {
                continue;
            }
            let prev = match last {
                Some((end, m)) if end == at => Some(m),
                _ => s[..at].chars().next_back(),
            };
            let next = (i < bytes.len()).then(|| mark_at(i).0);
            last = Some((i, c));
            return Some((at, c, len, prev, next));
        }
        None
    })
}

/// True for a character that opens or closes a quote.
fn is_mark(c: char) -> bool {
    !closers(c).is_empty() || matches!(c, '’' | '」' | '』')
}

/// Quotes between marks in one paragraph. Returns true when the paragraph ends inside a quote.
fn marked(
    text: &str,
    span: Span,
    para: usize,
    prev_left_open: bool,
    out: &mut Vec<Candidate>,
) -> bool {
    let s = span.of(text);
    let mut open: Option<(usize, char, usize)> = None;
    for (i, c, len, prev, next) in marks_of(s) {
        match open {
            Some((at, mark, mark_len)) => {
                if may_close(mark, prev, c, next) && !plural_possessive(s, i, mark, prev, c) {
                    push(
                        text,
                        span,
                        para,
                        at,
                        at + mark_len,
                        i,
                        i + len,
                        true,
                        mark,
                        out,
                    );
                    open = None;
                }
            }
            None => {
                if !closers(c).is_empty() && may_open(prev, c, next) {
                    // a single mark opens only if it is closed later in the paragraph
                    if is_single(c) || c == '”' || c == '»' || c == '›' {
                        let rest = &s[i + c.len_utf8()..];
                        let closes = rest.char_indices().any(|(j, d)| {
                            let p = rest[..j].chars().next_back();
                            let n = rest[j + d.len_utf8()..].chars().next();
                            may_close(c, p, d, n)
                        });
                        if !closes {
                            continue;
                        }
                    }
                    open = Some((i, c, len));
                }
            }
        }
    }
    if let Some((at, mark, mark_len)) = open {
        if !is_single(mark) {
            let first = out.len();
            push(
                text,
                span,
                para,
                at,
                at + mark_len,
                s.len(),
                s.len(),
                false,
                mark,
                out,
            );
            if out.len() > first && at == 0 && prev_left_open {
                out[first].continues = true;
            }
            return true;
        }
    }
    // a paragraph that opens with a mark continues the quote the previous one left open
    if prev_left_open {
        if let Some(c) = out.iter_mut().rev().find(|c| c.para == para) {
            if c.open == span.start {
                c.continues = true;
            }
        }
    }
    false
}

#[allow(clippy::too_many_arguments)]
fn push(
    text: &str,
    span: Span,
    para: usize,
    open: usize,
    content_start: usize,
    content_end: usize,
    close: usize,
    closed: bool,
    mark: char,
    out: &mut Vec<Candidate>,
) {
    let inner = Span::new(span.start + content_start, span.start + content_end);
    let Some(content) = trimmed(text, inner) else {
        return;
    };
    if !content.of(text).chars().any(char::is_alphanumeric) {
        return;
    }
    out.push(Candidate {
        para,
        open: span.start + open,
        content,
        close: span.start + close,
        closed,
        continues: false,
        rule: if closed {
            rule_for(mark)
        } else {
            "direct/unclosed-paragraph"
        },
    });
}

/// Dialogue dashes: "— Speech, — said X. — More speech." Pieces alternate speech and narration.
fn dash_speech(text: &str, span: Span, para: usize, lang: Lang, out: &mut Vec<Candidate>) {
    let lex = super::cues::lexicon(lang);
    let s = span.of(text);
    let mut cuts = vec![0];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for k in 1..chars.len() {
        let (i, c) = chars[k];
        if !matches!(c, '—' | '―' | '–') {
            continue;
        }
        let prev = chars[k - 1].1;
        let next = chars.get(k + 1).map(|x| x.1);
        let spaced =
            prev.is_whitespace() || next.is_none_or(|n| n.is_whitespace() || ".,".contains(n));
        if spaced {
            cuts.push(i);
        }
    }
    cuts.push(s.len());
    // a piece is narration after speech that hands over (a comma, no full stop) or when it
    // starts in lower case; otherwise it is a new turn of speech
    let mut prev_speech_open = false;
    for (n, pair) in cuts.windows(2).enumerate() {
        let raw = s[pair[0]..pair[1]].trim_start_matches(['—', '―', '–']);
        let first = raw
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .chars()
            .next();
        let narration = n > 0 && (prev_speech_open || first.is_some_and(char::is_lowercase));
        if narration {
            prev_speech_open = false;
            continue;
        }
        let ends = raw.trim_end();
        prev_speech_open = !ends.ends_with(['.', '!', '?', '…']);
        let dash_len = s[pair[0]..].chars().next().map_or(0, char::len_utf8);
        let from = pair[0] + dash_len;
        let inner = Span::new(span.start + from, span.start + pair[1]);
        let Some(content) = trimmed(text, inner) else {
            continue;
        };
        let piece = content.of(text);
        let lead = piece.len() - piece.trim_start_matches(['.', ',', ' ']).len();
        let content = Span::new(content.start + lead, content.end);
        // an incise inside the speech: "Nous sommes prêts, a dit Paul Girard."
        let piece = content.of(text);
        let incise = piece.match_indices(", ").map(|(k, _)| k).find(|&k| {
            piece[k + 2..]
                .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
                .take(2)
                .any(|w| lex.is_speech(&w.to_lower()))
        });
        let (content, close) = match incise {
            Some(k) => (
                Span::new(content.start, content.start + k),
                content.start + k,
            ),
            None => (content, span.start + pair[1]),
        };
        // drop the comma that hands over to the narration
        let body = content.of(text).trim_end_matches([',', ' ']);
        if !body.chars().any(char::is_alphanumeric) {
            continue;
        }
        out.push(Candidate {
            para,
            open: span.start + pair[0],
            content: Span::new(content.start, content.start + body.len()),
            close,
            closed: true,
            continues: false,
            rule: "direct/dialogue-dash",
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str, lang: Lang) -> Vec<&str> {
        let body: Vec<Span> = crate::document::text_blocks(text)
            .into_iter()
            .map(|b| b.span)
            .collect();
        find(text, &body, lang)
            .iter()
            .map(|c| c.content.of(text))
            .collect()
    }

    #[test]
    fn every_mark_pair() {
        let t = "“A b,” he said. \"C d\" and ‘e f’ and «g h» and „i j“ and 「k」 and ‹l›.";
        assert_eq!(
            quoted(t, Lang::En),
            ["A b,", "C d", "e f", "g h", "i j", "k", "l"]
        );
    }

    #[test]
    fn apostrophes_and_inches_are_not_quotes() {
        let t = "It’s the players’ union, a 12\" pipe and a man 5'11\" tall, don't worry.";
        assert!(quoted(t, Lang::En).is_empty());
    }

    #[test]
    fn nested_quotes_stay_inside() {
        let t = "“He told me ‘never again’ twice,” she said.";
        assert_eq!(quoted(t, Lang::En), ["He told me ‘never again’ twice,"]);
    }

    #[test]
    fn dialogue_dash() {
        let t = "— Мы готовы к диалогу, — сказал министр. — Это важно.";
        assert_eq!(quoted(t, Lang::Ru), ["Мы готовы к диалогу", "Это важно."]);
    }
}
