//! Title and byline: from the page's markup, else from the blocks the classifier removed.

use super::features::Features;
use crate::document::Document;
use crate::lang::Lang;
use crate::model::{Block, BlockKind, Metadata};

/// How many blocks before the body's first block a title may stand.
const TITLE_REACH: usize = 8;

/// Marks the title block (`title/metadata`): in HTML the heading that matches the page title,
/// in plain text the last headline-like removed block shortly before the body begins.
pub fn mark_title(doc: &Document, texts: &[&str], features: &[Features], blocks: &mut [Block]) {
    let page_title = doc.markup.as_ref().and_then(|m| m.title.as_deref());
    if let Some(title) = page_title {
        // HTML: the first heading the page title contains
        let heading = (0..blocks.len()).find(|&i| {
            blocks[i].kind == BlockKind::Heading
                && features[i].words >= 2
                && title.contains(texts[i].trim())
        });
        if let Some(i) = heading {
            blocks[i].kept = false;
            blocks[i].reason = "title/metadata".into();
            drop_before_title(blocks, features, i);
        }
        return;
    }
    let Some(start) = main_start(blocks, features) else {
        return;
    };
    let lo = start.saturating_sub(TITLE_REACH);
    let candidate = (lo..start).rev().find(|&i| {
        let b = &blocks[i];
        let shaped = features[i].headline_like() && features[i].words >= 3;
        let free = !b.reason.starts_with("cue/") && !b.reason.starts_with("dateline/");
        !b.kept && shaped && free
    });
    if let Some(i) = candidate {
        blocks[i].kept = false;
        blocks[i].reason = "title/metadata".into();
    }
}

/// The first block of the longest run of kept text (gaps of up to two removed blocks allowed):
/// where the article's body begins.
fn main_start(blocks: &[Block], features: &[Features]) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    let mut run: Option<(usize, usize)> = None;
    let mut gap = 0;
    for (i, b) in blocks.iter().enumerate() {
        if b.kept {
            let (start, chars) = run.unwrap_or((i, 0));
            run = Some((start, chars + features[i].chars));
            gap = 0;
        } else if run.is_some() {
            gap += 1;
            if gap > 2 {
                run = None;
            }
        }
        if let Some((start, chars)) = run {
            if best.is_none_or(|(_, c)| chars > c) {
                best = Some((start, chars));
            }
        }
    }
    best.map(|(start, _)| start)
}

/// The article starts at its title: kept blocks before it are teasers, when most of the kept
/// text follows the title.
fn drop_before_title(blocks: &mut [Block], features: &[Features], title: usize) {
    let kept = |range: std::ops::Range<usize>| -> usize {
        range
            .filter(|&i| blocks[i].kept)
            .map(|i| features[i].chars)
            .sum()
    };
    let (before, after) = (kept(0..title), kept(title..blocks.len()));
    if before > 0 && 2 * after >= before {
        for b in blocks[..title].iter_mut().filter(|b| b.kept) {
            b.kept = false;
            b.reason = "region/before-title".into();
        }
    }
}

/// Title and byline of the document, from markup or from the removed blocks.
pub fn metadata(doc: &Document, blocks: &[Block], lang: Lang) -> Metadata {
    let markup = doc.markup.as_ref();
    let of = |reason: &str| {
        blocks
            .iter()
            .find(|b| b.reason == reason)
            .map(|b| doc.text[b.start..b.end].trim().to_string())
    };
    Metadata {
        title: markup
            .and_then(|m| m.title.clone())
            .or_else(|| of("title/metadata")),
        byline: markup
            .and_then(|m| m.byline.clone())
            .or_else(|| of("cue/byline").map(|b| clean_byline(&b))),
        lang: lang.code().into(),
    }
}

/// The name(s) of a byline row, without "By", avatar text, "Send an email" or a time.
fn clean_byline(row: &str) -> String {
    let mut s = row.trim();
    if let Some(rest) = s.strip_prefix("Photo of ") {
        // "Photo of NAME NAME Send an email …": the avatar's alt text, then the name
        let words: Vec<&str> = rest.split_whitespace().collect();
        let half = words
            .iter()
            .position(|w| w.eq_ignore_ascii_case("send"))
            .unwrap_or(words.len());
        let name = &words[..half];
        let k = name.len() / 2;
        let name = if k > 0 && name[..k] == name[k..] {
            &name[..k]
        } else {
            name
        };
        return name.join(" ");
    }
    for prefix in [
        "By ", "by ", "Von ", "von ", "Par ", "Por ", "Di ", "Door ", "Av ",
    ] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest;
        }
    }
    s.split(['|', '–', '—'])
        .next()
        .unwrap_or(s)
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::clean_byline;

    #[test]
    fn bylines() {
        assert_eq!(
            clean_byline("Photo of NWD NWD Send an email 18 mins ago"),
            "NWD"
        );
        assert_eq!(clean_byline("By Jana Novak | Reporter"), "Jana Novak");
        assert_eq!(clean_byline("Von Max Muster"), "Max Muster");
    }
}
