//! The whole pipeline and each stage, on generated news-like text of growing size, plus the
//! linear-cost check: time per byte must not grow by more than 1.3× per 10× of input.
//!
//!     cargo bench -p lede-analysis --bench pipeline            # sizes 10 KB … 10 MB
//!     cargo bench -p lede-analysis --bench pipeline -- FILE    # the stages on one file

use lede_analysis::{
    boilerplate, document, lang, quotes, temporal, timeline, Block, Config, InputKind, Span,
};
use std::time::{Duration, Instant};

#[path = "news.rs"]
mod news;
use news::news;

fn time<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let out = f();
    (out, start.elapsed())
}

/// Times each stage on `text`; returns the whole pipeline's time.
fn stages(text: &str, print: bool) -> Duration {
    let config = Config {
        input: InputKind::Text,
        ..Config::default()
    };
    let (doc, t_segment) = time(|| document::prepare(text, config.input));
    let lang = lang::detect(&doc.text);
    let (blocks, t_boiler) = time(|| boilerplate::classify(&doc, lang, &config));
    let body: Vec<Span> = blocks.iter().filter(|b| b.kept).map(Block::span).collect();
    let (_, t_quotes) = time(|| quotes::find(&doc.text, &body, lang));
    let (mentions, t_temporal) = time(|| temporal::extract(&doc.text, lang));
    let (dd, t_date) = time(|| temporal::document_date(&doc, &blocks, &mentions, None));
    let (_, t_timeline) = time(|| timeline::build(&doc.text, &mentions, &body, dd.1));
    let total = t_segment + t_boiler + t_quotes + t_temporal + t_date + t_timeline;
    if print {
        let mb = text.len() as f64 / 1e6;
        for (name, t) in [
            ("segment", t_segment),
            ("boilerplate", t_boiler),
            ("quotes", t_quotes),
            ("temporal", t_temporal),
            ("document date", t_date),
            ("timeline", t_timeline),
            ("pipeline", total),
        ] {
            println!(
                "  {name:<14} {:>9.2} ms  {:>8.1} MB/s",
                t.as_secs_f64() * 1e3,
                mb / t.as_secs_f64().max(1e-9)
            );
        }
    }
    total
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    if let Some(path) = args.first() {
        let text = std::fs::read_to_string(path).expect("a UTF-8 file");
        println!("{path}: {} bytes", text.len());
        stages(&text, true);
        return;
    }
    let mut previous: Option<f64> = None;
    let mut worst: f64 = 0.0;
    for size in [10_000, 100_000, 1_000_000, 10_000_000] {
        let text = news(size);
        stages(&text, false); // warm up
        let runs = (3_000_000 / size).clamp(1, 20);
        let best = (0..runs)
            .map(|_| stages(&text, false))
            .min()
            .expect("one run");
        println!("{} KB:", size / 1000);
        stages(&text, true);
        let per_byte = best.as_secs_f64() / text.len() as f64;
        if let Some(p) = previous {
            let ratio = per_byte / p;
            worst = worst.max(ratio);
            println!("  time per byte vs 10× smaller: {ratio:.2}×");
        }
        previous = Some(per_byte);
    }
    println!("worst growth of time per byte per 10×: {worst:.2}× (target ≤ 1.3×)");
}
