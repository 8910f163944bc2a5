//! Boilerplate removal: which blocks are the article, and why each block was kept or removed.
//!
//! The same machinery serves plain text and HTML: per-block [`features`], named [`cues`],
//! the context-free pass ([`classify`]), the context pass ([`revise`]) and the fallback
//! [`cascade`]; a body that a fallback kept is settled by cleaning it again
//! ([`classify_settled`]). HTML blocks bring link density and class/id cues besides; plain
//! text has only its words, its lines and their order.

pub mod cascade;
pub mod classify;
pub mod container;
pub mod cues;
pub mod features;
mod metadata;
pub mod revise;

use crate::case::ToLower;
use crate::config::Config;
use crate::document::{BlockMarkup, Document};
use crate::lang::Lang;
use crate::model::Block;
use cues::DateLine;
use features::Features;
use rustc_hash::FxHashMap;

pub use metadata::metadata;

/// Rounds of cleaning the body again in [`classify_settled`].
const SETTLE_ROUNDS: usize = 3;

/// [`classify_in_article_lang`], then, in pasted text whose body a fallback stage kept, the body
/// cleaned again until it keeps itself. A fallback leans on the neighbours of each line and on
/// how much text there is, and both change once the removed lines are gone; a block that the
/// body's own analysis drops is removed with that analysis's reason. So cleaning the body
/// again changes nothing. The article's own stage (the strict one) is left as it is.
pub fn classify_settled(doc: &Document, config: &Config) -> (Lang, Vec<Block>) {
    let (mut lang, mut blocks) = classify_in_article_lang(doc, config);
    if !doc.is_plain_text() {
        return (lang, blocks);
    }
    for _ in 0..SETTLE_ROUNDS {
        let fallback = blocks
            .iter()
            .any(|b| b.kept && b.reason.starts_with("fallback/"));
        if !fallback {
            break;
        }
        let kept: Vec<usize> = (0..blocks.len()).filter(|&i| blocks[i].kept).collect();
        let body = crate::body_text(&doc.text, &blocks);
        let again = crate::document::prepare(&body, crate::config::InputKind::Text);
        if again.blocks.len() != kept.len() {
            break;
        }
        let (body_lang, decided) = classify_in_article_lang(&again, config);
        lang = body_lang;
        if decided.iter().all(|b| b.kept) {
            break;
        }
        for (&i, d) in kept.iter().zip(decided) {
            if !d.kept {
                blocks[i].kept = false;
                blocks[i].reason = d.reason;
            }
        }
    }
    (lang, blocks)
}

/// Classifies every block in the reader's language or, when none is chosen, in the article's:
/// detected from the blocks no cue removes, so a menu, a byline or a notice in another language
/// does not decide it. In pasted text, when the body kept in that language reads as another
/// language (a stray line tipped the first guess), the blocks are classified again in the
/// body's: the cleaned body, analysed again, is then read in the language that cleaned it.
/// Returns the language with the blocks.
pub fn classify_in_article_lang(doc: &Document, config: &Config) -> (Lang, Vec<Block>) {
    if let Some(lang) = config.lang {
        return (lang, classify(doc, lang, config));
    }
    let blocks = Blocks::of(doc);
    let mut tallies = crate::lang::BlockTallies::new(&blocks.texts);
    let whole = tallies.detect(0..blocks.texts.len());
    let (features, cues) = blocks.features_and_cues(whole);
    let article = if cues.iter().all(Option::is_some) {
        whole
    } else {
        tallies.detect((0..cues.len()).filter(|&i| cues[i].is_none()))
    };
    let (features, cues) = if article == whole {
        (features, cues)
    } else {
        blocks.features_and_cues(article)
    };
    let decided = blocks.decide(doc, &features, &cues);
    // in a page, the markup and its container weigh more than the words' language
    if !doc.is_plain_text() || decided.iter().all(|b| !b.kept) {
        return (article, decided);
    }
    let body = tallies.detect((0..decided.len()).filter(|&i| decided[i].kept));
    if body == article {
        return (article, decided);
    }
    let (features, cues) = blocks.features_and_cues(body);
    (body, blocks.decide(doc, &features, &cues))
}

/// Classifies every block of the document as body or boilerplate, with the reason.
pub fn classify(doc: &Document, lang: Lang, _config: &Config) -> Vec<Block> {
    let blocks = Blocks::of(doc);
    let (features, cues) = blocks.features_and_cues(lang);
    blocks.decide(doc, &features, &cues)
}

/// The blocks' texts and markup, as the stages read them.
struct Blocks<'d> {
    texts: Vec<&'d str>,
    markups: Vec<Option<&'d BlockMarkup>>,
    plain_text: bool,
}

impl<'d> Blocks<'d> {
    fn of(doc: &'d Document) -> Self {
        Blocks {
            texts: doc.blocks.iter().map(|b| b.span.of(&doc.text)).collect(),
            markups: doc.blocks.iter().map(|b| b.markup.as_ref()).collect(),
            plain_text: doc.is_plain_text(),
        }
    }

    /// Each block's features in `lang`, and the reason of every block a cue decides.
    fn features_and_cues(&self, lang: Lang) -> (Vec<Features>, Vec<Option<String>>) {
        let n = self.texts.len();
        let features: Vec<Features> = self
            .texts
            .iter()
            .zip(&self.markups)
            .enumerate()
            .map(|(i, (t, m))| features::compute(t, lang, *m, i, n))
            .collect();
        let mut cues = cue_reasons(&self.texts, &features);
        if self.plain_text {
            // in a page's markup, teasers lie outside the article container anyway
            mark_repeated(&self.texts, &features, &mut cues);
        }
        (features, cues)
    }

    /// The fallback cascade over the blocks, then the title.
    fn decide(&self, doc: &Document, features: &[Features], cues: &[Option<String>]) -> Vec<Block> {
        let (texts, markups) = (&self.texts, &self.markups);
        let kinds: Vec<_> = doc.blocks.iter().map(|b| b.kind).collect();
        let decisions = cascade::run(features, markups, &kinds, cues);
        let mut blocks: Vec<Block> = doc
            .blocks
            .iter()
            .zip(decisions)
            .map(|(b, (kept, reason))| Block {
                start: b.span.start,
                end: b.span.end,
                kept,
                reason,
                kind: b.kind,
                overridden: false,
            })
            .collect();
        metadata::mark_title(doc, texts, features, &mut blocks);
        blocks
    }
}

/// Under an "About the author" heading: the author's name line and the short biography that
/// follow it, up to the next cue. Returns the last block marked.
fn mark_author_bio(
    texts: &[&str],
    features: &[Features],
    out: &mut [Option<String>],
    heading: usize,
) -> usize {
    let mut last = heading;
    let before: usize = features[..heading].iter().map(|f| f.chars).sum();
    if before < AUTHOR_BIO_AFTER_CHARS {
        return last;
    }
    for j in heading + 1..texts.len().min(heading + 1 + AUTHOR_BIO_BLOCKS) {
        let f = &features[j];
        if f.chars > AUTHOR_BIO_MAX_CHARS
            || cues::date_line(texts[j]).is_some()
            || cues::family(texts[j], f).is_some()
        {
            break;
        }
        out[j] = Some("cue/author-bio".into());
        last = j;
        if f.sentence_like() {
            break;
        }
    }
    last
}

/// How much text comes before an author's biography: a heading near the top is a byline label.
const AUTHOR_BIO_AFTER_CHARS: usize = 1500;

/// How many blocks an author's biography spans at most (name, role, text).
const AUTHOR_BIO_BLOCKS: usize = 3;

/// The longest block an author's biography holds.
const AUTHOR_BIO_MAX_CHARS: usize = 700;

/// The reason of every block a cue decides: `cue/<family>`, `dateline/metadata`, and the
/// inline "related" items a time line introduces (the time, then one or two headlines).
pub fn cue_reasons(texts: &[&str], features: &[Features]) -> Vec<Option<String>> {
    let n = texts.len();
    let mut out: Vec<Option<String>> = vec![None; n];
    let mut i = 0;
    while i < n {
        let headline_after = |i: usize| {
            i + 1 < n
                && features[i + 1].headline_like()
                && cues::date_line(texts[i + 1]).is_none()
                && cues::family(texts[i + 1], &features[i + 1]).is_none()
        };
        match cues::date_line(texts[i]) {
            Some(DateLine::GluedHeadline) => {
                out[i] = Some("cue/related".into());
                if headline_after(i) {
                    i += 1;
                    out[i] = Some("cue/related".into());
                }
            }
            Some(DateLine::Time) if headline_after(i) => {
                out[i] = Some("cue/related-time".into());
                let mut taken = 0;
                while taken < 2 && headline_after(i) {
                    i += 1;
                    taken += 1;
                    out[i] = Some("cue/related".into());
                }
            }
            Some(_) => {
                out[i] = Some(match cues::family(texts[i], &features[i]) {
                    Some(family) => format!("cue/{family}"),
                    None => "dateline/metadata".into(),
                })
            }
            None => {
                if let Some(family) = cues::family(texts[i], &features[i]) {
                    out[i] = Some(format!("cue/{family}"));
                    if family == "author" {
                        i = mark_author_bio(texts, features, &mut out, i);
                    }
                }
            }
        }
        i += 1;
    }
    mark_bio_sentences(texts, features, &mut out);
    out
}

/// Lines that appear more than once on the page are teaser cards and section labels (the
/// same headline under an image and as a link, "Company Town" over every teaser); an article
/// rarely says the same line twice.
fn mark_repeated(texts: &[&str], features: &[Features], out: &mut [Option<String>]) {
    // each line's occurrences, by position
    let mut seen: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (i, (t, f)) in texts.iter().zip(features).enumerate() {
        if f.words >= REPEATED_MIN_WORDS && f.chars <= REPEATED_MAX_CHARS {
            // the words joined by single spaces, in lower case
            let mut key = String::with_capacity(t.len());
            for w in crate::lang::runs(t, |c| !c.is_whitespace()) {
                if !key.is_empty() {
                    key.push(' ');
                }
                key.push_str(w);
            }
            if key.is_ascii() {
                key.make_ascii_lowercase();
            } else {
                key = key.to_lower();
            }
            seen.entry(key).or_default().push(i);
        }
    }
    for (key, at) in &seen {
        if at.len() < 2 {
            continue;
        }
        let words = key.split_whitespace().count();
        if key.contains(|c: char| c.is_ascii_digit() || c == ':' || c == '=') {
            continue;
        }
        // teasers are headlines; a finished sentence said twice is the article said twice
        // (an article pasted two times keeps its body)
        if key.ends_with(['.', '!', '?', '…', '”', '"', '»', '\'', '’']) {
            continue;
        }
        let marked: &[usize] = match at.len() {
            0 | 1 => &[],
            2 if words < REPEATED_PAIR_MIN_WORDS => &[],
            _ => at,
        };
        for &i in marked {
            if out[i].is_none() {
                out[i] = Some("cue/repeated".into());
            }
        }
    }
}

/// The fewest words a repeated line needs (a lone "Photo" may repeat in an article).
const REPEATED_MIN_WORDS: usize = 2;

/// The fewest words of a line repeated only once more (short labels and list items may).
const REPEATED_PAIR_MIN_WORDS: usize = 4;

/// The longest repeated line taken for a teaser.
const REPEATED_MAX_CHARS: usize = 300;

/// "Jane Doe is a reporter for The Daily Planet, covering …": a contributor's biography at the
/// end of the page, after enough of the article.
fn mark_bio_sentences(texts: &[&str], features: &[Features], out: &mut [Option<String>]) {
    let mut before = 0;
    for i in 0..texts.len() {
        if before >= AUTHOR_BIO_AFTER_CHARS
            && out[i].is_none()
            && features[i].chars <= BIO_SENTENCE_MAX_CHARS
            && cues::bio_sentence(texts[i])
        {
            out[i] = Some("cue/author-bio".into());
        }
        before += features[i].chars;
    }
}

/// The longest block taken for a contributor's biography.
const BIO_SENTENCE_MAX_CHARS: usize = 400;
