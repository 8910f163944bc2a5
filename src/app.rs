//! The page: one reducer owns the state; effects talk to the worker, the fragment and storage;
//! small components draw the panels and send actions back.

use crate::components::{
    article_view::ArticleView, help::Help, input_panel::InputPanel, quote_panel::QuotePanel,
    timeline_panel::TimelinePanel, toolbar::Toolbar,
};
use crate::export::Format;
use crate::link::{Download, WorkerLink};
use crate::request::{
    AnswerAssembler, AnswerPart, ExportsAsked, Settings, ToWorker, TEXT_PART_BYTES,
};
use crate::share::{self, SharedState};
use crate::state::{Action, AppState, Focus, Status};
use crate::{dom, files, view};
use lede_analysis::Analysis;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The original example article shipped with Lede.
pub const EXAMPLE: &str = include_str!("../crates/analysis/tests/data/articles/example/input.txt");
/// Where the draft is kept between visits.
const DRAFT_KEY: &str = "lede.draft.v1";
/// How long typing must pause before an analysis starts.
const DEBOUNCE_MS: u64 = 300;
/// Blocks and quotes beyond which the panels skip laying out what is off screen.
const LONG_ITEMS: usize = 300;
/// Shown when the browser refuses to start the analysis worker.
const WORKER_FAILED: &str =
    "This browser did not start Lede's analysis worker (are module workers allowed here?).";
/// Drafts larger than this are not kept (browsers allow about 5 MB per site).
const MAX_DRAFT_BYTES: usize = 2 * 1024 * 1024;

/// What the draft in localStorage holds.
#[derive(Serialize, Deserialize)]
struct Draft {
    state: SharedState,
    #[serde(default)]
    dark: Option<bool>,
}

pub type Dispatch = UseReducerDispatcher<AppState>;

/// The link to the worker and the text of the request in flight.
#[derive(Default)]
struct Worker {
    link: Option<WorkerLink>,
    /// Numbers the links spawned, so that a failure is pinned on the link that had it.
    link_id: u64,
    /// The id and text of the newest request: the answer leaves the text out.
    sent: Option<(u64, Rc<String>)>,
    /// True from sending a request until its whole answer is in.
    in_flight: bool,
    /// The parts of the newest answer received so far.
    answers: AnswerAssembler,
    next_id: u64,
    /// Bumped on every input change; a debounced send checks it is still the newest.
    generation: u64,
    /// The exports the worker is writing, each with the analysis to write here instead if the
    /// worker no longer holds it.
    exporting: ExportsAsked<Rc<Analysis>>,
}

/// Starts a worker for `w` (whose `link` it is to become).
fn spawn_worker(
    w: &mut Worker,
    dispatch: Dispatch,
    worker: std::rc::Weak<RefCell<Worker>>,
) -> Option<WorkerLink> {
    w.link_id += 1;
    let on_error = worker_failed(w.link_id, dispatch.clone(), worker.clone());
    let on_export = {
        let worker = worker.clone();
        move |id: u64, file: Option<Download>| {
            let Some(worker) = worker.upgrade() else {
                return;
            };
            let asked = worker.borrow_mut().exporting.answered(id);
            let Some((format, analysis)) = asked else {
                return;
            };
            match file {
                Some(file) => dom::download(&file.filename, &file.blob),
                None => download_here(&analysis, format),
            }
        }
    };
    let on_part = move |part: AnswerPart| {
        let Some(worker) = worker.upgrade() else {
            return;
        };
        let mut w = worker.borrow_mut();
        // parts of an older answer are dropped here, before any work on them
        let Some((id, text)) = w.sent.clone().filter(|(id, _)| *id == part.id) else {
            return;
        };
        let Some(response) = w.answers.take(part) else {
            return;
        };
        w.in_flight = false;
        drop(w);
        // rebuilding the body and drawing the panels are separate steps of the page's thread
        let dispatch = dispatch.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let elapsed_us = response.elapsed_us;
            let analysis = Rc::new(response.restore(&text));
            dom::next_step().await;
            dispatch.dispatch(Action::Analysed {
                id,
                analysis,
                elapsed_us,
            });
        });
    };
    // the worker starts the page's own module: one download serves both
    WorkerLink::spawn(&dom::worker_script()?, on_part, on_export, on_error).ok()
}

/// What the page does when worker `id` fails: it lets that worker go (a fresh one takes the
/// next input) and says what happened.
fn worker_failed(
    id: u64,
    dispatch: Dispatch,
    worker: std::rc::Weak<RefCell<Worker>>,
) -> impl Fn(String) + 'static {
    move |message| {
        let Some(worker) = worker.upgrade() else {
            return;
        };
        let dispatch = dispatch.clone();
        // after the event: the failed link is dropped outside its own handler
        wasm_bindgen_futures::spawn_local(async move {
            let mut w = worker.borrow_mut();
            if w.link_id != id {
                return;
            }
            let failed = w.link.take();
            w.exporting.forget();
            w.in_flight = false;
            drop(w);
            drop(failed);
            dispatch.dispatch(Action::Refuse(format!(
                "The analysis stopped ({message}). Lede starts afresh on your next change."
            )));
        });
    }
}

#[component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    let worker = use_mut_ref(Worker::default);
    let storage_note = use_state(|| None::<String>);

    // On load: the worker starts and warms up; a share link wins over the saved draft.
    {
        let dispatch = state.dispatcher();
        let storage_note = storage_note.clone();
        let worker = worker.clone();
        use_effect_with((), move |_| {
            {
                let weak = Rc::downgrade(&worker);
                let mut w = worker.borrow_mut();
                w.link = spawn_worker(&mut w, dispatch.clone(), weak);
                if let Some(link) = &w.link {
                    link.send(&ToWorker::WarmUp {
                        text: EXAMPLE.to_string(),
                    });
                }
            }
            let fragment = dom::fragment();
            let restored = if fragment.is_empty() {
                None
            } else {
                match share::decode(&fragment) {
                    Ok(s) => Some(s),
                    Err(e) => {
                        storage_note.set(Some(e.to_string()));
                        None
                    }
                }
            };
            let draft = dom::load(DRAFT_KEY).and_then(|d| serde_json::from_str::<Draft>(&d).ok());
            if let Some(dark) = draft.as_ref().and_then(|d| d.dark) {
                dispatch.dispatch(Action::SetDark(Some(dark)));
            }
            if let Some(s) = restored.or(draft.map(|d| d.state)) {
                let overrides = s.overrides();
                dispatch.dispatch(Action::Restore {
                    text: s.text,
                    html: s.html,
                    settings: s.settings,
                    overrides,
                });
            }
        });
    }

    // Input, settings or corrections changed: keep the draft and analyse after a pause.
    {
        let dispatch = state.dispatcher();
        let worker = worker.clone();
        let storage_note = storage_note.clone();
        let key = (
            state.text.clone(),
            state.html,
            state.settings.clone(),
            state.overrides.clone(),
        );
        let input = state.input();
        let dark = state.dark;
        use_effect_with(key, move |_| {
            let generation = {
                let mut w = worker.borrow_mut();
                w.generation += 1;
                w.generation
            };
            wasm_bindgen_futures::spawn_local(async move {
                yew::platform::time::sleep(std::time::Duration::from_millis(DEBOUNCE_MS)).await;
                if worker.borrow().generation != generation {
                    return;
                }
                storage_note.set(save_draft(&input, dark));
                if input.text.trim().is_empty() {
                    return;
                }
                if input.text.len() > files::MAX_INPUT_BYTES {
                    dispatch.dispatch(Action::Refuse(format!(
                        "The text is {} MB; Lede analyses up to {} MB at once. Nothing was cut: remove what you do not need and it runs again.",
                        input.text.len() / 1_000_000,
                        files::MAX_INPUT_BYTES / 1_000_000
                    )));
                    return;
                }
                send(&worker, &dispatch, &input);
            });
            || ()
        });
    }

    // The reader moved the focus: bring the item into view.
    {
        let focus = state.focus;
        use_effect_with(focus, move |focus| {
            match focus {
                Focus::Quote(i) => dom::reveal(&format!("q{i}")),
                Focus::Event(i) => dom::reveal(&format!("t{i}")),
                Focus::Block(i) => dom::reveal(&format!("b{i}")),
                Focus::None => {}
            }
            || ()
        });
    }

    // The theme follows the state.
    use_effect_with(state.dark, |dark| {
        dom::set_theme(*dark);
        || ()
    });

    // Keyboard shortcuts for the whole page.
    {
        let dispatch = state.dispatcher();
        let worker = worker.clone();
        let input = state.input();
        let key = (
            state.text.clone(),
            state.html,
            state.settings.clone(),
            state.overrides.clone(),
            state.focus,
        );
        use_effect_with(key, move |key| {
            let focus = key.4;
            let listener = keydown_listener(move |e: web_sys::KeyboardEvent| {
                if let Some(action) = shortcut(&e, focus) {
                    e.prevent_default();
                    match action {
                        Shortcut::AnalyseNow => send(&worker, &dispatch, &input),
                        Shortcut::Act(a) => dispatch.dispatch(a),
                    }
                }
            });
            move || drop(listener)
        });
    }

    let dispatch = state.dispatcher();
    let on_action = Callback::from(move |a: Action| dispatch.dispatch(a));
    let on_export = {
        let worker = worker.clone();
        let shown = state.analysis.clone().map(|a| (state.latest, a));
        Callback::from(move |format| {
            if let Some((id, analysis)) = &shown {
                export(&worker, *id, analysis.clone(), format);
            }
        })
    };
    let analysis = state.analysis.clone();
    let busy = matches!(state.status, Status::Running { .. });
    let status = match state.status {
        Status::Empty => "empty",
        Status::Running { .. } => "running",
        Status::Ready => "ready",
        Status::Refused(_) => "refused",
    };
    let notice = match (&state.status, &*storage_note) {
        (Status::Refused(m), _) => Some(m.clone()),
        (_, Some(m)) => Some(m.clone()),
        _ => None,
    };

    // a long analysis lays out only the blocks and quotes near the screen (see style.css)
    let long = analysis
        .as_ref()
        .is_some_and(|a| a.blocks.len() + a.quotes.len() > LONG_ITEMS);
    // the article view and the quote panel group the quotes alike; once per analysis
    let groups = use_memo(analysis.clone(), |a| {
        a.as_deref().map(view::speaker_groups).unwrap_or_default()
    });
    html! {
        <>
        <header class="masthead">
            <h1><span class="logo" aria-hidden="true">{"❝"}</span>{ "Lede" }</h1>
            <p class="tagline">{ "Paste a news article: see its body, its quotes with speakers, and its timeline. Everything stays in your browser." }</p>
            <Toolbar state={Rc::new((*state).clone())} on_action={on_action.clone()} on_export={on_export} />
        </header>
        if let Some(n) = notice {
            <p class="notice" role="status">{ n }</p>
        }
        <main class={classes!("layout", long.then_some("long"))} aria-busy={busy.to_string()} data-status={status} data-run={state.latest.to_string()}>
            <InputPanel text={state.text.clone()} html={state.html} settings={state.settings.clone()}
                analysis={analysis.clone()} busy={busy} on_action={on_action.clone()} example={EXAMPLE} />
            if let Some(a) = analysis {
                <ArticleView analysis={a.clone()} groups={groups.clone()} elapsed_us={state.elapsed_us} focus={state.focus} on_action={on_action.clone()} />
                <aside class="panels">
                    <QuotePanel analysis={a.clone()} groups={groups} focus={state.focus} on_action={on_action.clone()} />
                    <TimelinePanel analysis={a} focus={state.focus} on_action={on_action.clone()} />
                </aside>
            } else {
                <section class="empty" aria-label="Results">
                    <p>{ "Paste an article on the left, drop a file, or try the example." }</p>
                </section>
            }
        </main>
        if state.show_help {
            <Help on_close={on_action.reform(|_| Action::ToggleHelp)} />
        }
        </>
    }
}

/// Keeps the draft in localStorage; returns a note for the reader when it cannot.
fn save_draft(input: &AppState, dark: Option<bool>) -> Option<String> {
    if input.text.len() > MAX_DRAFT_BYTES {
        dom::forget(DRAFT_KEY);
        return Some(
            "This text is too large to keep as a draft: it will not come back after a reload."
                .into(),
        );
    }
    let draft = serde_json::to_string(&Draft {
        state: input.shared(),
        dark,
    })
    .unwrap_or_default();
    dom::save(DRAFT_KEY, &draft).err()
}

/// Sends the input to the worker, its text in pieces between other work of the page. A run
/// still in progress is cancelled: its worker is terminated and a fresh one takes the new
/// request at once.
fn send(worker: &Rc<RefCell<Worker>>, dispatch: &Dispatch, input: &AppState) {
    let mut w = worker.borrow_mut();
    w.next_id += 1;
    let id = w.next_id;
    // the request shares the page's one copy of the text: the pieces are cut from it as they go
    let Some(request) = input.request(id) else {
        return;
    };
    if w.in_flight {
        w.link = None;
        w.exporting.forget();
    }
    w.sent = Some((id, request.text.clone()));
    w.in_flight = true;
    w.answers = AnswerAssembler::default();
    if w.link.is_none() {
        w.link = spawn_worker(&mut w, dispatch.clone(), Rc::downgrade(worker));
    }
    if w.link.is_none() {
        w.in_flight = false;
        drop(w);
        dispatch.dispatch(Action::Refuse(WORKER_FAILED.to_string()));
        return;
    }
    drop(w);
    dispatch.dispatch(Action::Sent { id });
    let worker = worker.clone();
    wasm_bindgen_futures::spawn_local(async move {
        for (i, message) in request.messages(TEXT_PART_BYTES).enumerate() {
            if i > 0 {
                // let the page handle input and paint between pieces
                dom::next_step().await;
            }
            let w = worker.borrow();
            let newest = w.sent.as_ref().is_some_and(|(sent, _)| *sent == id);
            match (&w.link, newest) {
                (Some(link), true) => link.send(&message),
                _ => return,
            }
        }
    });
}

/// Offers the analysis shown (answer `id`) as a download in `format`. The worker writes it when
/// it holds that answer and is not busy with another: a 20 MB article's exports take up to
/// seconds to write. Otherwise the page writes it.
fn export(worker: &Rc<RefCell<Worker>>, id: u64, analysis: Rc<Analysis>, format: Format) {
    let mut w = worker.borrow_mut();
    match &w.link {
        Some(link) if !w.in_flight => {
            link.send(&ToWorker::Export {
                id,
                format,
                stamp: dom::ics_stamp(),
            });
            w.exporting.ask(id, format, analysis);
        }
        _ => {
            drop(w);
            download_here(&analysis, format);
        }
    }
}

/// Writes an export on the page's thread and offers it as a download.
fn download_here(analysis: &Analysis, format: Format) {
    let file = crate::export::export(analysis, format, &dom::ics_stamp());
    if let Some(blob) = dom::file_blob(&file.contents, file.mime) {
        dom::download(file.filename, &blob);
    }
}

/// What a key press asks for.
enum Shortcut {
    AnalyseNow,
    Act(Action),
}

/// Maps a key press to a shortcut; keys typed into fields are left alone (except Ctrl/Cmd+Enter).
fn shortcut(e: &web_sys::KeyboardEvent, focus: Focus) -> Option<Shortcut> {
    if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
        return Some(Shortcut::AnalyseNow);
    }
    let in_field = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT"));
    if in_field || e.ctrl_key() || e.meta_key() || e.alt_key() {
        return None;
    }
    let on_events = matches!(focus, Focus::Event(_));
    match e.key().as_str() {
        "?" => Some(Shortcut::Act(Action::ToggleHelp)),
        "Escape" => Some(Shortcut::Act(Action::Focus(Focus::None))),
        "j" => Some(Shortcut::Act(Action::Step {
            quotes: !on_events,
            delta: 1,
        })),
        "k" => Some(Shortcut::Act(Action::Step {
            quotes: !on_events,
            delta: -1,
        })),
        "q" => Some(Shortcut::Act(Action::Step {
            quotes: true,
            delta: 0,
        })),
        "t" => Some(Shortcut::Act(Action::Step {
            quotes: false,
            delta: 0,
        })),
        _ => None,
    }
}

/// Listens to keydown on the document until dropped.
fn keydown_listener(f: impl Fn(web_sys::KeyboardEvent) + 'static) -> impl Drop {
    struct Listener(Option<wasm_bindgen::closure::Closure<dyn Fn(web_sys::KeyboardEvent)>>);
    impl Drop for Listener {
        fn drop(&mut self) {
            if let (Some(c), Some(doc)) =
                (self.0.take(), web_sys::window().and_then(|w| w.document()))
            {
                let _ =
                    doc.remove_event_listener_with_callback("keydown", c.as_ref().unchecked_ref());
            }
        }
    }
    let closure = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(f);
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        let _ = doc.add_event_listener_with_callback("keydown", closure.as_ref().unchecked_ref());
    }
    Listener(Some(closure))
}

/// Settings as the page's controls hold them (re-exported for components).
pub type PageSettings = Settings;
