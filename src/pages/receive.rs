//! ほかの端末から受け取る: a station's set-up handed on from another device, read from a file or a
//! pasted 受け渡しコード, shown as what it will add or change, and written — as one change — only
//! when the user says 受け取る. Anything that is not a hand-off, or is damaged, is refused with a
//! reason, and nothing changes.

use crate::browser;
use crate::components::fields::text_input::TextInput;
use crate::model::contacts::StationContact;
use crate::model::handoff::{self, Change, ContactChange, Handoff, HandoffError, Received, MAX_HANDOFF_BYTES};
use crate::model::visit::VisitTool;
use crate::state::{use_app_state, Status};
use leptos::prelude::*;

#[component]
pub fn ReceivePage() -> impl IntoView {
    browser::set_title("ほかの端末から受け取る");
    let state = use_app_state();
    let code = RwSignal::new(String::new());
    // What was last read (a hand-off, or why it was refused), and what receiving it would do to
    // this device (worked out again should this device's data change meanwhile, e.g. in another tab).
    let read = RwSignal::new(None::<Result<Handoff, HandoffError>>);
    let handed = move || read.with(|r| r.as_ref().and_then(|r| r.as_ref().ok()).cloned());
    let preview = Memo::new(move |_| handed().map(|h| state.doc.with(|d| handoff::receive(d, &h))));
    let refusal = move || read.with(|r| r.as_ref().and_then(|r| r.as_ref().err()).map(HandoffError::to_string));
    let received = RwSignal::new(None::<String>);
    let file_input = NodeRef::<leptos::html::Input>::new();

    let show = move |result: Result<Handoff, HandoffError>| {
        received.set(None);
        read.set(Some(result));
        // What was read shows below the fold on a phone: bring it into view, and focus to it.
        request_animation_frame(|| browser::focus_by_id("receive-result"));
    };
    let read_code = move |_| show(handoff::read(&code.get_untracked()));
    let on_file = move |_| {
        let Some(input) = file_input.get() else { return };
        let Some(file) = browser::chosen_file(&input) else { return };
        if file.size() > MAX_HANDOFF_BYTES as f64 {
            show(Err(HandoffError::TooLarge));
            return;
        }
        leptos::task::spawn_local(async move {
            match browser::read_text(&file).await {
                Some(text) => show(handoff::read(&text)),
                None => show(Err(HandoffError::NotAHandoff)),
            }
        });
    };
    let clear = move || {
        read.set(None);
        code.set(String::new());
        if let Some(input) = file_input.get_untracked() {
            input.set_value("");
        }
    };
    let accept = move |_| {
        let Some(h) = handed() else { return };
        let done = state.receive(&h);
        let name = done.after.display_name().to_string();
        clear();
        received.set(Some(name.clone()));
        state.status.set(Status::Done(format!("「{name}」の設定を受け取りました。")));
    };

    view! {
        <div class="page receive">
            <h1 tabindex="-1">"ほかの端末から受け取る"</h1>
            <p>"事業所の設定（事業所名、導入済みかどうか、訪問での確認の方法、端末と準備、連絡先）を、渡す側の端末の「ほかの端末に渡す」で作ったファイルか受け渡しコードから受け取ります。受け取る前に、追加・変更される内容を確認できます。この端末のチェックと記録、この端末で追加した連絡先はそのまま残ります。"</p>
            <section aria-labelledby="receive-file-heading">
                <h2 id="receive-file-heading">"ファイルから受け取る"</h2>
                <p class="field">
                    <label for="receive-file">"受け渡しのファイル"</label>
                    <input type="file" id="receive-file" accept=".txt,text/plain" node_ref=file_input on:change=on_file/>
                </p>
            </section>
            <section aria-labelledby="receive-code-heading">
                <h2 id="receive-code-heading">"受け渡しコードから受け取る"</h2>
                <TextInput label="受け渡しコード" id="receive-code" shown=code on_text=Callback::new(move |t| code.set(t)) rows=5 local=true/>
                <div class="button-row">
                    <button type="button" class="button" on:click=read_code>"読み込む"</button>
                </div>
            </section>
            <div id="receive-result" tabindex="-1">
                {move || refusal().map(|e| view! { <p class="field-error" role="alert">{e}" この端末のデータは変わっていません。"</p> })}
                {move || preview.get().map(|p| view! { <Preview received=p on_accept=Callback::new(accept) on_cancel=Callback::new(move |()| clear())/> })}
            </div>
            {move || received.get().map(|name| view! {
                <div class="receive-done" role="region" aria-label="受け取りました">
                    <p>{format!("「{name}」の設定を受け取りました。")}</p>
                    <p><a href="/">"ホームへ"</a>" "<a href="/visit">"訪問時の資格確認"</a>" "<a href="/contacts">"連絡先"</a></p>
                </div>
            })}
        </div>
    }
}

/// What receiving will add or change, with 受け取る and やめる.
#[component]
fn Preview(received: Received, on_accept: Callback<leptos::ev::MouseEvent>, on_cancel: Callback<()>) -> impl IntoView {
    if received.changes_nothing() {
        return view! {
            <div class="receive-preview" role="region" aria-label="受け取る内容の確認">
                <p>{format!("この受け渡しは、この端末にある「{}」の設定と同じか、それより古いものです。受け取っても変わるものはありません。", received.after.display_name())}</p>
                <div class="button-row">
                    <button type="button" class="button" on:click=move |_| on_cancel.run(())>"閉じる"</button>
                </div>
            </div>
        }
        .into_any();
    }
    let lines: Vec<String> = received.changes().iter().map(describe).collect();
    view! {
        <div class="receive-preview" role="region" aria-label="受け取る内容の確認">
            <p><strong>"受け取ると、次のように追加・変更されます："</strong></p>
            <ul class="receive-changes">
                {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
            <p>"この端末のチェックと記録、この端末で追加した連絡先はそのまま残ります。"</p>
            <div class="button-row">
                <button type="button" class="button primary" on:click=move |ev| on_accept.run(ev)>"受け取る"</button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>"やめる"</button>
            </div>
        </div>
    }
    .into_any()
}

/// One line of the preview.
fn describe(change: &Change) -> String {
    let contact = |c: &StationContact| {
        let phone = c.phone().map(|p| format!(" {}", p.display())).unwrap_or_default();
        format!("{}（{}）{phone}", c.name, c.kind.label())
    };
    match change {
        Change::Added { name, introduced } => format!(
            "事業所「{name}」を追加します（{}）。この事業所に切り替わります。",
            if *introduced { "導入済み" } else { "導入中" }
        ),
        Change::Renamed { from, to } => format!("事業所名：{from} → {to}"),
        Change::Introduced(true) => "導入済みになります。ホームが訪問のための画面になります。".into(),
        Change::Introduced(false) => "導入済みの設定が外れます。".into(),
        Change::Tool { from, to } => tool_line(*from, *to),
        Change::Preparation => "訪問の準備（アプリを登録した端末、準備のチェックなど）が更新されます。".into(),
        Change::Contact(ContactChange::Added, c) => format!("連絡先を追加：{}", contact(c)),
        Change::Contact(ContactChange::Changed, c) => format!("連絡先を更新：{}", contact(c)),
        Change::Contact(ContactChange::Removed, c) => format!("連絡先を削除（渡す側で削除されたもの）：{}", contact(c)),
    }
}

fn tool_line(from: Option<VisitTool>, to: Option<VisitTool>) -> String {
    let label = |t: Option<VisitTool>| t.map_or("未設定", VisitTool::label);
    match from {
        None if to.is_some() => format!("訪問での確認の方法：{}", label(to)),
        _ => format!("訪問での確認の方法：{} → {}", label(from), label(to)),
    }
}
