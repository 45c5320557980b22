//! Line icons for the navigation, drawn inline (no icon font, no requests). Decorative: the
//! label beside each icon carries the meaning.

use leptos::prelude::*;

/// Which icon to draw.
#[derive(Clone, Copy)]
pub enum Icon {
    Home,
    Steps,
    Records,
    Visit,
    More,
}

impl Icon {
    fn path(self) -> &'static str {
        match self {
            Icon::Home => "M3 11 12 3l9 8M5 9.5V21h5v-6h4v6h5V9.5",
            Icon::Steps => "M4 6h2M4 12h2M4 18h2M9 6h11M9 12h11M9 18h11",
            Icon::Records => "M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 16h7",
            // A card with a photo and two lines: the patient's card at the door.
            Icon::Visit => "M3 6h18v12H3zM6 10h4v5H6zM13 11h5M13 14h3",
            Icon::More => "M5 12h.01M12 12h.01M19 12h.01",
        }
    }
}

#[component]
pub fn IconSvg(icon: Icon) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d=icon.path() fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}
