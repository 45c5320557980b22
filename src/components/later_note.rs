//! A note beside the guide's text where something changed after the guide's edition (in a step,
//! or on the vendor page). Marked and styled as the app's own note, never the guide's words; its
//! sources are listed with it.

use super::fact_source::{KindTag, SourceLink, SourceWords};
use crate::model::later::{NotePlace, LATER};
use leptos::prelude::*;

#[component]
pub fn LaterNotes(at: NotePlace) -> impl IntoView {
    LATER
        .notes_at(at)
        .enumerate()
        .map(|(i, note)| {
            view! {
                <aside class="later-note" id=format!("later-note-{i}") aria-label="その後の動き（ガイド発行後の情報）">
                    <p class="later-note-title">"その後の動き（ガイド発行後の情報・このアプリによる注記）"</p>
                    <p>{note.text}</p>
                    <SourceWords facts=note.facts.iter().filter_map(|id| LATER.fact(id)).collect()/>
                    <ul class="later-note-sources" aria-label="出典">
                        // One line per source, however many of the note's facts rest on it.
                        {LATER.sources_of(note.facts).into_iter().map(|(kind, source)| view! {
                            <li><KindTag kind=kind/>" "<SourceLink source=source/></li>
                        }).collect_view()}
                    </ul>
                    <p><a href="/later">"その後の動きをすべて見る"</a></p>
                </aside>
            }
        })
        .collect_view()
}
