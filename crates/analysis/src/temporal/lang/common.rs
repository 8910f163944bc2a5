//! Rules every language shares: numeric dates first, clock times and bare years last.

use crate::model::Grain;
use crate::temporal::grammar::{Caps, Rule};
use crate::temporal::make::{self, clock, date};
use crate::temporal::value::{Fields, Lean, Spec, Timex};

/// Numeric dates, tried before any language's rules.
pub static NUMERIC_DATES: &[Rule] = &[
    Rule {
        name: "time/iso",
        pattern: r"{year}-{mm}-{dd}[T ]{hour}:{minute}(?::{second})?(?:Z|[+-][0-9]{2}:?[0-9]{2})?",
        example: "2022-12-19T15:39",
        build: iso_time,
    },
    Rule {
        name: "date/iso",
        pattern: r"{year}-{mm}-{dd}",
        example: "2022-12-19",
        build: date,
    },
    Rule {
        name: "date/numeric-dotted",
        pattern: r"{dd}\.{mm}\.(?:{year}|{yy})",
        example: "19.12.2022",
        build: date,
    },
    Rule {
        name: "date/numeric-slashed",
        pattern: r"{dd}/{dd2}/(?:{year}|{yy})",
        example: "12/19/2022",
        build: slashed,
    },
];

/// Clock times and bare years, tried after every language's rules.
pub static LAST: &[Rule] = &[
    Rule {
        name: "time/clock-24h",
        pattern: r"{hour}[:h]{minute}(?::{second})?(?:\s*Uhr)?",
        example: "15:39",
        build: clock,
    },
    Rule {
        name: "date/year",
        pattern: r"{year}",
        example: "1990",
        build: |c| {
            let y = c.int("year")?;
            (1800..=2100).contains(&y).then_some(())?;
            date(c)
        },
    },
];

/// An ISO date and time.
fn iso_time(c: &Caps) -> Option<Timex> {
    let mut t = clock(c)?;
    let f = make::fields(c)?;
    if let Spec::Shift { fields, .. } = &t.spec {
        let all = Fields {
            year: f.year,
            month: f.month,
            day: f.day,
            ..*fields
        };
        t.spec = Spec::Calendar {
            fields: all,
            lean: Lean::Nearest,
        };
    }
    Some(t)
}

/// A numeric date with slashes: the number above 12 is the day; else month first, and the
/// mention is flagged ambiguous (a refiner settles the order for the whole text).
fn slashed(c: &Caps) -> Option<Timex> {
    let a = c.int("dd")? as u8;
    let b = c.int("dd2")? as u8;
    let year = c
        .int("year")
        .or_else(|| c.int("yy").map(make::two_digit_year));
    let (month, day) = if a > 12 { (b, a) } else { (a, b) };
    if month > 12 || day > make::days_in_month(year.unwrap_or(2000), month) {
        return None;
    }
    let f = Fields {
        year,
        month: Some(month),
        day: Some(day),
        ..Fields::default()
    };
    Some(Timex::date(f, Grain::Day))
}
