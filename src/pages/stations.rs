//! 事業所の管理: add, rename, switch and delete stations. Each keeps its own progress and
//! records; the current one's name is always in the top bar.

use crate::browser;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::fields::text_field::TextField;
use crate::components::fields::text_input::TextInput;
use crate::model::backup::summarize;
use crate::model::guide::GUIDE;
use crate::model::progress::{is_introduced, overall_progress};
use crate::state::{use_app_state, Status};
use leptos::prelude::*;

#[component]
pub fn StationsPage() -> impl IntoView {
    browser::set_title("事業所の管理");
    let state = use_app_state();
    let ids = Memo::new(move |_| state.doc.with(|d| d.stations.iter().map(|s| s.id.clone()).collect::<Vec<_>>()));
    // The station the delete dialog is asking about.
    let deleting = RwSignal::new(None::<String>);
    let dialog_open = RwSignal::new(false);
    let confirm_delete = Callback::new(move |_| {
        let Some(id) = deleting.get_untracked() else { return };
        let name =
            state.doc.with_untracked(|d| d.station(&id).map(|s| s.display_name().to_string()).unwrap_or_default());
        state.change(|d| d.delete_station(&id, browser::new_station_id()));
        state.status.set(Status::Done(format!("「{name}」を削除しました。")));
    });
    let deleting_summary = move || {
        deleting.get().and_then(|id| {
            state.doc.with(|d| {
                let index = d.stations.iter().position(|s| s.id == id)?;
                Some(summarize(d).swap_remove(index).describe())
            })
        })
    };

    view! {
        <div class="page stations">
            <h1 tabindex="-1">"事業所の管理"</h1>
            <p>"法人で複数のステーションを管理する場合や、導入支援事業者が複数のステーションを手伝う場合に、事業所ごとに進み具合と記録を分けて保存できます。"</p>
            <ul class="station-list">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <StationCard id=id deleting=deleting dialog_open=dialog_open/>
                </For>
            </ul>
            <AddStation/>
            <ConfirmDialog open=dialog_open id="delete-station" title="この事業所を削除しますか？" confirm_label="削除する" danger=true on_confirm=confirm_delete>
                <p>{deleting_summary}</p>
                <p>"この事業所のチェックと記録がすべて消えます。元に戻すことはできません。先に「データの管理」で書き出しておくと、あとで読み込んで元に戻せます。"</p>
            </ConfirmDialog>
        </div>
    }
}

#[component]
fn StationCard(id: String, deleting: RwSignal<Option<String>>, dialog_open: RwSignal<bool>) -> impl IntoView {
    let state = use_app_state();
    let read_id = id.clone();
    let name =
        Signal::derive(move || state.doc.with(|d| d.station(&read_id).map(|s| s.name.clone()).unwrap_or_default()));
    let rename_id = id.clone();
    let rename = Callback::new(move |text: String| state.change_station_with_id(&rename_id, |s| s.name = text));
    let current_id = id.clone();
    let is_current = Memo::new(move |_| state.doc.with(|d| d.current == current_id));
    let progress_id = id.clone();
    let progress = move || {
        state.doc.with(|d| d.station(&progress_id).map(|s| overall_progress(&GUIDE, s).describe()).unwrap_or_default())
    };
    let label_id = id.clone();
    let display = Memo::new(move |_| {
        state.doc.with(|d| d.station(&label_id).map(|s| s.display_name().to_string()).unwrap_or_default())
    });
    let introduced_id = id.clone();
    // 導入済み: said so (the box), or every step done (said in words: unticking a step is the way back).
    let standing = Memo::new(move |_| {
        state
            .doc
            .with(|d| d.station(&introduced_id).map(|s| (s.introduced, is_introduced(&GUIDE, s))).unwrap_or_default())
    });
    let introduced_set_id = id.clone();
    let on_introduced = Callback::new(move |ev: leptos::ev::Event| {
        let checked = event_target_checked(&ev);
        state.change_station_with_id(&introduced_set_id, |s| s.introduced = checked);
    });
    let box_id = format!("introduced-{id}");
    let switch_id = id.clone();
    let delete_id = id.clone();
    view! {
        <li class="station-card" class:is-current=is_current>
            <h2 class="station-name">{display}</h2>
            <p class="num">"進み具合："{progress}</p>
            {move || if is_current.get() {
                view! { <p class="current-mark">"✓ 作業中の事業所"</p> }.into_any()
            } else {
                let id = switch_id.clone();
                view! {
                    <button type="button" class="button primary" on:click=move |_| {
                        state.switch_station(&id);
                        state.status.set(Status::Done(format!("「{}」で作業します。", display.get_untracked())));
                    }>"この事業所で作業する"</button>
                }.into_any()
            }}
            <TextField label="事業所名" id=format!("rename-{id}") value=name on_input=rename autocomplete="organization"/>
            {move || {
                let (said, introduced) = standing.get();
                if introduced && !said {
                    view! { <p class="introduced-line">"導入済み（手順がすべて完了しています）"</p> }.into_any()
                } else {
                    view! {
                        <p class="field check-field">
                            <input type="checkbox" id=box_id.clone() prop:checked=said on:change=move |ev| on_introduced.run(ev)/>
                            <label for=box_id.clone()>"導入済み（オンライン資格確認・オンライン請求をすでに使っている）"</label>
                        </p>
                    }.into_any()
                }
            }}
            <button type="button" class="button danger small" on:click=move |_| {
                deleting.set(Some(delete_id.clone()));
                dialog_open.set(true);
            }>"この事業所を削除…"</button>
        </li>
    }
}

#[component]
fn AddStation() -> impl IntoView {
    let state = use_app_state();
    let name = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = name.get_untracked().trim().to_string();
        if text.is_empty() {
            state.status.set(Status::Failed("新しい事業所の名前を入力してから「追加」を押してください。".into()));
            return;
        }
        state.change(|d| d.add_station(browser::new_station_id(), &text));
        name.set(String::new());
        state.status.set(Status::Done(format!("「{text}」を追加しました。この事業所で作業します。")));
    };
    view! {
        <section aria-labelledby="add-station-heading">
            <h2 id="add-station-heading">"事業所を追加"</h2>
            <form class="add-station" on:submit=add>
                <TextInput label="新しい事業所の名前" id="new-station-name" shown=name on_text=Callback::new(move |t| name.set(t))
                    autocomplete="organization" local=true/>
                <button type="submit" class="button primary">"追加"</button>
            </form>
        </section>
    }
}
