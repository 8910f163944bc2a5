//! The document as the stages see it: the analysed text cut into raw blocks.
//!
//! Plain text is analysed as given (offsets index the input bytes exactly; a BOM or CRLF line
//! ends are skipped, never removed). HTML is parsed into text and blocks by [`crate::html`].

use crate::config::InputKind;
use crate::model::{BlockKind, Span};

/// The analysed text and its blocks, before classification.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    pub text: String,
    pub blocks: Vec<RawBlock>,
    /// What the markup said about the page (HTML input only).
    pub markup: Option<PageMarkup>,
}

impl Document {
    /// True for pasted text: no markup came with it.
    pub fn is_plain_text(&self) -> bool {
        self.markup.is_none()
    }
}

/// A block before classification.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawBlock {
    pub span: Span,
    pub kind: BlockKind,
    /// Features only markup can give (HTML input only).
    pub markup: Option<BlockMarkup>,
}

/// Per-block features from the DOM.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BlockMarkup {
    /// Characters of the block inside links.
    pub link_chars: usize,
    /// Inside `<article>`, `<main>` or an element whose class/id says "article body".
    pub in_article: bool,
    /// An ancestor's class or id names boilerplate (nav, footer, share, related, comment …).
    pub negative_cue: bool,
    /// An ancestor's class or id names content (article, body, content, story, post …).
    pub positive_cue: bool,
    /// The element chain, e.g. `body>div>article>p`.
    pub path: String,
    /// Ids of the enclosing elements, outermost first (ids number elements in document order).
    pub ancestors: Vec<u32>,
    /// Ids of the enclosing elements whose own class, id, name or role names boilerplate.
    pub negative_ids: Vec<u32>,
    /// Ids of the enclosing elements that name boilerplate which stays boilerplate inside the
    /// article (a caption, a credit, a share bar, related links, comments, an ad).
    pub strong_negative_ids: Vec<u32>,
    /// Ids of the enclosing elements whose own name, class, id or role says "article".
    pub article_ids: Vec<u32>,
}

/// Page-level facts from the markup.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageMarkup {
    pub title: Option<String>,
    pub byline: Option<String>,
    /// A publication date from `<time>` or meta tags, as written there.
    pub published: Option<String>,
    pub lang: Option<String>,
}

/// Turns the input into a [`Document`].
pub fn prepare(input: &str, kind: InputKind) -> Document {
    let is_html = match kind {
        InputKind::Html => true,
        InputKind::Text => false,
        InputKind::Detect => looks_like_html(input),
    };
    if is_html {
        crate::html::extract(input)
    } else {
        Document {
            text: input.to_string(),
            blocks: text_blocks(input),
            markup: None,
        }
    }
}

/// True when the input starts (after blanks and a BOM) with a tag, a doctype or a comment.
pub fn looks_like_html(input: &str) -> bool {
    let head = input.trim_start_matches('\u{feff}').trim_start();
    let lower: String = head
        .chars()
        .take(256)
        .collect::<String>()
        .to_ascii_lowercase();
    lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || lower.starts_with("<!--")
        || (lower.starts_with('<')
            && [
                "<p", "<div", "<meta", "<span", "<h1", "<h2", "<article", "<body", "<head",
                "<section", "<b>", "<a ",
            ]
            .iter()
            .any(|t| lower.starts_with(t)))
}

/// The charset a page declares in its opening text (`<meta charset=…>` or
/// `content="…; charset=…"`), lower-cased, or `None`. Shared by the CLI and the page's file reader.
pub fn declared_charset(head: &str) -> Option<String> {
    let head = head.to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    (!label.is_empty()).then_some(label)
}

/// Cuts plain text into blocks: one a non-blank line, trimmed of surrounding white space.
pub fn text_blocks(text: &str) -> Vec<RawBlock> {
    let mut blocks = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        if let Some(span) = trimmed(text, Span::new(start, pos)) {
            blocks.push(RawBlock {
                span,
                kind: BlockKind::Paragraph,
                markup: None,
            });
        }
    }
    blocks
}

/// The span without leading and trailing white space (and BOM), or `None` when nothing is left.
pub fn trimmed(text: &str, span: Span) -> Option<Span> {
    let s = span.of(text);
    let is_blank = |c: char| c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}';
    let inner = s.trim_start_matches(is_blank);
    let start = span.start + (s.len() - inner.len());
    let inner = inner.trim_end_matches(is_blank);
    (!inner.is_empty()).then(|| Span::new(start, start + inner.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_skip_bom_crlf_and_blank_lines() {
        let text = "\u{feff}Title\r\n\r\n  First paragraph.\r\nSecond.\n";
        let spans: Vec<&str> = text_blocks(text).iter().map(|b| b.span.of(text)).collect();
        assert_eq!(spans, ["Title", "First paragraph.", "Second."]);
    }

    #[test]
    fn detects_html() {
        assert!(looks_like_html("<!DOCTYPE html><html>"));
        assert!(looks_like_html("\u{feff}  <p>Hi</p>"));
        assert!(!looks_like_html("The <b> tag is bold"));
        assert!(!looks_like_html("1 < 2 and plain text"));
    }
}
