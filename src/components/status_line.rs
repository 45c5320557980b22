//! The status line: 「保存しました」 after each change, or what went wrong. A polite live region,
//! never a modal.

use crate::state::{use_app_state, Status};
use leptos::prelude::*;

#[component]
pub fn StatusLine() -> impl IntoView {
    let state = use_app_state();
    let text = move || match state.status.get() {
        Status::Idle => String::new(),
        Status::Saved => "保存しました".into(),
        Status::Done(message) | Status::Failed(message) | Status::NotSaving(message) => message,
    };
    let class = move || match state.status.get() {
        Status::Failed(_) | Status::NotSaving(_) => "status-line problem",
        Status::Saved | Status::Done(_) => "status-line saved",
        Status::Idle => "status-line",
    };
    view! {
        <div class=class role="status" aria-live="polite" aria-label="お知らせ">
            {text}
        </div>
    }
}
