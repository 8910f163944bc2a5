//! The channel between the page and its analysis worker, over the browser's `Worker` and
//! `postMessage`. Messages are JSON text, which the browser copies cheaply. The worker says
//! [`READY`] once it listens; the page keeps its messages until then. Dropping the page's
//! [`WorkerLink`] terminates the worker at once, even in the middle of a run: a cancelled
//! analysis stops using the CPU instead of finishing for nobody.

use crate::request::{AnswerPart, RequestAssembler, ToWorker, ITEMS_PER_PART, TEXT_PART_BYTES};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Worker, WorkerOptions, WorkerType};

/// The worker's first message: it listens from now on.
const READY: &str = "ready";

/// The page's end of the channel. Dropping it terminates the worker.
pub struct WorkerLink {
    worker: Worker,
    /// Messages written before the worker was ready, then `None`.
    waiting: Rc<RefCell<Option<Vec<String>>>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

impl WorkerLink {
    /// Starts a worker from `script` (a module that runs Lede's module, see
    /// [`crate::dom::worker_script`]); `on_part` gets each part of its answers, `on_error`
    /// what went wrong when the worker fails (it failed to start, or the analysis stopped on
    /// a bug); the worker serves nothing after that.
    pub fn spawn(
        script: &str,
        on_part: impl Fn(AnswerPart) + 'static,
        on_error: impl Fn(String) + 'static,
    ) -> Result<Self, JsValue> {
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker = Worker::new_with_options(script, &options)?;
        let waiting = Rc::new(RefCell::new(Some(Vec::<String>::new())));
        let on_message = {
            let worker = worker.clone();
            let waiting = waiting.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let Some(json) = event.data().as_string() else {
                    return;
                };
                if json == READY {
                    for message in waiting.borrow_mut().take().unwrap_or_default() {
                        let _ = worker.post_message(&message.into());
                    }
                } else if let Ok(part) = serde_json::from_str::<AnswerPart>(&json) {
                    on_part(part);
                }
            })
        };
        let on_error =
            Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |event: web_sys::ErrorEvent| {
                event.prevent_default();
                on_error(event.message());
            });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(WorkerLink {
            worker,
            waiting,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Sends one message, or keeps it until the worker is ready.
    pub fn send(&self, message: &ToWorker) {
        let json = serde_json::to_string(message).expect("worker messages are plain data");
        match self.waiting.borrow_mut().as_mut() {
            Some(waiting) => waiting.push(json),
            None => {
                let _ = self.worker.post_message(&json.into());
            }
        }
    }
}

impl Drop for WorkerLink {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// The worker's end: gathers each request's pieces, runs it, answers in parts. Called once,
/// when Lede's module starts in a worker.
pub fn serve() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let mut incoming = RequestAssembler::with_clock(now_ms);
    let on_message = {
        let scope = scope.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let message = event
                .data()
                .as_string()
                .and_then(|json| serde_json::from_str::<ToWorker>(&json).ok());
            let Some(request) = message.and_then(|m| incoming.take(m)) else {
                return;
            };
            let started = now_ms();
            let mut answer = request.run();
            answer.elapsed_us = ((now_ms() - started) * 1000.0) as u64;
            for part in answer
                .slim(!request.html)
                .into_parts(ITEMS_PER_PART, TEXT_PART_BYTES)
            {
                let json = serde_json::to_string(&part).expect("answers are plain data");
                let _ = scope.post_message(&json.into());
            }
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // the worker serves until it is terminated
    on_message.forget();
    let _ = scope.post_message(&READY.into());
}

/// The worker's clock (`performance.now()`, in milliseconds); 0 where there is none.
fn now_ms() -> f64 {
    js_sys::global()
        .unchecked_into::<DedicatedWorkerGlobalScope>()
        .performance()
        .map_or(0.0, |p| p.now())
}
