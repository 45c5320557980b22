//! An amount in yen. Accepts half- and full-width digits and commas; anything else gets an
//! inline message and is not saved: the last good amount stays saved, and the typed text stays
//! on screen until it is fixed.

use super::follow_value_unless;
use crate::model::input::{group_digits, parse_amount};
use leptos::html::Input;
use leptos::prelude::*;

#[component]
pub fn AmountField(
    /// The visible label, which is also the field's accessible name.
    label: &'static str,
    #[prop(into)] id: String,
    #[prop(into)] value: Signal<Option<u64>>,
    on_change: Callback<Option<u64>>,
) -> impl IntoView {
    let node = NodeRef::<Input>::new();
    let error = RwSignal::new(None::<String>);
    let shown = move |v: Option<u64>| v.map(group_digits).unwrap_or_default();
    // An amount saved elsewhere (another tab) shows here unless the user is in the field or it
    // holds text that was refused.
    follow_value_unless(node, move || shown(value.get()), move || error.with_untracked(Option::is_some));
    let error_id = format!("{id}-error");
    let described_by = error_id.clone();
    let on_input = move |ev: leptos::ev::Event| match parse_amount(&event_target_value(&ev)) {
        Ok(amount) => {
            error.set(None);
            if amount != value.get_untracked() {
                on_change.run(amount);
            }
        }
        Err(message) => error.set(Some(message)),
    };
    // Leaving a good amount tidies it to 12,345.
    let on_blur = move |_| {
        if let (None, Some(input)) = (error.get_untracked(), node.get_untracked()) {
            input.set_value(&shown(value.get_untracked()));
        }
    };
    view! {
        <p class="field">
            <label for=id.clone()>{label}</label>
            <span class="amount-row">
                <input
                    type="text"
                    inputmode="numeric"
                    class="num"
                    id=id
                    node_ref=node
                    value=shown(value.get_untracked())
                    aria-invalid=move || error.get().is_some().then_some("true")
                    aria-describedby=move || error.get().is_some().then(|| described_by.clone())
                    on:input=on_input
                    on:blur=on_blur
                />
                <span aria-hidden="true">"円"</span>
            </span>
            {move || error.get().map(|m| view! {
                <span class="field-error-inline" id=error_id.clone() role="alert">{m}</span>
            })}
        </p>
    }
}
