//! Thin wrappers over the browser APIs the page uses: storage, the URL fragment, downloads,
//! the clipboard, the clock and scrolling. Everything else in the app is pure.

use wasm_bindgen::JsCast;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Reads a value from localStorage.
pub fn load(key: &str) -> Option<String> {
    window()?.local_storage().ok()??.get_item(key).ok()?
}

/// Writes a value to localStorage; the error says why it failed (quota, private mode).
pub fn save(key: &str, value: &str) -> Result<(), String> {
    let storage = window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or("this browser keeps no local storage here")?;
    storage.set_item(key, value).map_err(|e| {
        let name = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.name()))
            .unwrap_or_default();
        if name.contains("Quota") {
            "the draft is too large for this browser's storage: it will not survive a reload"
                .to_string()
        } else {
            "the browser refused to store the draft".to_string()
        }
    })
}

pub fn forget(key: &str) {
    if let Some(storage) = window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.remove_item(key);
    }
}

/// The address of a file Trunk links from the page (`modulepreload` for the JavaScript module,
/// `preload` for its WebAssembly), made absolute.
fn linked_url(selector: &str) -> Option<String> {
    let window = window()?;
    let href = window
        .document()?
        .query_selector(selector)
        .ok()??
        .get_attribute("href")?;
    let base = window.location().href().ok()?;
    Some(web_sys::Url::new_with_base(&href, &base).ok()?.href())
}

/// A module-worker script that starts the page's own module and WebAssembly: the worker runs
/// the same file as the page, so the browser downloads one. None if Trunk's links are missing.
/// Made once: every worker the page spawns (a fresh one after a cancelled run) shares it.
pub fn worker_script() -> Option<String> {
    thread_local! {
        static SCRIPT: std::cell::OnceCell<Option<String>> = const { std::cell::OnceCell::new() };
    }
    SCRIPT.with(|script| script.get_or_init(make_worker_script).clone())
}

fn make_worker_script() -> Option<String> {
    let module = linked_url(r#"link[rel="modulepreload"][href$=".js"]"#)?;
    let wasm = linked_url(r#"link[rel="preload"][href$=".wasm"]"#)?;
    // JSON strings are JavaScript string literals.
    let (module, wasm) = (
        serde_json::to_string(&module).ok()?,
        serde_json::to_string(&wasm).ok()?,
    );
    script_url(&format!(
        "import init from {module};\nawait init({{ module_or_path: {wasm} }});\n"
    ))
}

/// An address for a script made of `source` (a blob URL), from which a worker can start.
pub fn script_url(source: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&source.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Lets the page handle input and paint before the caller goes on: what follows is a
/// separate step of the page's thread.
pub async fn next_step() {
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
}

/// True inside a Web Worker (no document): the module then serves as the analysis worker.
pub fn in_worker() -> bool {
    !js_sys::Reflect::has(&js_sys::global(), &"document".into()).unwrap_or(false)
}

/// The URL fragment without `#`.
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
        .trim_start_matches('#')
        .to_string()
}

/// The page's address without its fragment.
pub fn base_url() -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// Replaces the fragment without adding a history entry.
pub fn replace_fragment(fragment: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let url = if fragment.is_empty() {
            base_url()
        } else {
            format!("{}#{fragment}", base_url())
        };
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// A file's contents as a browser Blob, made from their UTF-8 bytes as they are (a Blob made
/// from a browser string is re-encoded, seconds for tens of megabytes). Works in the worker too.
pub fn file_blob(contents: &str, mime: &str) -> Option<web_sys::Blob> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(contents.as_bytes()));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(&format!("{mime};charset=utf-8"));
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()
}

/// Offers `blob` as a file download.
pub fn download(filename: &str, blob: &web_sys::Blob) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    if let Ok(a) = document.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Copies text to the clipboard (fire and forget).
pub fn copy(text: &str) {
    if let Some(w) = window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

/// Now, as an ICS UTC stamp (`YYYYMMDDTHHMMSSZ`).
pub fn ics_stamp() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string()); // 2022-12-19T11:47:05.123Z
    let digits: String = iso
        .chars()
        .filter(|c| c.is_ascii_digit())
        .take(14)
        .collect();
    format!(
        "{}T{}Z",
        &digits[..8.min(digits.len())],
        digits.get(8..).unwrap_or("000000")
    )
}

/// Milliseconds since the page loaded.
pub fn now_ms() -> f64 {
    window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}

/// Sets the colour scheme class on `<html>`: `Some(true)` dark, `Some(false)` light, `None` system.
pub fn set_theme(dark: Option<bool>) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let classes = root.class_list();
        let _ = classes.remove_2("dark", "light");
        match dark {
            Some(true) => drop(classes.add_1("dark")),
            Some(false) => drop(classes.add_1("light")),
            None => {}
        }
    }
}

/// Scrolls the element with this id into view and focuses it.
pub fn reveal(id: &str) {
    let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    options.set_behavior(web_sys::ScrollBehavior::Smooth);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// What the clipboard holds as `kind` (`text/plain`), left a browser string: the caller
/// decides when to copy it into the page's memory. Empty when there is none.
pub fn clipboard_text(data: &web_sys::DataTransfer, kind: &str) -> js_sys::JsString {
    js_sys::Reflect::get(data, &"getData".into())
        .ok()
        .and_then(|get| get.dyn_into::<js_sys::Function>().ok())
        .and_then(|get| get.call1(data, &kind.into()).ok())
        .and_then(|text| text.dyn_into::<js_sys::JsString>().ok())
        .unwrap_or_else(|| js_sys::JsString::from(""))
}

/// Sets a text area's value from a browser string, without a copy through the page's memory.
pub fn set_value(area: &web_sys::HtmlTextAreaElement, value: &js_sys::JsString) {
    let _ = js_sys::Reflect::set(area, &"value".into(), value);
}

/// UTF-16 units of a browser string copied into the page's memory per step.
const UNITS_PER_STEP: u32 = 1 << 20;

/// A browser string copied into a Rust string a piece at a time, each piece a separate step
/// of the page's thread, so that a paste of many megabytes makes no long task.
pub async fn string_in_steps(text: &js_sys::JsString) -> String {
    let len = text.length();
    let mut out = String::with_capacity(len as usize);
    let mut start = 0;
    while start < len {
        let mut end = start.saturating_add(UNITS_PER_STEP).min(len);
        // a piece never ends inside a surrogate pair
        if end < len && (0xD800..0xDC00).contains(&(text.char_code_at(end - 1) as u32)) {
            end += 1;
        }
        out.push_str(&String::from(text.slice(start, end)));
        start = end;
        if start < len {
            next_step().await;
        }
    }
    out
}

/// Decodes bytes with the browser's TextDecoder (fatal on errors for UTF-8 text).
pub fn decode(bytes: &[u8], label: &str) -> Result<String, String> {
    let options = web_sys::TextDecoderOptions::new();
    options.set_fatal(label == "utf-8");
    let decoder = web_sys::TextDecoder::new_with_label_and_options(label, &options)
        .map_err(|_| format!("this browser cannot decode {label}"))?;
    decoder
        .decode_with_u8_array(bytes)
        .map_err(|_| "the file is not valid text in its encoding".to_string())
}
