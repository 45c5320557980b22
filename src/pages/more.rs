//! その他: the screens that are not on the phone's bottom bar.

use crate::browser;
use crate::components::install_section::InstallSection;
use leptos::prelude::*;

#[component]
pub fn MorePage() -> impl IntoView {
    browser::set_title("その他");
    view! {
        <div class="page more">
            <h1 tabindex="-1">"その他"</h1>
            <ul class="menu-list">
                <li><a href="/contacts">"連絡先（事業所の連絡先・公的な窓口）"</a></li>
                <li><a href="/later">"その後の動き（ガイド発行後の情報）"</a></li>
                <li><a href="/vendors">"導入支援事業者等（予定）"</a></li>
                <li><a href="/stations">"事業所の管理（追加・切り替え・名前の変更・導入済み）"</a></li>
                <li><a href="/handoff">"ほかの端末に渡す（この事業所の設定を職員の端末へ）"</a></li>
                <li><a href="/receive">"ほかの端末から受け取る"</a></li>
                <li><a href="/data">"データの管理（バックアップ・読み込み・削除）"</a></li>
                <li><a href="/about">"出典・このアプリについて"</a></li>
            </ul>
            <InstallSection/>
        </div>
    }
}
