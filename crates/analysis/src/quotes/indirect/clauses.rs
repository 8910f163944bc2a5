//! Clauses around a report in the same sentence: a report before a coordinated cue ("called
//! both plans reckless and said …"), a new speaker who takes over ("…, and Oren Falk said
//! that …"), a cue in an as-clause ("as the coach noted, …"), and the words on both sides of
//! a cue set between commas ("The plan, an aide said, is …").

use super::{count_words, in_sentence, starts_with_conjunction, Reported, MIN_CONTENT_WORDS};
use crate::model::Span;
use crate::quotes::attribution::{Attribution, CueMatch};
use crate::quotes::cues::Lexicon;
use crate::quotes::speaker::{Phrase, PhraseKind};
use crate::quotes::tokens::{lower, Word};

/// "As Lena Holt said last week, the pier …": a cue in an as-clause gives the words after
/// its comma (a short phrase of time may follow the verb).
pub(super) fn as_clause(
    text: &str,
    words: &[Word],
    cue: &CueMatch,
    speaker: Phrase,
    sentence: Span,
    a: usize,
) -> Option<Reported> {
    if cue.speaker_follows || speaker.span.start > words[cue.first].start {
        return None;
    }
    let at = words.partition_point(|w| w.start < speaker.span.start);
    if at <= a || lower(words[at - 1].of(text)) != "as" {
        return None;
    }
    let rest = &text[words[cue.last].end..sentence.end];
    let comma = rest.find(',')?;
    if count_words(&rest[..comma]) > 4 || rest[..comma].contains(['.', ';', ':', '"', '“']) {
        return None;
    }
    let from = words[cue.last].end + comma + 1;
    let body = text[from..sentence.end]
        .trim_end_matches(|c: char| c.is_whitespace() || ".!?;:\"”’»)".contains(c));
    let content = crate::document::trimmed(text, Span::new(from, from + body.len()))?;
    // a quotation in the words is read as one; "and …" goes on with another clause
    if count_words(content.of(text)) < MIN_CONTENT_WORDS
        || content.of(text).contains(['“', '"', '«', '„'])
        || starts_with_conjunction(text, words, content)
    {
        return None;
    }
    Some(Reported {
        content,
        attribution: Attribution {
            cue: cue.span(words),
            speaker: Some(speaker),
        },
        rule: "indirect/as-cue",
        plain: false,
    })
}

/// ", and Maria Lopez said that …": the conjunction after a comma and the subject between it
/// and the verb at `cue` (a name or a person's role, found within six words).
pub(super) fn other_speaker(
    text: &str,
    words: &[Word],
    from: usize,
    cue: usize,
    lex: &Lexicon,
) -> Option<(usize, Phrase)> {
    // the boundary: ", and", ", but", ", while" — or a bare comma right before the subject
    let lo = from.max(cue.saturating_sub(7));
    let and = (lo..cue.saturating_sub(1)).rev().find(|&k| {
        matches!(lower(words[k].of(text)).as_str(), "and" | "but" | "while")
            && k > 0
            && text[words[k - 1].end..words[k].start].contains(',')
    });
    let p = match and {
        Some(k) => crate::quotes::speaker::subject_before(text, words, cue, words[k].end, lex)?,
        None => crate::quotes::speaker::subject_before(text, words, cue, words[lo].start, lex)?,
    };
    let at = words.partition_point(|w| w.start < p.span.start);
    let (and, starts_after) = match and {
        // "and harbour master Oren Falk said": a few words of role may stand before the name
        Some(k) => (
            k,
            at > k
                && at <= k + 3
                && !text[words[k].end..p.span.start].contains([',', ';', '(', '"', '“']),
        ),
        // "…, Lewandowski said he …": the subject opens right after the comma
        None => (
            at,
            at > from + 1 && text[words[at - 1].end..p.span.start].trim() == ",",
        ),
    };
    let person = match p.kind {
        PhraseKind::Name | PhraseKind::Pronoun => true,
        PhraseKind::Nominal => crate::quotes::names_people(p.span.of(text)),
    };
    (starts_after && person).then_some((and, p))
}

/// A report before the one found, in a verb phrase coordinated with it: "Graham called
/// both candidates crazy and said …" — the stretch before the "and" read again, verbs of
/// attitude included.
pub(super) fn earlier_report(
    text: &str,
    words: &[Word],
    r: &Reported,
    sentence: Span,
    lex: &Lexicon,
) -> Option<Reported> {
    if r.rule != "indirect/content-after-cue" {
        return None;
    }
    let cue = words.partition_point(|w| w.start < r.attribution.cue.start);
    let a = words.partition_point(|w| w.start < sentence.start);
    // back over "also", "then" or a pronoun to the conjunction
    let mut c = cue.checked_sub(1)?;
    while c > a
        && c + 2 >= cue
        && matches!(lower(words[c].of(text)).as_str(), "also" | "then" | "later")
    {
        c -= 1;
    }
    if c <= a || !matches!(lower(words[c].of(text)).as_str(), "and" | "but") {
        return None;
    }
    let region = Span::new(sentence.start, words[c - 1].end);
    let earlier = in_sentence(text, words, region, lex, true)?;
    (earlier.content.end <= words[c].start && count_words(earlier.content.of(text)) >= 2)
        .then_some(earlier)
}

/// The reported words before a cue set between commas ("The plan, an aide said, is …"):
/// from the sentence start to the comma before the speaker.
pub(super) fn head_before(text: &str, r: &Reported, sentence: Span) -> Option<Reported> {
    let cue = r.attribution.cue;
    let (first, last) = r.attribution.speaker.map_or((cue.start, cue.end), |p| {
        (p.span.start.min(cue.start), p.span.end.max(cue.end))
    });
    if first <= sentence.start || r.content.start < last {
        return None;
    }
    let before = text[sentence.start..first].trim_end();
    let after = text[last..r.content.start].trim();
    // "…, the partner told them, …": a listener may follow the cue
    let listener = after.ends_with(',') && count_words(after) == 1;
    if !before.ends_with(',') || !after.starts_with(',') && !listener {
        return None;
    }
    let body = before[..before.len() - 1].trim_end_matches(|c: char| c.is_whitespace());
    let content =
        crate::document::trimmed(text, Span::new(sentence.start, sentence.start + body.len()))?;
    let s = content.of(text);
    // a quotation or a clause with a comma of its own is read elsewhere
    if s.contains(['“', '"', '”', ',']) || count_words(s) == 0 {
        return None;
    }
    // "In addition, according to the ministry, …": a link between sentences, not words
    // of the source
    let linker = s.split_whitespace().all(|w| {
        matches!(
            lower(w).as_str(),
            "in" | "addition"
                | "however"
                | "meanwhile"
                | "moreover"
                | "furthermore"
                | "also"
                | "instead"
                | "still"
                | "but"
                | "and"
                | "so"
                | "yet"
                | "thus"
                | "indeed"
                | "fact"
                | "for"
                | "example"
                | "instance"
        )
    });
    if linker && r.rule == "indirect/according-to" {
        return None;
    }
    Some(Reported {
        content,
        attribution: r.attribution,
        rule: "indirect/content-before-parenthetical-cue",
        plain: r.plain,
    })
}

/// The reported words after a cue set between commas, to the end of the sentence.
pub(super) fn tail_after(text: &str, r: &Reported, sentence: Span) -> Option<Reported> {
    let after_cue = r.attribution.speaker.map_or(r.attribution.cue.end, |p| {
        p.span.end.max(r.attribution.cue.end)
    });
    let rest = &text[after_cue..sentence.end];
    let rest_trim = rest.trim_start();
    if !rest_trim.starts_with(',') {
        return None;
    }
    let from = after_cue + (rest.len() - rest_trim.len()) + 1;
    let body = text[from..sentence.end]
        .trim_end_matches(|c: char| c.is_whitespace() || ".!?;:\"”’»)".contains(c));
    let content = crate::document::trimmed(text, Span::new(from, from + body.len()))?;
    // "…, the coastguard said, raising fears …": a participle of the writer's own
    let first = content
        .of(text)
        .split_whitespace()
        .next()
        .unwrap_or_default();
    if first.ends_with("ing") && first.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    (count_words(content.of(text)) >= MIN_CONTENT_WORDS).then_some(Reported {
        content,
        attribution: r.attribution,
        rule: "indirect/content-after-parenthetical-cue",
        plain: r.plain,
    })
}
