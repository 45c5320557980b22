//! A small, calm indicator in the top bar while the device is offline (announced once).

use crate::browser::use_online;
use leptos::prelude::*;

#[component]
pub fn OfflineIndicator() -> impl IntoView {
    let online = use_online();
    view! {
        <p class="offline-slot" role="status" aria-label="接続の状態">
            <Show when=move || !online.get()>
                <span class="offline-indicator">
                    <span class="offline-dot" aria-hidden="true"></span>
                    "オフライン"
                </span>
            </Show>
        </p>
    }
}
