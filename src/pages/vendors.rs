//! 導入支援事業者等（予定）: whom to consult, the vendor list, the package note, and where the
//! contacts are published.

use crate::browser;
use crate::components::later_note::LaterNotes;
use crate::components::portal_link::PortalLink;
use crate::components::vendor_label::VendorLabel;
use crate::model::guide::{VendorKind, GUIDE};
use crate::model::later::NotePlace;
use leptos::prelude::*;

#[component]
pub fn VendorsPage() -> impl IntoView {
    browser::set_title("導入支援事業者等（予定）");
    let vendors = &GUIDE.vendors;
    view! {
        <div class="page vendors">
            <h1 tabindex="-1">"導入支援事業者等（予定）"</h1>
            <p class="lead">{vendors.intro}</p>
            <LaterNotes at=NotePlace::Vendors/>
            <ul class="vendor-kinds">
                {VendorKind::ALL.iter().map(|k| view! {
                    <li><VendorLabel kind=*k/>" "{k.long_name()}</li>
                }).collect_view()}
            </ul>
            <section aria-labelledby="vendor-list-heading">
                <h2 id="vendor-list-heading">{vendors.list_title}</h2>
                <ul class="vendor-list">
                    {vendors.support_vendors.iter().map(|v| view! { <li>{*v}</li> }).collect_view()}
                </ul>
            </section>
            <section aria-labelledby="package-heading">
                <h2 id="package-heading">"パッケージ商品"</h2>
                <p>{vendors.package_note}</p>
            </section>
            <section aria-labelledby="contacts-heading">
                <h2 id="contacts-heading">"各社の問い合わせ先"</h2>
                <p>{vendors.contacts_note}</p>
                <PortalLink/>
            </section>
        </div>
    }
}
