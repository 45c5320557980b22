//! 「新しいバージョンがあります」: shown when a new version is installed and waiting. 更新 saves
//! first, then activates it; the page reloads once.

use crate::pwa::use_pwa;
use crate::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let pwa = use_pwa();
    let state = use_app_state();
    view! {
        <div class="update-slot" role="status" aria-label="更新のお知らせ">
            <Show when=move || pwa.update_ready.get()>
                <div class="update-banner">
                    <p>"新しいバージョンがあります。入力した内容はそのまま引き継がれます。"</p>
                    <button type="button" class="button primary" on:click=move |_| {
                        state.save();
                        pwa.apply_update();
                    }>"更新"</button>
                </div>
            </Show>
        </div>
    }
}
