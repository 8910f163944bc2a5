//! Per-block features: length, word shape, stopword density, punctuation, links, position.

use crate::document::BlockMarkup;
use crate::lang::{is_stopword, lowered, runs, Lang};

/// What the classifier knows about one block.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Features {
    /// Characters (not bytes).
    pub chars: usize,
    pub words: usize,
    pub stopwords: usize,
    /// Stopwords per word, for the block's language.
    pub stop_density: f32,
    /// Characters inside links per character (HTML only).
    pub link_density: f32,
    /// Ends like a sentence: `.`, `!`, `?`, `…`, or a closing quote after one.
    pub terminal: bool,
    /// Starts with an upper-case letter, a digit or an opening quote.
    pub starts_upper: bool,
    /// Share of words that start with an upper-case letter.
    pub capital_ratio: f32,
    /// Share of characters that are digits.
    pub digit_ratio: f32,
    /// Opens with a short label and a colon ("See also: …") or ends with a colon: a line
    /// that points at other text rather than being text.
    pub labelled: bool,
    /// Position of the block in the document, 0.0 (first) to 1.0 (last).
    pub position: f32,
}

impl Features {
    /// Looks like a sentence of running text: several words, ends like a sentence.
    pub fn sentence_like(&self) -> bool {
        self.terminal && self.words >= 4 && self.stopwords >= 1 && self.capital_ratio < 0.7
    }

    /// Looks like a headline or a link label: a few words without a full stop.
    pub fn headline_like(&self) -> bool {
        !self.terminal && (2..=30).contains(&self.words) && self.chars < 220
    }
}

/// Computes the features of `text` (one block) in `lang`.
pub fn compute(
    text: &str,
    lang: Lang,
    markup: Option<&BlockMarkup>,
    index: usize,
    count: usize,
) -> Features {
    let mut f = Features {
        position: if count > 1 {
            index as f32 / (count - 1) as f32
        } else {
            0.0
        },
        ..Features::default()
    };
    let mut digits = 0;
    let mut capitals = 0;
    let mut lower = String::new();
    for &b in text.as_bytes() {
        // every byte but a UTF-8 continuation byte starts a character
        if (b as i8) >= -0x40 {
            f.chars += 1;
        }
        if b.is_ascii_digit() {
            digits += 1;
        }
    }
    for word in runs(text, |c| c.is_alphanumeric() || c == '\'') {
        f.words += 1;
        let first = word.chars().next().unwrap_or(' ');
        if first.is_uppercase() {
            capitals += 1;
        }
        let stop = is_stopword(lang, lowered(word, &mut lower));
        if stop {
            f.stopwords += 1;
        }
    }
    if f.words > 0 {
        f.stop_density = f.stopwords as f32 / f.words as f32;
        f.capital_ratio = capitals as f32 / f.words as f32;
    }
    if f.chars > 0 {
        f.digit_ratio = digits as f32 / f.chars as f32;
        if let Some(m) = markup {
            f.link_density = m.link_chars as f32 / f.chars as f32;
        }
    }
    let trimmed = text.trim_end_matches(['"', '”', '“', '’', '\'', '»', '«', ')', ' ']);
    f.terminal = trimmed.ends_with(['.', '!', '?', '…', ';']) && !trimmed.ends_with("...");
    f.labelled = text.trim_end().ends_with(':')
        || text.split_once(':').is_some_and(|(label, rest)| {
            let words = label.split_whitespace().count();
            (1..=3).contains(&words)
                && label.chars().count() <= 24
                && rest.starts_with(char::is_whitespace)
        });
    f.starts_upper = text
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "“\"«„'‘—–-(".contains(c));
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_and_headline_shapes() {
        let s = compute(
            "The minister said that the talks were over.",
            Lang::En,
            None,
            0,
            1,
        );
        assert!(s.sentence_like() && !s.headline_like());
        assert!(s.stop_density > 0.3);
        let h = compute(
            "Ferry Operators Warn of Winter Delays",
            Lang::En,
            None,
            0,
            1,
        );
        assert!(h.headline_like() && !h.sentence_like() && !h.labelled);
        let l = compute("See also: Ferry Operators Warn", Lang::En, None, 0, 1);
        assert!(l.labelled);
        let u = compute("http://example.com/a", Lang::En, None, 0, 1);
        assert!(!u.labelled);
        let de = compute(
            "Die Regierung hat sich mit den Gewerkschaften geeinigt.",
            Lang::De,
            None,
            0,
            1,
        );
        assert!(de.stop_density > 0.3);
    }
}
