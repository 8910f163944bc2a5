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

fn sentence_start(text: &str, pos: usize) -> usize {
    text[..pos]
        .rfind(['.', '!', '?', '\n', ';'])
        .map_or(0, |i| i + 1)
}

fn sentence_end(text: &str, pos: usize) -> usize {
    text[pos..]
        .find(['.', '!', '?', '\n', ';'])
        .map_or(text.len(), |i| pos + i)
}
