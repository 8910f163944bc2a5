//! One test per fixed bug, each named for what went wrong.

use lede_analysis::{analyze, config::parse_reference, Config};

/// A wide space (U+2000, three bytes) before a date made the word-before lookup slice inside it.
#[test]
fn multibyte_space_before_a_date() {
    let text = "\u{2000}\u{16af0} December 16, 11:47";
    let config = Config {
        reference: Some(parse_reference("2022-12-19").unwrap()),
        keep_all: true,
        ..Config::default()
    };
    let a = analyze(text, &config);
    assert!(
        a.timeline.iter().any(|t| t.value == "2022-12-16T11:47"),
        "{:?}",
        a.timeline
    );
}
