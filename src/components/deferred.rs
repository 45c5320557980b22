//! A part of a screen built in a later slice (see `slices::Slices`): the screen's top is on
//! screen first and the parts below it follow frame by frame, in page order, so nothing already
//! shown moves when they appear. Once built, a part stays built: the slices restarting for the
//! next screen never tear down the one being left.

use crate::slices::use_slices;
use leptos::prelude::*;

#[component]
pub fn Deferred(
    /// The slice to build in: 1 is the first after the first paint. Parts lower on the page
    /// take the same or a later slice than the parts above them.
    slice: u8,
    children: ChildrenFn,
) -> impl IntoView {
    let released = use_slices().slice(slice);
    let built = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || released.get());
    move || built.get().then(|| children())
}
