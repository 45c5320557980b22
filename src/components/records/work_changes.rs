//! STEP04 業務等の変更点の確認: the changes to work the station identified (add and remove).

use crate::components::fields::text_area::TextArea;
use crate::components::rows::{RowList, Rows};
use crate::model::records::WorkChange;
use crate::state::use_app_state;
use leptos::prelude::*;

const CHANGES: Rows<WorkChange> = Rows { get: |s| &s.records.work_changes, get_mut: |s| &mut s.records.work_changes };

static LIST: RowList = RowList {
    legend: "変更点",
    add_label: "変更点を追加",
    ids: |state| CHANGES.ids(state),
    add: |state| CHANGES.add(state),
    remove: |state, id| CHANGES.remove(state, id),
    fields: change_fields,
    first_field: |id| format!("change-{id}"),
};

#[component]
pub fn WorkChanges() -> impl IntoView {
    view! {
        <section class="row-list" aria-labelledby="changes-heading">
            <h3 id="changes-heading">"業務等の変更点"</h3>
            <p>"居宅等での利用者への対応やステーションでの事務など、導入後に変わることを書き出します。"</p>
            {LIST.view()}
        </section>
    }
}

fn change_fields(id: String) -> AnyView {
    let state = use_app_state();
    let (text, set_text) = CHANGES.field(state, id.clone(), |c| c.text.clone(), |c, v| c.text = v);
    view! { <TextArea label="内容" id=format!("change-{id}") value=text on_input=set_text rows=2/> }.into_any()
}
