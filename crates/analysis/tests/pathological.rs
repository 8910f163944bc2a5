//! Pathological inputs finish and keep their invariants, at full size. Their cost is bounded by
//! instruction counts in `scripts/linear_cost.py` (growth per 10x of input, and cost per byte
//! against news), which the test command runs; the `pipeline` benchmark times the stages.

use lede_analysis::{analyze, Config, InputKind};

fn run(name: &str, input: &str, kind: InputKind) {
    let a = analyze(
        input,
        &Config {
            input: kind,
            ..Config::default()
        },
    );
    for b in &a.blocks {
        assert!(
            a.text.is_char_boundary(b.start) && a.text.is_char_boundary(b.end),
            "{name}: block off boundary"
        );
    }
    for q in &a.quotes {
        assert!(
            a.text.is_char_boundary(q.start) && a.text.is_char_boundary(q.end),
            "{name}: quote off boundary"
        );
    }
    assert!(
        a.quotes.len() <= input.len(),
        "{name}: more quotes than bytes"
    );
}

#[test]
fn a_hundred_thousand_quote_marks() {
    run("quotes", &"“".repeat(100_000), InputKind::Text);
    run(
        "straight quotes",
        &"\" said \"".repeat(50_000),
        InputKind::Text,
    );
    run("alternating", &"“a” ".repeat(50_000), InputKind::Text);
}

#[test]
fn a_hundred_thousand_named_character_references() {
    let html = "<p title=\"&notin;&amp\">&NotNestedGreaterGreater;&frac12x&zzzz;</p>";
    run("char refs", &html.repeat(25_000), InputKind::Html);
    let a = analyze(
        &html.repeat(2),
        &Config {
            input: InputKind::Html,
            ..Config::default()
        },
    );
    assert_eq!(a.text.matches("⪢̸½x&zzzz;").count(), 2, "{}", a.text);
}

#[test]
fn dates_and_amounts_with_no_sentence_end() {
    run(
        "run-on dates",
        &"on May 2, 2021, two days later, and ".repeat(8_000),
        InputKind::Text,
    );
    run(
        "amounts",
        &"5 days 6 weeks 7 ".repeat(15_000),
        InputKind::Text,
    );
}

#[test]
fn one_five_megabyte_line() {
    let line = "The minister said the harbour would reopen on Monday and the talks went on. "
        .repeat(5 * 1024 * 1024 / 77);
    run("long line", &line, InputKind::Text);
}

#[test]
fn a_hundred_thousand_nested_tags() {
    let html = format!(
        "{}deep text{}",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    run("nested", &html, InputKind::Html);
    run("unclosed", &"<p><b><i>".repeat(30_000), InputKind::Html);
}

#[test]
fn a_megabyte_without_whitespace_and_all_digits() {
    run(
        "no whitespace",
        &"abcdefghij".repeat(100_000),
        InputKind::Text,
    );
    run("digits", &"0123456789".repeat(100_000), InputKind::Text);
    run("dates", &"12.12.2012".repeat(100_000), InputKind::Text);
}

#[test]
fn mixed_scripts_rtl_combining_marks_and_nul_bytes() {
    let mixed =
        "Путин said «привет» 東京で「こんにちは」と述べた. قال الرئيس “مرحبا” ".repeat(10_000);
    run("mixed", &mixed, InputKind::Text);
    let combining = "e\u{301}\u{302}\u{303}“q\u{308}uote”\u{200f}\u{202e}".repeat(20_000);
    run("combining", &combining, InputKind::Text);
    let nul = "text\0with\0nul “bytes\0” said\0".repeat(20_000);
    run("nul", &nul, InputKind::Text);
    run("nul html", &nul, InputKind::Html);
}

#[test]
fn end_tags_that_close_nothing_under_deep_nesting() {
    let html = format!("{}text{}", "<div>".repeat(100_000), "</i>".repeat(100_000));
    run("stray end tags", &html, InputKind::Html);
}
