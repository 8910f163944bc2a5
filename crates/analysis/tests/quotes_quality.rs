//! The quality floor for quotations: runs the analysis in-process on the quotation
//! development corpora (ggt, polnear), when they are present next to the repository, and
//! fails below pinned scores. Raise the floors as the scores rise; never lower them.
//!
//! Two figures per corpus, as this reader measures them (close to the evaluation script):
//! direct quotations by exact span (F1), and all reported speech by overlap (F1).

use lede_analysis::{analyze, Config, InputKind};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Pinned floors (F1, percent): (corpus, direct exact, all-speech overlap).
const FLOORS: &[(&str, f64, f64)] = &[("ggt", 95.2, 94.3), ("polnear", 89.8, 65.0)];

struct Gold {
    start: usize,
    end: usize,
    direct: bool,
}

fn corpus_dir() -> Option<PathBuf> {
    let dir = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/quotes/dev"
    ));
    dir.is_dir().then(|| dir.to_path_buf())
}

/// The span without surrounding spaces, quotation marks and boundary punctuation.
fn trimmed(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let strip = |c: char| c.is_whitespace() || "\"“”‘’'«».,;:!?-–—…".contains(c);
    let left = s.len() - s.trim_start_matches(strip).len();
    let right = s.trim_end_matches(strip).len();
    if right <= left {
        return (start, start);
    }
    (start + left, start + right)
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn f1(tp: usize, pred: usize, gold: usize) -> f64 {
    let p = if pred == 0 {
        0.0
    } else {
        tp as f64 / pred as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        tp as f64 / gold as f64
    };
    if p + r == 0.0 {
        0.0
    } else {
        200.0 * p * r / (p + r)
    }
}

/// Counts for one document: (direct TP, direct predictions counted, direct gold,
/// all TP, all predictions, all gold).
fn score_document(text: &str, golds: &[Gold], preds: &[(usize, usize)]) -> [usize; 6] {
    // direct, exact: one-to-one on equal trimmed spans
    let direct: Vec<&Gold> = golds.iter().filter(|g| g.direct).collect();
    let mut used = vec![false; preds.len()];
    let mut tp_direct = 0;
    for g in &direct {
        let want = trimmed(text, g.start, g.end);
        if let Some(j) =
            (0..preds.len()).find(|&j| !used[j] && trimmed(text, preds[j].0, preds[j].1) == want)
        {
            used[j] = true;
            tp_direct += 1;
        }
    }
    // a prediction that matches no direct quotation but overlaps reported speech is ignored
    let ignored = (0..preds.len())
        .filter(|&j| !used[j])
        .filter(|&j| {
            !direct
                .iter()
                .any(|g| overlap((g.start, g.end), preds[j]) > 0)
                && golds
                    .iter()
                    .any(|g| !g.direct && overlap((g.start, g.end), preds[j]) > 0)
        })
        .count();
    // all speech, overlap: greedy one-to-one, largest overlap first
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (i, g) in golds.iter().enumerate() {
        for (j, &p) in preds.iter().enumerate() {
            let o = overlap((g.start, g.end), p);
            if o > 0 {
                pairs.push((o, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.cmp(a));
    let mut gold_used = vec![false; golds.len()];
    let mut pred_used = vec![false; preds.len()];
    let mut tp_all = 0;
    for (_, i, j) in pairs {
        if !gold_used[i] && !pred_used[j] {
            gold_used[i] = true;
            pred_used[j] = true;
            tp_all += 1;
        }
    }
    [
        tp_direct,
        preds.len() - ignored,
        direct.len(),
        tp_all,
        preds.len(),
        golds.len(),
    ]
}

fn read_gold(doc: &Value) -> Option<(String, Vec<Gold>)> {
    let text = doc.get("text")?.as_str()?.to_string();
    let golds = doc
        .get("quotes")?
        .as_array()?
        .iter()
        .filter_map(|q| {
            Some(Gold {
                start: q.get("start")?.as_u64()? as usize,
                end: q.get("end")?.as_u64()? as usize,
                direct: q.get("type")?.as_str()? == "direct",
            })
        })
        .collect();
    Some((text, golds))
}

#[test]
fn quotes_stay_above_their_floors() {
    let Some(dir) = corpus_dir() else {
        println!("quotation corpus not found next to the repository: quality floor skipped");
        return;
    };
    let config = Config {
        input: InputKind::Text,
        keep_all: true,
        ..Config::default()
    };
    let mut failures = Vec::new();
    for &(corpus, direct_floor, all_floor) in FLOORS {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join(corpus))
            .expect("a readable corpus directory")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        let mut sums = [0usize; 6];
        for path in &files {
            let src = std::fs::read_to_string(path).expect("a UTF-8 file");
            let doc: Value = serde_json::from_str(&src).expect("a JSON document");
            let Some((text, golds)) = read_gold(&doc) else {
                continue;
            };
            let analysis = analyze(&text, &config);
            assert_eq!(analysis.text, text, "plain text is analysed as given");
            let preds: Vec<(usize, usize)> =
                analysis.quotes.iter().map(|q| (q.start, q.end)).collect();
            for (s, c) in sums.iter_mut().zip(score_document(&text, &golds, &preds)) {
                *s += c;
            }
        }
        let direct = f1(sums[0], sums[1], sums[2]);
        let all = f1(sums[3], sums[4], sums[5]);
        println!(
            "{corpus}: {} documents, direct exact F1 {direct:.1} (floor {direct_floor}), \
             all-speech overlap F1 {all:.1} (floor {all_floor})",
            files.len()
        );
        if direct < direct_floor {
            failures.push(format!(
                "{corpus} direct exact F1 {direct:.1} < {direct_floor}"
            ));
        }
        if all < all_floor {
            failures.push(format!(
                "{corpus} all-speech overlap F1 {all:.1} < {all_floor}"
            ));
        }
    }
    assert!(failures.is_empty(), "below the floor: {failures:?}");
}

#[test]
fn the_scoring_counts_exact_and_overlapping_spans() {
    let text = "“We are ready,” she said. He added that the plan works.";
    let golds = [
        Gold {
            start: 3,
            end: 16,
            direct: true,
        },
        Gold {
            start: 44,
            end: 58,
            direct: false,
        },
    ];
    // the quote without its comma is still exact; a part of the report overlaps it
    let counts = score_document(text, &golds, &[(3, 15), (48, 58)]);
    assert_eq!(counts, [1, 1, 1, 2, 2, 2]);
    // nothing found: no hits, nothing counted
    assert_eq!(score_document(text, &golds, &[]), [0, 0, 1, 0, 0, 2]);
}
