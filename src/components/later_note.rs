//! A note beside a step's guide text where something changed after the guide's edition. Marked
//! and styled as the app's own note, never the guide's words; its sources are listed with it.

use super::fact_source::{FactKindTag, FactSource};
use crate::model::later::LATER;
use leptos::prelude::*;

#[component]
pub fn LaterNotes(step: u8) -> impl IntoView {
    LATER
        .notes_for_step(step)
        .map(|note| {
            // One line per source, however many of its facts the note rests on.
            let mut sources: Vec<&'static crate::model::later::Fact> = Vec::new();
            for fact in note.facts.iter().filter_map(|id| LATER.fact(id)) {
                if !sources.iter().any(|s| s.source_url == fact.source_url) {
                    sources.push(fact);
                }
            }
            view! {
                <aside class="later-note" aria-label="その後の動き（ガイド発行後の情報）">
                    <p class="later-note-title">"その後の動き（ガイド発行後の情報・このアプリによる注記）"</p>
                    <p>{note.text}</p>
                    <ul class="later-note-sources">
                        {sources.into_iter().map(|fact| view! {
                            <li>
                                <FactKindTag fact=fact/>" "
                                <FactSource fact=fact/>
                            </li>
                        }).collect_view()}
                    </ul>
                    <p><a href="/later">"その後の動きをすべて見る"</a></p>
                </aside>
            }
        })
        .collect_view()
}
