//! A text field whose value must pass a check to be saved (a contact's name, its phone number):
//! otherwise a message next to it, and the last good value stays saved — the typed text stays on
//! screen until it is fixed, as with amounts.

use super::follow_value_unless;
use leptos::html::Input;
use leptos::prelude::*;

/// A text field whose value must pass `check` to be saved: otherwise a message next to it, and
/// the last good value stays saved (the typed text stays on screen until it is fixed).
#[component]
pub fn CheckedField(
    /// The visible label, which is also the field's accessible name.
    label: &'static str,
    id: String,
    value: Signal<String>,
    on_change: Callback<String>,
    check: fn(&str) -> Result<String, &'static str>,
    /// The saved value as shown in the field.
    show: fn(&str) -> String,
    #[prop(default = "text")] kind: &'static str,
) -> impl IntoView {
    let error = RwSignal::new(None::<&'static str>);
    let node = NodeRef::<Input>::new();
    // A value saved elsewhere (another tab) shows here, unless the user is in the field or it
    // holds text that was refused.
    follow_value_unless(node, move || show(&value.get()), move || error.with_untracked(Option::is_some));
    let error_id = format!("{id}-error");
    let described_by = error_id.clone();
    view! {
        <p class="field">
            <label for=id.clone()>{label}</label>
            <input
                type=kind
                id=id
                node_ref=node
                value=show(&value.get_untracked())
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=move || error.get().is_some().then(|| described_by.clone())
                on:input=move |ev| match check(&event_target_value(&ev)) {
                    Ok(good) => {
                        error.set(None);
                        if value.with_untracked(|v| *v != good) {
                            on_change.run(good);
                        }
                    }
                    Err(message) => error.set(Some(message)),
                }
            />
            {move || error.get().map(|m| view! { <span class="field-error-inline" id=error_id.clone() role="alert">{m}</span> })}
        </p>
    }
}
