//! Temporal expressions: extraction (what the text says, as an underspecified value),
//! resolution against a reference date, and the document date.
//!
//! Extraction runs one language's rule tables ([`lang`]) over the text, then the refiners
//! ([`refine`]) in their fixed order. Resolution ([`resolve`]) is a separate pass.

pub mod docdate;
pub mod grammar;
pub mod lang;
pub mod make;
pub mod refine;
pub mod resolve;
pub mod tense;
pub mod value;

pub use docdate::document_date;

use crate::lang::Lang;
use crate::model::{Grain, Span, TimexType};
use value::Timex;

/// What settled the day/month order of an ambiguous numeric date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrderSource {
    /// The reader's setting ([`crate::Config::day_first`]).
    Setting,
    /// The text's other dates ("25/12/2021", "19 December").
    Text,
    /// The language's usual order (month first in English, day first elsewhere).
    Language,
}

/// A temporal expression as written, before resolution.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub span: Span,
    pub kind: TimexType,
    /// The value as far as the text alone fixes it (TIMEX3, `X` for unknown digits).
    pub value: String,
    pub grain: Grain,
    pub latent: bool,
    /// The underspecified value that resolution completes.
    pub timex: Timex,
    /// For a numeric date whose day/month order the numbers alone do not settle ("03/04"),
    /// what settled it.
    pub ambiguous_order: Option<OrderSource>,
    pub rule: &'static str,
}

impl Mention {
    pub fn new(span: Span, timex: Timex, rule: &'static str) -> Self {
        let unresolved = resolve::resolve(&timex, None, &resolve::Context::default());
        Mention {
            span,
            kind: timex.kind,
            value: unresolved.value,
            grain: timex.grain,
            latent: timex.latent,
            timex,
            ambiguous_order: None,
            rule,
        }
    }

    /// Recomputes the unresolved value after a refiner changed the timex.
    pub fn refresh(&mut self) {
        *self = Mention {
            ambiguous_order: self.ambiguous_order,
            ..Mention::new(self.span, self.timex.clone(), self.rule)
        };
    }
}

/// Finds every temporal expression in `text`.
pub fn extract(text: &str, lang: Lang) -> Vec<Mention> {
    extract_with(text, lang, None)
}

/// Finds every temporal expression in `text`; `day_first` is the reader's order for
/// ambiguous numeric dates ("03/04/2022"), which otherwise the text or the language decides.
pub fn extract_with(text: &str, lang: Lang, day_first: Option<bool>) -> Vec<Mention> {
    let grammar = lang::grammar(lang);
    let mut found = Vec::new();
    grammar.scan(text, |start, end, rule, timex| {
        if let Some(timex) = timex {
            found.push(Mention::new(
                Span::new(start, end),
                timex,
                grammar.rules[rule].name,
            ));
        }
    });
    let input = refine::Input {
        text,
        lang,
        day_first,
    };
    refine::run(&input, &mut found);
    found
}
