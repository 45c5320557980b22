//! The bar at the top of every screen: the app's name, the search, and the station being worked
//! on.

use super::offline_indicator::OfflineIndicator;
use super::search_box::TopSearch;
use crate::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn TopBar() -> impl IntoView {
    let state = use_app_state();
    let station_name = move || state.with_station(|s| s.display_name().to_string());
    view! {
        <header class="top-bar">
            <a class="brand" href="/">"オン資導入ナビ"</a>
            <OfflineIndicator/>
            <TopSearch/>
            <a class="current-station" href="/stations">
                <span class="visually-hidden">"作業中の事業所："</span>
                {station_name}
            </a>
        </header>
    }
}
