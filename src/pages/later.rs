//! その後の動き: what has changed since the guide's edition, by topic, each fact with its kind
//! and sources. An arrangement whose last day has passed (by the device's date) is told in the
//! past tense, tagged 「終了」 and listed below what still applies.

use crate::browser;
use crate::components::fact_source::{FactSources, KindTag, SourceWords};
use crate::components::phrased::Phrased;
use crate::components::stale_notice::StaleNotice;
use crate::model::fact::current_first;
use crate::model::guide::GUIDE;
use crate::model::later::LATER;
use leptos::prelude::*;

#[component]
pub fn LaterPage() -> impl IntoView {
    browser::set_title("その後の動き");
    let today = browser::today();
    view! {
        <div class="page later">
            <h1 tabindex="-1">"その後の動き"</h1>
            <div class="later-intro">
                <p>{format!("このアプリの手順は{}の資料（{}）に沿っています。資料の発行後に決まったこと・変わったことを、出典とともにまとめました。手順の文言そのものは資料のままです。", GUIDE.source.publisher, GUIDE.source.edition)}</p>
                <p>{format!("{}時点で出典を確かめた情報です。「公式」は国・総合ポータルサイト・自治体などの情報、「参考」は報道・団体・事業者などの情報、「未確認」は公式の情報が見つからなかったものです。最新の情報は医療機関等向け総合ポータルサイトで確認してください。", LATER.checked_on_text())}</p>
            </div>
            <StaleNotice today=today checked_on=LATER.checked_on()/>
            {LATER.topics.iter().map(|topic| view! {
                <section class="later-topic" aria-labelledby=format!("topic-{}", topic.id)>
                    <h2 id=format!("topic-{}", topic.id)><Phrased text=topic.title/></h2>
                    <ul class="facts-list">
                        {current_first(topic.facts, today).into_iter().map(|fact| {
                            let ended = fact.has_ended(today);
                            view! {
                                <li class="later-fact" class:ended=ended id=format!("fact-{}", fact.id)>
                                    <p class="fact-statement">
                                        <KindTag kind=fact.kind/>
                                        {fact.period_tag(today).map(|tag| view! { " "<span class="period-tag">{tag}</span> })}
                                        " "{fact.text_on(today)}
                                    </p>
                                    <SourceWords facts=vec![fact]/>
                                    <FactSources fact=fact/>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            }).collect_view()}
        </div>
    }
}
