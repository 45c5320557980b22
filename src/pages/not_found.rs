//! Shown for an address the app does not have.

use crate::browser;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    browser::set_title("ページが見つかりません");
    view! {
        <div class="page not-found">
            <h1 tabindex="-1">"ページが見つかりません"</h1>
            <p>"このアドレスのページはありません。"<a href="/">"ホームへ戻る"</a></p>
        </div>
    }
}
