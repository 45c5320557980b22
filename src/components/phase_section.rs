//! A phase of the guide (e.g. 1. 見積依頼・発注) with its steps as cards; on 手順 also the
//! overview's numbered parts and their flow.

use super::step_card::StepCard;
use crate::model::guide::{Phase, GUIDE};
use leptos::prelude::*;

#[component]
pub fn PhaseSection(
    phase: &'static Phase,
    /// Show the overview's parts (1-1, 1-2…) above the cards.
    #[prop(optional)]
    with_parts: bool,
) -> impl IntoView {
    let heading_id = format!("phase-{}", phase.number);
    let labelled_by = heading_id.clone();
    view! {
        <section class="phase" aria-labelledby=labelled_by>
            <h2 id=heading_id>{format!("{}. {}", phase.number, phase.title)}</h2>
            {with_parts.then(|| view! {
                <ul class="phase-parts">
                    {phase.parts.iter().map(|part| view! {
                        <li>
                            <span class="part-label">{part.label}</span>
                            " "{part.title}
                            {(!part.flow.is_empty()).then(|| view! {
                                <span class="part-flow">{format!("（{}）", part.flow.join(" → "))}</span>
                            })}
                        </li>
                    }).collect_view()}
                </ul>
            })}
            <ul class="step-cards">
                {GUIDE.steps_of_phase(phase.number).map(|step| view! { <StepCard step=step/> }).collect_view()}
            </ul>
        </section>
    }
}
