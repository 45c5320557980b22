//! The tablet's side navigation (from 768 px): the main destinations and the five steps with
//! their status, beside the open screen.

use super::bottom_nav::DestinationLinks;
use crate::model::guide::GUIDE;
use crate::model::progress::step_progress;
use crate::state::use_app_state;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn SideNav() -> impl IntoView {
    let state = use_app_state();
    view! {
        <nav class="side-nav" aria-label="メニューと手順">
            <ul class="side-destinations">
                <DestinationLinks/>
            </ul>
            <p class="side-heading" id="side-steps">"手順"</p>
            <ol class="side-steps" aria-labelledby="side-steps">
                {GUIDE
                    .steps
                    .iter()
                    .map(|step| {
                        let progress = move || state.with_station(|s| step_progress(step, s));
                        view! {
                            <li>
                                <A href=format!("/steps/{}", step.number)>
                                    <span class="side-step-label">{step.label()}</span>
                                    <span class="side-step-title">{step.title}</span>
                                    <span class=move || format!("status status-{}", progress().status().key())>
                                        {move || progress().describe()}
                                    </span>
                                </A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
