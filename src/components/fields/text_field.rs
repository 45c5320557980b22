//! A one-line text field (text, phone or e-mail), with an optional loose check that shows a
//! hint but never blocks saving.

use super::text_input::{FieldNote, TextInput};
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
    let note = Signal::derive(move || hint.and_then(|check| value.with(|v| check(v))).map(FieldNote::Hint));
    view! { <TextInput label=label id=id shown=value on_text=on_input note=note kind=kind autocomplete=autocomplete/> }
}
