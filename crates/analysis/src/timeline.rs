//! The timeline: the body's temporal expressions resolved against the reference date,
//! each with its sentence as the event, ordered by value (durations, sets and vague
//! references last).

use crate::civil::{Date, DateTime};
use crate::model::{Grain, Span, TimelineItem, TimexType};
use crate::segment;
use crate::temporal::resolve::{self, Context};
use crate::temporal::tense::{self, Tense};
use crate::temporal::value::{parse_value, Fields};
use crate::temporal::{Mention, OrderSource};

/// How far back a quarter the text spoke of still anchors "a year earlier".
const QUARTER_REACH: usize = 3000;

/// How far back a day the text narrates still dates a bare clock time.
const NARRATION_REACH: usize = 1500;

/// How far back a dated point the text named still anchors "that year".
const ANCHOR_REACH: usize = 1500;

/// Resolves the mentions inside `body` and orders them.
pub fn build(
    text: &str,
    mentions: &[Mention],
    body: &[Span],
    reference: Option<DateTime>,
) -> Vec<TimelineItem> {
    let mut items = Vec::new();
    let mut last_quarter: Option<(usize, (i32, u8))> = None;
    let mut last_day: Option<(usize, Date)> = None;
    let mut anchor: Option<(usize, (Fields, Grain))> = None;
    let mut sentences: Option<(Span, Vec<Span>)> = None;
    for m in mentions {
        let ctx = Context {
            tense: tense::tense_at(text, m.span),
            last_quarter: last_quarter
                .filter(|(at, _)| m.span.start - at < QUARTER_REACH)
                .map(|(_, q)| q),
            year_follows_quarter: matches!(
                m.rule,
                "date/ago" | "date/year-earlier" | "date/same-period-last-year"
            ) || (m.rule == "date/year-period"
                && (m.span.of(text).ends_with("period") || m.span.of(text).ends_with("quarter"))),
            narrated_day: last_day
                .filter(|(at, _)| m.span.start - at < NARRATION_REACH)
                .map(|(_, d)| d),
            anchor: anchor
                .filter(|(at, _)| m.span.start - at < ANCHOR_REACH)
                .map(|(_, a)| a),
        };
        let resolved = resolve::resolve(&m.timex, reference, &ctx);
        if let Some(point) = dated_point(m, &resolved.value) {
            anchor = Some((m.span.end, point));
        }
        if resolved.grain == Grain::Day {
            if let Ok(d) = resolved.value.parse::<Date>() {
                last_day = Some((m.span.end, d));
            }
        }
        if m.kind == TimexType::Duration && spans_months(&resolved.value) {
            // "the nine months": the text now compares longer periods than a quarter
            last_quarter = None;
        }
        if resolved.grain == Grain::Quarter && names_quarter(m.rule) {
            if let Some((f, _)) = parse_value(&resolved.value) {
                if let (Some(y), Some(q)) = (f.year, f.quarter) {
                    // a quarter not yet over is no period the text reports on, unless the
                    // text reports on it in the past (a fiscal quarter)
                    let reported = ctx.tense == Tense::Past;
                    if reported || reference.is_none_or(|r| ended_before(y, q, r)) {
                        // the report's quarter is the latest one named; an earlier one
                        // ("after a flat second quarter") is an aside
                        let live = last_quarter
                            .filter(|(at, _)| m.span.start - at < QUARTER_REACH)
                            .map(|(_, named)| named);
                        let latest = live.map_or((y, q), |named| named.max((y, q)));
                        last_quarter = Some((m.span.end, latest));
                    }
                }
            }
        }
        // body spans are in text order: find the one holding the mention by binary search
        let after = body.partition_point(|b| b.start <= m.span.start);
        let Some(block) = after
            .checked_sub(1)
            .map(|i| &body[i])
            .filter(|b| b.contains(m.span))
        else {
            continue;
        };
        if sentences.as_ref().is_none_or(|(b, _)| b != block) {
            sentences = Some((*block, segment::sentences(text, *block)));
        }
        let spans = &sentences.as_ref().expect("set above").1;
        let sentence = segment::sentence_at(spans, m.span.start).unwrap_or(*block);
        items.push(TimelineItem {
            start: m.span.start,
            end: m.span.end,
            text: m.span.of(text).to_string(),
            kind: m.kind,
            value: resolved.value,
            grain: resolved.grain,
            latent: m.latent,
            sentence_start: sentence.start,
            sentence_end: sentence.end,
            rule: m.rule.into(),
            resolution: match m.ambiguous_order {
                Some(source) => format!(
                    "{}; day and month order ambiguous, {}",
                    resolved.how,
                    match source {
                        OrderSource::Setting => "set by the reader",
                        OrderSource::Text => "read from the text's other dates",
                        OrderSource::Language => "the language's usual order",
                    }
                ),
                None => resolved.how,
            },
        });
    }
    items.sort_by_cached_key(order_key);
    items
}

/// Rules whose mention names a quarter itself ("the third quarter", "Q3 2021").
fn names_quarter(rule: &str) -> bool {
    rule.starts_with("date/quarter") || rule == "date/year-quarter"
}

/// The calendar fields of a mention that names a point of the calendar with its year (not a
/// duration, a set or a vague reference).
fn dated_point(m: &Mention, value: &str) -> Option<(Fields, Grain)> {
    if !matches!(m.kind, TimexType::Date | TimexType::Time) {
        return None;
    }
    let (f, grain) = parse_value(value)?;
    f.year?;
    (grain <= Grain::Year).then_some((f, grain))
}

/// True when quarter `q` of `y` ended before `r`.
fn ended_before(y: i32, q: u8, r: DateTime) -> bool {
    let rq = (r.month() as u8 - 1) / 3 + 1;
    (y, q) < (r.year() as i32, rq)
}

/// A span of six months or more, short of a year ("P9M").
fn spans_months(value: &str) -> bool {
    value
        .strip_prefix('P')
        .and_then(|v| v.strip_suffix('M'))
        .and_then(|n| n.parse::<u32>().ok())
        .is_some_and(|n| (6..12).contains(&n))
}

/// Dated points first by value, then durations, sets and vague references.
fn order_key(item: &TimelineItem) -> (u8, String, usize) {
    let apart = match item.kind {
        TimexType::Duration => 2,
        TimexType::Set => 3,
        _ if item.value.ends_with("_REF") => 4,
        _ if item.value.starts_with('X') || item.value.starts_with('P') => 1,
        _ => 0,
    };
    (apart, item.value.clone(), item.start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::temporal;

    fn reference() -> Option<DateTime> {
        Some(crate::config::parse_reference("2024-03-14").unwrap())
    }

    #[test]
    fn only_body_mentions_reach_the_timeline() {
        let text = "Posted 5 mins ago\nThe talks began yesterday and will end on Friday.\nRelated: March 2, 22:54";
        let mentions = temporal::extract(text, Lang::En);
        let body_start = text.find("The talks").unwrap();
        let body_end = text.find("\nRelated").unwrap();
        let items = build(
            text,
            &mentions,
            &[Span::new(body_start, body_end)],
            reference(),
        );
        let texts: Vec<&str> = items.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(texts, ["yesterday", "Friday"]);
        assert_eq!(items[0].value, "2024-03-13");
        // "will" puts the bare weekday in the future
        assert_eq!(items[1].value, "2024-03-15");
        assert!(items.iter().all(|i| i.sentence_start == body_start));
    }

    #[test]
    fn orders_by_value_with_durations_and_vague_last() {
        let text = "Recently, for three years, it grew; in 2021 it fell; last year it rose.";
        let mentions = temporal::extract(text, Lang::En);
        let items = build(text, &mentions, &[Span::new(0, text.len())], reference());
        let values: Vec<&str> = items.iter().map(|i| i.value.as_str()).collect();
        assert_eq!(values, ["2021", "2023", "P3Y", "PAST_REF"]);
    }
}
