//! The civil-date module against the `jiff` crate as the oracle: the same days exist, have
//! the same weekdays, move the same by years, months, days, hours and minutes, and read and
//! write the same ISO text.

use jiff::ToSpan as J;
use lede_analysis::civil::{self, ToSpan as L};
use proptest::prelude::*;

fn both(y: i16, m: i8, d: i8) -> Option<(civil::Date, jiff::civil::Date)> {
    match (civil::Date::new(y, m, d), jiff::civil::Date::new(y, m, d)) {
        (Ok(a), Ok(b)) => Some((a, b)),
        (Err(_), Err(_)) => None,
        (a, b) => panic!("{y}-{m}-{d}: lede {a:?}, jiff {b:?}"),
    }
}

fn same_date(a: Result<civil::Date, civil::Error>, b: Result<jiff::civil::Date, jiff::Error>) {
    match (a, b) {
        (Ok(a), Ok(b)) => assert_eq!(a.to_string(), b.to_string()),
        (Err(_), Err(_)) => {}
        (a, b) => panic!("lede {a:?}, jiff {b:?}"),
    }
}

proptest! {
    #[test]
    fn dates_agree(y in -9999i16..=9999, m in 0i8..=13, d in 0i8..=32, n in -40_000i64..40_000) {
        if let Some((a, b)) = both(y, m, d) {
            prop_assert_eq!(a.to_string(), b.to_string());
            prop_assert_eq!(a.weekday().to_monday_one_offset(), b.weekday().to_monday_one_offset());
            same_date(a.checked_add(L::days(n)), b.checked_add(J::days(n)));
            same_date(a.checked_sub(L::days(n)), b.checked_sub(J::days(n)));
            same_date(a.checked_add(L::months(n % 300)), b.checked_add(J::months(n % 300)));
            same_date(a.checked_add(L::years(n % 50)), b.checked_add(J::years(n % 50)));
            prop_assert_eq!(a.to_string().parse::<civil::Date>().ok(), Some(a));
            let (ia, ib) = (a.iso_week_date(), b.iso_week_date());
            prop_assert_eq!((ia.year(), ia.week()), (ib.year(), ib.week()));
            prop_assert_eq!(a.last_of_month().to_string(), b.last_of_month().to_string());
            let other = a.checked_add(L::days(n % 3000));
            if let (Ok(oa), Ok(ob)) = (other, b.checked_add(J::days(n % 3000))) {
                prop_assert_eq!((oa - a).get_days(), (ob - b).get_days());
            }
        }
    }

    #[test]
    fn moments_agree(y in 1i16..=9998, m in 1i8..=12, d in 1i8..=28, h in 0i8..24, min in 0i8..60, n in -100_000i64..100_000) {
        let a = civil::Date::new(y, m, d).unwrap().to_datetime(civil::Time::new(h, min, 0, 0).unwrap());
        let b = jiff::civil::Date::new(y, m, d).unwrap().to_datetime(jiff::civil::Time::new(h, min, 0, 0).unwrap());
        prop_assert_eq!(a.to_string(), b.to_string());
        for (x, y) in [(a.checked_add(L::minutes(n)), b.checked_add(J::minutes(n))), (a.checked_add(L::hours(n % 5000)), b.checked_add(J::hours(n % 5000)))] {
            prop_assert_eq!(x.map(|x| x.to_string()).ok(), y.map(|y| y.to_string()).ok());
        }
        prop_assert_eq!(a.to_minute_string(), b.strftime("%Y-%m-%dT%H:%M").to_string());
    }
}

#[test]
fn the_same_text_reads_the_same() {
    for s in [
        "2022-12-19",
        "2022-12-16T11:47",
        "2022-12-16T11:47:30",
        "2022-12",
        "2022",
        "2022-W51",
        "2022-12-XX",
        "1998-10-XX",
        "2022-02-30",
        "2024-02-29",
        "22-12-19",
        "2022-1-19",
        "",
        "2022-12-19T",
        "2022-12-19TMO",
        "2022-12-19T25:00",
        "XXXX-12-19",
        "2022-12-19 11:47",
    ] {
        assert_eq!(
            s.parse::<civil::Date>().map(|d| d.to_string()).ok(),
            s.parse::<jiff::civil::Date>().map(|d| d.to_string()).ok(),
            "{s:?}"
        );
    }
    for s in ["11:47", "11:47:00", "23:59:59", "24:00", "7:05", "11", ""] {
        assert_eq!(
            s.parse::<civil::Time>().map(|t| t.to_string()).ok(),
            s.parse::<jiff::civil::Time>().map(|t| t.to_string()).ok(),
            "{s:?}"
        );
    }
}

#[test]
fn fractions_of_a_second_are_not_read() {
    // Lede's times are to the minute; a fraction is text it never writes
    assert!("11:47:00.5".parse::<civil::Time>().is_err());
}
