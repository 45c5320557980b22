//! Says, once facts are older than six months (by the device's date), that they may be out of
//! date, and points to the portal. その後の動き and ホーム show it for the later facts; 訪問 and its
//! printed card for the statements at the door, each by the day its facts were checked.

use crate::components::portal_link::PortalLink;
use crate::model::date::Date;
use crate::model::later::{is_stale, FRESH_MONTHS};
use leptos::prelude::*;

/// The notice's sentence, for facts checked on `checked_on`.
pub fn stale_text(checked_on: Date) -> String {
    format!(
        "出典を確かめたのは{}で、{}か月以上たっています。その後に変わったことがないか、総合ポータルサイトで確認してください。アプリの更新があれば、新しい情報に入れ替わります。",
        checked_on.japanese(),
        FRESH_MONTHS
    )
}

#[component]
pub fn StaleNotice(today: Date, checked_on: Date) -> impl IntoView {
    is_stale(checked_on, today).then(|| {
        view! {
            <div class="stale-notice" role="note">
                <p>
                    <strong>"この情報は古くなっているかもしれません。"</strong>
                    {stale_text(checked_on)}
                </p>
                <PortalLink/>
            </div>
        }
    })
}
