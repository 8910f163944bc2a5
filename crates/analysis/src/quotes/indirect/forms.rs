//! Reported speech in forms other than a clause after a verb: a report named as a noun
//! ("his claim that …"), a reported question ("asked whether …"), a participle after a
//! quotation ("…,” she said, adding that …"), the findings of opinion polls, a headline that
//! gives its words to a name ("Smith: …") and speech named by its topic ("spoke about …").

use super::{
    after_that, clause_start, content_after, count_words, plain_say, pronoun_start,
    starts_with_conjunction, Reported, MIN_CONTENT_WORDS,
};
use crate::model::Span;
use crate::quotes::attribution::{cue_at, speaker_of, Attribution, CueMatch};
use crate::quotes::cues::Lexicon;
use crate::quotes::spans::SpanIndex;
use crate::quotes::speaker::{Phrase, PhraseKind};
use crate::quotes::tokens::{lower, Lower, Word};
use crate::wordlist::Words;

/// Nouns that name what someone said or holds ("his claim that …").
#[rustfmt::skip]
static REPORT_NOUNS: Words = Words::new(concat!(
    "accusation accusations allegation allegations argument arguments assertion assertions ",
    "assurance assurances belief claim claims contention insistence pledge prediction ",
    "predictions promise promises statement suggestion warning warnings ",
));

/// A report named as a noun with its owner: "his claim that …", "Mr. Lee's assertion that …"
/// — the that-clause, up to a comma, reported by the owner.
pub(super) fn nominal_report(
    text: &str,
    words: &[Word],
    sentence: Span,
    lex: &Lexicon,
) -> Option<Reported> {
    let a = words.partition_point(|w| w.start < sentence.start);
    let b = words.partition_point(|w| w.end <= sentence.end);
    for i in a + 1..b.saturating_sub(3) {
        let noun = lower(words[i].of(text));
        if !REPORT_NOUNS.has(noun.as_str()) || !lex.is_that(&lower(words[i + 1].of(text))) {
            continue;
        }
        // the owner: a possessive up to three words before the noun ("his repeated claim")
        let owner = (a.max(i.saturating_sub(3))..i).rev().find_map(|k| {
            let w = words[k].of(text);
            let l = lower(w);
            if let Some(g) = lex
                .possessive_gender(&l)
                .filter(|_| l == "his" || l == "her")
            {
                return Some(Phrase {
                    span: words[k].span(),
                    kind: PhraseKind::Pronoun,
                    gender: Some(g),
                    plural: false,
                });
            }
            if l == "their" {
                return Some(Phrase {
                    span: words[k].span(),
                    kind: PhraseKind::Pronoun,
                    gender: None,
                    plural: true,
                });
            }
            (l.ends_with("'s") || l.ends_with("’s"))
                .then(|| crate::quotes::speaker::name_ending_at(text, words, k, sentence.start))
                .flatten()
        })?;
        let from = words[i + 1].end;
        let rest = &text[from..sentence.end];
        let stop = rest.find(", ").unwrap_or(rest.len());
        let body =
            rest[..stop].trim_end_matches(|c: char| c.is_whitespace() || ".!?;:".contains(c));
        let content = crate::document::trimmed(text, Span::new(from, from + body.len()))?;
        if count_words(content.of(text)) < MIN_CONTENT_WORDS {
            return None;
        }
        return Some(Reported {
            content,
            attribution: Attribution {
                cue: words[i].span(),
                speaker: Some(owner),
            },
            rule: "indirect/nominal-report",
            plain: true,
        });
    }
    None
}

/// A reported question: "asked (him) whether …", "Asked how he felt, …" — from the
/// "whether", "if" or question word up to the comma that ends a fronted clause, or the
/// sentence end.
pub(super) fn question(
    text: &str,
    words: &[Word],
    sentence: Span,
    quoted: &SpanIndex,
    lex: &Lexicon,
) -> Option<Reported> {
    let a = words.partition_point(|w| w.start < sentence.start);
    let b = words.partition_point(|w| w.end <= sentence.end);
    for i in a..b {
        let l = lower(words[i].of(text));
        if !matches!(l.as_str(), "asked" | "asking" | "asks" | "ask") {
            continue;
        }
        // the listener and a time may stand between: "asked reporters in May whether"
        let Some(q) = (i + 1..b.min(i + 6)).find(|&k| {
            matches!(
                lower(words[k].of(text)).as_str(),
                "whether" | "if" | "what" | "how" | "why" | "who" | "when" | "where" | "which"
            )
        }) else {
            continue;
        };
        if text[words[i].end..words[q].start].contains([',', '.', ';', ':', '"', '“', '”']) {
            continue;
        }
        let from = words[q].start;
        let rest = &text[from..sentence.end];
        let stop = rest.find(", ").unwrap_or(rest.len());
        let body =
            rest[..stop].trim_end_matches(|c: char| c.is_whitespace() || ".!?;:".contains(c));
        let content = Span::new(from, from + body.len());
        if count_words(body) < 3 || quoted.overlapping(content).next().is_some() {
            return None;
        }
        let speaker = crate::quotes::speaker::subject_before(text, words, i, sentence.start, lex);
        return Some(Reported {
            content,
            attribution: Attribution {
                cue: words[i].span(),
                speaker,
            },
            rule: "indirect/question",
            plain: true,
        });
    }
    None
}

/// After a quotation: "…,” he said, adding that …", "…,” she said, though she added that …",
/// "declaring it “…” and said it was …" — the clause of a later verb of speech, reported by
/// the speaker of the cue right after the quotation, the pronoun before the verb, or the
/// sentence's subject.
pub(super) fn participle_after_quote(
    text: &str,
    words: &[Word],
    rest: Span,
    sentence: Span,
    lex: &Lexicon,
) -> Option<Reported> {
    let a = words.partition_point(|w| w.start < rest.start);
    let b = words.partition_point(|w| w.end <= rest.end);
    if a >= b {
        return None;
    }
    // ", Ann Cole said, adding": the cue within the first words after the quotation
    let lead = (a..b.min(a + 4)).find_map(|k| cue_at(text, words, k, lex, false));
    let lead_speaker = lead.and_then(|l| speaker_of(text, words, l, rest.start, rest.end, lex));
    // "… and said it was …": a cue without a speaker of its own is the verb to read
    let from = lead
        .filter(|_| lead_speaker.is_some())
        .map_or(a, |l| l.last + 1);
    for i in from.max(a + 1)..b {
        let l = lower(words[i].of(text));
        if !lex.is_speech(&l) || !l.is_ascii() {
            continue;
        }
        let gap = &text[words[i - 1].end..words[i].start];
        // ", saying …", ", citing …": a participle after a comma
        let participle = l.ends_with("ing") && gap.trim() == ",";
        // "and said", "though he added", "but she also said": a finite verb after a conjunction
        let mut c = i - 1;
        let mut pronoun = None;
        while c > a && (c + 3 > i) {
            let w = lower(words[c].of(text));
            if let Some(g) = lex.pronoun_gender(&w) {
                pronoun = Some(Phrase {
                    span: words[c].span(),
                    kind: PhraseKind::Pronoun,
                    gender: Some(g),
                    plural: false,
                });
            } else if w.as_str() != "also" {
                break;
            }
            c -= 1;
        }
        let conjunction = matches!(
            lower(words[c].of(text)).as_str(),
            "and" | "but" | "though" | "although" | "while"
        );
        let finite = !l.ends_with("ing") && conjunction && (l.ends_with("ed") || plain_say(&l));
        if !participle && !finite {
            continue;
        }
        let speaker = pronoun.or(lead_speaker).or_else(|| {
            // "declaring it “…” and said …": the subject of the sentence before the quotation
            let first = words.partition_point(|w| w.start < sentence.start);
            crate::quotes::attribution::sentence_subject(text, words, first, a.max(first), lex)
                .filter(|p| p.kind != PhraseKind::Nominal || !p.plural)
        })?;
        let content = content_after(text, words, words[i].end, rest, lex)?;
        let opens = plain_say(&l) && !participle
            || after_that(text, words, i, content)
            || pronoun_start(text, words, content)
            || clause_start(text, words, content, true);
        if !opens
            || starts_with_conjunction(text, words, content)
            || count_words(content.of(text)) < MIN_CONTENT_WORDS
            || content
                .of(text)
                .starts_with(['“', '"', '«', '„', '‘', '\'', '»', '”', '「'])
        {
            return None;
        }
        return Some(Reported {
            content,
            attribution: Attribution {
                cue: words[i].span(),
                speaker: Some(speaker),
            },
            rule: "indirect/participle-after-quote",
            plain: true,
        });
    }
    None
}

/// "The latest poll shows …": the poll that is the subject of a verb of finding.
pub(super) fn poll_subject(
    text: &str,
    words: &[Word],
    cue: CueMatch,
    sentence: Span,
    lex: &Lexicon,
) -> Option<Phrase> {
    if cue.speaker_follows || !finding(&lower(words[cue.first].of(text))) {
        return None;
    }
    crate::quotes::speaker::subject_before(text, words, cue.first, sentence.start, lex)
        .or_else(|| {
            // "Polls show …": a capitalised first word is no name
            let k = (sentence_first(words, sentence)..cue.first)
                .rev()
                .find(|&k| !lex.is_between(&lower(words[k].of(text))))?;
            Some(Phrase {
                span: words[k].span(),
                kind: PhraseKind::Nominal,
                gender: None,
                plural: true,
            })
        })
        .filter(|p| {
            is_poll(p.span.of(text))
                || is_record(p.span.of(text)) && states_finding(&lower(words[cue.first].of(text)))
        })
        .or_else(|| released_poll(text, words, cue.first, sentence))
}

/// "A poll released Tuesday by the state found …", "an analysis by The Post found …": a poll
/// or record, then a participle of publication or "by" and up to six words of time or source
/// before the verb.
fn released_poll(text: &str, words: &[Word], cue: usize, sentence: Span) -> Option<Phrase> {
    let a = sentence_first(words, sentence);
    let at = (a.max(cue.saturating_sub(8))..cue.saturating_sub(1)).find(|&k| {
        matches!(
            lower(words[k + 1].of(text)).as_str(),
            "released" | "published" | "conducted" | "issued" | "taken" | "by" | "from"
        )
    })?;
    let poll = is_poll(words[at].of(text))
        || is_record(words[at].of(text)) && states_finding(&lower(words[cue].of(text)));
    let plain_gaps = (at..cue).all(|k| {
        let gap = &text[words[k].end..words[k + 1].start];
        gap.trim().is_empty()
    });
    (poll && plain_gaps).then_some(Phrase {
        span: words[at].span(),
        kind: PhraseKind::Nominal,
        gender: None,
        plural: lower(words[at].of(text)).ends_with('s'),
    })
}

fn sentence_first(words: &[Word], sentence: Span) -> usize {
    words.partition_point(|w| w.start < sentence.start)
}

/// True for a phrase whose last word names an opinion poll ("the latest CNN poll").
pub fn is_poll(phrase: &str) -> bool {
    last_word(phrase).is_some_and(|w| matches!(w.as_str(), "poll" | "polls" | "polling"))
}

/// True for a phrase whose last word names a record that shows what someone found
/// ("court filings", "F.A.A. records", "the study").
pub(super) fn is_record(phrase: &str) -> bool {
    last_word(phrase).is_some_and(|w| {
        matches!(
            w.as_str(),
            "study"
                | "studies"
                | "records"
                | "reports"
                | "report"
                | "emails"
                | "memos"
                | "returns"
                | "inquiry"
                | "investigation"
                | "data"
                | "figures"
                | "results"
                | "numbers"
                | "analysis"
                | "review"
                | "filings"
                | "documents"
                | "research"
        )
    })
}

fn last_word(phrase: &str) -> Option<Lower<'_>> {
    phrase
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .map(lower)
}

/// Verbs that state a finding outright ("showed", "found"), not those that hint at one
/// ("suggests", "indicates").
fn states_finding(l: &str) -> bool {
    finding(l) && !l.starts_with("suggest") && !l.starts_with("indicat")
}

/// Verbs that present a finding: "showed", "found", "suggests".
pub(super) fn finding(l: &str) -> bool {
    matches!(
        l,
        "show"
            | "shows"
            | "showed"
            | "showing"
            | "shown"
            | "find"
            | "finds"
            | "found"
            | "finding"
            | "suggest"
            | "suggests"
            | "suggested"
            | "indicate"
            | "indicates"
            | "indicated"
            | "reveal"
            | "reveals"
            | "revealed"
    )
}

/// A headline that gives its words to a name before a colon: "Smith: The plan will fail" —
/// the words after the colon, said by the person named. Only the article's first line or a
/// heading, and only a name that fills all the words before the colon.
///
/// On the article's first line (`title`), a description serves as well as a name ("Clinton
/// camp: …", "IG report: …"), but not a label ("Breaking: …", "The Latest: …").
pub fn headline_lead(text: &str, words: &[Word], line: Span, title: bool) -> Option<Reported> {
    let s = line.of(text);
    let colon = s.find(": ")?;
    let prefix_end = line.start + colon;
    let last = words
        .partition_point(|w| w.end <= prefix_end)
        .checked_sub(1)?;
    if last >= 5 || words.first()?.start != line.start || words[last].end != prefix_end {
        return None;
    }
    let whole = Span::new(line.start, prefix_end);
    let name = crate::quotes::speaker::name_at(text, words, 0, prefix_end)
        .filter(|n| n.span == whole && last < 4)
        .or_else(|| {
            title
                .then(|| described(text, &words[..=last], whole))
                .flatten()
        })?;
    // "Breaking: …" is a label; "Email: …" gives an address, not words
    let label = words[..=last]
        .iter()
        .any(|w| HEADLINE_LABELS.has(lower(w.of(text)).as_str()))
        && last == 0;
    if is_poll(name.span.of(text)) || label || text[line.start..line.end].contains(['@', '|']) {
        return None;
    }
    let from = prefix_end + 2;
    let body = text[from..line.end]
        .trim_end_matches(|c: char| c.is_whitespace() || ".!?;:\"”’'".contains(c));
    let content = crate::document::trimmed(text, Span::new(from, from + body.len()))?;
    if count_words(content.of(text)) < MIN_CONTENT_WORDS {
        return None;
    }
    Some(Reported {
        content,
        attribution: Attribution {
            cue: Span::new(prefix_end, prefix_end + 1),
            speaker: Some(name),
        },
        rule: "indirect/headline-lead",
        plain: false,
    })
}

/// Words that label a headline rather than name who speaks in it.
#[rustfmt::skip]
static HEADLINE_LABELS: Words = Words::new(concat!(
    "breaking look watch update updated exclusive analysis opinion video photos live correction ",
    "latest the read more poll fix email e-mail twitter contact source sources note editor photo ",
    "disclaimer credit credits caption sponsored advertisement related tags topics share ",
    "copyright image images graphic map chart via filed published posted tel phone web website ",
    "follow is in for of to on at with and new ",
));

/// A headline's prefix that describes its source: capitalised first, no label word, not a
/// possessive.
fn described(text: &str, words: &[Word], whole: Span) -> Option<Phrase> {
    let first = words.first()?.of(text);
    let ok = first.chars().next().is_some_and(char::is_uppercase)
        && words.iter().all(|w| {
            let raw = w.of(text);
            let l = lower(raw);
            !HEADLINE_LABELS.has(l.as_str())
                && !raw.ends_with("’s")
                && !raw.ends_with("'s")
        })
        // a single word in capitals is a label ("LOOK:")
        && (words.len() != 1 || first.chars().any(char::is_lowercase));
    ok.then_some(Phrase {
        span: whole,
        kind: PhraseKind::Nominal,
        gender: None,
        plural: words
            .last()
            .is_some_and(|w| lower(w.of(text)).ends_with('s')),
    })
}

/// Verbs that report speech on a topic named after "about" ("she spoke about the attack").
#[rustfmt::skip]
static TOPIC_VERBS: Words = Words::new(concat!(
    "talk talks talked talking speak speaks spoke speaking wrote writes complained complains ",
    "joked jokes boasted boasts bragged brags testified lied lying tweeted tweets testifies ",
));

/// Speech named by its topic: "Carson spoke about the consulate" — the words after "about",
/// up to a comma or the sentence end, said by one person who is the verb's subject.
pub(super) fn topic_report(
    text: &str,
    words: &[Word],
    sentence: Span,
    lex: &Lexicon,
) -> Option<Reported> {
    let a = words.partition_point(|w| w.start < sentence.start);
    let b = words.partition_point(|w| w.end <= sentence.end);
    for i in a..b.saturating_sub(2) {
        let l = lower(words[i].of(text));
        let next = lower(words[i + 1].of(text));
        // "spoke of the attack" as "spoke about"
        let of = next.as_str() == "of"
            && matches!(
                l.as_str(),
                "speak" | "speaks" | "spoke" | "speaking" | "talked" | "talks"
            );
        if !TOPIC_VERBS.has(l.as_str()) || !(next.as_str() == "about" || of) {
            continue;
        }
        if !super::tokens_only_spaces(text, words, i) {
            continue;
        }
        let coordinated = i > a && matches!(lower(words[i - 1].of(text)).as_str(), "and" | "but");
        let speaker = crate::quotes::speaker::subject_before(text, words, i, sentence.start, lex)
            .or_else(|| {
            coordinated
                .then(|| crate::quotes::attribution::sentence_subject(text, words, a, i, lex))
                .flatten()
        })?;
        // one person: a name, "he" or "she", a single role — not "they", not a body
        let person = !speaker.plural
            && match speaker.kind {
                PhraseKind::Name | PhraseKind::Pronoun => true,
                PhraseKind::Nominal => crate::quotes::names_people(speaker.span.of(text)),
            };
        if !person {
            return None;
        }
        let from = words[i + 1].end;
        let rest = &text[from..sentence.end];
        let stop = rest.find([',', ';', '(', '—', ':']).unwrap_or(rest.len());
        let body =
            rest[..stop].trim_end_matches(|c: char| c.is_whitespace() || ".!?\"”’".contains(c));
        let content = crate::document::trimmed(text, Span::new(from, from + body.len()))?;
        let first = content.of(text).chars().next()?;
        if !first.is_alphanumeric() || count_words(content.of(text)) == 0 {
            return None;
        }
        return Some(Reported {
            content,
            attribution: Attribution {
                cue: Span::new(words[i].start, words[i + 1].end),
                speaker: Some(speaker),
            },
            rule: "indirect/topic",
            plain: false,
        });
    }
    None
}
