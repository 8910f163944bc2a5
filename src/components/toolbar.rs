//! The toolbar: share links, exports, theme and help.

use crate::dom;
use crate::export::Format;
use crate::request::Settings;
use crate::share::{self, SharedState};
use crate::state::{Action, AppState};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: Rc<AppState>,
    pub on_action: Callback<Action>,
    /// Writes the analysis shown in a format and offers it as a download.
    pub on_export: Callback<Format>,
}

#[component(Toolbar)]
pub fn toolbar(props: &Props) -> Html {
    let message = use_state(|| None::<String>);
    let open = use_state(|| false);

    let share_link = {
        let state = props.state.clone();
        let message = message.clone();
        Callback::from(move |_| {
            let fragment = share::encode(&state.shared());
            let link = format!("{}#{fragment}", dom::base_url());
            dom::replace_fragment(&fragment);
            dom::copy(&link);
            let warning = share::length_warning(link.len()).unwrap_or_default();
            message.set(Some(format!(
                "Link copied ({} characters). {warning}",
                link.len()
            )));
        })
    };
    let settings_link = {
        let settings = props.state.settings.clone();
        let message = message.clone();
        Callback::from(move |_| {
            let fragment = share::encode(&SharedState {
                settings: Settings { ..settings.clone() },
                ..SharedState::default()
            });
            let link = format!("{}#{fragment}", dom::base_url());
            dom::copy(&link);
            message.set(Some(
                "Settings-only link copied: it carries no article text.".into(),
            ));
        })
    };
    let analysis = props.state.analysis.clone();
    let dark = props.state.dark;
    let toggle_theme = props
        .on_action
        .reform(move |_| Action::SetDark(Some(!dark.unwrap_or(false))));
    let help = props.on_action.reform(|_| Action::ToggleHelp);
    let toggle_open = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };

    html! {
        <nav class="toolbar" aria-label="Share and export">
            <button type="button" id="share" onclick={share_link} disabled={props.state.text.is_empty()}>{ "Copy share link" }</button>
            <button type="button" id="share-settings" onclick={settings_link}>{ "Settings-only link" }</button>
            <div class="export">
                <button type="button" id="export" aria-expanded={open.to_string()} aria-controls="export-menu"
                        onclick={toggle_open} disabled={analysis.is_none()}>{ "Export ▾" }</button>
                if *open {
                    <ul id="export-menu" class="menu">
                        { for Format::ALL.iter().map(|&f| {
                            let on_export = props.on_export.clone();
                            let open = open.clone();
                            let onclick = Callback::from(move |_| {
                                on_export.emit(f);
                                open.set(false);
                            });
                            html! { <li><button type="button" data-format={f.label()} {onclick}>{ f.label() }</button></li> }
                        }) }
                    </ul>
                }
            </div>
            <button type="button" id="theme" onclick={toggle_theme} title="Switch between light and dark">{ if dark == Some(true) { "☀ Light" } else { "☾ Dark" } }</button>
            <button type="button" id="help" onclick={help} aria-label="Keyboard shortcuts">{ "?" }</button>
            if let Some(m) = &*message {
                <p class="toast" role="status">{ m.clone() }</p>
            }
        </nav>
    }
}
