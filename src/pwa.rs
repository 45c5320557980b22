//! The installed-app side of the browser: the service worker (offline use and safe updates),
//! the install prompt, and persistent storage. Provided as context ([`Pwa`]).

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

/// What the views need to know and do.
#[derive(Clone, Copy)]
pub struct Pwa {
    /// A new version is installed and waiting for the user's 更新.
    pub update_ready: RwSignal<bool>,
    /// The browser offered installation (`beforeinstallprompt`).
    pub can_install: RwSignal<bool>,
    /// Whether storage is persistent: None until known, or where the browser cannot tell.
    pub persisted: RwSignal<Option<bool>>,
}

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    static INSTALL_EVENT: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    /// Set when the user tapped 更新, so the page reloads once the new worker takes over (and
    /// not when the first worker claims the page on a first visit).
    static RELOAD_ON_CONTROLLER_CHANGE: Cell<bool> = const { Cell::new(false) };
    static PERSIST_ASKED: Cell<bool> = const { Cell::new(false) };
}

/// How often an open app checks for a new version.
const UPDATE_CHECK_EVERY: std::time::Duration = std::time::Duration::from_secs(30 * 60);

impl Pwa {
    /// Registers the service worker and listens for updates and the install prompt.
    pub fn start() -> Pwa {
        let pwa = Pwa {
            update_ready: RwSignal::new(false),
            can_install: RwSignal::new(false),
            persisted: RwSignal::new(None),
        };
        pwa.listen_for_install_prompt();
        if has(&window().navigator(), "serviceWorker") {
            leptos::task::spawn_local(pwa.register());
        }
        if has(&window().navigator(), "storage") {
            leptos::task::spawn_local(pwa.refresh_persisted());
        }
        pwa
    }

    async fn register(self) {
        let container = window().navigator().service_worker();
        let on_controller_change = Closure::<dyn Fn()>::new(|| {
            if RELOAD_ON_CONTROLLER_CHANGE.get() {
                let _ = window().location().reload();
            }
        });
        container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
        on_controller_change.forget();

        let Ok(registration) = JsFuture::from(container.register("/sw.js")).await else { return };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        let has_controller = move || window().navigator().service_worker().controller().is_some();
        // A worker already waiting from an earlier visit.
        if registration.waiting().is_some() && has_controller() {
            self.update_ready.set(true);
        }
        let on_update_found = {
            let registration = registration.clone();
            Closure::<dyn Fn()>::new(move || {
                let Some(worker) = registration.installing() else { return };
                let watched = worker.clone();
                let on_state = Closure::<dyn Fn()>::new(move || {
                    // Installed while a controller exists: an update (not the first install).
                    if watched.state() == ServiceWorkerState::Installed && has_controller() {
                        self.update_ready.set(true);
                    }
                });
                worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
                on_state.forget();
            })
        };
        registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
        on_update_found.forget();

        let check = {
            let registration = registration.clone();
            move || {
                let _ = registration.update();
            }
        };
        let _ = set_interval_with_handle(check.clone(), UPDATE_CHECK_EVERY);
        let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Visible {
                check();
            }
        });
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
    }

    /// Activates the waiting version; the page reloads once when it has taken over. The caller
    /// saves state first.
    pub fn apply_update(&self) {
        let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|r| r.waiting()));
        match waiting {
            Some(worker) => {
                RELOAD_ON_CONTROLLER_CHANGE.set(true);
                let _ = worker.post_message(&JsValue::from_str("SKIP_WAITING"));
            }
            None => {
                let _ = window().location().reload();
            }
        }
    }

    fn listen_for_install_prompt(self) {
        let _ = window_event_listener_untyped("beforeinstallprompt", move |event| {
            // Keep the browser's own mini-infobar away; offer our button instead.
            event.prevent_default();
            INSTALL_EVENT.with(|e| *e.borrow_mut() = Some(event.into()));
            self.can_install.set(true);
        });
        let _ = window_event_listener_untyped("appinstalled", move |_| {
            INSTALL_EVENT.with(|e| *e.borrow_mut() = None);
            self.can_install.set(false);
        });
    }

    /// Shows the browser's install dialog (only after `can_install`).
    pub fn prompt_install(&self) {
        let Some(event) = INSTALL_EVENT.with(|e| e.borrow_mut().take()) else { return };
        self.can_install.set(false);
        if let Ok(prompt) = js_sys::Reflect::get(&event, &JsValue::from_str("prompt")) {
            if let Some(prompt) = prompt.dyn_ref::<js_sys::Function>() {
                let _ = prompt.call0(&event);
            }
        }
    }

    /// Asks the browser to keep this site's storage under pressure; once per page, after the
    /// first real change (browsers grant it more readily to sites the user works in).
    pub fn ask_persistence_once(&self) {
        if PERSIST_ASKED.replace(true) || !has(&window().navigator(), "storage") {
            return;
        }
        let pwa = *self;
        leptos::task::spawn_local(async move {
            if let Ok(promise) = window().navigator().storage().persist() {
                let _ = JsFuture::from(promise).await;
            }
            pwa.refresh_persisted().await;
        });
    }

    async fn refresh_persisted(self) {
        let Ok(promise) = window().navigator().storage().persisted() else { return };
        if let Ok(value) = JsFuture::from(promise).await {
            self.persisted.set(value.as_bool());
        }
    }
}

/// Whether `object` has property `name` (feature detection without throwing).
fn has(object: &JsValue, name: &str) -> bool {
    js_sys::Reflect::has(object, &JsValue::from_str(name)).unwrap_or(false)
}

/// iPhone, iPad (which may call itself a Mac with touch) or iPod.
pub fn is_ios() -> bool {
    let navigator = window().navigator();
    let agent = navigator.user_agent().unwrap_or_default();
    agent.contains("iPhone")
        || agent.contains("iPad")
        || agent.contains("iPod")
        || (agent.contains("Macintosh") && navigator.max_touch_points() > 1)
}

/// Whether the app runs from the home screen (standalone) rather than in a browser tab.
pub fn is_standalone() -> bool {
    window().match_media("(display-mode: standalone)").ok().flatten().is_some_and(|m| m.matches())
        || js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("standalone"))
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
}

pub fn use_pwa() -> Pwa {
    expect_context::<Pwa>()
}
