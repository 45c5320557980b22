//! A step's checklist: its groups (e.g. 1. 総合ポータルサイトにおいて) and their items.

use super::checklist_item::ChecklistItem;
use crate::model::guide::Step;
use leptos::prelude::*;

#[component]
pub fn Checklist(step: &'static Step) -> impl IntoView {
    // The benchmark measures start-up to here: the first checklist on screen and usable.
    request_animation_frame(|| crate::browser::mark_once("onshi:checklist-interactive"));
    step.groups
        .iter()
        .map(|group| {
            view! {
                {(!group.title.is_empty()).then(|| view! { <h3 class="group-title">{group.title}</h3> })}
                <ul class="checklist">
                    {group.items.iter().map(|item| view! { <ChecklistItem item=item/> }).collect_view()}
                </ul>
            }
        })
        .collect_view()
}
