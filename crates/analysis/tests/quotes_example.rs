//! The quotations of the original example article, with their speakers, as a snapshot; and
//! the same facts checked on the seed article when the shared data is present.

use lede_analysis::{analyze, Analysis, Config, QuoteKind};

fn analyse(text: &str) -> Analysis {
    let config = Config {
        keep_all: true,
        ..Config::default()
    };
    analyze(text, &config)
}

/// One line per quotation: kind, speaker, how it was found, the cue, the words.
fn report(analysis: &Analysis) -> String {
    analysis
        .quotes
        .iter()
        .map(|q| {
            format!(
                "{:?} | {} | {:?} | {} | {}",
                q.kind,
                q.speaker.as_deref().unwrap_or("-"),
                q.speaker_via,
                q.cue.as_deref().unwrap_or("-"),
                q.text
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn quoted(analysis: &Analysis) -> Vec<&lede_analysis::Quote> {
    analysis
        .quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .collect()
}

#[test]
fn example_article_quotes() {
    let text = include_str!("data/articles/example/input.txt");
    let analysis = analyse(text);
    let quotes = quoted(&analysis);
    assert_eq!(quotes.len(), 13, "{}", report(&analysis));
    let mixed: Vec<&str> = quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Mixed)
        .map(|q| q.text.as_str())
        .collect();
    assert_eq!(
        mixed,
        [
            "the grid is the heart of the matter.",
            "common sense will win"
        ]
    );
    let speakers: Vec<&str> = quotes
        .iter()
        .map(|q| q.speaker.as_deref().unwrap_or("-"))
        .collect();
    let (a, v) = ("Aino Lehtinen", "Viktor Saarepuu");
    assert_eq!(speakers, [a, a, a, a, v, v, v, v, a, a, a, v, v]);
    insta::assert_snapshot!("example_article_quotes", report(&analysis));
}

#[test]
fn seed_article_quotes() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seed/article.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        println!("skipped: the seed article is not at {path}");
        return;
    };
    let analysis = analyse(&text);
    let quotes = quoted(&analysis);
    assert_eq!(quotes.len(), 13, "{}", report(&analysis));
    assert_eq!(
        quotes.iter().filter(|q| q.kind == QuoteKind::Mixed).count(),
        2
    );
    let (p, l) = ("Vladimir Putin", "Alexander Lukashenko");
    let speakers: Vec<&str> = quotes
        .iter()
        .map(|q| q.speaker.as_deref().unwrap_or("-"))
        .collect();
    assert_eq!(speakers, [p, p, p, p, l, l, l, l, p, p, p, l, l]);
}
