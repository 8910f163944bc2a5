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

/// A published-time meta value with a multi-byte character before byte 10 made the ISO
/// prefix slice fall inside it (found by the analyze_html fuzz target).
#[test]
fn multibyte_character_inside_a_markup_date() {
    let html = "<html><head><meta property=\"article:published_time\" content=\"2024-03ß€-14\"></head>\
                <body><article><p>The harbour reopened on Monday after a long winter of repairs.</p></article></body></html>";
    let a = analyze(
        html,
        &Config {
            input: lede_analysis::InputKind::Html,
            ..Config::default()
        },
    );
    assert!(a.text.contains("The harbour reopened"));
}

/// Lines said twice were taken for teaser cards, so an article pasted two times lost its whole
/// body (the 20 MB CLI test repeats the example).
#[test]
fn an_article_pasted_twice_keeps_its_body() {
    let example = include_str!("data/articles/example/input.txt");
    let once = analyze(example, &Config::default());
    let twice = analyze(&format!("{example}\n\n{example}"), &Config::default());
    let kept = |a: &lede_analysis::Analysis| a.blocks.iter().filter(|b| b.kept).count();
    assert!(
        kept(&twice) >= 2 * kept(&once) - 2,
        "once {} twice {}",
        kept(&once),
        kept(&twice)
    );
}
