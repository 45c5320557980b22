//! A date field (the browser's date picker), with the date in the Japanese era beside it.

use super::picker_field::PickerField;
use crate::model::date::Date;
use leptos::prelude::*;

#[component]
pub fn DateField(
    /// The visible label, which is also the field's accessible name.
    label: &'static str,
    #[prop(into)] id: String,
    #[prop(into)] value: Signal<Option<Date>>,
    on_change: Callback<Option<Date>>,
) -> impl IntoView {
    let iso = Signal::derive(move || value.get().map(|d| d.iso()).unwrap_or_default());
    let words = Signal::derive(move || value.get().map(|d| d.era()));
    // The picker gives a full date or nothing (cleared).
    let on_text = Callback::new(move |text: String| on_change.run(Date::parse_iso(&text)));
    view! { <PickerField label=label id=id kind="date" iso=iso words=words on_change=on_text/> }
}
