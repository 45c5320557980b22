//! The phone's bottom navigation: the main destinations within one thumb's reach.
//! Hidden from 768 px, where the side navigation takes over.

use super::icons::{Icon, IconSvg};
use leptos::prelude::*;
use leptos_router::components::A;

/// The main destinations, shared with the side navigation.
pub const DESTINATIONS: [(&str, &str, Icon, bool); 4] = [
    ("/", "ホーム", Icon::Home, true),
    ("/steps", "手順", Icon::Steps, false),
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
    DESTINATIONS
        .into_iter()
        .map(|(href, label, icon, exact)| {
            view! {
                <li>
                    <A href=href exact=exact>
                        <IconSvg icon=icon/>
                        <span>{label}</span>
                    </A>
                </li>
            }
        })
        .collect_view()
}
