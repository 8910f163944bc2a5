//! Tense around a mention: does its clause speak of the future? News mode reads a bare
//! weekday or month as past unless a future cue stands nearer than a past one.

use crate::model::Span;

/// Words that put a clause in the future.
const FUTURE: &[&str] = &[
    "will",
    "'ll",
    "’ll",
    "shall",
    "won't",
    "won’t",
    "would",
    "could",
    "might",
    "until",
    "soon",
    "scheduled",
    "expected",
    "expects",
    "planning",
    "upcoming",
    "slated",
    "wird",
    "werden",
    "va",
    "vont",
    "sera",
    "будет",
    "будут",
];

/// Words that put a clause in the past (besides any word ending in "-ed").
const PAST: &[&str] = &[
    "said", "was", "were", "had", "did", "told", "began", "took", "made", "came", "went", "rose",
    "fell", "won", "lost", "met", "left", "held", "sold", "bought", "paid", "ago", "last",
    "earlier", "got", "gave", "saw", "knew", "thought", "became", "found", "hit", "shot", "led",
    "ran", "spent", "broke", "fought", "kept", "brought", "spoke",
];

/// True when the nearest tense cue within the mention's sentence points to the future.
pub fn leans_future(text: &str, span: Span) -> bool {
    let start = sentence_start(text, span.start);
    let end = sentence_end(text, span.end);
    let before = &text[start..span.start];
    let after = &text[span.end..end];
    let cue = |w: &str| -> Option<bool> {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .to_lowercase();
        if w.is_empty() {
            return None;
        }
        if FUTURE.contains(&w.as_str()) || w.ends_with("'ll") || w.ends_with("’ll") {
            Some(true)
        } else if PAST.contains(&w.as_str())
            || (w.len() > 4 && w.ends_with("ed") && !FUTURE.contains(&w.as_str()))
        {
            Some(false)
        } else {
            None
        }
    };
    let back: Vec<&str> = before.split_whitespace().rev().take(12).collect();
    let fwd = after.split_whitespace().enumerate().take(8);
    let mut best: Option<(usize, bool)> = None;
    for (d, w) in back.iter().enumerate() {
        // a participle after "be" ("will be held") takes the tense of the auxiliary
        let passive = back
            .get(d + 1)
            .is_some_and(|p| ["be", "been", "being"].contains(&p.to_lowercase().as_str()));
        match cue(w) {
            Some(false) if passive => continue,
            Some(f) => {
                best = Some((d, f));
                break;
            }
            None => {}
        }
    }
    for (d, w) in fwd {
        if let Some(f) = cue(w) {
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, f));
            }
            break;
        }
    }
    best.is_some_and(|(_, f)| f)
}

/// Where the sentence holding `pos` starts: after the last `.`, `!`, `?` or `;` that is
/// followed by a space and a capital (so "U.S. officials" does not end a sentence), or a
/// line break.
fn sentence_start(text: &str, pos: usize) -> usize {
    let head = &text[..pos];
    let mut end = head.len();
    while let Some(i) = head[..end].rfind(['.', '!', '?', '\n', ';']) {
        let after = &head[i + 1..];
        let ends = head.as_bytes()[i] == b'\n'
            || head.as_bytes()[i] == b';'
            || after.starts_with(char::is_whitespace)
                && after
                    .trim_start()
                    .starts_with(|c: char| c.is_uppercase() || c == '"' || c == '`' || c == '“');
        if ends {
            return i + 1;
        }
        end = i;
    }
    0
}

/// Where the sentence holding `pos` ends (the same boundaries as [`sentence_start`]).
fn sentence_end(text: &str, pos: usize) -> usize {
    let mut from = pos;
    while let Some(off) = text[from..].find(['.', '!', '?', '\n', ';']) {
        let i = from + off;
        let after = &text[i + 1..];
        let ends = matches!(text.as_bytes()[i], b'\n' | b';')
            || after.is_empty()
            || after.starts_with(char::is_whitespace)
                && after
                    .trim_start()
                    .starts_with(|c: char| c.is_uppercase() || c == '"' || c == '`' || c == '“');
        if ends {
            return i;
        }
        from = i + 1;
    }
    text.len()
}
