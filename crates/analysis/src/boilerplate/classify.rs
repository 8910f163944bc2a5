//! The context-free pass (after jusText): each block alone is bad, short, near-good or good,
//! by its length, stopword density and link density; markup cues shift the decision.

use super::features::Features;
use crate::document::BlockMarkup;

/// jusText's four classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Bad,
    Short,
    NearGood,
    Good,
}

/// Thresholds of the context-free pass.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    /// Below this many characters a block is short.
    pub length_low: usize,
    /// Above this many characters a block with enough stopwords is good.
    pub length_high: usize,
    /// Stopword density below which a block is bad.
    pub stop_low: f32,
    /// Stopword density from which a long block is good.
    pub stop_high: f32,
    /// Link density above which a block is bad.
    pub max_link_density: f32,
}

impl Params {
    /// The first stage's thresholds.
    pub const STRICT: Params = Params {
        length_low: 70,
        length_high: 200,
        stop_low: 0.22,
        stop_high: 0.28,
        max_link_density: 0.25,
    };

    /// The relaxed thresholds a later stage retries with.
    pub const RELAXED: Params = Params {
        length_low: 40,
        length_high: 120,
        stop_low: 0.12,
        stop_high: 0.18,
        max_link_density: 0.45,
    };

    /// Length and links only, for text whose language has no stopword list.
    pub const LENGTH_ONLY: Params = Params {
        length_low: 30,
        length_high: 100,
        stop_low: 0.0,
        stop_high: 0.0,
        max_link_density: 0.45,
    };
}

/// Classifies one block by its own features.
pub fn initial(f: &Features, markup: Option<&BlockMarkup>, p: &Params) -> (Class, &'static str) {
    if f.link_density > p.max_link_density {
        return (Class::Bad, "links/dense");
    }
    let (mut class, mut reason) = if f.chars < p.length_low {
        if f.link_density > 0.0 {
            (Class::Bad, "links/short")
        } else {
            (Class::Short, "body/short")
        }
    } else if f.stop_density >= p.stop_high {
        if f.chars > p.length_high || f.sentence_like() && f.chars * 2 > p.length_high {
            (Class::Good, "body/good")
        } else {
            (Class::NearGood, "body/near-good")
        }
    } else if f.stop_density >= p.stop_low {
        (Class::NearGood, "body/near-good")
    } else if f.sentence_like() && f.stop_density >= p.stop_low / 2.0 {
        // a dateline sentence full of names: "TALLINN, March 14 – Nordic Wire. …"
        (Class::NearGood, "body/near-good-sentence")
    } else {
        (Class::Bad, "body/few-stopwords")
    };
    if let Some(m) = markup {
        if m.negative_cue && !m.in_article && !m.positive_cue {
            (class, reason) = match class {
                Class::Good => (Class::NearGood, "markup/negative-container"),
                Class::NearGood | Class::Short => (Class::Bad, "markup/negative-container"),
                Class::Bad => (class, reason),
            };
        }
    }
    (class, reason)
}
