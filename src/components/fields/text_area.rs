//! A multi-line text field (メモ, 備考).

use super::text_input::TextInput;
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
    view! { <TextInput label=label id=id shown=value on_text=on_input rows=rows/> }
}
