//! HTML input: the page's text as blocks, with markup features and page metadata.
//! (First cut: tags are dropped and block elements start new blocks.)

use crate::document::{text_blocks, Document};

/// Parses an HTML page or fragment into a [`Document`].
pub fn extract(html: &str) -> Document {
    let mut text = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut skipping: Option<&str> = None;
    while let Some(lt) = rest.find('<') {
        if skipping.is_none() {
            text.push_str(&rest[..lt]);
        }
        let after = &rest[lt..];
        let gt = after.find('>').map_or(after.len(), |g| g + 1);
        let tag = after[..gt].to_ascii_lowercase();
        if let Some(end) = skipping {
            if tag.starts_with(end) {
                skipping = None;
            }
        } else if tag.starts_with("<script") {
            skipping = Some("</script");
        } else if tag.starts_with("<style") {
            skipping = Some("</style");
        } else if [
            "<p", "<div", "<br", "<h", "<li", "</p", "</div", "</h", "</li", "<tr", "<article",
            "<section",
        ]
        .iter()
        .any(|t| tag.starts_with(t))
        {
            text.push('\n');
        }
        rest = &after[gt..];
    }
    if skipping.is_none() {
        text.push_str(rest);
    }
    let text = text
        .replace("&amp;", "&")
        .replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
    let blocks = text_blocks(&text);
    Document {
        text,
        blocks,
        markup: None,
    }
}
