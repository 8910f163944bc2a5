//! The original example article: its blocks with their reasons (a snapshot), and the body
//! from the dateline to the last paragraph of the story.

use lede_analysis::{analyze, Config, InputKind};

const EXAMPLE: &str = include_str!("data/articles/example/input.txt");

fn config() -> Config {
    Config {
        input: InputKind::Text,
        ..Config::default()
    }
}

#[test]
fn example_blocks_with_reasons() {
    let a = analyze(EXAMPLE, &config());
    let outline: Vec<String> = a
        .blocks
        .iter()
        .map(|b| {
            let text: String = a.text[b.start..b.end].chars().take(60).collect();
            format!(
                "{} {:<36} {}",
                if b.kept { '+' } else { '-' },
                b.reason,
                text
            )
        })
        .collect();
    insta::assert_yaml_snapshot!(outline);
}

#[test]
fn example_body_is_the_story() {
    let a = analyze(EXAMPLE, &config());
    assert!(
        a.body.starts_with("TALLINN, March 14 – Nordic Wire."),
        "{}",
        a.body
    );
    assert!(
        a.body.ends_with("The talks will continue tomorrow."),
        "{}",
        a.body
    );
    for gone in [
        "4 minutes read",
        "Ferry operators warn",
        "Latvia asks for a seat",
        "Translation by",
        "Disclaimer",
        "Show More",
        "Related Articles",
        "7 mins ago",
        "Werbeblocker",
        "14:12",
    ] {
        assert!(!a.body.contains(gone), "{gone} left in the body");
    }
    for stays in [
        "She agreed with Saarepu",
        "The Finnish leader also mentioned cooperation on offshore wind.",
        "Lehtinen pointed to the growth of electricity trade",
    ] {
        assert!(a.body.contains(stays), "{stays} missing from the body");
    }
    assert_eq!(
        a.metadata.title.as_deref(),
        Some("Finland and Estonia open talks on a shared power grid in Tallinn")
    );
    assert_eq!(a.metadata.byline.as_deref(), Some("NWD"));
}
