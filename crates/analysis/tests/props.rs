//! Properties that hold for any input: no panic, every span in bounds and on char boundaries,
//! blocks in order without overlap, the timeline sorted, cleaning idempotent.

use lede_analysis::{
    analyze, config::parse_reference, Analysis, Config, Grain, InputKind, TimexType,
};
use proptest::prelude::*;

fn on_boundary(text: &str, at: usize) -> bool {
    at <= text.len() && text.is_char_boundary(at)
}

fn check_spans(a: &Analysis) -> Result<(), TestCaseError> {
    let t = &a.text;
    let mut last_end = 0;
    for b in &a.blocks {
        prop_assert!(b.start < b.end, "empty block {b:?}");
        prop_assert!(
            on_boundary(t, b.start) && on_boundary(t, b.end),
            "block off boundary {b:?}"
        );
        prop_assert!(
            b.start >= last_end,
            "blocks overlap or go backwards at {}",
            b.start
        );
        last_end = b.end;
    }
    for q in &a.quotes {
        prop_assert!(
            q.start <= q.end && on_boundary(t, q.start) && on_boundary(t, q.end),
            "quote span {q:?}"
        );
        prop_assert_eq!(&t[q.start..q.end], q.text.as_str());
        if let (Some(s), Some(e)) = (q.speaker_start, q.speaker_end) {
            prop_assert!(
                s <= e && on_boundary(t, s) && on_boundary(t, e),
                "speaker span {q:?}"
            );
        }
    }
    for item in &a.timeline {
        prop_assert!(
            item.start < item.end && on_boundary(t, item.start) && on_boundary(t, item.end),
            "timex {item:?}"
        );
        prop_assert_eq!(&t[item.start..item.end], item.text.as_str());
        prop_assert!(on_boundary(t, item.sentence_start) && on_boundary(t, item.sentence_end));
        prop_assert!(
            item.sentence_start <= item.start && item.end <= item.sentence_end,
            "sentence holds its timex {item:?}"
        );
    }
    if let (Some(s), Some(e)) = (a.document_date.start, a.document_date.end) {
        prop_assert!(s <= e && on_boundary(t, s) && on_boundary(t, e));
    }
    Ok(())
}

/// Dated items come first in value order; durations, sets and vague references after them.
fn check_sorted(a: &Analysis) -> Result<(), TestCaseError> {
    let apart = |i: &lede_analysis::TimelineItem| {
        matches!(i.kind, TimexType::Duration | TimexType::Set)
            || i.grain == Grain::None
            || i.value.ends_with("_REF")
    };
    let dated: Vec<&str> = a
        .timeline
        .iter()
        .filter(|i| !apart(i))
        .map(|i| i.value.as_str())
        .collect();
    let first_apart = a
        .timeline
        .iter()
        .position(apart)
        .unwrap_or(a.timeline.len());
    prop_assert!(
        a.timeline[first_apart..].iter().all(apart),
        "dated items after undated ones"
    );
    let mut sorted = dated.clone();
    sorted.sort();
    prop_assert_eq!(dated, sorted);
    Ok(())
}

/// Text made of the things articles are made of, mixed with anything at all.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("„".to_string()),
        Just("'".to_string()),
        Just("’".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just(" said ".to_string()),
        Just(" she said.".to_string()),
        Just("Putin".to_string()),
        Just(" December 16, 11:47".to_string()),
        Just(" 26 mins ago".to_string()),
        Just(" last year".to_string()),
        Just(" 19.12.2022".to_string()),
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("—".to_string()),
        Just(" the ten months".to_string()),
        Just("3 minutes read".to_string()),
        "[a-zA-Z ,.]{0,30}",
        any::<String>(),
        "\\PC{0,8}",
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn config(kind: InputKind, keep_all: bool) -> Config {
    Config {
        input: kind,
        keep_all,
        reference: Some(parse_reference("2022-12-19").unwrap()),
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode_text_is_analysed_with_spans_in_bounds(text in newsish(), keep_all in any::<bool>()) {
        let a = analyze(&text, &config(InputKind::Text, keep_all));
        prop_assert_eq!(&a.text, &text, "plain text is analysed as given");
        check_spans(&a)?;
        check_sorted(&a)?;
    }

    #[test]
    fn any_markup_is_analysed_with_spans_in_bounds(text in newsish()) {
        let html = format!("<html><body><article>{text}</article></body></html>");
        let a = analyze(&html, &config(InputKind::Html, false));
        check_spans(&a)?;
        check_sorted(&a)?;
    }

    #[test]
    fn detection_never_panics(text in any::<String>()) {
        let a = analyze(&text, &Config::default());
        check_spans(&a)?;
    }

    #[test]
    fn cleaning_the_body_again_changes_nothing(text in newsish()) {
        let once = analyze(&text, &config(InputKind::Text, false));
        let twice = analyze(&once.body, &config(InputKind::Text, false));
        prop_assert_eq!(&twice.body, &once.body);
    }
}
