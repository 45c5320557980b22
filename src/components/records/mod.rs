//! The records each step asks the station to keep, shown with the step they belong to.

pub mod current_systems;
pub mod installation;
pub mod orders;
pub mod quotes;
pub mod receipts;
pub mod staff_roster;
pub mod station_contact;
pub mod work_changes;

use crate::components::deferred::Deferred;
use crate::model::date::Date;
use crate::model::guide::Step;
use crate::model::station::Station;
use crate::state::AppState;
use leptos::prelude::*;

/// The records section of a step (every step has one), built in start-up slices 3–5 (see
/// `slices::Slices`): STEP01's three parts one slice each.
#[component]
pub fn StepRecords(step: &'static Step) -> impl IntoView {
    view! {
        <Deferred slice=3>
            <section class="records" id="records" aria-labelledby="records-heading">
                <h2 id="records-heading">"記録"</h2>
                <p class="records-intro">"このステップで確かめたこと・決めたことを書き留めます。入力した内容はすぐにこの端末に保存されます（すべて任意）。"</p>
                {match step.number {
                    1 => view! {
                        <station_contact::StationContact/>
                        <Deferred slice=4><current_systems::CurrentSystems/></Deferred>
                        <Deferred slice=5>
                            <quotes::Quotes step=step/>
                            <p class="doc-link"><a href="/memo">"見積依頼メモを作る（コピー・共有・印刷）"</a></p>
                        </Deferred>
                    }
                    .into_any(),
                    2 => view! { <orders::Orders/> }.into_any(),
                    3 => view! { <installation::Installation/> }.into_any(),
                    4 => view! { <staff_roster::StaffRoster/> <work_changes::WorkChanges/> }.into_any(),
                    _ => view! { <receipts::Receipts/> }.into_any(),
                }}
            </section>
        </Deferred>
    }
}

/// A text of the current station, and how to change it.
pub(crate) fn text(
    state: AppState,
    get: fn(&Station) -> &String,
    set: fn(&mut Station) -> &mut String,
) -> (Signal<String>, Callback<String>) {
    (
        state.station_value(move |s| get(s).clone()),
        Callback::new(move |value: String| state.change_station(|s| *set(s) = value)),
    )
}

/// A date of the current station, and how to change it.
pub(crate) fn date(
    state: AppState,
    get: fn(&Station) -> Option<Date>,
    set: fn(&mut Station) -> &mut Option<Date>,
) -> (Signal<Option<Date>>, Callback<Option<Date>>) {
    (state.station_value(get), Callback::new(move |value: Option<Date>| state.change_station(|s| *set(s) = value)))
}
