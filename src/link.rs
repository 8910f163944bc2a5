//! The channel between the page and its analysis worker, over the browser's `Worker` and
//! `postMessage`. Requests are JSON text, which the browser copies cheaply; each part of an
//! answer is postcard bytes ([`AnswerPart::encode`]) whose buffer is handed over; an export comes
//! back as an array `["export", id, filename, blob]` (`["export", id]` when the worker no
//! longer holds that answer): a Blob crosses by reference, so the page never copies the file.
//! The worker says [`READY`] once it listens; the page keeps its messages until then. Dropping
//! the page's [`WorkerLink`] terminates the worker at once, even in the middle of a run: a
//! cancelled analysis stops using the CPU instead of finishing for nobody.

use crate::dom;
use crate::export::Export;
use crate::request::{AnswerPart, FromWorker, ToWorker, WorkerSide};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Worker, WorkerOptions, WorkerType};

/// The worker's first message: it listens from now on.
const READY: &str = "ready";

/// The tag of an export message.
const EXPORT: &str = "export";

/// An export written by the worker.
pub struct Download {
    pub filename: String,
    pub blob: web_sys::Blob,
}

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
    /// [`crate::dom::worker_script`]); `on_part` gets each part of its answers, `on_export`
    /// each export (by request id), `on_error` what went wrong when the worker fails (it
    /// failed to start, or the analysis stopped on a bug); the worker serves nothing after that.
    pub fn spawn(
        script: &str,
        on_part: impl Fn(AnswerPart) + 'static,
        on_export: impl Fn(u64, Option<Download>) + 'static,
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
                let data = event.data();
                if let Some(bytes) = data.dyn_ref::<js_sys::Uint8Array>() {
                    if let Some(part) = AnswerPart::decode(&bytes.to_vec()) {
                        on_part(part);
                    }
                    return;
                }
                if let Some(message) = data.dyn_ref::<js_sys::Array>() {
                    if let Some((id, file)) = export_message(message) {
                        on_export(id, file);
                    }
                    return;
                }
                if data.as_string().as_deref() == Some(READY) {
                    for message in waiting.borrow_mut().take().unwrap_or_default() {
                        let _ = worker.post_message(&message.into());
                    }
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
    let mut side = WorkerSide::with_clock(now_ms);
    let on_message = {
        let scope = scope.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let message = event
                .data()
                .as_string()
                .and_then(|json| serde_json::from_str::<ToWorker>(&json).ok());
            let Some(message) = message else {
                return;
            };
            side.take(message, |reply| match reply {
                FromWorker::Part(bytes) => {
                    // the bytes' buffer is handed over, not copied
                    let bytes = js_sys::Uint8Array::from(&bytes[..]);
                    let _ = scope
                        .post_message_with_transfer(&bytes, &js_sys::Array::of1(&bytes.buffer()));
                }
                FromWorker::Export { id, file } => {
                    let message = js_sys::Array::of2(&EXPORT.into(), &(id as f64).into());
                    let blob =
                        |f: &Export| Some((f.filename, dom::file_blob(&f.contents, f.mime)?));
                    if let Some((filename, blob)) = file.as_ref().and_then(blob) {
                        message.push(&filename.into());
                        message.push(&blob);
                    }
                    let _ = scope.post_message(&message);
                }
            });
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // the worker serves until it is terminated
    on_message.forget();
    let _ = scope.post_message(&READY.into());
}

/// Reads an export message (see the module's doc); `None` for any other array.
fn export_message(message: &js_sys::Array) -> Option<(u64, Option<Download>)> {
    if message.get(0).as_string()? != EXPORT {
        return None;
    }
    let id = message.get(1).as_f64()? as u64;
    let file = (message.length() == 4).then(|| Download {
        filename: message.get(2).as_string().unwrap_or_default(),
        blob: message.get(3).unchecked_into(),
    });
    Some((id, file))
}

/// The worker's clock (`performance.now()`, in milliseconds); 0 where there is none.
fn now_ms() -> f64 {
    js_sys::global()
        .unchecked_into::<DedicatedWorkerGlobalScope>()
        .performance()
        .map_or(0.0, |p| p.now())
}
