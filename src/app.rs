//! The app shell: state and router, the bars around every screen, and the routes.

use crate::browser;
use crate::components::bottom_nav::BottomNav;
use crate::components::side_nav::SideNav;
use crate::components::start_problem_banner::StartProblemBanner;
use crate::components::status_line::StatusLine;
use crate::components::top_bar::TopBar;
use crate::components::update_banner::UpdateBanner;
use crate::pages::{
    about::AboutPage, data::DataPage, home::HomePage, later::LaterPage, memo::MemoPage, more::MorePage,
    not_found::NotFoundPage, print::PrintPage, records::RecordsPage, stations::StationsPage, step::StepPage,
    steps::StepsPage, vendors::VendorsPage,
};
use crate::pwa::Pwa;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::start();
    provide_context(state);
    provide_context(Online(browser::online_signal()));
    let pwa = Pwa::start();
    provide_context(pwa);
    // Ask for persistent storage once the user has changed something (not on a mere visit).
    Effect::new(move |seen: Option<()>| {
        state.doc.track();
        if seen.is_some() {
            pwa.ask_persistence_once();
        }
    });

    view! {
        <Router>
            <a class="skip-link" href="#main">"本文へ移動"</a>
            <TopBar/>
            <div class="layout">
                <SideNav/>
                <main id="main" tabindex="-1">
                    <UpdateBanner/>
                    <StartProblemBanner/>
                    <FocusOnNavigate/>
                    <Routes fallback=NotFoundPage>
                        <Route path=path!("/") view=HomePage/>
                        <Route path=path!("/steps") view=StepsPage/>
                        <Route path=path!("/steps/:number") view=StepPage/>
                        <Route path=path!("/vendors") view=VendorsPage/>
                        <Route path=path!("/about") view=AboutPage/>
                        <Route path=path!("/more") view=MorePage/>
                        <Route path=path!("/data") view=DataPage/>
                        <Route path=path!("/later") view=LaterPage/>
                        <Route path=path!("/records") view=RecordsPage/>
                        <Route path=path!("/memo") view=MemoPage/>
                        <Route path=path!("/print") view=PrintPage/>
                        <Route path=path!("/stations") view=StationsPage/>
                    </Routes>
                </main>
            </div>
            <StatusLine/>
            <BottomNav/>
        </Router>
    }
}

/// Whether the device is online, as context.
#[derive(Clone, Copy)]
pub struct Online(pub ReadSignal<bool>);

/// After each navigation (not the first load), moves focus to the new page's heading, or to
/// the item its `#fragment` names.
#[component]
fn FocusOnNavigate() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        let hash = location.hash.get();
        if previous.is_some() {
            request_animation_frame(move || match hash.strip_prefix('#') {
                Some(id) if !id.is_empty() => browser::scroll_to_id(id),
                _ => browser::focus_main_heading(),
            });
        } else if let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()).map(str::to_string) {
            request_animation_frame(move || browser::scroll_to_id(&id));
        }
        path
    });
}
