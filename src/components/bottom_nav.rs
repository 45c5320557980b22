//! The phone's bottom navigation: the main destinations within one thumb's reach.
//! Hidden from 768 px, where the side navigation takes over.

use super::icons::{Icon, IconSvg};
use crate::model::route::link_is_current;
use crate::navigation::use_location;
use leptos::prelude::*;

/// The main destinations, shared with the side navigation.
pub const DESTINATIONS: [(&str, &str, Icon, bool); 5] = [
    ("/", "ホーム", Icon::Home, true),
    ("/steps", "手順", Icon::Steps, false),
    // In the middle, under the thumb: what a nurse opens at the patient's door.
    ("/visit", "訪問", Icon::Visit, false),
    ("/records", "記録", Icon::Records, false),
    ("/more", "その他", Icon::More, false),
];

#[component]
pub fn BottomNav() -> impl IntoView {
    view! {
        <nav class="bottom-nav" aria-label="メインメニュー">
            <ul>
                <DestinationLinks/>
            </ul>
        </nav>
    }
}

/// The main destinations as list items (the current one marked `aria-current="page"`).
#[component]
pub fn DestinationLinks() -> impl IntoView {
    let location = use_location();
    DESTINATIONS
        .into_iter()
        .map(|(href, label, icon, exact)| {
            view! {
                <li>
                    <a href=href aria-current=move || current(link_is_current(href, &location.path.read(), exact))>
                        <IconSvg icon=icon/>
                        <span>{label}</span>
                    </a>
                </li>
            }
        })
        .collect_view()
}

/// The `aria-current` value of a navigation link (none when it is not the current screen).
pub fn current(is_current: bool) -> Option<&'static str> {
    is_current.then_some("page")
}
