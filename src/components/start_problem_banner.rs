//! Tells the user, at the top of every screen, about a problem found when the app started:
//! unreadable saved data (kept aside, never overwritten), data from a newer app, or a browser
//! that refuses storage.

use crate::state::{use_app_state, StartProblem};
use leptos::prelude::*;

#[component]
pub fn StartProblemBanner() -> impl IntoView {
    let state = use_app_state();
    move || {
        state.start_problem.get().map(|problem| {
            let (title, body) = match problem {
                StartProblem::Unreadable { message, kept_as: Some(_) } => (
                    "保存されていたデータを読み取れませんでした",
                    format!("{message} 読み取れなかったデータは消さずに別に保管しています。空の状態で始めています。"),
                ),
                StartProblem::Unreadable { message, kept_as: None } => (
                    "保存されていたデータを読み取れませんでした",
                    format!("{message} 読み取れなかったデータを守るため、この画面での変更は保存しません。"),
                ),
                StartProblem::Newer { found } => (
                    "新しいバージョンのアプリのデータがあります",
                    format!("この端末には新しいバージョン（形式 {found}）のアプリで保存したデータがあります。データを守るため、アプリを更新するまで変更は保存しません。ページを再読み込みするか、ホーム画面のアプリを開き直して更新してください。"),
                ),
                StartProblem::Unavailable => (
                    "この端末では保存できません",
                    "ブラウザがデータの保存を許可していません（プライベートブラウズなど）。入力した内容は画面を閉じると消えます。".to_string(),
                ),
            };
            view! {
                <section class="banner problem" role="alert">
                    <p class="banner-title">{title}</p>
                    <p>{body}</p>
                    <p><a href="/data">"データの管理を開く"</a></p>
                </section>
            }
        })
    }
}
