//! Tense around a mention: does its clause speak of the past or the future? News mode reads
//! a bare weekday or month as past unless the verb that governs it says otherwise.
//!
//! The governing verb usually stands before the expression ("officials met Tuesday", "the
//! board will meet Tuesday"), so the nearest cue before it decides; only a sentence that
//! opens with the expression ("On Tuesday, the league plans…") is read forward.

use super::grammar::floor_char;
use crate::case::ToLower;
use crate::model::Span;
use crate::wordlist::Words;
use std::borrow::Cow;

/// What the clause around a mention says about its time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    /// No cue: news mode leans to the past, a little.
    #[default]
    Unknown,
}

/// Words that put a clause in the future.
static FUTURE: Words = Words::new(concat!(
    "will 'll ’ll shall won't won’t would until soon scheduled planning upcoming slated wird ",
    "werden va vont sera будет будут ",
));

/// Verbs in the present that tell of a scheduled event ("the two leaders meet Monday"); as
/// nouns after a determiner ("the vote Tuesday") they say nothing.
static SCHEDULED: Words = Words::new(concat!(
    "meet meets begin begins open opens resume resumes start starts arrive arrives leave leaves ",
    "return returns vote votes visit visits ",
));

/// Words that put a clause in the future when the next word is "to" or "for" ("set to
/// resume", "is to meet", "planned to leave", "scheduled for").
static FUTURE_BEFORE_TO: Words = Words::new(concat!(
    "set is are going due ready poised plan plans planned planning expected expects expect ",
    "intends intend intended ",
));

/// Words of agreement whose infinitive lies ahead ("agreed to buy the unit in February"),
/// unlike their object ("agreed to the terms in February").
const AGREED: &[&str] = &["agree", "agrees", "agreed", "agreement"];

/// Verbs of planning whose object lies ahead even when the plan is told in the past.
static PLANNED: Words = Words::new("planned planning plans plan expected scheduled");

/// Words that put a clause in the past (besides any word ending in "-ed").
static PAST: Words = Words::new(concat!(
    "said was were had did told began took made came went rose fell won lost met left held sold ",
    "bought paid ago last earlier got gave saw knew thought became found hit shot led ran spent ",
    "broke fought kept brought spoke wrote flew drove struck sent since ",
));

/// How far back the governing verb is looked for, in words.
const BACK_WORDS: usize = 20;
/// How far forward, in words, when no cue stands before the expression.
const FORWARD_WORDS: usize = 14;
/// How far forward when the expression opens its sentence ("In January, a week after the
/// vote, a storm killed…"): the main verb may stand after a long opening phrase.
const OPENING_FORWARD_WORDS: usize = 30;
/// The words read before the expression: the governing verb's reach, and the two words
/// before the farthest that tell a participle or a pluperfect.
const BEFORE_WORDS: usize = BACK_WORDS + 3;
/// The words read after it: the longer reach, and the word after its last.
const AFTER_WORDS: usize = OPENING_FORWARD_WORDS + 1;
/// No window reaches further, in bytes, so a "word" as long as a page costs no more.
const WINDOW_BYTES: usize = 2048;

/// The word without the punctuation around it, in lower case (borrowed when it already was).
fn clean(w: &str) -> Cow<'_, str> {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(w.to_lower())
    }
}

/// Words that, standing right before the expression, set a deadline or a start ahead
/// ("by February", "effective Feb. 1").
const AHEAD_MARKERS: &[&str] = &["by", "through", "till", "effective", "starting"];

/// Words before a participle that make it an adjective ("a still unspecified date"), or
/// before a verb form that make it a noun ("the vote").
static DETERMINERS: Words = Words::new(concat!(
    "a an the its their his her this that these those our your my still newly so-called ",
    // the articles of the other languages, whose nouns can look like English verbs
    "le la les un une der die das ein eine el los las il lo gli um uma ",
));

/// The tense cue of word `w`, given the words around it; `forward` when it follows the
/// expression (then a plan in the past tense is no future: "On Friday, the city planned
/// to…" tells of a plan made on Friday).
fn cue(prev: Option<&str>, w: &str, next: Option<&str>, forward: bool) -> Option<Tense> {
    let w = clean(w);
    let w: &str = &w;
    if w.is_empty() {
        return None;
    }
    let next = next.map(clean).unwrap_or_default();
    let next: &str = &next;
    let before_to =
        next == "to" || (next == "for" && ["set", "scheduled", "slated", "due"].contains(&w));
    if FUTURE.has(w)
        || w.ends_with("'ll")
        || w.ends_with("’ll")
        || (before_to && ["is", "are"].contains(&w))
        || (before_to && FUTURE_BEFORE_TO.has(w) && !(forward && w.ends_with("ed")))
    {
        return Some(Tense::Future);
    }
    // "protesters planned a march on Saturday": what was planned is still ahead (not "a
    // service planned for Saturday", "as planned")
    const OBJECT_START: &[&str] = &["a", "an", "another", "the", "their", "its", "his", "her"];
    if !forward && PLANNED.has(w) && OBJECT_START.contains(&next) {
        return Some(Tense::Future);
    }
    let after_determiner = prev.is_some_and(|p| DETERMINERS.has(clean(p).as_ref()));
    if SCHEDULED.has(w) && !after_determiner {
        return Some(Tense::Future);
    }
    let adjective = w.starts_with("un") || after_determiner;
    // "-ed" marks the past, but not in "succeed", "need", "indeed"
    let past_form = w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed");
    if PAST.has(w) || (past_form && !adjective) {
        Some(Tense::Past)
    } else {
        None
    }
}

/// The tense of the clause holding `span`: the nearest cue before it within its sentence,
/// else the first cue after it.
pub fn tense_at(text: &str, span: Span) -> Tense {
    // the sentence, as far as the words read reach: a text with no sentence stop costs the
    // same per expression as one with many
    let start = sentence_start(text, window_start(text, span.start), span.start);
    let end = sentence_end(text, span.end, window_end(text, span.end));
    tense_in(text, span, start, end)
}

/// The tense of `span` in its sentence, `start..end`.
fn tense_in(text: &str, span: Span, start: usize, end: usize) -> Tense {
    let before: Vec<&str> = text[start..span.start].split_whitespace().collect();
    let after: Vec<&str> = text[span.end..end].split_whitespace().collect();
    let n = before.len();
    let lead: String = before[n.saturating_sub(3)..].join(" ").to_lower();
    if lead.ends_with("as early as") || lead.ends_with("as soon as") || lead.ends_with("ahead of") {
        return Tense::Future;
    }
    if before
        .last()
        .is_some_and(|w| AHEAD_MARKERS.contains(&clean(w).as_ref()))
    {
        // "had filed reports by Wednesday": a deadline already past
        let pluperfect = before[n.saturating_sub(8)..]
            .iter()
            .any(|w| clean(w) == "had");
        return if pluperfect {
            Tense::Past
        } else {
            Tense::Future
        };
    }
    // "Until Thursday, they had not called him": a deadline the clause after puts in the past
    let deadline = before
        .last()
        .is_some_and(|w| ["until", "till"].contains(&clean(w).as_ref()));
    let reach = if n <= 1 {
        OPENING_FORWARD_WORDS
    } else {
        FORWARD_WORDS
    };
    if deadline && forward_cue(&after, reach) == Some(Tense::Past) {
        return Tense::Past;
    }
    // "Wednesday's ruling": a possessive names a known event, which a conditional ("they
    // would appeal Wednesday's ruling") does not move ahead
    let possessive = text[span.end..].starts_with("'s") || text[span.end..].starts_with("’s");
    for d in 0..n.min(BACK_WORDS) {
        let i = n - 1 - d;
        if possessive && clean(before[i]) == "would" {
            continue;
        }
        let prev = i.checked_sub(1).map(|p| before[p]);
        let next = before.get(i + 1).copied().or(Some(span.of(text)));
        if AGREED.contains(&clean(before[i]).as_ref())
            && next.is_some_and(|w| clean(w) == "to")
            && before.get(i + 2).is_some_and(|w| infinitive_after_to(w))
        {
            return Tense::Future;
        }
        match cue(prev, before[i], next, false) {
            // a participle after "be" ("will be held") takes the tense of the auxiliary
            Some(Tense::Past)
                if prev.is_some_and(|p| ["be", "been", "being"].contains(&clean(p).as_ref())) =>
            {
                continue
            }
            // "the offer had been due to expire Friday": a plan told in the pluperfect was
            // for a time already past
            Some(Tense::Future) if pluperfect_before(&before[..i]) => return Tense::Past,
            Some(t) => return t,
            None => {}
        }
    }
    forward_cue(&after, reach).unwrap_or_default()
}

/// True when `w`, after "to", can start an infinitive: a word in lower case, not an
/// article, a possessive or an object pronoun ("to the terms", "to it").
fn infinitive_after_to(w: &str) -> bool {
    let w = clean(w);
    let w: &str = &w;
    w.starts_with(char::is_lowercase)
        && !DETERMINERS.has(w)
        && !["it", "them", "him", "us", "me", "you", "all", "both"].contains(&w)
}

/// True when the words end in "had" or "had been" (the auxiliary of a plan such as "had
/// been scheduled to").
fn pluperfect_before(words: &[&str]) -> bool {
    let n = words.len();
    let last = |k: usize| n.checked_sub(k).map(|i| clean(words[i]));
    last(1).as_deref() == Some("had")
        || (last(1).as_deref() == Some("been") && last(2).as_deref() == Some("had"))
}

/// The first tense cue among the words after the expression.
fn forward_cue(after: &[&str], reach: usize) -> Option<Tense> {
    for (i, w) in after.iter().enumerate().take(reach) {
        let prev = i.checked_sub(1).map(|p| after[p]);
        if let Some(t) = cue(prev, w, after.get(i + 1).copied(), true) {
            return Some(t);
        }
    }
    None
}

/// True when the clause of `span` speaks of the future.
pub fn leans_future(text: &str, span: Span) -> bool {
    tense_at(text, span) == Tense::Future
}

/// Where the [`BEFORE_WORDS`] words before `pos` start (at most [`WINDOW_BYTES`] back).
fn window_start(text: &str, pos: usize) -> usize {
    let floor = floor_char(text, pos.saturating_sub(WINDOW_BYTES));
    let mut words = text[floor..pos].split_whitespace().rev().take(BEFORE_WORDS);
    match words.nth(BEFORE_WORDS - 1) {
        Some(word) => word.as_ptr() as usize - text.as_ptr() as usize,
        None => floor,
    }
}

/// Where the [`AFTER_WORDS`] words after `pos` end (at most [`WINDOW_BYTES`] on).
fn window_end(text: &str, pos: usize) -> usize {
    let ceiling = floor_char(text, pos + WINDOW_BYTES);
    let mut words = text[pos..ceiling].split_whitespace();
    match words.nth(AFTER_WORDS - 1) {
        Some(word) => word.as_ptr() as usize - text.as_ptr() as usize + word.len(),
        None => ceiling,
    }
}

/// Where the sentence holding `pos` starts, looked for from `from` on (`from` when it starts
/// before): after the last `.`, `!`, `?` or `;` that is followed by a space and a capital (so
/// "U.S. officials" does not end a sentence), or a line break.
fn sentence_start(text: &str, from: usize, pos: usize) -> usize {
    let head = &text[..pos];
    let mut end = head.len();
    while let Some(i) = head.as_bytes()[from..end]
        .iter()
        .rposition(stop_byte)
        .map(|i| from + i)
    {
        let after = &head[i + 1..];
        let ends = head.as_bytes()[i] == b'\n'
            || head.as_bytes()[i] == b';'
            || !abbreviation_at(head, i)
                && after.starts_with(char::is_whitespace)
                && after
                    .trim_start()
                    .starts_with(|c: char| c.is_uppercase() || c == '"' || c == '`' || c == '“');
        if ends {
            return i + 1;
        }
        end = i;
    }
    from
}

/// True when the full stop at `i` ends an abbreviation ("vs.", "Gen.", "J."), not a sentence.
fn abbreviation_at(text: &str, i: usize) -> bool {
    static ABBREVIATIONS: Words = Words::new(concat!(
        "vs v mr mrs ms dr st gen sen rep gov lt col sgt capt adm maj jr sr prof rev hon pres ",
        "messrs ",
    ));
    if text.as_bytes()[i] != b'.' {
        return false;
    }
    let word = text[..i]
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    // an initial ("J. Smith"), not the end of "U.S."
    let before = text[..i - word.len()].chars().next_back();
    let single_capital = word.chars().count() == 1
        && word.starts_with(char::is_uppercase)
        && before.is_none_or(char::is_whitespace);
    single_capital || ABBREVIATIONS.has(word.to_lower().as_str())
}

/// `.`, `!`, `?`, `;` or a line break: the bytes that may end a sentence (UTF-8 holds them
/// only as themselves).
fn stop_byte(b: &u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | b'\n' | b';')
}

/// Where the sentence holding `pos` ends, looked for up to `until` (`until` when it ends
/// after; the same boundaries as [`sentence_start`]).
fn sentence_end(text: &str, pos: usize, until: usize) -> usize {
    let mut from = pos;
    while let Some(off) = text.as_bytes()[from..until].iter().position(stop_byte) {
        let i = from + off;
        let after = &text[i + 1..];
        let ends = matches!(text.as_bytes()[i], b'\n' | b';')
            || after.is_empty()
            || !abbreviation_at(text, i)
                && after.starts_with(char::is_whitespace)
                && after
                    .trim_start()
                    .starts_with(|c: char| c.is_uppercase() || c == '"' || c == '`' || c == '“');
        if ends {
            return i;
        }
        from = i + 1;
    }
    until
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tense(marked: &str) -> Tense {
        let open = marked.find('[').unwrap();
        let close = marked.find(']').unwrap();
        let text = marked.replace(['[', ']'], "");
        tense_at(&text, Span::new(open, close - 1))
    }

    proptest::proptest! {
        /// Reading only the words within reach gives the tense of the whole sentence.
        #[test]
        fn the_words_within_reach_give_the_tense_of_the_whole_sentence(
            words in proptest::collection::vec(proptest::prop_oneof![
                // mostly words that tell no tense and end no sentence, so that sentences are
                // long and their cues far apart
                12 => proptest::sample::select(&[
                    "the", "vote", "Officials", "on", "of", "it", "—", "U.S.", "Mr.", "Then",
                    "as", "soon", "ahead", "to", "by", "until",
                ][..]),
                1 => proptest::sample::select(&[
                    "will", "met", "said", "had", "been", "be", "agreed", "plans", "is",
                    "expected", "would", "held", "scheduled", "resume", "end.", "\n",
                ][..]),
            ], 0..120),
            // often at the start, where the tense is read forward, farther
            at in proptest::prop_oneof![1 => proptest::strategy::Just(0usize), 3 => 0usize..120],
        ) {
            let at = at.min(words.len());
            let text = [&words[..at], &["Tuesday"], &words[at..]].concat().join(" ");
            let start = words[..at].iter().map(|w| w.len() + 1).sum::<usize>();
            let span = Span::new(start, start + "Tuesday".len());
            let whole = tense_in(
                &text,
                span,
                sentence_start(&text, 0, span.start),
                sentence_end(&text, span.end, text.len()),
            );
            proptest::prop_assert_eq!(tense_at(&text, span), whole, "{}", text);
        }
    }

    #[test]
    fn the_governing_verb_before_the_expression_decides() {
        assert_eq!(tense("Officials met [Tuesday] in Riga."), Tense::Past);
        assert_eq!(tense("The board will meet [Tuesday]."), Tense::Future);
        assert_eq!(
            tense("The ferry will double its sailings by [August] in the search for untouched markets."),
            Tense::Future
        );
        assert_eq!(tense("Talks are set to resume [Monday]."), Tense::Future);
        assert_eq!(
            tense("The crew planned to leave on [Thursday]."),
            Tense::Future
        );
        assert_eq!(tense("The vote will be held on [Tuesday]."), Tense::Future);
    }

    #[test]
    fn a_sentence_opening_with_the_expression_reads_forward() {
        assert_eq!(
            tense("On [Tuesday], the league plans to vote."),
            Tense::Future
        );
        assert_eq!(
            tense("[Friday], the mayor said the port was shut."),
            Tense::Past
        );
        assert_eq!(tense("[Friday] is a holiday."), Tense::Unknown);
    }
}
