//! A date field (the browser's date picker), with the date shown in words and in the Japanese
//! era beside it.

use super::follow_value;
use crate::model::date::Date;
use leptos::html::Input;
use leptos::prelude::*;

#[component]
pub fn DateField(
    /// The visible label, which is also the field's accessible name.
    label: &'static str,
    #[prop(into)] id: String,
    #[prop(into)] value: Signal<Option<Date>>,
    on_change: Callback<Option<Date>>,
) -> impl IntoView {
    let node = NodeRef::<Input>::new();
    let iso = Signal::derive(move || value.get().map(|d| d.iso()).unwrap_or_default());
    follow_value(node, iso);
    let words_id = format!("{id}-words");
    view! {
        <p class="field">
            <label for=id.clone()>{label}</label>
            <span class="date-row">
                <input
                    type="date"
                    id=id
                    node_ref=node
                    value=iso.get_untracked()
                    aria-describedby=words_id.clone()
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        // The picker gives a full date or nothing (cleared).
                        on_change.run(Date::parse_iso(&text));
                    }
                />
                <span class="date-words num" id=words_id>{move || value.get().map(|d| d.era())}</span>
            </span>
        </p>
    }
}
