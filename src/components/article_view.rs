//! The article: every block, removed ones dimmed with their reason; quotes, speakers and dates
//! highlighted in place; a button on each block flips its kept/removed decision.

use crate::components::more::{more_button, use_shown};
use crate::state::{Action, Focus};
use crate::view::{self, Piece};
use lede_analysis::case::ToLower;
use lede_analysis::{Analysis, Block};
use std::rc::Rc;
use yew::prelude::*;

/// Blocks drawn at first and at each "show more" (keeps huge pastes responsive).
const BLOCKS_STEP: usize = 200;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Rc<Analysis>,
    /// The analysis's quotes by speaker, whose colours mark quotes and speakers here.
    pub groups: Rc<Vec<view::SpeakerGroup>>,
    /// How long the worker took (0: not measured).
    pub elapsed_us: u64,
    pub focus: Focus,
    pub on_action: Callback<Action>,
}

#[component(ArticleView)]
pub fn article_view(props: &Props) -> Html {
    let a = &props.analysis;
    let (shown, more) = use_shown(a, BLOCKS_STEP);
    let colors = use_memo(props.groups.clone(), |g| view::quote_colors(g));
    let marks = use_memo(props.analysis.clone(), |a| view::Marks::new(a));
    let kept = a.blocks.iter().filter(|b| b.kept).count();
    let title = a.metadata.title.clone();
    // an item chosen in a panel beyond the blocks drawn is drawn on its own, below them
    let beyond = view::focused_block(a, props.focus).filter(|&i| i >= shown);
    html! {
        <article class="article" aria-label="Article">
            <h2>{ "Article" }</h2>
            if let Some(t) = title {
                <p class="doc-title">{ t }</p>
            }
            <p class="summary" data-elapsed-us={props.elapsed_us.to_string()}>
                { format!("{kept} of {} blocks kept · {} quotes · {} dated items", a.blocks.len(), a.quotes.len(), a.timeline.len()) }
                if props.elapsed_us > 0 {
                    { format!(" · analysed in {} ms", crate::view::one_decimal(props.elapsed_us, 1000)) }
                }
            </p>
            { for a.blocks.iter().enumerate().take(shown).map(|(i, b)| block(a, &colors, &marks, i, b, props)) }
            if let Some(i) = beyond {
                <p class="gap">{ format!("… {} blocks not drawn …", i - shown) }</p>
                { block(a, &colors, &marks, i, &a.blocks[i], props) }
            }
            { more_button(shown, a.blocks.len(), BLOCKS_STEP, "blocks", more) }
        </article>
    }
}

fn block(
    a: &Analysis,
    colors: &[Option<usize>],
    marks: &view::Marks,
    i: usize,
    b: &Block,
    props: &Props,
) -> Html {
    let start = b.start;
    let toggle = props
        .on_action
        .reform(move |_| Action::ToggleBlock { start });
    let (class, verb) = if b.kept {
        ("block kept", "Remove")
    } else {
        ("block removed", "Restore")
    };
    let why = if b.overridden {
        format!("{} (changed by you)", b.reason)
    } else {
        b.reason.clone()
    };
    let label = format!(
        "{verb} this block (now {}: {why})",
        if b.kept { "kept" } else { "removed" }
    );
    let focused = props.focus == Focus::Block(i);
    html! {
        <div id={format!("b{i}")} class={classes!(class, focused.then_some("focused"), b.overridden.then_some("overridden"))}
             data-reason={b.reason.clone()} title={why.clone()}>
            <p>{ for view::pieces(a, marks, b.start, b.end).into_iter().map(|p| piece(a, colors, &p, props)) }</p>
            if !b.kept {
                <span class="why" aria-hidden="true">{ why }</span>
            }
            <button type="button" class="toggle" aria-label={label.clone()} title={label} onclick={toggle}>
                { if b.kept { "×" } else { "↺" } }
            </button>
        </div>
    }
}

fn piece(a: &Analysis, colors: &[Option<usize>], p: &Piece, props: &Props) -> Html {
    let text = a.text[p.start..p.end].to_string();
    if let Some(qi) = p.quote {
        let q = &a.quotes[qi];
        let color = colors[qi].map_or("c-none".to_string(), |c| format!("c{c}"));
        let first = p.start <= q.start;
        let focused = props.focus == Focus::Quote(qi);
        let on_click = props
            .on_action
            .reform(move |_| Action::Focus(Focus::Quote(qi)));
        let who = q
            .speaker
            .clone()
            .unwrap_or_else(|| "speaker not stated".into());
        let inner = match p.event {
            Some(ti) => date(a, ti, text, props),
            None => html! { { text } },
        };
        return html! {
            <mark id={first.then(|| format!("q{qi}"))} class={classes!("quote", color, focused.then_some("focused"))}
                  tabindex={first.then_some("-1")} title={format!("{who} · {}", q.kind.as_str()).to_lower()} onclick={on_click}>
                { inner }
            </mark>
        };
    }
    if let Some(ti) = p.event {
        return date(a, ti, text, props);
    }
    if let Some(qi) = p.speaker_of {
        let color = colors[qi].map_or("c-none".to_string(), |c| format!("c{c}"));
        return html! { <span class={classes!("speaker", color)}>{ text }</span> };
    }
    html! { { text } }
}

fn date(a: &Analysis, ti: usize, text: String, props: &Props) -> Html {
    let t = &a.timeline[ti];
    let focused = props.focus == Focus::Event(ti);
    let first = a.text.get(t.start..).is_some();
    let on_click = props.on_action.reform(move |e: MouseEvent| {
        e.stop_propagation();
        Action::Focus(Focus::Event(ti))
    });
    html! {
        <time id={first.then(|| format!("t{ti}"))} class={classes!("date", focused.then_some("focused"))} tabindex="-1"
              datetime={t.value.clone()} title={format!("{} · {}", t.value, t.resolution)} onclick={on_click}>
            { text }
        </time>
    }
}
