//! Each named cue family on lines written for Lede, in several languages, and article
//! sentences that no cue may take.

use lede_analysis::boilerplate::{cue_reasons, features};
use lede_analysis::Lang;

fn reason_of(line: &str) -> Option<String> {
    let f = features::compute(line, Lang::En, None, 0, 1);
    cue_reasons(&[line], &[f]).pop().flatten()
}

#[test]
fn every_cue_line_names_its_family() {
    let data = include_str!("data/boilerplate/cues.tsv");
    let mut failures = Vec::new();
    let mut checked = 0;
    for line in data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let (family, text) = line.split_once('\t').expect("family<TAB>text");
        let got = reason_of(text);
        let want = (family != "-").then(|| format!("cue/{family}"));
        if got != want {
            failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
        }
        checked += 1;
    }
    assert!(checked > 60, "too few fixtures: {checked}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_time_line_introduces_an_inline_related_headline() {
    let lines = [
        "She said the grid would be ready by spring.",
        "14:12",
        "Ferry operators warn of winter delays",
        "“It will take time,” she added.",
        "March 5, 18:02Baltic Council meets in Riga",
        "Latvia asks for a seat at the table",
        "Nov. 19, 2019 8:03 am ET",
        "date 2024-03-14 Economy",
    ];
    let feats: Vec<_> = lines
        .iter()
        .map(|l| features::compute(l, Lang::En, None, 0, 1))
        .collect();
    let reasons = cue_reasons(&lines, &feats);
    let reasons: Vec<Option<&str>> = reasons.iter().map(|r| r.as_deref()).collect();
    assert_eq!(
        reasons,
        [
            None,
            Some("cue/related-time"),
            Some("cue/related"),
            None,
            Some("cue/related"),
            Some("cue/related"),
            Some("dateline/metadata"),
            Some("dateline/metadata"),
        ]
    );
}
