//! Reported speech without quotation marks: "Saarepu added that both countries are ready",
//! "The talks will go on, the minister said", "According to X, …".
//!
//! One item per sentence: the reported content, its cue and its speaker phrase; the other
//! forms of report (a claim as a noun, a question, a poll's finding, a headline, a topic) are
//! in [`forms`]; the clauses around a report in the same sentence are in [`clauses`].

use super::attribution::{cue_at, speaker_of, takes_listener, Attribution};
use super::cues::Lexicon;
use super::spans::SpanIndex;
use super::speaker::PhraseKind;
use super::tokens::{is_capitalised, lower, Word};
use super::Paragraph;
use crate::model::Span;
use crate::segment::sentences;
use crate::wordlist::Words;
use clauses::{as_clause, earlier_report, head_before, other_speaker, tail_after};
pub use forms::headline_lead;
pub use forms::is_poll;
use forms::{
    finding, nominal_report, participle_after_quote, poll_subject, question, topic_report,
};

mod clauses;
mod forms;

/// Reported speech found in one sentence.
pub struct Reported {
    pub content: Span,
    pub attribution: Attribution,
    pub rule: &'static str,
    /// True for "say", "said", "told": speech whoever the source is.
    pub plain: bool,
}

/// Fewest words of reported content.
const MIN_CONTENT_WORDS: usize = 3;

/// Reported speech in the sentences of `para` that hold no quotation (`quoted` spans).
pub fn find(text: &str, para: &Paragraph, quoted: &SpanIndex, lex: &Lexicon) -> Vec<Reported> {
    let mut out = Vec::new();
    for sentence in sentences(text, para.span) {
        let first_quote = quoted.overlapping(sentence).map(|q| q.start).min();
        // "“…,” he said, adding that …": a report after the sentence's last quotation
        if let Some(close) = quoted.overlapping(sentence).map(|q| q.end).max() {
            if close < sentence.end {
                let rest = Span::new(close, sentence.end);
                out.extend(participle_after_quote(
                    text,
                    &para.words,
                    rest,
                    sentence,
                    lex,
                ));
            }
        }
        // "Asked whether he would run, Bone said …": the question is reported too, also when
        // the answer is a quotation
        out.extend(question(text, &para.words, sentence, quoted, lex));
        let span = match first_quote {
            None => sentence,
            // "Carson said he saw no need to change, telling him that “…”": the report
            // before the clause that introduces the quotation
            Some(open) => {
                match clause_before_quote(text, &para.words, Span::new(sentence.start, open), lex) {
                    Some(span) => span,
                    None => continue,
                }
            }
        };
        // verbs of speech first; verbs of thought and attitude only where none reports;
        // a claim named as a noun last
        let found = in_sentence(text, &para.words, span, lex, false)
            .or_else(|| in_sentence(text, &para.words, span, lex, true))
            .or_else(|| nominal_report(text, &para.words, span, lex))
            .or_else(|| topic_report(text, &para.words, span, lex));
        // reported words never open with a quotation mark: that is a quote, read elsewhere
        let found = found.filter(|r| {
            !r.content
                .of(text)
                .starts_with(['“', '"', '«', '„', '‘', '\'', '»', '”', '「'])
        });
        if let Some(r) = found {
            // "A, he said, B": the words after the cue are reported too
            let subject_first = r
                .attribution
                .speaker
                .is_none_or(|p| p.span.start < r.attribution.cue.start);
            let tail = (r.rule == "indirect/content-before-cue" && subject_first)
                .then(|| tail_after(text, &r, span))
                .flatten();
            // "Rather, he said, B", "A, according to X, B": the words before the cue are
            // reported too
            let head = matches!(
                r.rule,
                "indirect/content-after-cue" | "indirect/according-to"
            )
            .then(|| head_before(text, &r, span))
            .flatten();
            out.extend(head);
            out.extend(earlier_report(text, &para.words, &r, span, lex));
            let second = second_report(text, &para.words, &r, span, lex);
            if let Some((first_end, second)) = second {
                out.push(Reported {
                    content: Span::new(r.content.start, first_end),
                    ..r
                });
                out.push(second);
            } else {
                out.push(r);
            }
            out.extend(tail);
        }
    }
    out
}

/// A second report inside reported content, by the same speaker: "…, insisting that …",
/// "… and cited the cost", "… and she accused him of …". Returns where the first report
/// ends and the second.
fn second_report(
    text: &str,
    words: &[Word],
    r: &Reported,
    sentence: Span,
    lex: &Lexicon,
) -> Option<(usize, Reported)> {
    let a = words.partition_point(|w| w.start < r.content.start);
    let b = words.partition_point(|w| w.end <= r.content.end);
    for i in a + 2..b.saturating_sub(1) {
        let l = lower(words[i].of(text));
        if !(lex.is_speech(&l) || lex.is_attitude(&l)) || !l.is_ascii() {
            continue;
        }
        let gap = &text[words[i - 1].end..words[i].start];
        // ", saying …", ", citing …": a participle after a comma
        let participle = l.ends_with("ing") && gap.trim() == ",";
        // "… and cited …", "… and she accused …", "… and also said …"
        let and_at = (i - 2..i).rev().find(|&k| {
            matches!(lower(words[k].of(text)).as_str(), "and" | "but")
                && (k + 1..i).all(|j| {
                    let w = lower(words[j].of(text));
                    lex.pronoun_gender(&w).is_some() || matches!(w.as_str(), "also" | "then")
                })
        });
        let coordinated = !l.ends_with("ing") && and_at.is_some() && l.ends_with("ed")
            || and_at.is_some() && matches!(l.as_str(), "said" | "told" | "wrote" | "says");
        // "…, and human rights groups warned that …": a new speaker after a comma and "and"
        let other = (!participle && !coordinated && lex.is_speech(&l) && !l.ends_with("ing"))
            .then(|| other_speaker(text, words, a, i, lex))
            .flatten();
        if !participle && !coordinated && other.is_none() {
            continue;
        }
        let cut = if participle {
            words[i - 1].end
        } else if let Some((and, _)) = other {
            words[and - 1].end
        } else {
            words[and_at? - 1].end
        };
        let first_end = r.content.start
            + text[r.content.start..cut]
                .trim_end_matches(|c: char| c.is_whitespace() || ",;".contains(c))
                .len();
        let content = content_after(text, words, words[i].end, sentence, lex)?;
        let content = Span::new(content.start, content.end.min(r.content.end));
        if count_words(&text[r.content.start..first_end]) < MIN_CONTENT_WORDS
            || count_words(content.of(text)) < 2
            || takes_listener(&l) && content.is_empty()
        {
            return None;
        }
        let clause = after_that(text, words, i, content)
            || pronoun_start(text, words, content)
            || clause_start(text, words, content, true);
        if other.is_some() && !clause {
            return None;
        }
        let second = Reported {
            content,
            attribution: Attribution {
                cue: words[i].span(),
                speaker: other.map(|(_, p)| Some(p)).unwrap_or(r.attribution.speaker),
            },
            rule: if other.is_some() {
                "indirect/second-speaker"
            } else {
                "indirect/second-cue"
            },
            plain: other.is_none() && r.plain || plain_say(&l),
        };
        return Some((first_end, second));
    }
    None
}

/// Within `region` (a sentence up to its first quotation), the stretch before a second cue
/// that opens with a comma or "and" ("…, telling X that", "… and added").
fn clause_before_quote(text: &str, words: &[Word], region: Span, lex: &Lexicon) -> Option<Span> {
    let a = words.partition_point(|w| w.start < region.start);
    let b = words.partition_point(|w| w.end <= region.end);
    let cues: Vec<usize> = (a..b)
        .filter(|&i| cue_at(text, words, i, lex, false).is_some())
        .collect();
    if cues.len() < 2 {
        return None;
    }
    let second = cues[1];
    let k = second.checked_sub(1)?;
    let gap = &text[words[k].end..words[second].start];
    // "…, but he added that “…”": back over the subject pronoun and "also" to the conjunction
    let mut c = k;
    while c > a
        && c + 2 >= second
        && (lex.pronoun_gender(&lower(words[c].of(text))).is_some()
            || matches!(lower(words[c].of(text)).as_str(), "also" | "then" | "they"))
    {
        c -= 1;
    }
    let cut = if gap.contains(',') {
        words[k].end
    } else if matches!(lower(words[c].of(text)).as_str(), "and" | "but") && c > a {
        words[c - 1].end
    } else {
        return None;
    };
    (cut > region.start).then(|| Span::new(region.start, cut))
}

/// The first report in `sentence`; `broad` also reads verbs of thought and attitude.
fn in_sentence(
    text: &str,
    words: &[Word],
    sentence: Span,
    lex: &Lexicon,
    broad: bool,
) -> Option<Reported> {
    let a = words.partition_point(|w| w.start < sentence.start);
    let b = words.partition_point(|w| w.end <= sentence.end);
    if b <= a {
        return None;
    }
    for i in a..b {
        let Some(cue) = cue_at(text, words, i, lex, broad) else {
            continue;
        };
        let l = lower(words[i].of(text));
        // "criticised the plan", "supports a ban": a verb of attitude whose object is the
        // reported stance, with a person named as its subject
        let attitude = !cue.speaker_follows && !lex.is_reporting(&l);
        if !cue.speaker_follows && negated_or_passive(text, words, i) {
            continue;
        }
        // "a new poll showed Clinton leading": an opinion poll reports what people told it
        // ("…, the poll found": the words before the cue, read below like any report)
        let subject = poll_subject(text, words, cue, sentence, lex);
        let poll = subject.and_then(|speaker| {
            let content = content_after(text, words, words[cue.last].end, sentence, lex)?;
            (!starts_with_conjunction(text, words, content)
                && count_words(content.of(text)) >= MIN_CONTENT_WORDS)
                .then_some((speaker, content))
        });
        // "…, the poll found": the finding stands before the cue, which ends the sentence
        let ends_sentence = text[words[cue.last].end..sentence.end]
            .trim_start()
            .starts_with(['.', ';', '!', '?'])
            || words[cue.last].end >= sentence.end;
        let poll_before = subject.filter(|_| poll.is_none() && ends_sentence);
        if subject.is_some() && poll.is_none() && poll_before.is_none() {
            continue;
        }
        if let Some((speaker, content)) = poll {
            return Some(Reported {
                content,
                attribution: Attribution {
                    cue: cue.span(words),
                    speaker: Some(speaker),
                },
                rule: "indirect/poll-finding",
                plain: true,
            });
        }
        // "he recognizes that …": a verb of thought with a that-clause reports a view
        // (not verbs of knowing or perceiving: "realized that", "understood that")
        let with_that = broad
            && lex.is_stance(&l)
            && opinion(&l)
            && words.get(cue.last + 1).is_some_and(|w| {
                // "hoped I'd see this": a subject pronoun opens the clause as well
                let next = lower(w.of(text));
                let next = next.split(['\'', '’']).next().unwrap_or_default();
                lex.is_that(next) || matches!(next, "he" | "she" | "they" | "we" | "i" | "it")
            });
        if attitude && !with_that && poll_before.is_none() {
            if !broad || !lex.is_attitude(&l) {
                continue;
            }
            if let Some(r) = attitude_object(text, words, cue, sentence, lex) {
                return Some(r);
            }
            continue;
        }
        let coordinated = i > a
            && matches!(
                lower(words[i - 1].of(text)).as_str(),
                "but" | "and" | "then"
            );
        // "had been diagnosed and told he had …": the subject was told, it did not tell
        if coordinated && shares_passive(text, words, a, i - 1) {
            continue;
        }
        let speaker = poll_before
            .or_else(|| speaker_of(text, words, cue, sentence.start, sentence.end, lex))
            .or_else(|| {
                // "…, telling reporters", "… did not apologise, but said"
                super::attribution::sentence_subject(text, words, a, i, lex)
                    .filter(|_| takes_listener(&l) || coordinated)
            });
        // "say", "said", "told" report speech whoever the subject is ("The report said …")
        // …but not in a relative clause ("those who say …")
        // (an aside after a comma, "farmers, who say …", reports)
        let relative = i > a
            && matches!(
                lower(words[i - 1].of(text)).as_str(),
                "who" | "which" | "that" | "those"
            )
            && !(i >= 2
                && lower(words[i - 1].of(text)) == "who"
                && text[words[i - 2].end..words[i - 1].start].contains(','));
        // "lawmakers who thought the law went too far": a view in a relative clause
        // describes its holders
        if relative && lex.is_stance(&l) && !lex.is_speech(&l) {
            continue;
        }
        let Some(speaker) =
            speaker.or_else(|| (plain_say(&l) && !relative).then(|| anonymous(words[i].span())))
        else {
            continue;
        };
        let stance = lex.is_stance(&l) && !cue.speaker_follows;
        // "officials believe …" reports a view; "the figures suggest …" does not
        if stance
            && poll_before.is_none()
            && speaker.kind == PhraseKind::Nominal
            && speaker.plural
            && !super::names_people(speaker.span.of(text))
        {
            continue;
        }
        let inverted = speaker.span.start > words[cue.last].end;
        // "But as the coach noted, the squad will …": the clause after the comma
        if let Some(r) = as_clause(text, words, &cue, speaker, sentence, a) {
            return Some(Reported {
                plain: plain_say(&l),
                ..r
            });
        }
        let attribution = Attribution {
            cue: cue.span(words),
            speaker: (speaker.span != words[i].span()).then_some(speaker),
        };
        let speaker_end = speaker.span.end;
        let cue_end = words[cue.last].end.max(speaker_end);
        let mut cue_start = words[cue.first].start.min(speaker.span.start);
        // "…, law enforcement officials said": modifiers before a bare role or body belong
        // to the speaker, back to the comma
        if !cue.speaker_follows && speaker.kind == PhraseKind::Nominal {
            let lead = &text[sentence.start..cue_start];
            if let Some(c) = lead.rfind(',') {
                let mid = &lead[c + 1..];
                let plain_words = mid.split_whitespace().all(|w| {
                    let l = lower(w);
                    !AUXILIARIES.has(l.as_str()) && !lex.is_that(&l) && !lex.is_speech(&l)
                });
                if count_words(mid) <= 3 && plain_words && !mid.contains(['(', '"', '“']) {
                    cue_start = sentence.start + c + 1;
                }
            }
        }
        // "…, the Ledger said": the article before a name belongs to it
        if !cue.speaker_follows && speaker.kind == PhraseKind::Name {
            let lead = text[sentence.start..cue_start].trim_end();
            if let Some(rest) = lead
                .strip_suffix("the")
                .or_else(|| lead.strip_suffix("The"))
                .filter(|r| r.trim_end().ends_with(','))
            {
                cue_start = sentence.start + rest.len();
            }
        }
        // content after the cue: "X said (that) …"
        let after = content_after(text, words, cue_end, sentence, lex);
        // content before: "…, X said." / "…, according to X."
        let before = Span::new(sentence.start, cue_start);
        let before_text = before.of(text).trim_end();
        // "…, she believes": a belief set after its content is an aside, not a report
        let stance_only = lex.is_stance(&l) && !lex.is_speech(&l);
        if before_text.ends_with(',')
            && count_words(before_text) >= MIN_CONTENT_WORDS
            && (!stance_only || poll_before.is_some())
        {
            let tail = &text[cue_end..sentence.end];
            // "In a 1963 speech, he declared:": the words come after the colon
            if tail.trim_start().starts_with(':') {
                continue;
            }
            // "If costs fall, experts say spending will …": a conditional clause before the
            // cue frames the report after it
            let condition = words.get(a).is_some_and(|w| {
                matches!(
                    lower(w.of(text)).as_str(),
                    "if" | "unless" | "when" | "once" | "because" | "although" | "though"
                )
            });
            let content_follows = after.is_some_and(|c| {
                pronoun_start(text, words, c)
                    || after_that(text, words, cue.last, c)
                    || condition && count_words(c.of(text)) >= MIN_CONTENT_WORDS
            }) && !tail.trim_start().starts_with(',');
            if content_follows {
                // "Despite the doubts, Lonechild said she is hopeful": the report follows
            } else if count_words(tail) <= 6
                || tail.trim_start().starts_with(',') && count_words(tail) <= 12
                || cue.speaker_follows
            {
                let end = sentence.start + before_text.len() - 1;
                if let Some(content) =
                    crate::document::trimmed(text, Span::new(sentence.start, end))
                {
                    return Some(Reported {
                        content,
                        attribution,
                        rule: "indirect/content-before-cue",
                        // "…, according to the water board": a source whoever it is
                        plain: plain_say(&l)
                            || matches!(l.as_str(), "reported" | "reports")
                            || is_poll(speaker.span.of(text)) && finding(&l)
                            || poll_before.is_some()
                            || cue.speaker_follows && !data_source(text, words, cue.last + 1),
                    });
                }
            }
        }
        let comma_after = text[words[cue.last].end..].trim_start().starts_with(',');
        // "according to X, content": the content starts after the comma that closes X
        if cue.speaker_follows && !inverted_before(text, sentence, cue_start) {
            let rest = &text[speaker.span.end..sentence.end];
            if let Some(k) = rest.find(", ") {
                if count_words(&rest[..k]) <= 8 {
                    let from = speaker.span.end + k + 2;
                    let end = sentence.start
                        + text[sentence.start..sentence.end]
                            .trim_end_matches(|c: char| c.is_whitespace() || ".!?;:".contains(c))
                            .len();
                    if from < end && count_words(&text[from..end]) >= MIN_CONTENT_WORDS {
                        return Some(Reported {
                            content: Span::new(from, end),
                            attribution,
                            rule: "indirect/according-to",
                            // "according to the campaign": a source, whoever it is; but
                            // "according to figures": numbers, not a source
                            plain: !data_source(text, words, cue.last + 1),
                        });
                    }
                }
            }
            continue;
        }
        // "Still, he said, officials have to decide": a cue between commas
        let comma_before = text[sentence.start..cue_start].trim_end().ends_with(',');
        // "The answer, the guide told them, was a longer route": the listener stays in the cue
        let listener_end = (comma_before && takes_listener(&l) && !cue.speaker_follows)
            .then(|| {
                let rest = &text[cue_end..sentence.end];
                let k = rest.find(',')?;
                (count_words(&rest[..k]) == 1 && !rest[..k].contains(['"', '“']))
                    .then_some(cue_end + k + 1)
            })
            .flatten();
        let after = match listener_end {
            Some(end) => content_after(text, words, end, sentence, lex),
            None => after,
        };
        let comma_after = comma_after || listener_end.is_some();
        let parenthetical = comma_after && comma_before;
        if let Some(content) =
            after.filter(|_| (!inverted || cue.speaker_follows) && (!comma_after || parenthetical))
        {
            // "The trouble, Frank writes, began in …": the words after a cue set between
            // commas go on with the sentence, whatever opens them
            let opens = if parenthetical && !stance_only {
                true
            } else if plain_say(&l) {
                !object_like(text, words, content) || numeric_clause(text, words, content)
            } else {
                // other verbs take objects as often as clauses: a pronoun must open the clause,
                // or a short subject its verb ("warned the plan would fail")
                // ("believes Britain should leave": a verb of thought needs the pronoun or a
                // "that", or its clause is too often an opinion the text holds at a distance)
                pronoun_start(text, words, content)
                    || clause_start(text, words, content, !stance_only)
            };
            if cue.speaker_follows || starts_with_conjunction(text, words, content) {
                continue;
            }
            if !cue.speaker_follows && !after_that(text, words, cue.last, content) && !opens {
                continue;
            }
            // "someone she thought she could count on": a relative clause, its object gone
            if stance_only && ends_with_preposition(text, words, content) {
                continue;
            }
            // "After Reyes said the bridge would close, the council met": the report ends
            // with the clause that opens the sentence
            let content = if subordinate_opening(text, words, a, i) {
                let c = content.of(text);
                match c.find(", ") {
                    Some(k) if count_words(&c[..k]) >= MIN_CONTENT_WORDS => {
                        Span::new(content.start, content.start + k)
                    }
                    _ => content,
                }
            } else {
                content
            };
            if count_words(content.of(text)) >= MIN_CONTENT_WORDS {
                return Some(Reported {
                    content,
                    attribution,
                    rule: "indirect/content-after-cue",
                    // "CNN reported that …": a news report, whoever files it
                    plain: plain_say(&l)
                        || matches!(l.as_str(), "reported" | "reports")
                            && after_that(text, words, cue.last, content),
                });
            }
        }
        if stance {
            continue;
        }
    }
    None
}

/// "Smith criticised the plan as reckless": the object of a verb of attitude, when the
/// verb's subject right before it is a person (a name, a pronoun or a single role).
fn attitude_object(
    text: &str,
    words: &[Word],
    cue: super::attribution::CueMatch,
    sentence: Span,
    lex: &Lexicon,
) -> Option<Reported> {
    let a = words.partition_point(|w| w.start < sentence.start);
    // "Carson took the stage and called the system rotten": the subject of the first verb
    let coordinated =
        cue.first > a && matches!(lower(words[cue.first - 1].of(text)).as_str(), "and" | "but");
    // "Clinton is calling for …", "she has long opposed …": auxiliaries and an adverb
    // between the subject and the verb
    let mut v = cue.first;
    while v > a
        && v + 3 > cue.first
        && matches!(
            lower(words[v - 1].of(text)).as_str(),
            "is" | "was" | "are" | "were" | "has" | "have" | "had" | "been" | "long" | "also"
        )
    {
        v -= 1;
    }
    let speaker = super::speaker::subject_before(text, words, cue.first, sentence.start, lex)
        .or_else(|| {
            (v < cue.first)
                .then(|| super::speaker::subject_before(text, words, v, sentence.start, lex))
                .flatten()
        })
        .or_else(|| {
            coordinated
                .then(|| super::attribution::sentence_subject(text, words, a, cue.first, lex))
                .flatten()
                .filter(|p| p.kind != PhraseKind::Nominal)
        })?;
    // "found that most residents support": the subject of a clause, not of the report
    let opener = lower(
        speaker
            .span
            .of(text)
            .split_whitespace()
            .next()
            .unwrap_or_default(),
    );
    if speaker.plural || lex.is_that(&opener) || matches!(opener.as_str(), "this" | "which") {
        return None;
    }
    let mut content = content_after(text, words, words[cue.last].end, sentence, lex)?;
    let mut k = words.partition_point(|w| w.start < content.start);
    // "called on the mayor to resign": the appeal follows "on"
    let verb = lower(words[cue.last].of(text));
    let on = words
        .get(k)
        .is_some_and(|w| matches!(lower(w.of(text)).as_str(), "on" | "upon"));
    if on && matches!(verb.as_str(), "call" | "calls" | "called") && k + 1 < words.len() {
        k += 1;
        content = Span::new(words[k].start, content.end);
    }
    // "described in his memoir": a verb used without its object
    let preposition = words.get(k).is_some_and(|w| {
        matches!(
            lower(w.of(text)).as_str(),
            "in" | "on" | "at" | "by" | "from" | "with" | "during" | "after" | "before" | "as"
                // a particle of retreat: "backed away from", "backed off"
                | "away" | "off"
        )
    });
    if preposition
        || starts_with_conjunction(text, words, content)
        || count_words(content.of(text)) < 2
    {
        return None;
    }
    Some(Reported {
        content,
        attribution: Attribution {
            cue: cue.span(words),
            speaker: Some(speaker),
        },
        rule: "indirect/attitude-object",
        plain: false,
    })
}

/// Content that opens with a short subject and a finite auxiliary: "the plan would fail",
/// "their deal was off" — a clause, not an object. With `any_subject`, also a name, a plural
/// noun or a quantifier as the subject: "Democrats have lost", "most voters don't care".
fn clause_start(text: &str, words: &[Word], content: Span, any_subject: bool) -> bool {
    let k = words.partition_point(|w| w.start < content.start);
    let Some(first) = words.get(k) else {
        return false;
    };
    if object_like(text, words, content) {
        return false;
    }
    let raw = first.of(text);
    let first = lower(raw);
    let determiner = matches!(
        first.as_str(),
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"
    );
    let other_subject = matches!(
        first.as_str(),
        "my" | "your"
            | "most"
            | "many"
            | "some"
            | "all"
            | "both"
            | "few"
            | "several"
            | "every"
            | "each"
            | "any"
            | "none"
            | "neither"
            | "those"
    ) || is_capitalised(raw)
        || first.len() > 3 && first.ends_with('s') && first.chars().all(char::is_alphabetic);
    if !(determiner || any_subject && other_subject) {
        return false;
    }
    words[k + 1..]
        .iter()
        .take_while(|w| w.end <= content.end)
        .take(5)
        .any(|w| {
            let l = lower(w.of(text));
            AUXILIARIES.has(l.as_str())
                || l.ends_with("n't")
                || matches!(l.as_str(), "need" | "needs" | "shall")
        })
}

/// "says 31,000 of them could be lost": a number as the subject of a clause, its auxiliary
/// within five words.
fn numeric_clause(text: &str, words: &[Word], content: Span) -> bool {
    let k = words.partition_point(|w| w.start < content.start);
    words
        .get(k)
        .is_some_and(|w| w.of(text).starts_with(|c: char| c.is_ascii_digit()))
        && words[k + 1..]
            .iter()
            .take_while(|w| w.end <= content.end)
            .take(5)
            .any(|w| AUXILIARIES.has(lower(w.of(text)).as_str()))
}

/// "according to figures released by …": numbers, not a speaker.
fn data_source(text: &str, words: &[Word], at: usize) -> bool {
    words[at..]
        .iter()
        .take(3)
        .map(|w| lower(w.of(text)))
        .find(|l| {
            !matches!(
                l.as_str(),
                "the" | "a" | "an" | "new" | "latest" | "official"
            )
        })
        .is_some_and(|l| {
            matches!(
                l.as_str(),
                "figures"
                    | "data"
                    | "statistics"
                    | "numbers"
                    | "estimates"
                    | "records"
                    | "results"
                    | "tally"
                    | "count"
                    | "census"
                    | "calculations"
                    | "projections"
                    | "forecasts"
            )
        })
}

/// Verbs of belief, hope and fear: a that-clause after them is a view someone holds.
fn opinion(l: &str) -> bool {
    matches!(
        l,
        "hope"
            | "hoped"
            | "fear"
            | "feared"
            | "expect"
            | "expects"
            | "expected"
            | "doubt"
            | "doubts"
            | "doubted"
            | "worry"
            | "worried"
            | "assume"
            | "assumed"
            | "feel"
            | "feels"
            | "felt"
    )
}

/// True when the last word of `content` is a preposition left without its object.
fn ends_with_preposition(text: &str, words: &[Word], content: Span) -> bool {
    let k = words.partition_point(|w| w.end <= content.end);
    k.checked_sub(1).is_some_and(|k| {
        matches!(
            lower(words[k].of(text)).as_str(),
            "on" | "with" | "about" | "for" | "of" | "at" | "from" | "to" | "in" | "upon"
        )
    })
}

fn plain_say(l: &str) -> bool {
    matches!(l, "say" | "says" | "said" | "saying" | "told" | "tells")
}

/// A stand-in phrase for a cue without a speaker the text names.
fn anonymous(at: Span) -> super::speaker::Phrase {
    super::speaker::Phrase {
        span: at,
        kind: PhraseKind::Nominal,
        gender: None,
        plural: true,
    }
}

/// True when content stands before the cue in its sentence ("…, according to X").
fn inverted_before(text: &str, sentence: Span, cue_start: usize) -> bool {
    count_words(&text[sentence.start..cue_start]) >= MIN_CONTENT_WORDS
}

/// True when the sentence opens with a subordinating word ("After", "When", "Although") and
/// no comma closes that clause before the cue at `cue`.
fn subordinate_opening(text: &str, words: &[Word], a: usize, cue: usize) -> bool {
    a < cue
        && matches!(
            lower(words[a].of(text)).as_str(),
            "after"
                | "when"
                | "although"
                | "though"
                | "because"
                | "since"
                | "before"
                | "until"
                | "once"
                | "if"
                | "whereas"
        )
        && !text[words[a].end..words[cue].start].contains(',')
}

/// True when the verb before the conjunction at `and` is a passive participle
/// ("had been diagnosed … and"), so a verb coordinated after it is passive too.
fn shares_passive(text: &str, words: &[Word], a: usize, and: usize) -> bool {
    (a.max(and.saturating_sub(8))..and).any(|k| {
        let aux = lower(words[k].of(text));
        let next = words
            .get(k + 1)
            .map(|w| lower(w.of(text)))
            .unwrap_or_default();
        matches!(
            aux.as_str(),
            "been" | "was" | "were" | "is" | "are" | "being" | "got"
        ) && k + 1 < and
            && (next.ends_with("ed") || next.ends_with("en"))
    })
}

/// "has not said", "is said to", "having been told": no report of what someone said.
fn negated_or_passive(text: &str, words: &[Word], cue: usize) -> bool {
    let prev = |k: usize| cue.checked_sub(k).map(|j| lower(words[j].of(text)));
    // "is calling for", "has been saying": a progressive, not a passive
    if lower(words[cue].of(text)).ends_with("ing") {
        // "it goes without saying": no one says it
        return matches!(prev(1).as_deref(), Some("not" | "never" | "to" | "without"))
            || prev(1).is_some_and(|p| p.ends_with("n't"));
    }
    matches!(
        prev(1).as_deref(),
        Some(
            "not"
                | "never"
                | "n't"
                | "is"
                | "was"
                | "be"
                | "been"
                | "being"
                | "are"
                | "were"
                | "to"
        )
    ) || matches!(prev(2).as_deref(), Some("not" | "never" | "been"))
        // "was also endorsed", "were widely criticized": a passive with an adverb between
        || matches!(
            prev(2).as_deref(),
            Some("is" | "was" | "are" | "were" | "be" | "been" | "being")
        ) && prev(1).is_some_and(|p| {
            p.as_str().ends_with("ly") || matches!(p.as_str(), "also" | "then" | "later" | "often")
        })
        || prev(1).is_some_and(|p| p.ends_with("n't"))
}

/// True when the content starts right after a "that" following the cue.
fn after_that(text: &str, words: &[Word], cue: usize, content: Span) -> bool {
    let k = words.partition_point(|w| w.end <= content.start);
    k > cue + 1
        && words.get(k - 1).is_some_and(|w| {
            matches!(
                lower(w.of(text)).as_str(),
                "that" | "dass" | "que" | "что" | "che"
            )
        })
}

fn starts_with_conjunction(text: &str, words: &[Word], content: Span) -> bool {
    let k = words.partition_point(|w| w.start < content.start);
    words.get(k).is_some_and(|w| {
        matches!(
            lower(w.of(text)).as_str(),
            "and" | "but" | "or" | "as" | "while"
        )
    })
}

/// Content that opens with a subject pronoun ("he would", "they had").
fn pronoun_start(text: &str, words: &[Word], content: Span) -> bool {
    let k = words.partition_point(|w| w.start < content.start);
    words.get(k).is_some_and(|w| {
        let l = lower(w.of(text));
        let l = l.split('\'').next().unwrap_or_default();
        matches!(
            l,
            "he" | "she" | "they" | "it" | "we" | "i" | "you" | "there" | "this" | "these"
        )
    })
}

/// Content that opens like an object, not a clause: a number, a preposition, "to", "no".
fn object_like(text: &str, words: &[Word], content: Span) -> bool {
    let k = words.partition_point(|w| w.start < content.start);
    let Some(first) = words.get(k) else {
        return true;
    };
    let s = first.of(text);
    s.chars().next().is_some_and(|c| c.is_ascii_digit())
        || matches!(
            lower(s).as_str(),
            "to" | "no"
                | "yes"
                | "something"
                | "nothing"
                | "anything"
                | "about"
                | "for"
                | "with"
                | "on"
                | "in"
                | "at"
                | "by"
                | "from"
                | "of"
                | "into"
                | "over"
                | "during"
                | "after"
                | "amid"
                | "throughout"
                | "goodbye"
                | "hello"
                | "thanks"
                | "so"
                | "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "hundreds"
                | "thousands"
                | "millions"
                | "out"
                | "up"
                | "off"
                | "down"
                | "back"
                | "sorry"
                | "hi"
                | "grace"
                | "later"
        )
}

/// True when only spaces stand between word `i` and the next.
fn tokens_only_spaces(text: &str, words: &[Word], i: usize) -> bool {
    words
        .get(i + 1)
        .is_some_and(|n| super::tokens::only_spaces(&text[words[i].end..n.start]))
}

fn count_words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The content after the cue: skips a "that", the listener of "told", and closing punctuation.
#[rustfmt::skip]
static AUXILIARIES: Words = Words::new(
    "is was are were be been has have had will would could can should may might must did does do",
);

/// "said on Friday he met …", "said last week they would …": the start of the clause after a
/// short phrase of time before its subject pronoun (else `start` unchanged).
fn past_time_phrase(text: &str, words: &[Word], start: usize, end: usize) -> usize {
    let k = words.partition_point(|w| w.start < start);
    let opens_time = words.get(k).is_some_and(|w| {
        matches!(
            lower(w.of(text)).as_str(),
            "on" | "in" | "last" | "this" | "earlier" | "late" | "later"
        )
    });
    if !opens_time {
        return start;
    }
    for j in k + 1..(k + 5).min(words.len()) {
        let w = &words[j];
        if w.end > end || text[words[j - 1].end..w.start].trim() != "" {
            return start;
        }
        let l = lower(w.of(text));
        if matches!(l.as_str(), "he" | "she" | "they" | "we" | "i" | "it") {
            return w.start;
        }
        let time = is_time_word(&l) || l.chars().all(|c| c.is_ascii_digit());
        if !time {
            return start;
        }
    }
    start
}

fn is_time_word(l: &str) -> bool {
    matches!(
        l,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "week"
            | "weekend"
            | "month"
            | "year"
            | "day"
            | "night"
            | "morning"
            | "afternoon"
            | "evening"
            | "this"
            | "last"
            | "earlier"
            | "the"
    )
}

fn content_after(
    text: &str,
    words: &[Word],
    from: usize,
    sentence: Span,
    lex: &Lexicon,
) -> Option<Span> {
    let mut start = from;
    let first_after = words.partition_point(|w| w.start < from);
    // "told reporters that": up to six words before a "that"; eight after a phrase of time or
    // occasion ("said during a call last Thursday that")
    let occasion = words.get(first_after).is_some_and(|w| {
        matches!(
            lower(w.of(text)).as_str(),
            "during" | "on" | "in" | "at" | "after" | "earlier" | "last" | "this"
        )
    });
    for w in words
        .iter()
        .skip(first_after)
        .take(if occasion { 8 } else { 6 })
    {
        let l = lower(w.of(text));
        // a verb before the "that" means the clause began already ("said the video is the
        // nicest thing that …")
        if w.end > sentence.end || AUXILIARIES.has(l.as_str()) {
            break;
        }
        if lex.is_that(&l) {
            start = w.end;
            break;
        }
    }
    start = past_time_phrase(text, words, start, sentence.end);
    let mut end = sentence.end;
    let body = &text[start..end];
    let trimmed_end =
        body.trim_end_matches(|c: char| c.is_whitespace() || ".!?;:,\"”’»)".contains(c));
    end = start + trimmed_end.len();
    let lead = text[start..end].len()
        - text[start..end]
            .trim_start_matches(|c: char| c.is_whitespace() || ",:—–-".contains(c))
            .len();
    start += lead;
    (start < end).then(|| Span::new(start, end))
}
