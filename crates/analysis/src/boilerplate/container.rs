//! The article's container in HTML. An element that says it is the article (`<article>`,
//! `<main>`, `itemprop=articleBody`, "entry-content" …) and holds most of the kept text wins;
//! else the element with the best balance of kept over removed text. Kept blocks outside it
//! are teasers, sidebars or comments; plain blocks inside it that no cue or boilerplate
//! container names are the article's lists, subheadings, short lines and tables.

use super::cascade::Decision;
use super::features::Features;
use crate::document::BlockMarkup;
use crate::model::BlockKind;
use std::collections::{HashMap, HashSet};

/// How much a removed character inside an element costs against a kept one.
const REMOVED_TOLL: f32 = 0.3;
/// How long a kept paragraph beside the container must be to stay.
const SIBLING_MIN_CHARS: usize = 150;
/// The longest run of linked lines amid the article that still counts as its text.
const MAX_LINKED_RUN: usize = 2;
/// The share of the kept text an article element must hold to win outright.
const ARTICLE_SHARE: f32 = 0.6;

/// Kept and removed characters inside one element, and its depth.
#[derive(Default)]
struct Tally {
    kept: f32,
    removed: f32,
    depth: usize,
}

/// The id of the article's container, when one holds most of the kept text.
pub fn best(
    decisions: &[Decision],
    features: &[Features],
    markups: &[Option<&BlockMarkup>],
) -> Option<u32> {
    let mut tallies: HashMap<u32, Tally> = HashMap::new();
    let mut articles: HashSet<u32> = HashSet::new();
    let mut total_kept = 0.0;
    for ((d, f), m) in decisions.iter().zip(features).zip(markups) {
        let m = (*m)?;
        let chars = f.chars as f32;
        if d.0 {
            total_kept += chars;
        }
        articles.extend(m.article_ids.iter().copied());
        for (depth, id) in m.ancestors.iter().enumerate() {
            let t = tallies.entry(*id).or_default();
            t.depth = depth;
            if d.0 {
                t.kept += chars;
            } else {
                t.removed += chars;
            }
        }
    }
    if total_kept == 0.0 {
        return None;
    }
    let article = tallies
        .iter()
        .filter(|(id, t)| articles.contains(id) && t.kept >= ARTICLE_SHARE * total_kept)
        .max_by(|a, b| a.1.depth.cmp(&b.1.depth));
    if let Some((id, _)) = article {
        return Some(*id);
    }
    let (id, t) = tallies.into_iter().max_by(|a, b| {
        let sa = a.1.kept - REMOVED_TOLL * a.1.removed;
        let sb = b.1.kept - REMOVED_TOLL * b.1.removed;
        sa.total_cmp(&sb).then(a.1.depth.cmp(&b.1.depth))
    })?;
    (t.kept >= 0.5 * total_kept).then_some(id)
}

/// Removes kept blocks outside the container and keeps plain blocks inside it.
pub fn apply(
    decisions: &mut [Decision],
    features: &[Features],
    markups: &[Option<&BlockMarkup>],
    kinds: &[BlockKind],
    cues: &[Option<String>],
    container: u32,
) {
    // the container's parent: good paragraphs in its other children are the article's too
    let parent = markups.iter().flatten().find_map(|m| {
        let at = m.ancestors.iter().position(|a| *a == container)?;
        at.checked_sub(1).map(|p| m.ancestors[p])
    });
    let mut linked_inside = Vec::new();
    let mut inside_kept = Vec::new();
    for i in 0..decisions.len() {
        let Some(m) = markups[i] else { continue };
        let Some(at) = m.ancestors.iter().position(|a| *a == container) else {
            let sibling = parent.is_some_and(|p| m.ancestors.contains(&p))
                && features[i].chars >= SIBLING_MIN_CHARS
                && features[i].sentence_like()
                && !m.negative_cue;
            if decisions[i].0 && !sibling {
                decisions[i] = (false, "region/outside-article".into());
            } else if decisions[i].0 {
                decisions[i].1 = "region/beside-article".into();
            }
            continue;
        };
        let negative_inside = m.negative_ids.iter().any(|n| m.ancestors[at..].contains(n));
        let f = &features[i];
        let shaped = (f.terminal && f.words >= 2 && f.starts_upper)
            || matches!(
                kinds[i],
                BlockKind::ListItem | BlockKind::Table | BlockKind::Heading | BlockKind::Quote
            );
        let strong_inside = m
            .strong_negative_ids
            .iter()
            .any(|n| m.ancestors[at + 1..].contains(n));
        let unmarked = !strong_inside && cues[i].is_none() && !negative_inside && f.chars >= 20;
        if decisions[i].0 && strong_inside {
            decisions[i] = (false, "markup/boilerplate-inside-article".into());
        } else if !decisions[i].0 && unmarked && (shaped || f.chars >= 30) && f.link_density <= 0.5
        {
            decisions[i] = (true, "region/inside-article".into());
        } else if !decisions[i].0 && unmarked && !f.labelled {
            linked_inside.push(i);
        }
        if decisions[i].0 {
            inside_kept.push(i);
        }
    }
    // a linked line or two amid the article's own text (a product's name, a shop's link)
    // is the article's; linked lines at its edges, runs of them (a "related" box) and
    // labelled pointers ("Read more: …") stay out
    let (Some(&first), Some(&last)) = (inside_kept.first(), inside_kept.last()) else {
        return;
    };
    let amid: Vec<usize> = linked_inside
        .into_iter()
        .filter(|i| *i > first && *i < last)
        .collect();
    for run in amid.chunk_by(|a, b| b - a == 1) {
        if run.len() <= MAX_LINKED_RUN {
            for i in run {
                decisions[*i] = (true, "region/links-amid-article".into());
            }
        }
    }
}
