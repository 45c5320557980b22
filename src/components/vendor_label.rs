//! The 依頼先 label: which kind of vendor to ask, as text with a distinct mark (not colour alone).

use crate::model::guide::VendorKind;
use leptos::prelude::*;

#[component]
pub fn VendorLabel(kind: VendorKind) -> impl IntoView {
    let mark = match kind {
        VendorKind::Support => "◆",
        VendorKind::Rececon => "■",
    };
    view! {
        <span class=format!("vendor-label vendor-{}", kind.key())>
            <span aria-hidden="true">{mark}</span>
            {kind.label()}
        </span>
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
