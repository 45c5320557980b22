//! Form fields bound to the saved document. Every field has a visible label that is its
//! accessible name, saves as the user types (after Japanese IME composition ends), and never
//! overwrites what the user is typing with an update from elsewhere. Every typed field goes
//! through one shell, [`text_input::TextInput`]; dates, months and choices use the browser's own
//! controls.

pub mod amount_field;
pub mod checked_field;
pub mod choice_field;
pub mod date_field;
pub mod month_field;
pub mod picker_field;
pub mod radio_group;
pub mod text_area;
pub mod text_field;
pub mod text_input;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Whether an input event is part of an IME composition (not yet committed text).
pub(crate) fn composing(ev: &leptos::ev::Event) -> bool {
    ev.dyn_ref::<web_sys::InputEvent>().is_some_and(|e| e.is_composing())
}

/// Keeps an element's value in step with `value` when it changes elsewhere (another tab, a
/// station switch), but never while the user is typing in it.
pub(crate) fn follow_value<E>(node: NodeRef<E>, value: Signal<String>)
where
    E: leptos::html::ElementType,
    E::Output: JsCast + Clone + 'static,
    NodeRef<E>: Get<Value = Option<E::Output>>,
{
    follow_value_unless(node, move || value.get(), || false);
}

/// As [`follow_value`], with the saved value as the field shows it, and not while `held`: the
/// field holds text that was refused, which stays on screen until the user fixes it.
pub(crate) fn follow_value_unless<E>(
    node: NodeRef<E>,
    shown: impl Fn() -> String + 'static,
    held: impl Fn() -> bool + 'static,
) where
    E: leptos::html::ElementType,
    E::Output: JsCast + Clone + 'static,
    NodeRef<E>: Get<Value = Option<E::Output>>,
{
    Effect::new(move || {
        let value = shown();
        let Some(element) = node.get() else { return };
        let element: web_sys::HtmlElement = element.unchecked_into();
        let focused = document().active_element().is_some_and(|a| a == *element);
        if !focused && !held() {
            write_value(&element, &value);
        }
    });
}

/// Writes `value` into a field, if it differs from what it holds.
pub(crate) fn write_value(element: &web_sys::HtmlElement, value: &str) {
    let current = js_sys::Reflect::get(element, &"value".into()).ok().and_then(|v| v.as_string());
    if current.as_deref() != Some(value) {
        let _ = js_sys::Reflect::set(element, &"value".into(), &value.into());
    }
}
