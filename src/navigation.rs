//! Moving between screens without reloading the page: same-origin link clicks and the back and
//! forward buttons go through the History API, and the current path, fragment and
//! [`Route`] are signals the shell renders from.
//!
//! Why not `leptos_router`: the app has fixed screens, no nested routes, loaders or parameters
//! beyond a step number, and this file plus `model::route` is a small part of what the router
//! costs in WebAssembly (ARCHITECTURE.md, "Dependencies").

use crate::model::route::Route;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Where the user is, as context ([`use_location`]).
#[derive(Clone, Copy)]
pub struct Location {
    /// The path, e.g. `/steps/2`.
    pub path: ReadSignal<String>,
    /// The fragment with its `#` (e.g. `#item-portal-account`), or empty.
    pub hash: ReadSignal<String>,
    /// The screen the path names; changes only when the screen does.
    pub route: Memo<Route>,
}

/// The current location (provided by the app shell).
pub fn use_location() -> Location {
    expect_context()
}

impl Location {
    /// Reads the address bar and starts following link clicks and history moves, for the life
    /// of the page.
    /// Follows the address; `slices` restarts the screen's slices at every move to another
    /// screen.
    pub fn start(slices: crate::slices::Slices) -> Location {
        let (path, set_path) = signal(current_path());
        let (hash, set_hash) = signal(current_hash());
        let route = Memo::new(move |_| Route::parse(&path.read()));
        let sync = move || {
            let (new_path, new_hash) = (current_path(), current_hash());
            if path.with_untracked(|p| *p != new_path) {
                // Before the new screen is built: its lower parts wait for the frames after its
                // top is painted, unless the address names a place in it.
                slices.restart(new_hash.len() > 1);
            }
            set_path.set(new_path);
            set_hash.set(new_hash);
        };
        // The handles are dropped: the listeners stay for the life of the page.
        let _ = window_event_listener(leptos::ev::popstate, move |_| sync());
        let _ = window_event_listener(leptos::ev::click, move |event| {
            let Some(link) = link_to_follow(&event) else { return };
            event.prevent_default();
            if link.same_screen {
                return;
            }
            let pushed =
                window().history().and_then(|history| history.push_state_with_url(&JsValue::NULL, "", Some(&link.url)));
            if pushed.is_ok() {
                sync();
                if link.fragment.is_empty() {
                    window().scroll_to_with_x_and_y(0.0, 0.0);
                }
            }
        });
        Location { path, hash, route }
    }
}

/// A link click the app handles itself.
struct Link {
    /// Path, query and fragment to push.
    url: String,
    fragment: String,
    /// The link points at the screen already shown (nothing to do).
    same_screen: bool,
}

/// The in-app link a click follows, if the app should handle it: a plain left click on a
/// same-origin `<a href>` that is not a download, does not open elsewhere, and is not a jump
/// within the page (those stay the browser's, e.g. the skip link).
fn link_to_follow(event: &web_sys::MouseEvent) -> Option<Link> {
    // The link first: most taps (a checkbox, a field) are on none, and each question asked of the
    // event is a call into the browser, paid by every tap.
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let anchor: web_sys::HtmlAnchorElement = target.closest("a[href]").ok()??.dyn_into().ok()?;
    if event.default_prevented()
        || event.button() != 0
        || event.meta_key()
        || event.ctrl_key()
        || event.shift_key()
        || event.alt_key()
        || anchor.has_attribute("download")
        || !matches!(anchor.target().as_str(), "" | "_self")
    {
        return None;
    }
    let location = window().location();
    if anchor.origin() != location.origin().ok()? {
        return None;
    }
    let (path, search, fragment) = (anchor.pathname(), anchor.search(), anchor.hash());
    let same_page = path == location.pathname().ok()? && search == location.search().ok()?;
    if same_page && !fragment.is_empty() {
        return None;
    }
    Some(Link { url: format!("{path}{search}{fragment}"), fragment, same_screen: same_page })
}

/// Goes to `url` as a link in the app would (the address pushed, the screen shown).
pub fn go(url: &str) {
    let pushed = window().history().and_then(|history| history.push_state_with_url(&JsValue::NULL, "", Some(url)));
    if pushed.is_ok() {
        // The app follows the address on `popstate`: tell it, as a move through history does.
        if let Ok(event) = web_sys::Event::new("popstate") {
            let _ = window().dispatch_event(&event);
        }
    }
}

fn current_path() -> String {
    window().location().pathname().unwrap_or_else(|_| "/".to_string())
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}
