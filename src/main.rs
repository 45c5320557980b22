//! Entry point: mounts the app (the browser build only).

#[cfg(target_arch = "wasm32")]
fn main() {
    // Readable panic messages in the console for development builds only (the hook pulls in
    // formatting code the release build does without).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(onshi_navi::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("onshi-navi runs in the browser: build it with `trunk build` (see README.md).");
}
