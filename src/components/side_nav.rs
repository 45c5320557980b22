//! The tablet's side navigation (from 768 px): the main destinations and the five steps with
//! their status, beside the open screen. A station that has introduced (導入済み) sees the steps
//! without a status: 「未着手」 beside a ホーム that says 導入済み would read as a contradiction
//! (its ticks stay as they are, on each step).

use super::bottom_nav::{current, DestinationLinks};
use crate::components::phrased::Phrased;
use crate::model::guide::GUIDE;
use crate::model::progress::{is_introduced, step_progress};
use crate::model::route::Route;
use crate::navigation::use_location;
use crate::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn SideNav() -> impl IntoView {
    let state = use_app_state();
    let location = use_location();
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
                        let introduced = move || state.with_station(|s| is_introduced(&GUIDE, s));
                        let href = format!("/steps/{}", step.number);
                        let is_current = move || current(location.route.get() == Route::Step(step.number));
                        view! {
                            <li>
                                <a href=href aria-current=is_current>
                                    <span class="side-step-label">{step.label()}</span>
                                    <span class="side-step-title"><Phrased text=step.title/></span>
                                    {move || (!introduced()).then(|| view! {
                                        <span class=move || format!("status status-{}", progress().status().key())>
                                            {move || progress().describe()}
                                        </span>
                                    })}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
