//! Boilerplate removal: which blocks are the article. (First cut: every block is kept.)

use crate::config::Config;
use crate::document::Document;
use crate::lang::Lang;
use crate::model::{Block, Metadata};

/// Classifies every block of the document as body or boilerplate, with the reason.
pub fn classify(doc: &Document, _lang: Lang, _config: &Config) -> Vec<Block> {
    doc.blocks
        .iter()
        .map(|b| Block {
            start: b.span.start,
            end: b.span.end,
            kept: true,
            reason: "body/default".into(),
            kind: b.kind,
            overridden: false,
        })
        .collect()
}

/// Title and byline of the document, from markup or from the removed blocks.
pub fn metadata(doc: &Document, _blocks: &[Block], lang: Lang) -> Metadata {
    let markup = doc.markup.as_ref();
    Metadata {
        title: markup.and_then(|m| m.title.clone()),
        byline: markup.and_then(|m| m.byline.clone()),
        lang: lang.code().into(),
    }
}
