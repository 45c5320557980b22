//! A one-line text field (text, phone or e-mail), with an optional loose check that shows a
//! hint but never blocks saving.

use super::{composing, follow_value};
use leptos::html::Input;
use leptos::prelude::*;

#[component]
pub fn TextField(
    /// The visible label, which is also the field's accessible name.
    label: &'static str,
    /// A unique element id.
    #[prop(into)]
    id: String,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    /// The input type: "text", "tel" or "email".
    #[prop(default = "text")]
    kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    /// A loose check: a hint to show, or None when the value looks right.
    #[prop(optional)]
    hint: Option<fn(&str) -> Option<String>>,
) -> impl IntoView {
    let node = NodeRef::<Input>::new();
    follow_value(node, value);
    let hint_id = format!("{id}-hint");
    let hint_text = Memo::new(move |_| hint.and_then(|check| value.with(|v| check(v))));
    let described_by = {
        let hint_id = hint_id.clone();
        move || hint_text.get().map(|_| hint_id.clone())
    };
    view! {
        <p class="field">
            <label for=id.clone()>{label}</label>
            <input
                type=kind
                id=id
                node_ref=node
                value=value.get_untracked()
                autocomplete=autocomplete
                aria-describedby=described_by
                on:input=move |ev| if !composing(&ev) { on_input.run(event_target_value(&ev)) }
                on:compositionend=move |ev| on_input.run(event_target_value(&ev))
            />
            {move || hint_text.get().map(|h| view! { <span class="field-hint" id=hint_id.clone()>{h}</span> })}
        </p>
    }
}
