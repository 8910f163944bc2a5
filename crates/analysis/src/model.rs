//! The result types of an analysis: what [`crate::analyze`] returns and the CLI prints.
//!
//! Every span is a UTF-8 byte range into [`Analysis::text`], always on char boundaries.
//! Every extracted item names the rule that produced it, so a reader can ask "why?".

use serde::{Deserialize, Serialize};

/// A byte range `start..end` into the analysed text, on char boundaries.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub const fn len(&self) -> usize {
        self.end - self.start
    }
    pub const fn is_empty(&self) -> bool {
        self.start >= self.end
    }
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The text this span covers.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// The whole result of analysing one article.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysis {
    /// Schema version of this structure (and of the CLI's JSON).
    pub version: u32,
    /// The analysed text: the input itself for plain text, the extracted text for HTML.
    pub text: String,
    pub document_date: DocumentDate,
    pub metadata: Metadata,
    /// The text cut into blocks, in order, without overlap.
    pub blocks: Vec<Block>,
    /// The kept blocks, joined by blank lines.
    pub body: String,
    pub quotes: Vec<Quote>,
    /// Dated items of the body, ordered by value (durations and vague references last).
    pub timeline: Vec<TimelineItem>,
    /// Warnings for the reader (input too large, ambiguous numeric dates, …).
    pub notes: Vec<String>,
}

/// Title, byline and language of the document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    pub title: Option<String>,
    pub byline: Option<String>,
    /// ISO 639-1 code of the detected or given language.
    pub lang: String,
}

/// Where the document date came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// Given by the user (`--date`, the page's date field).
    Given,
    /// Found in the text (a dateline, "Published …").
    Text,
    /// Found in the page's markup (`<time>`, meta tags).
    Html,
    /// Not known: relative expressions stay unresolved.
    #[default]
    None,
}

impl DateSource {
    /// The name used in JSON and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Given => "given",
            DateSource::Text => "text",
            DateSource::Html => "html",
            DateSource::None => "none",
        }
    }
}

/// The date the article speaks from, which relative expressions are resolved against.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentDate {
    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
    pub value: Option<String>,
    pub source: DateSource,
    /// Where in the text it was found (for [`DateSource::Text`]).
    pub start: Option<usize>,
    pub end: Option<usize>,
    /// The rule that found it.
    pub rule: Option<String>,
}

/// One block of the text (a paragraph, a line, a heading) and whether it is article body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub start: usize,
    pub end: usize,
    pub kept: bool,
    /// Why the block was kept or removed: a cue family or a classifier reason,
    /// e.g. `"dateline/metadata"`, `"cue/related"`, `"body/good"`, `"context/between-good"`.
    pub reason: String,
    /// What the block looks like in the source.
    pub kind: BlockKind,
    /// True when the reader flipped the classifier's decision.
    pub overridden: bool,
}

impl Block {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// The shape of a block in its source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    #[default]
    Paragraph,
    Heading,
    ListItem,
    Caption,
    Table,
    Quote,
}

/// How a quotation is rendered in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Whole sentence(s) between quotation marks.
    Direct,
    /// A quoted fragment inside a reporting sentence.
    Mixed,
    /// Reported speech without quotation marks ("X said that …").
    Indirect,
}

impl QuoteKind {
    /// The name used in JSON, exports and the page.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Mixed => "mixed",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// How the speaker of a quote was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerVia {
    /// A name next to the cue ("Putin said").
    Name,
    /// A description linked to a person ("the Belarusian leader said").
    Nominal,
    /// A pronoun linked to the most recent fitting person ("he added").
    Pronoun,
    /// No cue: the speaker of the neighbouring quote carries over.
    Continuation,
}

impl SpeakerVia {
    /// The name used in JSON, exports and the page.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerVia::Name => "name",
            SpeakerVia::Nominal => "nominal",
            SpeakerVia::Pronoun => "pronoun",
            SpeakerVia::Continuation => "continuation",
        }
    }
}

/// A quotation with its speaker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The canonical name of the person (the fullest form in the text), or `None`.
    pub speaker: Option<String>,
    /// The mention that names the speaker at this quote (a name, a nominal or a pronoun).
    pub speaker_start: Option<usize>,
    pub speaker_end: Option<usize>,
    pub speaker_via: Option<SpeakerVia>,
    /// The reporting verb or phrase ("said", "according to").
    pub cue: Option<String>,
    pub kind: QuoteKind,
    pub rule: String,
}

/// TimeML's four kinds of temporal expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    /// TimeML's name, as in JSON and exports ("DATE").
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// How fine a value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Grain {
    Second,
    Minute,
    Hour,
    /// A part of a day ("morning").
    Daypart,
    Day,
    Week,
    Month,
    Quarter,
    Season,
    Half,
    Year,
    Decade,
    Century,
    /// Vague references (`PAST_REF`, `PRESENT_REF`, `FUTURE_REF`) and durations.
    None,
}

impl Grain {
    /// The name used in JSON and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Grain::Second => "second",
            Grain::Minute => "minute",
            Grain::Hour => "hour",
            Grain::Daypart => "daypart",
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Quarter => "quarter",
            Grain::Season => "season",
            Grain::Half => "half",
            Grain::Year => "year",
            Grain::Decade => "decade",
            Grain::Century => "century",
            Grain::None => "none",
        }
    }
}

/// One temporal expression, resolved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineItem {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// A TIMEX3 value string: `2021`, `2022-12`, `2022-W51`, `2022-12-16T11:47`, `P10M`,
    /// `PRESENT_REF`, or `XXXX-12-16` when no reference date resolves it.
    pub value: String,
    pub grain: Grain,
    /// True for a value that rests on a guess (a bare month, a bare number read as a year).
    pub latent: bool,
    /// The sentence the expression stands in: the event it dates.
    pub sentence_start: usize,
    pub sentence_end: usize,
    pub rule: String,
    /// How the value was reached, for the reader ("relative to the document date, 2022-12-19").
    pub resolution: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each `as_str` is the name serde writes, so the page and the exports speak as the JSON does.
    #[test]
    fn names_are_the_json_names() {
        fn json<T: Serialize>(v: T) -> String {
            serde_json::to_value(v)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string()
        }
        for v in [QuoteKind::Direct, QuoteKind::Mixed, QuoteKind::Indirect] {
            assert_eq!(v.as_str(), json(v));
        }
        use SpeakerVia::*;
        for v in [Name, Nominal, Pronoun, Continuation] {
            assert_eq!(v.as_str(), json(v));
        }
        use TimexType::*;
        for v in [Date, Time, Duration, Set] {
            assert_eq!(v.as_str(), json(v));
        }
        use Grain::*;
        #[rustfmt::skip]
        let grains = [
            Second, Minute, Hour, Daypart, Day, Week, Month, Quarter, Season, Half, Year, Decade,
            Century, Grain::None,
        ];
        for v in grains {
            assert_eq!(v.as_str(), json(v));
        }
        for v in [
            DateSource::Given,
            DateSource::Text,
            DateSource::Html,
            DateSource::None,
        ] {
            assert_eq!(v.as_str(), json(v));
        }
    }
}
