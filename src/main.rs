//! The Lede module: in a page it mounts the app; in the Web Worker the page starts from the
//! same module it runs the analysis, so the browser downloads and compiles one file.

/// Talc instead of the default dlmalloc: smaller and faster at the analysis's many small
/// allocations.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    if lede::dom::in_worker() {
        lede::link::serve();
    } else {
        yew::Renderer::<lede::app::App>::new().render();
    }
}
