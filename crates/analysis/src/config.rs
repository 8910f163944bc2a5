//! What the caller says about the input: its kind, its date, its language, and corrections.

use crate::lang::Lang;
use jiff::civil::DateTime;

/// What kind of text [`crate::analyze`] receives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputKind {
    /// Plain text, e.g. a selection pasted from a page or a PDF.
    Text,
    /// HTML: the clipboard's `text/html` or a saved page.
    Html,
    /// Decide from the input (markup at the start means HTML).
    #[default]
    Detect,
}

/// A reader's correction of one block's classification, keyed by the block's start offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockOverride {
    pub start: usize,
    pub kept: bool,
}

/// Everything that steers an analysis. The core reads no clock: the reference date is an input.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    pub input: InputKind,
    /// The date the article speaks from; detected from the text when `None`.
    pub reference: Option<DateTime>,
    /// The article's language; detected when `None`.
    pub lang: Option<Lang>,
    /// Treat every block as body (evaluation, or a reader who wants everything).
    pub keep_all: bool,
    /// Blocks whose kept/removed decision the reader flipped.
    pub overrides: Vec<BlockOverride>,
    /// Day/month order for ambiguous numeric dates; guessed from the text when `None`.
    pub day_first: Option<bool>,
}

/// Reads a reference date: `YYYY-MM-DD` with an optional `THH:MM[:SS]`.
pub fn parse_reference(s: &str) -> Result<DateTime, String> {
    let s = s.trim();
    let bad = || format!("bad date {s:?}: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]");
    let (date, time) = match s.split_once(['T', ' ']) {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    if date.len() != 10 || time.is_some_and(|t| t.len() != 5 && t.len() != 8) {
        return Err(bad());
    }
    let full = match time {
        None => format!("{date}T00:00:00"),
        Some(t) if t.len() == 5 => format!("{date}T{t}:00"),
        Some(t) => format!("{date}T{t}"),
    };
    full.parse::<DateTime>().map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_dates() {
        assert_eq!(
            parse_reference("2022-12-19").unwrap().to_string(),
            "2022-12-19T00:00:00"
        );
        assert_eq!(
            parse_reference("2022-12-19T11:47").unwrap().to_string(),
            "2022-12-19T11:47:00"
        );
        assert_eq!(
            parse_reference("2022-12-19T11:47:05").unwrap().to_string(),
            "2022-12-19T11:47:05"
        );
        for bad in [
            "",
            "19.12.2022",
            "2022-13-01",
            "2022-12-19T25:00",
            "2022-12-1",
            "tomorrow",
        ] {
            assert!(parse_reference(bad).is_err(), "{bad} should be rejected");
        }
    }
}
