//! An amount in yen. Accepts half- and full-width digits and commas; anything else gets an
//! inline message and is not saved: the last good amount stays saved, and the typed text stays
//! on screen until it is fixed. Leaving a good amount shows it as 12,345.

use super::text_input::{FieldNote, TextInput};
use crate::model::input::{group_digits, parse_amount};
use leptos::prelude::*;

#[component]
pub fn AmountField(
    /// The visible label, which is also the field's accessible name.
    label: &'static str,
    #[prop(into)] id: String,
    #[prop(into)] value: Signal<Option<u64>>,
    on_change: Callback<Option<u64>>,
) -> impl IntoView {
    let refused = RwSignal::new(None::<String>);
    let on_text = Callback::new(move |text: String| match parse_amount(&text) {
        Ok(amount) => {
            refused.set(None);
            if amount != value.get_untracked() {
                on_change.run(amount);
            }
        }
        Err(message) => refused.set(Some(message)),
    });
    let note = Signal::derive(move || refused.get().map(FieldNote::Refused));
    let shown = Signal::derive(move || value.get().map(group_digits).unwrap_or_default());
    view! {
        <TextInput label=label id=id shown=shown on_text=on_text note=note inputmode="numeric" unit="円" tidy_on_leave=true/>
    }
}
