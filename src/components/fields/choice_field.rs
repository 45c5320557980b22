//! A choice from a short list, as a drop-down (`<select>`) with a visible label.

use super::follow_value;
use leptos::html::Select;
use leptos::prelude::*;

#[component]
pub fn ChoiceField(
    /// The visible label, which is also the field's accessible name.
    label: &'static str,
    #[prop(into)] id: String,
    /// (value, text) pairs, in order.
    options: Vec<(String, String)>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    let node = NodeRef::<Select>::new();
    follow_value(node, value);
    let initial = value.get_untracked();
    view! {
        <p class="field">
            <label for=id.clone()>{label}</label>
            <select id=id node_ref=node on:change=move |ev| on_change.run(event_target_value(&ev))>
                {options.into_iter().map(|(v, text)| {
                    let selected = v == initial;
                    view! { <option value=v selected=selected>{text}</option> }
                }).collect_view()}
            </select>
        </p>
    }
}
