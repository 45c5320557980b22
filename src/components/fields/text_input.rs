//! The one shell every typed field goes through — a line of text, a number, an amount, a phone
//! number, a note — so each behaves the same way:
//! - its visible label is its accessible name;
//! - it hands on the text only once it is committed: never in the middle of a Japanese IME
//!   composition (the kana typed before 変換 is not a name, an amount or a number yet);
//! - it follows the saved value when that changes elsewhere (another tab, a station switch), but
//!   never while the user is in it, nor while it holds text that was refused;
//! - what it says under itself is either a hint (the value is kept) or a refusal (the value is
//!   not saved: `aria-invalid`, the message read out at once).

use super::{composing, follow_value_unless, write_value};
use leptos::html::{Input, Textarea};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What a field says under itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldNote {
    /// Kept as typed; something may be worth checking.
    Hint(String),
    /// Not saved; says what to do. The last good value stays saved.
    Refused(String),
}

#[component]
pub fn TextInput(
    /// The visible label, which is also the field's accessible name.
    #[prop(into)]
    label: String,
    /// A unique element id.
    #[prop(into)]
    id: String,
    /// The value as the field shows it.
    #[prop(into)]
    shown: Signal<String>,
    /// The text, each time it is committed (as typed, and when an IME composition ends).
    on_text: Callback<String>,
    /// A hint or a refusal under the field.
    #[prop(optional, into)]
    note: Signal<Option<FieldNote>>,
    /// The input type: "text", "tel" or "email".
    #[prop(default = "text")]
    kind: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(default = "off")] autocomplete: &'static str,
    /// A multi-line field of this many rows (a `<textarea>`).
    #[prop(optional)]
    rows: Option<u32>,
    /// A unit shown after the field (「円」).
    #[prop(optional)]
    unit: Option<&'static str>,
    /// Leaving the field shows the value as the app writes it (12,345; 03-1234-5678), unless it
    /// holds refused text.
    #[prop(optional)]
    tidy_on_leave: bool,
    /// The value is the form's own, not saved (a name to add): the field shows it even while the
    /// user is in it — it changes only when the form sets it (cleared after 追加, a suggestion).
    #[prop(optional)]
    local: bool,
) -> impl IntoView {
    let refused = move || note.with(|n| matches!(n, Some(FieldNote::Refused(_))));
    let held = move || !local && note.with_untracked(|n| matches!(n, Some(FieldNote::Refused(_))));
    let note_id = format!("{id}-note");
    let described_by = {
        let note_id = note_id.clone();
        move || note.with(Option::is_some).then(|| note_id.clone())
    };
    let on_input = move |ev: leptos::ev::Event| {
        if !composing(&ev) {
            on_text.run(event_target_value(&ev));
        }
    };
    let on_composition_end = move |ev: leptos::ev::CompositionEvent| on_text.run(event_target_value(&ev));
    let field = match rows {
        Some(rows) => {
            let node = NodeRef::<Textarea>::new();
            follow(node, shown, held, local);
            view! {
                <textarea id=id.clone() node_ref=node rows=rows prop:value=shown.get_untracked()
                    aria-invalid=move || refused().then_some("true") aria-describedby=described_by
                    on:input=on_input on:compositionend=on_composition_end
                    on:blur=move |_| if tidy_on_leave && !held() { tidy(node, shown) }></textarea>
            }
            .into_any()
        }
        None => {
            let node = NodeRef::<Input>::new();
            follow(node, shown, held, local);
            view! {
                <input type=kind id=id.clone() node_ref=node value=shown.get_untracked() autocomplete=autocomplete
                    inputmode=inputmode class=unit.map(|_| "num")
                    aria-invalid=move || refused().then_some("true") aria-describedby=described_by
                    on:input=on_input on:compositionend=on_composition_end
                    on:blur=move |_| if tidy_on_leave && !held() { tidy(node, shown) }/>
            }
            .into_any()
        }
    };
    let field = match unit {
        Some(unit) => {
            view! { <span class="amount-row">{field}<span aria-hidden="true">{unit}</span></span> }.into_any()
        }
        None => field,
    };
    view! {
        <p class="field">
            <label for=id>{label}</label>
            {field}
            {move || note.get().map(|n| match n {
                FieldNote::Hint(text) => view! { <span class="field-hint" id=note_id.clone()>{text}</span> }.into_any(),
                FieldNote::Refused(text) => view! {
                    <span class="field-error-inline" id=note_id.clone() role="alert">{text}</span>
                }.into_any(),
            })}
        </p>
    }
}

/// Follows `shown` into the element: always for a form's own value, otherwise as
/// [`follow_value_unless`] says.
fn follow<E>(node: NodeRef<E>, shown: Signal<String>, held: impl Fn() -> bool + 'static, local: bool)
where
    E: leptos::html::ElementType,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
    NodeRef<E>: Get<Value = Option<E::Output>>,
{
    if local {
        Effect::new(move || {
            let value = shown.get();
            if let Some(element) = node.get() {
                write_value(&element.unchecked_into(), &value);
            }
        });
    } else {
        follow_value_unless(node, move || shown.get(), held);
    }
}

/// Shows the saved value as the app writes it, when the user leaves the field.
fn tidy<E>(node: NodeRef<E>, shown: Signal<String>)
where
    E: leptos::html::ElementType,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
    NodeRef<E>: Get<Value = Option<E::Output>>,
{
    if let Some(element) = node.get_untracked() {
        write_value(&element.unchecked_into(), &shown.get_untracked());
    }
}
