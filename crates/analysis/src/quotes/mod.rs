//! Quotations and their speakers. (First cut: text between curly double quotes.)

use crate::lang::Lang;
use crate::model::{Quote, QuoteKind, Span};

/// Finds the quotations inside the body spans of `text`.
pub fn find(text: &str, body: &[Span], _lang: Lang) -> Vec<Quote> {
    let mut out = Vec::new();
    for span in body {
        let s = span.of(text);
        let mut from = 0;
        while let Some(open) = s[from..].find('“') {
            let start = from + open + '“'.len_utf8();
            let Some(close) = s[start..].find('”') else {
                break;
            };
            let end = start + close;
            out.push(Quote {
                start: span.start + start,
                end: span.start + end,
                text: s[start..end].to_string(),
                speaker: None,
                speaker_start: None,
                speaker_end: None,
                speaker_via: None,
                cue: None,
                kind: QuoteKind::Direct,
                rule: "direct/curly".into(),
            });
            from = end + '”'.len_utf8();
        }
    }
    out
}
