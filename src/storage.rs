//! The one adapter between the model and the browser's localStorage.
//!
//! Everything the app keeps is one JSON document under [`DOCUMENT_KEY`] (see
//! `model::document`). This module only moves text in and out and turns every browser failure
//! into a value: a disabled store, a full disk or an unreadable document never crash the app,
//! and an unreadable document is never overwritten before a copy of it is kept aside.
//!
//! gloo-storage provides the handle; we check availability first (its `raw()` throws when
//! storage is disabled) and map write errors ourselves (its `set` assumes every exception is an
//! `Error` object). Swapping it out touches only this file.

use crate::model::document::{self, Document, DocumentError, StationTexts};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

/// The key of the saved document.
pub const DOCUMENT_KEY: &str = "onshi-navi";
/// Unreadable documents are kept under this prefix plus the time they were found.
pub const UNREADABLE_PREFIX: &str = "onshi-navi.unreadable.";

/// What was found in storage at start.
pub enum Loaded {
    /// Nothing saved yet: a first visit.
    Fresh,
    /// The document, and the exact text it was read from.
    Saved(Document, String),
    /// The saved text (`raw`) could not be read. It was copied to `kept_as` (when that
    /// succeeded) and is still under the main key until the next save.
    Unreadable { error: DocumentError, kept_as: Option<String>, raw: String },
    /// Saved by a newer version of the app: left untouched; nothing may be written.
    Newer { found: u64 },
    /// The browser does not let this page use storage (disabled, or a private mode).
    Unavailable,
}

/// Why a write failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The storage quota is used up.
    Full,
    /// Storage is disabled or not allowed for this page.
    Unavailable,
    Other(String),
}

impl SaveError {
    pub fn message(&self) -> String {
        match self {
            SaveError::Full => "端末の保存領域がいっぱいのため保存できませんでした。入力内容はこの画面に残っています。不要なデータを削除するか、「データの管理」から書き出してください。次の変更のときにもう一度保存します。".into(),
            SaveError::Unavailable => "この端末（ブラウザ）では保存が許可されていないため保存できませんでした。プライベートブラウズをやめるか、サイトデータの保存を許可してください。入力内容は画面を閉じるまで残ります。".into(),
            SaveError::Other(detail) => format!("保存できませんでした（{detail}）。入力内容はこの画面に残っています。次の変更のときにもう一度保存します。"),
        }
    }
}

/// The localStorage handle, if this page may use it.
fn local() -> Option<web_sys::Storage> {
    // Touching `window.localStorage` itself throws when storage is blocked: ask web-sys first,
    // whose accessor returns that as an error, then use gloo's handle.
    matches!(web_sys::window()?.local_storage(), Ok(Some(_))).then(LocalStorage::raw)
}

/// Reads the saved document once at start.
pub fn load() -> Loaded {
    let Some(store) = local() else { return Loaded::Unavailable };
    let raw = match store.get_item(DOCUMENT_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded::Fresh,
        Err(_) => return Loaded::Unavailable,
    };
    match document::parse(&raw) {
        Ok(doc) => Loaded::Saved(doc, raw),
        Err(DocumentError::Newer { found }) => Loaded::Newer { found },
        Err(error) => Loaded::Unreadable { error, kept_as: keep_aside(&raw), raw },
    }
}

/// Copies an unreadable document's text under its own key, so it can be downloaded later and
/// the main key may be written again. Returns the key (an existing copy of the same text is
/// reused), or None if even that write failed.
pub fn keep_aside(raw: &str) -> Option<String> {
    if let Some((key, _)) = unreadable_copies().into_iter().find(|(_, text)| text == raw) {
        return Some(key);
    }
    let key = format!("{UNREADABLE_PREFIX}{}", js_sys::Date::now() as u64);
    write(&key, raw).ok().map(|_| key)
}

/// Writes the document; returns the text written. On failure nothing in storage changes and
/// the caller keeps the state in memory. `texts` holds each station's text as last written, so
/// that only changed stations are written out again ([`Document::to_json_reusing`]).
pub fn save(doc: &Document, texts: &mut StationTexts) -> Result<String, SaveError> {
    let text = doc.to_json_reusing(texts);
    write(DOCUMENT_KEY, &text)?;
    Ok(text)
}

/// Calls `f` whenever another tab or window changes the saved document (the `storage` event,
/// which the page that wrote does not receive).
pub fn on_external_change(f: impl Fn() + 'static) {
    // The handle is dropped: the listener stays for the life of the page.
    let _ = leptos::prelude::window_event_listener(leptos::ev::storage, move |event| {
        // A `None` key means the other page cleared all of storage.
        if event.key().is_none_or(|key| key == DOCUMENT_KEY) {
            f();
        }
    });
}

/// Deletes everything the app keeps: the document and any unreadable copies.
pub fn remove_all() -> Result<(), SaveError> {
    let store = local().ok_or(SaveError::Unavailable)?;
    for (key, _) in unreadable_copies() {
        store.remove_item(&key).map_err(describe_error)?;
    }
    store.remove_item(DOCUMENT_KEY).map_err(describe_error)
}

/// The saved document's text as it is now (another tab may have written it).
pub fn read_document_text() -> Option<String> {
    local()?.get_item(DOCUMENT_KEY).ok().flatten()
}

fn write(key: &str, text: &str) -> Result<(), SaveError> {
    let store = local().ok_or(SaveError::Unavailable)?;
    store.set_item(key, text).map_err(describe_error)
}

fn describe_error(error: JsValue) -> SaveError {
    let name = error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .or_else(|| error.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => SaveError::Full,
        "SecurityError" => SaveError::Unavailable,
        _ if name.is_empty() => SaveError::Other("不明なエラー".into()),
        _ => SaveError::Other(name),
    }
}

/// The unreadable documents kept aside, newest first: (key, text).
pub fn unreadable_copies() -> Vec<(String, String)> {
    let Some(store) = local() else { return Vec::new() };
    // Each inserted in its place by key (the time), newest first: a map or a sort routine is more
    // code than a list of a few needs.
    let mut copies: Vec<(String, String)> = Vec::new();
    for key in (0..LocalStorage::length()).filter_map(|i| store.key(i).ok().flatten()) {
        if key.starts_with(UNREADABLE_PREFIX) {
            if let Some(text) = store.get_item(&key).ok().flatten() {
                let at = copies.partition_point(|(newer, _)| *newer > key);
                copies.insert(at, (key, text));
            }
        }
    }
    copies
}
