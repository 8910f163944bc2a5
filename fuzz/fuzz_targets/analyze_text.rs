//! Fuzz `analyze` on plain text: no panic, and every span on a char boundary.
#![no_main]

use lede_analysis::{analyze, Config, InputKind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = analyze(&text, &Config { input: InputKind::Text, ..Config::default() });
    for b in &a.blocks {
        assert!(a.text.is_char_boundary(b.start) && a.text.is_char_boundary(b.end));
    }
    for q in &a.quotes {
        assert_eq!(&a.text[q.start..q.end], q.text);
    }
    for t in &a.timeline {
        assert_eq!(&a.text[t.start..t.end], t.text);
    }
});
