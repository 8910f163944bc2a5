//! The quality floor: runs extraction and resolution in-process on the TimeML development
//! corpus, when it is present next to the repository, and fails below pinned scores. Raise
//! the floors as the scores rise; never lower them.

use lede_analysis::config::parse_reference;
use lede_analysis::model::Span;
use lede_analysis::{temporal, timeline, Lang};
use std::path::{Path, PathBuf};

/// Pinned floors (F1, percent) as this reader measures them.
const STRICT_FLOOR: f64 = 89.9;
const RELAXED_FLOOR: f64 = 95.4;
const TYPE_FLOOR: f64 = 92.5;
const VALUE_FLOOR: f64 = 84.9;

struct Gold {
    start: usize,
    end: usize,
    kind: String,
    value: String,
}

/// The text inside `<TEXT>` with tags removed, its TIMEX3 spans (byte offsets), and the DCT.
fn read_tml(src: &str) -> Option<(String, Vec<Gold>, String)> {
    let dct_block = &src[src.find("<DCT>")?..];
    let dct = attr(&dct_block[dct_block.find("<TIMEX3")?..], "value")?;
    let body_start = src.find("<TEXT>")? + "<TEXT>".len();
    let body = &src[body_start..src.find("</TEXT>")?];
    let mut text = String::new();
    let mut golds = Vec::new();
    let mut open: Option<(usize, String, String)> = None;
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        text.push_str(&unescape(&rest[..lt]));
        let gt = lt + rest[lt..].find('>')?;
        let tag = &rest[lt + 1..gt];
        if tag.starts_with("TIMEX3") && !tag.ends_with('/') {
            open = Some((
                text.len(),
                attr(tag, "type")?,
                attr(tag, "value").unwrap_or_default(),
            ));
        } else if tag == "/TIMEX3" {
            if let Some((start, kind, value)) = open.take() {
                golds.push(Gold {
                    start,
                    end: text.len(),
                    kind,
                    value,
                });
            }
        }
        rest = &rest[gt + 1..];
    }
    text.push_str(&unescape(rest));
    Some((text, golds, dct))
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let at = tag.find(&key)? + key.len();
    Some(tag[at..at + tag[at..].find('"')?].to_string())
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn tml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = entry.path();
        if p.is_dir() {
            tml_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "tml") {
            out.push(p);
        }
    }
}

fn f1(hit: usize, pred: usize, gold: usize) -> f64 {
    let p = hit as f64 / pred.max(1) as f64;
    let r = hit as f64 / gold.max(1) as f64;
    if p + r == 0.0 {
        0.0
    } else {
        200.0 * p * r / (p + r)
    }
}

#[test]
fn dev_corpus_stays_above_the_floor() {
    let dir = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/timex/dev"
    ));
    if !dir.is_dir() {
        println!("skipped: no development corpus at {}", dir.display());
        return;
    }
    let mut files = Vec::new();
    tml_files(dir, &mut files);
    files.sort();
    let (mut n_gold, mut n_pred, mut strict, mut relaxed, mut typed, mut valued) =
        (0, 0, 0, 0, 0, 0);
    for file in &files {
        let src = std::fs::read_to_string(file).unwrap();
        let Some((text, golds, dct)) = read_tml(&src) else {
            continue;
        };
        let reference = parse_reference(&dct[..dct.len().min(16)])
            .or_else(|_| parse_reference(&dct[..10]))
            .ok();
        let mentions = temporal::extract(&text, Lang::En);
        let items = timeline::build(&text, &mentions, &[Span::new(0, text.len())], reference);
        n_gold += golds.len();
        n_pred += items.len();
        let mut used = vec![false; items.len()];
        for g in &golds {
            let exact = items
                .iter()
                .enumerate()
                .find(|(i, p)| !used[*i] && p.start == g.start && p.end == g.end);
            let any = exact.or_else(|| {
                items
                    .iter()
                    .enumerate()
                    .find(|(i, p)| !used[*i] && p.start < g.end && g.start < p.end)
            });
            if let Some((i, p)) = any {
                used[i] = true;
                relaxed += 1;
                strict += usize::from(p.start == g.start && p.end == g.end);
                typed += usize::from(serde_json::to_value(p.kind).unwrap() == g.kind.as_str());
                valued += usize::from(p.value == g.value);
            }
        }
    }
    let scores = [
        ("strict", f1(strict, n_pred, n_gold), STRICT_FLOOR),
        ("relaxed", f1(relaxed, n_pred, n_gold), RELAXED_FLOOR),
        ("type", f1(typed, n_pred, n_gold), TYPE_FLOOR),
        ("value", f1(valued, n_pred, n_gold), VALUE_FLOOR),
    ];
    println!(
        "{} documents, {n_gold} gold, {n_pred} predicted",
        files.len()
    );
    for (name, score, floor) in scores {
        println!("{name:8} F1 {score:6.2} (floor {floor})");
    }
    for (name, score, floor) in scores {
        assert!(
            score >= floor,
            "{name} F1 {score:.2} fell below its floor {floor}"
        );
    }
}
