//! Corpus tests for quotations and speakers: every `tests/data/quotes/*.toml` file lists texts
//! with the quotes expected in them (words, speaker, kind), and negative texts that hold no
//! quotation at all.

use lede_analysis::{quotes, Lang, Quote, QuoteKind, Span};
use serde::Deserialize;

#[derive(Deserialize)]
struct Corpus {
    lang: String,
    #[serde(default)]
    case: Vec<Case>,
    #[serde(default)]
    negative: Vec<Negative>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    text: String,
    quotes: Vec<Expected>,
}

#[derive(Deserialize, Debug, PartialEq)]
struct Expected {
    text: String,
    speaker: Option<String>,
    kind: String,
}

#[derive(Deserialize)]
struct Negative {
    name: String,
    texts: Vec<String>,
}

fn run(text: &str, lang: Lang) -> Vec<Quote> {
    let body: Vec<Span> = lede_analysis::document::text_blocks(text)
        .into_iter()
        .map(|b| b.span)
        .collect();
    quotes::find(text, &body, lang)
}

fn kind(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Direct => "direct",
        QuoteKind::Mixed => "mixed",
        QuoteKind::Indirect => "indirect",
    }
}

fn check(file: &str) -> Vec<String> {
    let corpus: Corpus = toml::from_str(file).expect("corpus file parses");
    let lang = Lang::from_code(&corpus.lang).expect("known language");
    let mut failures = Vec::new();
    for case in &corpus.case {
        let found: Vec<Expected> = run(&case.text, lang)
            .into_iter()
            .map(|q| Expected {
                text: q.text,
                speaker: q.speaker,
                kind: kind(q.kind).to_string(),
            })
            .collect();
        if found != case.quotes {
            failures.push(format!(
                "[{}] {}\n  text: {}\n  expected: {:?}\n  found:    {:?}",
                corpus.lang, case.name, case.text, case.quotes, found
            ));
        }
    }
    for negative in &corpus.negative {
        for text in &negative.texts {
            let found = run(text, lang);
            if !found.is_empty() {
                failures.push(format!(
                    "[{}] negative {}: {:?} gave {:?}",
                    corpus.lang,
                    negative.name,
                    text,
                    found.iter().map(|q| &q.text).collect::<Vec<_>>()
                ));
            }
        }
    }
    failures
}

#[test]
fn corpus_files() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/quotes");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("quotes corpus folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 7, "a corpus file per language");
    let mut failures = Vec::new();
    for path in &files {
        let file = std::fs::read_to_string(path).expect("readable corpus file");
        failures.extend(check(&file));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
