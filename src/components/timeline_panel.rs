//! The timeline: dated items by year in order, then durations, repetitions and vague
//! references; the article's own date marked; a click jumps to the sentence.

use crate::components::more::{more_button, use_shown};
use crate::state::{Action, Focus};
use crate::view;
use lede_analysis::Analysis;
use std::rc::Rc;
use yew::prelude::*;

/// Timeline items drawn at first and at each "show more".
const ITEMS_STEP: usize = 150;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Rc<Analysis>,
    pub focus: Focus,
    pub on_action: Callback<Action>,
}

#[component(TimelinePanel)]
pub fn timeline_panel(props: &Props) -> Html {
    let a = &props.analysis;
    let (shown, more) = use_shown(a, ITEMS_STEP);
    let sections = use_memo(props.analysis.clone(), |a| view::timeline_sections(a));
    let mut budget = shown;
    let doc_date = a.document_date.value.clone().unwrap_or_default();
    let copy_source = props.analysis.clone();
    html! {
        <section class="panel timeline" aria-labelledby="timeline-h">
            <div class="panel-head">
                <h2 id="timeline-h">{ format!("Timeline ({})", a.timeline.len()) }</h2>
                <button type="button" class="copy" onclick={move |_| crate::dom::copy(&lede_analysis::report::markdown_timeline(&copy_source))} aria-label="Copy the timeline as Markdown">{ "Copy" }</button>
            </div>
            if !doc_date.is_empty() {
                <p class="doc-date">{ format!("Article date: {doc_date} ({})", a.document_date.source.as_str()) }</p>
            }
            if a.timeline.is_empty() {
                <p class="hint">{ "No dated items in the body." }</p>
            }
            { for sections.iter().filter(|s| !s.items.is_empty()).map(|s| {
                let shown = s.items.len().min(budget);
                budget -= shown;
                (s, shown)
            }).filter(|(_, shown)| *shown > 0).map(|(s, shown)| html! {
                <div class="tl-section">
                    <h3>{ s.heading.clone() }</h3>
                    <ol class="tl">
                        { for s.items.iter().copied().take(shown).map(|i| {
                            let t = &a.timeline[i];
                            let sentence = a.text.get(t.sentence_start..t.sentence_end).unwrap_or("").to_string();
                            let on_click = props.on_action.reform(move |_| Action::Focus(Focus::Event(i)));
                            let is_doc = !doc_date.is_empty() && t.value.starts_with(&doc_date);
                            html! {
                                <li class={classes!("tl-item", is_doc.then_some("doc"), t.latent.then_some("latent"))}>
                                    <button type="button" class={classes!("event", (props.focus == Focus::Event(i)).then_some("focused"))}
                                            onclick={on_click} title={format!("{} · {} · rule {}", t.value, t.resolution, t.rule)}>
                                        <span class="value">{ view::display_value(t) }</span>
                                        if is_doc { <span class="badge">{ "article date" }</span> }
                                        <span class="phrase">{ t.text.clone() }</span>
                                        <span class="sentence">{ sentence }</span>
                                    </button>
                                </li>
                            }
                        }) }
                    </ol>
                </div>
            }) }
            { more_button(shown, a.timeline.len(), ITEMS_STEP, "dated items", more) }
        </section>
    }
}
