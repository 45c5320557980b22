//! 手順: the three phases and their steps, with the overview's flow for each part.

use crate::browser;
use crate::components::phase_section::PhaseSection;
use crate::model::guide::GUIDE;
use leptos::prelude::*;

#[component]
pub fn StepsPage() -> impl IntoView {
    browser::set_title("手順");
    view! {
        <div class="page steps">
            <h1 tabindex="-1">"手順"</h1>
            <p class="lead">"導入は3つの段階、5つのステップで進めます。"</p>
            {GUIDE.phases.iter().map(|phase| view! { <PhaseSection phase=phase with_parts=true/> }).collect_view()}
            <section class="caveat" aria-label="ご注意">
                <p>{GUIDE.source.caveat}</p>
            </section>
        </div>
    }
}
