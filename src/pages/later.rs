//! その後の動き: what has changed since the guide's edition, by topic, each fact with its
//! source, the source's date, and whether it is official or a report.

use crate::browser;
use crate::components::fact_source::{FactKindTag, FactSource};
use crate::model::guide::GUIDE;
use crate::model::later::{FactKind, LATER};
use leptos::prelude::*;

#[component]
pub fn LaterPage() -> impl IntoView {
    browser::set_title("その後の動き");
    view! {
        <div class="page later">
            <h1 tabindex="-1">"その後の動き"</h1>
            <div class="later-intro">
                <p>{format!("このアプリの手順は{}の資料（{}）に沿っています。資料の発行後に決まったこと・変わったことを、出典とともにまとめました。手順の文言そのものは資料のままです。", GUIDE.source.publisher, GUIDE.source.edition)}</p>
                <p>{format!("{}時点でまとめた情報です。「参考（報道）」は報道などによる情報です。最新の情報は医療機関等向け総合ポータルサイトで確認してください。", LATER.compiled_on_text())}</p>
            </div>
            {LATER.topics.iter().map(|topic| view! {
                <section class="later-topic" aria-labelledby=format!("topic-{}", topic.id)>
                    <h2 id=format!("topic-{}", topic.id)>{topic.title}</h2>
                    <ul class="facts-list">
                        {LATER.facts_of(topic.id).map(|fact| view! {
                            <li class="later-fact">
                                <p class="fact-statement">
                                    <FactKindTag fact=fact/>
                                    " "{fact.statement}
                                </p>
                                <p class="fact-source">
                                    "出典："
                                    <FactSource fact=fact/>
                                </p>
                                {(fact.kind == FactKind::Report).then(|| view! {
                                    <p class="fact-caution">"報道などによる情報です。ポータルサイトで確認してください。"</p>
                                })}
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            }).collect_view()}
        </div>
    }
}
