//! STEP04 業務等の変更点の確認: the changes to work the station identified (add and remove).

use super::{focus_soon, row_number, MoreRows, Paged, Rows};
use crate::components::fields::text_area::TextArea;
use crate::model::records::WorkChange;
use crate::state::use_app_state;
use leptos::prelude::*;

const CHANGES: Rows<WorkChange> = Rows { get: |s| &s.records.work_changes, get_mut: |s| &mut s.records.work_changes };

#[component]
pub fn WorkChanges() -> impl IntoView {
    let state = use_app_state();
    let ids = CHANGES.ids(state);
    let paged = Paged::new(ids);
    view! {
        <section class="row-list" aria-labelledby="changes-heading">
            <h3 id="changes-heading">"業務等の変更点"</h3>
            <p>"居宅等での利用者への対応やステーションでの事務など、導入後に変わることを書き出します。"</p>
            <ol class="rows">
                <For each=move || paged.shown() key=|id| id.clone() let:id>
                    <ChangeRow id=id ids=ids/>
                </For>
            </ol>
            <MoreRows paged=paged/>
            <button type="button" class="button" on:click=move |_| {
                let id = CHANGES.add(state);
                paged.note_added(id.clone());
                focus_soon(format!("change-{id}"));
            }>"変更点を追加"</button>
        </section>
    }
}

#[component]
fn ChangeRow(id: String, ids: Memo<Vec<String>>) -> impl IntoView {
    let state = use_app_state();
    let (text, set_text) = CHANGES.field(state, id.clone(), |c| c.text.clone(), |c, v| c.text = v);
    let number = row_number(ids, id.clone());
    let remove_id = id.clone();
    view! {
        <li>
            <fieldset class="record-group row">
                <legend>{move || format!("変更点 {}", number())}</legend>
                <TextArea label="内容" id=format!("change-{id}") value=text on_input=set_text rows=2/>
                <button type="button" class="button danger small" on:click=move |_| CHANGES.remove(state, &remove_id)>"削除"</button>
            </fieldset>
        </li>
    }
}
