//! Resolution: an underspecified value against the reference date (and the text's own
//! recent dates), giving a TIMEX3 value and a note on how it was reached.

use super::tense::Tense;
use super::value::{format_fields, Fields, Holiday, Lean, Spec, Timex, Unit};
use crate::civil::{Date, DateTime, Time, ToSpan};
use crate::model::Grain;

/// What resolution knows besides the reference date.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// What the mention's clause says of its time.
    pub tense: Tense,
    /// The quarter the text spoke of last (year, quarter), for "the latest quarter".
    pub last_quarter: Option<(i32, u8)>,
    /// "A year earlier" in a text about a quarter means that quarter a year before, and
    /// "the 1988 period" that quarter of 1988.
    pub year_follows_quarter: bool,
    /// The day the text narrates at, for a bare clock time ("at 6 a.m.").
    pub narrated_day: Option<Date>,
    /// The last dated point the text named (fields with a year, and their grain), for
    /// "that year", "the following month".
    pub anchor: Option<(Fields, Grain)>,
}

/// A resolved value.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    pub value: String,
    pub grain: Grain,
    pub how: String,
}

/// Quarter `q` of `year`, as a TIMEX value ("1988-Q3").
fn quarter_value(year: i32, q: u8) -> String {
    let f = Fields {
        year: Some(year),
        quarter: Some(q),
        ..Fields::default()
    };
    format_fields(&f, Grain::Quarter)
}

/// Completes `t` against `reference`; without one, unknown digits stay `X`.
pub fn resolve(t: &Timex, reference: Option<DateTime>, ctx: &Context) -> Resolved {
    let done = |value: String, how: &str| Resolved {
        value,
        grain: t.grain,
        how: how.to_string(),
    };
    match &t.spec {
        Spec::Literal(v) => done(v.clone(), "as written"),
        Spec::Calendar { fields, lean } => {
            if let (true, Some(year), Some((_, q)), Grain::Year) = (
                ctx.year_follows_quarter,
                fields.year,
                ctx.last_quarter,
                t.grain,
            ) {
                // "the 1988 period" in a text about a quarter: that quarter of 1988
                return Resolved {
                    value: quarter_value(year, q),
                    grain: Grain::Quarter,
                    how: "the quarter the text speaks of, in the year given".into(),
                };
            }
            let has_year =
                fields.year.is_some() || fields.decade.is_some() || fields.century.is_some();
            match reference {
                Some(r) if !has_year => {
                    let mut f = *fields;
                    f.year = Some(pick_year(&f, *lean, r.date(), ctx.tense));
                    if t.grain == Grain::Week {
                        return done(
                            week_of(&f),
                            &format!("year from the document date, {}", r.date()),
                        );
                    }
                    done(
                        format_fields(&f, t.grain),
                        &format!("year from the document date, {}", r.date()),
                    )
                }
                _ if t.grain == Grain::Week && fields.day.is_some() && has_year => {
                    done(week_of(fields), "absolute")
                }
                _ => done(
                    format_fields(fields, t.grain),
                    if has_year {
                        "absolute"
                    } else {
                        "no reference date"
                    },
                ),
            }
        }
        Spec::Shift { unit, n, fields } => {
            let Some(r) = reference else {
                return done(unresolved_shift(fields, t.grain), "no reference date");
            };
            let anchored = ctx.year_follows_quarter
                && *unit == Unit::Year
                && *n == -1
                && t.grain == Grain::Year
                && fields.quarter.is_none()
                && ctx.last_quarter.is_some();
            if anchored {
                let (y, q) = ctx.last_quarter.unwrap();
                return Resolved {
                    value: quarter_value(y - 1, q),
                    grain: Grain::Quarter,
                    how: "a year before the quarter the text speaks of".into(),
                };
            }
            if *unit == Unit::Quarter && *n == 0 && t.latent {
                if let Some((y, q)) = ctx.last_quarter {
                    return done(quarter_value(y, q), "the quarter the text speaks of");
                }
                // news reports the quarter just ended
                return done(
                    shift(r, Unit::Quarter, -1, fields, t.grain),
                    "the quarter before the document date",
                );
            }
            if *unit == Unit::Week && *n == 0 && fields.daypart == Some("WE") {
                // "the weekend" said on a weekday is the one just past, unless the clause
                // looks ahead; "this weekend" only when the clause is in the past
                let weekday = r.date().weekday().to_monday_one_offset();
                let past = match ctx.tense {
                    Tense::Past => true,
                    Tense::Future => false,
                    Tense::Unknown => t.latent,
                };
                if past && weekday <= 5 {
                    return done(
                        shift(r, Unit::Week, -1, fields, t.grain),
                        "the weekend before the document date",
                    );
                }
            }
            // a bare clock time, or a part of the day the text narrates ("in the morning")
            let narrated = fields.hour.is_some() || (t.latent && fields.daypart.is_some());
            if let (Unit::Day, 0, true, Some(day)) = (unit, n, narrated, ctx.narrated_day) {
                let at = day.to_datetime(r.time());
                return done(
                    shift(at, Unit::Day, 0, fields, t.grain),
                    &format!("on the day the text narrates, {day}"),
                );
            }
            let value = shift(r, *unit, *n, fields, t.grain);
            let grain = if value.len() == 10 && t.grain < Grain::Day {
                Grain::Day
            } else {
                t.grain
            };
            Resolved {
                grain,
                ..done(
                    value,
                    &format!("relative to the document date, {}", r.date()),
                )
            }
        }
        Spec::Holiday {
            holiday,
            year,
            lean,
        } => {
            let week = t.grain == Grain::Week;
            let year = year.or_else(|| {
                reference.map(|r| {
                    let r = r.date();
                    // "Easter week began": the holiday's week that holds the reference day
                    let holding = [-1, 0, 1]
                        .map(|k| r.year() as i32 + k)
                        .into_iter()
                        .find(|y| {
                            holiday
                                .date(*y)
                                .is_some_and(|d| week && same_iso_week(d, r))
                        });
                    holding.unwrap_or_else(|| holiday_year(*holiday, *lean, r, ctx.tense))
                })
            });
            match year.and_then(|y| holiday.date(y)) {
                Some(d) if week => done(
                    week_of(&Fields {
                        year: Some(d.year() as i32),
                        month: Some(d.month() as u8),
                        day: Some(d.day() as u8),
                        ..Fields::default()
                    }),
                    "the week of a holiday, year from the document date",
                ),
                Some(d) => done(
                    d.to_string(),
                    if reference.is_some() {
                        "holiday, year from the document date"
                    } else {
                        "holiday"
                    },
                ),
                None => {
                    let value = match holiday {
                        Holiday::Fixed { month, day } => format!("XXXX-{month:02}-{day:02}"),
                        _ => "XXXX-XX-XX".to_string(),
                    };
                    done(value, "no reference date")
                }
            }
        }
        Spec::DaysFrom { base, days } => {
            let from = resolve(base, reference, ctx);
            match from.value.parse::<Date>() {
                Ok(d) => done(
                    d.checked_add(i64::from(*days).days())
                        .unwrap_or(d)
                        .to_string(),
                    &format!("{days} day(s) from {}, {}", from.value, from.how),
                ),
                Err(_) => done("XXXX-XX-XX".into(), "no reference date"),
            }
        }
        Spec::Anaphoric { unit, n, fields } => match ctx.anchor {
            Some((anchor, grain)) if anchor.year.is_some() => {
                let value = from_anchor(&anchor, grain, *unit, *n, fields, t.grain);
                done(value, "relative to the time the text narrates")
            }
            _ if fields.weekday.is_some() => {
                let lean = if *n < 0 { Lean::Past } else { Lean::Future };
                let weekday = Timex {
                    spec: Spec::Weekday {
                        weekday: fields.weekday.unwrap_or(1),
                        lean,
                        fields: Fields::default(),
                    },
                    ..t.clone()
                };
                resolve(&weekday, reference, ctx)
            }
            _ => {
                let shifted = Timex {
                    spec: Spec::Shift {
                        unit: *unit,
                        n: *n,
                        fields: *fields,
                    },
                    ..t.clone()
                };
                resolve(&shifted, reference, ctx)
            }
        },
        Spec::Weekday {
            weekday,
            lean,
            fields,
        } => {
            let Some(r) = reference else {
                return done(format!("XXXX-WXX-{weekday}"), "no reference date");
            };
            let d = weekday_date(r.date(), *weekday, *lean, ctx.tense);
            let f = Fields {
                year: Some(d.year() as i32),
                month: Some(d.month() as u8),
                day: Some(d.day() as u8),
                ..*fields
            };
            done(
                format_fields(&f, t.grain),
                &format!("weekday relative to the document date, {}", r.date()),
            )
        }
    }
}

/// `n` units from an anchor the text named, written at `grain`; what the anchor does not
/// say stays `X` ("that day" after "in 1994" is `1994-XX-XX`).
fn from_anchor(
    anchor: &Fields,
    anchor_grain: Grain,
    unit: Unit,
    n: i32,
    fields: &Fields,
    grain: Grain,
) -> String {
    let year = anchor.year.unwrap_or(0);
    let month = anchor.month.filter(|_| anchor_grain <= Grain::Month);
    let day = anchor.day.filter(|_| anchor_grain <= Grain::Day);
    let date = month.zip(day).and_then(|(m, d)| date_of(year, m, d));
    if let Some(w) = fields.weekday {
        // "the previous Friday": the named weekday before (or after) the anchor's day
        let Some(d) = date else {
            return format!("{year:04}-WXX-{w}");
        };
        let here = i64::from(d.weekday().to_monday_one_offset());
        let days = if n < 0 {
            -((here - i64::from(w) - 1).rem_euclid(7) + 1)
        } else {
            (i64::from(w) - here - 1).rem_euclid(7) + 1
        };
        return d.checked_add(days.days()).unwrap_or(d).to_string();
    }
    let mut f = Fields {
        year: Some(year),
        ..*fields
    };
    match unit {
        Unit::Quarter => match anchor.quarter.or(month.map(|m| (m - 1) / 3 + 1)) {
            Some(q) => {
                let total = year * 4 + i32::from(q) - 1 + n;
                f.year = Some(total.div_euclid(4));
                f.quarter = Some(total.rem_euclid(4) as u8 + 1);
            }
            None => f.year = Some(year).filter(|_| n == 0),
        },
        Unit::Year | Unit::Decade | Unit::Century => f.year = Some(year + n),
        Unit::Month => match month {
            Some(m) => {
                let total = year * 12 + i32::from(m) - 1 + n;
                f.year = Some(total.div_euclid(12));
                f.month = Some(total.rem_euclid(12) as u8 + 1);
            }
            None if n == 0 => {}
            None => f.year = None,
        },
        Unit::Week => {
            return match date.and_then(|d| d.checked_add((7 * i64::from(n)).days()).ok()) {
                Some(d) => {
                    let iso = d.iso_week_date();
                    format!("{}-W{:02}", iso.year(), iso.week())
                }
                None => format!("{year:04}-WXX"),
            };
        }
        _ => match date.and_then(|d| d.checked_add(i64::from(n).days()).ok()) {
            Some(d) => {
                f.year = Some(d.year() as i32);
                f.month = Some(d.month() as u8);
                f.day = Some(d.day() as u8);
            }
            None => {
                f.month = month.filter(|_| n == 0);
                f.day = None;
            }
        },
    }
    format_fields(&f, grain)
}

/// True when `a` and `b` fall in the same ISO week.
fn same_iso_week(a: Date, b: Date) -> bool {
    let (a, b) = (a.iso_week_date(), b.iso_week_date());
    (a.year(), a.week()) == (b.year(), b.week())
}

/// The year of a holiday written without one: the direction word, else the tense, else the
/// nearest occurrence with news mode's lean to the past.
fn holiday_year(h: Holiday, lean: Lean, r: Date, tense: Tense) -> i32 {
    let ry = r.year() as i32;
    let days = |y: i32| h.date(y).map(|d| (d - r).get_days() as i64);
    let tense = match lean {
        Lean::Past => Tense::Past,
        Lean::Future => Tense::Future,
        Lean::This => return ry,
        Lean::Nearest => tense,
    };
    let strict = lean != Lean::Nearest;
    let candidates = [ry - 1, ry, ry + 1];
    let pick = |ok: &dyn Fn(i64) -> bool, nearest_last: bool| {
        let mut fits = candidates.iter().filter(|y| days(**y).is_some_and(ok));
        if nearest_last {
            fits.next_back().copied()
        } else {
            fits.next().copied()
        }
    };
    let found = match tense {
        Tense::Past if strict => pick(&|d| d < 0, true),
        Tense::Past => pick(&|d| d <= 0, true),
        Tense::Future if strict => pick(&|d| d > 0, false),
        Tense::Future => pick(&|d| d >= 0, false),
        Tense::Unknown => candidates
            .iter()
            .copied()
            .min_by_key(|y| days(*y).map_or(i64::MAX, |d| if d > 0 { d * 2 } else { -d })),
    };
    found.unwrap_or(ry)
}

/// A shift written without a reference: what the fields say, `X` elsewhere.
fn unresolved_shift(fields: &Fields, grain: Grain) -> String {
    format_fields(fields, grain)
}

/// The year of a yearless date: the tense of its clause decides, else news mode leans to
/// the past.
fn pick_year(f: &Fields, lean: Lean, r: Date, tense: Tense) -> i32 {
    let ry = r.year() as i32;
    let tense = match lean {
        Lean::Future => Tense::Future,
        Lean::Past => Tense::Past,
        _ => tense,
    };
    let future = tense == Tense::Future;
    if let (Some(m), Lean::Past | Lean::Future | Lean::This) = (f.month, lean) {
        let rm = r.month() as u8;
        return match lean {
            Lean::Past if m < rm => ry,
            Lean::Past => ry - 1,
            Lean::Future if m > rm => ry,
            Lean::Future => ry + 1,
            _ => ry,
        };
    }
    if let Some(m) = f.month {
        // the nearest occurrence; the tense makes the other side dearer, and news mode
        // leans to the past when the clause says nothing
        let rm = r.month() as u8;
        let (later, earlier) = match tense {
            Tense::Future => (1, 4),
            Tense::Past => (4, 1),
            Tense::Unknown => (2, 1),
        };
        let day = f.day.unwrap_or(15);
        let candidates = [ry - 1, ry, ry + 1];
        let score = |y: i32| -> i64 {
            let Some(d) = date_of(y, m, day.min(28)) else {
                return i64::MAX;
            };
            let days = (d - r).get_days() as i64;
            let same_month = y == ry && m == rm;
            if same_month {
                0
            } else if days > 0 {
                days * later
            } else {
                -days * earlier
            }
        };
        return candidates
            .into_iter()
            .min_by_key(|y| score(*y))
            .unwrap_or(ry);
    }
    if let Some(q) = f.quarter {
        let rq = (r.month() as u8 - 1) / 3 + 1;
        if future {
            if q >= rq {
                ry
            } else {
                ry + 1
            }
        } else if q <= rq {
            ry
        } else {
            ry - 1
        }
    } else if let Some(s) = f.season {
        let rm = r.month() as u8;
        let start = match s {
            "SP" => 3,
            "SU" => 6,
            "FA" => 9,
            _ => 12,
        };
        if future || start <= rm || s == "WI" {
            ry
        } else {
            ry - 1
        }
    } else {
        ry
    }
}

fn date_of(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::new(y as i16, m as i8, d as i8).ok()
}

/// The date of a weekday near `r`.
fn weekday_date(r: Date, w: u8, lean: Lean, tense: Tense) -> Date {
    let rw = r.weekday().to_monday_one_offset() as i64;
    let w = w as i64;
    let back = (rw - w).rem_euclid(7);
    let ahead = (w - rw).rem_euclid(7);
    let days = match lean {
        Lean::Past => -(if back == 0 { 7 } else { back }),
        Lean::Future => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
        Lean::This => w - rw,
        Lean::Nearest if back == 0 => 0,
        Lean::Nearest if tense == Tense::Future => ahead,
        Lean::Nearest => -back,
    };
    r.checked_add(days.days()).unwrap_or(r)
}

/// The reference shifted `n` units, written at `grain`.
fn shift(r: DateTime, unit: Unit, n: i32, fields: &Fields, grain: Grain) -> String {
    let d = r.date();
    let n64 = n as i64;
    let shifted: Date = match unit {
        Unit::Day => d.checked_add(n64.days()),
        Unit::Week => d.checked_add((7 * n64).days()),
        Unit::Month => d.checked_add(n64.months()),
        Unit::Quarter => d.checked_add((3 * n64).months()),
        Unit::Year => d.checked_add(n64.years()),
        Unit::Decade => d.checked_add((10 * n64).years()),
        Unit::Century => d.checked_add((100 * n64).years()),
        Unit::Hour | Unit::Minute | Unit::Second => {
            let dt = match unit {
                Unit::Hour => r.checked_add(n64.hours()),
                Unit::Minute => r.checked_add(n64.minutes()),
                _ => r.checked_add(n64.seconds()),
            };
            let dt = dt.unwrap_or(r);
            if r.time() == Time::midnight() {
                // no time of day known: the reference day is all that can be said
                return d.to_string();
            }
            return dt.to_minute_string();
        }
    }
    .unwrap_or(d);
    let mut f = Fields {
        year: Some(shifted.year() as i32),
        month: fields.month.or(Some(shifted.month() as u8)),
        day: fields.day.or(Some(shifted.day() as u8)),
        ..*fields
    };
    match grain {
        Grain::Quarter => {
            f.quarter = fields.quarter.or(Some((shifted.month() as u8 - 1) / 3 + 1));
        }
        Grain::Half => {
            f.half = fields
                .half
                .or(Some(if shifted.month() <= 6 { 1 } else { 2 }))
        }
        Grain::Week => {
            let iso = shifted.iso_week_date();
            f.year = Some(iso.year() as i32);
            f.week = Some(iso.week() as u8);
            if fields.daypart == Some("WE") {
                return format!("{}-W{:02}-WE", iso.year(), iso.week());
            }
        }
        Grain::Decade => {
            f.year = None;
            f.decade = Some(shifted.year() as i32 / 10);
        }
        Grain::Century => {
            f.year = None;
            f.century = Some(shifted.year() as i32 / 100);
        }
        _ => {}
    }
    format_fields(&f, grain)
}

/// The ISO week holding the fields' day.
fn week_of(f: &Fields) -> String {
    let d = f
        .year
        .zip(f.month)
        .zip(f.day)
        .and_then(|((y, m), d)| date_of(y, m, d));
    match d {
        Some(d) => {
            let iso = d.iso_week_date();
            format!("{}-W{:02}", iso.year(), iso.week())
        }
        None => format_fields(f, Grain::Week),
    }
}
