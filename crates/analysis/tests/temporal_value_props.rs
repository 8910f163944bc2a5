//! Every TIMEX3 date value Lede writes reads back into the same fields: format → parse →
//! format is the identity, for any year, month, day, week, quarter, half, season, time of
//! day, decade and century.

use lede_analysis::temporal::value::{format_fields, parse_value};
use proptest::prelude::*;

/// TIMEX3 date and time values of every grain Lede produces.
fn timex_value() -> impl Strategy<Value = String> {
    let year = 1000u32..=2999;
    prop_oneof![
        year.clone().prop_map(|y| format!("{y}")),
        (year.clone(), 1u32..=12).prop_map(|(y, m)| format!("{y}-{m:02}")),
        (year.clone(), 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
        (year.clone(), 1u32..=12, 1u32..=28, 0u32..24, 0u32..60)
            .prop_map(|(y, m, d, h, mi)| format!("{y}-{m:02}-{d:02}T{h:02}:{mi:02}")),
        (
            year.clone(),
            1u32..=12,
            1u32..=28,
            0u32..24,
            0u32..60,
            0u32..60
        )
            .prop_map(|(y, m, d, h, mi, s)| format!("{y}-{m:02}-{d:02}T{h:02}:{mi:02}:{s:02}")),
        (
            year.clone(),
            1u32..=12,
            1u32..=28,
            prop::sample::select(vec!["MO", "AF", "EV", "NI"])
        )
            .prop_map(|(y, m, d, p)| format!("{y}-{m:02}-{d:02}T{p}")),
        (year.clone(), 1u32..=52).prop_map(|(y, w)| format!("{y}-W{w:02}")),
        (year.clone(), 1u32..=4).prop_map(|(y, q)| format!("{y}-Q{q}")),
        (year.clone(), 1u32..=2).prop_map(|(y, h)| format!("{y}-H{h}")),
        (
            year.clone(),
            prop::sample::select(vec!["SP", "SU", "FA", "WI"])
        )
            .prop_map(|(y, s)| format!("{y}-{s}")),
        (100u32..=299).prop_map(|d| format!("{d}")),
        (10u32..=29).prop_map(|c| format!("{c}")),
        (1u32..=12, 1u32..=28).prop_map(|(m, d)| format!("XXXX-{m:02}-{d:02}")),
    ]
}

proptest! {
    #[test]
    fn timex_values_read_back_into_the_same_fields(value in timex_value()) {
        let (fields, grain) = parse_value(&value)
            .ok_or_else(|| TestCaseError::fail(format!("{value} does not parse")))?;
        prop_assert_eq!(format_fields(&fields, grain), value);
    }
}

/// Winter's `WI` was read as a week (`W` prefix) and written back as `WXX`.
#[test]
fn winter_is_a_season_not_a_week() {
    let (fields, grain) = parse_value("2023-WI").expect("parses");
    assert_eq!(fields.season, Some("WI"));
    assert_eq!(format_fields(&fields, grain), "2023-WI");
}
