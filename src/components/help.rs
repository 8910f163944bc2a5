//! The keyboard shortcuts dialog.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_close: Callback<()>,
}

/// Every shortcut the page answers to.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Ctrl/⌘ + Enter", "Analyse now"),
    ("?", "Show or hide this list"),
    ("q", "Go to the quotes"),
    ("t", "Go to the timeline"),
    ("j / k", "Next / previous quote or event"),
    ("Esc", "Clear the selection"),
];

#[component(Help)]
pub fn help(props: &Props) -> Html {
    let close = props.on_close.reform(|_| ());
    html! {
        <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="help-h">
            <h2 id="help-h">{ "Keyboard shortcuts" }</h2>
            <dl>
                { for SHORTCUTS.iter().map(|(k, v)| html! { <><dt><kbd>{ *k }</kbd></dt><dd>{ *v }</dd></> }) }
            </dl>
            <button type="button" onclick={close} autofocus=true>{ "Close" }</button>
        </div>
    }
}
