//! データの管理: write a backup file, restore one (checked and previewed first), download data
//! that could not be read, and delete everything (after a confirmation naming what goes).

use crate::browser;
use crate::components::backup_reminder::{export_backup, last_backup_text};
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::deferred::Deferred;
use crate::model::backup::{self, ImportPreview};
use crate::model::document::Document;
use crate::state::{use_app_state, Status};
use crate::storage;
use leptos::prelude::*;

#[component]
pub fn DataPage() -> impl IntoView {
    browser::set_title("データの管理");
    let done = crate::slices::use_slices().done();
    // The top and 書き出す in the tap that opens the screen; the rest in the slices after its
    // first paint, in page order, so the tap that opens it is answered first.
    view! {
        <div class="page data" aria-busy=move || (!done.get()).then_some("true")>
            <h1 tabindex="-1">"データの管理"</h1>
            <p>"データはこの端末（このブラウザ）の中だけに保存されています。端末の故障や買い替え、ブラウザのデータ消去に備えて、ときどき書き出して安全な場所に保管してください。"</p>
            <ExportSection/>
            <Deferred slice=1><ImportSection/></Deferred>
            <Deferred slice=2>
                <UnreadableSection/>
                <DeleteAllSection/>
            </Deferred>
        </div>
    }
}

#[component]
fn ExportSection() -> impl IntoView {
    let state = use_app_state();
    let last = move || {
        state.doc.with(|d| match &d.last_export {
            Some(at) => format!("最後に書き出した日時：{}", backup::describe_time(at)),
            None => "まだ書き出していません。".to_string(),
        })
    };
    let last_backup = last_backup_text(state);
    view! {
        <section aria-labelledby="export-heading">
            <h2 id="export-heading">"バックアップを書き出す"</h2>
            <p>"すべての事業所のチェック・記録を、1つのファイル（onshi-navi-年月日.json）に書き出します。"</p>
            <p class="last-export">{last_backup}</p>
            <p class="last-export">{last}</p>
            <div class="button-row">
                <button type="button" class="button primary" on:click=move |_| export_backup(state, false)>"書き出す"</button>
                {browser::can_share_files().then(|| view! {
                    <button type="button" class="button" on:click=move |_| export_backup(state, true)>"共有で書き出す（ファイル・AirDrop など）"</button>
                })}
            </div>
        </section>
        <section aria-labelledby="why-backup">
            <h2 id="why-backup">"なぜ書き出すのか（Safari の7日ルール）"</h2>
            <p>"iPhone・iPad の Safari は、7日間開かなかったサイトのデータを消すことがあります。ホーム画面に追加したアプリはその対象外ですが、Safari のタブで使っている場合は注意が必要です。このアプリは、書き出していない変更が7日以上たつと、ホームでお知らせします。"</p>
            <p>"また、ホーム画面に追加したアプリと Safari は、それぞれ別にデータを保存します。Safari で入力したデータをアプリで使うには、Safari で書き出し、アプリで読み込んでください。"</p>
        </section>
    }
}

#[component]
fn ImportSection() -> impl IntoView {
    let state = use_app_state();
    let preview = RwSignal::new(None::<ImportPreview>);
    let error = RwSignal::new(None::<String>);
    let input = NodeRef::<leptos::html::Input>::new();

    let on_choose = move |_| {
        preview.set(None);
        error.set(None);
        let Some(input) = input.get() else { return };
        let Some(file) = browser::chosen_file(&input) else { return };
        if let Err(e) = backup::check_file_size(file.size()) {
            error.set(Some(e.to_string()));
            return;
        }
        leptos::task::spawn_local(async move {
            match browser::read_text(&file).await {
                Some(text) => match backup::read_backup(&text) {
                    Ok(p) => preview.set(Some(p)),
                    Err(e) => error.set(Some(e.to_string())),
                },
                None => error.set(Some("ファイルを読み取れませんでした。別のファイルを選んでください。".into())),
            }
        });
    };
    let clear_choice = move || {
        preview.set(None);
        if let Some(input) = input.get_untracked() {
            input.set_value("");
        }
    };
    let apply = move |_| {
        if let Some(p) = preview.get_untracked() {
            state.replace(p.document);
            clear_choice();
            state.status.set(Status::Done("バックアップを読み込みました。".into()));
        }
    };

    view! {
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">"バックアップから読み込む"</h2>
            <p>"書き出したファイルを読み込むと、この端末のいまのデータと置き換わります。置き換える前に内容を確認できます。"</p>
            <p class="field">
                <label for="import-file">"バックアップファイル（.json）"</label>
                <input type="file" id="import-file" accept=".json,application/json" node_ref=input on:change=on_choose/>
            </p>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}" いまのデータは変わっていません。"</p> })}
            {move || preview.get().map(|p| {
                let current = state.doc.with_untracked(backup::summarize);
                view! {
                    <div class="import-preview" role="region" aria-label="読み込む内容の確認">
                        <p><strong>{match &p.exported_at {
                            Some(at) => format!("このファイル（{}に書き出し）の内容：", backup::describe_time(at)),
                            None => "このファイルの内容：".to_string(),
                        }}</strong></p>
                        <ul>{p.stations.iter().map(|s| view! { <li>{s.describe()}</li> }).collect_view()}</ul>
                        <p><strong>"読み込むと、この端末のいまのデータは置き換わります："</strong></p>
                        <ul>{current.iter().map(|s| view! { <li>{s.describe()}</li> }).collect_view()}</ul>
                        <div class="button-row">
                            <button type="button" class="button primary" on:click=apply>"読み込んで置き換える"</button>
                            <button type="button" class="button" on:click=move |_| clear_choice()>"やめる"</button>
                        </div>
                    </div>
                }
            })}
        </section>
    }
}

#[component]
fn UnreadableSection() -> impl IntoView {
    let state = use_app_state();
    // Re-read when the start problem changes (a copy may have been made since).
    let copies = Memo::new(move |_| {
        state.start_problem.track();
        storage::unreadable_copies()
    });
    move || {
        let copies = copies.get();
        (!copies.is_empty()).then(|| view! {
            <section aria-labelledby="unreadable-heading">
                <h2 id="unreadable-heading">"読み取れなかったデータ"</h2>
                <p>"以前に保存されていて、読み取れなかったデータを消さずに保管しています。ダウンロードして、必要であればサポートの方に見てもらってください。"</p>
                <ul class="unreadable-list">
                    {copies.into_iter().map(|(key, text)| {
                        // The key ends in whole milliseconds (see `storage::keep_aside`). Read as an
                        // integer: parsing an f64 would pull core's float parser and its tables into the build.
                        let stamp = key.trim_start_matches(storage::UNREADABLE_PREFIX);
                        let found = stamp.parse::<u64>().ok().map(|ms| browser::describe_epoch_ms(ms as f64)).unwrap_or_default();
                        let name = format!("onshi-navi-unreadable-{stamp}.txt");
                        view! {
                            <li>
                                {format!("{found}に見つけたデータ（{} 文字）", text.chars().count())}
                                " "
                                <button type="button" class="button" on:click=move |_| {
                                    if let Err(e) = browser::download(&name, "text/plain", &text) {
                                        state.status.set(Status::Failed(format!("ダウンロードできませんでした（{e}）。")));
                                    }
                                }>"ダウンロード"</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        })
    }
}

#[component]
fn DeleteAllSection() -> impl IntoView {
    let state = use_app_state();
    let open = RwSignal::new(false);
    let delete_all = Callback::new(move |_| match storage::remove_all() {
        Ok(()) => {
            state.start_problem.set(None);
            state.replace(Document::new(browser::new_station_id()));
            state.status.set(Status::Done("すべてのデータを削除しました。".into()));
        }
        Err(e) => state.status.set(Status::Failed(e.message())),
    });
    view! {
        <section aria-labelledby="delete-heading">
            <h2 id="delete-heading">"すべてのデータを削除"</h2>
            <p>"この端末に保存した、すべての事業所のチェックと記録を削除します。元に戻せません。"</p>
            <button type="button" class="button danger" on:click=move |_| open.set(true)>"すべて削除…"</button>
            <ConfirmDialog open=open id="delete-all" title="すべてのデータを削除しますか？" confirm_label="すべて削除する" danger=true on_confirm=delete_all>
                <p>"次のデータがこの端末から消えます。元に戻すことはできません。"</p>
                <ul>{move || state.doc.with(backup::summarize).iter().map(|s| view! { <li>{s.describe()}</li> }).collect_view()}</ul>
                <p>"先に「書き出す」でバックアップを作っておくと、あとで読み込んで元に戻せます。"</p>
                <p><button type="button" class="button" on:click=move |_| export_backup(state, false)>"先に書き出す"</button></p>
            </ConfirmDialog>
        </section>
    }
}
