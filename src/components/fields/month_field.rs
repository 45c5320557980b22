//! A month field (導入希望時期), shown in words and in the Japanese era beside it.

use super::picker_field::PickerField;
use crate::model::date::YearMonth;
use leptos::prelude::*;

#[component]
pub fn MonthField(
    /// The visible label, which is also the field's accessible name.
    label: &'static str,
    #[prop(into)] id: String,
    #[prop(into)] value: Signal<Option<YearMonth>>,
    on_change: Callback<Option<YearMonth>>,
) -> impl IntoView {
    let iso = Signal::derive(move || value.get().map(|m| m.iso()).unwrap_or_default());
    let words = Signal::derive(move || value.get().map(|m| m.japanese_with_era()));
    let on_text = Callback::new(move |text: String| on_change.run(YearMonth::parse_iso(&text)));
    // Browsers without a month picker show a text box: a hint beside it gives the format.
    view! { <PickerField label=label id=id kind="month" iso=iso words=words on_change=on_text format_hint="入力の例：2025-04（年-月）"/> }
}
