//! The document date: given by the reader, read from the page's markup, or found in the
//! text's head (a date line, "Published …", a dateline "MINSK, December 19 –").
//! Relative times ("26 mins ago") never count: only dates the text writes out.

use super::value::{parse_value, Spec};
use super::Mention;
use crate::civil::{Date, DateTime, Time};
use crate::document::Document;
use crate::model::{Block, DateSource, DocumentDate, Grain};

/// How far into the text a date line may stand.
const HEAD_BYTES: usize = 2000;

/// The document date and the reference for resolution.
pub fn document_date(
    doc: &Document,
    _blocks: &[Block],
    mentions: &[Mention],
    given: Option<DateTime>,
) -> (DocumentDate, Option<DateTime>) {
    if let Some(given) = given {
        return (found(given, DateSource::Given, None, "given"), Some(given));
    }
    if let Some(published) = doc.markup.as_ref().and_then(|m| m.published.as_deref()) {
        if let Some(dt) = parse_markup_date(published) {
            return (
                found(dt, DateSource::Html, None, "markup/published"),
                Some(dt),
            );
        }
    }
    // a full date written in the head of the text
    let head: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.span.start < HEAD_BYTES)
        .collect();
    let full = head.iter().find_map(|m| full_date(m).map(|d| (m, d)));
    if let Some((m, d)) = full {
        let dt = d.to_datetime(Time::midnight());
        let date = found(dt, DateSource::Text, Some(m), m.rule);
        return (date, Some(dt));
    }
    (DocumentDate::default(), None)
}

/// A date with year, month and day written out (no shift, no weekday).
fn full_date(m: &Mention) -> Option<Date> {
    let Spec::Calendar { fields, .. } = &m.timex.spec else {
        return None;
    };
    if m.grain > Grain::Day && m.grain != Grain::Daypart {
        return None;
    }
    Date::new(fields.year? as i16, fields.month? as i8, fields.day? as i8).ok()
}

fn found(dt: DateTime, source: DateSource, m: Option<&&Mention>, rule: &str) -> DocumentDate {
    let value = if dt.time() == Time::midnight() {
        dt.date().to_string()
    } else {
        dt.to_minute_string()
    };
    DocumentDate {
        value: Some(value),
        source,
        start: m.map(|m| m.span.start),
        end: m.map(|m| m.span.end),
        rule: Some(rule.to_string()),
    }
}

/// A markup date: ISO 8601 (`2022-12-19`, `2022-12-19T11:47:00+03:00`) or any date the
/// English rules read ("December 19, 2022").
fn parse_markup_date(s: &str) -> Option<DateTime> {
    let s = s.trim();
    // `get`: a markup value may hold any character, and byte 10 need not be a boundary
    if let Some(head) = s.get(..10) {
        if let Ok(d) = head.parse::<Date>() {
            let time = s
                .get(11..16)
                .and_then(|t| format!("{t}:00").parse::<Time>().ok())
                .unwrap_or(Time::midnight());
            return Some(d.to_datetime(time));
        }
    }
    let mentions = super::extract(s, crate::lang::Lang::En);
    mentions.iter().find_map(|m| {
        let (f, _) = parse_value(&m.value)?;
        let d = Date::new(f.year? as i16, f.month? as i8, f.day? as i8).ok()?;
        Some(d.to_datetime(Time::midnight()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::PageMarkup;
    use crate::lang::Lang;

    fn date_of(doc: &Document) -> DocumentDate {
        let mentions = super::super::extract(&doc.text, Lang::En);
        document_date(doc, &[], &mentions, None).0
    }

    #[test]
    fn markup_date_wins_over_the_text() {
        let doc = Document {
            text: "Published 3 March 2021. Talks began.".into(),
            markup: Some(PageMarkup {
                published: Some("2022-12-19T11:47:00+03:00".into()),
                ..PageMarkup::default()
            }),
            ..Document::default()
        };
        let date = date_of(&doc);
        assert_eq!(date.value.as_deref(), Some("2022-12-19T11:47"));
        assert_eq!(date.source, DateSource::Html);
    }

    #[test]
    fn a_written_date_in_the_head_is_the_document_date() {
        let doc = Document {
            text: "Updated 26 mins ago\nPublished December 19, 2022\nMINSK – Talks began.".into(),
            ..Document::default()
        };
        let date = date_of(&doc);
        assert_eq!(date.value.as_deref(), Some("2022-12-19"));
        assert_eq!(date.source, DateSource::Text);
        assert_eq!(date.rule.as_deref(), Some("date/month-day-year"));
    }
}
