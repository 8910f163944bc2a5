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
use crate::lang::{Lang, PerLang};
use std::sync::LazyLock;

/// Each language's own rules and words.
static TABLES: PerLang<(&[Rule], &Lexicon)> = PerLang {
    en: (en::RULES, &en::LEXICON),
    de: (de::RULES, &de::LEXICON),
    fr: (fr::RULES, &fr::LEXICON),
    es: (es::RULES, &es::LEXICON),
    it: (it::RULES, &it::LEXICON),
    pt: (pt::RULES, &pt::LEXICON),
    ru: (ru::RULES, &ru::LEXICON),
};

/// The rule tables of a language, in priority order.
pub fn tables(lang: Lang) -> (Vec<&'static Rule>, &'static Lexicon) {
    let &(own, lexicon) = TABLES.of(lang);
    let rules = common::NUMERIC_DATES
        .iter()
        .chain(own)
        .chain(common::LAST)
        .collect();
    (rules, lexicon)
}

/// Compiles the grammar of `lang`.
fn compile(lang: Lang) -> Grammar {
    let (rules, lexicon) = tables(lang);
    Grammar::compile(rules, lexicon)
}

/// Each language's grammar, compiled on first use.
static GRAMMARS: PerLang<LazyLock<Grammar>> = PerLang {
    en: LazyLock::new(|| compile(Lang::En)),
    de: LazyLock::new(|| compile(Lang::De)),
    fr: LazyLock::new(|| compile(Lang::Fr)),
    es: LazyLock::new(|| compile(Lang::Es)),
    it: LazyLock::new(|| compile(Lang::It)),
    pt: LazyLock::new(|| compile(Lang::Pt)),
    ru: LazyLock::new(|| compile(Lang::Ru)),
};

/// The compiled grammar of `lang` (English for languages without tables).
pub fn grammar(lang: Lang) -> &'static Grammar {
    GRAMMARS.of(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every rule's example is matched whole by that very rule (a rule shadowed by an earlier
    /// one, or a pattern that misses its own example, fails here).
    #[test]
    fn every_rule_matches_its_example() {
        let mut failures = Vec::new();
        for &lang in Lang::WITH_TABLES {
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
