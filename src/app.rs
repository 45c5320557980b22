//! The app shell: state and location, the bars around every screen, and the screen the address
//! names.

use crate::browser;
use crate::components::bottom_nav::BottomNav;
use crate::components::side_nav::SideNav;
use crate::components::start_problem_banner::StartProblemBanner;
use crate::components::status_line::StatusLine;
use crate::components::top_bar::TopBar;
use crate::components::update_banner::UpdateBanner;
use crate::model::route::Route;
use crate::navigation::Location;
use crate::pages::{
    about::AboutPage, contacts::ContactsPage, data::DataPage, home::HomePage, later::LaterPage, memo::MemoPage, more::MorePage,
    not_found::NotFoundPage, print::PrintPage, records::RecordsPage, stations::StationsPage, step::StepPage,
    steps::StepsPage, vendors::VendorsPage, visit::VisitPage, visit_card::VisitCardPage, visit_setup::VisitSetupPage,
};
use crate::pwa::Pwa;
use crate::state::AppState;
use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::start();
    provide_context(state);
    provide_context(Online(browser::online_signal()));
    let pwa = Pwa::start();
    provide_context(pwa);
    let start_up = browser::StartUp::start();
    provide_context(start_up);
    let location = Location::start(start_up);
    provide_context(location);
    // Ask for persistent storage once the user has changed something (not on a mere visit).
    Effect::new(move |seen: Option<()>| {
        state.doc.track();
        if seen.is_some() {
            pwa.ask_persistence_once();
        }
    });

    view! {
        <a class="skip-link" href="#main">"本文へ移動"</a>
        <TopBar/>
        <div class="layout">
            <SideNav/>
            <main id="main" tabindex="-1">
                <UpdateBanner/>
                <StartProblemBanner/>
                <FocusOnNavigate/>
                {move || screen(location.route.get())}
            </main>
        </div>
        <StatusLine/>
        <BottomNav/>
    }
}

/// The page for a route.
fn screen(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <HomePage/> }.into_any(),
        Route::Steps => view! { <StepsPage/> }.into_any(),
        Route::Step(number) => view! { <StepPage number=number/> }.into_any(),
        Route::Vendors => view! { <VendorsPage/> }.into_any(),
        Route::About => view! { <AboutPage/> }.into_any(),
        Route::More => view! { <MorePage/> }.into_any(),
        Route::Data => view! { <DataPage/> }.into_any(),
        Route::Later => view! { <LaterPage/> }.into_any(),
        Route::Records => view! { <RecordsPage/> }.into_any(),
        Route::Memo => view! { <MemoPage/> }.into_any(),
        Route::Print => view! { <PrintPage/> }.into_any(),
        Route::Stations => view! { <StationsPage/> }.into_any(),
        Route::Contacts => view! { <ContactsPage/> }.into_any(),
        Route::Visit => view! { <VisitPage/> }.into_any(),
        Route::VisitSetup => view! { <VisitSetupPage/> }.into_any(),
        Route::VisitCard => view! { <VisitCardPage/> }.into_any(),
        Route::NotFound => view! { <NotFoundPage/> }.into_any(),
    }
}

/// Whether the device is online, as context.
#[derive(Clone, Copy)]
pub struct Online(pub ReadSignal<bool>);

/// After each navigation (not the first load), moves focus to the new page's heading, or to
/// the item its `#fragment` names.
#[component]
fn FocusOnNavigate() -> impl IntoView {
    let location = crate::navigation::use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.path.get();
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
