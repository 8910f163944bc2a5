//! Long lists drawn a step at a time: a panel draws the first items of an analysis and a
//! "show more" button adds the next step. Drawing a 20 MB article's 200,000 blocks at once
//! would hold the page for seconds; a step of a few hundred items takes tens of milliseconds.

use lede_analysis::Analysis;
use std::rc::{Rc, Weak};
use yew::prelude::*;

/// How many items of `analysis` to draw: `step` at first, `step` more at each click of the
/// returned callback. A new analysis starts again from `step`.
#[hook]
pub fn use_shown(analysis: &Rc<Analysis>, step: usize) -> (usize, Callback<MouseEvent>) {
    // a Weak keeps the analysis's address from being reused, not its contents alive
    let shown = use_state(|| (Weak::<Analysis>::new(), step));
    let now = if shown.0.as_ptr() == Rc::as_ptr(analysis) {
        shown.1
    } else {
        step
    };
    let weak = Rc::downgrade(analysis);
    let more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set((weak.clone(), now.saturating_add(step))))
    };
    (now, more)
}

/// The "show more" button under a list of `total` items of which `shown` are drawn; nothing
/// when all are.
pub fn more_button(
    shown: usize,
    total: usize,
    step: usize,
    noun: &str,
    more: Callback<MouseEvent>,
) -> Html {
    if shown >= total {
        return html! {};
    }
    let next = step.min(total - shown);
    html! {
        <button type="button" class="more" onclick={more}>
            { format!("Show {next} more {noun} ({shown} of {total} shown)") }
        </button>
    }
}
