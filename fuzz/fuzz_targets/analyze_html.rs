//! Fuzz `analyze` on HTML: no panic, spans inside the extracted text.
#![no_main]

use lede_analysis::{analyze, Config, InputKind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let a = analyze(&html, &Config { input: InputKind::Html, ..Config::default() });
    for b in &a.blocks {
        assert!(b.start < b.end && b.end <= a.text.len());
    }
    for q in &a.quotes {
        assert_eq!(&a.text[q.start..q.end], q.text);
    }
});
