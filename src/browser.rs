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

/// A fresh id for stations and record rows: time plus randomness, unique on one device.
pub fn new_id(prefix: &str) -> String {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1_000_000_000.0) as u64;
    format!("{prefix}-{time:x}{random:x}")
}

/// Sets the document title: 「<page> | オン資導入ナビ」.
pub fn set_title(page: &str) {
    document().set_title(&format!("{page} | オン資導入ナビ"));
}

/// Moves focus to the page's main heading after a navigation, so screen readers announce the
/// new page and keyboard users start at its top.
pub fn focus_main_heading() {
    if let Some(heading) = document()
        .query_selector("main h1")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = heading.focus();
    }
}

/// Scrolls an element (by id) into view, e.g. the item a 「次にやること」 link points at.
pub fn scroll_to_id(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        element.scroll_into_view();
    }
}

/// Whether the browser believes it has a network connection, kept current by the
/// `online`/`offline` events.
pub fn online_signal() -> ReadSignal<bool> {
    let (online, set_online) = signal(window().navigator().on_line());
    let on = window_event_listener(leptos::ev::online, move |_| set_online.set(true));
    let off = window_event_listener(leptos::ev::offline, move |_| set_online.set(false));
    // The app lives as long as the page: the listeners are never removed.
    std::mem::forget((on, off));
    online
}
