//! Pure view-models: what the panels draw, computed from an [`Analysis`] without the DOM.

use crate::state::Focus;
use lede_analysis::{Analysis, Grain, TimelineItem, TimexType};
use std::collections::BTreeMap;

/// A piece of a block's text and what it is part of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    /// Index into `analysis.quotes` when the piece is quoted words.
    pub quote: Option<usize>,
    /// Index into `analysis.timeline` when the piece is a dated expression.
    pub event: Option<usize>,
    /// Index into `analysis.quotes` when the piece is a speaker mention.
    pub speaker_of: Option<usize>,
}

/// Every highlight of an analysis, sorted by start, so a block finds its own in a binary search.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marks {
    /// (start, end, index into `analysis.quotes`)
    quotes: Vec<(usize, usize, usize)>,
    /// (start, end, index into `analysis.quotes`) of speaker mentions
    speakers: Vec<(usize, usize, usize)>,
    /// (start, end, index into `analysis.timeline`)
    events: Vec<(usize, usize, usize)>,
    /// The longest mark of each list, to bound the search backwards.
    longest: [usize; 3],
}

impl Marks {
    pub fn new(a: &Analysis) -> Self {
        let mut quotes: Vec<_> = a
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q)| (q.start, q.end, i))
            .collect();
        let mut speakers: Vec<_> = a
            .quotes
            .iter()
            .enumerate()
            .filter_map(|(i, q)| Some((q.speaker_start?, q.speaker_end?, i)))
            .collect();
        let mut events: Vec<_> = a
            .timeline
            .iter()
            .enumerate()
            .map(|(i, t)| (t.start, t.end, i))
            .collect();
        // quotes come in text order and dated items in time order: a sort only where needed,
        // and a merge sort (the page's unstable sort is a heapsort, built for size)
        for list in [&mut quotes, &mut speakers, &mut events] {
            if !list.is_sorted() {
                list.sort();
            }
        }
        let longest =
            |l: &[(usize, usize, usize)]| l.iter().map(|(s, e, _)| e - s).max().unwrap_or(0);
        let longest = [longest(&quotes), longest(&speakers), longest(&events)];
        Marks {
            quotes,
            speakers,
            events,
            longest,
        }
    }

    /// The marks of `list` that overlap `start..end`.
    fn within(
        list: &[(usize, usize, usize)],
        longest: usize,
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = &(usize, usize, usize)> {
        let from = list.partition_point(|m| m.0 + longest < start);
        let to = list.partition_point(|m| m.0 < end);
        list[from..to.max(from)]
            .iter()
            .filter(move |m| m.0 < end && m.1 > start)
    }
}

/// Cuts the block `start..end` into pieces at every quote, speaker and date boundary.
pub fn pieces(a: &Analysis, marks: &Marks, start: usize, end: usize) -> Vec<Piece> {
    let quotes: Vec<_> = Marks::within(&marks.quotes, marks.longest[0], start, end)
        .copied()
        .collect();
    let speakers: Vec<_> = Marks::within(&marks.speakers, marks.longest[1], start, end)
        .copied()
        .collect();
    let events: Vec<_> = Marks::within(&marks.events, marks.longest[2], start, end)
        .copied()
        .collect();
    let mut cuts = vec![start, end];
    for &(s, e, _) in quotes.iter().chain(&speakers).chain(&events) {
        cuts.extend([s.max(start), e.min(end)]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let holder = |list: &[(usize, usize, usize)], s: usize, e: usize| {
        list.iter().find(|m| m.0 <= s && e <= m.1).map(|m| m.2)
    };
    cuts.windows(2)
        .filter(|w| w[0] < w[1] && a.text.is_char_boundary(w[0]) && a.text.is_char_boundary(w[1]))
        .map(|w| {
            let (s, e) = (w[0], w[1]);
            Piece {
                start: s,
                end: e,
                quote: holder(&quotes, s, e),
                event: holder(&events, s, e),
                speaker_of: holder(&speakers, s, e),
            }
        })
        .collect()
}

/// The block that holds the item in focus (a block, a quote's start, a date's start).
pub fn focused_block(a: &Analysis, focus: Focus) -> Option<usize> {
    let at = match focus {
        Focus::None => return None,
        Focus::Block(i) => return (i < a.blocks.len()).then_some(i),
        Focus::Quote(i) => a.quotes.get(i)?.start,
        Focus::Event(i) => a.timeline.get(i)?.start,
    };
    let i = a.blocks.partition_point(|b| b.end <= at);
    a.blocks.get(i).filter(|b| b.start <= at).map(|_| i)
}

/// The quotes of one person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerGroup {
    /// The canonical name, or `None` for quotes whose speaker the text does not state.
    pub name: Option<String>,
    /// Indices into `analysis.quotes`, in text order.
    pub quotes: Vec<usize>,
    /// A palette slot (0..PALETTE) shared by the article view and the panel.
    pub color: usize,
}

/// How many speaker colours the stylesheet defines.
pub const PALETTE: usize = 8;

/// Quotes grouped by speaker: most quoted first, unattributed last.
pub fn speaker_groups(a: &Analysis) -> Vec<SpeakerGroup> {
    let mut groups: Vec<SpeakerGroup> = Vec::new();
    let mut group_of: BTreeMap<Option<&str>, usize> = BTreeMap::new();
    let mut last: Option<usize> = None;
    for (i, q) in a.quotes.iter().enumerate() {
        // a speaker's quotes tend to follow one another
        let g = match last {
            Some(g) if groups[g].name == q.speaker => g,
            _ => *group_of.entry(q.speaker.as_deref()).or_insert_with(|| {
                groups.push(SpeakerGroup {
                    name: q.speaker.clone(),
                    quotes: Vec::new(),
                    color: 0,
                });
                groups.len() - 1
            }),
        };
        groups[g].quotes.push(i);
        last = Some(g);
    }
    for (slot, g) in groups.iter_mut().filter(|g| g.name.is_some()).enumerate() {
        g.color = slot % PALETTE;
    }
    groups.sort_by_key(|g| (g.name.is_none(), std::cmp::Reverse(g.quotes.len())));
    groups
}

/// The palette slot of every quote's speaker (its group's), by quote index.
pub fn quote_colors(groups: &[SpeakerGroup]) -> Vec<Option<usize>> {
    let mut colors = vec![None; groups.iter().map(|g| g.quotes.len()).sum()];
    for g in groups.iter().filter(|g| g.name.is_some()) {
        for &q in &g.quotes {
            colors[q] = Some(g.color);
        }
    }
    colors
}

/// A heading in the timeline with its items.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineSection {
    pub heading: String,
    /// Indices into `analysis.timeline`.
    pub items: Vec<usize>,
}

/// The timeline cut into sections: one per year of dated items (in order), then durations,
/// repetitions and vague references apart.
pub fn timeline_sections(a: &Analysis) -> Vec<TimelineSection> {
    let mut sections: Vec<TimelineSection> = Vec::new();
    let mut durations = Vec::new();
    let mut sets = Vec::new();
    let mut vague = Vec::new();
    let mut undated = Vec::new();
    for (i, t) in a.timeline.iter().enumerate() {
        match t.kind {
            TimexType::Duration => durations.push(i),
            TimexType::Set => sets.push(i),
            _ if t.value.ends_with("_REF") => vague.push(i),
            _ => match year_of(t) {
                Some(year) => match sections.iter_mut().find(|s| s.heading == year) {
                    Some(s) => s.items.push(i),
                    None => sections.push(TimelineSection {
                        heading: year,
                        items: vec![i],
                    }),
                },
                None => undated.push(i),
            },
        }
    }
    for (heading, items) in [
        ("Year not known", undated),
        ("Durations", durations),
        ("Repeating", sets),
        ("Vague references", vague),
    ] {
        if !items.is_empty() {
            sections.push(TimelineSection {
                heading: heading.into(),
                items,
            });
        }
    }
    sections
}

/// The year (or decade/century) a value falls in, as written in the value.
fn year_of(t: &TimelineItem) -> Option<String> {
    let digits: String = t.value.chars().take_while(|c| c.is_ascii_digit()).collect();
    match digits.len() {
        4 => Some(digits),
        3 => Some(format!("{digits}0s")),
        2 => Some(format!("{}00s", digits)),
        _ => None,
    }
}

/// A short, readable form of a TIMEX value for the timeline's left column.
pub fn display_value(t: &TimelineItem) -> String {
    let v = &t.value;
    match t.grain {
        Grain::Minute | Grain::Second | Grain::Hour => v.replacen('T', " ", 1),
        _ => v.clone(),
    }
}

/// `amount / unit` with one decimal, rounded ("12.3"): integer arithmetic, so the page carries
/// no float formatting.
pub fn one_decimal(amount: u64, unit: u64) -> String {
    let tenths = (amount.saturating_mul(10) + unit / 2) / unit.max(1);
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;
    use lede_analysis::{Quote, QuoteKind};

    fn quote(start: usize, end: usize, speaker: Option<&str>) -> Quote {
        Quote {
            start,
            end,
            text: String::new(),
            speaker: speaker.map(Into::into),
            speaker_start: None,
            speaker_end: None,
            speaker_via: None,
            cue: None,
            kind: QuoteKind::Direct,
            rule: "test".into(),
        }
    }

    #[test]
    fn one_decimal_rounds_to_the_nearest_tenth() {
        assert_eq!(one_decimal(3_249, 1000), "3.2");
        assert_eq!(one_decimal(3_250, 1000), "3.3");
        assert_eq!(one_decimal(20_971_520, 1_000_000), "21.0");
        assert_eq!(one_decimal(0, 1000), "0.0");
    }

    #[test]
    fn pieces_cut_at_quote_boundaries() {
        let a = Analysis {
            text: "He said “yes” today.".into(),
            quotes: vec![quote(11, 14, Some("Ann"))],
            ..Default::default()
        };
        let p = pieces(&a, &Marks::new(&a), 0, a.text.len());
        let texts: Vec<_> = p
            .iter()
            .map(|p| (&a.text[p.start..p.end], p.quote))
            .collect();
        assert_eq!(
            texts,
            [("He said “", None), ("yes", Some(0)), ("” today.", None)]
        );
    }

    /// The timeline comes in time order, not text order: each block still finds its dates.
    #[test]
    fn pieces_find_dates_listed_out_of_text_order() {
        let text = "In 2021 it rose; in 1999 it fell.";
        let item = |year: &str| {
            let start = text.find(year).unwrap();
            TimelineItem {
                start,
                end: start + 4,
                text: year.into(),
                kind: TimexType::Date,
                value: year.into(),
                grain: Grain::Year,
                latent: false,
                sentence_start: 0,
                sentence_end: text.len(),
                rule: "test".into(),
                resolution: String::new(),
            }
        };
        let a = Analysis {
            text: text.into(),
            timeline: vec![item("1999"), item("2021")],
            ..Default::default()
        };
        let marks = Marks::new(&a);
        let half = text.find(';').unwrap();
        let dated: Vec<_> = [(0, half), (half, text.len())]
            .into_iter()
            .flat_map(|(start, end)| pieces(&a, &marks, start, end))
            .filter_map(|p| Some((&text[p.start..p.end], p.event?)))
            .collect();
        assert_eq!(dated, [("2021", 1), ("1999", 0)]);
    }

    #[test]
    fn the_focused_block_holds_the_item_in_focus() {
        let block = |start, end| lede_analysis::Block {
            start,
            end,
            kept: true,
            reason: "test".into(),
            kind: Default::default(),
            overridden: false,
        };
        let a = Analysis {
            text: "First part.\n\nSecond “part”.".into(),
            blocks: vec![block(0, 11), block(13, 28)],
            quotes: vec![quote(23, 27, None)],
            ..Default::default()
        };
        assert_eq!(focused_block(&a, Focus::Quote(0)), Some(1));
        assert_eq!(focused_block(&a, Focus::Block(0)), Some(0));
        assert_eq!(focused_block(&a, Focus::Block(2)), None);
        assert_eq!(focused_block(&a, Focus::Quote(1)), None);
        assert_eq!(focused_block(&a, Focus::None), None);
    }

    /// Speakers that take turns, and one who comes back after others, keep one group each.
    #[test]
    fn groups_gather_a_speaker_across_turns() {
        let speakers = [
            Some("Ann"),
            Some("Bo"),
            Some("Ann"),
            None,
            Some("Bo"),
            Some("Ann"),
        ];
        let a = Analysis {
            quotes: speakers
                .iter()
                .enumerate()
                .map(|(i, s)| quote(i, i + 1, *s))
                .collect(),
            ..Default::default()
        };
        let groups: Vec<_> = speaker_groups(&a)
            .into_iter()
            .map(|g| (g.name, g.quotes))
            .collect();
        assert_eq!(
            groups,
            [
                (Some("Ann".into()), vec![0, 2, 5]),
                (Some("Bo".into()), vec![1, 4]),
                (None, vec![3]),
            ]
        );
    }

    #[test]
    fn groups_put_unattributed_last_and_most_quoted_first() {
        let a = Analysis {
            quotes: vec![
                quote(0, 1, None),
                quote(1, 2, Some("Ann")),
                quote(2, 3, Some("Bo")),
                quote(3, 4, Some("Bo")),
            ],
            ..Default::default()
        };
        let g = speaker_groups(&a);
        let names: Vec<_> = g
            .iter()
            .map(|g| (g.name.as_deref(), g.quotes.len()))
            .collect();
        assert_eq!(names, [(Some("Bo"), 2), (Some("Ann"), 1), (None, 1)]);
        let colors = quote_colors(&g);
        assert_ne!(colors[1], colors[2]);
        assert_eq!(colors[2], colors[3], "one person, one colour");
        assert_eq!(colors[0], None);
    }
}
