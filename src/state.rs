//! The page's state and the one reducer that changes it. No DOM here: every transition is a
//! pure function, tested natively.

use crate::request::{Request, Settings};
use crate::share::SharedState;
use lede_analysis::{Analysis, BlockOverride};
use std::rc::Rc;
use yew::Reducible;

/// Where the page is in its work.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Status {
    /// Nothing to analyse yet.
    #[default]
    Empty,
    /// A request was sent and its answer is awaited.
    Running { id: u64 },
    /// The analysis shown belongs to the current input.
    Ready,
    /// The input was refused (too large, binary …); the message says why.
    Refused(String),
}

/// What the reader has selected in the panels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Focus {
    #[default]
    None,
    Quote(usize),
    Event(usize),
    Block(usize),
}

/// Everything the page shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppState {
    /// The input as pasted or typed (shared, so copies of the state stay cheap). An
    /// `Rc<String>`, not an `Rc<str>`: `Rc` compares two handles of one value by their pointer
    /// only when the value is sized, so the page's many comparisons of states, props and
    /// effect keys do not read a 20 MB text through each time.
    pub text: Rc<String>,
    /// True when the input is HTML (a paste carrying `text/html`, or an .html file).
    pub html: bool,
    pub settings: Settings,
    /// The reader's kept/removed corrections, by block start.
    pub overrides: Vec<BlockOverride>,
    pub analysis: Option<Rc<Analysis>>,
    /// How long the worker took for the analysis shown (0 when not measured).
    pub elapsed_us: u64,
    pub status: Status,
    /// The id of the newest request; answers to older ones are stale and dropped.
    pub latest: u64,
    pub focus: Focus,
    /// Dark mode chosen by the reader (`None`: follow the system).
    pub dark: Option<bool>,
    pub show_help: bool,
}

/// Everything that can happen to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// New input text (typed, pasted, dropped, loaded).
    SetInput {
        text: String,
        html: bool,
    },
    SetSettings(Settings),
    /// Flip one block between kept and removed.
    ToggleBlock {
        start: usize,
    },
    /// A request went to the worker.
    Sent {
        id: u64,
    },
    /// The worker answered, after analysing for `elapsed_us` microseconds.
    Analysed {
        id: u64,
        analysis: Rc<Analysis>,
        elapsed_us: u64,
    },
    Refuse(String),
    /// Restore a whole shared state (a link's fragment, a saved draft).
    Restore {
        text: String,
        html: bool,
        settings: Settings,
        overrides: Vec<BlockOverride>,
    },
    Focus(Focus),
    /// Step to the next (+1) or previous (-1) quote or event.
    Step {
        quotes: bool,
        delta: i32,
    },
    SetDark(Option<bool>),
    ToggleHelp,
    Clear,
}

impl AppState {
    /// The state a share link or a draft keeps.
    pub fn shared(&self) -> SharedState {
        SharedState {
            text: self.text.to_string(),
            html: self.html,
            settings: self.settings.clone(),
            overrides: self.overrides.iter().map(|o| (o.start, o.kept)).collect(),
        }
    }

    /// The input alone (text, kind, settings, corrections), cheap to take: the text is shared,
    /// not copied. What a debounced analysis and the draft start from.
    pub fn input(&self) -> AppState {
        AppState {
            text: self.text.clone(),
            html: self.html,
            settings: self.settings.clone(),
            overrides: self.overrides.clone(),
            ..AppState::default()
        }
    }

    /// The request that analyses the current input, or `None` when there is nothing to do.
    pub fn request(&self, id: u64) -> Option<Request> {
        (!self.text.trim().is_empty()).then(|| Request {
            id,
            text: self.text.clone(),
            html: self.html,
            settings: self.settings.clone(),
            overrides: self.overrides.iter().map(|o| (o.start, o.kept)).collect(),
        })
    }

    /// The next state, or `None` when the action changes nothing.
    pub fn apply(&self, action: Action) -> Option<AppState> {
        let mut next = self.clone();
        match action {
            Action::SetInput { text, html } => {
                if *text == *self.text && html == self.html {
                    return None;
                }
                next.text = text.into();
                next.html = html;
                next.overrides.clear();
                next.focus = Focus::None;
                if next.text.trim().is_empty() {
                    next.analysis = None;
                    next.status = Status::Empty;
                }
            }
            Action::SetSettings(settings) => {
                if settings == self.settings {
                    return None;
                }
                next.settings = settings;
            }
            Action::ToggleBlock { start } => {
                let analysis = self.analysis.as_ref()?;
                let block = analysis.blocks.iter().find(|b| b.start == start)?;
                next.overrides.retain(|o| o.start != start);
                if !block.overridden {
                    next.overrides.push(BlockOverride {
                        start,
                        kept: !block.kept,
                    });
                }
            }
            Action::Sent { id } => {
                next.latest = id;
                next.status = Status::Running { id };
            }
            Action::Analysed {
                id,
                analysis,
                elapsed_us,
            } => {
                if id != self.latest {
                    return None;
                }
                next.analysis = Some(analysis);
                next.elapsed_us = elapsed_us;
                next.status = Status::Ready;
            }
            Action::Refuse(message) => {
                next.status = Status::Refused(message);
            }
            Action::Restore {
                text,
                html,
                settings,
                overrides,
            } => {
                next.text = text.into();
                next.html = html;
                next.settings = settings;
                next.overrides = overrides;
                next.focus = Focus::None;
            }
            Action::Focus(focus) => {
                if focus == self.focus {
                    return None;
                }
                next.focus = focus;
            }
            Action::Step { quotes, delta } => {
                let analysis = self.analysis.as_ref()?;
                let len = if quotes {
                    analysis.quotes.len()
                } else {
                    analysis.timeline.len()
                };
                if len == 0 {
                    return None;
                }
                let current = match (self.focus, quotes) {
                    (Focus::Quote(i), true) | (Focus::Event(i), false) => Some(i as i64),
                    _ => None,
                };
                let target = match current {
                    Some(i) => (i + delta as i64).clamp(0, len as i64 - 1),
                    None if delta < 0 => len as i64 - 1,
                    None => 0,
                } as usize;
                next.focus = if quotes {
                    Focus::Quote(target)
                } else {
                    Focus::Event(target)
                };
                if next.focus == self.focus {
                    return None;
                }
            }
            Action::SetDark(dark) => next.dark = dark,
            Action::ToggleHelp => next.show_help = !self.show_help,
            Action::Clear => {
                next = AppState {
                    dark: self.dark,
                    latest: self.latest,
                    ..AppState::default()
                };
            }
        }
        Some(next)
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.apply(action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}
