//! The context pass (after jusText): short and near-good blocks take the class of their
//! neighbours, so short lines inside the article stay and short lines in a boilerplate run go.

use super::classify::Class;
use super::features::Features;

/// For every block, the nearest class before and after it, skipping short blocks and, when
/// `skip_near_good`, near-good ones; the document's edges count as bad. Made in one pass each
/// way, so a long run of short blocks costs no more than its length.
struct Nearest {
    before: Vec<Class>,
    after: Vec<Class>,
}

impl Nearest {
    fn new(classes: &[Class], skip_near_good: bool) -> Self {
        let counts = |c: Class| !(c == Class::Short || (skip_near_good && c == Class::NearGood));
        let scan = |order: &mut dyn Iterator<Item = &Class>| {
            let mut last = Class::Bad;
            order
                .map(|&c| {
                    let seen = last;
                    if counts(c) {
                        last = c;
                    }
                    seen
                })
                .collect::<Vec<_>>()
        };
        let before = scan(&mut classes.iter());
        let mut after = scan(&mut classes.iter().rev());
        after.reverse();
        Nearest { before, after }
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
    let (strict, loose) = (Nearest::new(classes, true), Nearest::new(classes, false));
    for i in 0..n {
        if classes[i] != Class::Short || fixed[i] {
            continue;
        }
        let (prev, next) = (strict.before[i], strict.after[i]);
        let adjacent_good = (i > 0 && classes[i - 1] == Class::Good && !fixed[i - 1])
            || (i + 1 < n && classes[i + 1] == Class::Good && !fixed[i + 1]);
        let (class, reason) = if prev == Class::Good && next == Class::Good {
            (Class::Good, "context/between-good")
        } else if features[i].sentence_like() && adjacent_good {
            (Class::Good, "context/sentence-beside-good")
        } else if prev == Class::Bad && next == Class::Bad {
            (Class::Bad, "context/between-bad")
        } else if (prev == Class::Bad && loose.before[i] == Class::NearGood)
            || (next == Class::Bad && loose.after[i] == Class::NearGood)
        {
            (Class::Good, "context/near-good-side")
        } else {
            (Class::Bad, "context/edge-of-bad")
        };
        after_short[i] = class;
        out[i] = (class == Class::Good, Some(reason));
    }
    // near-good blocks: good unless bad on both sides
    let nearest = Nearest::new(&after_short, true);
    for i in 0..n {
        if classes[i] != Class::NearGood || fixed[i] {
            continue;
        }
        let (prev, next) = (nearest.before[i], nearest.after[i]);
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
    use proptest::prelude::*;
    use Class::*;

    /// The nearest class by walking from block `i`: the definition [`Nearest`] keeps.
    fn walked(classes: &[Class], i: usize, forward: bool, skip_near_good: bool) -> Class {
        let mut others: Box<dyn Iterator<Item = &Class>> = if forward {
            Box::new(classes[i + 1..].iter())
        } else {
            Box::new(classes[..i].iter().rev())
        };
        others
            .find(|&&c| !(c == Short || (skip_near_good && c == NearGood)))
            .copied()
            .unwrap_or(Bad)
    }

    proptest! {
        #[test]
        fn the_nearest_classes_are_those_a_walk_finds(
            classes in proptest::collection::vec(prop_oneof![Just(Bad), Just(Short), Just(NearGood), Just(Good)], 0..40),
            skip_near_good in any::<bool>(),
        ) {
            let nearest = Nearest::new(&classes, skip_near_good);
            for i in 0..classes.len() {
                prop_assert_eq!(nearest.before[i], walked(&classes, i, false, skip_near_good));
                prop_assert_eq!(nearest.after[i], walked(&classes, i, true, skip_near_good));
            }
        }
    }

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
