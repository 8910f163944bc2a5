//! Attribution of a quoted stretch: its kind (direct or mixed), whether it is speech at all
//! (scare quotes and titles are not), and the cue and speaker phrase around it.

use super::candidates::Candidate;
use super::cues::Lexicon;
use super::speaker::{speaker_after, subject_before, Phrase, PhraseKind};
use super::tokens::{is_capitalised, lower, Word};
use super::Paragraph;
use crate::case::ToLower;
use crate::model::{QuoteKind, Span};
use crate::segment::sentences;
use crate::wordlist::Words;

/// A cue word (or two) and the speaker phrase it names.
#[derive(Clone, Copy, Debug)]
pub struct Attribution {
    pub cue: Span,
    pub speaker: Option<Phrase>,
}

/// Words that introduce a title or a term, not speech ("a film called “X”").
#[rustfmt::skip]
static TITLE_CUES: Words = Words::new(concat!(
    "called dubbed titled entitled named so-called term word words phrase slogan hashtag label ",
    "film book song album show series novel play movie article documentary headline column ",
    "podcast campaign programme program nicknamed known as brand motto magazine ",
));

/// Words after which a cue word is a noun ("head of state", "in comments").
#[rustfmt::skip]
static NOUN_MARKERS: Words = Words::new("of in for with by on at from into whose my your");

/// The kind of a quoted stretch, or `None` when it is not speech.
pub struct Reading {
    pub kind: QuoteKind,
    pub attribution: Option<Attribution>,
}

/// Reads one candidate in its paragraph. `prev_close`/`next_open` bound its context by the
/// neighbouring quotes of the same paragraph.
pub fn read(
    text: &str,
    para: &Paragraph,
    cand: &Candidate,
    prev_close: Option<usize>,
    next_open: Option<usize>,
    lex: &Lexicon,
) -> Option<Reading> {
    let pre = pre_context(text, para.span, cand.open, prev_close);
    let post = post_context(text, para.span, cand.close, next_open);
    let pre_text = pre.of(text).trim();
    let content = cand.content.of(text);
    let starts_upper = content
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic());
    let pre_cue = cue_in_pre(text, &para.words, pre, lex);
    let post_cue = cue_in_post(text, &para.words, post, lex);
    let kind = if pre_text.is_empty()
        || pre_text.ends_with(':')
        || cand.rule == "direct/dialogue-dash"
        || pre_text.ends_with(',') && (starts_upper || prev_close.is_some())
    {
        QuoteKind::Direct
    } else {
        QuoteKind::Mixed
    };
    let attribution = match kind {
        QuoteKind::Direct => post_cue.or(pre_cue),
        _ => pre_cue.or(post_cue),
    };
    let ends_like_speech = content
        .trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with(['.', ',', '!', '?', '…', ':', ';']);
    let words = content.split_whitespace().count();
    let whole_paragraph = cand.open == para.span.start && post.of(text).trim().is_empty();
    let turn = content.trim_end().ends_with(['.', '!', '?']) && words >= 2
        || cand.rule == "direct/dialogue-dash";
    if attribution.is_none() && words <= 3 && !whole_paragraph && !turn {
        return None;
    }
    // "“(CROSSTALK.)”": a stage direction of a transcript, not words spoken
    let bare = content.trim_end_matches(['.', ',']);
    if bare.starts_with(['(', '[']) && bare.ends_with([')', ']']) && !bare[1..].contains(['(', '['])
    {
        return None;
    }
    // "in his 2012 book, “An American Son.”": the title of a work, even after a cue
    if after_work_noun(text, &para.words, cand.open) && title_case(content) {
        return None;
    }
    // "‘A fight from start to finish’" alone on its line: a subheading set in headline style,
    // whose single marks quote a phrase from the story below
    let single = matches!(cand.rule, "direct/curly-single" | "direct/straight-single");
    if single && whole_paragraph && attribution.is_none() && words <= 12 {
        return None;
    }
    // "what they call “project fear”": a short phrase under a verb that is not a report
    let reports = attribution.is_some_and(|a| {
        let cue = lower(a.cue.of(text));
        let first = cue.split_whitespace().next().unwrap_or_default();
        // "hoped that “…”": any cue with a that-clause reports
        let that_clause = pre_text
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| lex.is_that(&w.to_lower()));
        a.speaker.is_some() && (lex.is_reporting(&cue) || lex.is_according(first) || that_clause)
    });
    // a fragment under a cue with no one named is a phrase held at a distance
    let anonymous = attribution
        .is_some_and(|a| a.speaker.is_none() && !lex.is_reporting(&lower(a.cue.of(text))));
    if kind == QuoteKind::Mixed && (words <= 4 && !reports || anonymous) {
        return None;
    }
    match kind {
        QuoteKind::Mixed => {
            if attribution.is_none() && !sentence_has_cue(text, &para.words, pre, post, lex) {
                return None;
            }
            if words <= 4 && is_title(text, &para.words, cand, lex)
                || title_case(content)
                || words <= 2 && after_determiner(text, &para.words, cand.open, lex)
            {
                return None;
            }
        }
        _ => {
            let continues_sentence = post
                .of(text)
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
            if attribution.is_none()
                && !ends_like_speech
                && words < 8
                && cand.closed
                && (continues_sentence || words <= 3)
            {
                return None;
            }
            if attribution.is_none() && is_title(text, &para.words, cand, lex) && words <= 4 {
                return None;
            }
        }
    }
    Some(Reading { kind, attribution })
}

/// The clause before the opening mark: from the last sentence start, or the previous quote.
fn pre_context(text: &str, para: Span, open: usize, prev_close: Option<usize>) -> Span {
    let from = prev_close.unwrap_or(para.start).max(para.start);
    let range = Span::new(from, open);
    let trimmed = range.of(text).trim_end();
    if trimmed.is_empty() || trimmed.ends_with(['.', '!', '?']) && prev_close.is_none() {
        return Span::new(open, open);
    }
    if prev_close.is_some() {
        // after a quote: up to the first sentence end
        let all = sentences(text, range);
        if let Some(s) = all.first() {
            let t = s.of(text).trim_end();
            if t.ends_with(['.', '!', '?']) && s.end < open {
                // "… comment. Pence replied, “…”": the sentence that opens the quote
                return all
                    .last()
                    .filter(|l| {
                        l.start > s.start
                            && !Span::new(l.start, open)
                                .of(text)
                                .trim_end()
                                .ends_with(['.', '!', '?'])
                    })
                    .map_or(Span::new(open, open), |l| Span::new(l.start, open));
            }
        }
        return range;
    }
    sentences(text, range)
        .last()
        .copied()
        .map_or(range, |s| Span::new(s.start, open))
}

/// The clause after the closing mark, up to the sentence end or the next quote.
fn post_context(text: &str, para: Span, close: usize, next_open: Option<usize>) -> Span {
    let to = next_open.unwrap_or(para.end).min(para.end);
    if close >= to {
        return Span::new(close, close);
    }
    let range = Span::new(close, to);
    match sentences(text, range).first() {
        Some(s) if s.start == close || text[close..s.start].trim().is_empty() => {
            Span::new(close, s.end)
        }
        Some(s) => Span::new(close, s.end.min(to)),
        None => range,
    }
}

fn words_in(words: &[Word], span: Span) -> (usize, usize) {
    let a = words.partition_point(|w| w.start < span.start);
    let b = words.partition_point(|w| w.end <= span.end);
    (a, b.max(a))
}

/// Index of a cue at word `i`: a reporting verb or the first word of "according to".
pub fn cue_at(
    text: &str,
    words: &[Word],
    i: usize,
    lex: &Lexicon,
    stance: bool,
) -> Option<CueMatch> {
    let l = lower(words[i].of(text));
    // English's cues too, unless they are the language's own
    let en = super::cues::lexicon(crate::lang::Lang::En).according;
    let en: &[_] = if std::ptr::eq(lex.according, en) {
        &[]
    } else {
        en
    };
    for (a, b) in lex.according.iter().chain(en) {
        if l == *a {
            if b.is_empty() {
                return Some(CueMatch {
                    first: i,
                    last: i,
                    speaker_follows: true,
                });
            }
            if words.get(i + 1).is_some_and(|w| lower(w.of(text)) == *b) {
                return Some(CueMatch {
                    first: i,
                    last: i + 1,
                    speaker_follows: true,
                });
            }
        }
    }
    if matches!(l.as_str(), "went" | "goes") && words.get(i + 1).is_some_and(|w| w.of(text) == "on")
    {
        return Some(CueMatch {
            first: i,
            last: i + 1,
            speaker_follows: false,
        });
    }
    if lex.according_one.has(l.as_str()) {
        return Some(CueMatch {
            first: i,
            last: i,
            speaker_follows: true,
        });
    }
    if lex.is_speech(&l) || stance && lex.is_stance(&l) {
        if is_capitalised(words[i].of(text)) && i > 0 {
            return None; // "Said" inside a name or title
        }
        // a noun, not a verb: "the report", "head of state", "his comments"
        let prev = i
            .checked_sub(1)
            .filter(|&j| super::tokens::only_spaces(&text[words[j].end..words[i].start]))
            .map(|j| lower(words[j].of(text)));
        if let Some(prev) = prev {
            let possessive = prev.ends_with("'s") || prev.ends_with("s'");
            if lex.determiners.has(prev.as_str()) || NOUN_MARKERS.has(prev.as_str()) || possessive {
                return None;
            }
        }
        // "went on", "goes on"
        if matches!(l.as_str(), "went" | "goes" | "go") {
            return None;
        }
        return Some(CueMatch {
            first: i,
            last: i,
            speaker_follows: false,
        });
    }
    None
}

#[derive(Clone, Copy, Debug)]
pub struct CueMatch {
    pub first: usize,
    pub last: usize,
    pub speaker_follows: bool,
}

impl CueMatch {
    /// The cue's words in the text, from the first to the last.
    pub fn span(&self, words: &[Word]) -> Span {
        Span::new(words[self.first].start, words[self.last].end)
    }
}

/// The speaker of a cue: after it for "according to", else before it, else after it.
pub fn speaker_of(
    text: &str,
    words: &[Word],
    cue: CueMatch,
    floor: usize,
    ceiling: usize,
    lex: &Lexicon,
) -> Option<Phrase> {
    if cue.speaker_follows {
        return speaker_after(text, words, cue.last + 1, ceiling, lex).or_else(|| {
            lex.is_according(&lower(words[cue.first].of(text)))
                .then(|| source_after(text, words, cue.last + 1, ceiling))
                .flatten()
        });
    }
    subject_before(text, words, cue.first, floor, lex).or_else(|| {
        // "telling reporters", "told the Times": the listener follows, not the speaker
        if takes_listener(&lower(words[cue.first].of(text))) {
            return None;
        }
        let next = words.get(cue.last + 1)?;
        // "…, said Cook." but not "said Cook provided a statement"
        let p = super::tokens::only_spaces(&text[words[cue.last].end..next.start])
            .then(|| speaker_after(text, words, cue.last + 1, ceiling, lex))
            .flatten()?;
        let rest = text[p.span.end..ceiling.max(p.span.end)].trim_start();
        (rest.is_empty() || rest.starts_with([',', '.', ';', ':', '!', '?', '(', '—', '–']))
            .then_some(p)
    })
}

/// "according to the campaign", "according to a person close to the talks": after
/// "according to", any phrase up to the next punctuation names the source.
fn source_after(text: &str, words: &[Word], start: usize, ceiling: usize) -> Option<Phrase> {
    words.get(start).filter(|w| w.end <= ceiling)?;
    let mut end = start;
    while end + 1 < words.len()
        && end + 1 < start + 10
        && words[end + 1].end <= ceiling
        && super::tokens::only_spaces(&text[words[end].end..words[end + 1].start])
    {
        end += 1;
    }
    Some(Phrase {
        span: Span::new(words[start].start, words[end].end),
        kind: PhraseKind::Nominal,
        gender: None,
        plural: false,
    })
}

/// Participles and verbs of telling, whose following name is a listener or an object.
pub fn takes_listener(cue: &str) -> bool {
    cue.ends_with("ing")
        || matches!(
            cue,
            "told" | "tell" | "tells" | "asked" | "urged" | "warned"
        )
}

/// The speaker announced by a paragraph that ends with a colon ("Cruz continued:"), for a
/// quotation that fills the next paragraph.
pub fn colon_lead(text: &str, para: &Paragraph, lex: &Lexicon) -> Option<Attribution> {
    if !para.span.of(text).trim_end().ends_with(':') {
        return None;
    }
    let last = sentences(text, para.span).last().copied()?;
    cue_in_pre(text, &para.words, last, lex)
}

/// The last cue before the quote in its clause, with its speaker.
fn cue_in_pre(text: &str, words: &[Word], pre: Span, lex: &Lexicon) -> Option<Attribution> {
    if pre.is_empty() {
        return None;
    }
    let (a, b) = words_in(words, pre);
    // "When Trump suggested …, Rubio fired back:": the clause before the colon speaks
    if pre.of(text).trim_end().ends_with(':') && a < b {
        let last_comma = (a..b - 1)
            .rev()
            .find(|&k| text[words[k].end..words[k + 1].start].contains(','));
        if let Some(k) = last_comma {
            let clause_cue = (k + 1..b).find(|&i| cue_at(text, words, i, lex, true).is_some());
            if let Some(p) = subject_at_start(text, words, k + 1, pre.end, lex) {
                if p.kind != super::speaker::PhraseKind::Nominal {
                    let cue = clause_cue
                        .map_or(Span::new(words[k + 1].start, words[k + 1].start), |i| {
                            words[i].span()
                        });
                    return Some(Attribution {
                        cue,
                        speaker: Some(p),
                    });
                }
            }
        }
    }
    for i in (a..b).rev() {
        if let Some(cue) = cue_at(text, words, i, lex, true) {
            let speaker = speaker_of(text, words, cue, pre.start, pre.end, lex)
                .or_else(|| sentence_subject(text, words, a, i, lex));
            if speaker.is_none()
                && lex.is_stance(&lower(words[i].of(text)))
                && !lex.is_speech(&lower(words[i].of(text)))
            {
                continue;
            }
            return Some(Attribution {
                cue: cue.span(words),
                speaker,
            });
        }
    }
    // "Smith put it this way:" — the subject of a clause that hands over with a colon;
    // "More from Jones:" — the name right before the colon
    if pre.of(text).trim_end().ends_with(':') && a < b {
        let first = &words[a];
        let last = b - 1;
        let speaker = super::speaker::name_ending_at(text, words, last, pre.start)
            .or_else(|| subject_at_start(text, words, a, pre.end, lex))
            .or_else(|| sentence_subject(text, words, a, last, lex));
        if let Some(s) = speaker {
            return Some(Attribution {
                cue: Span::new(first.start, first.start),
                speaker: Some(s),
            });
        }
    }
    None
}

/// The subject that opens a sentence, for a cue it governs from afar ("Clinton posted a
/// comment, saying, …", "Carson did not name anyone, but told his supporters, …").
pub fn sentence_subject(
    text: &str,
    words: &[Word],
    a: usize,
    cue: usize,
    lex: &Lexicon,
) -> Option<Phrase> {
    let mut start = a;
    for _ in 0..2 {
        if start >= cue {
            return None;
        }
        if let Some(p) = subject_at_start(text, words, start, words[cue].start, lex) {
            return Some(p);
        }
        // after an opening phrase: "Later on Sunday, Carson …"
        let comma = (start..cue.min(start + 16)).find(|&k| {
            text[words[k].end..words.get(k + 1).map_or(words[k].end, |w| w.start)].contains(',')
        })?;
        start = comma + 1;
    }
    None
}

fn subject_at_start(
    text: &str,
    words: &[Word],
    a: usize,
    end: usize,
    lex: &Lexicon,
) -> Option<Phrase> {
    let first = words.get(a)?;
    if let Some(g) = lex.pronoun_gender(&lower(first.of(text))) {
        return Some(Phrase {
            span: first.span(),
            kind: super::speaker::PhraseKind::Pronoun,
            gender: Some(g),
            plural: false,
        });
    }
    let p = speaker_after(text, words, a, end, lex)?;
    (p.span.start == words[a].start).then_some(p)
}

/// A cue right after the closing mark: ", Putin said", ", said the minister", ", she added".
fn cue_in_post(text: &str, words: &[Word], post: Span, lex: &Lexicon) -> Option<Attribution> {
    if post.is_empty() {
        return None;
    }
    let (a, b) = words_in(words, post);
    if a >= b {
        return None;
    }
    let lead = &text[post.start..words[a].start];
    if !lead
        .chars()
        .all(|c| c.is_whitespace() || ",;—–-―(".contains(c))
    {
        return None;
    }
    // a signature: "“…” ― Carla Sanchez"
    if lead.contains(['―', '—', '–']) && !lead.contains(',') {
        if let Some(p) = super::speaker::name_at(text, words, a, post.end) {
            let dash = post.start + lead.find(['―', '—', '–']).unwrap_or(0);
            let len = text[dash..].chars().next().map_or(0, char::len_utf8);
            return Some(Attribution {
                cue: Span::new(dash, dash + len),
                speaker: Some(p),
            });
        }
    }
    for i in a..b.min(a + 40) {
        if i > a && text[words[i - 1].end..words[i].start].contains(['!', '?', ';', ':']) {
            break;
        }
        if i > a + 10 && !text[words[a].end..words[i].start].contains(',') {
            break;
        }
        let Some(cue) = cue_at(text, words, i, lex, false) else {
            continue;
        };
        if i == a {
            let speaker = speaker_after(text, words, cue.last + 1, post.end, lex);
            return Some(Attribution {
                cue: cue.span(words),
                speaker,
            });
        }
        // "a déclaré Claire Dumas", "ha detto Giulia Rossi"
        if (a..i).all(|k| lex.is_between(&lower(words[k].of(text)))) {
            let speaker = speaker_after(text, words, cue.last + 1, post.end, lex);
            return Some(Attribution {
                cue: Span::new(words[a].start, words[cue.last].end),
                speaker,
            });
        }
        let speaker = subject_before(text, words, i, post.start, lex)?;
        // a few descriptor words may stand before the name, not a clause
        let lead_words = words[a..i]
            .iter()
            .take_while(|w| w.start < speaker.span.start)
            .count();
        let lead_plain = speaker.span.start <= words[a].start
            || !text[words[a].start..speaker.span.start].contains([',', '.', ';']);
        if lead_words > 8 || lead_words > 4 && !lead_plain {
            return None;
        }
        return Some(Attribution {
            cue: cue.span(words),
            speaker: Some(speaker),
        });
    }
    name_and_verb(text, words, a, post)
}

/// "“…,” Hannity started." / "“…?” reacted Trump.": after a quote that hands over with a
/// comma or a question, a clause of only a name and a past-tense verb names its speaker.
fn name_and_verb(text: &str, words: &[Word], a: usize, post: Span) -> Option<Attribution> {
    let hands_over = text[..post.start]
        .trim_end_matches(['"', '”', '’', '\'', '»'])
        .ends_with([',', '?', '!']);
    // up to the sentence end or an apposition's comma ("remembered Ann Lee, her aide.")
    let from = words.get(a)?.start;
    let clause_end = text[from..post.end]
        .find(['.', '!', '?', ';', ','])
        .map_or(post.end, |k| from + k);
    let (_, b) = words_in(words, Span::new(post.start, clause_end));
    if !hands_over || b <= a + 1 || b > a + 4 {
        return None;
    }
    let past = |w: &Word| {
        let s = w.of(text);
        s.ends_with("ed") && s.chars().all(|c| c.is_ascii_lowercase())
    };
    let (verb, name) = if past(&words[a]) {
        (a, super::speaker::name_at(text, words, a + 1, clause_end)?)
    } else if past(&words[b - 1]) {
        (
            b - 1,
            super::speaker::name_at(text, words, a, words[b - 1].start)?,
        )
    } else {
        return None;
    };
    let name_words = words_in(words, name.span);
    // the name and the verb make up the whole clause
    (name_words.1 - name_words.0 + 1 == b - a && name.kind == super::speaker::PhraseKind::Name)
        .then(|| Attribution {
            cue: words[verb].span(),
            speaker: Some(name),
        })
}

fn sentence_has_cue(text: &str, words: &[Word], pre: Span, post: Span, lex: &Lexicon) -> bool {
    let span = Span::new(pre.start, post.end.max(pre.end));
    let (a, b) = words_in(words, span);
    (a..b).any(|i| cue_at(text, words, i, lex, true).is_some())
}

/// "the “plan”": a word held at a distance, not speech.
fn after_determiner(text: &str, words: &[Word], open: usize, lex: &Lexicon) -> bool {
    let before = words.partition_point(|w| w.end <= open);
    before.checked_sub(1).is_some_and(|i| {
        lex.is_determiner(&lower(words[i].of(text))) && text[words[i].end..open].trim().is_empty()
    })
}

/// Every word capitalised and no sentence end: a name of a show, a book, a slogan.
fn title_case(content: &str) -> bool {
    let inner: Vec<&str> = content.split_whitespace().collect();
    inner.len() <= 6
        && !content.trim_end().ends_with(['!', '?'])
        && inner.iter().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty()
                || is_capitalised(w)
                || matches!(
                    w,
                    "of" | "the" | "and" | "a" | "in" | "on" | "for" | "to" | "with"
                )
        })
}

/// Nouns that name a work by its title: "her memoir, “Tough Choices”".
#[rustfmt::skip]
static WORK_NOUNS: Words = Words::new(concat!(
    "book memoir memoirs autobiography biography novel film movie documentary show series song ",
    "album column essay article op-ed play podcast headline ",
));

/// True when the word before the opening mark (a comma may stand between) names a work.
fn after_work_noun(text: &str, words: &[Word], open: usize) -> bool {
    let before = words.partition_point(|w| w.end <= open);
    before.checked_sub(1).is_some_and(|i| {
        let gap = text[words[i].end..open].trim();
        (gap.is_empty() || gap == ",") && WORK_NOUNS.has(lower(words[i].of(text)).as_str())
    })
}

/// A short quote right after "a film called", "the so-called", or one in title case.
fn is_title(text: &str, words: &[Word], cand: &Candidate, _lex: &Lexicon) -> bool {
    let before = words.partition_point(|w| w.end <= cand.open);
    let prev = before.checked_sub(1).map(|i| lower(words[i].of(text)));
    if prev.as_deref().is_some_and(|p| TITLE_CUES.has(p)) {
        return true;
    }
    let content = cand.content.of(text);
    let inner: Vec<&str> = content.split_whitespace().collect();
    inner.len() >= 2
        && inner.iter().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty()
                || is_capitalised(w)
                || matches!(w, "of" | "the" | "and" | "a" | "in" | "on" | "for" | "to")
        })
        && !content.trim_end().ends_with(['.', '!', '?', ','])
}
