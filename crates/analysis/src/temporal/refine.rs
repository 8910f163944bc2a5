//! Refiners: the steps after matching, in one ordered list. Each takes the mentions in
//! text order and returns them corrected.

// every refiner has the one signature of the list, whether it removes mentions or not
#![allow(clippy::ptr_arg)]

use super::make::two_digit_year;
use super::value::{Fields, Spec, Timex};
use super::{Mention, OrderSource};
use crate::case::ToLower;
use crate::lang::Lang;
use crate::model::{Grain, Span, TimexType};
use crate::wordlist::Words;

/// What every refiner reads besides the mentions.
pub struct Input<'a> {
    pub text: &'a str,
    pub lang: Lang,
    /// The reader's day/month order for ambiguous numeric dates, if set.
    pub day_first: Option<bool>,
}

type Refiner = fn(&Input, &mut Vec<Mention>);

/// The refiners, in order.
const STEPS: &[(&str, Refiner)] = &[
    // 1. Words that only look like dates: "may" the verb, "March" the verb, "a second".
    ("false-friends", drop_false_friends),
    // 2. Numbers that are not years or times: prices, phone numbers, measures, scores.
    ("number-lookalikes", drop_number_lookalikes),
    // 3. Ages and fractions are not durations ("6-year-old", "three-quarters").
    ("ages-and-fractions", drop_ages_and_fractions),
    // 4. TimeML leaves the article out of adjectival forms ("a two-year note" → "two-year").
    ("adjectival-articles", trim_adjectival_articles),
    // 5. One day/month order for every ambiguous numeric date, from the unambiguous ones.
    ("numeric-order", settle_numeric_order),
    // 6. Counted units after an amount are rates ("$5 a year": dropped) or, after "twice",
    //    sets ("twice a week"); "the weeks before" is a stretch of the calendar, a date.
    ("rates-and-stretches", retype_rates_and_stretches),
    // 7. "The day before the vote": "the day" alone, the time the text narrates.
    ("anaphoric-before", trim_anaphoric_before),
    // 8. "The year ended Sept. 30" is a year's span, not the current year.
    ("period-ended", retype_periods_ended),
    // 9. "April 24 and 25", "April 24-25": the second day of the month is a date too.
    ("second-day", add_second_days),
    // 10. "Monday and Tuesday nights": the plural part of the day makes both days sets.
    ("shared-plural", share_plural_daypart),
    // 11. A date and a clock time side by side are one time ("December 16, 11:47").
    ("date-and-time", join_date_and_time),
    // 12. Nothing overlaps: the longer mention wins.
    ("overlaps", drop_overlaps),
];

/// Runs every refiner in order.
pub fn run(input: &Input, mentions: &mut Vec<Mention>) {
    for (_, step) in STEPS {
        step(input, mentions);
    }
}

fn word_before(text: &str, at: usize) -> &str {
    let head = text[..at].trim_end();
    // after the last white space, whatever its width (U+2000 is three bytes)
    let start = head
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &head[start..]
}

fn word_after(text: &str, at: usize) -> &str {
    let tail = text[at..].trim_start();
    let end = tail.find(|c: char| c.is_whitespace()).unwrap_or(tail.len());
    &tail[..end]
}

fn drop_false_friends(input: &Input, mentions: &mut Vec<Mention>) {
    let (text, lang) = (input.text, input.lang);
    if lang != Lang::En {
        return;
    }
    mentions.retain(|m| {
        let s = m.span.of(text);
        let lower = s.to_lower();
        let bare_month = m.rule == "date/month";
        if bare_month {
            // month names that are also words must be capitalised and not an abbreviation
            if s.chars().next().is_some_and(char::is_lowercase) {
                return false;
            }
            if s.len() <= 4
                && !s.ends_with('.')
                && lower != "june"
                && lower != "july"
                && lower != "may"
            {
                return false;
            }
            let next = word_after(text, m.span.end).to_lower();
            let prev = word_before(text, m.span.start).to_lower();
            if lower == "may" {
                static MODAL_NEXT: Words =
                    Words::new("i we you he she it they be have not the this god all");
                if MODAL_NEXT.has(next.as_str()) || prev.is_empty() {
                    return false;
                }
            }
            if lower == "march" || lower == "may" {
                static VERBAL_PREV: Words =
                    Words::new("to will would they we i you and who could should might");
                if VERBAL_PREV.has(prev.as_str()) {
                    return false;
                }
                if ["on", "against", "through", "into", "toward", "towards"]
                    .contains(&next.as_str())
                {
                    return false;
                }
            }
            if lower == "august" && prev == "the" {
                return false;
            }
            // "the annual March for Life", "the ``March of the Mothers'': a month with a
            // complement, not after a word that takes a time, names a procession
            if lower == "march" && ["of", "for"].contains(&next.as_str()) {
                static TAKES_MONTH: Words = Words::new(concat!(
                    "in on by since until till during before after from to through early late ",
                    "mid between and or until of last next this that ",
                ));
                let prev_word = prev.trim_matches(|c: char| !c.is_alphanumeric());
                if prev_word != prev || !TAKES_MONTH.has(prev_word) {
                    return false;
                }
            }
        }
        // "at this march": a month named in lower case is the common word
        if m.rule == "date/relative-month"
            && s.split_whitespace()
                .find(|w| {
                    !["last", "this", "next", "past", "coming"].contains(&w.to_lower().as_str())
                })
                .is_some_and(|w| w.starts_with(char::is_lowercase))
        {
            return false;
        }
        if m.rule.starts_with("duration/n-units")
            && lower.ends_with("second")
            && lower.starts_with('a')
        {
            return false;
        }
        let prev = word_before(text, m.span.start).to_lower();
        // a bare plural unit is a duration only after words that take one ("for hours"),
        // not inside a measure ("terawatt hours")
        let bare_units = [
            "years",
            "months",
            "weeks",
            "decades",
            "centuries",
            "hours",
            "minutes",
        ]
        .contains(&lower.split_whitespace().next().unwrap_or(""));
        if m.rule == "duration/units" && bare_units {
            static TAKES_SPAN: Words = Words::new(concat!(
                "for in over within after before of take took takes lasted last since spent than ",
                "about nearly almost and or the follows followed early later earlier by ",
            ));
            if !TAKES_SPAN.has(prev.as_str()) {
                return false;
            }
        }
        // "grew by a quarter", "a quarter of the vote": a fraction
        let quarter = ["a quarter", "one quarter"]
            .iter()
            .any(|q| lower == *q || lower.ends_with(&format!(" than {q}")));
        if m.rule == "duration/n-units" && quarter {
            let next = word_after(text, m.span.end).to_lower();
            if next == "of"
                || ["by", "than", "nearly", "about", "almost", "over", "roughly"]
                    .contains(&prev.as_str())
            {
                return false;
            }
        }
        // a bare season is a time only after a word that takes one ("in summer", "the
        // summer"), not the verb ("prices fall") nor "the fall of the empire"
        if m.rule == "date/season" {
            let next = word_after(text, m.span.end).to_lower();
            static TAKES_SEASON: Words = Words::new(concat!(
                "in during since until by through over this last next early late mid before ",
                "after ",
            ));
            let ok = if lower.starts_with("the ") {
                next != "of"
            } else {
                TAKES_SEASON.has(prev.as_str())
            };
            if !ok {
                return false;
            }
        }
        // "a Christmas tree", "Easter eggs": things named after a holiday, not its date
        if m.rule == "date/holiday" {
            static THINGS: Words = Words::new(concat!(
                "tree trees card cards carol carols egg eggs decorations ornaments island bunny ",
                "rising ",
            ));
            let next = word_after(text, m.span.end)
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_lower();
            if THINGS.has(next.as_str()) {
                return false;
            }
        }
        // "the future of the alliance": its fate, not a time
        if m.rule == "ref/future" && word_after(text, m.span.end).to_lower() == "of" {
            return false;
        }
        // "the past three summers": the start of a counted stretch, not the past at large
        if m.rule == "ref/past" && lower == "the past" {
            let next = word_after(text, m.span.end).to_lower();
            let counted = next.starts_with(|c: char| c.is_ascii_digit())
                || crate::temporal::grammar::lookup(super::lang::en::LEXICON.numbers, &next)
                    .is_some();
            if counted {
                return false;
            }
        }
        // "by year-end" is a time; "year-end results" an adjective
        if m.rule == "date/year-end" {
            static TAKES_END: Words = Words::new(concat!(
                "by at until till since before after around through toward towards near from to ",
                "of for ",
            ));
            if !TAKES_END.has(prev.as_str()) {
                return false;
            }
        }
        // "in the morning" is a time; "the morning papers", "the morning of the vote" and
        // "a mid-morning snack" are not (or are the longer phrase's)
        if m.rule == "time/narrated-daypart" {
            static TAKES_TIME: Words =
                Words::new("in during by until till through since around at");
            let next = word_after(text, m.span.end).to_lower();
            let next_word = next.trim_end_matches(|c: char| !c.is_alphanumeric());
            let ends_phrase = next_word.len() != next.len() || next.is_empty();
            if !TAKES_TIME.has(prev.as_str())
                || (!ends_phrase && ["of", "after", "before", "when"].contains(&next_word))
            {
                return false;
            }
        }
        // "it is the third day of the strike" names today; "on the third day" a day counted
        // from an event the text does not date
        if m.rule == "date/ordinal-day" {
            let present = ["is", "it's", "it’s", "today's", "today’s"].contains(&prev.as_str());
            if !present || word_after(text, m.span.end).to_lower() != "of" {
                return false;
            }
        }
        // "it was a great day for": the day spoken of; "a great day out" after any other
        // word is no date
        if m.rule == "date/judged-day" {
            let head = text[..m.span.start].trim_end_matches(|c: char| {
                c.is_whitespace() || ['"', '“', '`', '\''].contains(&c)
            });
            let verb = word_before(head, head.len()).to_lower();
            if !["is", "was", "it's", "it’s", "been", "be"].contains(&verb.as_str()) {
                return false;
            }
            // "today is a sad day": the day is named already
            let head = head[..head.len() - verb.len()].trim_end();
            let subject = word_before(head, head.len()).to_lower();
            let subject = subject.trim_matches(|c: char| !c.is_alphanumeric());
            if ["today", "yesterday", "tomorrow"].contains(&subject) {
                return false;
            }
        }
        // "for a while" is a length; "a while ago", "all the while" are not
        if m.rule == "duration/a-while" && !["for", "after", "within"].contains(&prev.as_str()) {
            return false;
        }
        // "the future world order": "future" qualifies the noun after it; "the future of",
        // "the future looks bright" are the time ahead
        if m.rule == "ref/future" && lower.ends_with("future") {
            let gap = &text[m.span.end..];
            let next = word_after(text, m.span.end);
            static GOES_ON: Words = Words::new(concat!(
                "of for in is was will would and or to that with as at on by be has had have ",
                "looks look holds lies remains seems are were may might can could should must ",
                "depends belongs than but if when where so not itself too again now from ",
            ));
            let noun_follows = gap.starts_with(' ')
                && next.chars().all(|c| c.is_ascii_lowercase())
                && !next.is_empty()
                && !GOES_ON.has(next);
            if noun_follows {
                return false;
            }
        }
        // "high noon", "``High Noon''": the idiom or the film, not the hour
        if m.rule == "time/noon" && prev.trim_matches(|c: char| !c.is_alphanumeric()) == "high" {
            return false;
        }
        // "today's youth", "the leaders of tomorrow": the present or the coming age, not a day
        if m.rule == "date/deictic-day" && names_an_age(text, m.span, &lower, &prev) {
            return false;
        }
        // "average daily volume": a statistic's period, not a recurrence
        if m.rule == "set/adverb" && ["average", "avg."].contains(&prev.as_str()) {
            return false;
        }
        // "Now, he says…": a sentence opener that organises talk, not time
        if m.rule == "ref/present"
            && s.starts_with(char::is_uppercase)
            && text[m.span.end..].starts_with(',')
        {
            return false;
        }
        // ABC's "This Week": a relative date in title case inside quotes is a title
        if m.rule == "date/near-relative-unit"
            && s.split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            && s.contains(' ')
        {
            const QUOTES: &[char] = &['"', '“', '”', '`', '\''];
            let before = text[..m.span.start].chars().next_back();
            let after = text[m.span.end..].trim_start_matches(',').chars().next();
            if before.is_some_and(|c| QUOTES.contains(&c))
                || after.is_some_and(|c| QUOTES.contains(&c))
            {
                return false;
            }
        }
        // "CBS's ``60 Minutes''": a counted unit in capitals is a title
        if m.rule == "duration/n-units"
            && s.split_whitespace()
                .last()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        {
            return false;
        }
        // a page's reading time ("4 minutes read")
        if m.rule.starts_with("duration/") && word_after(text, m.span.end).to_lower() == "read" {
            return false;
        }
        true
    });
}

/// Nouns after a number that make it a count or a measure, not a year.
static MEASURES: Words = Words::new(concat!(
    "% percent per people persons troops soldiers workers employees shares units kg km miles ",
    "feet foot metres meters tons tonnes barrels dollars yen euros points votes jobs cars homes ",
    "acres pounds ounces calories words pages seats members students children men women cases ",
    "deaths square mph m ft lb lbs ",
));

/// Nouns that "today's" makes an age rather than a day ("today's youth", "today's personal
/// computers").
static OF_AN_AGE: Words = Words::new(concat!(
    "world youth society generation generations children kids teenagers young families computers ",
    "technology culture standards ",
));

/// True when "today's" or "tomorrow's" heads a noun of an age, or "tomorrow" follows "of"
/// ("the people of tomorrow").
fn names_an_age(text: &str, span: Span, lower: &str, prev: &str) -> bool {
    if !matches!(lower, "today" | "tomorrow") {
        return false;
    }
    if lower == "tomorrow" && prev == "of" {
        return true;
    }
    let rest = &text[span.end..];
    let Some(after) = rest.strip_prefix("'s").or_else(|| rest.strip_prefix("’s")) else {
        return false;
    };
    after
        .split_whitespace()
        .take(2)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lower())
        .any(|w| OF_AN_AGE.has(w.as_str()))
}

fn drop_number_lookalikes(input: &Input, mentions: &mut Vec<Mention>) {
    let text = input.text;
    mentions.retain(|m| {
        let numeric = matches!(
            m.rule,
            "date/year" | "time/clock-24h" | "date/numeric-dotted" | "date/numeric-slashed"
        );
        if !numeric {
            return true;
        }
        let prev = word_before(text, m.span.start).to_lower();
        if ["version", "v.", "release", "update", "build", "firmware"].contains(&prev.as_str()) {
            return false;
        }
        let before = text[..m.span.start].chars().next_back();
        let before2: String = text[..m.span.start].chars().rev().take(2).collect();
        let after: String = text[m.span.end..].chars().take(2).collect();
        // prices, signs, numbers inside numbers, phone numbers, versions, scores
        if before.is_some_and(|c| "$€£¥#+-–/.,:№".contains(c)) {
            return false;
        }
        if before2.starts_with(' ') && before2.ends_with(|c: char| "$€£".contains(c)) {
            return false;
        }
        let mut a = after.chars();
        let (a0, a1) = (a.next(), a.next());
        if matches!(a0, Some('-' | '–' | '/' | '.' | ',' | ':' | '%'))
            && a1.is_some_and(|c| c.is_ascii_digit())
        {
            return false;
        }
        if a0 == Some('%') {
            return false;
        }
        let next = word_after(text, m.span.end)
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '%')
            .to_lower();
        if m.rule == "date/year" && input.lang == Lang::En && inside_name(text, m.span.start) {
            return false;
        }
        if m.rule == "date/year" {
            if MEASURES.has(next.as_str()) {
                return false;
            }
            static COUNTERS: Words = Words::new(concat!(
                "no. number flight room route page pages version model nos. item article ",
                "paragraph rule chapter about some nearly almost than of the to ",
            ));
            let next_raw = word_after(text, m.span.end);
            if COUNTERS.has(prev.as_str()) && measure_after_count(&next) && !names_event(next_raw) {
                return false;
            }
            if [
                "no.", "number", "flight", "room", "route", "page", "version", "model", "nos.",
            ]
            .contains(&prev.as_str())
            {
                return false;
            }
        }
        true
    });
}

/// True when the number at `at` ends a name ("Orion 1980", "Windows 2000"): the word before
/// it is capitalised mid-sentence and is no word that takes a year.
fn inside_name(text: &str, at: usize) -> bool {
    static TAKES_YEAR: Words = Words::new(concat!(
        "a an the that this in since for by until till before after from through during of and ",
        "or to at on around about early late mid fiscal calendar circa spring summer fall autumn ",
        "winter christmas easter fy ",
    ));
    let prev = word_before(text, at);
    let start = at - (text[..at].len() - text[..at].trim_end().len()) - prev.len();
    let capitalised = prev.len() > 1
        && prev.starts_with(char::is_uppercase)
        && prev.chars().all(char::is_alphabetic);
    if !capitalised || TAKES_YEAR.has(prev.to_lower().as_str()) {
        return false;
    }
    if super::grammar::lookup(super::lang::en::LEXICON.months, prev).is_some() {
        return false;
    }
    // a capital at the start of a sentence or a line says nothing
    let before = text[..start].trim_end();
    !(before.is_empty() || before.ends_with(['.', '!', '?', '"', '“', '\n', ':']))
}

/// A plural after a year that names what happened in it ("the 1992 protests", "the 2000
/// Olympics"), not what the number counts.
fn names_event(next: &str) -> bool {
    static EVENTS: Words = Words::new(concat!(
        "elections protests riots talks games floods attacks strikes negotiations hearings ",
        "accords summits campaigns playoffs finals celebrations ceremonies reforms championships ",
        "olympics bombings killings earthquakes storms results earnings sales figures ",
    ));
    let word = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    word.starts_with(char::is_uppercase) || EVENTS.has(word.to_lower().as_str())
}

/// A word after "about 2000" that makes the number a count.
fn measure_after_count(next: &str) -> bool {
    next.len() > 2 && next.ends_with('s') && !["years", "days"].contains(&next)
}

fn settle_numeric_order(input: &Input, mentions: &mut Vec<Mention>) {
    let (text, lang) = (input.text, input.lang);
    let ambiguous = |m: &Mention| {
        let (a, b) = first_two_numbers(m.span.of(text));
        m.rule == "date/numeric-slashed" && a <= 12 && b <= 12 && a != b
    };
    if !mentions.iter().any(ambiguous) {
        return;
    }
    let (day_first, source) = match input.day_first {
        Some(setting) => (setting, OrderSource::Setting),
        None => match order_votes(text, mentions) {
            0 => (lang != Lang::En, OrderSource::Language),
            votes => (votes > 0, OrderSource::Text),
        },
    };
    for m in mentions.iter_mut() {
        if !ambiguous(m) {
            continue;
        }
        m.ambiguous_order = Some(source);
        let s = m.span.of(text).to_string();
        let mut parts = s.split('/');
        let a: u8 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
        let b: u8 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
        let y = parts.next().and_then(|p| p.parse::<i32>().ok());
        let (month, day) = if day_first { (b, a) } else { (a, b) };
        let year = y.map(|y| if y < 100 { two_digit_year(y) } else { y });
        m.timex = Timex::date(
            Fields {
                year,
                month: Some(month),
                day: Some(day),
                ..Fields::default()
            },
            Grain::Day,
        );
        m.refresh();
    }
}

/// The first two numbers of a numeric date.
fn first_two_numbers(s: &str) -> (u32, u32) {
    let mut parts = s
        .split(['/', '.', '-'])
        .map(|p| p.parse::<u32>().unwrap_or(0));
    (parts.next().unwrap_or(0), parts.next().unwrap_or(0))
}

/// How the text's other dates order day and month: above zero day first, below zero month
/// first. A slashed date with a number above 12 counts twice ("25/12/2021"); a dotted date
/// ("25.12.2021") or a written one counts once ("19 December" for, "December 19" against).
fn order_votes(text: &str, mentions: &[Mention]) -> i32 {
    mentions
        .iter()
        .map(|m| {
            let rule = m.rule;
            if rule == "date/numeric-slashed" {
                match first_two_numbers(m.span.of(text)) {
                    (a, _) if a > 12 => 2,
                    (_, b) if b > 12 => -2,
                    _ => 0,
                }
            } else if rule == "date/numeric-dotted"
                || rule.ends_with("day-month")
                || rule.ends_with("day-month-year")
            {
                1
            } else if rule.ends_with("month-day") || rule.ends_with("month-day-year") {
                -1
            } else {
                0
            }
        })
        .sum()
}

/// The clock fields of a bare clock time.
fn clock_fields(m: &Mention) -> Option<Fields> {
    match &m.timex.spec {
        Spec::Shift { n: 0, fields, .. }
            if m.kind == TimexType::Time && fields.hour.is_some() && fields.day.is_none() =>
        {
            Some(*fields)
        }
        _ => None,
    }
}

/// True when the mention names one day through fields a clock time can join.
fn is_day(m: &Mention) -> bool {
    m.kind == TimexType::Date
        && m.grain == Grain::Day
        && !matches!(m.timex.spec, Spec::Literal(_) | Spec::Holiday { .. })
}

fn join_date_and_time(input: &Input, mentions: &mut Vec<Mention>) {
    let text = input.text;
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        if let Some(prev) = out.last() {
            let gap = text[prev.span.end..m.span.start].trim().to_lower();
            let joinable =
                gap.is_empty() || gap == "," || gap == "at" || gap == ", at" || gap == "on";
            let pair = if !joinable {
                None
            } else if let (true, Some(clock)) = (is_day(prev), clock_fields(&m)) {
                Some((prev.timex.clone(), clock))
            } else if let (Some(clock), true) = (clock_fields(prev), is_day(&m)) {
                Some((m.timex.clone(), clock))
            } else {
                None
            };
            if let Some((day, clock)) = pair {
                let mut t = day;
                let add = |f: &mut Fields| {
                    f.hour = clock.hour;
                    f.minute = clock.minute;
                    f.second = clock.second;
                };
                match &mut t.spec {
                    Spec::Calendar { fields, .. }
                    | Spec::Shift { fields, .. }
                    | Spec::Anaphoric { fields, .. }
                    | Spec::Weekday { fields, .. } => add(fields),
                    Spec::Literal(_) | Spec::Holiday { .. } | Spec::DaysFrom { .. } => {}
                }
                t.kind = TimexType::Time;
                t.grain = if clock.second.is_some() {
                    Grain::Second
                } else {
                    Grain::Minute
                };
                let span = Span::new(prev.span.start, m.span.end);
                let joined = Mention::new(span, t, "time/date-and-time");
                out.pop();
                out.push(joined);
                continue;
            }
        }
        out.push(m);
    }
    *mentions = out;
}

/// After "April 24", the words that join a second day of the same month.
const DAY_JOINERS: &[&str] = &["and", "or", "to", "through", "-", "–"];

fn add_second_days(input: &Input, mentions: &mut Vec<Mention>) {
    let text = input.text;
    if input.lang != Lang::En {
        return;
    }
    let mut added = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        if !matches!(m.rule, "date/month-day" | "date/weekday-month-day") {
            continue;
        }
        let Spec::Calendar { fields, lean } = &m.timex.spec else {
            continue;
        };
        let (Some(month), Some(first)) = (fields.month, fields.day) else {
            continue;
        };
        let Some((span, day)) = second_day(text, m.span.end) else {
            continue;
        };
        let last = super::make::days_in_month(fields.year.unwrap_or(2000), month);
        let taken = mentions.get(i + 1).is_some_and(|n| n.span.overlaps(span));
        if day <= first || day > last || taken {
            continue;
        }
        let mut f = *fields;
        f.day = Some(day);
        let timex = Timex {
            spec: Spec::Calendar {
                fields: f,
                lean: *lean,
            },
            ..m.timex.clone()
        };
        added.push(Mention::new(span, timex, "date/second-day"));
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.span.start);
    }
}

/// The day number right after `at` and a joining word ("and 25", "-25"), and its span; none
/// when more digits, a clock or a measure follow ("24-25%", "24 to 25 points").
fn second_day(text: &str, at: usize) -> Option<(Span, u8)> {
    let rest = &text[at..];
    let trimmed = rest.trim_start();
    let joiner = DAY_JOINERS.iter().find(|j| {
        trimmed.starts_with(*j)
            && (!j.starts_with(char::is_alphabetic)
                || trimmed[j.len()..].starts_with(char::is_whitespace))
    })?;
    let after = &trimmed[joiner.len()..];
    let digits_at = at + (rest.len() - after.len()) + (after.len() - after.trim_start().len());
    let digits: String = text[digits_at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    let end = digits_at + digits.len();
    let mut tail = text[end..].chars();
    match (tail.next(), tail.next()) {
        (Some(c), _) if c.is_alphanumeric() || "%/-–".contains(c) => return None,
        (Some('.' | ',' | ':'), Some(d)) if d.is_ascii_digit() => return None,
        _ => {}
    }
    let word = word_after(text, end)
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lower();
    // "April 24 and 25 delegates": a count of something; a second day is followed by a
    // break, a name or a word that starts a phrase
    static AFTER_DAY: Words = Words::new(concat!(
        "in at on and or to the a when while with for as after before from until respectively of ",
        "this last next ",
    ));
    let lowercase_next = word_after(text, end).starts_with(char::is_lowercase);
    let same_clause = !text[end..].starts_with(|c: char| ",.;:)!?".contains(c));
    if same_clause && lowercase_next && !AFTER_DAY.has(word.as_str()) {
        return None;
    }
    Some((Span::new(digits_at, end), digits.parse().ok()?))
}

/// "Monday and Tuesday nights", "Saturday or Sunday mornings": a bare weekday joined to a
/// weekday with a plural part of the day repeats as that one does.
fn share_plural_daypart(input: &Input, mentions: &mut Vec<Mention>) {
    let text = input.text;
    for i in 1..mentions.len() {
        let (head, tail) = mentions.split_at_mut(i);
        let (m, next) = (&mut head[i - 1], &tail[0]);
        let (
            Spec::Weekday {
                weekday, fields, ..
            },
            Spec::Literal(set),
        ) = (&m.timex.spec, &next.timex.spec)
        else {
            continue;
        };
        let joined = next.rule == "set/weekday-plural"
            && m.rule == "date/weekday"
            && fields.daypart.is_none()
            && next.span.start > m.span.end
            && matches!(
                text[m.span.end..next.span.start].trim().to_lower().as_str(),
                "and" | "or" | "," | "&"
            );
        let Some(part) = set.find('T').map(|t| &set[t..]).filter(|_| joined) else {
            continue;
        };
        let value = format!("XXXX-WXX-{weekday}{part}");
        m.timex = Timex::literal(TimexType::Set, value, Grain::Day);
        m.rule = "set/weekday-shared-plural";
        m.refresh();
    }
}

fn drop_overlaps(_input: &Input, mentions: &mut Vec<Mention>) {
    mentions.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        match out.last() {
            Some(prev) if prev.span.overlaps(m.span) => {
                if m.span.len() > prev.span.len() {
                    out.pop();
                    out.push(m);
                }
            }
            _ => out.push(m),
        }
    }
    *mentions = out;
}

fn drop_ages_and_fractions(input: &Input, mentions: &mut Vec<Mention>) {
    let text = input.text;
    mentions.retain(|m| {
        if !m.rule.starts_with("duration/") {
            return true;
        }
        let lower = m.span.of(text).to_lower();
        let next = word_after(text, m.span.end).to_lower();
        let age = lower.ends_with("-old")
            || lower.ends_with(" old")
            || (next == "old" || next.starts_with("old,") || next.starts_with("old."))
            || text[m.span.end..].starts_with("-old");
        let fraction = lower.contains("-quarters") || lower.ends_with("-quarter");
        !(age || fraction)
    });
}

fn trim_adjectival_articles(input: &Input, mentions: &mut Vec<Mention>) {
    let text = input.text;
    for m in mentions.iter_mut() {
        let s = m.span.of(text);
        let lower = s.to_lower();
        let Some((article, rest)) = lower.split_once(' ') else {
            continue;
        };
        if !["a", "an", "the"].contains(&article) {
            continue;
        }
        let rest = rest.trim_start();
        let single_hyphenated = !rest.contains(' ') && rest.contains('-');
        let counted = article != "the"
            && m.rule.starts_with("duration/")
            && m.rule != "duration/a-while"
            && rest.starts_with(|c: char| c.is_ascii_digit() || c.is_alphabetic())
            && !rest.starts_with("few")
            && !rest.starts_with("couple")
            && rest.split([' ', '-']).count() >= 2
            && ![
                "year", "month", "week", "day", "decade", "century", "hour", "minute", "quarter",
            ]
            .contains(&rest.split([' ', '-']).next().unwrap_or(""));
        let year_earlier = m.rule == "date/year-earlier" && article == "a";
        if single_hyphenated || counted || year_earlier {
            let cut = s.len() - rest.len();
            m.span = Span::new(m.span.start + cut, m.span.end);
        }
    }
}

/// Words before "one day" that make it "some time ahead" ("will one day be", "hope to one
/// day run").
static MODALS: Words = Words::new("will would could may might can shall should must to 'll");

fn retype_rates_and_stretches(input: &Input, mentions: &mut Vec<Mention>) {
    let text = input.text;
    mentions.retain_mut(|m| {
        let lower = m.span.of(text).to_lower();
        let prev = word_before(text, m.span.start).to_lower();
        let prev = prev.trim_end_matches(',');
        let after_amount = prev.ends_with(|c: char| c.is_ascii_digit() || c == '%')
            || [
                "million", "billion", "cents", "percent", "dollars", "flights", "seats", "hours",
                "units",
            ]
            .contains(&prev);
        let rate_word = ["once", "twice", "times"].contains(&prev);
        if m.rule == "set/every-unit" && lower.starts_with("per ") && !rate_word {
            // "miles per hour", "$5 per day": the unit of a rate, not a recurrence
            return false;
        }
        if m.rule == "set/adverb" && lower == "annually" && after_amount {
            // "rise 8% annually", "$5 million annually": a rate, as "$5 a year" is
            return false;
        }
        if m.rule == "duration/n-units" && (lower.starts_with("a ") || lower.starts_with("an ")) {
            if rate_word {
                // "twice a week": how often, a set
                if let Spec::Literal(v) = &m.timex.spec {
                    m.timex = Timex::literal(TimexType::Set, v.clone(), Grain::None);
                    m.refresh();
                }
            } else if after_amount {
                // "$500 million a year", "24 hours a day": a rate, not a time
                return false;
            }
        } else if m.rule == "duration/n-units" && lower == "one day" && MODALS.has(prev) {
            // "will one day be": some time ahead, not a day's length
            m.timex = Timex::literal(TimexType::Date, "FUTURE_REF", Grain::None);
            m.refresh();
        } else if m.rule == "duration/units" && prev == "the" && !lower.contains(' ') {
            m.timex.kind = TimexType::Date;
            m.refresh();
        }
        true
    });
}

/// "The day after his death": "after" leads an event, and the span is "the day" alone
/// (counted from the time the text narrates); set beside a date ("Oct. 12, the day before
/// the crash") it is that date. At a clause's end ("the year before.") the whole phrase
/// counts.
fn trim_anaphoric_before(input: &Input, mentions: &mut Vec<Mention>) {
    let text = input.text;
    join_day_before_date(text, mentions);
    // "a great day", "until then": TimeML marks the last word alone
    for m in mentions
        .iter_mut()
        .filter(|m| m.rule == "date/judged-day" || m.rule == "date/until-then")
    {
        let s = m.span.of(text);
        if let Some(at) = s.rfind(char::is_whitespace) {
            m.span = Span::new(m.span.start + at + 1, m.span.end);
            m.refresh();
        }
    }
    // "later in the day": the span is the day the text narrates, "the day"
    for m in mentions.iter_mut().filter(|m| m.rule == "date/anaphoric") {
        let s = m.span.of(text).to_lower();
        if s.starts_with("later in ") || s.starts_with("earlier in ") {
            if let Some(at) = s.find("the ") {
                m.span = Span::new(m.span.start + at, m.span.end);
                m.refresh();
            }
        }
    }
    let ends: Vec<usize> = mentions.iter().map(|m| m.span.end).collect();
    for m in mentions
        .iter_mut()
        .filter(|m| m.rule == "date/anaphoric-before")
    {
        let event_follows = text[m.span.end..]
            .trim_start_matches([' ', '\t'])
            .starts_with(|c: char| c.is_alphanumeric() || c == '$');
        if !event_follows {
            continue;
        }
        let s = m.span.of(text);
        let Some(cut) = s.trim_end().rfind(char::is_whitespace) else {
            continue;
        };
        m.span = Span::new(m.span.start, m.span.start + s[..cut].trim_end().len());
        let head = text[..m.span.start].trim_end();
        let beside_date = head
            .strip_suffix(',')
            .is_some_and(|h| ends.contains(&h.len()));
        if beside_date {
            if let Spec::Anaphoric { n, .. } = &mut m.timex.spec {
                *n = 0;
            }
        }
        m.refresh();
    }
}

/// "The day before last Tuesday('s hearing)": a day counted from the day the next
/// expression names is one expression, resolved from that day.
fn join_day_before_date(text: &str, mentions: &mut Vec<Mention>) {
    let mut i = 0;
    while i + 1 < mentions.len() {
        let (m, next) = (&mentions[i], &mentions[i + 1]);
        let lower = m.span.of(text).to_lower();
        let days = if lower.ends_with(" before") {
            -1
        } else if lower.ends_with(" after") {
            1
        } else {
            0
        };
        let joined = m.rule == "date/anaphoric-before"
            && lower.split_whitespace().nth(1) == Some("day")
            && days != 0
            && text[m.span.end..next.span.start].trim().is_empty()
            && next.span.start > m.span.end
            && names_a_day(next);
        if joined {
            let span = Span::new(m.span.start, next.span.end);
            let timex = Timex {
                spec: Spec::DaysFrom {
                    base: Box::new(next.timex.clone()),
                    days,
                },
                ..m.timex.clone()
            };
            mentions[i] = Mention::new(span, timex, "date/day-before-date");
            mentions.remove(i + 1);
        }
        i += 1;
    }
}

/// True when `m` names one day of the calendar, near the document date or with its year
/// ("last Tuesday", "Nov. 3", "Thanksgiving"), not a span or a time the text narrates.
fn names_a_day(m: &Mention) -> bool {
    m.kind == TimexType::Date
        && m.grain == Grain::Day
        && match &m.timex.spec {
            Spec::Weekday { .. } | Spec::Holiday { .. } => true,
            Spec::Calendar { fields, .. } => fields.month.is_some() && fields.day.is_some(),
            Spec::Shift { unit, .. } => *unit == super::value::Unit::Day,
            _ => false,
        }
}

fn retype_periods_ended(input: &Input, mentions: &mut Vec<Mention>) {
    let (text, lang) = (input.text, input.lang);
    if lang != Lang::En {
        return;
    }
    for m in mentions.iter_mut().filter(|m| m.rule == "date/the-year") {
        let next = word_after(text, m.span.end).to_lower();
        if ["ended", "ending", "ends", "through", "to"].contains(&next.as_str()) {
            m.timex = Timex::literal(TimexType::Duration, "P1Y", Grain::None);
            m.refresh();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use super::*;

    fn values(text: &str, lang: Lang) -> Vec<String> {
        extract(text, lang).into_iter().map(|m| m.value).collect()
    }

    #[test]
    fn numeric_order_follows_the_unambiguous_dates() {
        // 25/12 can only be day first, so 03/04 is read day first too, and flagged
        let text = "Filed 25/12/2021, amended 03/04/2022.";
        let mentions = extract(text, Lang::En);
        assert_eq!(values(text, Lang::En), ["2021-12-25", "2022-04-03"]);
        assert_eq!(mentions[1].ambiguous_order, Some(OrderSource::Text));
        assert_eq!(mentions[0].ambiguous_order, None);
        // alone, English reads month first and other languages day first
        assert_eq!(values("Filed 03/04/2022.", Lang::En), ["2022-03-04"]);
        assert_eq!(values("Eingereicht 03/04/2022.", Lang::De), ["2022-04-03"]);
        let alone = extract("Filed 03/04/2022.", Lang::En);
        assert_eq!(alone[0].ambiguous_order, Some(OrderSource::Language));
    }

    #[test]
    fn written_dates_vote_for_the_numeric_order() {
        // "19 December" writes the day first, so 03/04 is the third of April
        let text = "The fair opened on 19 December. Tickets sold since 03/04/2022.";
        assert_eq!(values(text, Lang::En), ["XXXX-12-19", "2022-04-03"]);
        let text = "The fair opened on December 19. Tickets sold since 03/04/2022.";
        assert_eq!(values(text, Lang::En), ["XXXX-12-19", "2022-03-04"]);
    }

    #[test]
    fn the_reader_setting_overrides_the_text() {
        let text = "Filed 25/12/2021, amended 03/04/2022.";
        let month_first = super::super::extract_with(text, Lang::En, Some(false));
        let values: Vec<&str> = month_first.iter().map(|m| m.value.as_str()).collect();
        // the unambiguous date keeps its only reading; the ambiguous one follows the setting
        assert_eq!(values, ["2021-12-25", "2022-03-04"]);
        assert_eq!(month_first[1].ambiguous_order, Some(OrderSource::Setting));
        let day_first = super::super::extract_with("Filed 03/04/2022.", Lang::En, Some(true));
        assert_eq!(day_first[0].value, "2022-04-03");
    }

    #[test]
    fn date_and_clock_side_by_side_join() {
        let text = "Posted December 16, 11:47 and at 5 p.m. EST, Nov. 6.";
        let m = extract(text, Lang::En);
        let spans: Vec<&str> = m.iter().map(|m| m.span.of(text)).collect();
        assert_eq!(spans, ["December 16, 11:47", "5 p.m. EST, Nov. 6"]);
        assert!(m.iter().all(|m| m.kind == TimexType::Time));
    }
}
