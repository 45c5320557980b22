//! 手順: the three phases and their steps, with the overview's flow for each part.

use crate::browser;
use crate::components::step_card::StepCard;
use crate::model::guide::GUIDE;
use leptos::prelude::*;

#[component]
pub fn StepsPage() -> impl IntoView {
    browser::set_title("手順");
    view! {
        <div class="page steps">
            <h1 tabindex="-1">"手順"</h1>
            <p class="lead">"導入は3つの段階、5つのステップで進めます。"</p>
            {GUIDE.phases.iter().map(|phase| view! {
                <section class="phase" aria-labelledby=format!("steps-phase-{}", phase.number)>
                    <h2 id=format!("steps-phase-{}", phase.number)>{format!("{}. {}", phase.number, phase.title)}</h2>
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
                    <ul class="step-cards">
                        {GUIDE.steps_of_phase(phase.number).map(|step| view! { <StepCard step=step/> }).collect_view()}
                    </ul>
                </section>
            }).collect_view()}
            <section class="caveat" aria-label="ご注意">
                <p>{GUIDE.source.caveat}</p>
            </section>
        </div>
    }
}
