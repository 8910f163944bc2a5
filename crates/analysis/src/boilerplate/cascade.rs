//! The fallback cascade: numbered stages, each tried only when the one before kept too little.
//!
//! 1. `strict`: the context-free pass with strict thresholds, the context pass, then the main
//!    region (the run of blocks with the most kept text, see [`main_region`]).
//! 2. `relaxed`: the same with relaxed thresholds (short, link-rich or stopword-poor pages).
//! 3. `length-only`: stopwords ignored (a language without a list), length and links decide.
//! 4. `keep-non-cue`: every block that no cue names.
//!
//! Like Readability's sieve, a stage's result is accepted when it keeps enough text
//! ([`ENOUGH_CHARS`]); when no stage does, the one that kept the most is taken.

use super::classify::{initial, Class, Params};
use super::container;
use super::features::Features;
use super::revise::revise;
use crate::document::BlockMarkup;
use crate::model::BlockKind;

/// Kept characters that accept a stage. A fixed amount, not a share of the text: the cleaned
/// body, analysed again, then meets the same bar as the paste it came from, and the same stage
/// is accepted (a share shrank with the removed lines and let a stricter stage pass).
const ENOUGH_CHARS: usize = 200;

/// A block's decision and its reason.
pub type Decision = (bool, String);

/// Runs the stages over the blocks; `cues` holds the reason of blocks a cue decided.
pub fn run(
    features: &[Features],
    markups: &[Option<&BlockMarkup>],
    kinds: &[BlockKind],
    cues: &[Option<String>],
) -> Vec<Decision> {
    let mut best: Option<(usize, Vec<Decision>)> = None;
    let stages = [
        ("", Params::STRICT),
        ("fallback/relaxed:", Params::RELAXED),
        ("fallback/length-only:", Params::LENGTH_ONLY),
    ];
    for (stage, params) in stages {
        let decisions = stage_run(features, markups, kinds, cues, &params, stage);
        let kept = kept_chars(&decisions, features);
        if kept >= ENOUGH_CHARS {
            return decisions;
        }
        if best.as_ref().is_none_or(|(k, _)| kept > *k) {
            best = Some((kept, decisions));
        }
    }
    let keep_non_cue: Vec<Decision> = cues
        .iter()
        .map(|c| match c {
            Some(reason) => (false, reason.clone()),
            None => (true, "fallback/keep-non-cue".to_string()),
        })
        .collect();
    match best {
        Some((kept, decisions)) if kept > 0 => decisions,
        _ => keep_non_cue,
    }
}

fn kept_chars(decisions: &[Decision], features: &[Features]) -> usize {
    decisions
        .iter()
        .zip(features)
        .filter(|(d, _)| d.0)
        .map(|(_, f)| f.chars)
        .sum()
}

fn stage_run(
    features: &[Features],
    markups: &[Option<&BlockMarkup>],
    kinds: &[BlockKind],
    cues: &[Option<String>],
    params: &Params,
    prefix: &str,
) -> Vec<Decision> {
    let mut classes = Vec::with_capacity(features.len());
    let mut reasons = Vec::with_capacity(features.len());
    let mut fixed = Vec::with_capacity(features.len());
    for ((f, m), cue) in features.iter().zip(markups).zip(cues) {
        if cue.is_some() {
            classes.push(Class::Bad);
            reasons.push("");
            fixed.push(true);
        } else {
            let (class, reason) = initial(f, *m, params);
            classes.push(class);
            reasons.push(reason);
            fixed.push(false);
        }
    }
    let revised = revise(&classes, features, &fixed);
    let mut out: Vec<Decision> = (0..features.len())
        .map(|i| match &cues[i] {
            Some(cue) => (false, cue.clone()),
            None => (
                revised[i].0,
                format!("{prefix}{}", revised[i].1.unwrap_or(reasons[i])),
            ),
        })
        .collect();
    let is_html = markups.iter().any(Option::is_some);
    if is_html {
        if let Some(id) = container::best(&out, features, markups) {
            container::apply(&mut out, features, markups, kinds, cues, id);
        }
        cut_at_comments(&mut out, features, cues);
    } else {
        let kept: Vec<bool> = out.iter().map(|d| d.0).collect();
        let barriers: Vec<bool> = cues.iter().map(|c| is_barrier(c.as_deref())).collect();
        let mut region = main_region(&kept, &barriers, features);
        // a comments heading inside the region ends the article when enough comes before it
        if let Some(cut) = cues
            .iter()
            .position(|c| c.as_deref() == Some("cue/comments"))
        {
            let before: usize = (0..cut)
                .filter(|&i| kept[i])
                .map(|i| features[i].chars)
                .sum();
            if before >= COMMENTS_CUT_MIN && region.end > cut {
                region = main_region(&kept[..cut], &barriers[..cut], &features[..cut]);
            }
        }
        for (i, d) in out.iter_mut().enumerate() {
            if d.0 && !region.contains(&i) {
                *d = (false, format!("{prefix}region/outside-main"));
            }
        }
    }
    out
}

/// Ends the article at the first comments heading that follows enough kept text.
fn cut_at_comments(out: &mut [Decision], features: &[Features], cues: &[Option<String>]) {
    let mut before = 0;
    for i in 0..out.len() {
        if before >= COMMENTS_CUT_MIN && cues[i].as_deref() == Some("cue/comments") {
            for d in out[i + 1..].iter_mut().filter(|d| d.0) {
                *d = (false, "region/after-comments".into());
            }
            return;
        }
        if out[i].0 {
            before += features[i].chars;
        }
    }
}

/// How much kept text must come before a comments heading for it to end the article.
const COMMENTS_CUT_MIN: usize = 300;

/// How much crossing a comments or "related" heading costs the main region, in characters.
const BARRIER_TOLL: i64 = 600;

/// A heading that opens the comments or a list of other articles: the article rarely goes on
/// after it.
fn is_barrier(cue: Option<&str>) -> bool {
    cue == Some("cue/comments")
}

/// The run of blocks with the largest sum of kept characters minus a toll for removed blocks
/// and a larger one for barriers (Kadane's maximum subarray): the article, without distant
/// kept islands (teasers, comments).
pub fn main_region(
    kept: &[bool],
    barriers: &[bool],
    features: &[Features],
) -> std::ops::Range<usize> {
    let mut best = (0i64, 0usize, 0usize);
    let mut sum = 0i64;
    let mut start = 0;
    for (i, (k, f)) in kept.iter().zip(features).enumerate() {
        let w = if *k {
            f.chars as i64
        } else if barriers[i] {
            -BARRIER_TOLL
        } else {
            -((f.chars.max(30) as i64) / 2)
        };
        if sum <= 0 {
            sum = 0;
            start = i;
        }
        sum += w;
        if sum > best.0 {
            best = (sum, start, i + 1);
        }
    }
    best.1..best.2
}
