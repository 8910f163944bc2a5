//! The analysis Web Worker: runs the Lede core off the page's main thread.

use gloo_worker::Registrable;
use lede::request::{AnalysisWorker, JsonCodec};

fn main() {
    AnalysisWorker::registrar()
        .encoding::<JsonCodec>()
        .register();
}
