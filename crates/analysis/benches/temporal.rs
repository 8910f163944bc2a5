//! Extraction and resolution speed on a few megabytes of news text (the example article,
//! repeated). Run with `cargo bench -p lede-analysis --bench temporal`.

use lede_analysis::config::parse_reference;
use lede_analysis::model::Span;
use lede_analysis::{temporal, timeline, Lang};
use std::time::Instant;

fn main() {
    let article = include_str!("../tests/data/articles/example/input.txt");
    let mut text = String::new();
    while text.len() < size_mb() * 1024 * 1024 {
        text.push_str(article);
        text.push('\n');
    }
    let reference = parse_reference("2024-03-14").ok();
    let body = [Span::new(0, text.len())];
    // warm up: compile the grammar once
    let _ = temporal::extract(article, Lang::En);
    let mut best = (f64::MAX, f64::MAX);
    let mut count = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let mentions = temporal::extract(&text, Lang::En);
        let extracted = t.elapsed().as_secs_f64();
        let items = timeline::build(&text, &mentions, &body, reference);
        let total = t.elapsed().as_secs_f64();
        if total < best.1 {
            best = (extracted, total);
        }
        count = items.len();
    }
    let mb = text.len() as f64 / (1024.0 * 1024.0);
    println!(
        "temporal: {mb:.1} MB, {count} items; extraction {:.3} s, with resolution {:.3} s: {:.1} MB/s",
        best.0,
        best.1,
        mb / best.1
    );
}

/// The text size in MB (`TEMPORAL_BENCH_MB`, default 8).
fn size_mb() -> usize {
    std::env::var("TEMPORAL_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8)
}
