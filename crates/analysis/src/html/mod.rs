//! HTML input: the page's text as blocks, with markup features and page metadata.
//!
//! The page is tokenised by `html5gum` (a WHATWG-conformant tokenizer: character references,
//! raw-text elements such as `<script>` and `<style>`, broken markup are handled as browsers
//! do) and walked once with a stack of open elements. Block-level elements start new blocks;
//! inline elements flow into the current one. Script, style, templates, forms' controls and
//! hidden elements are never kept. Tree construction is approximated: `<p>`, `<li>`, `<dt>`,
//! `<dd>`, `<tr>`, `<td>` close implicitly, and an end tag closes up to its open element.

mod attrs;
mod meta;

use crate::document::{BlockMarkup, Document, PageMarkup, RawBlock};
use crate::model::{BlockKind, Span};
use attrs::{element_cues, ElementCues};
use html5gum::{naive_next_state, DefaultEmitter, Token, Tokenizer};

/// Parses an HTML page or fragment into a [`Document`]: blocks separated by blank lines.
pub fn extract(html: &str) -> Document {
    let mut walker = Walker::default();
    let mut tokenizer = Tokenizer::new_with_emitter(html, DefaultEmitter::default());
    while let Some(token) = tokenizer.next() {
        let Ok(token) = token;
        // raw-text elements switch the tokenizer's state, as a tree builder would; not when
        // self-closing (`<title/>` in an SVG icon) or inside SVG and MathML
        let next_state = match &token {
            Token::StartTag(tag) if !tag.self_closing && !walker.in_foreign() => {
                naive_next_state(&tag.name.to_ascii_lowercase())
            }
            _ => None,
        };
        walker.token(token);
        if let Some(state) = next_state {
            tokenizer.set_state(state);
        }
    }
    walker.finish()
}

/// A block records at most this many of its innermost ancestors: enough for any page's
/// containers, and it keeps the cost of a block bounded under absurdly deep nesting.
const MAX_ANCESTRY: usize = 128;

/// One open element.
struct Open {
    name: String,
    id: u32,
    cues: ElementCues,
    /// Its own cues or'ed with every ancestor's (article, positive, negative).
    inherited: (bool, bool, bool),
    /// Its content is never text (script, style, hidden …).
    skip: bool,
}

/// The block being filled.
#[derive(Default)]
struct Pending {
    text: String,
    link_chars: usize,
    kind: BlockKind,
    markup: BlockMarkup,
    pre: bool,
}

#[derive(Default)]
struct Walker {
    stack: Vec<Open>,
    next_id: u32,
    skip_depth: usize,
    link_depth: usize,
    pre_depth: usize,
    pending: Pending,
    text: String,
    blocks: Vec<RawBlock>,
    page: meta::PageFacts,
    in_title: bool,
    /// Open `<svg>` and `<math>` elements.
    foreign_depth: usize,
}

/// Elements without content or end tag.
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "keygen"
    )
}

/// Elements whose content is never text of the page.
fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "select"
            | "option"
            | "textarea"
            | "button"
            | "canvas"
            | "audio"
            | "video"
            | "head"
            | "noembed"
            | "noframes"
            | "datalist"
            | "dialog"
            | "map"
    )
}

/// Elements that start and end a block.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "br"
            | "center"
            | "dd"
            | "details"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "thead"
            | "tfoot"
            | "tr"
            | "ul"
            | "caption"
            | "menu"
            | "legend"
    )
}

impl Walker {
    /// Inside `<svg>` or `<math>`, where `<title>` and `<style>` are not raw text.
    fn in_foreign(&self) -> bool {
        self.foreign_depth > 0
    }

    fn token(&mut self, token: Token) {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                let attr = |k: &str| {
                    tag.attributes
                        .get(k.as_bytes())
                        .map(|v| String::from_utf8_lossy(&v.value).into_owned())
                };
                if name == "meta" {
                    self.page
                        .meta(attr("name"), attr("property"), attr("content"));
                    return;
                }
                if name == "html" {
                    self.page.lang = attr("lang");
                }
                if name == "time" && self.page.time.is_none() {
                    self.page.time = attr("datetime");
                }
                if name == "title" && !self.in_foreign() {
                    self.in_title = true;
                }
                self.start(&name, &tag.attributes, tag.self_closing);
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if name == "title" {
                    self.in_title = false;
                }
                self.end(&name);
            }
            Token::String(s) => {
                let s = String::from_utf8_lossy(&s.value);
                if self.in_title {
                    self.page.title_text.push_str(&s);
                } else if self.skip_depth == 0 {
                    self.push_text(&s);
                }
            }
            _ => {}
        }
    }

    fn start(
        &mut self,
        name: &str,
        attributes: &std::collections::BTreeMap<
            html5gum::HtmlString,
            html5gum::Spanned<html5gum::HtmlString, ()>,
        >,
        self_closing: bool,
    ) {
        let is_block = is_block(name);
        if is_block || is_cell(name) {
            self.implicit_close(name);
        }
        if is_block {
            self.flush();
        }
        if name == "img" || name == "hr" || name == "br" {
            return;
        }
        if is_void(name) || self_closing && !is_block {
            return;
        }
        let get = |k: &str| {
            attributes
                .get(k.as_bytes())
                .map(|v| String::from_utf8_lossy(&v.value))
        };
        let cues = element_cues(
            name,
            get("class").as_deref(),
            get("id").as_deref(),
            get("role").as_deref(),
            get("itemprop").as_deref(),
        );
        let hidden = attributes.contains_key(b"hidden".as_slice())
            || get("aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true"))
            || get("style").is_some_and(|v| {
                let v = v.to_ascii_lowercase().replace(' ', "");
                v.contains("display:none") || v.contains("visibility:hidden")
            });
        let skip = is_skipped(name) || hidden;
        if skip {
            self.skip_depth += 1;
        }
        if name == "a" {
            self.link_depth += 1;
        }
        if name == "pre" {
            self.pre_depth += 1;
        }
        if name == "svg" || name == "math" {
            self.foreign_depth += 1;
        }
        self.next_id += 1;
        let parent = self
            .stack
            .last()
            .map_or((false, false, false), |o| o.inherited);
        let inherited = (
            parent.0 | cues.article,
            parent.1 | cues.positive,
            parent.2 | cues.negative,
        );
        self.stack.push(Open {
            name: name.to_string(),
            id: self.next_id,
            cues,
            inherited,
            skip,
        });
    }

    /// Closes what a new `name` element closes implicitly.
    fn implicit_close(&mut self, name: &str) {
        let closes: &[&str] = match name {
            "li" => &["li"],
            "dt" | "dd" => &["dt", "dd"],
            "tr" => &["tr", "td", "th"],
            "td" | "th" => &["td", "th"],
            _ => &[],
        };
        // a block element closes an open <p>
        if self.stack.last().is_some_and(|o| o.name == "p") && !is_cell(name) {
            self.pop();
        }
        if closes.is_empty() {
            return;
        }
        let boundary = ["ul", "ol", "dl", "table", "tbody", "thead", "tfoot", "menu"];
        if let Some(i) = self
            .innermost(|o| closes.contains(&o.name.as_str()) || boundary.contains(&o.name.as_str()))
        {
            if closes.contains(&self.stack[i].name.as_str()) {
                while self.stack.len() > i {
                    self.pop();
                }
            }
        }
    }

    fn end(&mut self, name: &str) {
        if is_block(name) {
            self.flush();
        }
        if let Some(i) = self.innermost(|o| o.name == name) {
            // an end tag does not close across a table or list it is not part of
            while self.stack.len() > i {
                self.pop();
            }
        }
    }

    /// The index of the innermost open element that matches, looking at most
    /// [`MAX_ANCESTRY`] levels up (a tag that would close something deeper is ignored).
    fn innermost(&self, matches: impl Fn(&Open) -> bool) -> Option<usize> {
        let len = self.stack.len();
        self.stack
            .iter()
            .rev()
            .take(MAX_ANCESTRY)
            .position(matches)
            .map(|from_top| len - 1 - from_top)
    }

    fn pop(&mut self) {
        if let Some(open) = self.stack.pop() {
            if open.skip {
                self.skip_depth -= 1;
            }
            if open.name == "a" {
                self.link_depth = self.link_depth.saturating_sub(1);
            }
            if open.name == "pre" {
                self.pre_depth = self.pre_depth.saturating_sub(1);
            }
            if open.name == "svg" || open.name == "math" {
                self.foreign_depth = self.foreign_depth.saturating_sub(1);
            }
            if is_cell(&open.name) {
                // cells of a row share one block, separated by a space
                self.pending.text.push(' ');
            }
        }
    }

    fn push_text(&mut self, s: &str) {
        if self.pending.text.trim().is_empty() && s.trim().is_empty() {
            return;
        }
        if self.pending.text.is_empty() {
            self.begin_block();
        }
        let pre = self.pre_depth > 0;
        self.pending.pre |= pre;
        let mut added = 0;
        for c in s.chars() {
            if !pre && (c.is_whitespace() || c == '\u{a0}') {
                if !self.pending.text.ends_with(' ') && !self.pending.text.is_empty() {
                    self.pending.text.push(' ');
                    added += 1;
                }
            } else {
                self.pending.text.push(c);
                added += 1;
            }
        }
        if self.link_depth > 0 {
            self.pending.link_chars += added;
        }
    }

    /// Records the context of a block when its first text arrives.
    fn begin_block(&mut self) {
        let mut kind = BlockKind::Paragraph;
        let mut markup = BlockMarkup::default();
        let mut path = Vec::new();
        if let Some(top) = self.stack.last() {
            (markup.in_article, markup.positive_cue, markup.negative_cue) = top.inherited;
        }
        let innermost = self.stack.len().saturating_sub(MAX_ANCESTRY);
        for open in &self.stack[innermost..] {
            markup.ancestors.push(open.id);
            if open.cues.negative {
                markup.negative_ids.push(open.id);
            }
            if open.cues.strong_negative {
                markup.strong_negative_ids.push(open.id);
            }
            if open.cues.article {
                markup.article_ids.push(open.id);
            }
            kind = match open.name.as_str() {
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
                "li" | "dt" | "dd" => BlockKind::ListItem,
                "figcaption" | "caption" => BlockKind::Caption,
                "td" | "th" => BlockKind::Table,
                "blockquote" => BlockKind::Quote,
                _ => kind,
            };
            if !matches!(open.name.as_str(), "html" | "body") {
                path.push(open.name.as_str());
            }
        }
        let keep = path.len().saturating_sub(5);
        markup.path = path[keep..].join(">");
        self.pending.kind = kind;
        self.pending.markup = markup;
    }

    fn flush(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        let body = pending.text.trim();
        if body.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        let start = self.text.len();
        self.text.push_str(body);
        let mut markup = pending.markup;
        markup.link_chars = pending.link_chars;
        self.blocks.push(RawBlock {
            span: Span::new(start, self.text.len()),
            kind: pending.kind,
            markup: Some(markup),
        });
    }

    fn finish(mut self) -> Document {
        self.flush();
        let markup: PageMarkup = self.page.into_markup();
        Document {
            text: self.text,
            blocks: self.blocks,
            markup: Some(markup),
        }
    }
}

fn is_cell(name: &str) -> bool {
    name == "td" || name == "th"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(doc: &Document) -> Vec<&str> {
        doc.blocks.iter().map(|b| b.span.of(&doc.text)).collect()
    }

    #[test]
    fn blocks_entities_and_skipped_content() {
        let doc = extract(
            "<html><head><title>A &amp; B</title><style>p{}</style></head><body>\
             <p>One <b>bold</b>&nbsp;word<p>Two<script>var x = '<p>';</script>\
             <ul><li>a<li>b</ul><div hidden>secret</div></body></html>",
        );
        assert_eq!(texts(&doc), ["One bold word", "Two", "a", "b"]);
        assert_eq!(doc.text, "One bold word\n\nTwo\n\na\n\nb");
        assert_eq!(doc.markup.unwrap().title.as_deref(), Some("A & B"));
    }

    #[test]
    fn link_chars_and_cues() {
        let doc = extract(
            "<nav class=\"menu\"><a href=/>Home</a></nav>\
             <article><p>Text with <a href=x>a link</a>.</p></article>",
        );
        let nav = doc.blocks[0].markup.as_ref().unwrap();
        assert!(nav.negative_cue);
        assert_eq!(nav.link_chars, 4);
        let p = doc.blocks[1].markup.as_ref().unwrap();
        assert!(p.in_article && !p.negative_cue);
        assert_eq!(p.link_chars, 6);
        assert_eq!(p.path, "article>p");
    }

    #[test]
    fn table_rows_are_blocks() {
        let doc = extract("<table><tr><td>a</td><td>b</td></tr><tr><td>c<td>d</table>");
        assert_eq!(texts(&doc), ["a b", "c d"]);
        assert_eq!(doc.blocks[0].kind, BlockKind::Table);
    }
}
