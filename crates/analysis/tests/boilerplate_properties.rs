//! Properties of the blocks on any input: in order, without overlap, on char boundaries,
//! inside the text, each with a reason.

use lede_analysis::{analyze, Config, InputKind};
use proptest::prelude::*;

fn check(input: &str, kind: InputKind) -> Result<(), TestCaseError> {
    let a = analyze(
        input,
        &Config {
            input: kind,
            ..Config::default()
        },
    );
    let mut last_end = 0;
    for b in &a.blocks {
        prop_assert!(b.start < b.end && b.end <= a.text.len());
        prop_assert!(b.start >= last_end, "blocks overlap or go backwards");
        prop_assert!(a.text.is_char_boundary(b.start) && a.text.is_char_boundary(b.end));
        prop_assert!(!b.reason.is_empty());
        last_end = b.end;
    }
    Ok(())
}

proptest! {
    #[test]
    fn plain_text_blocks_are_well_formed(
        lines in proptest::collection::vec("[a-zA-Zäöüß€“” .,:0-9\t-]{0,80}", 0..30)
    ) {
        check(&lines.join("\n"), InputKind::Text)?;
    }

    #[test]
    fn html_blocks_are_well_formed(
        parts in proptest::collection::vec(
            prop_oneof![
                Just("<p>".to_string()), Just("</p>".to_string()), Just("<div class=nav>".to_string()),
                Just("</div>".to_string()), Just("<a href=x>".to_string()), Just("</a>".to_string()),
                Just("<li>".to_string()), Just("<script>x<y</script>".to_string()), Just("&amp;".to_string()),
                "[a-zA-Zé .,0-9]{0,40}",
            ],
            0..40,
        )
    ) {
        check(&parts.concat(), InputKind::Html)?;
    }
}
