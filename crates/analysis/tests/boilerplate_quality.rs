//! A quality floor (a ratchet): the dev boilerplate benchmark, run in-process on both tracks
//! and scored like `score_boilerplate.py` (zyte: 4-token shingle P/R/F1 averaged per page;
//! traf: snippet matching, micro-averaged). Fails when F1 drops below the pinned floors;
//! skips with a message when the benchmark is not present.

use flate2::read::GzDecoder;
use lede_analysis::{analyze, Config, InputKind};
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Pinned floors: raise them when the scores rise, never lower them to make a change pass.
const FLOORS: [(&str, &str, f64); 4] = [
    ("html", "zyte", 0.969),
    ("html", "traf", 0.927),
    ("paste", "zyte", 0.922),
    ("paste", "traf", 0.885),
];

fn data_dir() -> Option<PathBuf> {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"))
        .join("data/boilerplate/dev");
    dir.join("cases.jsonl").exists().then_some(dir)
}

fn tokens(text: &str) -> Vec<&str> {
    // Python's \w+: letters, digits, marks and connector punctuation
    text.split(|c: char| !(c.is_alphanumeric() || c == '_' || is_mark(c)))
        .filter(|w| !w.is_empty())
        .collect()
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36f | 0x900..=0x97f | 0x3099..=0x309a)
}

fn shingles(text: &str) -> HashMap<Vec<&str>, i64> {
    let t = tokens(text);
    let mut out = HashMap::new();
    if t.is_empty() {
        return out;
    }
    if t.len() < 4 {
        *out.entry(t).or_insert(0) += 1;
        return out;
    }
    for w in t.windows(4) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Normalised (tp, fp, fn) of one page.
fn zyte_page(truth: &str, pred: &str) -> (f64, f64, f64) {
    let (ts, ps) = (shingles(truth), shingles(pred));
    let mut tp = 0;
    let mut fp = 0;
    for (k, p) in &ps {
        let t = ts.get(k).copied().unwrap_or(0);
        tp += (*p).min(t);
        fp += (p - t).max(0);
    }
    let fneg: i64 = ts
        .iter()
        .map(|(k, t)| (t - ps.get(k).copied().unwrap_or(0)).max(0))
        .sum();
    let s = (tp + fp + fneg) as f64;
    if s == 0.0 {
        return (0.0, 0.0, 0.0);
    }
    (tp as f64 / s, fp as f64 / s, fneg as f64 / s)
}

fn zyte_f1(rows: &[(f64, f64, f64)]) -> f64 {
    let p_of = |&(tp, fp, fn_): &(f64, f64, f64)| {
        if fp == 0.0 && fn_ == 0.0 {
            1.0
        } else if tp + fp > 0.0 {
            tp / (tp + fp)
        } else {
            0.0
        }
    };
    let r_of = |&(tp, fp, fn_): &(f64, f64, f64)| {
        if fp == 0.0 && fn_ == 0.0 {
            1.0
        } else if tp + fn_ > 0.0 {
            tp / (tp + fn_)
        } else {
            0.0
        }
    };
    let ps: Vec<f64> = rows.iter().filter(|r| r.0 + r.1 > 0.0).map(p_of).collect();
    let rs: Vec<f64> = rows.iter().filter(|r| r.0 + r.2 > 0.0).map(r_of).collect();
    let mean = |v: &[f64]| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let (p, r) = (mean(&ps), mean(&rs));
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn score(dir: &Path, track: &str) -> (f64, f64) {
    let cases = std::fs::read_to_string(dir.join("cases.jsonl")).expect("cases");
    let mut zyte = Vec::new();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for line in cases.lines().filter(|l| !l.trim().is_empty()) {
        let case: serde_json::Value = serde_json::from_str(line).expect("case json");
        let (input, kind) = if track == "html" {
            let gz = std::fs::read(dir.join(case["html"].as_str().unwrap())).expect("html");
            let mut bytes = Vec::new();
            GzDecoder::new(&gz[..])
                .read_to_end(&mut bytes)
                .expect("gunzip");
            (
                String::from_utf8_lossy(&bytes).into_owned(),
                InputKind::Html,
            )
        } else {
            let path = dir.join(case["paste"].as_str().unwrap());
            (
                std::fs::read_to_string(path).expect("paste"),
                InputKind::Text,
            )
        };
        let body = analyze(
            &input,
            &Config {
                input: kind,
                ..Config::default()
            },
        )
        .body;
        let expected = &case["expected"];
        if let Some(truth) = expected["body"].as_str() {
            zyte.push(zyte_page(truth, &body));
        } else {
            let out = collapse(&body);
            for w in expected["with"].as_array().unwrap() {
                if !out.is_empty() && out.contains(&collapse(w.as_str().unwrap())) {
                    tp += 1;
                } else {
                    fn_ += 1;
                }
            }
            for w in expected["without"].as_array().unwrap() {
                if !out.is_empty() && out.contains(&collapse(w.as_str().unwrap())) {
                    fp += 1;
                }
            }
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    (zyte_f1(&zyte), 2.0 * p * r / (p + r).max(f64::MIN_POSITIVE))
}

#[test]
fn dev_boilerplate_quality_does_not_drop() {
    let Some(dir) = data_dir() else {
        eprintln!("SKIPPED: the boilerplate benchmark (../shared/data/boilerplate/dev) is absent");
        return;
    };
    let mut failures = Vec::new();
    for track in ["html", "paste"] {
        let (zyte, traf) = score(&dir, track);
        eprintln!("{track}: zyte F1 {zyte:.3}, traf F1 {traf:.3}");
        for (t, set, floor) in FLOORS {
            let got = if set == "zyte" { zyte } else { traf };
            if t == track && got < floor {
                failures.push(format!(
                    "{track}/{set}: F1 {got:.3} below the floor {floor}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
