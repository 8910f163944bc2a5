//! What the page asks the analysis worker, and how the worker answers. Both cross the worker
//! boundary in parts, requests as JSON and answers as postcard bytes
//! ([`AnswerPart::encode`]): a large text goes over in pieces the page sends between other
//! work, and a large answer comes back in pieces the page reads one message at a time, so no
//! single step on the page's thread grows with the size of the article.

use crate::export::{self, Export, Format};
use lede_analysis::{config::parse_reference, Analysis, BlockOverride, Config, InputKind, Lang};
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;
use std::rc::Rc;

/// The reader's settings: what the page's controls hold.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The document date as typed (`YYYY-MM-DD[THH:MM]`); empty means "detect from the text".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// A language code; empty means "detect".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lang: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub keep_all: bool,
}

/// One analysis to run. The page sends it as [`Request::messages`]; the worker gathers
/// them back into one with a [`RequestAssembler`].
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub id: u64,
    /// Shared with the page's state: the page holds one copy of a text, however large.
    pub text: Rc<String>,
    pub html: bool,
    pub settings: Settings,
    /// Block corrections as (block start, kept).
    pub overrides: Vec<(usize, bool)>,
}

/// The worker's answer to the request with the same id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    pub id: u64,
    pub analysis: Analysis,
    /// Microseconds the analysis took, as the worker measured it (0 when not measured).
    #[serde(default)]
    pub elapsed_us: u64,
}

impl Request {
    /// The core's configuration for this request. A date that does not parse is ignored
    /// (the page shows the parse error next to the field).
    pub fn config(&self) -> Config {
        Config {
            input: if self.html {
                InputKind::Html
            } else {
                InputKind::Text
            },
            reference: parse_reference(&self.settings.date).ok(),
            lang: Lang::from_code(&self.settings.lang),
            keep_all: self.settings.keep_all,
            overrides: self
                .overrides
                .iter()
                .map(|&(start, kept)| BlockOverride { start, kept })
                .collect(),
            day_first: None,
        }
    }

    /// Runs the analysis (in the worker; natively in tests).
    pub fn run(&self) -> Response {
        Response {
            id: self.id,
            analysis: lede_analysis::analyze(&self.text, &self.config()),
            elapsed_us: 0,
        }
    }
}

impl Response {
    /// Leaves out what the page can rebuild: the text of a plain-text input (the page sent it)
    /// and the body (the kept blocks). Halves what crosses the worker boundary.
    pub fn slim(mut self, plain_text: bool) -> Self {
        if plain_text {
            self.analysis.text.clear();
        }
        self.analysis.body.clear();
        self
    }

    /// Rebuilds what [`Response::slim`] left out; `sent` is the text of the request.
    pub fn restore(mut self, sent: &str) -> Analysis {
        if self.analysis.text.is_empty() {
            self.analysis.text = sent.to_string();
        }
        self.analysis.body = lede_analysis::body_text(&self.analysis.text, &self.analysis.blocks);
        self.analysis
    }
}

/// Bytes of text per message to the worker.
pub const TEXT_PART_BYTES: usize = 1 << 20;
/// Blocks, quotes and dated items per message from the worker.
pub const ITEMS_PER_PART: usize = 1000;

/// One message to the worker: the text in pieces, then the run that analyses them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ToWorker {
    /// A piece of request `id`'s text, in order.
    Text { id: u64, part: String },
    /// Analyse the pieces received for `id`.
    Run {
        id: u64,
        html: bool,
        settings: Settings,
        overrides: Vec<(usize, bool)>,
    },
    /// Analyse this text (as text and as HTML) and answer nothing: the first analysis builds
    /// the patterns it meets (a few hundred ms in the browser), so the page asks for one at
    /// load, with its example article.
    WarmUp { text: String },
    /// Write the answer to request `id` as `format` (`stamp`: the time, for ICS).
    Export {
        id: u64,
        format: Format,
        stamp: String,
    },
}

impl Request {
    /// The messages that carry this request: its text cut on char boundaries into pieces of
    /// at most `part_bytes` (one more char when a char is wider), then the run. Each piece is
    /// copied when it is taken, so the sender holds one piece's copy at a time.
    pub fn messages(&self, part_bytes: usize) -> impl Iterator<Item = ToWorker> + '_ {
        let id = self.id;
        let run = ToWorker::Run {
            id,
            html: self.html,
            settings: self.settings.clone(),
            overrides: self.overrides.clone(),
        };
        pieces(&self.text, part_bytes)
            .map(move |part| ToWorker::Text {
                id,
                part: part.to_string(),
            })
            .chain([run])
    }
}

/// `text` cut into pieces of about `max` bytes, each ending on a char boundary.
fn pieces(text: &str, max: usize) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut cut = max.max(1).min(rest.len());
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (piece, tail) = rest.split_at(cut);
        rest = tail;
        Some(piece)
    })
}

/// Most rounds of the warm-up. The first builds the patterns; the others run the hot code
/// often enough that the browser's WebAssembly engine recompiles it in its optimising tier
/// (V8 starts every function in a baseline tier). In Chromium, the example article then takes
/// about 1.1 ms instead of 1.8–2.6 ms.
pub const WARM_UP_ROUNDS: usize = 40;
/// The rounds after the first stop after this many milliseconds on a slow machine: a paste
/// waits for them.
pub const WARM_UP_BUDGET_MS: f64 = 200.0;

/// The worker's side: gathers the pieces of the newest request until its run arrives.
#[derive(Debug, Default)]
pub struct RequestAssembler {
    pending: Option<(u64, String)>,
    /// Milliseconds since some fixed start; without one, the warm-up has no time budget.
    clock: Option<fn() -> f64>,
}

impl RequestAssembler {
    /// An assembler whose warm-up keeps to [`WARM_UP_BUDGET_MS`] by this clock.
    pub fn with_clock(clock: fn() -> f64) -> Self {
        RequestAssembler {
            pending: None,
            clock: Some(clock),
        }
    }

    /// Analyses `text` as text and as HTML, [`WARM_UP_ROUNDS`] times or, after the first
    /// round, until [`WARM_UP_BUDGET_MS`] are spent.
    fn warm_up(&self, text: &str) {
        let mut first_round_end = None;
        for _ in 0..WARM_UP_ROUNDS {
            for input in [InputKind::Text, InputKind::Html] {
                lede_analysis::analyze(
                    text,
                    &Config {
                        input,
                        ..Config::default()
                    },
                );
            }
            let Some(now) = self.clock else { continue };
            let end = *first_round_end.get_or_insert_with(now);
            if now() - end > WARM_UP_BUDGET_MS {
                return;
            }
        }
    }

    /// Takes one message; returns the whole request when it is complete. Pieces of an older
    /// request are dropped as soon as a newer one starts.
    pub fn take(&mut self, message: ToWorker) -> Option<Request> {
        match message {
            ToWorker::Text { id, part } => {
                match &mut self.pending {
                    Some((pending, text)) if *pending == id => text.push_str(&part),
                    _ => self.pending = Some((id, part)),
                }
                None
            }
            ToWorker::WarmUp { text } => {
                self.warm_up(&text);
                None
            }
            ToWorker::Export { .. } => None,
            ToWorker::Run {
                id,
                html,
                settings,
                overrides,
            } => {
                let text = match self.pending.take() {
                    Some((pending, text)) if pending == id => text,
                    _ => String::new(),
                };
                Some(Request {
                    id,
                    text: text.into(),
                    html,
                    settings,
                    overrides,
                })
            }
        }
    }
}

/// What the worker sends back.
#[derive(Debug, PartialEq)]
pub enum FromWorker {
    /// A part of an answer (an [`AnswerPart`] in [`AnswerPart::encode`]'s bytes); the parts
    /// come in order.
    Part(Vec<u8>),
    /// The export asked for, or `None` when the worker no longer holds that answer.
    Export { id: u64, file: Option<Export> },
}

/// The worker's side of the channel: gathers each request, runs it, answers in parts, and
/// keeps the newest analysis so that exports are written here too: a 20 MB article's JSON takes
/// seconds to write, which on the page's thread would freeze the page.
#[derive(Debug, Default)]
pub struct WorkerSide {
    incoming: RequestAssembler,
    newest: Option<(u64, Analysis)>,
}

impl WorkerSide {
    /// A worker side whose clock times the warm-up and each run.
    pub fn with_clock(clock: fn() -> f64) -> Self {
        WorkerSide {
            incoming: RequestAssembler::with_clock(clock),
            newest: None,
        }
    }

    /// Takes one message and `reply`s to it, if there is anything to say.
    pub fn take(&mut self, message: ToWorker, mut reply: impl FnMut(FromWorker)) {
        if let ToWorker::Export { id, format, stamp } = message {
            let file = self
                .newest
                .as_ref()
                .filter(|(newest, _)| *newest == id)
                .map(|(_, analysis)| export::export(analysis, format, &stamp));
            return reply(FromWorker::Export { id, file });
        }
        let Some(request) = self.incoming.take(message) else {
            return;
        };
        let now = || self.incoming.clock.map_or(0.0, |clock| clock());
        let started = now();
        let mut answer = request.run();
        answer.elapsed_us = ((now() - started) * 1000.0) as u64;
        // the parts sent are gathered again here, as the page gathers them, to keep
        let mut kept = AnswerAssembler::default();
        let parts = answer
            .slim(!request.html)
            .into_parts(ITEMS_PER_PART, TEXT_PART_BYTES);
        for part in parts {
            reply(FromWorker::Part(part.encode()));
            if let Some(whole) = kept.take(part) {
                self.newest = Some((whole.id, whole.restore(&request.text)));
            }
        }
    }
}

/// One message from the worker: a slice of an answer. The first carries everything but the
/// three long lists and the text; every one carries the next items of each list and the next
/// piece of the text (when the answer carries the text); the last says so.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswerPart {
    pub id: u64,
    pub analysis: Analysis,
    pub last: bool,
    pub elapsed_us: u64,
}

impl AnswerPart {
    /// The part as bytes to send (postcard: compact, and read back without field names).
    pub fn encode(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("answers are plain data")
    }

    /// A part from [`AnswerPart::encode`]'s bytes; `None` for anything else.
    pub fn decode(bytes: &[u8]) -> Option<Self> {
        postcard::from_bytes(bytes).ok()
    }
}

impl Response {
    /// This answer cut into parts of at most `items` blocks, quotes and dated items each, and
    /// about `text_bytes` of its text (see [`Request::messages`]).
    pub fn into_parts(self, items: usize, text_bytes: usize) -> Vec<AnswerPart> {
        let items = items.max(1);
        let Response {
            id,
            mut analysis,
            elapsed_us,
        } = self;
        let mut lists = (
            std::mem::take(&mut analysis.blocks).into_iter(),
            std::mem::take(&mut analysis.quotes).into_iter(),
            std::mem::take(&mut analysis.timeline).into_iter(),
        );
        let text = std::mem::take(&mut analysis.text);
        let mut texts = pieces(&text, text_bytes).peekable();
        let mut parts = Vec::new();
        let mut head = Some(analysis);
        loop {
            let mut part = head.take().unwrap_or_default();
            part.blocks.extend(lists.0.by_ref().take(items));
            part.quotes.extend(lists.1.by_ref().take(items));
            part.timeline.extend(lists.2.by_ref().take(items));
            part.text = texts.next().unwrap_or_default().to_string();
            let last = lists.0.len() == 0
                && lists.1.len() == 0
                && lists.2.len() == 0
                && texts.peek().is_none();
            parts.push(AnswerPart {
                id,
                analysis: part,
                last,
                elapsed_us,
            });
            if last {
                return parts;
            }
        }
    }
}

/// The page's side: gathers the parts of the newest answer.
#[derive(Debug, Default)]
pub struct AnswerAssembler {
    pending: Option<Response>,
}

impl AnswerAssembler {
    /// Takes one part; returns the whole answer after its last part. A part of another answer
    /// than the one being gathered starts over (only the newest answer matters).
    pub fn take(&mut self, part: AnswerPart) -> Option<Response> {
        let AnswerPart {
            id,
            analysis,
            last,
            elapsed_us,
        } = part;
        match &mut self.pending {
            Some(r) if r.id == id => {
                r.analysis.text.push_str(&analysis.text);
                r.analysis.blocks.extend(analysis.blocks);
                r.analysis.quotes.extend(analysis.quotes);
                r.analysis.timeline.extend(analysis.timeline);
            }
            _ => {
                self.pending = Some(Response {
                    id,
                    analysis,
                    elapsed_us,
                })
            }
        }
        if last {
            self.pending.take()
        } else {
            None
        }
    }
}

/// The page's side of exports: those asked of the worker and not yet answered, in the order
/// asked (the worker answers in that order), each with what the page needs to write it itself
/// (`T`: the analysis) if the worker no longer holds that answer.
#[derive(Debug)]
pub struct ExportsAsked<T> {
    waiting: VecDeque<(u64, Format, T)>,
}

impl<T> Default for ExportsAsked<T> {
    fn default() -> Self {
        ExportsAsked {
            waiting: VecDeque::new(),
        }
    }
}

impl<T> ExportsAsked<T> {
    /// Notes an export of answer `id` asked of the worker.
    pub fn ask(&mut self, id: u64, format: Format, fallback: T) {
        self.waiting.push_back((id, format, fallback));
    }

    /// The export the worker's reply for answer `id` answers: the oldest one waiting. `None`
    /// for a reply to nothing waiting.
    pub fn answered(&mut self, id: u64) -> Option<(Format, T)> {
        if self.waiting.front()?.0 != id {
            return None;
        }
        self.waiting
            .pop_front()
            .map(|(_, format, fallback)| (format, fallback))
    }

    /// Forgets every export waiting: the worker asked is gone.
    pub fn forget(&mut self) {
        self.waiting.clear();
    }
}
