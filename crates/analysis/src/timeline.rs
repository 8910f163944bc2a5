//! The timeline: the body's temporal expressions resolved against the reference date,
//! each with its sentence as the event, in order.

use crate::model::{Grain, Span, TimelineItem};
use crate::segment;
use crate::temporal::Mention;
use jiff::civil::DateTime;

/// Resolves the mentions inside `body` and orders them.
pub fn build(
    text: &str,
    mentions: &[Mention],
    body: &[Span],
    _reference: Option<DateTime>,
) -> Vec<TimelineItem> {
    let mut items = Vec::new();
    for block in body {
        let sentences = segment::sentences(text, *block);
        for m in mentions.iter().filter(|m| block.contains(m.span)) {
            let sentence = segment::sentence_at(&sentences, m.span.start).unwrap_or(*block);
            items.push(TimelineItem {
                start: m.span.start,
                end: m.span.end,
                text: m.span.of(text).to_string(),
                kind: m.kind,
                value: m.value.clone(),
                grain: m.grain,
                latent: false,
                sentence_start: sentence.start,
                sentence_end: sentence.end,
                rule: m.rule.into(),
                resolution: "absolute".into(),
            });
        }
    }
    items.sort_by(|a, b| {
        (a.grain == Grain::None, &a.value).cmp(&(b.grain == Grain::None, &b.value))
    });
    items
}
