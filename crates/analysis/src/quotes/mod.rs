//! Quotations and their speakers.
//!
//! [`find`] reads as the algorithm:
//! 1. paragraphs and their words;
//! 2. quoted stretches in every form of quotation mark, over paragraphs, and dialogue dashes
//!    ([`candidates`]);
//! 3. each stretch read in its sentence: direct or mixed, speech or a scare quote or title, and
//!    the cue and speaker phrase around it ([`attribution`], [`speaker`], per-language
//!    [`cues`]);
//! 4. reported speech without marks in the other sentences ([`indirect`]);
//! 5. the article's people from names and appositions, spellings merged ([`people`]);
//! 6. speaker phrases resolved to people in reading order; a quote without a cue continues
//!    the speaker of the quote it belongs with.

pub mod attribution;
pub mod candidates;
pub mod cues;
pub mod indirect;
pub mod people;
pub mod spans;
pub mod speaker;
pub mod tokens;

use crate::lang::Lang;
use crate::model::{Quote, QuoteKind, Span, SpeakerVia};
use crate::wordlist::Words;
use speaker::{Phrase, PhraseKind};
use tokens::Word;

/// A body paragraph with its words.
pub struct Paragraph {
    pub span: Span,
    pub words: Vec<Word>,
    /// A line without closing punctuation (a heading, a caption): its names do not move
    /// the discourse focus.
    pub heading: bool,
    /// A line beside the story (a link to another story, a photo's caption): it quotes no one.
    pub aside: bool,
}

/// A quotation or reported speech before its speaker is resolved.
struct Item {
    span: Span,
    /// From the opening to past the closing mark (the content itself for reported speech).
    outer: Span,
    para: usize,
    kind: QuoteKind,
    cue: Option<Span>,
    phrase: Option<Phrase>,
    /// True when the item has a cue of its own (even one without a speaker phrase).
    attributed: bool,
    /// Reported with "say" or "tell": speech whoever the source is.
    plain: bool,
    continues: bool,
    rule: String,
    speaker: Option<usize>,
    via: Option<SpeakerVia>,
    mention: Option<Span>,
}

/// Finds the quotations inside the body spans of `text`, with their speakers.
pub fn find(text: &str, body: &[Span], lang: Lang) -> Vec<Quote> {
    let lex = cues::lexicon(lang);
    // 1. Paragraphs and their words.
    let paras: Vec<Paragraph> = body
        .iter()
        .map(|&span| {
            let aside = aside(span.of(text));
            Paragraph {
                span,
                words: tokens::words(text, span),
                heading: aside || is_heading(span.of(text)),
                aside,
            }
        })
        .collect();
    // 2. Quoted stretches.
    let cands = candidates::find(text, body, lang);
    // 3. Each read in its sentence.
    let mut items = Vec::new();
    for (k, c) in cands.iter().enumerate() {
        let prev_close = k
            .checked_sub(1)
            .map(|j| &cands[j])
            .filter(|p| p.para == c.para)
            .map(|p| p.close);
        let next_open = cands
            .get(k + 1)
            .filter(|n| n.para == c.para)
            .map(|n| n.open);
        let para = &paras[c.para];
        // "READ MORE: ‘…’ to blame for …": the title of another story, quoting no one here
        if para.aside {
            continue;
        }
        let Some(reading) = attribution::read(text, para, c, prev_close, next_open, lex) else {
            continue;
        };
        let mut attribution = reading.attribution;
        if attribution.is_none() && c.open == para.span.start && c.para > 0 {
            attribution = attribution::colon_lead(text, &paras[c.para - 1], lex);
        }
        let mut phrase = attribution.and_then(|a| a.speaker);
        let mut content = c.content;
        let mut rule = c.rule.to_string();
        // "“…”" then a line "- Jane Doe.": the quote's signature
        let ends_para = text[c.close..para.span.end].trim().is_empty();
        if attribution.is_none() && ends_para {
            if let Some(name) = paras.get(c.para + 1).and_then(|p| signature(text, p.span)) {
                phrase = Some(Phrase {
                    span: name,
                    kind: PhraseKind::Name,
                    gender: None,
                    plural: false,
                });
                rule.push_str("+signature-line");
            }
        }
        if let Some(label) = transcript_label(text, c.content) {
            content = Span::new(label.1, c.content.end);
            phrase = Some(Phrase {
                span: label.0,
                kind: PhraseKind::Name,
                gender: None,
                plural: false,
            });
            rule.push_str("+transcript-label");
        }
        items.push(Item {
            span: content,
            outer: Span::new(c.open, c.close),
            para: c.para,
            kind: reading.kind,
            cue: attribution.map(|a| a.cue).filter(|s| !s.is_empty()),
            phrase,
            attributed: attribution.is_some() || phrase.is_some(),
            plain: false,
            continues: c.continues,
            rule,
            speaker: None,
            via: None,
            mention: None,
        });
    }
    // 4. Reported speech in the sentences without quotations.
    let quoted = spans::SpanIndex::new(items.iter().map(|i| i.outer).collect());
    for (p, para) in paras.iter().enumerate() {
        // "Smith: The plan will fail": a title that gives its words to a name
        let lead = (p == 0 || para.heading)
            .then(|| indirect::headline_lead(text, &para.words, para.span, p == 0))
            .flatten()
            .filter(|r| quoted.overlapping(r.content).next().is_none());
        let headline = lead.is_some();
        for r in lead.into_iter().chain(
            (!para.heading && !headline)
                .then(|| indirect::find(text, para, &quoted, lex))
                .into_iter()
                .flatten(),
        ) {
            items.push(Item {
                span: r.content,
                outer: r.content,
                para: p,
                kind: QuoteKind::Indirect,
                cue: Some(r.attribution.cue),
                phrase: r.attribution.speaker,
                attributed: true,
                plain: r.plain,
                continues: false,
                rule: r.rule.to_string(),
                speaker: None,
                via: None,
                mention: None,
            });
        }
    }
    items.sort_by_key(|i| i.span.start);
    // 5. The article's people.
    let para_words: Vec<(Span, Vec<Word>, bool)> = paras
        .iter()
        .map(|p| (p.span, p.words.clone(), p.heading))
        .collect();
    let quoted_words: Vec<Span> = items
        .iter()
        .filter(|i| i.kind != QuoteKind::Indirect)
        .map(|i| i.span)
        .collect();
    // the subject of a verb of attitude may be a company or a place: it does not speak
    let speakers: Vec<Span> = items
        .iter()
        .filter(|i| !i.rule.starts_with("indirect/attitude"))
        .filter_map(|i| i.phrase)
        .filter(|p| p.kind == PhraseKind::Name)
        .map(|p| p.span)
        .collect();
    let mut people = people::People::build(text, &para_words, &quoted_words, &speakers, lex);
    // 6. Resolution in reading order, then continuation.
    for item in items.iter_mut() {
        if let Some(phrase) = item.phrase {
            item.speaker = people.resolve(text, &phrase, !paras[item.para].heading);
            item.via = Some(match phrase.kind {
                PhraseKind::Name => SpeakerVia::Name,
                PhraseKind::Nominal => SpeakerVia::Nominal,
                PhraseKind::Pronoun => SpeakerVia::Pronoun,
            });
            item.mention = Some(phrase.span);
        }
    }
    // reported speech needs a person (or a role) as its source, not an organisation's name
    items.retain(|i| {
        // a verb of attitude reports only for someone named in full ("EDC declined to …")
        if i.rule.starts_with("indirect/attitude") {
            if let (Some(PhraseKind::Name), id) = (i.phrase.map(|p| p.kind), i.speaker) {
                // …but a body too accuses, condemns and calls for things in public
                return id.is_some_and(|id| people.persons[id].evidently_an_individual())
                    || public_stance(text, i);
            }
        }
        i.kind != QuoteKind::Indirect
            || i.plain
            // "the ministry announced that …": a public statement, whoever makes it
            || public_statement(text, i, lex)
            // "Daily News: …": a title gives its words to whoever it names
            || i.rule == "indirect/headline-lead"
            || match (i.phrase.map(|p| p.kind), i.speaker) {
                // "Cuban complained that …": a verb of speech with a that-clause, and a name
                // that is no acronym, speaks for someone
                (Some(PhraseKind::Name), Some(id)) => {
                    people.persons[id].evidently_a_person()
                        || that_clause(text, i, lex)
                            && people.persons[id].named_like_a_person()
                            && i.phrase.is_some_and(|p| !acronym(p.span.of(text)))
                }
                (Some(PhraseKind::Name), None) => false,
                // "a survey suggested": a body of text or an institution, not a person
                // …but "officials argued", "critics predict": people in the plural
                (Some(PhraseKind::Nominal), None) => i
                    .phrase
                    .is_some_and(|p| !p.plural || names_people(p.span.of(text))),
                _ => true,
            }
    });
    for k in 0..items.len() {
        // a quote with a cue of its own but no one named ("…, adding, “…”") takes the
        // speaker of its neighbour as well
        if items[k].phrase.is_some() || items[k].kind == QuoteKind::Indirect {
            continue;
        }
        if let Some(src) = continuation_source(&items, &paras, k) {
            items[k].speaker = items[src].speaker;
            items[k].mention = items[src].mention;
            let named = items[src].speaker.is_some()
                || items[src]
                    .phrase
                    .is_some_and(|p| p.kind == PhraseKind::Name);
            items[k].via = named.then_some(SpeakerVia::Continuation);
            items[k].rule.push_str("+continuation");
            if let Some(id) = items[k].speaker {
                people.note(items[k].span.start, id);
            }
        } else if let Some(id) = paragraph_subject(&items, &paras, &people, k) {
            // a bare quotation after a paragraph about someone is theirs
            items[k].speaker = Some(id);
            items[k].via = Some(SpeakerVia::Continuation);
            items[k].rule.push_str("+continuation/paragraph-subject");
            people.note(items[k].span.start, id);
        }
    }
    items
        .into_iter()
        .map(|i| {
            let speaker = i
                .speaker
                .map(|id| people.persons[id].canonical())
                .or_else(|| {
                    // a name no person was built for (a transcript label, an organisation)
                    let named = i
                        .phrase
                        .filter(|p| p.kind == PhraseKind::Name)
                        .map(|p| p.span);
                    named
                        .or(i
                            .mention
                            .filter(|_| i.via == Some(SpeakerVia::Continuation)))
                        .map(|span| span.of(text).to_string())
                });
            let via = if speaker.is_some() { i.via } else { None };
            let rule = match (i.cue.is_some(), i.phrase.map(|p| p.kind)) {
                (_, Some(PhraseKind::Name)) => format!("{}+speaker/name", i.rule),
                (_, Some(PhraseKind::Nominal)) => format!("{}+speaker/nominal", i.rule),
                (_, Some(PhraseKind::Pronoun)) => format!("{}+speaker/pronoun", i.rule),
                (true, None) => format!("{}+cue-without-speaker", i.rule),
                _ => i.rule,
            };
            Quote {
                start: i.span.start,
                end: i.span.end,
                text: i.span.of(text).to_string(),
                speaker,
                speaker_start: i.mention.map(|m| m.start),
                speaker_end: i.mention.map(|m| m.end),
                speaker_via: via,
                cue: i.cue.map(|c| c.of(text).to_string()),
                kind: i.kind,
                rule,
            }
        })
        .collect()
}

/// The item a quote without a cue takes its speaker from: the quote it continues over a
/// paragraph break, the speech before it in its paragraph, the attributed quote after it in
/// its paragraph, or — for a paragraph that is a bare quote — the last speech of the paragraph
/// before.
fn continuation_source(items: &[Item], paras: &[Paragraph], k: usize) -> Option<usize> {
    let item = &items[k];
    let prev = k.checked_sub(1);
    if item.continues {
        return prev
            .filter(|&p| items[p].kind != QuoteKind::Indirect && items[p].para + 1 == item.para);
    }
    if let Some(p) = prev.filter(|&p| items[p].para == item.para) {
        return Some(p);
    }
    if let Some(_next) = items
        .get(k + 1)
        .filter(|n| n.para == item.para && n.kind != QuoteKind::Indirect && n.attributed)
    {
        return Some(k + 1);
    }
    let para = &paras[item.para];
    let bare = item.outer.start == para.span.start;
    let p = prev?;
    let gap_ok = items[p].para + 1 == item.para && !paras[items[p].para].heading;
    (bare && gap_ok && item.kind == QuoteKind::Direct).then_some(p)
}

/// True when a speech verb (not one of attitude) opens the item's content with "that".
fn that_clause(text: &str, item: &Item, lex: &cues::Lexicon) -> bool {
    let Some(cue) = item.cue.filter(|c| c.end <= item.span.start) else {
        return false;
    };
    let verb = tokens::lower(cue.of(text));
    let between = &text[cue.end..item.span.start];
    item.rule.starts_with("indirect/content-after-cue")
        && lex.is_speech(&verb)
        && !lex.is_attitude(&verb)
        && between.split_whitespace().count() <= 4
        && between
            .split_whitespace()
            .last()
            .is_some_and(|w| lex.is_that(&tokens::lower(w)))
}

/// True when a verb of public statement opens the item's content with "that" ("the
/// ministry announced that …", "the court declared that …").
fn public_statement(text: &str, item: &Item, lex: &cues::Lexicon) -> bool {
    let Some(cue) = item
        .cue
        .filter(|c| lex.is_statement(&tokens::lower(c.of(text))))
    else {
        return false;
    };
    // "the agency announced it would …": a subject pronoun right after the verb
    let pronoun_clause = || {
        item.rule.starts_with("indirect/content-after-cue")
            && cue.end <= item.span.start
            && text[cue.end..item.span.start].trim().is_empty()
            && first_word_is(text, item, &["it", "they", "we"])
    };
    that_clause(text, item, lex) || pronoun_clause()
}

/// True when the reported words open with one of `words` (lower case).
fn first_word_is(text: &str, item: &Item, words: &[&str]) -> bool {
    item.span
        .of(text)
        .split_whitespace()
        .next()
        .is_some_and(|w| words.contains(&tokens::lower(w).as_str()))
}

/// True for a verb of attitude that a body takes in public as a person does: "the ministry
/// condemned the attack", "the council called for calm".
fn public_stance(text: &str, item: &Item) -> bool {
    let Some(cue) = item.cue else {
        return false;
    };
    let verb = tokens::lower(cue.of(text));
    let appeal = matches!(verb.as_str(), "call" | "calls" | "called" | "calling")
        && text[cue.end..item.span.start].trim().is_empty()
        && first_word_is(text, item, &["for"]);
    // a quoted word inside is read as the body's own words, not as a stance
    let quoted = item.span.of(text).contains(['"', '“', '”', '«', '»']);
    (appeal || PUBLIC_STANCES.has(verb.as_str())) && !quoted
}

/// Verbs of attitude a body takes in public (see [`public_stance`]).
#[rustfmt::skip]
static PUBLIC_STANCES: Words = Words::new(concat!(
    "accuse accuses accused accusing condemn condemns condemned condemning criticize criticizes ",
    "criticized criticizing criticise criticises criticised criticising denounce denounces ",
    "denounced urge urges urged urging blast blasts blasted blame blames blamed ",
));

/// True for a name written in capitals, like most organisations' short names ("EU", "PBO").
fn acronym(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    })
}

/// True when a nominal's last word is a role held by people ("officials", "critics") or an
/// opinion poll, which reports what people told it.
pub fn names_people(nominal: &str) -> bool {
    nominal
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .find(|w| !w.is_empty())
        .is_some_and(|w| {
            let l = tokens::lower(w);
            speaker::is_role(&l) || l.strip_suffix('s').is_some_and(speaker::is_role)
        })
        || indirect::is_poll(nominal)
}

/// "- Jane Doe." — a line that signs the quotation before it: the name's span.
fn signature(text: &str, line: Span) -> Option<Span> {
    let s = line.of(text);
    let body = s.trim_start().strip_prefix(['-', '—', '–', '―'])?;
    let name = body.trim().trim_end_matches('.');
    let words: Vec<&str> = name.split_whitespace().collect();
    let ok = (1..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.contains([',', ':']));
    ok.then(|| {
        let start = line.start + (s.len() - body.len()) + (body.len() - body.trim_start().len());
        Span::new(start, start + name.len())
    })
}

/// "WALLACE: Let's start …" — a transcript's speaker label: its span and where the words start.
fn transcript_label(text: &str, content: Span) -> Option<(Span, usize)> {
    let s = content.of(text);
    let colon = s.find(": ")?;
    let label = &s[..colon];
    let ok = (2..=30).contains(&label.len())
        && label.split(' ').count() <= 3
        && label
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-' || c == '\'')
        && label.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    ok.then(|| {
        let words_at = content.start + colon + 2;
        (Span::new(content.start, content.start + colon), words_at)
    })
}

/// The person the paragraph before a bare quotation is about: the last subject named there,
/// when that paragraph reports no speech of its own and the person speaks in the article.
fn paragraph_subject(
    items: &[Item],
    paras: &[Paragraph],
    people: &people::People,
    k: usize,
) -> Option<usize> {
    let item = &items[k];
    let para = &paras[item.para];
    if item.kind != QuoteKind::Direct || item.outer.start != para.span.start || item.para == 0 {
        return None;
    }
    let prev = &paras[item.para - 1];
    // items are in text order: only neighbours of item k can be in the paragraph before
    let before = items[..k]
        .iter()
        .rev()
        .take_while(|i| i.para + 1 >= item.para);
    if prev.heading || before.into_iter().any(|i| i.para == item.para - 1) {
        return None;
    }
    people
        .mentions
        .range(prev.span.start..prev.span.end)
        .rev()
        .map(|(_, m)| m)
        .filter(|m| m.subject)
        .map(|m| m.person)
        .find(|&id| people.persons[id].may_be_he_or_she())
}

/// True for a line beside the story: a link to another story or a photo's caption.
fn aside(s: &str) -> bool {
    link_teaser(s) || caption(s)
}

/// True for a photo's caption: "… are seen in this undated handout photo. …", or a line that
/// ends with its credit "Jane Roe/Reuters".
fn caption(s: &str) -> bool {
    let l = tokens::lower(s);
    let in_this_photo = l.match_indices("in this ").any(|(k, m)| {
        l[k + m.len()..]
            .split_whitespace()
            .take(4)
            .any(|w| w.trim_end_matches(['.', ',']) == "photo")
    });
    let credit = s
        .trim_end()
        .trim_end_matches(['.', ')'])
        .rsplit(' ')
        .next()
        .is_some_and(|w| {
            w.split('/').count() >= 2
                && w.split('/')
                    .all(|p| p.starts_with(|c: char| c.is_uppercase()))
        });
    l.starts_with("open this photo in gallery") || in_this_photo || credit
}

/// True for a line that links to another story: "READ MORE: …", "WATCH: …", "Related: …".
fn link_teaser(s: &str) -> bool {
    let Some((label, _)) = s.trim_start().split_once(':') else {
        return false;
    };
    matches!(
        tokens::lower(label.trim()).as_str(),
        "read more" | "watch" | "related" | "see also" | "read also" | "listen" | "more"
    )
}

/// True for a short line without closing punctuation: a heading, a caption, a date line.
fn is_heading(s: &str) -> bool {
    let t = s.trim_end();
    let marks = || {
        t.chars()
            .filter(|c| {
                matches!(
                    c,
                    '"' | '“' | '”' | '„' | '«' | '»' | '‹' | '›' | '「' | '」' | '『' | '』'
                )
            })
            .count()
    };
    !t.ends_with([
        '.', '!', '?', '…', ':', '"', '”', '“', '»', '«', '’', ')', ';', ',', '」', '』',
    ]) && t.split_whitespace().nth(25).is_none()
        && marks() < 2
}
