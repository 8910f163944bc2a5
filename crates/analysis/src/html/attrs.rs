//! What an element's name, class, id, role and itemprop say about its content.

use crate::wordlist::Words;
use aho_corasick::AhoCorasick;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// The cues of one element.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ElementCues {
    /// `<article>`, `<main>`, `role=main`, `itemprop=articleBody`.
    pub article: bool,
    /// Class or id names content (article, body, content, story, post …).
    pub positive: bool,
    /// Name, class, id or role names boilerplate (nav, footer, share, related, comment …).
    pub negative: bool,
    /// Names boilerplate that stays boilerplate even inside the article (captions, credits,
    /// share bars, related links, comments, ads, newsletter and donation boxes).
    pub strong_negative: bool,
}

/// Class/id words that name boilerplate, matched as whole words of the attribute.
static NEGATIVE_WORDS: Words = Words::new(concat!(
    "nav navbar navigation menu footer sidebar aside share sharing social related comment ",
    "comments widget breadcrumb breadcrumbs cookie cookies newsletter subscribe subscription ",
    "promo advert advertisement ad ads banner popup modal tags tag pagination pager toolbar ",
    "login search masthead teaser teasers recommended recommendations outbrain taboola disqus ",
    "rating print skip hidden sr byline author meta dateline timestamp date caption credit ",
    "credits signup paywall consent gdpr most popular trending topics keywords header copyright ",
    "legal disclaimer sponsored partner bottom reply respond crumbs ",
));

/// Parts of glued class names that name boilerplate ("commentlist", "sharebar").
static NEGATIVE_PARTS: Words = Words::new(concat!(
    "comment sidebar related share social footer navbar breadcrumb newsletter cookie advert ",
    "promo teaser recommend widget ",
));

/// Parts of class names that name boilerplate even inside the article.
static STRONG_NEGATIVE_PARTS: Words = Words::new(concat!(
    "caption credit copyright comment related newsletter donation advert outbrain taboola plista ",
    "ligatus ",
));

/// Class/id words that name content.
static POSITIVE_WORDS: Words = Words::new(concat!(
    "article content entry post story body text main prose artikel beitrag inhalt detail ",
    "blogpost richtext paragraph ",
));

/// Glued class names that name the article body.
static BODY_NAMES: Words = Words::new(concat!(
    "articlebody article-body article__body article-content articlecontent entry-content ",
    "post-content postcontent post-body story-body storybody article-text articletext ",
    "main-content news-text field-body td-post-content content-body body-text ",
));

/// The word lists as sets and the glued parts as one automaton.
struct Tables {
    negative: FxHashSet<&'static str>,
    positive: FxHashSet<&'static str>,
    /// `BODY_NAMES`, then `NEGATIVE_PARTS`, then `STRONG_NEGATIVE_PARTS`.
    parts: AhoCorasick,
    /// Where `NEGATIVE_PARTS` and `STRONG_NEGATIVE_PARTS` start among `parts`' patterns.
    negative_from: usize,
    strong_from: usize,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| Tables {
        negative: NEGATIVE_WORDS.iter().collect(),
        positive: POSITIVE_WORDS.iter().collect(),
        // a DFA, which the crate picks anyway for so few patterns: naming it leaves the search
        // code of its other automata out of the page (3 KB gzip)
        parts: crate::pattern::built(
            AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(
                    BODY_NAMES
                        .iter()
                        .chain(&NEGATIVE_PARTS)
                        .chain(&STRONG_NEGATIVE_PARTS),
                ),
            "class parts",
        ),
        negative_from: BODY_NAMES.iter().count(),
        strong_from: BODY_NAMES.iter().count() + NEGATIVE_PARTS.iter().count(),
    })
}

/// The cues of an element from its name and attributes.
pub fn element_cues(
    name: &str,
    class: Option<&str>,
    id: Option<&str>,
    role: Option<&str>,
    itemprop: Option<&str>,
) -> ElementCues {
    if matches!(name, "html" | "body") {
        // page-wide classes ("has-sidebar", "comments-open") say nothing about one block
        return ElementCues::default();
    }
    let mut cues = ElementCues {
        article: matches!(name, "article" | "main"),
        negative: matches!(name, "nav" | "footer" | "aside" | "form" | "menu"),
        strong_negative: matches!(name, "figcaption" | "aside"),
        ..ElementCues::default()
    };
    if let Some(role) = role {
        let role = role.to_ascii_lowercase();
        cues.article |= role == "main" || role == "article";
        cues.negative |= matches!(
            role.as_str(),
            "navigation" | "banner" | "contentinfo" | "complementary" | "menu" | "search"
        );
    }
    if itemprop.is_some_and(|p| p.to_ascii_lowercase().contains("articlebody")) {
        cues.article = true;
        cues.positive = true;
    }
    let tables = tables();
    for value in [class, id].into_iter().flatten() {
        let lower = value.to_ascii_lowercase();
        for m in tables.parts.find_overlapping_iter(lower.as_str()) {
            let i = m.pattern().as_usize();
            if i < tables.negative_from {
                cues.positive = true;
                cues.article = true;
            } else if i < tables.strong_from {
                cues.negative = true;
            } else {
                cues.strong_negative = true;
            }
        }
        for word in lower.split(|c: char| !c.is_ascii_alphanumeric()) {
            if tables.negative.contains(word) {
                cues.negative = true;
            } else if tables.positive.contains(word) {
                cues.positive = true;
            }
        }
    }
    if cues.article {
        cues.negative = false;
        cues.strong_negative = false;
    }
    cues
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_words() {
        assert!(element_cues("div", Some("site-nav dark"), None, None, None).negative);
        assert!(element_cues("div", Some("entry-content"), None, None, None).article);
        assert!(element_cues("div", None, Some("story"), None, None).positive);
        assert!(!element_cues("div", Some("header-image-heading"), None, None, None).positive);
        assert!(element_cues("nav", None, None, None, None).negative);
        assert!(element_cues("div", None, None, Some("navigation"), None).negative);
        let header = element_cues("div", Some("reading-head"), None, None, None);
        assert!(!header.negative && !header.positive);
    }
}
