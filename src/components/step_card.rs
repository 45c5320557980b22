//! A step as a card: its label and title, its status in words and a progress bar; the whole
//! card is a link to the step. A station that has introduced (導入済み) sees no status: 「未着手」
//! under a ホーム that says 導入済み would read as a contradiction (its ticks stay, in the bar).

use super::progress_bar::ProgressBar;
use crate::components::phrased::Phrased;
use crate::model::guide::Step;
use crate::model::guide::GUIDE;
use crate::model::progress::{is_introduced, step_progress};
use crate::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn StepCard(step: &'static Step) -> impl IntoView {
    let state = use_app_state();
    let progress = Signal::derive(move || state.with_station(|s| step_progress(step, s)));
    let introduced = move || state.with_station(|s| is_introduced(&GUIDE, s));
    view! {
        <li class="step-card">
            <a href=format!("/steps/{}", step.number)>
                <span class="step-label">{step.label()}</span>
                <span class="step-title"><Phrased text=step.title/></span>
            </a>
            {move || (!introduced()).then(|| view! {
                <span class=move || format!("status status-{}", progress.get().status().key())>
                    {move || progress.get().describe()}
                </span>
            })}
            <ProgressBar label=format!("{}の進み具合", step.label()) progress=progress/>
        </li>
    }
}
