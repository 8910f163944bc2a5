//! One analysis of a generated input, for counting its instructions under
//! `valgrind --tool=callgrind` (see `scripts/linear_cost.py`): `cost CASE BYTES [MODE]`.
//! Modes: `run` (default) analyses once; `again`
//! analyses twice (the difference to `run` is one analysis with every pattern it needs built); `make` only builds the input (and warms up), so the
//! difference of the two counts is the analysis alone; `text` prints the input; `time` prints
//! the best of five analyses in milliseconds (the WASM benchmark `e2e/bench.mjs` compares).

use lede_analysis::{analyze, Config, InputKind};

#[path = "../benches/news.rs"]
mod news;

/// Lede's example article (BYTES is ignored).
const EXAMPLE: &str = include_str!("../tests/data/articles/example/input.txt");

/// `unit` repeated until the text has about `bytes` bytes.
fn repeat(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()).max(1))
}

/// The input of a named case, and whether it is HTML.
fn input(case: &str, bytes: usize) -> (String, InputKind) {
    let text = InputKind::Text;
    match case {
        "news" => (news::news(bytes), text),
        "example" => (EXAMPLE.to_string(), text),
        "quote-marks" => (repeat("“", bytes), text),
        "straight-quotes" => (repeat("\" said \"", bytes), text),
        "one-line" => (
            repeat(
                "The minister said the harbour would reopen on Monday and the talks went on. ",
                bytes,
            ),
            text,
        ),
        "nested-tags" => {
            let depth = bytes / 11;
            let html = format!(
                "{}deep text{}",
                "<div>".repeat(depth),
                "</div>".repeat(depth)
            );
            (html, InputKind::Html)
        }
        "stray-end-tags" => {
            let depth = bytes / 12;
            let html = format!("{}text{}", "<div>".repeat(depth), "</i>".repeat(depth));
            (html, InputKind::Html)
        }
        "char-refs" => (
            // named references: long names, a legacy prefix, unknown names, in text and attributes
            repeat(
                "<p title=\"&notin;&amp\">&NotNestedGreaterGreater;&frac12x&zzzz;&amp;&#x41;</p>",
                bytes,
            ),
            InputKind::Html,
        ),
        "run-on-dates" => (repeat("on May 2, 2021, two days later, and ", bytes), text),
        "no-whitespace" => (repeat("abcdefghij", bytes), text),
        "digits" => (repeat("0123456789", bytes), text),
        "numeric-dates" => (repeat("12.12.2012", bytes), text),
        "mixed-scripts" => (
            repeat(
                "Путин said «привет» 東京で「こんにちは」と述べた. قال الرئيس “مرحبا” ",
                bytes,
            ),
            text,
        ),
        "combining-marks" => (
            repeat(
                "e\u{301}\u{302}\u{303}“q\u{308}uote”\u{200f}\u{202e}",
                bytes,
            ),
            text,
        ),
        "nul-bytes" => (repeat("text\0with\0nul “bytes\0” said\0", bytes), text),
        other => panic!("unknown case {other}"),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [case, bytes, rest @ ..] = args.as_slice() else {
        eprintln!("usage: cost CASE BYTES [run|make]");
        std::process::exit(2);
    };
    let bytes: usize = bytes.parse().expect("BYTES is a number");
    let (text, kind) = input(case, bytes);
    let mode = rest.first().map_or("run", String::as_str);
    if mode == "text" {
        print!("{text}");
        return;
    }
    // the first analysis builds every pattern once; both modes pay for it, so it cancels out
    let warm_up = news::news(4000) + "<p>“Warm,” she said on May 2, 2021.</p>";
    for input in [InputKind::Text, InputKind::Html] {
        analyze(
            &warm_up,
            &Config {
                input,
                ..Config::default()
            },
        );
    }
    if mode == "make" {
        println!("{}", text.len());
        return;
    }
    let config = Config {
        input: kind,
        ..Config::default()
    };
    if mode == "time" {
        let best = (0..5)
            .map(|_| {
                let started = std::time::Instant::now();
                analyze(&text, &config);
                started.elapsed().as_secs_f64() * 1e3
            })
            .fold(f64::INFINITY, f64::min);
        println!("{best:.3}");
        return;
    }
    if mode == "again" {
        // a first analysis of this very input, so the counted one finds every pattern built
        analyze(&text, &config);
    }
    let analysis = analyze(&text, &config);
    println!(
        "{} bytes, {} blocks, {} quotes, {} dated items",
        text.len(),
        analysis.blocks.len(),
        analysis.quotes.len(),
        analysis.timeline.len()
    );
}
