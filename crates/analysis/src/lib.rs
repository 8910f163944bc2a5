//! The analysis core of Lede: given a pasted news article, find its body, its quotations
//! with their speakers, and a timeline of its dated items.
//!
//! ```
//! use lede_analysis::{analyze, Config, config::parse_reference};
//!
//! let text = "MINSK, December 19 – The talks began today.\n\
//!             “We came to find answers,” the president said.\n";
//! let config = Config { reference: Some(parse_reference("2022-12-19").unwrap()), ..Config::default() };
//! let analysis = analyze(text, &config);
//! assert!(analysis.blocks.iter().all(|b| b.kept));
//! assert_eq!(analysis.quotes[0].text, "We came to find answers,");
//! ```
//!
//! The core is pure: no DOM, no clock, no I/O. The reference date is an input; when it is
//! absent it is detected from the text. Every span is a byte range into [`Analysis::text`] on
//! char boundaries, and every result names the rule that produced it.

pub mod boilerplate;
pub mod case;
pub mod civil;
pub mod config;
pub mod document;
pub mod html;
pub mod lang;
pub mod model;
pub mod pattern;
pub mod perl_classes;
pub mod quotes;
pub mod report;
pub mod segment;
pub mod temporal;
pub mod timeline;
pub mod wordlist;

pub use config::{BlockOverride, Config, InputKind};
pub use lang::Lang;
pub use model::*;

/// The version of [`Analysis`]'s schema.
pub const SCHEMA_VERSION: u32 = 1;

/// Analyses one article. Reads as the algorithm: segment, boilerplate, quotes, temporal, timeline.
pub fn analyze(input: &str, config: &Config) -> Analysis {
    // 1. Segment: the analysed text and its blocks (HTML is parsed here).
    let doc = document::prepare(input, config.input);

    // 2. Boilerplate: which blocks are the article (and so its language), then the reader's
    //    corrections.
    let (lang, mut blocks) = boilerplate::classify_settled(&doc, config);
    apply_overrides(&mut blocks, config);
    let body: Vec<Span> = blocks.iter().filter(|b| b.kept).map(Block::span).collect();

    // 3. Quotes, in the body only.
    let quotes = quotes::find(&doc.text, &body, lang);

    // 4. Temporal expressions everywhere (the date line is often outside the body).
    let mentions = temporal::extract_with(&doc.text, lang, config.day_first);
    let (document_date, reference) =
        temporal::document_date(&doc, &blocks, &mentions, config.reference);

    // 5. Timeline: the body's expressions, resolved and ordered.
    let timeline = timeline::build(&doc.text, &mentions, &body, reference);

    let metadata = boilerplate::metadata(&doc, &blocks, lang);
    let body_text = body_text(&doc.text, &blocks);
    Analysis {
        version: SCHEMA_VERSION,
        document_date,
        metadata,
        blocks,
        body: body_text,
        quotes,
        timeline,
        notes: Vec::new(),
        text: doc.text,
    }
}

/// The kept blocks of `text`, joined by blank lines: [`Analysis::body`].
pub fn body_text(text: &str, blocks: &[Block]) -> String {
    let kept: Vec<&str> = blocks
        .iter()
        .filter(|b| b.kept)
        .map(|b| &text[b.start..b.end])
        .collect();
    kept.join("\n\n")
}

/// Applies `keep_all` and the reader's per-block corrections.
fn apply_overrides(blocks: &mut [Block], config: &Config) {
    for block in blocks.iter_mut() {
        if config.keep_all && !block.kept {
            block.kept = true;
            block.overridden = true;
        }
        if let Some(o) = config.overrides.iter().find(|o| o.start == block.start) {
            if o.kept != block.kept {
                block.kept = o.kept;
                block.overridden = true;
            }
        }
    }
}
