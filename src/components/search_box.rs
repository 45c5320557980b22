//! 検索 in the top bar: the query (kept in memory only — never saved, never in the address: a
//! nurse may type a patient's name), the search field on a tablet's bar, the way to the search
//! screen on a phone's (the bar has no room for a field), and 「/」 to start searching from
//! anywhere there is a keyboard.

use crate::browser;
use crate::model::route::Route;
use crate::model::search::{content_entries, station_entries, Entry};
use crate::navigation::{self, use_location};
use crate::state::use_app_state;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What is being searched for, for the life of the page (back to the results keeps it), and what
/// it is searched in: everything the app says (as this station is told it, by its way of
/// checking) and what this station typed, each made in memory when first needed and again only
/// when what it is made from changes.
#[derive(Clone, Copy)]
pub struct SearchQuery {
    pub text: RwSignal<String>,
    pub content: Memo<Vec<Entry>>,
    pub typed: Memo<Vec<Entry>>,
}

impl SearchQuery {
    pub fn provide() -> SearchQuery {
        let state = use_app_state();
        let tool = state.station_value(|s| s.visit.tool);
        let query = SearchQuery {
            text: RwSignal::new(String::new()),
            content: Memo::new(move |_| content_entries(tool.get(), browser::today(), &mut browser::nfkc)),
            typed: Memo::new(move |_| state.with_station(|s| station_entries(s, browser::today(), &mut browser::nfkc))),
        };
        provide_context(query);
        // 「/」 starts a search, unless the user is typing in a field.
        let _ = window_event_listener(leptos::ev::keydown, move |event| {
            if event.key() != "/"
                || event.ctrl_key()
                || event.meta_key()
                || event.alt_key()
                || typing_in_a_field(&event)
            {
                return;
            }
            event.prevent_default();
            focus_search_field();
        });
        query
    }
}

pub fn use_search_query() -> SearchQuery {
    expect_context()
}

impl SearchQuery {
    /// Makes what is searched in, after the next paint, so that the first keystroke finds it made
    /// (called when a search field is focused and when the search screen opens).
    pub fn prepare(self) {
        set_timeout(
            move || {
                self.content.with_untracked(|_| ());
                self.typed.with_untracked(|_| ());
            },
            std::time::Duration::ZERO,
        );
    }
}

/// The id of the top bar's field (a tablet's) and of the search screen's (a phone's).
pub const TOP_FIELD: &str = "top-search";
pub const SCREEN_FIELD: &str = "search-field";

/// Whether a key went to a field the user types in (then 「/」 is a character, not a shortcut).
fn typing_in_a_field(event: &web_sys::KeyboardEvent) -> bool {
    let Some(element) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return false };
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || element.get_attribute("contenteditable").is_some_and(|v| v != "false")
}

/// Focuses the search field that is shown — the bar's, or (on a phone) the search screen's —
/// and says whether there was one.
pub fn focus_shown_field() -> bool {
    let shown = |id: &str| {
        document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            .filter(|e| e.offset_parent().is_some())
    };
    match shown(TOP_FIELD).or_else(|| shown(SCREEN_FIELD)) {
        Some(field) => field.focus().is_ok(),
        None => false,
    }
}

/// Starts a search: the field shown, or the search screen (which starts in its field).
fn focus_search_field() {
    if !focus_shown_field() {
        navigation::go("/search");
    }
}

/// The search landmark of the top bar: a field on a tablet (what is typed shows its results on
/// the search screen, the field keeping the focus), a link to the search screen on a phone.
#[component]
pub fn TopSearch() -> impl IntoView {
    let query = use_search_query();
    let location = use_location();
    let take = move |text: String| {
        query.text.set(text);
        if location.route.get_untracked() != Route::Search {
            navigation::go("/search");
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        // After an IME composition ends, as every field: the kana before 変換 is not the query.
        if super::fields::composing(&ev) {
            return;
        }
        take(event_target_value(&ev));
    };
    view! {
        <form class="top-search" role="search" aria-label="アプリ内の検索" on:submit=|ev| ev.prevent_default()>
            <label class="visually-hidden" for=TOP_FIELD>"アプリ内を検索"</label>
            <input
                type="search"
                id=TOP_FIELD
                class="top-search-field"
                placeholder="検索（/）"
                autocomplete="off"
                enterkeyhint="search"
                prop:value=move || query.text.get()
                on:focus=move |_| query.prepare()
                on:input=on_input
                on:compositionend=move |ev| take(event_target_value(&ev))
            />
            <a class="top-search-link" href="/search">
                <span aria-hidden="true">"⌕ "</span>"検索"
            </a>
        </form>
    }
}
