//! Where the data lives and how safe it is: persistent storage or not, in plain words, and the
//! iOS caveats (home-screen app and Safari keep separate data; Safari clears unused sites).

use crate::pwa::{is_ios, use_pwa};
use leptos::prelude::*;

#[component]
pub fn StorageNotice() -> impl IntoView {
    let pwa = use_pwa();
    view! {
        <p>"チェックの状態や入力した内容は、すべてこの端末（このブラウザ）の中だけに保存されます。外部に送信されることはありません。別の端末や別のブラウザとは共有されません。"</p>
        <p class="persistence">
            {move || match pwa.persisted.get() {
                Some(true) => "この端末では、データを消さずに保つ設定（永続ストレージ）になっています。それでも端末の故障などに備えて、ときどき書き出してください。",
                Some(false) => "この端末では、データを消さずに保つ設定（永続ストレージ）になっていません。空き容量が少なくなったときなどに、ブラウザがこのアプリのデータを消すことがあります。「データの管理」から、ときどき書き出して（バックアップして）ください。",
                None => "このブラウザでは、データを消さずに保つ設定（永続ストレージ）かどうかを確認できません。空き容量が少なくなったときなどにデータが消されることがあるため、「データの管理」から、ときどき書き出して（バックアップして）ください。",
            }}
        </p>
        {is_ios().then(|| view! {
            <p class="ios-note">"iPhone・iPad では、ホーム画面に追加したアプリと Safari は、それぞれ別にデータを保存します（片方で入力した内容は、もう片方には出てきません）。また Safari では、7日間使わなかったサイトのデータが消されることがあります。ホーム画面に追加したアプリで使い、ときどき書き出してください。"</p>
        })}
        <p><a href="/data">"データの管理（書き出し・読み込み）"</a></p>
    }
}
