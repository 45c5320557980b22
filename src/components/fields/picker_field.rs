//! A browser date or month picker with its value in words beside it; shared by [`DateField`]
//! and [`MonthField`], which convert between the model's types and the picker's ISO text.
//!
//! [`DateField`]: super::date_field::DateField
//! [`MonthField`]: super::month_field::MonthField

use super::follow_value;
use leptos::html::Input;
use leptos::prelude::*;

#[component]
pub fn PickerField(
    /// The visible label, which is also the field's accessible name.
    label: &'static str,
    id: String,
    /// The input type: "date" or "month".
    kind: &'static str,
    /// The value as the picker writes it (YYYY-MM-DD or YYYY-MM), empty when none.
    iso: Signal<String>,
    /// The value in words (e.g. 令和6年1月15日), shown beside the picker.
    words: Signal<Option<String>>,
    /// Called with the picker's text when it changes (empty when cleared).
    on_change: Callback<String>,
    /// The format to type, for browsers that show a plain text box instead of a picker (shown as
    /// a hint beside the field only there: `placeholder` is not allowed on a date or month input).
    #[prop(optional)]
    format_hint: Option<&'static str>,
) -> impl IntoView {
    let node = NodeRef::<Input>::new();
    follow_value(node, iso);
    let words_id = format!("{id}-words");
    let hint = format_hint.filter(|_| !crate::browser::supports_input_type(kind));
    let hint_id = format!("{id}-format");
    let described_by = if hint.is_some() { format!("{words_id} {hint_id}") } else { words_id.clone() };
    view! {
        <p class="field">
            <label for=id.clone()>{label}</label>
            <span class="date-row">
                <input
                    type=kind
                    id=id
                    node_ref=node
                    value=iso.get_untracked()
                    aria-describedby=described_by
                    on:change=move |ev| on_change.run(event_target_value(&ev).trim().to_string())
                />
                <span class="date-words num" id=words_id>{move || words.get()}</span>
            </span>
            {hint.map(|h| view! { <span class="field-format" id=hint_id>{h}</span> })}
        </p>
    }
}
