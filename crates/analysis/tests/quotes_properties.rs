//! Properties of quotation finding on arbitrary text: no panic, and every span inside the
//! text, on char boundaries, with the words it claims.

use lede_analysis::{quotes, Lang, Span};
use proptest::prelude::*;

/// Text made of the characters attribution looks at: marks, dashes, apostrophes, letters.
fn texty() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "“",
        "”",
        "\"",
        "'",
        "‘",
        "’",
        "«",
        "»",
        "„",
        "‹",
        "›",
        "「",
        "」",
        "''",
        " — ",
        " – ",
        ", ",
        ". ",
        ": ",
        "\n",
        "\n\n",
        " ",
        "(",
        ")",
        "said",
        "Anna Berg",
        "she",
        "the minister",
        "according to",
        "that",
        "12",
        "Ed.",
        "é",
        "日本",
        "сказал",
        "Путин",
        "we will",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn spans_are_sound(text in texty(), lang in prop::sample::select(Lang::ALL.to_vec())) {
        let body: Vec<Span> = lede_analysis::document::text_blocks(&text)
            .into_iter()
            .map(|b| b.span)
            .collect();
        for q in quotes::find(&text, &body, lang) {
            prop_assert!(q.start < q.end && q.end <= text.len());
            prop_assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
            prop_assert_eq!(&text[q.start..q.end], q.text.as_str());
            if let (Some(s), Some(e)) = (q.speaker_start, q.speaker_end) {
                prop_assert!(s <= e && e <= text.len());
                prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            }
        }
    }
}
