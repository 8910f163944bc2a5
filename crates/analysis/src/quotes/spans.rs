//! An index of quoted stretches, so "is this word quoted?" and "which quotations touch this
//! sentence?" cost a binary search instead of a pass over every quotation of the article.

use crate::model::Span;

/// Spans sorted by start, with the furthest end reached so far at each position.
#[derive(Debug, Default)]
pub struct SpanIndex {
    spans: Vec<Span>,
    reach: Vec<usize>,
}

impl SpanIndex {
    pub fn new(mut spans: Vec<Span>) -> Self {
        spans.sort_unstable();
        let mut furthest = 0;
        let reach = spans
            .iter()
            .map(|s| {
                furthest = furthest.max(s.end);
                furthest
            })
            .collect();
        SpanIndex { spans, reach }
    }

    /// The spans that overlap `s`, in order of start.
    pub fn overlapping(&self, s: Span) -> impl Iterator<Item = &Span> + '_ {
        let hi = self.spans.partition_point(|q| q.start < s.end);
        let lo = self.reach.partition_point(|&end| end <= s.start).min(hi);
        self.spans[lo..hi].iter().filter(move |q| q.overlaps(s))
    }

    /// True when one span holds all of `s`.
    pub fn holds(&self, s: Span) -> bool {
        self.overlapping(s).any(|q| q.contains(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_overlaps_and_holders_like_a_full_scan() {
        let spans = vec![
            Span::new(50, 60),
            Span::new(0, 100),
            Span::new(120, 130),
            Span::new(125, 128),
        ];
        let index = SpanIndex::new(spans.clone());
        for start in 0..140 {
            for len in 1..12 {
                let s = Span::new(start, start + len);
                let mut want: Vec<Span> = spans.iter().copied().filter(|q| q.overlaps(s)).collect();
                want.sort_unstable();
                let got: Vec<Span> = index.overlapping(s).copied().collect();
                assert_eq!(got, want, "overlaps of {s:?}");
                assert_eq!(
                    index.holds(s),
                    spans.iter().any(|q| q.contains(s)),
                    "holders of {s:?}"
                );
            }
        }
    }
}
