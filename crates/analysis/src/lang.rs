//! Languages Lede knows, their stopword lists, and detection of a text's language by its
//! function words.

mod stopwords;

use crate::case;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::sync::OnceLock;

/// A language with stopword lists and cue tables.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
    Es,
    It,
    Pt,
    Ru,
    Nl,
    Pl,
    Sv,
}

/// One value for each language that has its own rule and word tables; every other language
/// uses English's. Temporal grammars and quote lexicons are both kept this way.
pub struct PerLang<T> {
    pub en: T,
    pub de: T,
    pub fr: T,
    pub es: T,
    pub it: T,
    pub pt: T,
    pub ru: T,
}

impl<T> PerLang<T> {
    /// The value of `lang`, or English's when it has none of its own.
    pub fn of(&self, lang: Lang) -> &T {
        match lang {
            Lang::De => &self.de,
            Lang::Fr => &self.fr,
            Lang::Es => &self.es,
            Lang::It => &self.it,
            Lang::Pt => &self.pt,
            Lang::Ru => &self.ru,
            Lang::En | Lang::Nl | Lang::Pl | Lang::Sv => &self.en,
        }
    }
}

impl Lang {
    pub const ALL: [Lang; 10] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::It,
        Lang::Pt,
        Lang::Ru,
        Lang::Nl,
        Lang::Pl,
        Lang::Sv,
    ];

    /// The languages with rule and word tables of their own ([`PerLang`]): the first seven.
    pub const WITH_TABLES: &'static [Lang] = Lang::ALL.split_at(7).0;

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Pt => "pt",
            Lang::Ru => "ru",
            Lang::Nl => "nl",
            Lang::Pl => "pl",
            Lang::Sv => "sv",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }
}

/// The stopword list of a language (lower case, sorted), see [`stopwords`] for its source.
pub fn stopwords(lang: Lang) -> impl Iterator<Item = &'static str> {
    let list = match lang {
        Lang::En => stopwords::EN,
        Lang::De => stopwords::DE,
        Lang::Fr => stopwords::FR,
        Lang::Es => stopwords::ES,
        Lang::It => stopwords::IT,
        Lang::Pt => stopwords::PT,
        Lang::Ru => stopwords::RU,
        Lang::Nl => stopwords::NL,
        Lang::Pl => stopwords::PL,
        Lang::Sv => stopwords::SV,
    };
    list.split(' ')
}

/// Every stopword and marker of every language → bit `i` for a stopword of `Lang::ALL[i]`,
/// bit `16 + i` for one of its markers.
fn word_table() -> &'static FxHashMap<&'static str, u32> {
    static TABLE: OnceLock<FxHashMap<&'static str, u32>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = FxHashMap::default();
        for (i, lang) in Lang::ALL.iter().enumerate() {
            for word in stopwords(*lang) {
                *table.entry(word).or_insert(0) |= 1 << i;
            }
            for word in markers(*lang) {
                *table.entry(*word).or_insert(0) |= 1 << (16 + i);
            }
        }
        table
    })
}

/// True when the lower-case `word` is a stopword of `lang`.
pub fn is_stopword(lang: Lang, word: &str) -> bool {
    // `Lang::ALL` lists the languages in the order they are declared
    let i = lang as usize;
    word_table()
        .get(word)
        .is_some_and(|bits| bits & (1 << i) != 0)
}

/// A handful of the most frequent function words per language, for detection.
fn markers(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "the", "and", "of", "to", "is", "that", "was", "with", "for", "said",
        ],
        Lang::De => &[
            "der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "ein",
        ],
        Lang::Fr => &[
            "le", "la", "les", "et", "est", "des", "une", "pour", "que", "dans",
        ],
        Lang::Es => &[
            "el", "los", "las", "del", "que", "por", "una", "con", "para", "como",
        ],
        Lang::It => &[
            "il", "della", "che", "per", "una", "sono", "non", "con", "gli", "anche",
        ],
        Lang::Pt => &[
            "os", "das", "não", "uma", "para", "com", "que", "dos", "pelo", "também",
        ],
        Lang::Ru => &["и", "в", "не", "на", "что", "с", "по", "как", "это", "он"],
        Lang::Nl => &[
            "de", "het", "een", "van", "en", "niet", "voor", "zijn", "met", "ook",
        ],
        Lang::Pl => &["i", "w", "nie", "się", "na", "że", "z", "jest", "do", "to"],
        Lang::Sv => &[
            "och", "att", "det", "som", "är", "inte", "för", "med", "den", "har",
        ],
    }
}

/// `word` in lower case for a stopword lookup: the word itself when it has no upper-case
/// letter, else folded into `buf`, char by char (no stopword is Greek, so no final sigma is
/// missed).
pub(crate) fn lowered<'a>(word: &'a str, buf: &'a mut String) -> &'a str {
    let upper = if word.is_ascii() {
        word.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        word.chars().any(char::is_uppercase)
    };
    if !upper {
        return word;
    }
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        buf.extend(word.chars().flat_map(case::lower_char));
    }
    buf
}

/// Words read to guess a language.
const WORDS_READ: usize = 1_500;

/// Guesses the language over the first 1 500 words: each of the most frequent function words
/// counts three, any other stopword one; English when unsure.
pub fn detect(text: &str) -> Lang {
    detect_in([text])
}

/// [`detect`] over several texts read in order (the blocks of an article).
pub fn detect_in<'a>(texts: impl IntoIterator<Item = &'a str>) -> Lang {
    let mut total = Tally::default();
    for text in texts {
        if total.words >= WORDS_READ {
            break;
        }
        total.add(&Tally::of(text, WORDS_READ - total.words));
    }
    total.guess()
}

/// [`detect_in`] over chosen blocks, each block's words counted once however many choices
/// read it (the boilerplate stage guesses over the blocks no cue removes, then over the body).
pub struct BlockTallies<'t> {
    texts: &'t [&'t str],
    /// Each block's tally of its first [`WORDS_READ`] words, once read.
    read: Vec<Option<Tally>>,
}

impl<'t> BlockTallies<'t> {
    pub fn new(texts: &'t [&'t str]) -> Self {
        BlockTallies {
            texts,
            read: vec![None; texts.len()],
        }
    }

    /// The language of the blocks `chosen` (indices, ascending): [`detect_in`] of their texts.
    pub fn detect(&mut self, chosen: impl IntoIterator<Item = usize>) -> Lang {
        let mut total = Tally::default();
        for i in chosen {
            let left = WORDS_READ - total.words;
            if left == 0 {
                break;
            }
            let whole = *self.read[i].get_or_insert_with(|| Tally::of(self.texts[i], WORDS_READ));
            // a block longer than the words left is read again, up to them
            let tally = if whole.words > left {
                Tally::of(self.texts[i], left)
            } else {
                whole
            };
            total.add(&tally);
        }
        total.guess()
    }
}

/// How many words were read, and the stopword score of each language over them.
#[derive(Clone, Copy, Debug, Default)]
struct Tally {
    words: usize,
    scores: [usize; Lang::ALL.len()],
}

impl Tally {
    /// The tally of the first `max_words` words of `text`.
    fn of(text: &str, max_words: usize) -> Tally {
        let mut tally = Tally::default();
        let table = word_table();
        let mut lower = String::new();
        let mut words = runs(text, char::is_alphabetic);
        while tally.words < max_words {
            let Some(word) = words.next() else {
                break;
            };
            tally.words += 1;
            if word.len() > 12 {
                continue;
            }
            let Some(bits) = table.get(lowered(word, &mut lower)) else {
                continue;
            };
            for (i, score) in tally.scores.iter_mut().enumerate() {
                if bits & (1 << (16 + i)) != 0 {
                    *score += 3;
                } else if bits & (1 << i) != 0 {
                    *score += 1;
                }
            }
        }
        tally
    }

    fn add(&mut self, other: &Tally) {
        self.words += other.words;
        for (score, more) in self.scores.iter_mut().zip(other.scores) {
            *score += more;
        }
    }

    /// The language with the highest score; English when no score reaches 9.
    fn guess(&self) -> Lang {
        let (best, &n) = self
            .scores
            .iter()
            .enumerate()
            .max_by_key(|(_, n)| **n)
            .expect("ten languages");
        if n < 9 {
            Lang::En
        } else {
            Lang::ALL[best]
        }
    }
}

/// The runs of characters that `keep` accepts in a text, in order: its pieces split at every
/// other character, the empty ones left out. ASCII is read byte by byte.
pub(crate) struct Runs<'t, F> {
    rest: &'t str,
    keep: F,
}

pub(crate) fn runs<F: Fn(char) -> bool>(text: &str, keep: F) -> Runs<'_, F> {
    Runs { rest: text, keep }
}

impl<'t, F: Fn(char) -> bool> Iterator for Runs<'t, F> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        let s = self.rest;
        let bytes = s.as_bytes();
        let mut i = 0;
        let mut start = None;
        while i < s.len() {
            let (kept, len) = match bytes[i] {
                b if b.is_ascii() => ((self.keep)(b as char), 1),
                _ => s[i..]
                    .chars()
                    .next()
                    .map_or((false, 1), |c| ((self.keep)(c), c.len_utf8())),
            };
            match (kept, start) {
                (true, None) => start = Some(i),
                (false, Some(from)) => {
                    self.rest = &s[i..];
                    return Some(&s[from..i]);
                }
                _ => {}
            }
            i += len;
        }
        self.rest = "";
        start.map(|from| &s[from..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::ToLower;

    #[test]
    fn stopword_lists_are_single_lower_case_words() {
        for lang in Lang::ALL {
            let words: Vec<&str> = stopwords(lang).collect();
            assert!(words.len() > 100, "{lang:?}: {}", words.len());
            for w in &words {
                assert!(
                    !w.is_empty() && !w.contains(char::is_whitespace),
                    "{lang:?}: {w:?}"
                );
                assert_eq!(*w, w.to_lower(), "{lang:?}");
            }
            assert!(is_stopword(lang, words[0]) && is_stopword(lang, words[words.len() - 1]));
        }
    }

    #[test]
    fn detects_languages_by_function_words() {
        assert_eq!(
            detect("The minister said that the talks with the union were over."),
            Lang::En
        );
        assert_eq!(
            detect(
                "Der Minister sagte, dass die Gespräche mit der Gewerkschaft nicht beendet sind."
            ),
            Lang::De
        );
        assert_eq!(
            detect("Le ministre a dit que les discussions avec le syndicat sont dans une impasse."),
            Lang::Fr
        );
        assert_eq!(
            detect("Министр сказал, что переговоры с профсоюзом не закончены и это он решил."),
            Lang::Ru
        );
        assert_eq!(detect(""), Lang::En);
    }

    /// Choosing blocks from the tallies guesses as reading their texts in order does, also
    /// where the 1 500 words run out inside a block.
    #[test]
    fn block_tallies_guess_as_reading_the_chosen_texts() {
        let german = "der Hund und die Katze sind nicht mit auf dem Dach ".repeat(40);
        let french = "le chat et la souris est dans une maison pour les enfants ".repeat(130);
        let english = "the man said that it was with him and for them ".repeat(20);
        let texts = [
            german.as_str(),
            french.as_str(),
            english.as_str(),
            "w",
            "und die der",
        ];
        let mut tallies = BlockTallies::new(&texts);
        for chosen in [
            vec![0, 1, 2, 3, 4],
            vec![2, 4],
            vec![1, 2],
            vec![0, 2, 3],
            vec![3],
            vec![],
            vec![0, 1, 2, 3, 4],
        ] {
            let read = detect_in(chosen.iter().map(|&i| texts[i]));
            assert_eq!(tallies.detect(chosen.iter().copied()), read, "{chosen:?}");
        }
        // 440 German words, then the French block read only up to the 1 500th word
        assert_eq!(tallies.detect([0]), Lang::De);
        assert_eq!(tallies.detect([0, 1]), Lang::Fr);
    }

    /// The letter runs are the non-empty pieces of a split at every non-letter.
    #[test]
    fn runs_are_the_split_pieces() {
        for t in [
            "",
            "a",
            " The U.S. don't–Ёлка 東京, señor\u{301}x 12ab ",
            "ß!Σσ",
        ] {
            let want: Vec<&str> = t
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .collect();
            let got: Vec<&str> = runs(t, char::is_alphabetic).collect();
            assert_eq!(got, want, "{t}");
            let want: Vec<&str> = t
                .split(|c: char| !(c.is_alphanumeric() || c == '\''))
                .filter(|w| !w.is_empty())
                .collect();
            let got: Vec<&str> = runs(t, |c| c.is_alphanumeric() || c == '\'').collect();
            assert_eq!(got, want, "{t}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for (i, lang) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(lang as usize, i);
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("xx"), None);
    }
}
