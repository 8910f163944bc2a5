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
    /// A numeric date whose day/month order the numbers alone do not settle.
    pub ambiguous_order: bool,
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
            ambiguous_order: false,
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
    refine::run(text, lang, &mut found);
    found
}
