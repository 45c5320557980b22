//! One checklist item: a real checkbox named by the item's text (the whole row is the target),
//! the date it was done, whom to ask, the guide's details and notes.

use super::fields::text_area::TextArea;
use super::guide_text::GuideText;
use super::vendor_label::AskLine;
use crate::browser;
use crate::components::phrased::Phrased;
use crate::model::date::Date;
use crate::model::guide::{Item, GUIDE};
use crate::model::progress::waits_on_earlier;
use crate::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn ChecklistItem(item: &'static Item) -> impl IntoView {
    let state = use_app_state();
    let done_on = Memo::new(move |_| state.with_station(|s| s.done_on(item.id)));
    let waiting = move || state.with_station(|s| waits_on_earlier(item, s));
    let date_id = format!("done-{}", item.id);

    let on_change = move |ev: leptos::ev::Event| {
        let checked = event_target_checked(&ev);
        state.change_station(|s| {
            if checked {
                s.tick(item.id, browser::today());
            } else {
                s.untick(item.id);
            }
        });
    };
    let on_date = move |ev: leptos::ev::Event| {
        // An empty or invalid date keeps the saved one: the item stays done.
        if let Some(date) = Date::parse_iso(&event_target_value(&ev)) {
            state.change_station(|s| s.tick(item.id, date));
        }
    };
    let memo = state.station_value(move |s| s.memo(item.id).to_string());
    let set_memo = Callback::new(move |text: String| state.change_station(|s| s.set_memo(item.id, &text)));
    let has_memo = move || memo.with(|m| !m.trim().is_empty());
    let earlier: Vec<&'static str> = item.after.iter().filter_map(|id| GUIDE.item(id).map(|(_, i)| i.title)).collect();

    view! {
        <li class="check-item" class:is-done=move || done_on.get().is_some() id=format!("item-{}", item.id)>
            // The label wraps the box, so the whole row is the touch target and the accessible
            // name is exactly the item's text.
            <label class="check-row">
                <input type="checkbox" prop:checked=move || done_on.get().is_some() on:change=on_change/>
                <span class="check-title"><Phrased text=item.title/></span>
            </label>
            <div class="check-body">
                // Both states are built once and a tick only shows one and hides the other:
                // building the done lines (a date field among them) and tearing down the other
                // state's in the tap was the largest part of a tick's script.
                <p class="done-line" hidden=move || done_on.get().is_none()>
                    <span class="done-mark" aria-hidden="true">"✓"</span>
                    {move || done_on.get().map(|date| format!("完了：{}", date.japanese_with_era()))}
                </p>
                <p class="done-date" hidden=move || done_on.get().is_none()>
                    <label for=date_id.clone()>"完了日を変更"</label>
                    <input type="date" id=date_id prop:value=move || done_on.get().map(|date| date.iso()).unwrap_or_default() on:change=on_date/>
                </p>
                <p class="todo-line" hidden=move || done_on.get().is_some()>"未完了"</p>
                {(!earlier.is_empty()).then(|| {
                    let text = format!("前の手順の完了後：{}", earlier.join("、"));
                    move || (waiting() && done_on.get().is_none()).then(|| view! { <p class="after-hint">{text.clone()}</p> })
                })}
                <AskLine kinds=item.ask/>
                {(!item.details.is_empty()).then(|| view! {
                    <ul class="details">
                        {item.details.iter().map(|d| view! { <li><GuideText text=d/></li> }).collect_view()}
                    </ul>
                })}
                {(!item.notes.is_empty()).then(|| view! {
                    <ul class="item-notes">
                        {item.notes.iter().map(|n| view! { <li>"※"<GuideText text=n/></li> }).collect_view()}
                    </ul>
                })}
                <details class="item-memo" open=has_memo()>
                    <summary>{move || if has_memo() { "メモ（記入あり）" } else { "メモ" }}</summary>
                    <TextArea label=format!("「{}」のメモ", item.title) id=format!("memo-{}", item.id) value=memo on_input=set_memo/>
                </details>
            </div>
        </li>
    }
}
