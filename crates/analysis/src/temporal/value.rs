//! Values of temporal expressions: the underspecified form extraction produces, and the
//! TIMEX3 strings resolution writes.

use crate::model::{Grain, TimexType};

/// A calendar unit for shifts and durations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The grain of a point one unit wide.
    pub fn grain(self) -> Grain {
        match self {
            Unit::Second => Grain::Second,
            Unit::Minute => Grain::Minute,
            Unit::Hour => Grain::Hour,
            Unit::Day => Grain::Day,
            Unit::Week => Grain::Week,
            Unit::Month => Grain::Month,
            Unit::Quarter => Grain::Quarter,
            Unit::Year => Grain::Year,
            Unit::Decade => Grain::Decade,
            Unit::Century => Grain::Century,
        }
    }

    /// The TIMEX3 duration letter and whether it sits after `T`.
    pub fn duration_code(self) -> (&'static str, bool) {
        match self {
            Unit::Second => ("S", true),
            Unit::Minute => ("M", true),
            Unit::Hour => ("H", true),
            Unit::Day => ("D", false),
            Unit::Week => ("W", false),
            Unit::Month => ("M", false),
            Unit::Quarter => ("Q", false),
            Unit::Year => ("Y", false),
            Unit::Decade => ("DE", false),
            Unit::Century => ("CE", false),
        }
    }
}

/// A TIMEX3 duration such as `P10M`, `PT5H30M` or `PXY` (`amount` `None` for "several").
pub fn duration(amount: Option<f64>, unit: Unit) -> String {
    let (code, timed) = unit.duration_code();
    let t = if timed { "T" } else { "" };
    match amount {
        // decades and centuries without a count are years without a count, as counted ones
        // are years ("three decades" → P30Y)
        None if matches!(unit, Unit::Decade | Unit::Century) => "PXY".to_string(),
        None => format!("P{t}X{code}"),
        Some(a) if a.fract() == 0.0 => format!("P{t}{}{code}", a as i64),
        Some(a) if a.fract() == 0.5 && unit == Unit::Hour => {
            format!("PT{}H30M", a.trunc() as i64)
        }
        Some(a) if a.fract() == 0.5 && unit == Unit::Minute => {
            format!("PT{}M30S", a.trunc() as i64)
        }
        Some(a) if a.fract() == 0.5 && unit == Unit::Year => {
            format!("P{}Y6M", a.trunc() as i64)
        }
        Some(a) => format!("P{t}{}{code}", decimal_text(a)),
    }
}

/// A non-negative amount to three decimals, trailing zeros dropped ("1.5", "2.25"), written
/// without the float formatter (whose code the page would carry for this alone).
fn decimal_text(a: f64) -> String {
    let thousandths = (a * 1000.0).round() as u64;
    let (whole, fraction) = (thousandths / 1000, thousandths % 1000);
    if fraction == 0 {
        return whole.to_string();
    }
    let fraction = format!("{fraction:03}");
    format!("{whole}.{}", fraction.trim_end_matches('0'))
}

/// Which way a partial date leans when the text does not say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lean {
    /// News mode: the nearest, a bare month or weekday toward the past.
    Nearest,
    /// "last Tuesday": strictly before the reference.
    Past,
    /// "next Tuesday": strictly after the reference.
    Future,
    /// "this Tuesday": in the reference's week.
    This,
}

/// Where a holiday falls in a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holiday {
    /// The same day every year (Christmas Day: December 25).
    Fixed { month: u8, day: u8 },
    /// The `nth` `weekday` (1 = Monday) of `month`; `nth` −1 is the last (Thanksgiving: the
    /// fourth Thursday of November).
    NthWeekday { month: u8, weekday: u8, nth: i8 },
    /// Days after Western Easter Sunday (Good Friday: −2).
    Easter(i16),
    /// United States election day: the Tuesday after the first Monday of November.
    ElectionDay,
}

impl Holiday {
    /// The holiday's date in `year`.
    pub fn date(self, year: i32) -> Option<crate::civil::Date> {
        use crate::civil::{Date, ToSpan};
        let y = i16::try_from(year).ok()?;
        match self {
            Holiday::Fixed { month, day } => Date::new(y, month as i8, day as i8).ok(),
            Holiday::NthWeekday {
                month,
                weekday,
                nth,
            } => {
                let first = Date::new(y, month as i8, 1).ok()?;
                let last = first.last_of_month();
                let offset = |d: Date| {
                    (i64::from(weekday) - i64::from(d.weekday().to_monday_one_offset()))
                        .rem_euclid(7)
                };
                if nth < 0 {
                    let back = (i64::from(last.weekday().to_monday_one_offset())
                        - i64::from(weekday))
                    .rem_euclid(7);
                    last.checked_sub(back.days()).ok()
                } else {
                    let days = offset(first) + 7 * (i64::from(nth) - 1);
                    first.checked_add(days.days()).ok()
                }
            }
            Holiday::Easter(offset) => {
                // the anonymous Gregorian computus
                let a = year % 19;
                let (b, c) = (year / 100, year % 100);
                let (d, e) = (b / 4, b % 4);
                let f = (b + 8) / 25;
                let g = (b - f + 1) / 3;
                let h = (19 * a + b - d - g + 15) % 30;
                let (i, k) = (c / 4, c % 4);
                let l = (32 + 2 * e + 2 * i - h - k) % 7;
                let m = (a + 11 * h + 22 * l) / 451;
                let month = (h + l - 7 * m + 114) / 31;
                let day = (h + l - 7 * m + 114) % 31 + 1;
                let sunday = Date::new(y, month as i8, day as i8).ok()?;
                sunday.checked_add(i64::from(offset).days()).ok()
            }
            Holiday::ElectionDay => {
                let first_monday = Holiday::NthWeekday {
                    month: 11,
                    weekday: 1,
                    nth: 1,
                }
                .date(year)?;
                first_monday.tomorrow().ok()
            }
        }
    }
}

/// Calendar fields as the text gives them; `None` means "not said".
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Fields {
    pub century: Option<i32>,
    pub decade: Option<i32>,
    pub year: Option<i32>,
    pub quarter: Option<u8>,
    pub half: Option<u8>,
    pub season: Option<&'static str>,
    pub month: Option<u8>,
    pub week: Option<u8>,
    pub day: Option<u8>,
    pub weekday: Option<u8>,
    pub daypart: Option<&'static str>,
    pub hour: Option<u8>,
    pub minute: Option<u8>,
    pub second: Option<u8>,
}

/// What extraction knows about a value before it meets the reference date.
#[derive(Clone, Debug, PartialEq)]
pub enum Spec {
    /// Calendar fields; missing leading fields come from the reference ("December 19").
    Calendar { fields: Fields, lean: Lean },
    /// `n` units away from the reference, at the unit's grain ("yesterday", "last year",
    /// "two years ago"); `fields` refine the shifted point ("yesterday morning").
    Shift { unit: Unit, n: i32, fields: Fields },
    /// A weekday in a direction from the reference ("last Tuesday", "Friday").
    Weekday {
        weekday: u8,
        lean: Lean,
        fields: Fields,
    },
    /// `n` units away from the time the text narrates at rather than the document date
    /// ("that year", "the following month", "earlier that day"); the document date stands
    /// in when the text has named no time before.
    Anaphoric { unit: Unit, n: i32, fields: Fields },
    /// A holiday, in a given year or the one the direction picks.
    Holiday {
        holiday: Holiday,
        year: Option<i32>,
        lean: Lean,
    },
    /// `days` days from the day another expression names ("the day before last Tuesday").
    DaysFrom { base: Box<Timex>, days: i32 },
    /// The value is complete as written (durations, sets, vague references).
    Literal(String),
}

/// An underspecified value with its type, grain and latency.
#[derive(Clone, Debug, PartialEq)]
pub struct Timex {
    pub kind: TimexType,
    pub spec: Spec,
    pub grain: Grain,
    /// True when the reading rests on a guess (a bare number taken as a year).
    pub latent: bool,
}

impl Timex {
    pub fn date(fields: Fields, grain: Grain) -> Self {
        Timex {
            kind: TimexType::Date,
            spec: Spec::Calendar {
                fields,
                lean: Lean::Nearest,
            },
            grain,
            latent: false,
        }
    }
    pub fn literal(kind: TimexType, value: impl Into<String>, grain: Grain) -> Self {
        Timex {
            kind,
            spec: Spec::Literal(value.into()),
            grain,
            latent: false,
        }
    }
    pub fn shift(unit: Unit, n: i32) -> Self {
        Timex {
            kind: TimexType::Date,
            spec: Spec::Shift {
                unit,
                n,
                fields: Fields::default(),
            },
            grain: unit.grain(),
            latent: false,
        }
    }
    pub fn latent(mut self) -> Self {
        self.latent = true;
        self
    }
    pub fn kind(mut self, kind: TimexType) -> Self {
        self.kind = kind;
        self
    }
}

/// Writes calendar fields as a TIMEX3 value, `X` for what is unknown, down to `grain`.
pub fn format_fields(f: &Fields, grain: Grain) -> String {
    let year = match (f.year, f.decade, f.century) {
        (Some(y), _, _) => format!("{y:04}"),
        (None, Some(d), _) => return format!("{d:03}"),
        (None, None, Some(c)) => return format!("{c:02}"),
        _ => "XXXX".to_string(),
    };
    match grain {
        Grain::Year | Grain::Decade | Grain::Century | Grain::None => year,
        Grain::Quarter => format!("{year}-Q{}", opt(f.quarter)),
        Grain::Half => format!("{year}-H{}", opt(f.half)),
        Grain::Season => format!("{year}-{}", f.season.unwrap_or("XX")),
        Grain::Month => format!("{year}-{}", opt2(f.month)),
        Grain::Week => format!("{year}-W{}", opt2(f.week)),
        _ => {
            let date = format!("{year}-{}-{}", opt2(f.month), opt2(f.day));
            match grain {
                Grain::Day => date,
                Grain::Daypart => format!("{date}T{}", f.daypart.unwrap_or("XX")),
                Grain::Hour => format!("{date}T{}:00", opt2(f.hour)),
                Grain::Minute => format!("{date}T{}:{}", opt2(f.hour), opt2(f.minute)),
                _ => format!(
                    "{date}T{}:{}:{}",
                    opt2(f.hour),
                    opt2(f.minute),
                    opt2(f.second)
                ),
            }
        }
    }
}

fn opt(v: Option<u8>) -> String {
    v.map_or("X".into(), |v| v.to_string())
}

fn opt2(v: Option<u8>) -> String {
    v.map_or("XX".into(), |v| format!("{v:02}"))
}

/// Reads a TIMEX3 date value (`2022`, `2022-12`, `2022-12-16`, `2022-12-16T11:47`, `2022-W51`,
/// `2022-Q3`, `199`, `19`) back into fields and a grain.
pub fn parse_value(value: &str) -> Option<(Fields, Grain)> {
    let mut f = Fields::default();
    let (date, time) = match value.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (value, None),
    };
    let mut parts = date.split('-');
    let head = parts.next()?;
    let num = |s: &str| s.parse::<i32>().ok();
    match head.len() {
        2 => {
            f.century = Some(num(head)?);
            return Some((f, Grain::Century));
        }
        3 => {
            f.decade = Some(num(head)?);
            return Some((f, Grain::Decade));
        }
        4 if head == "XXXX" => {}
        4 => f.year = Some(num(head)?),
        _ => return None,
    }
    let mut grain = Grain::Year;
    if let Some(p) = parts.next() {
        if let Some(q) = p.strip_prefix('Q') {
            f.quarter = Some(q.parse().ok()?);
            grain = Grain::Quarter;
        } else if let Some(h) = p.strip_prefix('H') {
            f.half = Some(h.parse().ok()?);
            grain = Grain::Half;
        } else if let Some(s) = ["SP", "SU", "FA", "WI"].iter().find(|s| **s == p) {
            // before weeks: winter's "WI" also starts with W
            f.season = Some(s);
            grain = Grain::Season;
        } else if let Some(w) = p.strip_prefix('W') {
            f.week = w.parse().ok();
            grain = Grain::Week;
        } else {
            f.month = p.parse().ok();
            grain = Grain::Month;
        }
    }
    if let Some(p) = parts.next() {
        f.day = p.parse().ok();
        grain = Grain::Day;
    }
    if let Some(t) = time {
        if let Some(dp) = ["MO", "AF", "EV", "NI", "DT"].iter().find(|s| **s == t) {
            f.daypart = Some(dp);
            grain = Grain::Daypart;
        } else {
            let mut tp = t.split(':');
            f.hour = tp.next().and_then(|h| h.parse().ok());
            grain = Grain::Hour;
            if let Some(m) = tp.next() {
                f.minute = m.parse().ok();
                grain = Grain::Minute;
            }
            if let Some(s) = tp.next() {
                f.second = s.parse().ok();
                grain = Grain::Second;
            }
        }
    }
    Some((f, grain))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_write_their_amounts_as_decimals() {
        assert_eq!(duration(Some(10.0), Unit::Month), "P10M");
        assert_eq!(duration(Some(1.5), Unit::Day), "P1.5D");
        assert_eq!(duration(Some(2.25), Unit::Week), "P2.25W");
        assert_eq!(duration(Some(0.1), Unit::Year), "P0.1Y");
        assert_eq!(duration(Some(2.5), Unit::Hour), "PT2H30M");
        assert_eq!(duration(None, Unit::Day), "PXD");
    }
}
