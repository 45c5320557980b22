//! A Japanese title that breaks between its phrases in every engine: the phrases (found by
//! `model::phrases`) joined by `<wbr>`, kept whole by `word-break: keep-all` where the engine has
//! no `auto-phrase` of its own (WebKit, Firefox). The text itself, and so the accessible name, is
//! unchanged.

use crate::model::phrases::phrases;
use leptos::prelude::*;

#[component]
pub fn Phrased(text: &'static str) -> impl IntoView {
    let parts = phrases(text);
    let last = parts.len().saturating_sub(1);
    let inner = parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| view! { {part}{(i < last).then(|| view! { <wbr/> })} })
        .collect_view();
    view! { <span class="phrased">{inner}</span> }
}
