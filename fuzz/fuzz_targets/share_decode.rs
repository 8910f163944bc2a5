//! Fuzz the share-link decoder: any fragment decodes or fails cleanly, and what decodes
//! encodes back to a fragment that decodes to the same state.
#![no_main]

use lede::share::{decode, encode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let fragment = String::from_utf8_lossy(data);
    if let Ok(state) = decode(&fragment) {
        assert_eq!(decode(&encode(&state)), Ok(state));
    }
});
