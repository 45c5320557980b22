//! A multi-line text field (メモ, 備考).

use super::{composing, follow_value};
use leptos::html::Textarea;
use leptos::prelude::*;

#[component]
pub fn TextArea(
    /// The visible label, which is also the field's accessible name.
    #[prop(into)]
    label: String,
    #[prop(into)] id: String,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(default = 3)] rows: u32,
) -> impl IntoView {
    let node = NodeRef::<Textarea>::new();
    follow_value(node, value);
    view! {
        <p class="field">
            <label for=id.clone()>{label}</label>
            <textarea
                id=id
                node_ref=node
                rows=rows
                prop:value=value.get_untracked()
                on:input=move |ev| if !composing(&ev) { on_input.run(event_target_value(&ev)) }
                on:compositionend=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
        </p>
    }
}
