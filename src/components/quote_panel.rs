//! Quotes grouped by speaker, with counts, the way each attribution was made, and a jump to
//! the quote in the article.

use crate::components::more::{more_button, use_shown};
use crate::state::{Action, Focus};
use crate::view;
use lede_analysis::case::ToLower;
use lede_analysis::{Analysis, QuoteKind, SpeakerVia};
use std::rc::Rc;
use yew::prelude::*;

/// Quotes listed at first and at each "show more", speaker by speaker (keeps very long
/// articles responsive).
const QUOTES_STEP: usize = 150;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Rc<Analysis>,
    /// The analysis's quotes by speaker (the article view colours them the same way).
    pub groups: Rc<Vec<view::SpeakerGroup>>,
    pub focus: Focus,
    pub on_action: Callback<Action>,
}

#[component(QuotePanel)]
pub fn quote_panel(props: &Props) -> Html {
    let a = &props.analysis;
    let (shown, more) = use_shown(a, QUOTES_STEP);
    let mut budget = shown;
    let copy_source = props.analysis.clone();
    html! {
        <section class="panel quotes" aria-labelledby="quotes-h">
            <div class="panel-head">
                <h2 id="quotes-h">{ format!("Quotes ({})", a.quotes.len()) }</h2>
                <button type="button" class="copy" onclick={move |_| crate::dom::copy(&lede_analysis::report::markdown_quotes(&copy_source))} aria-label="Copy the quotes as Markdown">{ "Copy" }</button>
            </div>
            if a.quotes.is_empty() {
                <p class="hint">{ "No quotations found in the body." }</p>
            }
            { for props.groups.iter().map(|g| {
                let listed = g.quotes.len().min(budget);
                budget -= listed;
                (g, listed)
            }).filter(|(_, listed)| *listed > 0).map(|(g, listed)| html! {
                <div class="speaker-group">
                    <h3 class={classes!("speaker", g.name.as_ref().map(|_| format!("c{}", g.color)))}>
                        { g.name.clone().unwrap_or_else(|| "Speaker not stated".into()) }
                        <span class="count">{ format!(" · {}", g.quotes.len()) }</span>
                    </h3>
                    <ol>
                        { for g.quotes.iter().take(listed).map(|&i| {
                            let q = &a.quotes[i];
                            let on_click = props.on_action.reform(move |_| Action::Focus(Focus::Quote(i)));
                            let via = match q.speaker_via {
                                Some(SpeakerVia::Name) => "by name",
                                Some(SpeakerVia::Nominal) => "by title",
                                Some(SpeakerVia::Pronoun) => "by pronoun",
                                Some(SpeakerVia::Continuation) => "continued",
                                None => "no attribution",
                            };
                            let mention = q.speaker_start.zip(q.speaker_end).and_then(|(s, e)| a.text.get(s..e));
                            let how = match (mention, &q.cue) {
                                (Some(m), Some(c)) => format!("“{m}” + {c} · {via}"),
                                (Some(m), None) => format!("“{m}” · {via}"),
                                (None, Some(c)) => format!("{c} · {via}"),
                                (None, None) => via.to_string(),
                            };
                            html! {
                                <li>
                                    <button type="button" class={classes!("quote-item", (props.focus == Focus::Quote(i)).then_some("focused"))}
                                            onclick={on_click} title="Show this quote in the article">
                                        if q.kind == QuoteKind::Indirect {
                                            <span class="reported">{ q.text.clone() }</span>
                                        } else {
                                            <q>{ q.text.clone() }</q>
                                        }
                                    </button>
                                    <span class="how">{ format!("{} · {how}", q.kind.as_str()).to_lower() }</span>
                                </li>
                            }
                        }) }
                    </ol>
                </div>
            }) }
            { more_button(shown, a.quotes.len(), QUOTES_STEP, "quotes", more) }
        </section>
    }
}
