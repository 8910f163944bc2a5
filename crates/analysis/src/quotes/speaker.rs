//! Speaker phrases next to a reporting verb: the name, nominal or pronoun that says who spoke.
//!
//! Works on the words of one paragraph. `subject_before` reads leftwards from the verb
//! ("Putin said", "a spokeswoman for the ministry said", "Jane Doe, 45, said"),
//! `speaker_after` reads rightwards ("said Putin", "according to the Belarusian leader").

use super::cues::{self, Gender, Lexicon};
use super::tokens::{is_capitalised, lower, phrase_gap, phrase_gap_after, strip_possessive, Word};
use crate::model::Span;
use crate::wordlist::Words;

/// What kind of words name the speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhraseKind {
    Name,
    Nominal,
    Pronoun,
}

/// A speaker mention next to a cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phrase {
    pub span: Span,
    pub kind: PhraseKind,
    /// The gender a pronoun states.
    pub gender: Option<Gender>,
    /// A plural pronoun or nominal ("they", "officials"): never one person.
    pub plural: bool,
}

/// Nouns that speak for an organisation ("the ministry said"): a speaker, never a person.
#[rustfmt::skip]
static BODIES: Words = Words::new(concat!(
    "ministry government department agency company campaign police court report statement study ",
    "poll survey office committee commission council party embassy kremlin army military group ",
    "organization organisation union board administration firm bank website newspaper paper ",
    "agency authorities prosecutors lawyers spokesperson team club league federation association ",
    "foundation institute center centre service services network post source data figures ",
    "documents memo letter filing lawsuit complaint researchers scientists polls surveys reports ",
    "studies ",
));

#[rustfmt::skip]
static NAME_LINKS: Words = Words::new(
    "de da di du van von der den del della dos das bin ibn al el la le ter st",
);

/// True for a word that can stand inside a person's name or title run.
pub fn name_like(text: &str, w: &Word) -> bool {
    let s = w.of(text);
    let shouted = || {
        s.chars().filter(|c| c.is_alphabetic()).count() > 3 && !s.chars().any(char::is_lowercase)
    };
    let l = || lower(strip_possessive(s));
    is_capitalised(s) && !shouted() && {
        let l = l();
        !cues::NOT_NAMES.has(l.as_str()) || cues::TITLES.has(l.as_str())
    }
}

fn is_title_or_nation(l: &str) -> bool {
    cues::TITLES.has(l) || cues::is_nationality(l)
}

/// True for a role noun ("spokeswoman", "leader").
pub fn is_role(l: &str) -> bool {
    cues::ROLES.has(l)
}

fn is_body(l: &str) -> bool {
    BODIES.has(l)
}

fn gap(text: &str, a: &Word, b: &Word) -> bool {
    phrase_gap_after(a.of(text), &text[a.end..b.start])
}

/// A pronoun phrase for word `w`, if it is a subject pronoun.
fn pronoun(text: &str, w: &Word, lex: &Lexicon) -> Option<Phrase> {
    let l = lower(without_contraction(w.of(text)));
    if let Some(g) = lex.pronoun_gender(&l) {
        return Some(Phrase {
            span: w.span(),
            kind: PhraseKind::Pronoun,
            gender: Some(g),
            plural: false,
        });
    }
    let plural = matches!(
        l.as_str(),
        "they"
            | "we"
            | "i"
            | "ils"
            | "elles"
            | "nous"
            | "sie"
            | "wir"
            | "ellos"
            | "ellas"
            | "они"
            | "мы"
            | "я"
            | "je"
            | "ich"
            | "yo"
            | "eles"
            | "elas"
            | "loro"
    );
    plural.then_some(Phrase {
        span: w.span(),
        kind: PhraseKind::Pronoun,
        gender: None,
        plural: true,
    })
}

/// A pronoun without the auxiliary contracted onto it ("I've" is "I", "she’ll" is "she").
fn without_contraction(word: &str) -> &str {
    let Some(at) = word.find(['\'', '’']) else {
        return word;
    };
    let tail = &word[at + word[at..].chars().next().map_or(1, char::len_utf8)..];
    if ["ve", "ll", "d", "m", "re", "s"].contains(&tail.to_ascii_lowercase().as_str()) {
        &word[..at]
    } else {
        word
    }
}

/// The name run ending at word `end` (inclusive), reading leftwards, not before `floor`.
fn name_run_back(text: &str, words: &[Word], end: usize, floor: usize) -> Option<Phrase> {
    if !name_like(text, &words[end]) {
        return None;
    }
    let mut k = end;
    while k > 0 && words[k - 1].start >= floor && gap(text, &words[k - 1], &words[k]) {
        let prev = &words[k - 1];
        let l = lower(prev.of(text));
        // "Vancouver's Bo Horvat": a possessive owns the name, it is not part of it
        if is_possessive(prev.of(text)) {
            break;
        }
        if name_like(text, prev) || (NAME_LINKS.has(l.as_str()) && k < end + 1) {
            k -= 1;
        } else {
            break;
        }
    }
    // a link word cannot start a name
    while k < end && NAME_LINKS.has(lower(words[k].of(text)).as_str()) {
        k += 1;
    }
    name_phrase(text, &words[k..=end])
}

/// A person's name starting at word `start` (a signature after a quote).
pub fn name_at(text: &str, words: &[Word], start: usize, ceiling: usize) -> Option<Phrase> {
    name_run_forward(text, words, start, ceiling).filter(|p| p.kind == PhraseKind::Name)
}

/// A person's name ending at word `end` ("More from Jones:").
pub fn name_ending_at(text: &str, words: &[Word], end: usize, floor: usize) -> Option<Phrase> {
    name_run_back(text, words, end, floor).filter(|p| p.kind == PhraseKind::Name)
}

/// The name run starting at word `start`, reading rightwards.
fn name_run_forward(text: &str, words: &[Word], start: usize, ceiling: usize) -> Option<Phrase> {
    if !name_like(text, &words[start]) {
        return None;
    }
    let mut k = start;
    while k + 1 < words.len() && words[k + 1].end <= ceiling && gap(text, &words[k], &words[k + 1])
    {
        let next = &words[k + 1];
        let l = lower(next.of(text));
        let link =
            NAME_LINKS.has(l.as_str()) && words.get(k + 2).is_some_and(|w| name_like(text, w));
        if !(name_like(text, next) || link) {
            break;
        }
        k += 1;
        if is_possessive(words[k].of(text)) {
            break;
        }
    }
    name_phrase(text, &words[start..=k])
}

/// A name within five words after `start`, past descriptors only (titles, roles,
/// nationalities, bodies, lower-case modifiers), in one phrase.
fn name_ahead(
    text: &str,
    words: &[Word],
    start: usize,
    ceiling: usize,
    lex: &Lexicon,
) -> Option<Phrase> {
    for k in start..start + 5 {
        let w = words.get(k)?;
        if w.end > ceiling {
            return None;
        }
        let l = lower(w.of(text));
        if k > start && name_like(text, w) && !is_title_or_nation(&l) && !is_possessive(w.of(text))
        {
            let p =
                name_run_forward(text, words, k, ceiling).filter(|p| p.kind == PhraseKind::Name)?;
            // "Policy Options editor Jennifer Ditchburn": a body, a role, then the person
            let after = words.partition_point(|w| w.end <= p.span.end);
            return Some(
                after
                    .checked_sub(1)
                    .and_then(|last| role_then_name(text, words, last, ceiling))
                    .unwrap_or(p),
            );
        }
        if lex.is_that(&l) || matches!(l.as_str(), "who" | "which" | "and" | "or" | "but") {
            return None;
        }
        let next = words.get(k + 1)?;
        if !gap(text, w, next) {
            return None;
        }
    }
    None
}

/// A role and a name within six words after `from`, in one phrase.
fn role_then_name(text: &str, words: &[Word], from: usize, ceiling: usize) -> Option<Phrase> {
    let mut k = from;
    for _ in 0..6 {
        let next = words.get(k + 1)?;
        if next.end > ceiling || !gap(text, &words[k], next) {
            return None;
        }
        k += 1;
        if is_role(&lower(words[k].of(text))) && !is_capitalised(words[k].of(text)) {
            let name = words.get(k + 1).filter(|w| gap(text, &words[k], w))?;
            return name_run_forward(text, words, k + 1, ceiling)
                .filter(|_| is_capitalised(name.of(text)));
        }
    }
    None
}

fn is_possessive(s: &str) -> bool {
    strip_possessive(s).len() != s.len()
}

/// A run of capitalised words as a name, or as a nominal when it holds only titles
/// ("The President"), or nothing when it holds no name at all.
fn name_phrase(text: &str, run: &[Word]) -> Option<Phrase> {
    let first = run.first()?;
    let last = run.last()?;
    let end = last.start + strip_possessive(last.of(text)).len();
    let span = Span::new(first.start, end);
    let names = run
        .iter()
        .filter(|w| !is_title_or_nation(&lower(strip_possessive(w.of(text)))))
        .count();
    // a lone nationality word as a surname ("Cuban said")
    let lone_nation = run.len() == 1 && cues::is_nationality(&lower(first.of(text)));
    if names == 0 && !lone_nation {
        let has_role = run.iter().any(|w| is_role(&lower(w.of(text))));
        return has_role.then_some(Phrase {
            span,
            kind: PhraseKind::Nominal,
            gender: None,
            plural: false,
        });
    }
    if run.len() == 1 {
        let l = lower(first.of(text));
        // "Economists believe …": a role in the plural, capitalised as the sentence opens
        if is_role(&l) || is_body(&l) || l.strip_suffix('s').is_some_and(is_role) {
            let plural = l.ends_with('s');
            return Some(Phrase {
                span,
                kind: PhraseKind::Nominal,
                gender: None,
                plural,
            });
        }
    }
    Some(Phrase {
        span,
        kind: PhraseKind::Name,
        gender: None,
        plural: false,
    })
}

/// A nominal ending at word `end`: a determiner, then up to seven words holding a role noun.
fn nominal_back(
    text: &str,
    words: &[Word],
    end: usize,
    floor: usize,
    lex: &Lexicon,
) -> Option<Phrase> {
    let mut k = end;
    let mut has_role = false;
    let mut has_body = false;
    // "his advisers": a role in the plural heads the phrase
    let head = lower(words[end].of(text));
    let plural_role = !is_role(&head) && head.strip_suffix('s').is_some_and(is_role);
    for _ in 0..8 {
        let l = lower(words[k].of(text));
        has_role |= is_role(&l) || k == end && plural_role;
        has_body |= is_body(&l);
        if lex.is_determiner(&l) && k < end {
            let plural = !has_role;
            return (has_role || has_body).then_some(Phrase {
                span: Span::new(words[k].start, words[end].end),
                kind: PhraseKind::Nominal,
                gender: None,
                plural: plural && !has_role || plural_role,
            });
        }
        if k == 0 || words[k - 1].start < floor || !gap(text, &words[k - 1], &words[k]) {
            break;
        }
        k -= 1;
    }
    // no determiner: a bare role ("officials said", "spokeswoman Jane Doe")
    let l = lower(words[end].of(text));
    (is_role(&l) || is_body(&l) || plural_role).then_some(Phrase {
        span: words[end].span(),
        kind: PhraseKind::Nominal,
        gender: None,
        plural: l.ends_with('s'),
    })
}

/// The speaker phrase ending just before word `cue` (skipping "also", "has" …), not before `floor`.
pub fn subject_before(
    text: &str,
    words: &[Word],
    cue: usize,
    floor: usize,
    lex: &Lexicon,
) -> Option<Phrase> {
    let mut j = skip_parenthetical(text, words, cue, floor);
    while j > 0
        && words[j - 1].start >= floor
        && lex.is_between(&lower(words[j - 1].of(text)))
        && !is_capitalised(words[j - 1].of(text))
        && gap_or_comma(&text[words[j - 1].end..words[j].start])
    {
        j -= 1;
    }
    // "Sen. Ann Berg (D-Ore.) has criticized": the parenthesis before the words between
    if j < cue {
        j = skip_parenthetical(text, words, j, floor);
    }
    if j == 0 || words[j - 1].start < floor {
        return None;
    }
    let end = j - 1;
    let skipped = j < cue && text[words[end].end..words[j].start].contains('(');
    let between = if skipped {
        // past a parenthesis: what joins it to the cue decides
        &text[words[cue - 1].end..words[cue].start]
    } else {
        &text[words[end].end..words[j].start]
    };
    let between = between.trim_start_matches(['.', ')']);
    if between.contains(',') {
        return apposition_subject(text, words, end, floor, lex);
    }
    if !(phrase_gap(between) || skipped && between.is_empty()) {
        return None;
    }
    let w = &words[end];
    if let Some(p) = pronoun(text, w, lex) {
        return Some(p);
    }
    if is_capitalised(w.of(text)) {
        if let Some(p) = name_run_back(text, words, end, floor) {
            return Some(
                role_of_name(text, words, p, floor)
                    .or_else(|| of_organisation(text, words, p, floor))
                    .unwrap_or(p),
            );
        }
        // "Critics argue …": a role capitalised only because it opens the sentence
        let opens = end == 0 || words[end - 1].start < floor;
        if !opens {
            return None;
        }
    }
    nominal_back(text, words, end, floor, lex)
}

/// "advisers to Mr. Obama say", "a spokesman for Ms. Ruiz said": the role before "to",
/// "for" or "of" speaks, not the person named after it.
fn role_of_name(text: &str, words: &[Word], p: Phrase, floor: usize) -> Option<Phrase> {
    let k = words.partition_point(|w| w.start < p.span.start);
    let link = k.checked_sub(1)?;
    let role = link.checked_sub(1)?;
    if !matches!(lower(words[link].of(text)).as_str(), "to" | "for" | "of")
        || words[role].start < floor
        || !gap(text, &words[role], &words[link])
        || !gap(text, &words[link], &words[k])
        || is_capitalised(words[role].of(text))
    {
        return None;
    }
    let l = lower(words[role].of(text));
    let singular = l.strip_suffix('s').filter(|s| is_role(s));
    if !is_role(&l) && singular.is_none() {
        return None;
    }
    Some(Phrase {
        span: words[role].span(),
        kind: PhraseKind::Nominal,
        gender: None,
        plural: singular.is_some(),
    })
}

/// "Jingyi Pan of IG said": the person before "of", "at" or "from" speaks, not the body.
fn of_organisation(text: &str, words: &[Word], p: Phrase, floor: usize) -> Option<Phrase> {
    let mut k = words.partition_point(|w| w.start < p.span.start);
    // "Chuck Schumer of New York": capitalised words the name run left out ("New") and "the"
    // belong to the place
    for _ in 0..3 {
        let Some(prev) = k.checked_sub(1) else { break };
        let word = words[prev].of(text);
        let joined = words[prev].start >= floor && gap(text, &words[prev], &words[k]);
        if !(joined && (is_capitalised(word) || word == "the")) {
            break;
        }
        k = prev;
    }
    let link = k.checked_sub(1)?;
    let l = lower(words[link].of(text));
    if !matches!(l.as_str(), "of" | "at" | "from" | "with") || link == 0 {
        return None;
    }
    if !gap(text, &words[link - 1], &words[link]) || !gap(text, &words[link], &words[k]) {
        return None;
    }
    let before = name_run_back(text, words, link - 1, floor)?;
    (before.kind == PhraseKind::Name).then_some(before)
}

fn gap_or_comma(s: &str) -> bool {
    s.chars().all(|c| c == ' ' || c == ',')
}

/// "Rep. Jim Jordan (R-Ohio) said": the index of the first word of a short parenthesis
/// that ends right before word `at`, so the phrase before it reads on; else `at`.
fn skip_parenthetical(text: &str, words: &[Word], at: usize, floor: usize) -> usize {
    let Some(prev) = at.checked_sub(1) else {
        return at;
    };
    let gap = &text[words[prev].end..words[at].start];
    if !gap.trim_start_matches('.').trim_start().starts_with(')') {
        return at;
    }
    let before = &text[floor.min(words[prev].end)..words[prev].end];
    let Some(open) = before.rfind('(') else {
        return at;
    };
    let open = floor.min(words[prev].end) + open;
    if words[prev].end - open > 30 {
        return at;
    }
    let k = words.partition_point(|w| w.start < open);
    // the text after the parenthesis must join the phrase (spaces, or an apposition comma)
    if gap
        .trim_start_matches(['.', ')'])
        .chars()
        .all(|c| c == ' ' || c == ',')
        && k > 0
    {
        k
    } else {
        at
    }
}

/// "Jane Doe, a spokeswoman for the ministry, said": the name before the apposition. With
/// several commas ("Donald Tusk, the president of the European Council, which …, urged"),
/// the earliest name that opens an apposition.
fn apposition_subject(
    text: &str,
    words: &[Word],
    end: usize,
    floor: usize,
    lex: &Lexicon,
) -> Option<Phrase> {
    let mut k = end;
    let mut found = None;
    for _ in 0..30 {
        if k == 0 || words[k - 1].start < floor {
            break;
        }
        let between = &text[words[k - 1].end..words[k].start];
        if between.contains(',') {
            // "Ann Lee (D-Calif.), a panel member,": past the parenthesis to the name
            let inside = skip_parenthetical(text, words, k, floor);
            let before = inside
                .checked_sub(1)
                .filter(|_| inside < k)
                .unwrap_or(k - 1);
            if !between.trim_start_matches(['.', ')']).trim().eq(",") {
                break;
            }
            if is_capitalised(words[before].of(text)) {
                if let Some(p) = name_run_back(text, words, before, floor) {
                    if p.kind == PhraseKind::Name {
                        found = Some(of_organisation(text, words, p, floor).unwrap_or(p));
                    }
                }
            } else if found.is_none() {
                if let Some(p) = pronoun(text, &words[before], lex) {
                    return Some(p);
                }
            }
        } else if !phrase_gap_after(words[k - 1].of(text), between)
            && !between.trim().is_empty()
            && between.contains(['.', '!', '?', ';', ':'])
        {
            break;
        }
        k -= 1;
    }
    found
}

/// The speaker phrase starting at word `start` ("said Putin", "according to the minister").
pub fn speaker_after(
    text: &str,
    words: &[Word],
    start: usize,
    ceiling: usize,
    lex: &Lexicon,
) -> Option<Phrase> {
    let w = words.get(start)?;
    if w.end > ceiling {
        return None;
    }
    if let Some(p) = pronoun(text, w, lex) {
        // "said he." but not "said he was"
        let rest = text[w.end..].trim_start();
        return (rest.is_empty() || rest.starts_with(['.', ',', ';', '!', '?'])).then_some(p);
    }
    let l = lower(w.of(text));
    // "said Florida's Rick Wilson": a place's possessive before the name describes
    let after_possessive = start + 1;
    if is_possessive(w.of(text))
        && words
            .get(after_possessive)
            .is_some_and(|n| n.end <= ceiling && gap(text, w, n) && name_like(text, n))
    {
        if let Some(p) = name_run_forward(text, words, after_possessive, ceiling)
            .filter(|p| p.kind == PhraseKind::Name)
        {
            return Some(p);
        }
    }
    if is_capitalised(w.of(text)) && !lex.is_determiner(&l) {
        if let Some(p) = name_run_forward(text, words, start, ceiling) {
            // "said spokeswoman Jane Doe" reads on into the name; "said Harbour Watch
            // president Tom Fenwick": a body, a role, then the person who speaks
            let last = words
                .partition_point(|w| w.end <= p.span.end)
                .checked_sub(1);
            return Some(
                last.and_then(|last| role_then_name(text, words, last, ceiling))
                    .unwrap_or(p),
            );
        }
    }
    // "said Republican party boss Reince Priebus": a name a few descriptor words on
    if let Some(p) = name_ahead(text, words, start, ceiling, lex) {
        return Some(p);
    }
    // a nominal: determiner or bare role, then words up to the role and its "of"/"for" tail
    let mut k = start;
    let mut role_at: Option<usize> = None;
    for _ in 0..8 {
        let Some(cur) = words.get(k) else { break };
        if cur.end > ceiling {
            break;
        }
        let cl = lower(cur.of(text));
        if is_capitalised(cur.of(text)) && k > start && !is_title_or_nation(&cl) {
            if is_possessive(cur.of(text)) && role_at.is_none() {
                // "the IFSD’s Azfar Ali Khan": read on
            } else if let Some(p) = role_then_name(text, words, k, ceiling) {
                // "former Bank of Canada governor David Dodge"
                return Some(p);
            } else {
                // "the spokeswoman Jane Doe": the name wins
                return name_run_forward(text, words, k, ceiling).or_else(|| {
                    role_at.map(|r: usize| Phrase {
                        span: Span::new(words[start].start, words[r].end),
                        kind: PhraseKind::Nominal,
                        gender: None,
                        plural: false,
                    })
                });
            }
        }
        if is_role(&cl) || is_body(&cl) {
            role_at = Some(k);
        } else if role_at.is_some() && !is_capitalised(cur.of(text)) {
            break;
        }
        match words.get(k + 1) {
            Some(next) if gap(text, cur, next) => k += 1,
            _ => break,
        }
    }
    let role = role_at?;
    let mut end = role;
    if let Some(next) = words.get(role + 1) {
        if gap(text, &words[role], next) {
            if let Some(n) = words.get(role + 1).map(|w| lower(w.of(text))) {
                if n == "of" || n == "for" {
                    let mut e = role + 1;
                    while e + 1 < words.len() && e < role + 4 && gap(text, &words[e], &words[e + 1])
                    {
                        e += 1;
                        if !lex.is_determiner(&lower(words[e].of(text))) {
                            break;
                        }
                    }
                    end = e;
                }
            }
        }
    }
    let rl = lower(words[role].of(text));
    let first = lower(words[start].of(text));
    let plural =
        rl.ends_with('s') && !rl.ends_with("ss") && first != "the" || is_body(&rl) && !is_role(&rl);
    Some(Phrase {
        span: Span::new(words[start].start, words[end].end),
        kind: PhraseKind::Nominal,
        gender: None,
        plural,
    })
}
