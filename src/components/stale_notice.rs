//! Says, once the later facts are older than six months (by the device's date), that they may be
//! out of date, and points to the portal. Shown on その後の動き and ホーム.

use crate::components::portal_link::PortalLink;
use crate::model::date::Date;
use crate::model::later::{FRESH_MONTHS, LATER};
use leptos::prelude::*;

#[component]
pub fn StaleNotice(today: Date) -> impl IntoView {
    LATER.is_stale(today).then(|| {
        view! {
            <div class="stale-notice" role="note">
                <p>
                    <strong>"この情報は古くなっているかもしれません。"</strong>
                    {format!("出典を確かめたのは{}で、{}か月以上たっています。その後に変わったことがないか、総合ポータルサイトで確認してください。アプリの更新があれば、新しい情報に入れ替わります。", LATER.checked_on_text(), FRESH_MONTHS)}
                </p>
                <PortalLink/>
            </div>
        }
    })
}
