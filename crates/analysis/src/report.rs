//! Readable reports of an [`Analysis`]: Markdown (CLI `--format md`, the page's export) and
//! a plain outline used by snapshot tests.

use crate::model::{Analysis, Quote, QuoteKind};
use std::fmt::Write;

/// A Markdown report: front matter, the clean article, quotes by speaker, the timeline.
pub fn markdown(a: &Analysis) -> String {
    let mut md = String::new();
    let title = a.metadata.title.as_deref().unwrap_or("Untitled article");
    let _ = writeln!(md, "---");
    let _ = writeln!(md, "title: {}", yaml_str(title));
    if let Some(byline) = &a.metadata.byline {
        let _ = writeln!(md, "byline: {}", yaml_str(byline));
    }
    if let Some(date) = &a.document_date.value {
        let _ = writeln!(md, "date: {date}");
    }
    let _ = writeln!(md, "date_source: {}", a.document_date.source.as_str());
    let _ = writeln!(md, "lang: {}", a.metadata.lang);
    let _ = writeln!(md, "---\n");
    let _ = writeln!(md, "# {title}\n");
    for block in a.blocks.iter().filter(|b| b.kept) {
        let _ = writeln!(md, "{}\n", &a.text[block.start..block.end]);
    }
    md.push_str(&markdown_quotes(a));
    md.push('\n');
    md.push_str(&markdown_timeline(a));
    md
}

/// The quotes as a Markdown list, each with its speaker.
pub fn markdown_quotes(a: &Analysis) -> String {
    let mut md = String::from("## Quotes\n\n");
    if a.quotes.is_empty() {
        md.push_str("_No quotations found._\n");
    }
    for q in &a.quotes {
        match q.kind {
            QuoteKind::Indirect => {
                let _ = writeln!(
                    md,
                    "- **{}** (reported): {}",
                    speaker_label(q),
                    q.text.trim()
                );
            }
            _ => {
                let _ = writeln!(md, "- **{}**: “{}”", speaker_label(q), q.text.trim());
            }
        }
    }
    md
}

/// The timeline as a Markdown list: value, phrase, sentence.
pub fn markdown_timeline(a: &Analysis) -> String {
    let mut md = String::from("## Timeline\n\n");
    if a.timeline.is_empty() {
        md.push_str("_No dated items._\n");
    }
    for t in &a.timeline {
        let sentence = a.text.get(t.sentence_start..t.sentence_end).unwrap_or("");
        let _ = writeln!(
            md,
            "- `{}` ({}): {}",
            t.value,
            t.text,
            sentence.replace('\n', " ")
        );
    }
    md
}

/// The speaker's name, or a note that the text does not say.
pub fn speaker_label(q: &Quote) -> &str {
    q.speaker.as_deref().unwrap_or("(speaker not stated)")
}

fn yaml_str(s: &str) -> String {
    format!(
        "\"{}\"",
        s.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', " ")
    )
}
