//! What the page asks the analysis worker, and how the worker answers. Both cross the worker
//! boundary as JSON.

use lede_analysis::{config::parse_reference, Analysis, BlockOverride, Config, InputKind, Lang};
use serde::{Deserialize, Serialize};

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

/// One analysis to run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub id: u64,
    pub text: String,
    pub html: bool,
    pub settings: Settings,
    /// Block corrections as (block start, kept).
    pub overrides: Vec<(usize, bool)>,
}

/// The worker's answer to the request with the same id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub id: u64,
    pub analysis: Analysis,
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

/// The message format between page and worker: JSON text, which the browser copies cheaply.
pub struct JsonCodec;

impl gloo_worker::Codec for JsonCodec {
    fn encode<I: Serialize>(input: I) -> wasm_bindgen::JsValue {
        let json = serde_json::to_string(&input).expect("worker messages are plain data");
        wasm_bindgen::JsValue::from_str(&json)
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: wasm_bindgen::JsValue) -> O {
        let json = input.as_string().expect("worker messages are JSON text");
        serde_json::from_str(&json).expect("worker messages are written by this codec")
    }
}

/// The analysis worker: one request in, one response out.
pub struct AnalysisWorker;

impl gloo_worker::Worker for AnalysisWorker {
    type Message = ();
    type Input = Request;
    type Output = Response;

    fn create(_scope: &gloo_worker::WorkerScope<Self>) -> Self {
        AnalysisWorker
    }

    fn update(&mut self, _scope: &gloo_worker::WorkerScope<Self>, _msg: ()) {}

    fn received(
        &mut self,
        scope: &gloo_worker::WorkerScope<Self>,
        request: Request,
        id: gloo_worker::HandlerId,
    ) {
        scope.respond(id, request.run().slim(!request.html));
    }
}
