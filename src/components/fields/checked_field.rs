//! A text field whose value must pass a check to be saved (a contact's name, its phone number):
//! otherwise a message next to it, and the last good value stays saved — the typed text stays on
//! screen until it is fixed, as with amounts.

use super::text_input::{FieldNote, TextInput};
use leptos::prelude::*;

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
    let refused = RwSignal::new(None::<&'static str>);
    let on_text = Callback::new(move |text: String| match check(&text) {
        Ok(good) => {
            refused.set(None);
            if value.with_untracked(|v| *v != good) {
                on_change.run(good);
            }
        }
        Err(message) => refused.set(Some(message)),
    });
    let note = Signal::derive(move || refused.get().map(|m| FieldNote::Refused(m.to_string())));
    let shown = Signal::derive(move || value.with(|v| show(v)));
    view! { <TextInput label=label id=id shown=shown on_text=on_text note=note kind=kind tidy_on_leave=true/> }
}
