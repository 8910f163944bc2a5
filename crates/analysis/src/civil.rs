//! Civil dates and times: the calendar arithmetic the timeline needs, and nothing more.
//!
//! A [`Date`] is a day of the proleptic Gregorian calendar in the years -9999..=9999, a
//! [`Time`] a time of day to the second, a [`DateTime`] both, with no time zone (a news
//! article's dates are civil). They compare, give their weekday, move by a [`Span`] of
//! years, months, days, hours, minutes or seconds (a month that lacks the day clamps it:
//! January 31 plus one month is the last day of February), and read and write ISO 8601.
//!
//! The names and behaviour follow the `jiff` crate's `civil` module, which the tests use as
//! the oracle; this module exists because the general library costs the page more than the
//! whole of its date arithmetic.

use std::fmt;
use std::str::FromStr;

/// A value out of range, or text that is not a date or time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Error(&'static str);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for Error {}

const MIN_YEAR: i64 = -9999;
const MAX_YEAR: i64 = 9999;
const SECONDS_PER_DAY: i64 = 86_400;

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i16,
    month: i8,
    day: i8,
}

/// A day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Weekday(i8);

impl Weekday {
    /// Monday 1 … Sunday 7.
    pub fn to_monday_one_offset(self) -> i8 {
        self.0
    }
}

/// A time of day, to the second.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Time {
    hour: i8,
    minute: i8,
    second: i8,
}

/// A day and a time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    date: Date,
    time: Time,
}

/// An amount of calendar and clock units, added in that order: years and months, then days,
/// then seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Span {
    months: i64,
    days: i64,
    seconds: i64,
}

/// Builds a [`Span`] from a count: `3.days()`, `(-2).months()`.
pub trait ToSpan {
    fn years(self) -> Span;
    fn months(self) -> Span;
    fn days(self) -> Span;
    fn hours(self) -> Span;
    fn minutes(self) -> Span;
    fn seconds(self) -> Span;
}

impl ToSpan for i64 {
    fn years(self) -> Span {
        Span {
            months: self.saturating_mul(12),
            ..Span::default()
        }
    }
    fn months(self) -> Span {
        Span {
            months: self,
            ..Span::default()
        }
    }
    fn days(self) -> Span {
        Span {
            days: self,
            ..Span::default()
        }
    }
    fn hours(self) -> Span {
        self.saturating_mul(3600).seconds()
    }
    fn minutes(self) -> Span {
        self.saturating_mul(60).seconds()
    }
    fn seconds(self) -> Span {
        Span {
            seconds: self,
            ..Span::default()
        }
    }
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a valid date (the era-based count of the proleptic calendar).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date `days` after 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

impl Date {
    /// The date, when it exists.
    pub fn new(year: i16, month: i8, day: i8) -> Result<Date, Error> {
        let (y, m, d) = (i64::from(year), i64::from(month), i64::from(day));
        if !(MIN_YEAR..=MAX_YEAR).contains(&y) {
            return Err(Error("year out of range"));
        }
        if !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
            return Err(Error("no such day"));
        }
        Ok(Date { year, month, day })
    }

    fn from_days(days: i64) -> Result<Date, Error> {
        let (y, m, d) = civil_from_days(days);
        if !(MIN_YEAR..=MAX_YEAR).contains(&y) {
            return Err(Error("date out of range"));
        }
        Ok(Date {
            year: y as i16,
            month: m as i8,
            day: d as i8,
        })
    }

    fn to_days(self) -> i64 {
        days_from_civil(self.year.into(), self.month.into(), self.day.into())
    }

    pub fn year(self) -> i16 {
        self.year
    }
    pub fn month(self) -> i8 {
        self.month
    }
    pub fn day(self) -> i8 {
        self.day
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday
        Weekday(((self.to_days() + 3).rem_euclid(7) + 1) as i8)
    }

    /// This date moved by `span` (its time units count whole days only).
    pub fn checked_add(self, span: Span) -> Result<Date, Error> {
        let months = i64::from(self.year) * 12 + i64::from(self.month) - 1 + span.months;
        let (y, m) = (months.div_euclid(12), months.rem_euclid(12) + 1);
        if !(MIN_YEAR..=MAX_YEAR).contains(&y) {
            return Err(Error("date out of range"));
        }
        let d = i64::from(self.day).min(days_in_month(y, m));
        let days = span
            .days
            .checked_add(span.seconds / SECONDS_PER_DAY)
            .ok_or(Error("date out of range"))?;
        let total = days_from_civil(y, m, d)
            .checked_add(days)
            .ok_or(Error("date out of range"))?;
        Date::from_days(total)
    }

    pub fn checked_sub(self, span: Span) -> Result<Date, Error> {
        self.checked_add(Span {
            months: -span.months,
            days: -span.days,
            seconds: -span.seconds,
        })
    }

    pub fn tomorrow(self) -> Result<Date, Error> {
        self.checked_add(1.days())
    }

    pub fn to_datetime(self, time: Time) -> DateTime {
        DateTime { date: self, time }
    }

    pub fn last_of_month(self) -> Date {
        let last = days_in_month(self.year.into(), self.month.into());
        Date {
            day: last as i8,
            ..self
        }
    }

    /// The ISO 8601 week this day is in (weeks start on Monday; week 1 holds January 4).
    pub fn iso_week_date(self) -> IsoWeek {
        let year = i64::from(self.year);
        let day_of_year = self.to_days() - days_from_civil(year, 1, 1) + 1;
        let weekday = i64::from(self.weekday().0);
        let week = (day_of_year - weekday + 10) / 7;
        let (year, week) = if week < 1 {
            (year - 1, weeks_in_year(year - 1))
        } else if week > weeks_in_year(year) {
            (year + 1, 1)
        } else {
            (year, week)
        };
        IsoWeek {
            year: year as i16,
            week: week as i8,
        }
    }
}

/// A week of the ISO 8601 week calendar, whose year can differ from the day's near New Year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IsoWeek {
    year: i16,
    week: i8,
}

impl IsoWeek {
    pub fn year(self) -> i16 {
        self.year
    }
    pub fn week(self) -> i8 {
        self.week
    }
}

/// 53 when the year starts on a Thursday, or is a leap year starting on a Wednesday.
fn weeks_in_year(year: i64) -> i64 {
    let jan1 = (days_from_civil(year, 1, 1) + 3).rem_euclid(7) + 1;
    if jan1 == 4 || (jan1 == 3 && is_leap(year)) {
        53
    } else {
        52
    }
}

/// The days from `other` to `self`, as a span of days.
impl std::ops::Sub for Date {
    type Output = Span;

    fn sub(self, other: Date) -> Span {
        (self.to_days() - other.to_days()).days()
    }
}

impl Span {
    /// The span's days (not counting its months or seconds).
    pub fn get_days(self) -> i32 {
        self.days as i32
    }
}

impl Time {
    /// The time, when it exists (`subsec_nanosecond` is accepted for symmetry and must be 0).
    pub fn new(hour: i8, minute: i8, second: i8, subsec_nanosecond: i32) -> Result<Time, Error> {
        if !(0..24).contains(&hour)
            || !(0..60).contains(&minute)
            || !(0..60).contains(&second)
            || subsec_nanosecond != 0
        {
            return Err(Error("no such time of day"));
        }
        Ok(Time {
            hour,
            minute,
            second,
        })
    }

    pub const fn midnight() -> Time {
        Time {
            hour: 0,
            minute: 0,
            second: 0,
        }
    }

    pub fn hour(self) -> i8 {
        self.hour
    }
    pub fn minute(self) -> i8 {
        self.minute
    }
    pub fn second(self) -> i8 {
        self.second
    }

    fn seconds_of_day(self) -> i64 {
        i64::from(self.hour) * 3600 + i64::from(self.minute) * 60 + i64::from(self.second)
    }
}

impl DateTime {
    pub fn date(self) -> Date {
        self.date
    }
    pub fn time(self) -> Time {
        self.time
    }
    pub fn year(self) -> i16 {
        self.date.year
    }
    pub fn month(self) -> i8 {
        self.date.month
    }
    pub fn day(self) -> i8 {
        self.date.day
    }
    pub fn hour(self) -> i8 {
        self.time.hour
    }
    pub fn minute(self) -> i8 {
        self.time.minute
    }

    /// This moment moved by `span`: calendar units on the day, then seconds on the clock.
    pub fn checked_add(self, span: Span) -> Result<DateTime, Error> {
        let date = self.date.checked_add(Span { seconds: 0, ..span })?;
        let seconds = self
            .time
            .seconds_of_day()
            .checked_add(span.seconds)
            .ok_or(Error("date out of range"))?;
        let date = date.checked_add(seconds.div_euclid(SECONDS_PER_DAY).days())?;
        let of_day = seconds.rem_euclid(SECONDS_PER_DAY);
        let time = Time {
            hour: (of_day / 3600) as i8,
            minute: (of_day / 60 % 60) as i8,
            second: (of_day % 60) as i8,
        };
        Ok(DateTime { date, time })
    }

    /// `YYYY-MM-DDTHH:MM`: the moment to the minute, as TIMEX values write it.
    pub fn to_minute_string(self) -> String {
        format!(
            "{}T{:02}:{:02}",
            self.date, self.time.hour, self.time.minute
        )
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.year < 0 {
            write!(f, "-{:06}", -i32::from(self.year))?;
        } else {
            write!(f, "{:04}", self.year)?;
        }
        write!(f, "-{:02}-{:02}", self.month, self.day)
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}:{:02}", self.hour, self.minute, self.second)
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}T{}", self.date, self.time)
    }
}

/// Exactly `width` ASCII digits.
fn digits(s: &str, width: usize) -> Option<i64> {
    (s.len() == width && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

impl FromStr for Date {
    type Err = Error;

    /// `YYYY-MM-DD` (a year beyond four digits as `±YYYYYY`), optionally followed by `T` or
    /// a space and a time, which is checked and dropped.
    fn from_str(s: &str) -> Result<Date, Error> {
        let bad = Error("expected YYYY-MM-DD");
        let (date, time) = match s.split_once(['T', 't', ' ']) {
            Some((d, t)) => (d, Some(t)),
            None => (s, None),
        };
        if let Some(t) = time {
            t.parse::<Time>()?;
        }
        let (sign, unsigned, year_width) = match date.as_bytes().first() {
            Some(b'-') => (-1, &date[1..], 6),
            Some(b'+') => (1, &date[1..], 6),
            _ => (1, date, 4),
        };
        let mut parts = unsigned.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad);
        };
        let (y, m, d) = (
            digits(y, year_width).ok_or(bad)?,
            digits(m, 2).ok_or(bad)?,
            digits(d, 2).ok_or(bad)?,
        );
        let year = i16::try_from(sign * y).map_err(|_| bad)?;
        Date::new(year, m as i8, d as i8)
    }
}

impl FromStr for Time {
    type Err = Error;

    /// `HH`, `HH:MM` or `HH:MM:SS`.
    fn from_str(s: &str) -> Result<Time, Error> {
        let bad = Error("expected HH:MM or HH:MM:SS");
        let parts: Vec<&str> = s.split(':').collect();
        if parts.len() > 3 {
            return Err(bad);
        }
        let field = |i: usize| parts.get(i).map_or(Some(0), |p| digits(p, 2)).ok_or(bad);
        let (h, m, sec) = (field(0)?, field(1)?, field(2)?);
        Time::new(h as i8, m as i8, sec as i8, 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i16, m: i8, d: i8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn months_clamp_the_day_and_days_cross_years() {
        let cases = [
            (date(2021, 1, 31).checked_add(1.months()), date(2021, 2, 28)),
            (date(2024, 1, 31).checked_add(1.months()), date(2024, 2, 29)),
            (date(2024, 2, 29).checked_add(1.years()), date(2025, 2, 28)),
            (date(2022, 12, 31).checked_add(1.days()), date(2023, 1, 1)),
            (date(2023, 1, 1).checked_sub(1.days()), date(2022, 12, 31)),
        ];
        for (got, want) in cases {
            assert_eq!(got, Ok(want));
        }
        assert!(date(9999, 12, 31).tomorrow().is_err());
        assert!(Date::new(2023, 2, 29).is_err());
    }

    #[test]
    fn weekdays_and_clock_carry() {
        // 2022-12-19 was a Monday
        assert_eq!(date(2022, 12, 19).weekday().to_monday_one_offset(), 1);
        assert_eq!(date(2022, 12, 25).weekday().to_monday_one_offset(), 7);
        let late = date(2022, 12, 31).to_datetime(Time::new(23, 30, 0, 0).unwrap());
        let next = late.checked_add(45.minutes()).unwrap();
        assert_eq!(next.to_string(), "2023-01-01T00:15:00");
        assert_eq!(next.to_minute_string(), "2023-01-01T00:15");
        assert_eq!(
            late.checked_add((-24).hours()).unwrap().date(),
            date(2022, 12, 30)
        );
    }

    #[test]
    fn reads_and_writes_iso() {
        assert_eq!("2022-12-19".parse(), Ok(date(2022, 12, 19)));
        assert_eq!("2022-12-16T11:47".parse(), Ok(date(2022, 12, 16)));
        assert!("2022-12".parse::<Date>().is_err());
        assert!("2022-W51".parse::<Date>().is_err());
        assert!("1998-10-XX".parse::<Date>().is_err());
        assert!("2022-02-30".parse::<Date>().is_err());
        assert_eq!("11:47".parse(), Time::new(11, 47, 0, 0));
        assert!("25:00".parse::<Time>().is_err());
        assert_eq!(date(-44, 3, 15).to_string(), "-000044-03-15");
    }
}
