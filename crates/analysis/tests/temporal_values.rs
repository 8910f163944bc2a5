//! TIMEX3 values survive a round trip through their typed fields.

use lede_analysis::temporal::value::{format_fields, parse_value};

#[test]
fn values_round_trip() {
    for v in [
        "2021",
        "2022-12",
        "2022-12-16",
        "2022-12-16T11:47",
        "2022-12-16T11:47:05",
        "2022-W51",
        "2022-Q3",
        "2022-H1",
        "2022-SU",
        "2022-12-16TMO",
        "199",
        "19",
        "XXXX-12-16",
    ] {
        let (fields, grain) = parse_value(v).unwrap_or_else(|| panic!("{v} parses"));
        assert_eq!(format_fields(&fields, grain), v);
    }
    assert!(parse_value("P10M").is_none());
    assert!(parse_value("PRESENT_REF").is_none());
}
