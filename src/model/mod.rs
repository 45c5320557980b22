//! The model: the guide, a station's progress and records, and the saved document.
//!
//! Pure Rust with no browser types, so every rule here is unit-tested natively (`cargo test`).
//! Views call into it; only `storage` moves documents in and out of the browser.

pub mod backup;
pub mod base64url;
pub mod calendar;
pub mod contacts;
pub mod date;
pub mod document;
pub mod fact;
pub mod guide;
pub mod handoff;
pub mod input;
pub mod json;
pub mod later;
pub mod merge;
pub mod phone;
pub mod phrases;
pub mod progress;
pub mod quote_request;
pub mod receive;
pub mod records;
pub mod report;
pub mod route;
pub mod schedule;
pub mod search;
pub mod station;
pub mod visit;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod sync_tests;
