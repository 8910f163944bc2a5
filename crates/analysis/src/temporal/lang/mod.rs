//! Languages as tables: each module holds one language's words and rules; [`grammar`]
//! compiles a language once, on first use.

pub mod common;
pub mod de;
pub mod en;
pub mod es;
pub mod fr;
pub mod it;
pub mod pt;
pub mod ru;

use super::grammar::{Grammar, Lexicon, Rule};
use crate::lang::Lang;
use std::sync::LazyLock;

/// The rule tables of a language, in priority order.
pub fn tables(lang: Lang) -> (Vec<&'static Rule>, &'static Lexicon) {
    let (own, lexicon): (&'static [Rule], &'static Lexicon) = match lang {
        Lang::De => (de::RULES, &de::LEXICON),
        Lang::Fr => (fr::RULES, &fr::LEXICON),
        Lang::Es => (es::RULES, &es::LEXICON),
        Lang::It => (it::RULES, &it::LEXICON),
        Lang::Pt => (pt::RULES, &pt::LEXICON),
        Lang::Ru => (ru::RULES, &ru::LEXICON),
        _ => (en::RULES, &en::LEXICON),
    };
    let rules = common::NUMERIC_DATES
        .iter()
        .chain(own)
        .chain(common::LAST)
        .collect();
    (rules, lexicon)
}

macro_rules! grammar_of {
    ($name:ident, $lang:expr) => {
        static $name: LazyLock<Grammar> = LazyLock::new(|| {
            let (rules, lexicon) = tables($lang);
            Grammar::compile(rules, lexicon)
        });
    };
}

grammar_of!(EN, Lang::En);
grammar_of!(DE, Lang::De);
grammar_of!(FR, Lang::Fr);
grammar_of!(ES, Lang::Es);
grammar_of!(IT, Lang::It);
grammar_of!(PT, Lang::Pt);
grammar_of!(RU, Lang::Ru);

/// The compiled grammar of `lang` (English for languages without tables).
pub fn grammar(lang: Lang) -> &'static Grammar {
    match lang {
        Lang::De => &DE,
        Lang::Fr => &FR,
        Lang::Es => &ES,
        Lang::It => &IT,
        Lang::Pt => &PT,
        Lang::Ru => &RU,
        _ => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every rule's example is matched whole by that very rule (a rule shadowed by an earlier
    /// one, or a pattern that misses its own example, fails here).
    #[test]
    fn every_rule_matches_its_example() {
        let mut failures = Vec::new();
        for lang in [
            Lang::En,
            Lang::De,
            Lang::Fr,
            Lang::Es,
            Lang::It,
            Lang::Pt,
            Lang::Ru,
        ] {
            let g = grammar(lang);
            for (i, rule) in g.rules.iter().enumerate() {
                let mut found = Vec::new();
                g.scan(rule.example, |s, e, r, t| {
                    found.push((s, e, r, t.is_some()))
                });
                let whole = found
                    .iter()
                    .any(|&(s, e, r, built)| s == 0 && e == rule.example.len() && r == i && built);
                if !whole {
                    let got: Vec<_> = found
                        .iter()
                        .map(|&(s, e, r, _)| {
                            format!("{:?} by {}", &rule.example[s..e], g.rules[r].name)
                        })
                        .collect();
                    failures.push(format!(
                        "{lang:?} {}: {:?} gave {got:?}",
                        rule.name, rule.example
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
