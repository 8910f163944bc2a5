//! The end of a page: an "About the author" heading and the biography under it, a
//! contributor's biography sentence, and teaser lines a page repeats. Lines written for Lede.

use lede_analysis::{analyze, Config};

/// Four paragraphs of an article, long enough for its end to be recognised.
const STORY: &str = "The harbour authority of Velmora said on Tuesday that the northern pier would reopen in May, two months later than planned, after divers found that the storm had undermined three of its pillars.\n\n\
The repairs will cost the town about four million euros, most of which the regional government has promised to pay, according to a letter seen by the Harbour Gazette.\n\n\
Fishermen who moor their boats at the pier have used the southern quay since January, and many of them say that the longer walk to the market has cost them customers and time.\n\n\
The mayor told a meeting of the council that she would ask the engineers for a weekly report, and that the town would compensate the market traders for the months of lost business.\n\n\
Work on the pillars is to begin next week, once the last of the winter storms has passed, and the authority expects the divers to finish their survey of the southern quay by the end of March.\n\n\
Traders at the market welcomed the news but said that the town should have acted in the autumn, when the first cracks were reported by the crew of a trawler that had moored there for the night.\n\n\
The engineers expect that the pier will need a full inspection every spring from now on, and the council has asked the authority to publish the results of each survey on its website.\n\n\
A spokesman for the regional government confirmed the promise of money on Wednesday, adding that the first payment would reach the town before the summer holidays began.\n\n\
Until then the ferry to the islands will leave from the southern quay as well, and the timetable published in January remains valid for the rest of the winter season.\n\n";

fn kept_lines(text: &str) -> Vec<String> {
    let a = analyze(text, &Config::default());
    a.blocks
        .iter()
        .filter(|b| b.kept)
        .map(|b| text[b.start..b.end].trim().to_string())
        .collect()
}

fn reason_of(text: &str, line: &str) -> String {
    let a = analyze(text, &Config::default());
    a.blocks
        .iter()
        .find(|b| text[b.start..b.end].trim() == line)
        .map(|b| b.reason.clone())
        .expect("line is a block")
}

#[test]
fn the_biography_under_an_author_heading_goes() {
    let bio = "Mira Castell has covered the coast for the Harbour Gazette since 2015 and lives in Velmora with two cats.";
    let text = format!("{STORY}About the author\n\nMira Castell\n\n{bio}\n");
    let kept = kept_lines(&text);
    assert!(!kept.iter().any(|l| l == bio), "{kept:?}");
    assert_eq!(reason_of(&text, bio), "cue/author-bio");
    assert!(kept.iter().any(|l| l.starts_with("The harbour authority")));
}

#[test]
fn an_author_heading_at_the_top_is_a_label_and_the_story_stays() {
    let text = format!("Author\n\nMira Castell\n\n{STORY}");
    let kept = kept_lines(&text);
    assert!(
        kept.iter().any(|l| l.starts_with("The harbour authority")),
        "{kept:?}"
    );
}

#[test]
fn a_contributor_biography_sentence_after_the_story_goes() {
    let bio =
        "Mira Castell is a senior reporter for the Harbour Gazette, covering fisheries and ports.";
    let text = format!("{STORY}{bio}\n");
    assert_eq!(reason_of(&text, bio), "cue/author-bio");
}

#[test]
fn teaser_lines_the_page_repeats_go_and_the_story_stays() {
    let teaser = "Ferry operators warn of longer winter delays";
    let text = format!("{STORY}Coast Desk\n\n{teaser}\n\n{teaser}\n\nCoast Desk\n\nNew lighthouse keeper starts in April\n\nCoast Desk\n");
    assert_eq!(reason_of(&text, teaser), "cue/repeated");
    assert_eq!(reason_of(&text, "Coast Desk"), "cue/repeated");
    let kept = kept_lines(&text);
    let paragraphs = STORY.split("\n\n").filter(|p| !p.trim().is_empty()).count();
    assert_eq!(kept.len(), paragraphs, "{kept:?}");
}

#[test]
fn a_line_of_few_words_said_twice_in_the_story_stays() {
    let text = format!("{STORY}Stir and wait\n\nThe mayor repeated the list.\n\nStir and wait\n");
    assert_ne!(reason_of(&text, "Stir and wait"), "cue/repeated");
}
