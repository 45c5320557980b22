//! The app shell: state and location, the bars around every screen, and the screen the address
//! names.

use crate::browser;
use crate::components::bottom_nav::BottomNav;
use crate::components::search_box::{self, SearchQuery, TOP_FIELD};
use crate::components::side_nav::SideNav;
use crate::components::start_problem_banner::StartProblemBanner;
use crate::components::status_line::StatusLine;
use crate::components::top_bar::TopBar;
use crate::components::update_banner::UpdateBanner;
use crate::model::route::Route;
use crate::navigation::Location;
use crate::pages::{
    about::AboutPage, contacts::ContactsPage, data::DataPage, handoff::HandoffPage, home::HomePage, later::LaterPage,
    more::MorePage, not_found::NotFoundPage, print::PrintPage, quote_request::QuoteRequestPage, receive::ReceivePage,
    records::RecordsPage, search::SearchPage, stations::StationsPage, step::StepPage, steps::StepsPage,
    vendors::VendorsPage, visit::VisitPage, visit_card::VisitCardPage, visit_setup::VisitSetupPage,
};
use crate::pwa::Pwa;
use crate::slices::Slices;
use crate::state::AppState;
use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::start();
    provide_context(state);
    provide_context(browser::Online(browser::online_signal()));
    let pwa = Pwa::start();
    provide_context(pwa);
    let slices = Slices::start();
    provide_context(slices);
    let location = Location::start(slices);
    provide_context(location);
    SearchQuery::provide();
    // Ask for persistent storage once the user has changed something (not on a mere visit).
    Effect::new(move |seen: Option<()>| {
        state.doc.track();
        if seen.is_some() {
            pwa.ask_persistence_once();
        }
    });

    show_screens(location.route);

    view! {
        <a class="skip-link" href="#main">"本文へ移動"</a>
        <TopBar/>
        <div class="layout">
            <SideNav/>
            <main id="main" tabindex="-1">
                <UpdateBanner/>
                <StartProblemBanner/>
                <FocusOnNavigate/>
            </main>
        </div>
        <StatusLine/>
        <BottomNav/>
    }
}

/// Shows the screen each route names at the end of `<main>`. The screen being left is taken off
/// the page in the tap but torn down (its reactive nodes disposed, its views dropped) after the
/// next paint, out of the tap: a plain `move || screen(route)` did that work in the tap, before
/// building the new screen, and a move between screens of a large station waited for it.
fn show_screens(route: Memo<Route>) {
    use leptos::tachys::view::{any_view::AnyViewState, Mountable, Render};
    // Each screen gets an owner of its own under the app's, not under the effect's: the effect's
    // owner is cleaned up before every run, which would tear the old screen down in the tap.
    let app = Owner::current().expect("App runs under an owner");
    // An effect runs first after the shell is mounted (and before the first paint), so `<main>`
    // is there to be found.
    Effect::new(move |shown: Option<Option<(Owner, AnyViewState)>>| {
        let route = route.get();
        let main = document().get_element_by_id("main")?;
        let owner = app.child();
        let mut state = untrack(|| owner.with(|| screen(route).build()));
        state.mount(&main, None);
        if let Some((old_owner, mut old_state)) = shown.flatten() {
            // Paused until it is torn down: nothing of it runs again (the next screen's first
            // slice, released before the teardown, would otherwise build its unbuilt parts).
            old_owner.pause();
            old_state.unmount();
            browser::after_paint(move || drop((old_state, old_owner)));
        }
        Some((owner, state))
    });
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
        Route::QuoteRequest => view! { <QuoteRequestPage/> }.into_any(),
        Route::Print => view! { <PrintPage/> }.into_any(),
        Route::Stations => view! { <StationsPage/> }.into_any(),
        Route::Contacts => view! { <ContactsPage/> }.into_any(),
        Route::Visit => view! { <VisitPage/> }.into_any(),
        Route::VisitSetup => view! { <VisitSetupPage/> }.into_any(),
        Route::VisitCard => view! { <VisitCardPage/> }.into_any(),
        Route::Handoff => view! { <HandoffPage/> }.into_any(),
        Route::Receive => view! { <ReceivePage/> }.into_any(),
        Route::Search => view! { <SearchPage/> }.into_any(),
        Route::NotFound => view! { <NotFoundPage/> }.into_any(),
    }
}

/// After each navigation (not the first load), moves focus to the new page's heading, or to
/// the item its `#fragment` names (opened where it is folded) — but not away from the top bar's
/// search field, whose typing opens the results.
#[component]
fn FocusOnNavigate() -> impl IntoView {
    let location = crate::navigation::use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.path.get();
        let hash = location.hash.get();
        if previous.is_some() {
            request_animation_frame(move || match hash.strip_prefix('#') {
                Some(id) if !id.is_empty() => browser::reveal(id),
                _ if browser::focused_id().as_deref() == Some(TOP_FIELD) => {}
                // The search screen starts in its field (a phone's: a tablet's is in the bar).
                _ if location.route.get_untracked() == Route::Search && search_box::focus_shown_field() => {}
                _ => browser::focus_main_heading(),
            });
        } else if let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()).map(str::to_string) {
            request_animation_frame(move || browser::reveal(&id));
        }
        path
    });
}
