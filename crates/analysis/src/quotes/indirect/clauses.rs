//! Clauses around a report in the same sentence: a report before a coordinated cue ("called
//! both plans reckless and said …"), a new speaker who takes over ("…, and Oren Falk said
//! that …"), and a cue in an as-clause ("as Clyburn noted, …").

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
            cue: Span::new(words[cue.first].start, words[cue.last].end),
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
