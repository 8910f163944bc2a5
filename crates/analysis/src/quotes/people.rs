//! The article's people: names with their titles, nationalities and roles (from appositions
//! such as "Finnish President Aino Lehtinen" or "her Estonian counterpart Viktor Saarepuu"),
//! spellings merged into one person, and resolution of a speaker phrase (name,
//! nominal, pronoun) to a person in reading order.

use super::cues::{self, Gender, Lexicon};
use super::spans::SpanIndex;
use super::speaker::{is_role, name_like, Phrase, PhraseKind};
use super::tokens::{
    lower, phrase_gap, phrase_gap_after, strip_possessive, within_one_edit, Lower, Word,
};
use crate::model::Span;
use crate::wordlist::Words;

/// One person of the article.
#[derive(Clone, Debug, Default)]
pub struct Person {
    /// The fullest form of the name in the text, without titles.
    pub name: Vec<String>,
    /// Role nouns and titles, lower case ("president", "spokeswoman").
    pub roles: Vec<String>,
    /// Nationality adjectives, lower case ("belarusian").
    pub nations: Vec<String>,
    pub gender: Option<Gender>,
    /// True when the text itself says so: a title (Mr, Ms) or a possessive ("her counterpart").
    pub gender_told: bool,
    /// True when the person is named as a speaker somewhere.
    pub speaks: bool,
}

impl Person {
    /// The name as shown: without a place and title read into it ("Jeb Bush" for "Florida
    /// Gov Jeb Bush").
    pub fn canonical(&self) -> String {
        let from = title_inside(&self.name).map_or(0, |k| k + 1);
        self.name[from..].join(" ")
    }

    /// True when a "he" or "she" may stand for this person: the text gives a gender, a role,
    /// or a speaker's first and last name.
    pub fn may_be_he_or_she(&self) -> bool {
        self.gender_told
            || !self.roles.is_empty() && looks_like_name(&self.name)
            || self.speaks && self.name.len() >= 2 && looks_like_name(&self.name)
    }

    /// True for someone the text names in full or whose gender it tells: not a company or a
    /// body that one capitalised word or an acronym may name. A title names one too
    /// ("President Obama", "Sen. Graham").
    pub fn evidently_an_individual(&self) -> bool {
        self.gender_told
            || titled_inside(&self.name)
            || looks_like_full_name(&self.name)
            || looks_like_name(&self.name)
                && self.roles.iter().any(|r| PERSONAL_TITLES.has(r.as_str()))
    }

    /// True when the name could be a person's: not an organisation's or a place's ending.
    pub fn named_like_a_person(&self) -> bool {
        looks_like_name(&self.name)
    }

    /// True when the text shows a person rather than an organisation or a place: a first and
    /// last name, a title or role, a nationality, or a known gender.
    pub fn evidently_a_person(&self) -> bool {
        if titled_inside(&self.name) {
            return true;
        }
        if !looks_like_name(&self.name) {
            return false;
        }
        !self.roles.is_empty()
            || !self.nations.is_empty()
            || self.gender_told
            || self.name.len() >= 2 && self.speaks
    }
}

/// True for a name read together with the place and title before it ("Florida Gov Jeb
/// Bush", "South Carolina Sen Lindsey Graham"): a personal title inside, then one to three
/// words that may be a person's name.
fn titled_inside(name: &[String]) -> bool {
    title_inside(name).is_some()
}

/// Where the personal title inside a name stands (see [`titled_inside`]).
fn title_inside(name: &[String]) -> Option<usize> {
    name.iter().enumerate().position(|(k, w)| {
        let l = lower(w.trim_end_matches('.'));
        k > 0 && PERSONAL_TITLES.has(l.as_str()) && {
            let rest = &name[k + 1..];
            (1..=3).contains(&rest.len()) && looks_like_name(rest)
        }
    })
}

/// Titles only one person holds at a time, set before a name: "President Obama", "Sen. Graham".
static PERSONAL_TITLES: Words = Words::new(concat!(
    "president senator sen rep congressman congresswoman gov governor mayor judge pope king ",
    "queen chancellor premier dr rev ",
));

/// A place in the text where a person is named or referred to.
#[derive(Clone, Copy, Debug)]
pub struct Mention {
    pub pos: usize,
    pub person: usize,
    /// True when the mention is a subject (it starts a clause or speaks).
    pub subject: bool,
}

/// The people of an article and the mentions read so far.
#[derive(Debug, Default)]
pub struct People {
    pub persons: Vec<Person>,
    /// By position: resolution notes each mention in reading order at logarithmic cost.
    pub mentions: std::collections::BTreeMap<usize, Mention>,
}

/// A capitalised run in the text, split into its descriptors and its name words.
struct NameRun {
    span: Span,
    /// Where the descriptors before the name start ("his Belarusian counterpart").
    phrase_start: usize,
    name: Vec<String>,
    roles: Vec<String>,
    nations: Vec<String>,
    /// Gender told by a possessive before the descriptors, about the previous person.
    possessive: Option<Gender>,
    counterpart: bool,
}

fn clean(word: &str) -> String {
    strip_possessive(word).to_string()
}

fn is_descriptor(l: &str) -> bool {
    cues::TITLES.has(l) || cues::is_nationality(l) || is_role(l)
}

/// Words that end organisation or place names rather than people's.
#[rustfmt::skip]
static NOT_PERSON_ENDINGS: Words = Words::new(concat!(
    "international pac coalition alliance associates consulting research labs airways railway ",
    "railways oil gas pharmaceuticals clinic academy bureau office administration society ",
    "institute center state states house party council ministry university times news press ",
    "department court committee company inc corp group association union bank agency office ",
    "service city county street road square river island islands republic kingdom federation ",
    "post journal club centre center institute foundation network organization organisation ",
    "assembly parliament congress senate government army navy force forces police school college ",
    "hospital church airport station park hall media tv radio fm airlines motors energy ltd llc ",
    "co east west north south day week year act bill plan program programme project fund board ",
    "commission authority canada america russia china france germany britain england ukraine ",
    "mexico japan india israel iran iraq syria europe africa asia australia ontario quebec ",
    "alberta manitoba washington ottawa london paris moscow toronto vancouver montreal beijing ",
    "commons lords paper report review index exchange market markets group partners holdings ",
    "capital systems technologies alabama alaska arizona arkansas california colorado ",
    "connecticut delaware florida hawaii idaho illinois indiana iowa kansas kentucky louisiana ",
    "maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ",
    "hampshire jersey york carolina dakota ohio oklahoma oregon pennsylvania tennessee texas ",
    "utah vermont wisconsin wyoming ",
));

/// Words that start place or organisation names.
#[rustfmt::skip]
static NOT_PERSON_STARTS: Words = Words::new(concat!(
    "new united north south east west european national royal federal supreme white islamic ",
    "world general central saint ",
));

impl People {
    /// Builds the people from the names in `paras` (outside `quoted`), plus the speakers'
    /// name phrases, which are people whatever their form.
    pub fn build(
        text: &str,
        paras: &[(Span, Vec<Word>, bool)],
        quoted: &[Span],
        speakers: &[Span],
        lex: &Lexicon,
    ) -> People {
        let mut people = People::default();
        let mut found: Vec<Mention> = Vec::new();
        let mut runs: Vec<(NameRun, bool, bool)> = Vec::new();
        let quoted = &SpanIndex::new(quoted.to_vec());
        let preceding = Preceding::new(text, paras);
        let mut speakers = speakers.to_vec();
        speakers.sort_unstable();
        let longest = speakers.iter().map(Span::len).max().unwrap_or(0);
        for (para, words, heading) in paras {
            for run in name_runs(text, *para, words, quoted, lex) {
                // speaker spans are sorted: only those starting before the run's end can overlap
                let speaking = overlaps_sorted(&speakers, longest, run.span);
                // headlines capitalise every word: their runs name no one new
                let is_person = !heading
                    && (speaking
                        || !run.roles.is_empty() && looks_like_name(&run.name)
                        || !run.nations.is_empty() && looks_like_name(&run.name)
                        || looks_like_full_name(&run.name)
                            && (preceding.surname_recurs(&run.name)
                                || known_first_name(&run.name)));
                runs.push((run, is_person, *heading));
            }
        }
        // fullest forms first, so shorter forms join them
        let mut order: Vec<usize> = (0..runs.len()).filter(|&i| runs[i].1).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(runs[i].0.name.len()));
        let mut person_of = vec![None; runs.len()];
        for i in order {
            let run = &runs[i].0;
            if run.name.is_empty() {
                continue;
            }
            let found = people.matching(&run.name);
            let id = match found.first() {
                Some(&id) => id,
                None => {
                    people.persons.push(Person {
                        name: run.name.clone(),
                        ..Person::default()
                    });
                    people.persons.len() - 1
                }
            };
            person_of[i] = Some(id);
        }
        // non-person runs that name a known person by surname ("Saarepu")
        for (i, (run, _, _)) in runs.iter().enumerate() {
            if person_of[i].is_none() && !run.name.is_empty() && run.name.len() <= 2 {
                if let Some(&id) = people.matching(&run.name).first() {
                    person_of[i] = Some(id);
                }
            }
        }
        // descriptors, possessives and mentions in reading order
        let mut last: Option<usize> = None;
        for (i, (run, _, heading)) in runs.iter().enumerate() {
            let Some(id) = person_of[i] else { continue };
            let id = people.closest(id, &run.name);
            if let (Some(g), Some(prev)) = (run.possessive, last) {
                if prev != id && people.persons[prev].gender.is_none() {
                    people.persons[prev].gender = Some(g);
                    people.persons[prev].gender_told = true;
                }
            }
            if run.counterpart {
                if let Some(prev) = last.filter(|&p| p != id) {
                    let roles = people.persons[prev].roles.clone();
                    add_all(&mut people.persons[id].roles, &roles);
                    let back = vec!["counterpart".to_string()];
                    add_all(&mut people.persons[prev].roles, &back);
                }
            }
            add_all(&mut people.persons[id].roles, &run.roles);
            add_all(&mut people.persons[id].nations, &run.nations);
            if run.roles.iter().any(|r| {
                matches!(
                    r.as_str(),
                    "mr" | "sir"
                        | "lord"
                        | "king"
                        | "prince"
                        | "herr"
                        | "monsieur"
                        | "señor"
                        | "signor"
                        | "father"
                )
            }) {
                people.persons[id].gender.get_or_insert(Gender::Male);
                people.persons[id].gender_told = true;
            }
            if run.roles.iter().any(|r| {
                matches!(
                    r.as_str(),
                    "mrs"
                        | "ms"
                        | "miss"
                        | "lady"
                        | "dame"
                        | "queen"
                        | "princess"
                        | "frau"
                        | "madame"
                        | "mme"
                        | "señora"
                        | "signora"
                )
            }) {
                people.persons[id].gender.get_or_insert(Gender::Female);
                people.persons[id].gender_told = true;
            }
            if overlaps_sorted(&speakers, longest, run.span) {
                people.persons[id].speaks = true;
            }
            if !heading {
                let subject = starts_clause(text, paras, run.phrase_start)
                    || verb_follows(text, run.span.end)
                    || overlaps_sorted(&speakers, longest, run.span);
                found.push(Mention {
                    pos: run.span.start,
                    person: id,
                    subject,
                });
            }
            last = Some(id);
        }
        // the fullest form becomes the canonical name
        for (i, (run, _, _)) in runs.iter().enumerate() {
            if let Some(id) = person_of[i] {
                let id = people.closest(id, &run.name);
                if run.name.len() > people.persons[id].name.len() {
                    people.persons[id].name = run.name.clone();
                }
            }
        }
        for m in found {
            people.mentions.entry(m.pos).or_insert(m);
        }
        people.genders_from_first_names();
        people.genders_from_sentences(text, paras, quoted, lex);
        people
    }

    /// A first name that is nearly always a woman's or a man's tells the gender of a person
    /// named in full ("Katy Barnett" is not "he").
    fn genders_from_first_names(&mut self) {
        for p in self.persons.iter_mut().filter(|p| p.gender.is_none()) {
            if p.name.len() < 2 {
                continue;
            }
            let first = lower(&p.name[0]);
            let gender = if cues::FEMALE_FIRST_NAMES.has(first.as_str()) {
                Gender::Female
            } else if cues::MALE_FIRST_NAMES.has(first.as_str()) {
                Gender::Male
            } else {
                continue;
            };
            p.gender = Some(gender);
            p.gender_told = true;
        }
    }

    /// A sentence that names one person and refers back with "she"/"her" (or "he"/"his")
    /// tells that person's gender ("Lonechild said she is hopeful").
    fn genders_from_sentences(
        &mut self,
        text: &str,
        paras: &[(Span, Vec<Word>, bool)],
        quoted: &SpanIndex,
        lex: &Lexicon,
    ) {
        for (para, words, heading) in paras {
            if *heading {
                continue;
            }
            for sentence in crate::segment::sentences(text, *para) {
                let mut named = self
                    .mentions
                    .range(sentence.start..sentence.end)
                    .map(|(_, m)| m);
                let Some(first) = named.next().copied() else {
                    continue;
                };
                let one = named.all(|m| m.person == first.person);
                // the person must be the subject, named before the pronouns that refer back
                if !one || !first.subject || self.persons[first.person].gender_told {
                    continue;
                }
                let first_pos = first.pos;
                let first = first.person;
                let after: Vec<Lower> = words
                    .iter()
                    .filter(|w| first_pos < w.start && w.end <= sentence.end)
                    .filter(|w| !quoted.holds(Span::new(w.start, w.end)))
                    .map(|w| lower(w.of(text)))
                    .collect();
                let genders: Vec<Gender> = after
                    .iter()
                    .enumerate()
                    .filter(|(i, l)| !object_of_own_clause(&after[..*i], l))
                    .filter_map(|(_, l)| lex.pronoun_gender(l).or_else(|| lex.possessive_gender(l)))
                    .collect();
                if let Some(&g) = genders.first() {
                    if genders.iter().all(|&x| x == g) {
                        self.persons[first].gender = Some(g);
                        self.persons[first].gender_told = true;
                    }
                }
            }
        }
    }

    /// Persons whose name fits `name` (the same surname, up to one edit on long words; the
    /// same first name when both have one).
    pub fn matching(&self, name: &[String]) -> Vec<usize> {
        let mut out = Vec::new();
        for (id, p) in self.persons.iter().enumerate() {
            if names_fit(&p.name, name) {
                out.push(id);
            }
        }
        out
    }

    /// Among persons fitting `name`, the one `id` or a better-fitting one (exact surname).
    fn closest(&self, id: usize, name: &[String]) -> usize {
        let found = self.matching(name);
        found
            .iter()
            .copied()
            .find(|&i| self.persons[i].name == name)
            .unwrap_or(id)
    }

    /// The person a name phrase at `span` names, preferring the most recently mentioned.
    pub fn by_name(&self, text: &str, span: Span) -> Option<usize> {
        let name: Vec<String> = span
            .of(text)
            .split_whitespace()
            .map(|w| clean(w.trim_matches(|c: char| !c.is_alphanumeric())))
            .filter(|w| !w.is_empty() && !is_descriptor(&lower(w)))
            .collect();
        if name.is_empty() {
            return None;
        }
        let found = self.matching(&name);
        match found.len() {
            0 => None,
            1 => Some(found[0]),
            _ => self
                .most_recent(span.start, |id| found.contains(&id), false)
                .or(Some(found[0])),
        }
    }

    /// The person most recently mentioned before `pos` that `fits`, subjects first when asked.
    fn most_recent(
        &self,
        pos: usize,
        fits: impl Fn(usize) -> bool,
        subject_only: bool,
    ) -> Option<usize> {
        self.before(pos)
            .rev()
            .filter(|m| !subject_only || m.subject)
            .find(|m| fits(m.person))
            .map(|m| m.person)
    }

    /// Resolves a speaker phrase at its place in the text to a person, or `None` when the text
    /// does not say who it is. With `focus`, the mention becomes the latest for later phrases.
    pub fn resolve(&mut self, text: &str, phrase: &Phrase, focus: bool) -> Option<usize> {
        if phrase.plural {
            return None;
        }
        let pos = phrase.span.start;
        let id = match phrase.kind {
            PhraseKind::Name => self.by_name(text, phrase.span),
            PhraseKind::Pronoun => {
                let g = phrase.gender?;
                let fits = |id: usize| {
                    let p = &self.persons[id];
                    // only a gender the text tells excludes; one read from an earlier
                    // pronoun may be that pronoun's mistake
                    !(p.gender_told && p.gender == Some(g.other())) && p.may_be_he_or_she()
                };
                // people who speak in the article first: "he said" is rarely someone never quoted
                let speaking = |id: usize| fits(id) && self.persons[id].speaks;
                self.most_recent(pos, speaking, true)
                    .filter(|&id| self.recent_enough(pos, id))
                    .or_else(|| self.most_recent(pos, fits, true))
                    .or_else(|| self.most_recent(pos, fits, false))
            }
            PhraseKind::Nominal => self.by_nominal(text, phrase.span),
        }?;
        if let (PhraseKind::Pronoun, Some(g)) = (phrase.kind, phrase.gender) {
            self.persons[id].gender.get_or_insert(g);
        }
        if focus {
            self.note(pos, id);
        }
        Some(id)
    }

    /// True when `id` was mentioned within a few sentences' worth of text before `pos`.
    fn recent_enough(&self, pos: usize, id: usize) -> bool {
        let last = self
            .before(pos)
            .rev()
            .take_while(|m| pos - m.pos < 600)
            .find(|m| m.person == id);
        last.is_some()
    }

    /// The mentions before `pos` (they are kept in text order).
    fn before(&self, pos: usize) -> impl DoubleEndedIterator<Item = &Mention> {
        self.mentions.range(..pos).map(|(_, m)| m)
    }

    /// Records a resolved mention so later pronouns and nominals see it.
    pub fn note(&mut self, pos: usize, person: usize) {
        self.mentions.entry(pos).or_insert(Mention {
            pos,
            person,
            subject: true,
        });
    }

    /// "the Belarusian leader" by nationality; "the head of state" by role, the most recent
    /// subject who holds it; an indefinite "a spokeswoman" is someone new.
    fn by_nominal(&self, text: &str, span: Span) -> Option<usize> {
        let words: Vec<String> = span
            .of(text)
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(|w| lower(w).into())
            .collect();
        let first = words.first()?;
        if matches!(
            first.as_str(),
            "a" | "an"
                | "one"
                | "another"
                | "un"
                | "une"
                | "ein"
                | "eine"
                | "uno"
                | "una"
                | "um"
                | "uma"
        ) {
            return None;
        }
        let nations: Vec<&String> = words.iter().filter(|w| cues::is_nationality(w)).collect();
        let roles: Vec<&String> = words.iter().filter(|w| is_role(w)).collect();
        let head = roles.first()?;
        let leader = cues::LEADER_ROLES.has(head.as_str());
        let role_fits = |p: &Person| {
            p.roles.iter().any(|r| {
                r == *head || leader && cues::LEADER_ROLES.has(r.as_str()) || same_role(r, head)
            })
        };
        if !nations.is_empty() {
            let fits = |id: usize| {
                let p = &self.persons[id];
                nations.iter().all(|n| p.nations.contains(n))
            };
            let with_role = |id: usize| fits(id) && role_fits(&self.persons[id]);
            return self
                .most_recent(span.start, with_role, false)
                .or_else(|| self.most_recent(span.start, fits, false))
                .or_else(|| self.only(|p| nations.iter().all(|n| p.nations.contains(n))));
        }
        self.most_recent(span.start, |id| role_fits(&self.persons[id]), true)
            .or_else(|| self.most_recent(span.start, |id| role_fits(&self.persons[id]), false))
            .or_else(|| {
                // "the lanky, bespectacled professor": a definite description of no one the
                // text gave that role is the person the passage is about
                // (a lone role word is the end of such a description: "the tall, quiet judge")
                let definite =
                    (first == "the" || words.len() == 1) && !self.persons.iter().any(role_fits);
                let about = |id: usize| self.persons[id].evidently_an_individual();
                definite
                    .then(|| self.most_recent(span.start, about, true))
                    .flatten()
                    .filter(|&id| self.recent_enough(span.start, id))
            })
    }

    /// The single person that `fits`, if exactly one does.
    fn only(&self, fits: impl Fn(&Person) -> bool) -> Option<usize> {
        let mut found = self.persons.iter().enumerate().filter(|(_, p)| fits(p));
        let first = found.next()?.0;
        found.next().is_none().then_some(first)
    }
}

impl Gender {
    fn other(self) -> Gender {
        match self {
            Gender::Male => Gender::Female,
            Gender::Female => Gender::Male,
        }
    }
}

fn same_role(a: &str, b: &str) -> bool {
    let spokes = |s: &str| s.starts_with("spokes");
    let law = |s: &str| matches!(s, "judge" | "justice");
    spokes(a) && spokes(b) || law(a) && law(b)
}

fn add_all(to: &mut Vec<String>, from: &[String]) {
    for f in from {
        if !to.contains(f) {
            to.push(f.clone());
        }
    }
}

/// Every word of the paragraphs with the words that stand right before it somewhere.
/// Built once per article, so asking about each name costs a lookup, not a pass over the text.
struct Preceding<'t>(rustc_hash::FxHashMap<&'t str, Vec<&'t str>>);

impl<'t> Preceding<'t> {
    fn new(text: &'t str, paras: &[(Span, Vec<Word>, bool)]) -> Self {
        let mut map = rustc_hash::FxHashMap::<&str, Vec<&str>>::default();
        let mut prev = "";
        for w in paras.iter().flat_map(|(_, w, _)| w.iter()) {
            let s = strip_possessive(w.of(text));
            let before = map.entry(s).or_default();
            if !before.contains(&prev) {
                before.push(prev);
            }
            prev = s;
        }
        Preceding(map)
    }

    /// True when the surname of `name` stands alone somewhere else ("Guenther Schuh" … "Schuh").
    fn surname_recurs(&self, name: &[String]) -> bool {
        let Some(last) = name.last() else {
            return false;
        };
        let first = name[0].as_str();
        let middle = (name.len() > 2).then(|| name[name.len() - 2].as_str());
        self.0
            .get(last.as_str())
            .is_some_and(|before| before.iter().any(|&p| p != first && Some(p) != middle))
    }
}

/// True when one of `spans` (sorted by start) overlaps `span`: only spans starting before its
/// end and no longer ago than the longest span can.
fn overlaps_sorted(spans: &[Span], longest: usize, span: Span) -> bool {
    let i = spans.partition_point(|s| s.start < span.end);
    spans[..i]
        .iter()
        .rev()
        .take_while(|s| s.start + longest >= span.start)
        .any(|s| s.overlaps(span))
}

fn looks_like_name(name: &[String]) -> bool {
    !name.is_empty()
        && name.len() <= 4
        && !NOT_PERSON_ENDINGS.has(lower(&name[name.len() - 1]).as_str())
        && !NOT_PERSON_STARTS.has(lower(&name[0]).as_str())
}

/// True when a name opens with a common first name ("Mike McFadden").
fn known_first_name(name: &[String]) -> bool {
    name.first().is_some_and(|f| {
        let f = lower(f);
        cues::FEMALE_FIRST_NAMES.has(f.as_str()) || cues::MALE_FIRST_NAMES.has(f.as_str())
    })
}

/// Two or three name words not starting or ending like a place or an organisation.
fn looks_like_full_name(name: &[String]) -> bool {
    (2..=3).contains(&name.len())
        && !NOT_PERSON_STARTS.has(lower(&name[0]).as_str())
        && !NOT_PERSON_ENDINGS.has(lower(&name[name.len() - 1]).as_str())
        && name
            .iter()
            .all(|w| w.chars().count() > 1 && !w.chars().all(|c| c.is_uppercase()))
}

/// True for "him"/"her" as the object of the person's own verb ("Fans can expect him"),
/// which names someone else; after a reporting verb or "that" it may be the person again
/// ("Lee said police stopped him"). `before` holds the words since the person's name (the
/// first is the name's own last word).
fn object_of_own_clause(before: &[Lower], pronoun: &str) -> bool {
    matches!(pronoun, "him" | "her")
        && before.len() <= 4
        && !before.iter().any(|w| {
            matches!(
                w.as_str(),
                "said" | "says" | "say" | "told" | "tells" | "that" | "and" | "but" | "when"
            )
        })
}

/// True when two names can be one person: same surname (one edit allowed on words of five
/// letters or more with the same first three), and the same first name when both have one.
pub fn names_fit(a: &[String], b: &[String]) -> bool {
    let (Some(la), Some(lb)) = (a.last(), b.last()) else {
        return false;
    };
    let same_last = same_lower(la, lb) || {
        // names in ASCII differ beyond one edit unless they share their first three letters
        let similar = !(la.is_ascii() && lb.is_ascii())
            || la.len() >= 5
                && lb.len() >= 5
                && la.as_bytes()[..3].eq_ignore_ascii_case(&lb.as_bytes()[..3]);
        similar && {
            let (la, lb) = (lower(la), lower(lb));
            la.chars().count() >= 5
                && lb.chars().count() >= 5
                && la.chars().take(3).eq(lb.chars().take(3))
                && within_one_edit(&la, &lb)
        }
    };
    if !same_last {
        // a lone first name ("Hillary") names the person too
        return b.len() == 1 && a.len() >= 2 && same_lower(&a[0], lb)
            || a.len() == 1 && b.len() >= 2 && same_lower(&b[0], la);
    }
    if a.len() >= 2 && b.len() >= 2 {
        let fa = lower(&a[0]);
        let fb = lower(&b[0]);
        return fa == fb
            || fa.chars().next() == fb.chars().next() && (fa.len() == 1 || fb.len() == 1);
    }
    true
}

/// True when two words are the same in lower case (`lower(a) == lower(b)`), without copying
/// words in ASCII.
fn same_lower(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        lower(a) == lower(b)
    }
}

/// Words after a name that show it is not the subject of a verb.
#[rustfmt::skip]
static NOT_VERBS: Words = Words::new(concat!(
    "of in and or to for with the a an on at by from as than but into about over after before ",
    "during under ",
));

/// True when a lower-case word that may be a verb follows the name ("Scheer found").
fn verb_follows(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    if !rest.starts_with(' ') {
        return false;
    }
    let next: String = rest[1..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    next.chars().next().is_some_and(char::is_lowercase) && !NOT_VERBS.has(next.as_str())
}

/// True when the phrase at `pos` starts a clause: nothing but a clause break before it.
fn starts_clause(text: &str, paras: &[(Span, Vec<Word>, bool)], pos: usize) -> bool {
    // paragraphs are in text order: the one holding `pos` by binary search
    let k = paras.partition_point(|(p, _, _)| p.start <= pos);
    let Some((para, _, _)) = paras[k.saturating_sub(2)..k]
        .iter()
        .find(|(p, _, _)| p.start <= pos && pos <= p.end)
    else {
        return false;
    };
    let before = text[para.start..pos].trim_end();
    before.is_empty()
        || before.ends_with(['.', '!', '?', ',', ';', ':', '”', '"', '»', '’', '—', '–'])
        || before.ends_with(" and") && !before.contains(' ')
}

/// The capitalised runs of one paragraph that may name people, outside quoted words.
fn name_runs(
    text: &str,
    para: Span,
    words: &[Word],
    quoted: &SpanIndex,
    lex: &Lexicon,
) -> Vec<NameRun> {
    let inside = |w: &Word| quoted.holds(Span::new(w.start, w.end));
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !name_like(text, &words[i]) || inside(&words[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end + 1 < words.len()
            && phrase_gap_after(
                words[end].of(text),
                &text[words[end].end..words[end + 1].start],
            )
            && name_like(text, &words[end + 1])
            && !inside(&words[end + 1])
            && strip_possessive(words[end].of(text)).len() == words[end].of(text).len()
        {
            end += 1;
        }
        i = end + 1;
        let run = &words[start..=end];
        let mut roles = Vec::new();
        let mut nations = Vec::new();
        let mut name = Vec::new();
        // "the Justice Department": an organisation's name keeps its first words, which
        // would read as a title before a person's surname
        let organisation =
            NOT_PERSON_ENDINGS.has(lower(&clean(run[run.len() - 1].of(text))).as_str());
        for w in run {
            let s = clean(w.of(text));
            let l = lower(&s);
            if name.is_empty() && is_descriptor(&l) && !organisation {
                if cues::is_nationality(&l) {
                    nations.push(l.into());
                } else {
                    roles.push(l.into());
                }
            } else {
                name.push(s);
            }
        }
        // lower-case descriptors before the run: "his Belarusian counterpart"
        let mut k = start;
        let mut possessive = None;
        let mut counterpart = false;
        while k > 0
            && phrase_gap(&text[words[k - 1].end..words[k].start])
            && words[k - 1].start >= para.start
        {
            let l = lower(words[k - 1].of(text));
            if is_descriptor(&l) {
                counterpart |= l == "counterpart";
                if cues::is_nationality(&l) {
                    nations.push(l.into());
                } else {
                    roles.push(l.into());
                }
                k -= 1;
            } else {
                possessive = lex.possessive_gender(&l);
                break;
            }
        }
        // an apposition after the name: ", the head of the grid operator,"
        if let Some(next) = words.get(end + 1) {
            if text[words[end].end..next.start].trim() == "," {
                for w in words[end + 1..].iter().take(6) {
                    let l = lower(w.of(text));
                    if is_role(&l) {
                        roles.push(l.into());
                    } else if cues::is_nationality(&l) {
                        nations.push(l.into());
                    }
                }
            }
        }
        out.push(NameRun {
            span: Span::new(run[0].start, run[run.len() - 1].end),
            phrase_start: words[k].start,
            name,
            roles,
            nations,
            possessive,
            counterpart,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Vec<String> {
        s.split(' ').map(String::from).collect()
    }

    #[test]
    fn spellings_and_short_forms_fit() {
        assert!(names_fit(&v("Alexander Lukashenko"), &v("Lukashenka")));
        assert!(names_fit(&v("Viktor Saarepuu"), &v("Saarepu")));
        assert!(names_fit(&v("Hillary Clinton"), &v("Clinton")));
        assert!(!names_fit(&v("Hillary Clinton"), &v("Bill Clinton")));
        assert!(!names_fit(&v("Vladimir Putin"), &v("Lukashenko")));
        assert!(!names_fit(&v("Jan Berg"), &v("Jan Borg")));
    }

    #[test]
    fn places_are_not_named_like_people() {
        assert!(!looks_like_name(&v("Iowa")));
        assert!(!looks_like_name(&v("South Carolina")));
        assert!(!looks_like_name(&v("Justice Department")));
        assert!(looks_like_name(&v("Ann Reyes")));
    }
}
