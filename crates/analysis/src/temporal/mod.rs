//! Temporal expressions: extraction (what the text says) and the document date.
//! (First cut: ISO dates only.)

use crate::document::Document;
use crate::lang::Lang;
use crate::model::{Block, DateSource, DocumentDate, Grain, Span, TimexType};
use jiff::civil::DateTime;

/// A temporal expression as written, before resolution.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub span: Span,
    pub kind: TimexType,
    /// The value as far as the text alone fixes it (TIMEX3, `X` for unknown digits).
    pub value: String,
    pub grain: Grain,
    pub rule: &'static str,
}

/// Finds every temporal expression in `text`.
pub fn extract(text: &str, _lang: Lang) -> Vec<Mention> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i + 10 <= bytes.len() {
        let w = &bytes[i..i + 10];
        let iso = w[4] == b'-'
            && w[7] == b'-'
            && [0, 1, 2, 3, 5, 6, 8, 9]
                .iter()
                .all(|&k| w[k].is_ascii_digit());
        if iso && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
            out.push(Mention {
                span: Span::new(i, i + 10),
                kind: TimexType::Date,
                value: text[i..i + 10].to_string(),
                grain: Grain::Day,
                rule: "date/iso",
            });
            i += 10;
        } else {
            i += 1;
        }
    }
    out
}

/// The document date: given, or the first full date in the text.
pub fn document_date(
    _doc: &Document,
    _blocks: &[Block],
    mentions: &[Mention],
    given: Option<DateTime>,
) -> (DocumentDate, Option<DateTime>) {
    if let Some(given) = given {
        let value = if given.time() == jiff::civil::Time::midnight() {
            given.date().to_string()
        } else {
            given.strftime("%Y-%m-%dT%H:%M").to_string()
        };
        let date = DocumentDate {
            value: Some(value),
            source: DateSource::Given,
            start: None,
            end: None,
            rule: None,
        };
        return (date, Some(given));
    }
    for m in mentions {
        if let Ok(d) = m.value.parse::<jiff::civil::Date>() {
            let date = DocumentDate {
                value: Some(m.value.clone()),
                source: DateSource::Text,
                start: Some(m.span.start),
                end: Some(m.span.end),
                rule: Some(m.rule.into()),
            };
            return (date, Some(d.to_datetime(jiff::civil::Time::midnight())));
        }
    }
    (DocumentDate::default(), None)
}
