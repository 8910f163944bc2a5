//! Boilerplate speed on both tracks, in pages per CPU-second: segmentation, HTML parsing and
//! classification (`document::prepare` + `boilerplate::classify`), single-threaded.
//!
//! Uses the dev boilerplate benchmark when `../shared` is present, else the example article
//! and an HTML page built from it. Run: `cargo bench -p lede-analysis --bench boilerplate`.

use lede_analysis::document::prepare;
use lede_analysis::{boilerplate, lang, Config, InputKind};
use std::io::Read;
use std::path::Path;
use std::time::Instant;

/// CPU seconds of this process (user + system), from /proc when there is one.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn inputs() -> (Vec<String>, Vec<String>) {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"))
        .join("data/boilerplate/dev");
    let (mut html, mut paste) = (Vec::new(), Vec::new());
    if let Ok(cases) = std::fs::read_to_string(dir.join("cases.jsonl")) {
        for line in cases.lines().filter(|l| !l.trim().is_empty()) {
            let case: serde_json::Value = serde_json::from_str(line).expect("case");
            let gz = std::fs::read(dir.join(case["html"].as_str().unwrap())).expect("html");
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(&gz[..])
                .read_to_end(&mut bytes)
                .expect("gunzip");
            html.push(String::from_utf8_lossy(&bytes).into_owned());
            paste.push(
                std::fs::read_to_string(dir.join(case["paste"].as_str().unwrap())).expect("paste"),
            );
        }
    } else {
        eprintln!("benchmark data absent: timing the example article only");
        let text = include_str!("../tests/data/articles/example/input.txt");
        let page: String = text
            .lines()
            .map(|l| format!("<p>{l}</p>\n"))
            .collect::<String>();
        html.push(format!(
            "<html><body><nav><a href=/>Home</a></nav><article>{page}</article></body></html>"
        ));
        paste.push(text.to_string());
    }
    (html, paste)
}

fn time_track(name: &str, pages: &[String], kind: InputKind) {
    let config = Config::default();
    let rounds = (2000 / pages.len()).max(3);
    let (cpu0, wall0) = (cpu_seconds(), Instant::now());
    let mut blocks = 0usize;
    for _ in 0..rounds {
        for page in pages {
            let doc = prepare(page, kind);
            let lang = lang::detect(&doc.text);
            blocks += boilerplate::classify(&doc, lang, &config).len();
        }
    }
    let wall = wall0.elapsed().as_secs_f64();
    let cpu = match (cpu0, cpu_seconds()) {
        (Some(a), Some(b)) if b > a => b - a,
        _ => wall,
    };
    let n = (rounds * pages.len()) as f64;
    println!(
        "{name:<6} {:>6} pages  {:>8.1} pages/CPU-s  {:>8.1} pages/s wall  ({blocks} blocks)",
        n,
        n / cpu,
        n / wall
    );
}

fn main() {
    let (html, paste) = inputs();
    time_track("html", &html, InputKind::Html);
    time_track("paste", &paste, InputKind::Text);
}
