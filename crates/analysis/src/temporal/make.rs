//! Builders the rule tables of every language share: they turn a rule's captures into an
//! underspecified [`Timex`].

use super::grammar::Caps;
use super::value::{duration, Fields, Lean, Spec, Timex, Unit};
use crate::case::ToLower;
use crate::model::{Grain, TimexType};
use crate::wordlist::Words;

/// Year, month and day from the captures `year`/`yy`, `month` (a name) or `mm`, and `day`/`dd`.
pub fn fields(c: &Caps) -> Option<Fields> {
    let mut f = Fields {
        year: c.int("year").or_else(|| c.int("yy").map(two_digit_year)),
        ..Fields::default()
    };
    f.month = c.month("month").or_else(|| c.int("mm").map(|m| m as u8));
    f.day = c.int("day").or_else(|| c.int("dd")).map(|d| d as u8);
    if let Some(d) = f.day {
        let m = f.month.unwrap_or(1);
        if d == 0 || d > days_in_month(f.year.unwrap_or(2000), m) {
            return None;
        }
    }
    Some(f)
}

/// `'98` → 1998, `'05` → 2005.
pub fn two_digit_year(yy: i32) -> i32 {
    if yy < 40 {
        2000 + yy
    } else {
        1900 + yy
    }
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A date at the finest grain its fields give.
pub fn date(c: &Caps) -> Option<Timex> {
    let f = fields(c)?;
    let grain = if f.day.is_some() {
        Grain::Day
    } else if f.month.is_some() {
        Grain::Month
    } else {
        Grain::Year
    };
    Some(Timex::date(f, grain))
}

/// A date whose missing year leans the given way.
pub fn date_leaning(c: &Caps, lean: Lean) -> Option<Timex> {
    let mut t = date(c)?;
    if let Spec::Calendar { lean: l, .. } = &mut t.spec {
        *l = lean;
    }
    Some(t)
}

/// A clock time, `hour`, `minute`, `second`, `ampm` captures, on an unknown day.
pub fn clock(c: &Caps) -> Option<Timex> {
    let mut hour = c.int("hour")?;
    let minute = c.int("minute");
    if let Some(ampm) = c.get("ampm") {
        let pm = ampm.to_ascii_lowercase().starts_with('p');
        if hour == 0 || hour > 12 {
            return None;
        }
        if pm && hour < 12 {
            hour += 12;
        } else if !pm && hour == 12 {
            hour = 0;
        }
    }
    if hour > 24 || minute.is_some_and(|m| m > 59) {
        return None;
    }
    let f = Fields {
        hour: Some(hour as u8),
        minute: Some(minute.unwrap_or(0) as u8),
        second: c.int("second").map(|s| s as u8),
        ..Fields::default()
    };
    let grain = if f.second.is_some() {
        Grain::Second
    } else {
        Grain::Minute
    };
    Some(Timex {
        kind: TimexType::Time,
        spec: Spec::Shift {
            unit: Unit::Day,
            n: 0,
            fields: f,
        },
        grain,
        latent: false,
    })
}

/// A clock time at a fixed hour ("noon").
pub fn at_hour(hour: u8) -> Timex {
    Timex {
        kind: TimexType::Time,
        spec: Spec::Shift {
            unit: Unit::Day,
            n: 0,
            fields: Fields {
                hour: Some(hour),
                minute: Some(0),
                ..Fields::default()
            },
        },
        grain: Grain::Minute,
        latent: false,
    }
}

/// A day shifted `n` days from the reference, optionally at a part of the day.
pub fn day_shift(n: i32, daypart: Option<&'static str>) -> Timex {
    let mut t = Timex::shift(Unit::Day, n);
    if let Some(dp) = daypart {
        t.kind = TimexType::Time;
        t.grain = Grain::Daypart;
        if let Spec::Shift { fields, .. } = &mut t.spec {
            fields.daypart = Some(dp);
        }
    }
    t
}

/// Parts of the day a weekday's value keeps ("Friday evening" → `…TEV`). A night or a
/// morning dates the phrase by its day ("Friday night" → the day), as news corpora mostly
/// do: the night runs past midnight and the morning is often the whole day's news.
const KEPT_DAYPARTS: &[&str] = &["EV"];

/// A weekday leaning the given way, with its part of the day when the value keeps it.
pub fn weekday(c: &Caps, lean: Lean) -> Option<Timex> {
    let weekday = c.weekday("weekday")?;
    let daypart = c.daypart("daypart").filter(|d| KEPT_DAYPARTS.contains(d));
    Some(Timex {
        kind: TimexType::Date,
        spec: Spec::Weekday {
            weekday,
            lean,
            fields: Fields {
                daypart,
                ..Fields::default()
            },
        },
        grain: if daypart.is_some() {
            Grain::Daypart
        } else {
            Grain::Day
        },
        latent: false,
    })
}

/// The direction word of "last/next/this" in any language, as a shift.
pub fn direction(word: &str) -> i32 {
    static PAST: Words = Words::new(concat!(
        "last past previous preceding letzte letzten letztes letzter vergangene vergangenen ",
        "vergangenes dernier dernière passé passée pasado pasada scorso scorsa passato passata ",
        "passado passada прошлой прошлом прошлую прошлый прошлая прошлого ",
    ));
    static NEXT: Words = Words::new(concat!(
        "next coming following nächste nächsten nächstes nächster kommende kommenden prochain ",
        "prochaine próximo próxima prossimo prossima следующей следующем следующую следующий ",
        "будущей будущем будущий vem ",
    ));
    let w = word.to_lower();
    if PAST.has(w.as_str()) {
        -1
    } else if NEXT.has(w.as_str()) {
        1
    } else {
        0
    }
}

/// A duration of `num` `unit`s ("the ten months" → P10M).
pub fn span_of(c: &Caps) -> Option<Timex> {
    let mut unit = c.unit("unit")?;
    let mut amount = c.number("num").unwrap_or(Some(1.0));
    if c.lower().ends_with("and a half") {
        amount = amount.map(|a| a + 0.5);
    }
    // "a decades-long feud": the article belongs to the noun, the plural is uncounted
    let article = c
        .get("num")
        .is_some_and(|n| ["a", "an"].contains(&n.to_lower().as_str()));
    if article && c.get("unit").is_some_and(|u| u.ends_with(['s', 'S'])) {
        amount = None;
    }
    if amount.is_some_and(|a| a > 10_000.0) {
        return None;
    }
    // TIMEX writes quarters as months and decades, centuries as years
    let scale = match unit {
        Unit::Quarter => Some((Unit::Month, 3.0)),
        Unit::Decade => Some((Unit::Year, 10.0)),
        Unit::Century => Some((Unit::Year, 100.0)),
        _ => None,
    };
    if let (Some((u, k)), Some(a)) = (scale, amount) {
        unit = u;
        amount = Some(a * k);
    }
    let value = duration(amount, unit);
    Some(Timex::literal(TimexType::Duration, value, Grain::None))
}

/// A duration whose amount the text does not say ("years", "several weeks").
pub fn vague_span(c: &Caps) -> Option<Timex> {
    let unit = c.unit("unit")?;
    Some(Timex::literal(
        TimexType::Duration,
        duration(None, unit),
        Grain::None,
    ))
}

/// `num` `unit`s before (`sign` −1) or after (+1) the reference ("two years ago").
pub fn shifted(c: &Caps, sign: i32) -> Option<Timex> {
    let unit = c.unit("unit")?;
    let amount = c.number("num").unwrap_or(Some(1.0));
    match amount {
        Some(n) if n.fract() == 0.0 => {
            let mut t = Timex::shift(unit, sign * n as i32);
            if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                t.kind = TimexType::Time;
            }
            Some(t)
        }
        _ => Some(Timex::literal(
            TimexType::Date,
            if sign < 0 { "PAST_REF" } else { "FUTURE_REF" },
            Grain::None,
        )),
    }
}

/// A set recurring every `unit` ("weekly" → P1W).
pub fn every(unit: Unit) -> Timex {
    Timex::literal(TimexType::Set, duration(Some(1.0), unit), Grain::None)
}

/// A vague reference: `PAST_REF`, `PRESENT_REF` or `FUTURE_REF`.
pub fn vague(value: &'static str) -> Timex {
    Timex::literal(TimexType::Date, value, Grain::None)
}

/// "letzte Woche", "la semaine dernière": the unit and direction read off the words.
pub fn relative_by_words(c: &Caps) -> Option<Timex> {
    let mut unit = None;
    let mut n = 0;
    for w in c.text.split(|ch: char| !ch.is_alphanumeric()) {
        if unit.is_none() {
            unit = super::grammar::lookup(c.lexicon.units, w);
        }
        let d = direction(w);
        if d != 0 {
            n = d;
        }
    }
    Some(Timex::shift(unit?, n))
}

/// A deictic day word from a table ("gestern" → −1).
pub fn deictic(c: &Caps, table: &[(&str, i32)]) -> Option<Timex> {
    let n = super::grammar::lookup(table, c.text)?;
    Some(day_shift(n, None))
}

/// A holiday, in the year the text gives or the one `lean` picks.
pub fn holiday(c: &Caps, lean: Lean) -> Option<Timex> {
    Some(Timex {
        kind: TimexType::Date,
        spec: Spec::Holiday {
            holiday: c.holiday("holiday")?,
            year: c.int("year"),
            lean,
        },
        grain: Grain::Day,
        latent: false,
    })
}

/// A bare month name: the year leans to the past (news mode).
pub fn bare_month(c: &Caps) -> Option<Timex> {
    let f = Fields {
        month: c.month("month"),
        ..Fields::default()
    };
    f.month?;
    Some(Timex::date(f, Grain::Month))
}
