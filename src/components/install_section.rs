//! ホーム画面に追加: the browser's install button where it offers one, and the how-to on iOS
//! Safari (which has no such prompt). On an iPhone or iPad the home-screen app keeps its own
//! storage, apart from Safari's: where something is saved in Safari, the how-to first walks
//! through moving it (export here, add, import in the app).

use crate::pwa::{is_ios, is_standalone, use_pwa};
use crate::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn InstallSection() -> impl IntoView {
    let pwa = use_pwa();
    let state = use_app_state();
    let standalone = is_standalone();
    let ios = is_ios();
    let has_data = move || state.doc.with(|d| !d.is_unused());
    view! {
        <section aria-labelledby="install-heading">
            <h2 id="install-heading">"ホーム画面に追加"</h2>
            {move || if standalone {
                view! { <p>"ホーム画面から開いています。インターネットにつながっていなくても使えます。"</p> }.into_any()
            } else if pwa.can_install.get() {
                view! {
                    <p>"ホーム画面に追加すると、アプリのようにすぐ開けて、オフラインでも使えます。"</p>
                    <button type="button" class="button primary" on:click=move |_| pwa.prompt_install()>"ホーム画面に追加"</button>
                }.into_any()
            } else if ios {
                view! {
                    {has_data().then(|| view! {
                        <div class="move-data">
                            <p><strong>"この Safari に保存したデータは、ホーム画面に追加したアプリには引き継がれません。"</strong>"（iPhone・iPad では、アプリと Safari が別々にデータを保存します。）先に次のとおり移してください。"</p>
                            <ol>
                                <li><a href="/data">"データの管理"</a>"で「書き出す」を押し、ファイルを保存する"</li>
                                <li>"下の手順でホーム画面に追加する"</li>
                                <li>"追加したアプリを開き、ホームの「Safari のデータを読み込む」から、保存したファイルを読み込む"</li>
                            </ol>
                        </div>
                    })}
                    <p>"iPhone・iPad の Safari では、次の手順でホーム画面に追加できます。"</p>
                    <ol>
                        <li>"画面下（iPad は上）の共有ボタン（四角から矢印が出ているアイコン）をタップ"</li>
                        <li>"「ホーム画面に追加」をタップ"</li>
                        <li>"右上の「追加」をタップ"</li>
                    </ol>
                }.into_any()
            } else {
                view! { <p>"ブラウザのメニューにある「ホーム画面に追加」または「アプリをインストール」から追加できます。一度開いたあとは、オフラインでも使えます。"</p> }.into_any()
            }}
        </section>
    }
}
