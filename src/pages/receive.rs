//! ほかの端末から受け取る: a station's set-up handed on from another device, read from a file or a
//! pasted 受け渡しコード, shown as what it will add or change, and written — as one change — only
//! when the user says 受け取る. Anything that is not a hand-off, or is damaged, is refused with a
//! reason, and nothing changes. Where the hand-off's old id names a station here under another
//! name, the user says which it is before 受け取る can be pressed.

use crate::browser;
use crate::components::fields::text_input::TextInput;
use crate::model::contacts::StationContact;
use crate::model::handoff::{Handoff, HandoffError, MAX_HANDOFF_BYTES};
use crate::model::receive::{self, Answer, Change, ContactChange, Outcome, ReceiveError, Unchanged};
use crate::model::visit::VisitTool;
use crate::state::{use_app_state, Status};
use leptos::prelude::*;

#[component]
pub fn ReceivePage() -> impl IntoView {
    browser::set_title("ほかの端末から受け取る");
    let state = use_app_state();
    let code = RwSignal::new(String::new());
    // What was last read (a hand-off, or why it was refused), the answer to the question an old
    // id may raise, and what receiving would do to this device (worked out again should this
    // device's data change meanwhile, e.g. in another tab).
    let read = RwSignal::new(None::<Result<Handoff, HandoffError>>);
    let answer = RwSignal::new(None::<Answer>);
    // The id the station takes here if it is added as another one.
    let fresh_id = StoredValue::new(browser::new_station_id());
    let handed = move || read.with(|r| r.as_ref().and_then(|r| r.as_ref().ok()).cloned());
    let question = move || handed().and_then(|h| state.doc.with(|d| receive::question(d, &h)));
    let preview = Memo::new(move |_| handed().map(|h| state.preview(&h, answer.get(), &fresh_id.get_value())));
    let refusal = move || read.with(|r| r.as_ref().and_then(|r| r.as_ref().err()).map(HandoffError::to_string));
    let received = RwSignal::new(None::<String>);
    let file_input = NodeRef::<leptos::html::Input>::new();

    let show = move |result: Result<Handoff, HandoffError>| {
        received.set(None);
        answer.set(None);
        read.set(Some(result));
        // What was read shows below the fold on a phone: bring it into view, and focus to it.
        request_animation_frame(|| browser::focus_by_id("receive-result"));
    };
    // Reads a pasted code, or a chosen file's text: one task for both.
    let read_from = move |pasted: Option<String>, file: Option<web_sys::File>| {
        leptos::task::spawn_local(async move {
            let text = match file {
                Some(file) => browser::read_text(&file).await,
                None => pasted,
            };
            show(match text {
                Some(text) => browser::read_handoff(&text).await,
                None => Err(HandoffError::NotAHandoff),
            })
        });
    };
    let read_code = move |_| read_from(Some(code.get_untracked()), None);
    let on_file = move |_| {
        let Some(input) = file_input.get() else { return };
        let Some(file) = browser::chosen_file(&input) else { return };
        if file.size() > MAX_HANDOFF_BYTES as f64 {
            show(Err(HandoffError::TooLarge));
            return;
        }
        read_from(None, Some(file));
    };
    let clear = move || {
        read.set(None);
        answer.set(None);
        code.set(String::new());
        if let Some(input) = file_input.get_untracked() {
            input.set_value("");
        }
    };
    let accept = move |_| {
        let Some(h) = handed() else { return };
        match state.receive(&h, answer.get_untracked(), &fresh_id.get_value()) {
            Ok(Outcome::Ready(done)) => {
                let name = done.after.display_name().to_string();
                clear();
                fresh_id.set_value(browser::new_station_id());
                received.set(Some(name.clone()));
                state.status.set(Status::Done(format!("「{name}」の設定を受け取りました。")));
            }
            // The data changed under the preview so that a question is now needed: it shows.
            Ok(Outcome::Ask { .. }) => answer.set(None),
            Err(e) => state.status.set(Status::Failed(e.to_string())),
        }
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
                {move || preview.get().map(|outcome| {
                    let shown = Shown::of(outcome);
                    view! {
                        <div class="receive-preview" role="region" aria-label="受け取る内容の確認">
                            {question().map(|(here, handed)| view! { <Question here=here handed=handed answer=answer/> })}
                            {shown.clock_ahead.then(|| view! {
                                <p class="receive-clock">"渡す側の端末の時計が、この端末の時計より進んでいるようです（受け渡しコードが、この端末の時刻より10分以上あとに作られています）。受け取ることはできます。どちらの変更が新しいかを正しく判断できるよう、両方の端末の時計を合わせてください。"</p>
                            })}
                            <p class:field-error=shown.refused role=shown.refused.then_some("alert")>{shown.intro}</p>
                            {(!shown.lines.is_empty()).then(|| view! {
                                <ul class="receive-changes">{shown.lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                            })}
                            {shown.can_receive.is_some().then(|| view! {
                                <p>"この端末のチェックと記録、この端末で追加した連絡先はそのまま残ります。"</p>
                            })}
                            <div class="button-row">
                                {shown.can_receive.map(|enabled| view! {
                                    <button type="button" class="button primary" disabled=!enabled on:click=accept>"受け取る"</button>
                                })}
                                <button type="button" class="button" on:click=move |_| clear()>
                                    {if shown.can_receive.is_some() { "やめる" } else { "閉じる" }}
                                </button>
                            </div>
                        </div>
                    }
                })}
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

/// 「この端末の『…』ですか」: asked where the hand-off's old id names a station here under
/// another name. Nothing is chosen until the user chooses.
#[component]
fn Question(here: String, handed: String, answer: RwSignal<Option<Answer>>) -> impl IntoView {
    let choice = move |value: Answer, label: String| {
        view! {
            <label class="radio">
                <input
                    type="radio"
                    name="receive-which"
                    prop:checked=move || answer.get() == Some(value)
                    on:change=move |_| answer.set(Some(value))
                />
                <span>{label}</span>
            </label>
        }
    };
    view! {
        <fieldset class="radio-group receive-question">
            <legend>"同じ事業所ですか？"</legend>
            <p>{format!(
                "受け取る事業所「{handed}」は、この端末の「{here}」と同じ識別子ですが、名前が違います。以前のアプリで作った事業所は、別の事業所でも同じ識別子になることがあります。どちらにするかを選んでください。"
            )}</p>
            {choice(Answer::UpdateThis, format!("この端末の「{here}」を更新する"))}
            {choice(Answer::AddAsAnother, "別の事業所として追加する".to_string())}
        </fieldset>
    }
}

/// What the preview shows of what receiving would do.
struct Shown {
    clock_ahead: bool,
    /// What receiving does, or why it cannot, or why it changes nothing.
    intro: String,
    /// The receiving cannot be done (said as an alert).
    refused: bool,
    lines: Vec<String>,
    /// 受け取る is offered: pressable (true), or not until the question is answered (false).
    can_receive: Option<bool>,
}

impl Shown {
    fn of(outcome: Result<Outcome, ReceiveError>) -> Shown {
        let shown = |intro: String, lines: Vec<String>, can_receive: Option<bool>| Shown {
            clock_ahead: false,
            intro,
            refused: false,
            lines,
            can_receive,
        };
        let received = match outcome {
            Err(e) => return Shown { refused: true, ..shown(e.to_string(), Vec::new(), None) },
            Ok(Outcome::Ask { .. }) => {
                return shown("どちらにするかを選ぶと、受け取る内容が表示されます。".into(), Vec::new(), Some(false))
            }
            Ok(Outcome::Ready(received)) => received,
        };
        let name = received.after.display_name();
        let mut shown = match &received.unchanged {
            None => shown(
                "受け取ると、次のように追加・変更されます：".into(),
                received.changes().iter().map(describe).collect(),
                Some(true),
            ),
            Some(Unchanged::Same) => shown(
                format!("この受け渡しは、この端末にある「{name}」の設定と同じです。受け取っても変わるものはありません。"),
                Vec::new(),
                None,
            ),
            Some(Unchanged::NewerHere(newer)) => shown(
                format!("この端末にある「{name}」の設定のほうが新しいため、受け取っても変わるものはありません。この端末のほうが新しいのは次の変更です："),
                newer.iter().map(describe_newer).collect(),
                None,
            ),
        };
        shown.clock_ahead = received.clock_ahead;
        shown
    }
}

/// One line of the preview.
fn describe(change: &Change) -> String {
    let contact = contact_line;
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

/// One of the changes this device has that are newer than the hand-off's (the device's side).
fn describe_newer(change: &Change) -> String {
    let label = |t: Option<VisitTool>| t.map_or("未設定", VisitTool::label);
    match change {
        Change::Renamed { from, to } => format!("事業所名：{to}（受け渡しでは「{from}」）"),
        Change::Introduced(introduced) => {
            format!("導入の状況：{}", if *introduced { "導入済み" } else { "導入中" })
        }
        Change::Tool { from, to } => format!("訪問での確認の方法：{}（受け渡しでは{}）", label(*to), label(*from)),
        Change::Preparation => "訪問の準備（アプリを登録した端末、準備のチェックなど）".into(),
        Change::Contact(ContactChange::Added, c) => {
            format!("連絡先：{}（渡す側で削除されたあと、この端末で変更したもの）", contact_line(c))
        }
        Change::Contact(ContactChange::Changed, c) => format!("連絡先：{}", contact_line(c)),
        Change::Contact(ContactChange::Removed, c) => {
            format!("連絡先の削除：{}（この端末で削除したもの）", contact_line(c))
        }
        Change::Added { name, .. } => format!("事業所「{name}」"),
    }
}

/// A contact in a line: 「NTT東日本（導入支援事業者） 0120-000-111」.
fn contact_line(c: &StationContact) -> String {
    let phone = c.phone().map(|p| format!(" {}", p.display())).unwrap_or_default();
    format!("{}（{}）{phone}", c.name, c.kind.label())
}
