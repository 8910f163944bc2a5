//! The timeline of the example article, as a snapshot, and its document date.

use lede_analysis::config::parse_reference;
use lede_analysis::{analyze, Config, DateSource, TimelineItem};

const ARTICLE: &str = include_str!("data/articles/example/input.txt");

/// The timeline item of `text` whose words are `phrase`.
fn timeline_item(text: &str, config: &Config, phrase: &str) -> TimelineItem {
    analyze(text, config)
        .timeline
        .into_iter()
        .find(|i| i.text == phrase)
        .unwrap_or_else(|| panic!("{phrase:?} is on the timeline"))
}

#[test]
fn example_article_date_comes_from_its_date_line() {
    let analysis = analyze(ARTICLE, &Config::default());
    assert_eq!(analysis.document_date.value.as_deref(), Some("2024-03-14"));
    assert_eq!(analysis.document_date.source, DateSource::Text);
}

#[test]
fn example_article_timeline() {
    let config = Config {
        keep_all: true,
        ..Config::default()
    };
    let analysis = analyze(ARTICLE, &config);
    let rows: Vec<String> = analysis
        .timeline
        .iter()
        .map(|i| {
            format!(
                "{} | {:?} | {} | {:?} | {}",
                i.text, i.kind, i.value, i.grain, i.rule
            )
        })
        .collect();
    insta::assert_yaml_snapshot!(rows);
}

#[test]
fn byline_times_never_date_the_document() {
    let text = "Photo of the desk 26 mins ago\nTALLINN, March 14 – The talks began today.\n";
    let analysis = analyze(text, &Config::default());
    assert_eq!(analysis.document_date.value, None);
}

#[test]
fn the_day_first_setting_orders_ambiguous_numeric_dates() {
    let text = "RIGA – The ferry was launched on 03/04/2022 after long delays.\n";
    let reference = Some(parse_reference("2022-12-19").unwrap());
    let item = |day_first: Option<bool>| {
        let config = Config {
            reference,
            day_first,
            keep_all: true,
            ..Config::default()
        };
        let item = timeline_item(text, &config, "03/04/2022");
        (item.value, item.resolution)
    };
    // English alone reads month first; the setting overrides it either way
    let (value, how) = item(None);
    assert_eq!(value, "2022-03-04");
    assert!(how.contains("the language's usual order"), "{how}");
    let (value, how) = item(Some(true));
    assert_eq!(value, "2022-04-03");
    assert!(how.contains("set by the reader"), "{how}");
    assert_eq!(item(Some(false)).0, "2022-03-04");
}

#[test]
fn a_holiday_week_that_holds_the_reference_day_is_that_week() {
    // Easter 2024 is March 31: the Monday before lies in its ISO week, the past tense
    // notwithstanding; a week later the same words name the week just past.
    let text = "Crowds filled the old town as Easter week began.\n";
    let value_on = |day: &str| {
        let config = Config {
            reference: Some(parse_reference(day).unwrap()),
            keep_all: true,
            ..Config::default()
        };
        timeline_item(text, &config, "Easter week").value
    };
    assert_eq!(value_on("2024-03-25"), "2024-W13");
    assert_eq!(value_on("2024-04-08"), "2024-W13");
    assert_eq!(value_on("2024-03-20"), "2023-W14");
}
