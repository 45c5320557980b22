//! ほかの端末に渡す: the current station's set-up, made on the device where it was set up, for
//! each nurse's device — as a file through the share sheet (or a download), or as a 受け渡しコード
//! to copy. The screen says what goes with it and what does not; nothing about patients does.
//! The hand-off is made as the screen opens, of the station as it is then (what the screen lists
//! is what the code holds), and its code compressed by the platform at once, so it is ready
//! before 「コピー」 is tapped: Safari copies only inside the tap.

use crate::browser;
use crate::model::guide::GUIDE;
use crate::model::handoff;
use crate::model::visit::VisitTool;
use crate::state::{use_app_state, Status};
use leptos::prelude::*;

#[component]
pub fn HandoffPage() -> impl IntoView {
    browser::set_title("ほかの端末に渡す");
    let state = use_app_state();
    let made =
        state.doc.with_untracked(|d| handoff::make(&GUIDE, d.current_station(), &d.clock, js_sys::Date::now() as u64));
    // Its code (empty for the moment it takes to make).
    let code = RwSignal::new(String::new());
    {
        let made = made.clone();
        leptos::task::spawn_local(async move { code.set(browser::handoff_code(&made).await) });
    }
    let name = made.station.display_name().to_string();
    let handoff = StoredValue::new(made);
    let what = move || {
        handoff.with_value(|h| {
            let s = &h.station;
            let tool = s.visit.tool.map_or("まだ設定されていません", VisitTool::label);
            [
                format!("事業所名：{}", s.display_name()),
                format!("導入の状況：{}", if s.introduced { "導入済み" } else { "導入中" }),
                format!("訪問での確認の方法：{tool}"),
                format!(
                    "アプリを登録した端末：{}台、訪問の準備のチェック：{}件",
                    s.visit.devices.len(),
                    s.visit.prepared.len()
                ),
                format!("連絡先：{}件", s.contacts.len()),
            ]
        })
    };
    let share = move |share: bool| {
        if code.with_untracked(String::is_empty) {
            return not_ready(state);
        }
        let text = handoff::file_text(&handoff.with_value(|h| h.station.name.clone()), &code.get_untracked());
        let file = handoff::file_name(browser::today());
        let done = move || {
            state.status.set(Status::Done("受け渡しのファイルを作りました。受け取る端末で「ほかの端末から受け取る」を開いて、このファイルを選んでください。".into()))
        };
        if share && browser::can_share_files() {
            leptos::task::spawn_local(async move {
                if browser::share_file(&file, "text/plain", &text).await {
                    done();
                }
            });
        } else {
            match browser::download(&file, "text/plain", &text) {
                Ok(()) => done(),
                Err(e) => state.status.set(Status::Failed(format!(
                    "ファイルを作れませんでした（{e}）。受け渡しコードをコピーして渡してください。"
                ))),
            }
        }
    };
    let copy = move |_| {
        let text = code.get_untracked();
        if text.is_empty() {
            return not_ready(state);
        }
        leptos::task::spawn_local(async move {
            state.status.set(if browser::copy_text(&text).await {
                Status::Done("受け渡しコードをコピーしました。メールやメッセージに貼り付けて送ってください。".into())
            } else {
                Status::Failed(
                    "コピーできませんでした。コードの欄を長押し（または選択）してコピーしてください。".into(),
                )
            });
        });
    };
    view! {
        <div class="page handoff">
            <h1 tabindex="-1">"ほかの端末に渡す"</h1>
            <p>
                {format!("「{name}」の設定を、訪問する職員の端末（タブレット・スマートフォン）に渡します。")}
                "受け取った端末では、ホームが訪問のための画面になり、訪問の画面はこの事業所の確認の方法に合わせて表示され、連絡先はタップで電話できます。"
            </p>
            <section aria-labelledby="handoff-what-heading">
                <h2 id="handoff-what-heading">"渡すもの・渡さないもの"</h2>
                <p><strong>"渡すもの"</strong></p>
                <ul>{what().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                <p><strong>"渡さないもの"</strong></p>
                <ul>
                    <li>"手順のチェックと完了日、メモ、記録（見積・発注・電子証明書・職員への説明・領収書など）"</li>
                    <li>"利用者の情報（このアプリは、利用者の情報を保存しません）"</li>
                </ul>
                <p>"受け取った端末のチェックと記録、その端末で追加した連絡先は、そのまま残ります。"</p>
            </section>
            <section aria-labelledby="handoff-file-heading">
                <h2 id="handoff-file-heading">"ファイルで渡す"</h2>
                <p>"AirDrop・LINE・メール・「ファイル」などで送ります。受け取る端末で「ほかの端末から受け取る」を開き、このファイルを選びます。"</p>
                <div class="button-row">
                    {browser::can_share_files().then(|| view! {
                        <button type="button" class="button primary" on:click=move |_| share(true)>"ファイルで渡す（共有）"</button>
                    })}
                    <button type="button" class="button" on:click=move |_| share(false)>"受け渡しのファイルを保存する"</button>
                </div>
            </section>
            <section aria-labelledby="handoff-code-heading">
                <h2 id="handoff-code-heading">"受け渡しコードで渡す"</h2>
                <p>"ファイルを送りにくいときは、このコードをコピーしてメールやメッセージで送り、受け取る端末の「ほかの端末から受け取る」に貼り付けます。iPhone・iPad では、ホーム画面に追加したアプリは Safari で保存したものを受け取れませんが、貼り付けやファイルを開くことはできます。"</p>
                <p class="field">
                    <label for="handoff-code">"受け渡しコード"</label>
                    <textarea id="handoff-code" class="handoff-code" readonly rows=5 prop:value=move || code.get()></textarea>
                </p>
                <div class="button-row">
                    <button type="button" class="button" on:click=copy>"コピー"</button>
                </div>
            </section>
            <p><a href="/receive">"ほかの端末から受け取る"</a></p>
        </div>
    }
}

/// Said when a button is pressed before the code is made (it takes a moment once, as the screen
/// opens).
fn not_ready(state: crate::state::AppState) {
    state
        .status
        .set(Status::Failed("受け渡しコードを作っているところです。少し待ってから、もう一度押してください。".into()));
}
