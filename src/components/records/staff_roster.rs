//! STEP04 職員への説明: who has been briefed, and when (add and remove rows).

use crate::components::fields::date_field::DateField;
use crate::components::fields::text_field::TextField;
use crate::components::rows::{RowList, Rows};
use crate::model::records::StaffMember;
use crate::state::use_app_state;
use leptos::prelude::*;

const STAFF: Rows<StaffMember> = Rows { get: |s| &s.records.staff, get_mut: |s| &mut s.records.staff };

static LIST: RowList = RowList {
    legend: "職員",
    add_label: "職員を追加",
    ids: |state| STAFF.ids(state),
    add: |state| STAFF.add(state),
    remove: |state, id| STAFF.remove(state, id),
    fields: staff_fields,
    first_field: |id| format!("staff-{id}-name"),
};

#[component]
pub fn StaffRoster() -> impl IntoView {
    let state = use_app_state();
    let briefed = move || {
        state.with_station(|s| {
            let staff = &s.records.staff;
            format!("説明済み {} 名 / 記録 {} 名", staff.iter().filter(|m| m.briefed_on.is_some()).count(), staff.len())
        })
    };
    view! {
        <section class="row-list" aria-labelledby="staff-heading">
            <h3 id="staff-heading">"職員への説明の記録"</h3>
            <p class="num">{briefed}</p>
            {LIST.view()}
        </section>
    }
}

fn staff_fields(id: String) -> AnyView {
    let state = use_app_state();
    let (name, set_name) = STAFF.field(state, id.clone(), |m| m.name.clone(), |m, v| m.name = v);
    let (briefed, set_briefed) = STAFF.field(state, id.clone(), |m| m.briefed_on, |m, v| m.briefed_on = v);
    view! {
        <TextField label="氏名" id=format!("staff-{id}-name") value=name on_input=set_name/>
        <DateField label="説明日" id=format!("staff-{id}-briefed") value=briefed on_change=set_briefed/>
    }
    .into_any()
}
