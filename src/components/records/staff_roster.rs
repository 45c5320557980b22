//! STEP04 職員への説明: who has been briefed, and when (add and remove rows).

use super::{focus_soon, row_number, MoreRows, Paged, Rows};
use crate::components::fields::date_field::DateField;
use crate::components::fields::text_field::TextField;
use crate::model::records::StaffMember;
use crate::state::use_app_state;
use leptos::prelude::*;

const STAFF: Rows<StaffMember> = Rows { get: |s| &s.records.staff, get_mut: |s| &mut s.records.staff };

#[component]
pub fn StaffRoster() -> impl IntoView {
    let state = use_app_state();
    let ids = STAFF.ids(state);
    let paged = Paged::new(ids);
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
            <ol class="rows">
                <For each=move || paged.shown() key=|id| id.clone() let:id>
                    <StaffRow id=id ids=ids/>
                </For>
            </ol>
            <MoreRows paged=paged/>
            <button type="button" class="button" on:click=move |_| {
                let id = STAFF.add(state);
                paged.note_added(id.clone());
                focus_soon(format!("staff-{id}-name"));
            }>"職員を追加"</button>
        </section>
    }
}

#[component]
fn StaffRow(id: String, ids: Memo<Vec<String>>) -> impl IntoView {
    let state = use_app_state();
    let (name, set_name) = STAFF.field(state, id.clone(), |m| m.name.clone(), |m, v| m.name = v);
    let (briefed, set_briefed) = STAFF.field(state, id.clone(), |m| m.briefed_on, |m, v| m.briefed_on = v);
    let number = row_number(ids, id.clone());
    let remove_id = id.clone();
    view! {
        <li>
            <fieldset class="record-group row">
                <legend>{move || format!("職員 {}", number())}</legend>
                <TextField label="氏名" id=format!("staff-{id}-name") value=name on_input=set_name/>
                <DateField label="説明日" id=format!("staff-{id}-briefed") value=briefed on_change=set_briefed/>
                <button type="button" class="button danger small" on:click=move |_| STAFF.remove(state, &remove_id)>"削除"</button>
            </fieldset>
        </li>
    }
}
