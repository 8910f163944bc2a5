//! Runs the phrase corpora in `tests/data/temporal/*.toml`: each case's bracketed phrase
//! must come out as exactly one mention covering it whole, with the expected value; each
//! negative text must give no mention at all; in each `only` text the bracketed parts must
//! be the mentions, all of them and nothing else.

use lede_analysis::config::parse_reference;
use lede_analysis::model::Span;
use lede_analysis::{temporal, timeline, Lang};
use serde_json::Value;
use std::path::Path;

fn lang_of(code: &str) -> Lang {
    Lang::ALL
        .into_iter()
        .find(|l| l.code() == code)
        .unwrap_or_else(|| panic!("unknown language {code}"))
}

/// The text without its brackets and the bracketed span.
fn unmark(marked: &str) -> (String, Span) {
    let open = marked.find('[').expect("a [ in every case text");
    let close = marked.find(']').expect("a ] in every case text");
    let text = format!(
        "{}{}{}",
        &marked[..open],
        &marked[open + 1..close],
        &marked[close + 1..]
    );
    (text, Span::new(open, close - 1))
}

/// The text without its brackets and every bracketed span, in order.
fn unmark_all(marked: &str) -> (String, Vec<Span>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut open = None;
    for c in marked.chars() {
        match c {
            '[' => open = Some(text.len()),
            ']' => spans.push(Span::new(open.take().expect("[ before ]"), text.len())),
            _ => text.push(c),
        }
    }
    (text, spans)
}

fn run_file(path: &Path) -> Vec<String> {
    let src = std::fs::read_to_string(path).unwrap();
    let doc: toml::Value = toml::from_str(&src).unwrap();
    let doc: Value = serde_json::to_value(doc).unwrap();
    let reference = parse_reference(doc["reference"].as_str().unwrap()).unwrap();
    let lang = lang_of(doc["lang"].as_str().unwrap());
    let mut failures = Vec::new();
    for case in doc["case"].as_array().into_iter().flatten() {
        let want = case["value"].as_str().unwrap();
        for marked in case["texts"].as_array().unwrap() {
            let (text, span) = unmark(marked.as_str().unwrap());
            let mentions = temporal::extract(&text, lang);
            let items = timeline::build(
                &text,
                &mentions,
                &[Span::new(0, text.len())],
                Some(reference),
            );
            let hits: Vec<_> = items
                .iter()
                .filter(|i| Span::new(i.start, i.end).overlaps(span))
                .collect();
            let ok = hits.len() == 1
                && hits[0].start == span.start
                && hits[0].end == span.end
                && hits[0].value == want
                && case
                    .get("grain")
                    .and_then(Value::as_str)
                    .is_none_or(|g| serde_json::to_value(hits[0].grain).unwrap() == g);
            if !ok {
                let got: Vec<String> = hits
                    .iter()
                    .map(|h| format!("{:?}={} ({:?}, {})", h.text, h.value, h.grain, h.rule))
                    .collect();
                failures.push(format!(
                    "{}: {:?} want {:?}={want}, got {got:?}",
                    path.display(),
                    text,
                    span.of(&text)
                ));
            }
        }
    }
    for only in doc["only"].as_array().into_iter().flatten() {
        for marked in only["texts"].as_array().unwrap() {
            let (text, want) = unmark_all(marked.as_str().unwrap());
            let got: Vec<Span> = temporal::extract(&text, lang)
                .iter()
                .map(|m| m.span)
                .collect();
            if got != want {
                let got: Vec<&str> = got.iter().map(|s| s.of(&text)).collect();
                let want: Vec<&str> = want.iter().map(|s| s.of(&text)).collect();
                failures.push(format!(
                    "{}: {text:?} want exactly {want:?}, got {got:?}",
                    path.display()
                ));
            }
        }
    }
    for neg in doc["negative"].as_array().into_iter().flatten() {
        for text in neg["texts"].as_array().unwrap() {
            let text = text.as_str().unwrap();
            let mentions = temporal::extract(text, lang);
            if !mentions.is_empty() {
                let got: Vec<String> = mentions
                    .iter()
                    .map(|m| format!("{:?} ({})", m.span.of(text), m.rule))
                    .collect();
                failures.push(format!(
                    "{}: negative {text:?} gave {got:?}",
                    path.display()
                ));
            }
        }
    }
    failures
}

#[test]
fn every_language_corpus_passes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/temporal");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 7, "a corpus per language");
    let failures: Vec<String> = files.iter().flat_map(|f| run_file(f)).collect();
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
