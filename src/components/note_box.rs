//! A quiet bordered box for the guide's own notes (留意事項, ※) — visibly the guide's words.

use super::guide_text::GuideText;
use leptos::prelude::*;

#[component]
pub fn NoteBox(
    /// The box's heading, e.g. 【留意事項】.
    title: &'static str,
    notes: Vec<&'static str>,
) -> impl IntoView {
    view! {
        <section class="note-box" aria-label=title>
            <h3 class="note-title">{title}</h3>
            <ul>
                {notes.into_iter().map(|n| view! { <li><GuideText text=n/></li> }).collect_view()}
            </ul>
        </section>
    }
}
