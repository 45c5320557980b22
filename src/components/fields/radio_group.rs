//! A choice among a few answers, as radio buttons in a group named by its legend.

use leptos::prelude::*;

#[component]
pub fn RadioGroup(
    /// The group's legend, which is also its accessible name.
    legend: &'static str,
    /// The radio buttons' shared name.
    name: &'static str,
    /// (value, label) pairs, in order.
    options: &'static [(&'static str, &'static str)],
    #[prop(into)] value: Signal<&'static str>,
    on_change: Callback<&'static str>,
) -> impl IntoView {
    view! {
        <fieldset class="radio-group">
            <legend>{legend}</legend>
            {options.iter().map(|(v, text)| view! {
                <label class="radio">
                    <input type="radio" name=name value=*v prop:checked=move || value.get() == *v on:change=move |_| on_change.run(v)/>
                    <span>{*text}</span>
                </label>
            }).collect_view()}
        </fieldset>
    }
}
