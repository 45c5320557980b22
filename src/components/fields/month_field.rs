//! A month field (導入希望時期), shown in words and in the Japanese era beside it.

use super::follow_value;
use crate::model::date::YearMonth;
use leptos::html::Input;
use leptos::prelude::*;

#[component]
pub fn MonthField(
    /// The visible label, which is also the field's accessible name.
    label: &'static str,
    #[prop(into)] id: String,
    #[prop(into)] value: Signal<Option<YearMonth>>,
    on_change: Callback<Option<YearMonth>>,
) -> impl IntoView {
    let node = NodeRef::<Input>::new();
    let iso = Signal::derive(move || value.get().map(|m| m.iso()).unwrap_or_default());
    follow_value(node, iso);
    let words_id = format!("{id}-words");
    view! {
        <p class="field">
            <label for=id.clone()>{label}</label>
            <span class="date-row">
                <input
                    type="month"
                    id=id
                    node_ref=node
                    value=iso.get_untracked()
                    placeholder="2025-04"
                    aria-describedby=words_id.clone()
                    on:change=move |ev| on_change.run(YearMonth::parse_iso(event_target_value(&ev).trim()))
                />
                <span class="date-words num" id=words_id>{move || value.get().map(|m| m.japanese_with_era())}</span>
            </span>
        </p>
    }
}
