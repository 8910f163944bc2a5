//! One test per fixed bug, each named for what went wrong.

use lede_analysis::{analyze, config::parse_reference, Analysis, Config};

/// Analyses `text`, then its cleaned body; asserts that the body keeps itself whole and returns
/// both analyses.
fn clean_twice(text: &str) -> (Analysis, Analysis) {
    let config = Config::default();
    let once = analyze(text, &config);
    let twice = analyze(&once.body, &config);
    assert_eq!(twice.body, once.body);
    (once, twice)
}

/// A wide space (U+2000, three bytes) before a date made the word-before lookup slice inside it.
#[test]
fn multibyte_space_before_a_date() {
    let text = "\u{2000}\u{16af0} December 16, 11:47";
    let config = Config {
        reference: Some(parse_reference("2022-12-19").unwrap()),
        keep_all: true,
        ..Config::default()
    };
    let a = analyze(text, &config);
    assert!(
        a.timeline.iter().any(|t| t.value == "2022-12-16T11:47"),
        "{:?}",
        a.timeline
    );
}

/// A published-time meta value with a multi-byte character before byte 10 made the ISO
/// prefix slice fall inside it (found by the analyze_html fuzz target).
#[test]
fn multibyte_character_inside_a_markup_date() {
    let html = "<html><head><meta property=\"article:published_time\" content=\"2024-03ß€-14\"></head>\
                <body><article><p>The harbour reopened on Monday after a long winter of repairs.</p></article></body></html>";
    let a = analyze(
        html,
        &Config {
            input: lede_analysis::InputKind::Html,
            ..Config::default()
        },
    );
    assert!(a.text.contains("The harbour reopened"));
}

/// Lines said twice were taken for teaser cards, so an article pasted two times lost its whole
/// body (the 20 MB CLI test repeats the example).
#[test]
fn an_article_pasted_twice_keeps_its_body() {
    let example = include_str!("data/articles/example/input.txt");
    let once = analyze(example, &Config::default());
    let twice = analyze(&format!("{example}\n\n{example}"), &Config::default());
    let kept = |a: &lede_analysis::Analysis| a.blocks.iter().filter(|b| b.kept).count();
    assert!(
        kept(&twice) >= 2 * kept(&once) - 2,
        "once {} twice {}",
        kept(&once),
        kept(&twice)
    );
}

/// Every start tag scanned all open elements (for SVG/MathML) and every block copied its
/// whole ancestry: 100 000 nested `<div>` took 40 s. Cues of distant ancestors still count.
#[test]
fn deep_nesting_keeps_distant_cues_and_bounded_ancestry() {
    let depth = 5_000;
    let html = format!(
        "<article class=\"story\">{}<p>The ferry resumed service on Monday after the storm.</p>{}</article>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let doc = lede_analysis::document::prepare(&html, lede_analysis::InputKind::Html);
    let markup = doc.blocks[0]
        .markup
        .as_ref()
        .expect("HTML blocks carry markup");
    assert!(
        markup.in_article,
        "the <article> {depth} levels up still counts"
    );
    assert!(
        (1..=128).contains(&markup.ancestors.len()),
        "{} ancestors recorded",
        markup.ancestors.len()
    );
    // an end tag deeper than the recorded ancestry is ignored, not searched for
    let stray = format!("{}text{}", "<div>".repeat(depth), "</i>".repeat(depth));
    assert_eq!(
        lede_analysis::document::prepare(&stray, lede_analysis::InputKind::Html).text,
        "text"
    );
}

/// The language was guessed over the whole paste, so a removed line ("w…3 minutes read") tipped
/// it to Polish and the body, cleaned again in English, lost a line: cleaning was not
/// idempotent (found by the property test). The language now comes from the blocks no cue
/// removes.
#[test]
fn a_removed_line_does_not_decide_the_language() {
    let text = "w\u{1f0a0}3 minutes read\n\u{a1}0 \u{10107}i \u{1d2e0}W \u{2d7f}0A \u{1d50d} \
                \u{a1}aA December 16, 11:47 said  she said.\n<p>\u{201c}";
    let (once, twice) = clean_twice(text);
    assert_eq!(once.metadata.lang, twice.metadata.lang);
}

/// A one-letter line ("u", a Polish word) left uncued tipped the guess to Polish; in Polish the
/// fallback kept a line that the cleaned body, read in English, dropped: cleaning was not
/// idempotent (found by the property test). The blocks are now classified again in the
/// language of the body they keep.
#[test]
fn a_stray_word_does_not_decide_the_language_of_the_body() {
    let text = "\u{201c}A  AaAAaAA\u{201c}\u{201c},..aA.,B.. December 16, 11:47\u{201c}b,i.b, \
                m.aaa, aA .\nA0b0\u{1d51e}\u{1a60} 0W[b,b..B, December 16, 11:47\u{201c}\u{201c}\
                Putin\nu";
    let (once, twice) = clean_twice(text);
    assert_eq!(once.metadata.lang, twice.metadata.lang);
}

/// The cascade accepted a stage that kept a quarter of the text. On the cleaned body, a
/// quarter was less, so a stricter stage passed and dropped a line: cleaning was not
/// idempotent (found by the property test). A stage is now accepted at a fixed 200 characters.
#[test]
fn the_cascade_meets_the_same_bar_on_the_cleaned_body() {
    let text = "\u{2014} said  she said. December 16, 11:47 the ten months she said.\u{201c}\n\
                aaa, a  a.J E..Bf AA, \u{8e3}aA\u{1f030}\u{1128f}\u{ea7}\u{11d08}\u{3a3}00 \
                \u{2db8}\u{1032d}\u{ae}\u{10c00}\u{ae}\u{a1}\u{a1}  0  said \u{74d}a\u{1138e}0a\
                \u{1cd0}\u{10400} 19.12.2022 the ten months 26 mins ago said \u{ae} \u{11c00} \
                aaa\u{b9c}\u{ae}AA\u{1e2c0}0\u{17e0}A \u{17f0}\u{113b7}aaa\u{1c90} December 16, \
                11:47 said  said \u{201c}\u{201c} December 16, 11:47\n said  26 mins ago";
    clean_twice(text);
}

/// In a fallback stage, a line kept beside a removed date line lost that neighbour once the
/// body was cleaned again, and was dropped then: cleaning was not idempotent (found by the
/// property test). When a fallback keeps the body, the body is now cleaned again until it keeps
/// itself.
#[test]
fn a_body_kept_by_a_fallback_keeps_itself() {
    let text = "3 minutes read0  \u{13000}\u{16f8f} December 16, 11:47\u{201c} the ten \
                monthsPutinPutinPutin the ten months\u{201c}\u{201c} December 16, 11:47 said \
                \u{201c} she said.M U aA.  said Putin\n 19.12.2022\nA a AaaaAA,A,a a,A ,A,aaa \
                aa \u{201c}. A ,aA,a,,. a.A A said  she \
                said.\n\u{16100}AA0\u{11400}\u{108fb}0a\u{ae}A\u{1318}\u{118a0}Aa\u{10d30}\u{ffd2}\u{1ee42}\u{a1}\u{acb}a0 \
                \u{37a} \u{1940}\u{a85} \u{1f0c1}\u{fbd3}\u{1bfc}";
    clean_twice(text);
}
