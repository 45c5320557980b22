//! オン資導入ナビ (onshi-navi): the Ministry's guide to bringing in online eligibility checks and
//! online claims at a home-visit nursing station, as an offline app that keeps the station's
//! progress and records on the device.
//!
//! - [`model`]: the guide as data, progress, records, the saved document (pure, native-tested).
//! - `storage`: the one adapter between the model and localStorage.
//! - `sync`: stamping, saving and merging between tabs (the page's replica of the document).
//! - `state`: the document as a signal, and what happened to the last change; the pages' verbs.
//! - `navigation`: the address bar as signals (links and back/forward through the History API).
//! - `pages` (one per screen) and `components` (widgets): the Leptos views.
//!
//! Everything but the model exists only in the browser build (wasm32).

pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod navigation;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod pwa;
#[cfg(target_arch = "wasm32")]
pub mod slices;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod sync;
