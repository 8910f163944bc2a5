//! The input column: the paste area (uncontrolled, so big pastes stay fast), file opening and
//! dropping, the example, and the settings with the detected document date.

use crate::dom::next_step;
use crate::files::{self, Sniffed};
use crate::request::Settings;
use crate::state::Action;
use lede_analysis::{Analysis, DateSource};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Texts larger than this are not put whole into the paste area: laying out megabytes in a
/// text box freezes a browser for seconds. The area shows the start, read-only, and says so.
pub const EDITABLE_BYTES: usize = 1 << 20;
/// How much of a larger text the area shows.
const PREVIEW_BYTES: usize = 64 * 1024;

/// The start of `text`, cut on a char boundary, for the read-only area.
fn preview(text: &str) -> String {
    let mut cut = PREVIEW_BYTES.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}\n…", &text[..cut])
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: Rc<String>,
    pub html: bool,
    pub settings: Settings,
    pub analysis: Option<Rc<Analysis>>,
    pub busy: bool,
    pub example: &'static str,
    pub on_action: Callback<Action>,
}

#[component(InputPanel)]
pub fn input_panel(props: &Props) -> Html {
    let area = use_node_ref();

    // Keep the textarea in step when the text changes from elsewhere (example, link, clear).
    {
        let area = area.clone();
        use_effect_with((props.text.clone(), props.html), move |(text, html)| {
            if let Some(ta) = area.cast::<HtmlTextAreaElement>() {
                if text.len() > EDITABLE_BYTES {
                    ta.set_value(&preview(text));
                } else if (!*html || ta.value().is_empty()) && *ta.value() != **text {
                    ta.set_value(text);
                }
            }
            || ()
        });
    }

    let on_input = props.on_action.reform(|e: InputEvent| {
        let ta: HtmlTextAreaElement = e.target_unchecked_into();
        Action::SetInput {
            text: ta.value(),
            html: false,
        }
    });

    // A paste that carries HTML is analysed as HTML; the area shows its plain text. A very
    // large plain paste is taken from the clipboard rather than laid out in the area.
    let on_paste = {
        let on_action = props.on_action.clone();
        let current = props.text.clone();
        Callback::from(move |e: Event| {
            let Some(e) = e.dyn_ref::<web_sys::ClipboardEvent>() else {
                return;
            };
            let Some(data) = e.clipboard_data() else {
                return;
            };
            let Some(ta) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            else {
                return;
            };
            // both stay browser strings until known to be small: copying megabytes into the
            // page's memory is done in steps, after the event
            let html = crate::dom::clipboard_text(&data, "text/html");
            let plain = crate::dom::clipboard_text(&data, "text/plain");
            if html.trim().length() > 0 {
                e.prevent_default();
                // a large one is shown by its start once it is the input (the effect at the top)
                if plain.length() as usize <= EDITABLE_BYTES {
                    crate::dom::set_value(&ta, &plain);
                }
                let on_action = on_action.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let text = crate::dom::string_in_steps(&html).await;
                    next_step().await;
                    on_action.emit(Action::SetInput { text, html: true });
                });
                return;
            }
            let small = (plain.length() as usize <= EDITABLE_BYTES).then(|| String::from(&plain));
            let large_paste = small.as_ref().is_none_or(|p| p.len() > EDITABLE_BYTES);
            if !large_paste && current.len() <= EDITABLE_BYTES {
                return; // the area takes it as typed text
            }
            e.prevent_default();
            let selection = (current.len() <= EDITABLE_BYTES).then(|| {
                let at = |offset: Result<Option<u32>, _>| offset.ok().flatten().unwrap_or(0);
                (ta.value(), at(ta.selection_start()), at(ta.selection_end()))
            });
            let on_action = on_action.clone();
            wasm_bindgen_futures::spawn_local(async move {
                // taking the text and drawing it are separate steps of the page's thread
                let pasted = match small {
                    Some(small) => small,
                    None => crate::dom::string_in_steps(&plain).await,
                };
                next_step().await;
                let text = match selection {
                    Some((value, start, end)) => splice(&value, start, end, &pasted),
                    None => pasted,
                };
                on_action.emit(Action::SetInput { text, html: false });
            });
        })
    };

    let on_file = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                read_file(file, on_action.clone());
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                read_file(file, on_action.clone());
            }
        })
    };
    let on_dragover = Callback::from(|e: DragEvent| e.prevent_default());

    let example = props.example;
    let on_example = props.on_action.reform(move |_| Action::SetInput {
        text: example.to_string(),
        html: false,
    });
    let on_clear = props.on_action.reform(|_| Action::Clear);

    let settings = props.settings.clone();
    let on_date = {
        let settings = settings.clone();
        props.on_action.reform(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            Action::SetSettings(Settings {
                date: input.value().trim().to_string(),
                ..settings.clone()
            })
        })
    };
    let on_keep_all = {
        let settings = settings.clone();
        props.on_action.reform(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            Action::SetSettings(Settings {
                keep_all: input.checked(),
                ..settings.clone()
            })
        })
    };
    let on_lang = {
        let settings = settings.clone();
        props.on_action.reform(move |e: Event| {
            let input: web_sys::HtmlSelectElement = e.target_unchecked_into();
            Action::SetSettings(Settings {
                lang: input.value(),
                ..settings.clone()
            })
        })
    };

    let date_error = (!settings.date.is_empty())
        .then(|| lede_analysis::config::parse_reference(&settings.date).err())
        .flatten();
    let detected = props.analysis.as_ref().map(|a| describe_date(a));
    let large = props.text.len() > EDITABLE_BYTES;

    html! {
        <section class="input" aria-label="Article input" ondrop={on_drop} ondragover={on_dragover}>
            <label for="article" class="visually-hidden">{ "Article text" }</label>
            <textarea id="article" ref={area} oninput={on_input} onpaste={on_paste} spellcheck="false"
                readonly={large} aria-describedby={large.then_some("large-note")}
                placeholder="Paste a news article here (text or a web page selection), or drop a .txt / .html / .md file." />
            if large {
                <p id="large-note" class="hint" role="note">{ format!(
                    "This text is {} MB: the box shows its start and is read-only, so the page stays responsive. All of it is analysed. Clear to type, or paste to replace it.",
                    crate::view::one_decimal(props.text.len() as u64, 1_000_000)) }</p>
            }
            if props.html {
                <p class="hint" role="note">{ "Analysing the pasted page's HTML. Edit the text to analyse plain text instead." }</p>
            }
            <div class="row">
                <button type="button" id="example" onclick={on_example}>{ "Example" }</button>
                <label class="button" for="open-file">{ "Open file…" }</label>
                <input id="open-file" class="visually-hidden" type="file" accept=".txt,.html,.htm,.md,text/plain,text/html,text/markdown" onchange={on_file} />
                <button type="button" id="clear" onclick={on_clear}>{ "Clear" }</button>
                if props.busy {
                    <span class="busy" role="status"><span class="spinner" aria-hidden="true"></span>{ "Analysing…" }</span>
                }
            </div>
            <fieldset class="settings">
                <legend>{ "Settings" }</legend>
                <label for="doc-date">{ "Document date" }</label>
                <input id="doc-date" type="text" inputmode="numeric" placeholder="detect (YYYY-MM-DD)"
                    value={settings.date.clone()} onchange={on_date} aria-describedby="doc-date-info" />
                <p id="doc-date-info" class="hint">
                    { date_error.unwrap_or_else(|| detected.unwrap_or_else(|| "Detected from the text when left empty.".into())) }
                </p>
                <label for="lang">{ "Language" }</label>
                <select id="lang" onchange={on_lang}>
                    <option value="" selected={settings.lang.is_empty()}>{ "detect" }</option>
                    { for lede_analysis::Lang::ALL.iter().map(|l| html! {
                        <option value={l.code()} selected={settings.lang == l.code()}>{ l.code() }</option>
                    }) }
                </select>
                <label class="check"><input id="keep-all" type="checkbox" checked={settings.keep_all} onchange={on_keep_all} />{ " Keep every block" }</label>
            </fieldset>
        </section>
    }
}

/// "2022-12-19, found in the text: “MINSK, December 19”".
fn describe_date(a: &Analysis) -> String {
    let d = &a.document_date;
    match (&d.value, d.source) {
        (Some(v), DateSource::Given) => format!("Using {v}, as given."),
        (Some(v), DateSource::Text) => {
            let quoted = d
                .start
                .zip(d.end)
                .and_then(|(s, e)| a.text.get(s..e))
                .unwrap_or("");
            format!("Detected {v} in the text: “{quoted}”. Type a date to override.")
        }
        (Some(v), DateSource::Html) => {
            format!("Detected {v} in the page's markup. Type a date to override.")
        }
        _ => {
            "No document date found: relative dates stay unresolved. Type one (YYYY-MM-DD).".into()
        }
    }
}

/// Reads a dropped or chosen file, decoding it by its BOM or declared charset. Copying,
/// checking, decoding and drawing a big file are separate steps of the page's thread.
fn read_file(file: web_sys::File, on_action: Callback<Action>) {
    wasm_bindgen_futures::spawn_local(async move {
        let name = file.name();
        let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await else {
            on_action.emit(Action::Refuse(format!("{name} could not be read.")));
            return;
        };
        next_step().await;
        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        next_step().await;
        let (label, html) = match files::sniff(&name, &bytes) {
            Sniffed::Refuse(message) => return on_action.emit(Action::Refuse(message)),
            Sniffed::Decode { label, html } => (label, html),
        };
        next_step().await;
        let text = match files::decode_utf8(bytes, &label) {
            Ok(text) => text,
            Err(bytes) => match crate::dom::decode(&bytes, &label) {
                Ok(text) => text,
                Err(message) => {
                    return on_action.emit(Action::Refuse(format!("{name}: {message}")));
                }
            },
        };
        next_step().await;
        on_action.emit(Action::SetInput { text, html });
    });
}

/// `value` with the selection from `start` to `end` (UTF-16 offsets, as the area counts them)
/// replaced by `pasted`, as a paste would leave it.
fn splice(value: &str, start: u32, end: u32, pasted: &str) -> String {
    let byte_at = |units: u32| {
        let mut seen = 0u32;
        value
            .char_indices()
            .find(|(_, c)| {
                let before = seen;
                seen += c.len_utf16() as u32;
                before >= units
            })
            .map_or(value.len(), |(i, _)| i)
    };
    let start = byte_at(start);
    let end = byte_at(end).max(start);
    format!("{}{pasted}{}", &value[..start], &value[end..])
}
