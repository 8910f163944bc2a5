//! The article's container in HTML: the element that holds the most kept text for the least
//! removed text. Kept blocks outside it are teasers, sidebars or comments; blocks inside it
//! that no cue or boilerplate container names are the article's lists, short lines and tables.

use super::cascade::Decision;
use super::features::Features;
use crate::document::BlockMarkup;
use std::collections::HashMap;

/// How much a removed character inside an element costs against a kept one.
const REMOVED_TOLL: f32 = 0.3;

/// The id of the element with the best balance of kept over removed text, when it holds most
/// of the kept text.
pub fn best(
    decisions: &[Decision],
    features: &[Features],
    markups: &[Option<&BlockMarkup>],
) -> Option<u32> {
    let mut sums: HashMap<u32, (f32, f32, usize)> = HashMap::new();
    let mut total_kept = 0.0;
    for ((d, f), m) in decisions.iter().zip(features).zip(markups) {
        let m = (*m)?;
        let chars = f.chars as f32;
        if d.0 {
            total_kept += chars;
        }
        for (depth, id) in m.ancestors.iter().enumerate() {
            let e = sums.entry(*id).or_insert((0.0, 0.0, depth));
            if d.0 {
                e.0 += chars;
            } else {
                e.1 += chars;
            }
        }
    }
    let (id, (kept, _, _)) = sums.into_iter().max_by(|a, b| {
        let sa = (a.1).0 - REMOVED_TOLL * (a.1).1;
        let sb = (b.1).0 - REMOVED_TOLL * (b.1).1;
        sa.total_cmp(&sb).then((a.1).2.cmp(&(b.1).2))
    })?;
    (kept >= 0.5 * total_kept && kept > 0.0).then_some(id)
}

/// Removes kept blocks outside the container and keeps plain blocks inside it.
pub fn apply(
    decisions: &mut [Decision],
    features: &[Features],
    markups: &[Option<&BlockMarkup>],
    cues: &[Option<String>],
    container: u32,
) {
    for i in 0..decisions.len() {
        let Some(m) = markups[i] else { continue };
        let Some(at) = m.ancestors.iter().position(|a| *a == container) else {
            if decisions[i].0 {
                decisions[i] = (false, "region/outside-article".into());
            }
            continue;
        };
        let negative_inside = m.negative_ids.iter().any(|n| m.ancestors[at..].contains(n));
        let f = &features[i];
        if !decisions[i].0
            && cues[i].is_none()
            && !negative_inside
            && f.link_density <= 0.5
            && f.chars >= 20
            && m.link_chars == 0
        {
            decisions[i] = (true, "region/inside-article".into());
        }
    }
}
