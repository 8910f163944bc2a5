//! The context pass (after jusText): short and near-good blocks take the class of their
//! neighbours, so short lines inside the article stay and short lines in a boilerplate run go.

use super::classify::Class;
use super::features::Features;

/// The nearest class before (`step = -1`) or after (`step = 1`) block `i`, skipping short
/// blocks and, when `skip_near_good`, near-good ones. The document's edges count as bad.
fn neighbour(classes: &[Class], i: usize, forward: bool, skip_near_good: bool) -> Class {
    let mut j = i;
    loop {
        if forward {
            j += 1;
            if j >= classes.len() {
                return Class::Bad;
            }
        } else {
            if j == 0 {
                return Class::Bad;
            }
            j -= 1;
        }
        match classes[j] {
            Class::Short => continue,
            Class::NearGood if skip_near_good => continue,
            c => return c,
        }
    }
}

/// Revises short and near-good blocks by their neighbours; `fixed` blocks (cues) stay bad.
/// Returns the final kept flag and, for revised blocks, the reason.
pub fn revise(
    classes: &[Class],
    features: &[Features],
    fixed: &[bool],
) -> Vec<(bool, Option<&'static str>)> {
    let n = classes.len();
    let mut out: Vec<(bool, Option<&'static str>)> =
        classes.iter().map(|c| (*c == Class::Good, None)).collect();
    // short blocks: by the nearest non-short neighbours
    let mut after_short = classes.to_vec();
    for i in 0..n {
        if classes[i] != Class::Short || fixed[i] {
            continue;
        }
        let prev = neighbour(classes, i, false, true);
        let next = neighbour(classes, i, true, true);
        let adjacent_good = (i > 0 && classes[i - 1] == Class::Good && !fixed[i - 1])
            || (i + 1 < n && classes[i + 1] == Class::Good && !fixed[i + 1]);
        let (class, reason) = if prev == Class::Good && next == Class::Good {
            (Class::Good, "context/between-good")
        } else if features[i].sentence_like() && adjacent_good {
            (Class::Good, "context/sentence-beside-good")
        } else if prev == Class::Bad && next == Class::Bad {
            (Class::Bad, "context/between-bad")
        } else if (prev == Class::Bad && neighbour(classes, i, false, false) == Class::NearGood)
            || (next == Class::Bad && neighbour(classes, i, true, false) == Class::NearGood)
        {
            (Class::Good, "context/near-good-side")
        } else {
            (Class::Bad, "context/edge-of-bad")
        };
        after_short[i] = class;
        out[i] = (class == Class::Good, Some(reason));
    }
    // near-good blocks: good unless bad on both sides
    for i in 0..n {
        if classes[i] != Class::NearGood || fixed[i] {
            continue;
        }
        let prev = neighbour(&after_short, i, false, true);
        let next = neighbour(&after_short, i, true, true);
        out[i] = if prev == Class::Bad && next == Class::Bad {
            (false, Some("context/near-good-between-bad"))
        } else {
            (true, Some("context/near-good-beside-good"))
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Class::*;

    #[test]
    fn short_lines_follow_their_neighbours() {
        let classes = [Bad, Short, Good, Short, Good, Short, Bad, Short];
        let features = vec![Features::default(); classes.len()];
        let fixed = vec![false; classes.len()];
        let kept: Vec<bool> = revise(&classes, &features, &fixed)
            .iter()
            .map(|k| k.0)
            .collect();
        assert_eq!(kept, [false, false, true, true, true, false, false, false]);
    }
}
