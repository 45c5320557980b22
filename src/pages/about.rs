//! 出典・このアプリについて: the source and its edition, the guide's caveat, and where the data
//! lives.

use crate::browser;
use crate::components::storage_notice::StorageNotice;
use crate::model::guide::GUIDE;
use crate::model::later::LATER;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    browser::set_title("出典・このアプリについて");
    let source = &GUIDE.source;
    view! {
        <div class="page about">
            <h1 tabindex="-1">"出典・このアプリについて"</h1>
            <section aria-labelledby="source-heading">
                <h2 id="source-heading">"出典"</h2>
                <dl class="facts">
                    <dt>"資料"</dt>
                    <dd>{source.title}</dd>
                    <dt>"発行"</dt>
                    <dd>{source.publisher}</dd>
                    <dt>"版"</dt>
                    <dd>{format!("{}（{}）", source.edition, source.edition_western)}</dd>
                </dl>
                <p>"このアプリの手順・項目・注意事項の文言は、上記の資料に基づいています。資料の発行後に状況が変わっている場合があります。最新の情報は医療機関等向け総合ポータルサイトでご確認ください。"</p>
                <p>{format!("資料の発行後に決まったこと・変わったことは、出典とともに「その後の動き」にまとめています（{}時点）。", LATER.checked_on_text())}" "<a href="/later">"その後の動き"</a></p>
            </section>
            <section class="caveat" aria-labelledby="caveat-heading">
                <h2 id="caveat-heading">"ご注意"</h2>
                <p>{source.caveat}</p>
            </section>
            <section aria-labelledby="data-heading">
                <h2 id="data-heading">"データの保存について"</h2>
                <StorageNotice/>
            </section>
            <section aria-labelledby="app-heading">
                <h2 id="app-heading">"このアプリについて"</h2>
                <p>{format!("オン資導入ナビ バージョン {}", env!("CARGO_PKG_VERSION"))}</p>
                <p>"訪問看護ステーションが、オンライン資格確認・オンライン請求の導入手順を一つずつ確認しながら進めるためのアプリです。厚生労働省の公式アプリではありません。"</p>
            </section>
        </div>
    }
}
