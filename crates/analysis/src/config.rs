//! What the caller says about the input: its kind, its date, its language, and corrections.

use crate::civil::{Date, DateTime, Time};
use crate::lang::Lang;

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
///
/// Parsed by hand (not with a general date parser) so the page that validates the field stays small.
pub fn parse_reference(s: &str) -> Result<DateTime, String> {
    let s = s.trim();
    let bad = || format!("bad date “{s}”: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]");
    let (date, time) = match s.split_once(['T', ' ']) {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let date_parts = numbers(date, '-', &[4, 2, 2]).ok_or_else(bad)?;
    let time_parts = match time {
        None => vec![0, 0, 0],
        Some(t) => numbers(t, ':', &[2, 2, 2])
            .or_else(|| numbers(t, ':', &[2, 2]))
            .ok_or_else(bad)?,
    };
    let year = i16::try_from(date_parts[0]).map_err(|_| bad())?;
    let date = Date::new(year, date_parts[1] as i8, date_parts[2] as i8).map_err(|_| bad())?;
    let second = time_parts.get(2).copied().unwrap_or(0);
    let time =
        Time::new(time_parts[0] as i8, time_parts[1] as i8, second as i8, 0).map_err(|_| bad())?;
    Ok(date.to_datetime(time))
}

/// Splits `s` at `sep` into numbers of exactly the given digit counts.
fn numbers(s: &str, sep: char, widths: &[usize]) -> Option<Vec<u32>> {
    let parts: Vec<&str> = s.split(sep).collect();
    if parts.len() != widths.len() {
        return None;
    }
    parts
        .iter()
        .zip(widths)
        .map(|(p, &w)| {
            (p.len() == w && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect()
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
