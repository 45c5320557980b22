//! Backups that survive Safari: 「最後のバックアップ：○日前」, and — once changes have waited seven
//! days without a backup file — a calm reminder with one button that writes one (through the
//! share sheet where the browser has one: on an iPad that is how a file reaches Files or
//! AirDrop). Never a modal; 「あとで」 puts it off for seven days (saved and merged like every
//! field). Safari deletes a site's storage after 7 days without use; a home-screen app is exempt.

use crate::browser;
use crate::model::backup::{self, standing};
use crate::state::{use_app_state, AppState, Status};
use leptos::prelude::*;

/// Writes the backup file — through the share sheet when `share` and the browser can share
/// files, else as a download — and remembers when.
pub fn export_backup(state: AppState, share: bool) {
    let now = browser::now_local_iso();
    let text = state.doc.with_untracked(|d| backup::export_text(d, &now));
    let name = backup::file_name(browser::today());
    let done = move || {
        state.change(|d| backup::mark_exported(d, &now));
        state.status.set(Status::Done("書き出しました。ファイルを安全な場所に保管してください。".into()));
    };
    if share && browser::can_share_files() {
        leptos::task::spawn_local(async move {
            if browser::share_file(&name, "application/json", &text).await {
                done();
            }
        });
        return;
    }
    match browser::download(&name, "application/json", &text) {
        Ok(()) => done(),
        Err(e) => state.status.set(Status::Failed(format!("書き出せませんでした（{e}）。もう一度お試しください。"))),
    }
}

/// 「最後のバックアップ：3日前」 (tracked).
pub fn last_backup_text(state: AppState) -> impl Fn() -> String + Copy {
    move || state.doc.with(|d| standing(d, js_sys::Date::now() as u64, browser::today()).describe())
}

/// ホーム's line about backups, and the reminder when it is due.
#[component]
pub fn BackupReminder() -> impl IntoView {
    let state = use_app_state();
    let due = Memo::new(move |_| state.doc.with(|d| standing(d, js_sys::Date::now() as u64, browser::today()).remind));
    let put_off = move |_| {
        state.change(|d| d.backup_reminder_dismissed = Some(js_sys::Date::now() as u64));
    };
    view! {
        {move || due.get().then(|| view! {
            <section class="backup-reminder" aria-labelledby="backup-reminder-heading">
                <h2 id="backup-reminder-heading">"バックアップをおすすめします"</h2>
                <p>"ファイルに書き出していない変更が、7日以上そのままです。端末の故障やブラウザのデータ消去に備えて、書き出しておきましょう。"</p>
                <div class="button-row">
                    <button type="button" class="button primary" on:click=move |_| export_backup(state, true)>"バックアップを書き出す"</button>
                    <button type="button" class="button" on:click=put_off>"あとで（7日後にまたお知らせ）"</button>
                </div>
                <p><a href="/data#why-backup">"なぜ7日なのか（Safari の場合）"</a></p>
            </section>
        })}
        <p class="last-backup">{last_backup_text(state)}" "<a href="/data">"データの管理"</a></p>
    }
}
