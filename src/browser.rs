//! Small helpers over browser APIs that are not storage: the clock, ids, the page title, focus,
//! connectivity. Kept here so views stay declarative.

use crate::model::date::Date;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Today on the device's calendar (local time).
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(now.get_full_year() as u16, now.get_month() as u8 + 1, now.get_date() as u8)
        .unwrap_or_else(|| Date::new(2024, 1, 1).expect("a valid date"))
}

/// Fills `bytes` from the platform's cryptographic generator (`crypto.getRandomValues`).
fn fill_random(bytes: &mut [u8]) {
    let crypto = js_sys::Reflect::get(&js_sys::global(), &"crypto".into()).ok();
    let filled = crypto.as_ref().and_then(|crypto| {
        let fill = js_sys::Reflect::get(crypto, &"getRandomValues".into()).ok()?;
        let array = js_sys::Uint8Array::new_with_length(bytes.len() as u32);
        fill.dyn_ref::<js_sys::Function>()?.call1(crypto, &array).ok()?;
        array.copy_to(bytes);
        Some(())
    });
    if filled.is_none() {
        // Every engine the app runs on has it; should one not, ids stay unique on this device.
        for (i, byte) in bytes.iter_mut().enumerate() {
            *byte = (js_sys::Math::random() * 256.0) as u8 ^ (js_sys::Date::now() as u64 >> (i % 8 * 8)) as u8;
        }
    }
}

/// A new station's id: random, unique across devices (`station::unique_id`).
pub fn new_station_id() -> String {
    let mut random = [0; 16];
    fill_random(&mut random);
    crate::model::station::unique_id(random)
}

/// A fresh id for record rows and contacts: 72 random bits, unique across a station's devices.
pub fn new_id(prefix: &str) -> String {
    let mut random = [0; 9];
    fill_random(&mut random);
    format!("{prefix}-{}", crate::model::base64url::base64url(&random))
}

/// Runs bytes through the platform's `CompressionStream` or `DecompressionStream`
/// ("deflate-raw"); None where the engine has none, or the stream fails.
async fn through_stream(constructor: &str, bytes: &[u8]) -> Option<Vec<u8>> {
    let global = js_sys::global();
    let class = js_sys::Reflect::get(&global, &constructor.into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let stream = js_sys::Reflect::construct(&class, &js_sys::Array::of1(&"deflate-raw".into())).ok()?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    let readable = call(&blob, "stream", &[])?;
    let piped = call(&readable, "pipeThrough", &[stream])?;
    let response_class = js_sys::Reflect::get(&global, &"Response".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let response = js_sys::Reflect::construct(&response_class, &js_sys::Array::of1(&piped)).ok()?;
    let buffer = call(&response, "arrayBuffer", &[])?;
    let buffer = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(buffer)).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Calls a method of a JavaScript object by name.
fn call(target: &wasm_bindgen::JsValue, method: &str, args: &[wasm_bindgen::JsValue]) -> Option<wasm_bindgen::JsValue> {
    let function = js_sys::Reflect::get(target, &method.into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let args: js_sys::Array = args.iter().collect();
    function.apply(target, &args).ok()
}

/// The 受け渡しコード of a hand-off: compressed by the platform where it can, as it is where
/// it cannot (`model::handoff`).
pub async fn handoff_code(handoff: &crate::model::handoff::Handoff) -> String {
    let json = handoff.json();
    let deflated = through_stream("CompressionStream", json.as_bytes()).await;
    crate::model::handoff::encode(&json, deflated.as_deref())
}

/// Reads a 受け渡しコード or a hand-off file's text, decompressing it with the platform.
pub async fn read_handoff(text: &str) -> Result<crate::model::handoff::Handoff, crate::model::handoff::HandoffError> {
    use crate::model::handoff::{from_json, open, HandoffError};
    let opened = open(text)?;
    let json = if opened.deflated {
        let has_stream = js_sys::Reflect::has(&js_sys::global(), &"DecompressionStream".into()).unwrap_or(false);
        if !has_stream {
            return Err(HandoffError::CannotDecompress);
        }
        // It passed its check: what does not decompress was made otherwise, by a newer app.
        through_stream("DecompressionStream", &opened.bytes).await.ok_or(HandoffError::Newer)?
    } else {
        opened.bytes
    };
    from_json(opened.version, &json)
}

/// Sets the document title: 「<page> | オン資導入ナビ」.
pub fn set_title(page: &str) {
    document().set_title(&format!("{page} | オン資導入ナビ"));
}

/// Moves focus to the page's main heading after a navigation, so screen readers announce the
/// new page and keyboard users start at its top.
pub fn focus_main_heading() {
    if let Some(heading) =
        document().query_selector("main h1").ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = heading.focus();
    }
}

/// Moves focus to an element (by id) and brings it into view: what a tap just produced, below it.
pub fn focus_by_id(id: &str) {
    if let Some(element) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        element.scroll_into_view();
        let _ = element.focus();
    }
}

/// Shows the element of an id as a link to it means it: opened where it is folded (the element
/// itself and every `<details>` around it), brought into view and focused, so that a screen
/// reader reads it and the keyboard starts there.
pub fn reveal(id: &str) {
    let Some(element) = document().get_element_by_id(id) else { return };
    let mut open = Some(element.clone());
    while let Some(e) = open {
        if e.tag_name() == "DETAILS" {
            let _ = e.set_attribute("open", "");
        }
        open = e.parent_element();
    }
    // Focused first, then placed: the focus may scroll, the placement keeps the top bar's margin.
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        if element.tab_index() < 0 && !element.has_attribute("tabindex") {
            element.set_tab_index(-1);
        }
        let _ = element.focus();
    }
    element.scroll_into_view();
}

/// The id of the element that has the focus, if any.
pub fn focused_id() -> Option<String> {
    document().active_element().map(|e| e.id()).filter(|id| !id.is_empty())
}

/// NFKC of one character, by the browser's own `String.normalize` (for `model::search`); None
/// where it leaves it as it is.
pub fn nfkc(c: char) -> Option<String> {
    let text = c.to_string();
    let normal: String = js_sys::JsString::from(text.as_str()).normalize("NFKC").into();
    (normal != text).then_some(normal)
}

/// Whether the device is online, as context ([`use_online`]).
#[derive(Clone, Copy)]
pub struct Online(pub ReadSignal<bool>);

pub fn use_online() -> ReadSignal<bool> {
    expect_context::<Online>().0
}

/// Whether the browser believes it has a network connection, kept current by the
/// `online`/`offline` events.
pub fn online_signal() -> ReadSignal<bool> {
    let (online, set_online) = signal(window().navigator().on_line());
    // The handles are dropped: the listeners stay for the life of the page.
    let _ = window_event_listener(leptos::ev::online, move |_| set_online.set(true));
    let _ = window_event_listener(leptos::ev::offline, move |_| set_online.set(false));
    online
}

/// Offers `text` to the user as a file download.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let describe = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a").map_err(describe)?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Give the browser time to start the download before the URL goes.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}

/// The file chosen in a file input, if any.
pub fn chosen_file(input: &web_sys::HtmlInputElement) -> Option<web_sys::File> {
    input.files()?.get(0)
}

/// Reads a chosen file's text (as UTF-8).
pub async fn read_text(file: &web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text()).await.ok()?.as_string()
}

/// The local date and time now, as `YYYY-MM-DDTHH:MM`.
pub fn now_local_iso() -> String {
    let now = js_sys::Date::new_0();
    format!("{}T{:02}:{:02}", today().iso(), now.get_hours(), now.get_minutes())
}

/// A time in milliseconds since 1970 as 「2024年3月1日 10:30」 (local time).
pub fn describe_epoch_ms(ms: f64) -> String {
    let t = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    match Date::new(t.get_full_year() as u16, t.get_month() as u8 + 1, t.get_date() as u8) {
        Some(d) => format!("{} {:02}:{:02}", d.japanese(), t.get_hours(), t.get_minutes()),
        None => String::new(),
    }
}

/// Copies text to the clipboard; resolves to whether it worked.
pub async fn copy_text(text: &str) -> bool {
    let navigator = window().navigator();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else { return false };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else { return false };
    let Some(write) = write.dyn_ref::<js_sys::Function>() else { return false };
    match write.call1(&clipboard, &text.into()) {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await.is_ok(),
        Err(_) => false,
    }
}

/// Whether the Web Share API is there (phones and tablets, mostly).
pub fn can_share() -> bool {
    js_sys::Reflect::has(&window().navigator(), &"share".into()).unwrap_or(false)
}

/// Opens the system share sheet with a title and text; resolves to whether it was shared.
pub async fn share_text(title: &str, text: &str) -> bool {
    let navigator = window().navigator();
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"text".into(), &text.into());
    let Ok(share) = js_sys::Reflect::get(&navigator, &"share".into()) else { return false };
    let Some(share) = share.dyn_ref::<js_sys::Function>() else { return false };
    match share.call1(&navigator, &data) {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await.is_ok(),
        Err(_) => false,
    }
}

/// Whether the browser has its own control for an input type ("month"): one that does not keeps
/// the type "text".
pub fn supports_input_type(kind: &str) -> bool {
    let Ok(element) = document().create_element("input") else { return true };
    let input: web_sys::HtmlInputElement = element.unchecked_into();
    input.set_type(kind);
    input.type_() == kind
}

/// The time now in UTC as `YYYYMMDDTHHMMSSZ` (a calendar file's DTSTAMP).
pub fn utc_stamp() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        now.get_utc_full_year(),
        now.get_utc_month() + 1,
        now.get_utc_date(),
        now.get_utc_hours(),
        now.get_utc_minutes(),
        now.get_utc_seconds()
    )
}

/// A file with `text` in it, for sharing.
fn text_file(name: &str, mime: &str, text: &str) -> Option<web_sys::File> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    web_sys::File::new_with_str_sequence_and_options(&parts, name, &options).ok()
}

/// The share data `{ files: [file] }`.
fn files_data(file: &web_sys::File) -> js_sys::Object {
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(file));
    data
}

/// Whether the system share sheet takes files (mostly phones and tablets: on an iPad it is how a
/// file reaches Files, Mail or AirDrop).
pub fn can_share_files() -> bool {
    let navigator = window().navigator();
    let Ok(can_share) = js_sys::Reflect::get(&navigator, &"canShare".into()) else { return false };
    let Some(can_share) = can_share.dyn_ref::<js_sys::Function>() else { return false };
    let Some(file) = text_file("check.ics", "text/calendar", "") else { return false };
    can_share.call1(&navigator, &files_data(&file)).is_ok_and(|ok| ok.is_truthy())
}

/// Opens the system share sheet with a text file; resolves to whether it was shared.
pub async fn share_file(name: &str, mime: &str, text: &str) -> bool {
    let navigator = window().navigator();
    let Some(file) = text_file(name, mime, text) else { return false };
    let Ok(share) = js_sys::Reflect::get(&navigator, &"share".into()) else { return false };
    let Some(share) = share.dyn_ref::<js_sys::Function>() else { return false };
    match share.call1(&navigator, &files_data(&file)) {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await.is_ok(),
        Err(_) => false,
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    let _ = window().print();
}

/// Times a phase as a performance measure named `name` (for the benchmark, scripts/bench.mjs,
/// and the browser's performance panel): from `phase_start(name)` to `phase_end(name)`.
pub fn phase_start(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(&format!("{name}:start"));
    }
}

/// See [`phase_start`].
pub fn phase_end(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.measure_with_start_mark(name, &format!("{name}:start"));
    }
}

/// Sets a performance mark (read by the benchmark, scripts/bench.mjs), once per page load.
pub fn mark_once(name: &'static str) {
    thread_local! {
        static MARKED: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    if MARKED.with(|m| m.borrow().contains(&name)) {
        return;
    }
    MARKED.with(|m| m.borrow_mut().push(name));
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}

/// Runs `work` after the coming frame is painted (a timeout set in an animation frame runs after
/// that paint), so it is not part of the tap that is being answered.
pub fn after_paint(work: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(work, std::time::Duration::ZERO));
}
