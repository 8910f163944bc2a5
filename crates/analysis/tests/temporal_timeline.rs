//! The timeline of the example article, as a snapshot, and its document date.

use lede_analysis::{analyze, Config, DateSource};

const ARTICLE: &str = include_str!("data/articles/example/input.txt");

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
