//! Whole-article reports of the original example, as a reader would see them: the kept and
//! removed blocks with reasons, the quotes with speakers, the timeline with values.

use lede_analysis::{analyze, report, Config};

const EXAMPLE: &str = include_str!("data/articles/example/input.txt");

/// A compact outline of everything the analysis found.
fn outline(text: &str) -> String {
    let a = analyze(text, &Config::default());
    let mut out = format!(
        "document date: {:?} ({})\ntitle: {:?}\nbyline: {:?}\nlang: {}\n\n",
        a.document_date.value,
        a.document_date.source.as_str(),
        a.metadata.title,
        a.metadata.byline,
        a.metadata.lang
    );
    for b in &a.blocks {
        let first: String = a.text[b.start..b.end].chars().take(60).collect();
        out += &format!(
            "{} {:<28} {first}\n",
            if b.kept { "KEEP" } else { "drop" },
            b.reason
        );
    }
    out += "\n";
    out += &report::markdown_quotes(&a);
    out += "\n";
    out += &report::markdown_timeline(&a);
    out
}

#[test]
fn example_article_report() {
    insta::assert_snapshot!(outline(EXAMPLE));
}
