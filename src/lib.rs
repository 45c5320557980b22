//! オン資導入ナビ (onshi-navi): the Ministry's guide to bringing in online eligibility checks and
//! online claims at a home-visit nursing station, as an offline app that keeps the station's
//! progress and records on the device.
//!
//! - [`model`]: the guide as data, progress, records, the saved document (pure, native-tested).
//! - `storage`: the one adapter between the model and localStorage (wasm only).
//! - `pages`, `components`: the Leptos views (wasm only).

pub mod model;
