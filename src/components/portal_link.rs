//! The link out to the national portal (総合ポータルサイト). It opens outside the app; offline,
//! it says that it needs a connection instead of failing silently.

use crate::browser::use_online;
use crate::model::guide::GUIDE;
use leptos::prelude::*;

#[component]
pub fn PortalLink() -> impl IntoView {
    let online = use_online();
    let vendors = &GUIDE.vendors;
    view! {
        <p class="portal-link">
            <a href=vendors.portal_url target="_blank" rel="noopener noreferrer" aria-describedby="portal-link-note">
                {vendors.portal_name}
                <span class="visually-hidden">"（別のタブで開きます）"</span>
            </a>
            <span id="portal-link-note" class=move || if online.get() { "link-note" } else { "link-note offline" }>
                {move || if online.get() {
                    "外部サイトが開きます。"
                } else {
                    "いまはオフラインのため開けません。インターネットにつながってからお試しください。"
                }}
            </span>
        </p>
    }
}
