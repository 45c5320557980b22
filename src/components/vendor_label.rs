//! The 依頼先 label: which kind of vendor to ask, as text with a distinct mark (not colour alone);
//! where the station recorded a contact of that kind (連絡先), its name leads there and its
//! number is a `tel:` link beside the label.

use crate::model::contacts::contact_for;
use crate::model::guide::VendorKind;
use crate::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn VendorLabel(kind: VendorKind) -> impl IntoView {
    let state = use_app_state();
    let contact =
        state.station_value(move |s| contact_for(&s.contacts, kind).map(|c| (c.id.clone(), c.name.clone(), c.phone())));
    let mark = match kind {
        VendorKind::Support => "◆",
        VendorKind::Rececon => "■",
    };
    view! {
        <span class=format!("vendor-label vendor-{}", kind.key())>
            <span aria-hidden="true">{mark}</span>
            {kind.label()}
        </span>
        {move || contact.get().map(|(id, name, phone)| view! {
            <span class="vendor-contact">
                " "<a href=format!("/contacts#contact-{id}")>{name}</a>
                {phone.map(|p| view! { " "<a class="tel-link" href=p.tel()>{p.display()}</a> })}
            </span>
        })}
    }
}

/// 「依頼先：◆導入支援事業者 ■レセコン事業者」
#[component]
pub fn AskLine(kinds: &'static [VendorKind]) -> impl IntoView {
    (!kinds.is_empty()).then(|| {
        view! {
            <p class="ask-line">
                <span class="ask-caption">"依頼先"</span>
                {kinds.iter().map(|k| view! { <VendorLabel kind=*k/> }).collect_view()}
            </p>
        }
    })
}
