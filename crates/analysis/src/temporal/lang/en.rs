//! English: words and rules, in priority order (the first rule matching at a position wins,
//! so longer forms come before their parts).

use crate::case::ToLower;
use crate::model::{Grain, TimexType};
use crate::temporal::grammar::{Caps, Lexicon, Rule};
use crate::temporal::make::*;
use crate::temporal::value::{Fields, Holiday, Lean, Spec, Timex, Unit};

pub static LEXICON: Lexicon = Lexicon {
    months: &[
        ("january", 1),
        ("jan", 1),
        ("february", 2),
        ("feb", 2),
        ("march", 3),
        ("mar", 3),
        ("april", 4),
        ("apr", 4),
        ("may", 5),
        ("june", 6),
        ("jun", 6),
        ("july", 7),
        ("jul", 7),
        ("august", 8),
        ("aug", 8),
        ("september", 9),
        ("sept", 9),
        ("sep", 9),
        ("october", 10),
        ("oct", 10),
        ("november", 11),
        ("nov", 11),
        ("december", 12),
        ("dec", 12),
    ],
    weekdays: &[
        ("monday", 1),
        ("tuesday", 2),
        ("wednesday", 3),
        ("thursday", 4),
        ("friday", 5),
        ("saturday", 6),
        ("sunday", 7),
    ],
    numbers: &[
        ("a", 1.0),
        ("an", 1.0),
        ("one", 1.0),
        ("two", 2.0),
        ("three", 3.0),
        ("four", 4.0),
        ("five", 5.0),
        ("six", 6.0),
        ("seven", 7.0),
        ("eight", 8.0),
        ("nine", 9.0),
        ("ten", 10.0),
        ("eleven", 11.0),
        ("twelve", 12.0),
        ("thirteen", 13.0),
        ("fourteen", 14.0),
        ("fifteen", 15.0),
        ("sixteen", 16.0),
        ("seventeen", 17.0),
        ("eighteen", 18.0),
        ("nineteen", 19.0),
        ("twenty", 20.0),
        ("thirty", 30.0),
        ("forty", 40.0),
        ("fifty", 50.0),
        ("sixty", 60.0),
        ("seventy", 70.0),
        ("eighty", 80.0),
        ("ninety", 90.0),
        ("hundred", 100.0),
        ("thousand", 1000.0),
        ("half a", 0.5),
        ("several", -1.0),
        ("few", -1.0),
        ("a few", -1.0),
        ("many", -1.0),
        ("some", -1.0),
        ("a couple of", 2.0),
        ("couple of", 2.0),
        ("a number of", -1.0),
    ],
    units: &[
        ("second", Unit::Second),
        ("seconds", Unit::Second),
        ("minute", Unit::Minute),
        ("minutes", Unit::Minute),
        ("min", Unit::Minute),
        ("mins", Unit::Minute),
        ("hour", Unit::Hour),
        ("hours", Unit::Hour),
        ("hrs", Unit::Hour),
        ("day", Unit::Day),
        ("days", Unit::Day),
        ("week", Unit::Week),
        ("weeks", Unit::Week),
        ("month", Unit::Month),
        ("months", Unit::Month),
        ("quarter", Unit::Quarter),
        ("quarters", Unit::Quarter),
        ("year", Unit::Year),
        ("years", Unit::Year),
        ("decade", Unit::Decade),
        ("decades", Unit::Decade),
        ("century", Unit::Century),
        ("centuries", Unit::Century),
    ],
    day_suffix: "st|nd|rd|th",
    dayparts: &[
        ("morning", "MO"),
        ("afternoon", "AF"),
        ("mid-afternoon", "AF"),
        ("evening", "EV"),
        ("night", "NI"),
        ("overnight", "NI"),
    ],
    seasons: &[
        ("spring", "SP"),
        ("summer", "SU"),
        ("fall", "FA"),
        ("autumn", "FA"),
        ("winter", "WI"),
    ],
    ordinals: &[
        ("first", 1),
        ("second", 2),
        ("third", 3),
        ("fourth", 4),
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("ninth", 9),
        ("tenth", 10),
        ("eleventh", 11),
        ("twelfth", 12),
        ("thirteenth", 13),
        ("fourteenth", 14),
        ("fifteenth", 15),
        ("sixteenth", 16),
        ("seventeenth", 17),
        ("eighteenth", 18),
        ("nineteenth", 19),
        ("twentieth", 20),
        ("twenty-first", 21),
    ],
    holidays: &[
        ("christmas day", Holiday::Fixed { month: 12, day: 25 }),
        ("christmas", Holiday::Fixed { month: 12, day: 25 }),
        ("christmas eve", Holiday::Fixed { month: 12, day: 24 }),
        ("boxing day", Holiday::Fixed { month: 12, day: 26 }),
        ("new year's day", Holiday::Fixed { month: 1, day: 1 }),
        ("new year’s day", Holiday::Fixed { month: 1, day: 1 }),
        ("new year's eve", Holiday::Fixed { month: 12, day: 31 }),
        ("new year’s eve", Holiday::Fixed { month: 12, day: 31 }),
        ("valentine's day", Holiday::Fixed { month: 2, day: 14 }),
        ("valentine’s day", Holiday::Fixed { month: 2, day: 14 }),
        ("independence day", Holiday::Fixed { month: 7, day: 4 }),
        ("the fourth of july", Holiday::Fixed { month: 7, day: 4 }),
        ("halloween", Holiday::Fixed { month: 10, day: 31 }),
        ("veterans day", Holiday::Fixed { month: 11, day: 11 }),
        (
            "thanksgiving day",
            Holiday::NthWeekday {
                month: 11,
                weekday: 4,
                nth: 4,
            },
        ),
        (
            "thanksgiving",
            Holiday::NthWeekday {
                month: 11,
                weekday: 4,
                nth: 4,
            },
        ),
        (
            "memorial day",
            Holiday::NthWeekday {
                month: 5,
                weekday: 1,
                nth: -1,
            },
        ),
        (
            "labor day",
            Holiday::NthWeekday {
                month: 9,
                weekday: 1,
                nth: 1,
            },
        ),
        (
            "mother's day",
            Holiday::NthWeekday {
                month: 5,
                weekday: 7,
                nth: 2,
            },
        ),
        (
            "father's day",
            Holiday::NthWeekday {
                month: 6,
                weekday: 7,
                nth: 3,
            },
        ),
        ("easter sunday", Holiday::Easter(0)),
        ("easter", Holiday::Easter(0)),
        ("easter monday", Holiday::Easter(1)),
        ("good friday", Holiday::Easter(-2)),
        ("election day", Holiday::ElectionDay),
    ],
};

/// Words that put a vague amount before a unit ("about two years").
macro_rules! approx {
    () => {
        r"(?:(?:more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|nearly|almost)\s+)?"
    };
}

/// A year in words: "nineteen ninety-six", "two thousand and one".
macro_rules! spelled_year {
    () => {
        r"(?:(?:nineteen|twenty)[- ](?:hundred|(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|two\s+thousand(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)"
    };
}

/// The builder of a rule that always gives the same value.
macro_rules! fixed {
    ($e:expr) => {
        |_: &Caps| Some($e)
    };
}

pub static RULES: &[Rule] = &[
    // --- named dates ---------------------------------------------------------------------
    Rule {
        name: "date/month-day-year",
        pattern: r"{month}\s+{day},?\s+(?:of\s+)?{year}",
        example: "Aug. 7, 1998",
        build: date,
    },
    Rule {
        name: "date/day-month-year",
        pattern: r"(?:the\s+)?{day}(?:\s+of)?\s+{month},?\s+{year}",
        example: "16 December 2022",
        build: date,
    },
    Rule {
        name: "date/month-spelled-year",
        pattern: concat!(r"{month},?\s+(?:of\s+)?", spelled_year!()),
        example: "January nineteen ninety-seven",
        build: |c| {
            let f = Fields {
                year: Some(spelled_year(tail_year_words(&c.lower())?)?),
                month: c.month("month"),
                ..Fields::default()
            };
            Some(Timex::date(f, Grain::Month))
        },
    },
    Rule {
        name: "date/season-spelled-year",
        pattern: concat!(
            r"(?:the\s+)?(?:(?:early|late|mid)[- ]?)?{season}\s+(?:of\s+)?",
            spelled_year!()
        ),
        example: "the winter of nineteen ninety-four",
        build: |c| {
            let f = Fields {
                year: Some(spelled_year(tail_year_words(&c.lower())?)?),
                season: c.season("season"),
                ..Fields::default()
            };
            Some(Timex::date(f, Grain::Season))
        },
    },
    Rule {
        name: "date/spelled-year",
        pattern: concat!(r"(?:the\s+year\s+)?", spelled_year!()),
        example: "nineteen ninety-six",
        build: |c| {
            let year = spelled_year(&c.lower())?;
            Some(Timex::date(
                Fields {
                    year: Some(year),
                    ..Fields::default()
                },
                Grain::Year,
            ))
        },
    },
    Rule {
        name: "date/month-year",
        pattern: r"(?:(?:early|late|mid)[- ]?)?{month},?\s+(?:of\s+)?{year}",
        example: "July 1997",
        build: date,
    },
    Rule {
        name: "date/weekday-month-day",
        pattern: r"{weekday},?\s+{month}\s+{day}(?:,?\s+{year})?",
        example: "Monday, Oct. 26",
        build: date,
    },
    Rule {
        name: "date/month-relative-year",
        pattern: r"(?:(?:early|late|mid)[- ]?)?{month}\s+(?:of\s+)?(?:last|this|next)\s+year",
        example: "June last year",
        build: |c| {
            let m = c.month("month")?;
            let n = direction(c.text.split_whitespace().rev().nth(1)?);
            Some(Timex {
                kind: TimexType::Date,
                spec: Spec::Shift {
                    unit: Unit::Year,
                    n,
                    fields: Fields {
                        month: Some(m),
                        ..Fields::default()
                    },
                },
                grain: Grain::Month,
                latent: false,
            })
        },
    },
    Rule {
        name: "date/relative-month",
        pattern: r"(?:last|this|next|this\s+past|this\s+coming)\s+{month}(?:\s+{day})?",
        example: "last November",
        build: |c| {
            let lean = match direction(c.text.split_whitespace().next()?) {
                -1 => Lean::Past,
                1 => Lean::Future,
                _ if c.lower().contains("past") => Lean::Past,
                _ if c.lower().contains("coming") => Lean::Future,
                _ => Lean::This,
            };
            date_leaning(c, lean)
        },
    },
    Rule {
        name: "date/relative-holiday",
        pattern: r"(?:last|this|next|this\s+past|this\s+coming)\s+{holiday}",
        example: "last Thanksgiving",
        build: |c| {
            let lower = c.lower();
            let lean = match direction(c.text.split_whitespace().next()?) {
                -1 => Lean::Past,
                1 => Lean::Future,
                _ if lower.contains("past") => Lean::Past,
                _ if lower.contains("coming") => Lean::Future,
                _ => Lean::This,
            };
            holiday(c, lean)
        },
    },
    Rule {
        name: "date/year-period",
        pattern: r"the\s+{year}\s+(?:period|quarter|fiscal\s+year|year)",
        example: "the 1988 period",
        build: date,
    },
    Rule {
        name: "date/month-day",
        pattern: r"{month}\s+{day}",
        example: "December 19",
        build: date,
    },
    Rule {
        name: "date/month-ordinal",
        pattern: r"{month}\s+(?:the\s+)?{ordinal}(?:,?\s+{year})?",
        example: "March eighth",
        build: |c| {
            // a month in capitals ("may second the motion" is a verb)
            c.get("month")?
                .starts_with(char::is_uppercase)
                .then_some(())?;
            let mut f = fields(c)?;
            let day = c.ordinal("ordinal")?;
            let last = days_in_month(f.year.unwrap_or(2000), f.month?);
            (1..=last).contains(&day).then_some(())?;
            f.day = Some(day);
            Some(Timex::date(f, Grain::Day))
        },
    },
    Rule {
        name: "date/day-month",
        pattern: r"(?:the\s+)?{day}(?:\s+of)?\s+{month}",
        example: "19 December",
        build: date,
    },
    Rule {
        name: "date/week-of",
        pattern: r"the\s+week\s+of\s+{month}\s+{day}",
        example: "the week of March 6",
        build: |c| {
            let mut t = date(c)?;
            t.grain = Grain::Week;
            Some(t)
        },
    },
    // --- quarters, halves, seasons, decades, centuries -----------------------------------
    Rule {
        name: "date/quarter-code",
        pattern: r"Q[1-4](?:\s+|/|-){year}",
        example: "Q3 2021",
        build: |c| {
            let q = c.text.as_bytes()[1] - b'0';
            quarter(c.int("year"), q)
        },
    },
    Rule {
        name: "date/quarter",
        pattern: r"(?:the\s+)?(?:(?:fiscal|calendar)\s+)?{ordinal}(?:\s+fiscal)?[- ]quarter(?:\s+of\s+{year}|,?\s+{year})?",
        example: "the third quarter of 1989",
        build: |c| {
            let q = c.ordinal("ordinal")?;
            (1..=4).contains(&q).then_some(())?;
            quarter(c.int("year"), q)
        },
    },
    Rule {
        name: "date/year-quarter",
        pattern: r"(?:the\s+)?(?:{year}|this\s+year's|last\s+year's|next\s+year's)\s+(?:fiscal\s+)?{ordinal}[- ]quarter",
        example: "1989 third quarter",
        build: |c| {
            let q = c.ordinal("ordinal")?;
            (1..=4).contains(&q).then_some(())?;
            let mut t = quarter(c.int("year"), q)?;
            let shift = if c.lower().contains("last") {
                -1
            } else if c.lower().contains("next") {
                1
            } else {
                0
            };
            if shift != 0 {
                t = Timex {
                    spec: Spec::Shift {
                        unit: Unit::Year,
                        n: shift,
                        fields: Fields {
                            quarter: Some(q),
                            ..Fields::default()
                        },
                    },
                    ..t
                };
            }
            Some(t)
        },
    },
    Rule {
        name: "date/half",
        pattern: r"(?:the\s+)?(?:first|second|1st|2nd|last|latter)\s+half(?:\s+of\s+{year}|,?\s+{year}|\s+of\s+the\s+(?:1[0-9]{2}0|20[0-9]0|'[0-9]0)'?s)?",
        example: "the first half of 1990",
        build: |c| {
            if c.lower().contains(" of the ") {
                // "the last half of the '80s": a part of a decade, written as the decade
                let digits: String = c.text.chars().filter(char::is_ascii_digit).collect();
                let decade = match digits.len() {
                    4 => digits[..3].parse().ok()?,
                    _ => {
                        let d: i32 = digits[..1].parse().ok()?;
                        if d < 4 {
                            200 + d
                        } else {
                            190 + d
                        }
                    }
                };
                let f = Fields {
                    decade: Some(decade),
                    ..Fields::default()
                };
                return Some(Timex::date(f, Grain::Decade));
            }
            let h = if c.lower().contains("first") || c.lower().contains("1st") {
                1
            } else {
                2
            };
            let f = Fields {
                year: c.int("year"),
                half: Some(h),
                ..Fields::default()
            };
            Some(Timex::date(f, Grain::Half))
        },
    },
    Rule {
        name: "date/half-by-quarters",
        pattern: r"(?:the\s+)?(?:first|last|final|latter)\s+two\s+quarters\s+(?:of\s+)?{year}",
        example: "the first two quarters of 1990",
        build: |c| {
            let h = if c.lower().contains("first") { 1 } else { 2 };
            let f = Fields {
                year: c.int("year"),
                half: Some(h),
                ..Fields::default()
            };
            Some(Timex::date(f, Grain::Half))
        },
    },
    Rule {
        name: "date/decade",
        pattern: r"(?:the\s+)?(?:(?:early|mid|late)[- ]?)?(?:1[0-9]{2}0|20[0-9]0)'?s",
        example: "the 1990s",
        build: |c| {
            let digits: String = c.text.chars().filter(char::is_ascii_digit).collect();
            let f = Fields {
                decade: Some(digits[..3].parse().ok()?),
                ..Fields::default()
            };
            Some(Timex::date(f, Grain::Decade))
        },
    },
    Rule {
        name: "date/decade-short",
        pattern: r"(?:the\s+)?(?:(?:early|mid|late)[- ]?)?'[0-9]0s",
        example: "the '90s",
        build: |c| {
            let digits: String = c.text.chars().filter(char::is_ascii_digit).collect();
            let d: i32 = digits[..1].parse().ok()?;
            let f = Fields {
                decade: Some(if d < 4 { 200 + d } else { 190 + d }),
                ..Fields::default()
            };
            Some(Timex::date(f, Grain::Decade))
        },
    },
    Rule {
        name: "date/decade-words",
        pattern: r"the\s+(?:nineteen[- ])?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
        example: "the nineties",
        build: |c| {
            let lower = c.lower();
            let tens = ["twen", "thir", "for", "fif", "six", "seven", "eigh", "nine"]
                .iter()
                .position(|t| {
                    lower
                        .split_whitespace()
                        .last()
                        .is_some_and(|w| w.starts_with(t))
                })?;
            let f = Fields {
                decade: Some(190 + tens as i32 + 2),
                ..Fields::default()
            };
            Some(Timex::date(f, Grain::Decade))
        },
    },
    Rule {
        name: "date/century",
        pattern: r"(?:the\s+)?(?:(?:early|mid|late)[- ]?)?{ordinal}\s+century",
        example: "the 20th century",
        build: |c| {
            let n: i32 = match c.int("ordinal") {
                Some(n) => n,
                None => c.ordinal("ordinal")? as i32,
            };
            let f = Fields {
                century: Some(n - 1),
                ..Fields::default()
            };
            Some(Timex::date(f, Grain::Century))
        },
    },
    Rule {
        name: "date/season-year",
        pattern: r"(?:the\s+)?(?:(?:early|late|mid)[- ]?)?{season}\s+(?:of\s+)?{year}",
        example: "summer 1990",
        build: |c| {
            let f = Fields {
                year: c.int("year"),
                season: c.season("season"),
                ..Fields::default()
            };
            Some(Timex::date(f, Grain::Season))
        },
    },
    Rule {
        name: "date/recent-season",
        pattern: r"(?:(?:early|late)\s+)?this\s+(?:past|coming)\s+{season}",
        example: "this past spring",
        build: |c| {
            let f = Fields {
                season: c.season("season"),
                ..Fields::default()
            };
            let lean = if c.lower().contains("past") {
                Lean::Past
            } else {
                Lean::Future
            };
            Some(Timex {
                kind: TimexType::Date,
                spec: Spec::Calendar { fields: f, lean },
                grain: Grain::Season,
                latent: false,
            })
        },
    },
    Rule {
        name: "date/season",
        pattern: r"(?:the\s+)?(?:(?:early|late|mid)[- ]?)?{season}",
        example: "the early summer",
        build: |c| {
            let f = Fields {
                season: c.season("season"),
                ..Fields::default()
            };
            Some(Timex::date(f, Grain::Season))
        },
    },
    Rule {
        name: "date/relative-season",
        pattern: r"(?:(?:early|late)\s+)?(?:last|this|next|past|coming)\s+{season}",
        example: "last fall",
        build: |c| {
            let n = direction(c.text.split_whitespace().rev().nth(1)?);
            let season = c.season("season")?;
            Some(Timex {
                kind: TimexType::Date,
                spec: Spec::Shift {
                    unit: Unit::Year,
                    n: if n > 0 { 0 } else { n.min(0) },
                    fields: Fields {
                        season: Some(season),
                        ..Fields::default()
                    },
                },
                grain: Grain::Season,
                latent: false,
            })
        },
    },
    Rule {
        name: "date/fiscal-year",
        pattern: r"(?:fiscal(?:\s+year)?|calendar(?:\s+year)?|FY|the\s+year)\s+{year}",
        example: "fiscal 1989",
        build: date,
    },
    Rule {
        name: "date/edge-of",
        pattern: r"(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+(?:(?:{month}(?:\s+{year})?)|{year2}|(?:the\s+)?(?:this|last|next)\s+(?:year|month|week|century)|the\s+(?:year|month))",
        example: "the end of 1990",
        build: |c| {
            if c.has("month") {
                return date(c);
            }
            if let Some(y) = c.int("year2") {
                let f = Fields {
                    year: Some(y),
                    ..Fields::default()
                };
                return Some(Timex::date(f, Grain::Year));
            }
            let unit = if c.lower().ends_with("month") {
                Unit::Month
            } else if c.lower().ends_with("week") {
                Unit::Week
            } else if c.lower().ends_with("century") {
                Unit::Century
            } else {
                Unit::Year
            };
            let n = if c.lower().contains("last") {
                -1
            } else if c.lower().contains("next") {
                1
            } else {
                0
            };
            Some(Timex::shift(unit, n))
        },
    },
    Rule {
        name: "date/year-end",
        pattern: r"year[- ]end|year['’]s\s+end",
        example: "year-end",
        build: fixed!(Timex::shift(Unit::Year, 0)),
    },
    Rule {
        name: "date/part-of-month",
        pattern: r"(?:early|late|mid)[- ]?{month}",
        example: "late November",
        build: |c| date_leaning(c, Lean::Nearest),
    },
    Rule {
        name: "date/part-of-year",
        pattern: r"(?:early|late|mid)[- ]?{year}",
        example: "mid-1990",
        build: date,
    },
    Rule {
        // "the post-1959 politics": the year the prefix counts from
        name: "date/prefixed-year",
        pattern: r"(?:pre|post)-{year}",
        example: "post-1959",
        build: date,
    },
    // --- clock times ---------------------------------------------------------------------
    Rule {
        name: "time/clock",
        pattern: r"(?:around\s+)?{hour}:{minute}(?::{second})?\s*(?:{ampm}(?:\s*{tz})?|{tz})",
        example: "10:35 a.m.",
        build: clock,
    },
    Rule {
        name: "time/hour-ampm",
        pattern: r"(?:around\s+)?{hour}\s*{ampm}(?:\s*{tz})?",
        example: "5 p.m. EST",
        build: clock,
    },
    Rule {
        name: "time/oclock",
        pattern: r"{num}\s+o['’]clock",
        example: "five o'clock",
        build: |c| {
            let hour = c.number("num")??;
            (1.0..=12.0).contains(&hour).then(|| at_hour(hour as u8))
        },
    },
    Rule {
        name: "time/hour-in-daypart",
        pattern: r"{hour}\s+in\s+the\s+(?:morning|afternoon|evening)",
        example: "4 in the morning",
        build: |c| {
            let mut t = clock(c)?;
            if !c.lower().ends_with("morning") {
                if let Spec::Shift { fields, .. } = &mut t.spec {
                    fields.hour = fields.hour.map(|h| if h < 12 { h + 12 } else { h });
                }
            }
            Some(t)
        },
    },
    Rule {
        name: "time/noon",
        pattern: r"(?:noon|midday|mid-day)",
        example: "noon",
        build: fixed!(at_hour(12)),
    },
    Rule {
        name: "time/midnight",
        pattern: r"midnight",
        example: "midnight",
        build: fixed!(at_hour(24)),
    },
    // --- days relative to today ----------------------------------------------------------
    Rule {
        name: "date/day-before-yesterday",
        pattern: r"(?:the\s+)?day\s+before\s+yesterday",
        example: "the day before yesterday",
        build: fixed!(day_shift(-2, None)),
    },
    Rule {
        name: "date/day-after-tomorrow",
        pattern: r"(?:the\s+)?day\s+after\s+tomorrow",
        example: "the day after tomorrow",
        build: fixed!(day_shift(2, None)),
    },
    Rule {
        name: "time/daypart-of-day",
        pattern: r"(?:early\s+|late\s+)?{daypart}\s+(?:of\s+)?(?:yesterday|today|tomorrow)",
        example: "mid-afternoon yesterday",
        build: |c| {
            let n = deixis(c.text)?;
            Some(day_shift(n, c.daypart("daypart")))
        },
    },
    Rule {
        name: "time/day-daypart",
        pattern: r"(?:early\s+|late\s+)?(?:yesterday|today|tomorrow)\s+{daypart}",
        example: "yesterday morning",
        build: |c| {
            let n = deixis(c.text)?;
            Some(day_shift(n, c.daypart("daypart")))
        },
    },
    Rule {
        name: "time/last-night",
        pattern: r"last\s+night",
        example: "last night",
        build: fixed!(day_shift(-1, Some("NI"))),
    },
    Rule {
        name: "time/this-daypart",
        pattern: r"(?:(?:later|earlier)\s+)?this\s+{daypart}",
        example: "this morning",
        build: |c| Some(day_shift(0, c.daypart("daypart"))),
    },
    Rule {
        // "dealers bought in the morning", "by mid afternoon": a part of the day the text
        // narrates (a refiner keeps it only after a word that takes a time)
        name: "time/narrated-daypart",
        pattern: r"the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening)|mid[- ]?(?:morning|afternoon)",
        example: "mid afternoon",
        build: |c| {
            let lower = c.lower();
            let daypart = if lower.contains("morning") {
                "MO"
            } else if lower.contains("afternoon") {
                "AF"
            } else {
                "EV"
            };
            let mut t = day_shift(0, Some(daypart));
            t.latent = true;
            Some(t)
        },
    },
    Rule {
        // "today is the eighth day of the strike": the day the sentence speaks from (a
        // refiner keeps it only after "is")
        name: "date/ordinal-day",
        pattern: r"the\s+(?:{ordinal}|last)\s+day",
        example: "the second day",
        build: fixed!(day_shift(0, None)),
    },
    Rule {
        name: "time/tonight",
        pattern: r"(?:early\s+|late\s+)?tonight",
        example: "tonight",
        build: fixed!(day_shift(0, Some("NI"))),
    },
    Rule {
        name: "date/deictic-day",
        pattern: r"(?:(?:early|late|later|earlier)\s+)?(?:yesterday|today|tomorrow)",
        example: "yesterday",
        build: |c| Some(day_shift(deixis(c.text)?, None)),
    },
    // --- weekdays ------------------------------------------------------------------------
    Rule {
        // "on Mondays", "Tuesday nights": every such day (or part of it)
        name: "set/weekday-plural",
        pattern: r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|{weekday}\s+(?:mornings|afternoons|evenings|nights))(?-u:\b)",
        example: "Tuesday nights",
        build: |c| {
            let lower = c.lower();
            let day = &lower[..lower.find("day")? + 3];
            let w = crate::temporal::grammar::lookup(LEXICON.weekdays, day)?;
            let part = lower.split_whitespace().nth(1).and_then(|p| {
                crate::temporal::grammar::lookup(LEXICON.dayparts, p.trim_end_matches('s'))
            });
            let value = match part {
                Some(p) => format!("XXXX-WXX-{w}T{p}"),
                None => format!("XXXX-WXX-{w}"),
            };
            Some(Timex::literal(TimexType::Set, value, Grain::Day))
        },
    },
    Rule {
        name: "date/anaphoric-weekday",
        pattern: r"the\s+(?:previous|preceding|following)\s+{weekday}",
        example: "the previous Friday",
        build: |c| {
            let n = if c.lower().contains("following") {
                1
            } else {
                -1
            };
            Some(Timex {
                kind: TimexType::Date,
                spec: Spec::Anaphoric {
                    unit: Unit::Day,
                    n,
                    fields: Fields {
                        weekday: c.weekday("weekday"),
                        ..Fields::default()
                    },
                },
                grain: Grain::Day,
                latent: false,
            })
        },
    },
    Rule {
        name: "date/relative-weekday",
        pattern: r"(?:last|next|this|coming|past)\s+{weekday}(?:\s+{daypart})?",
        example: "last Tuesday",
        build: |c| {
            let lean = match direction(c.text.split_whitespace().next()?) {
                -1 => Lean::Past,
                1 => Lean::Future,
                _ => Lean::This,
            };
            weekday(c, lean)
        },
    },
    Rule {
        name: "date/weekday-daypart",
        pattern: r"(?:early\s+|late\s+)?{weekday}\s+{daypart}",
        example: "Friday morning",
        build: |c| weekday(c, Lean::Nearest),
    },
    Rule {
        name: "date/daypart-weekday",
        pattern: r"(?:early\s+|late\s+)?{daypart}\s+(?:on\s+)?{weekday}",
        example: "early morning Friday",
        build: |c| weekday(c, Lean::Nearest),
    },
    Rule {
        name: "date/weekday",
        pattern: r"(?:early\s+|late\s+)?{weekday}",
        example: "Tuesday",
        build: |c| weekday(c, Lean::Nearest),
    },
    Rule {
        name: "date/month",
        pattern: r"{month}",
        example: "December",
        build: bare_month,
    },
    // --- shifts --------------------------------------------------------------------------
    Rule {
        name: "date/ago",
        pattern: concat!(
            approx!(),
            r"{num}[\s-]+{unit}(?:\s+or\s+(?:so|two|three|more))?\s+(?:ago|earlier|before\s+now)"
        ),
        example: "two years ago",
        build: |c| shifted(c, -1),
    },
    Rule {
        name: "date/hence",
        // "two days later" counts from an event the text tells of, not from today: TimeML
        // marks the span alone ("two days", a duration) and leaves "later" out
        pattern: concat!(approx!(), r"{num}[\s-]+{unit}\s+(?:from\s+now|hence)"),
        example: "two days from now",
        build: |c| shifted(c, 1),
    },
    Rule {
        name: "date/year-earlier",
        pattern: r"(?:(?:the|a)\s+)?(?:comparable\s+)?year[- ](?:earlier|ago)(?:\s+(?:(?:third|second|first|fourth|fiscal)\s+)?(?:quarter|period|nine\s+months))?|last\s+year['’]s\s+(?:quarter|period)|the\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)",
        example: "the year-earlier quarter",
        build: |c| {
            // "the year-earlier nine months": a length, as "the nine months" is
            if c.lower().ends_with("months") {
                return Some(Timex::literal(TimexType::Duration, "P9M", Grain::None));
            }
            Some(Timex::shift(Unit::Year, -1))
        },
    },
    Rule {
        name: "date/same-period-last-year",
        pattern: r"the\s+(?:same|corresponding|comparable)\s+(?:period|time|quarter|month|week|months)\s+(?:of\s+)?(?:last|a|the\s+previous)\s+year(?:\s+(?:ago|earlier))?",
        example: "the same period last year",
        build: fixed!(Timex::shift(Unit::Year, -1)),
    },
    Rule {
        // "the year before", "the day after": counted from the time the text narrates (a
        // refiner keeps only "the day" when an event follows: "the day before the vote")
        name: "date/anaphoric-before",
        pattern: r"the\s+(?:day|week|month|year)\s+(?:before|after|earlier|later)",
        example: "the year before",
        build: anaphoric,
    },
    Rule {
        name: "date/the-year",
        pattern: r"the\s+(?:fiscal\s+)?year",
        example: "the fiscal year",
        build: fixed!(Timex::shift(Unit::Year, 0)),
    },
    Rule {
        name: "date/anaphoric",
        pattern: r"(?:later|earlier)\s+in\s+the\s+day|(?:(?:early|late|earlier|later)\s+(?:on\s+)?)?(?:(?:that|the\s+following)\s+(?:day|morning|afternoon|evening|night|week|month|year)|(?:the|that)\s+same\s+(?:day|week|month|year)|the\s+(?:next|previous|preceding)\s+(?:day|morning|afternoon|evening|night))",
        example: "later that year",
        build: anaphoric,
    },
    Rule {
        // "it was a great day for the port": the day the text narrates (a refiner keeps it
        // only after "is" or "was", and keeps "day" as its span)
        name: "date/judged-day",
        pattern: r"an?\s+(?:great|historic|sad|dark|big|good|bad|black|tragic|momentous|proud|happy|special|memorable|difficult|terrible|wonderful|glorious|joyous|remarkable|important)\s+day",
        example: "a great day",
        build: fixed!(narrated_day()),
    },
    Rule {
        // "until then": the time the text last named (a refiner keeps "then" as its span)
        name: "date/until-then",
        pattern: r"(?:until|till|by)\s+then",
        example: "until then",
        build: fixed!(narrated_day()),
    },
    Rule {
        name: "date/near-relative-unit",
        pattern: r"(?:(?:early|late|earlier|later)\s+)?(?:this|that|last|next|the\s+coming|the\s+past|the\s+previous|the\s+current|the\s+latest|the\s+same|the\s+next|the\s+full|the)\s+(?:fiscal\s+)?(?:weekend|week|month|quarter|year|decade|century|period)(?-u:\b)",
        example: "earlier this year",
        build: |c| relative_unit(c),
    },
    // --- durations -----------------------------------------------------------------------
    Rule {
        name: "duration/past-n-units",
        pattern: r"(?:the\s+)?(?:past|last|next|previous|coming|first|final|following|remaining|latest)\s+{num}(?:\s+(?:to|or)\s+{num2})?\s+{unit}",
        example: "the past two months",
        build: span_of,
    },
    Rule {
        name: "duration/n-units",
        pattern: concat!(
            approx!(),
            r"(?:the\s+)?{num}(?:\s+(?:to|or)\s+{num2})?(?:[\s-]+|-and-a-half-)(?:(?:more|additional|further|trading|business|working)\s+)?{unit}(?:\s+and\s+a\s+half|[\s-]+(?:long|old))?"
        ),
        // a range ("two to three weeks") is one length, valued by its first amount
        example: "two to three weeks",
        build: span_of,
    },
    Rule {
        name: "duration/unit-long",
        pattern: r"(?:day|week|month|year|decade|hour|minute)s?-long",
        example: "decades-long",
        build: |c| {
            let lower = c.lower();
            let word = lower.trim_end_matches("-long");
            let unit = crate::temporal::grammar::lookup(LEXICON.units, word)?;
            let amount = if word.ends_with('s') { None } else { Some(1.0) };
            Some(Timex::literal(
                TimexType::Duration,
                crate::temporal::value::duration(amount, unit),
                Grain::None,
            ))
        },
    },
    Rule {
        // "in recent years", "in past decades": the past at large, not a length
        name: "ref/recent-years",
        pattern: r"(?:recent|past)\s+(?:years|decades|centuries)",
        example: "recent years",
        build: fixed!(vague("PAST_REF")),
    },
    Rule {
        name: "duration/units",
        // two units joined ("weeks or months") are one vague length, valued by the first
        pattern: r"(?:recent\s+days|(?:(?:recent|past|the\s+past|the\s+last|the\s+next|the\s+coming|coming)\s+)?(?:years|months|weeks|decades|centuries|hours|minutes))(?:\s+(?:or|and)\s+(?:days|weeks|months|years|decades))?",
        example: "weeks or months",
        build: |c| {
            let lower = c.lower();
            let first = lower
                .split_whitespace()
                .find(|w| w.ends_with('s') && !["recent", "past"].contains(w))?;
            let unit = match first {
                "years" => Unit::Year,
                "months" => Unit::Month,
                "weeks" => Unit::Week,
                "decades" => Unit::Decade,
                "centuries" => Unit::Century,
                "hours" => Unit::Hour,
                "days" => Unit::Day,
                _ => Unit::Minute,
            };
            Some(Timex::literal(
                TimexType::Duration,
                crate::temporal::value::duration(None, unit),
                Grain::None,
            ))
        },
    },
    Rule {
        // "for a while": a length the text does not measure (a refiner keeps it only after
        // "for", "after" or "within")
        name: "duration/a-while",
        pattern: r"a\s+(?:little\s+)?while",
        example: "a while",
        build: fixed!(Timex::literal(TimexType::Duration, "PXX", Grain::None)),
    },
    // --- sets ----------------------------------------------------------------------------
    Rule {
        name: "set/every-weekday",
        pattern: r"(?:every|each)\s+{weekday}",
        example: "every Monday",
        build: |c| {
            let w = c.weekday("weekday")?;
            Some(Timex::literal(
                TimexType::Set,
                format!("XXXX-WXX-{w}"),
                Grain::Day,
            ))
        },
    },
    Rule {
        name: "set/every-month",
        pattern: r"(?:every|each)\s+{month}",
        example: "each July",
        build: |c| {
            let m = c.month("month")?;
            Some(Timex::literal(
                TimexType::Set,
                format!("XXXX-{m:02}"),
                Grain::Month,
            ))
        },
    },
    Rule {
        name: "set/every-season",
        pattern: r"(?:every|each)\s+{season}",
        example: "every winter",
        build: |c| {
            let season = c.season("season")?;
            Some(Timex::literal(
                TimexType::Set,
                format!("XXXX-{season}"),
                Grain::Season,
            ))
        },
    },
    Rule {
        // "for the past three summers": each of those summers
        name: "set/past-seasons",
        pattern: r"(?:the\s+)?(?:past|last|previous|next|coming)\s+{num}\s+(?:summers|winters|springs|autumns|falls)",
        example: "the past three summers",
        build: |c| {
            let lower = c.lower();
            let season = LEXICON
                .seasons
                .iter()
                .find(|(word, _)| lower.contains(word))
                .map(|(_, code)| *code)?;
            Some(Timex::literal(
                TimexType::Set,
                format!("XXXX-{season}"),
                Grain::Season,
            ))
        },
    },
    Rule {
        name: "set/every-unit",
        pattern: r"(?:every|each|per|once\s+a|twice\s+a|(?:two|three|four|several)\s+times\s+a)\s+{unit}",
        example: "every day",
        build: |c| Some(every(c.unit("unit")?)),
    },
    Rule {
        name: "set/adverb",
        pattern: r"(?:daily|nightly|weekly|biweekly|monthly|yearly|hourly|annually)",
        example: "weekly",
        build: |c| {
            let unit = match c.lower().as_str() {
                "hourly" => Unit::Hour,
                "daily" | "nightly" => Unit::Day,
                "weekly" | "biweekly" => Unit::Week,
                "monthly" => Unit::Month,
                "quarterly" => Unit::Quarter,
                _ => Unit::Year,
            };
            Some(every(unit))
        },
    },
    // --- vague references ----------------------------------------------------------------
    Rule {
        name: "ref/past",
        pattern: r"(?:the\s+past|recently|lately|recent\s+times)",
        example: "recently",
        build: |c| {
            let lower = c.lower();
            let at = lower.find("recent").unwrap_or(0);
            let _ = at;
            Some(vague("PAST_REF"))
        },
    },
    Rule {
        name: "ref/then-current",
        pattern: r"then[- ]current",
        example: "then current",
        build: fixed!(vague("PAST_REF")),
    },
    Rule {
        name: "ref/present",
        // "at this crucial moment": the present, as "now" is
        pattern: r"(?:now|nowadays|currently|current|at\s+present|presently|the\s+present|these\s+days|this\s+(?:(?:crucial|critical|difficult|decisive|historic|important|very|particular|delicate|sensitive|present)\s+)?moment)",
        example: "this crucial moment",
        build: fixed!(vague("PRESENT_REF")),
    },
    Rule {
        name: "ref/future",
        // "in future quarters": the time ahead at large, as "the future" is
        pattern: r"(?:the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|future\s+(?:days|weeks|months|quarters|years|decades)|the\s+(?:near|short)\s+term|a\s+later\s+date|as\s+soon\s+as\s+possible)",
        example: "the future",
        build: fixed!(vague("FUTURE_REF")),
    },
    Rule {
        name: "date/holiday-week",
        pattern: r"{holiday}\s+week",
        example: "Easter week",
        build: |c| {
            let mut t = holiday(c, Lean::Nearest)?;
            t.grain = Grain::Week;
            Some(t)
        },
    },
    Rule {
        name: "date/holiday",
        pattern: r"{holiday}(?:,?\s+{year})?",
        example: "Christmas",
        build: |c| holiday(c, Lean::Nearest),
    },
];

/// The shift of "yesterday" (−1), "today" (0), "tomorrow" (+1) found in `text`.
fn deixis(text: &str) -> Option<i32> {
    let lower = text.to_lower();
    if lower.contains("yesterday") {
        Some(-1)
    } else if lower.contains("today") {
        Some(0)
    } else if lower.contains("tomorrow") {
        Some(1)
    } else {
        None
    }
}

/// A quarter of a given or unknown year.
fn quarter(year: Option<i32>, q: u8) -> Option<Timex> {
    let f = Fields {
        year,
        quarter: Some(q),
        ..Fields::default()
    };
    let mut t = Timex::date(f, Grain::Quarter);
    if year.is_none() {
        t.spec = Spec::Calendar {
            fields: f,
            lean: Lean::Past,
        };
    }
    Some(t)
}

/// "this year", "last week", "the coming month", "earlier this year", "the latest quarter".
fn relative_unit(c: &Caps) -> Option<Timex> {
    let lower = c.lower();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let last = *words.last()?;
    let unit = match last {
        "week" | "weekend" => Unit::Week,
        "month" => Unit::Month,
        "quarter" | "period" => Unit::Quarter,
        "decade" => Unit::Decade,
        "century" => Unit::Century,
        _ => Unit::Year,
    };
    let n = if lower.contains("last") || lower.contains("past") || lower.contains("previous") {
        -1
    } else if lower.contains("next") || lower.contains("coming") {
        1
    } else {
        0
    };
    if lower.contains("past") && matches!(unit, Unit::Decade | Unit::Century) {
        // "over the past decade": the last ten years up to now, not the calendar decade
        // before this one
        let years = if unit == Unit::Decade { 10.0 } else { 100.0 };
        return Some(Timex::literal(
            TimexType::Duration,
            crate::temporal::value::duration(Some(years), Unit::Year),
            Grain::None,
        ));
    }
    let anaphoric = words.len() == 2 && words[0] == "the";
    if anaphoric && last == "week" {
        // "for the week, the index fell": a week the text narrates, whose number it does not
        // give; only its year is the reference's
        let mut t = Timex::date(Fields::default(), Grain::Week);
        t.latent = true;
        return Some(t);
    }
    let mut t = Timex::shift(unit, n);
    if last == "weekend" {
        t.grain = Grain::Week;
        if let Spec::Shift { fields, .. } = &mut t.spec {
            fields.daypart = Some("WE");
        }
    }
    if anaphoric || lower.contains("latest") || lower.contains("period") || lower.contains("that") {
        // "the latest quarter": the period the text has been speaking of
        t.latent = true;
    }
    Some(t)
}

/// The day the text narrates, as the text last named it ("a great day", "until then").
fn narrated_day() -> Timex {
    Timex {
        kind: TimexType::Date,
        spec: Spec::Anaphoric {
            unit: Unit::Day,
            n: 0,
            fields: Fields::default(),
        },
        grain: Grain::Day,
        latent: false,
    }
}

/// "that year", "the following month", "earlier that day": a time counted from the one the
/// text narrates at.
fn anaphoric(c: &Caps) -> Option<Timex> {
    let lower = c.lower();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let last = match *words.last()? {
        "before" | "after" | "earlier" | "later" => words[words.len() - 2],
        w => w,
    };
    let (unit, grain) = match last {
        "year" => (Unit::Year, Grain::Year),
        "month" => (Unit::Month, Grain::Month),
        "week" => (Unit::Week, Grain::Week),
        _ => (Unit::Day, Grain::Day),
    };
    let n = if lower.contains("following")
        || lower.contains("next")
        || lower.ends_with(" after")
        || lower.ends_with(" later")
    {
        1
    } else if lower.contains("previous")
        || lower.contains("preceding")
        || lower.ends_with(" before")
        || lower.ends_with(" earlier")
    {
        -1
    } else {
        0
    };
    Some(Timex {
        kind: TimexType::Date,
        spec: Spec::Anaphoric {
            unit,
            n,
            fields: Fields::default(),
        },
        grain,
        latent: false,
    })
}

/// The words of a year at the end of a phrase ("january nineteen ninety-seven" →
/// "nineteen ninety-seven").
fn tail_year_words(lower: &str) -> Option<&str> {
    ["nineteen", "twenty", "two thousand"]
        .iter()
        .filter_map(|w| lower.find(w))
        .min()
        .map(|at| &lower[at..])
}

/// A year written in words: "nineteen ninety-six" → 1996, "two thousand and one" → 2001.
fn spelled_year(text: &str) -> Option<i32> {
    let text = text.strip_prefix("the year ").unwrap_or(text).trim();
    let words = LEXICON.numbers;
    let number = |s: &str| crate::temporal::grammar::parse_number(s, words).map(|n| n as i32);
    if let Some(rest) = text.strip_prefix("two thousand") {
        let rest = rest.trim().trim_start_matches("and").trim();
        return Some(2000 + if rest.is_empty() { 0 } else { number(rest)? });
    }
    let (century, rest) = text.split_once([' ', '-'])?;
    let century = number(century)?;
    let rest = rest.trim();
    if rest == "hundred" {
        return Some(century * 100);
    }
    Some(century * 100 + number(rest)?)
}
