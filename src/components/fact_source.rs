//! How the app shows a fact's kind (公式 / 参考 / 未確認) and its sources: each source a link that
//! opens in another tab, with the source's own date. Shared by every screen that states a fact
//! beyond the guide (その後の動き, the notes in the steps, ホーム).

use crate::model::fact::{Fact, Kind, Source};
use leptos::prelude::*;

#[component]
pub fn KindTag(kind: Kind) -> impl IntoView {
    view! { <span class=format!("fact-kind kind-{}", kind.key())>{kind.label()}</span> }
}

/// One source: its name as a link, and its date.
#[component]
pub fn SourceLink(source: &'static Source) -> impl IntoView {
    view! {
        <a href=source.url target="_blank" rel="noopener noreferrer">
            {source.name}
            <span class="visually-hidden">"（別のタブで開きます）"</span>
        </a>
        {format!("（{}）", source.date_text())}
    }
}

/// A fact's sources after 「出典：」, separated by 「／」.
#[component]
pub fn FactSources(fact: &'static Fact) -> impl IntoView {
    view! {
        <p class="fact-source">
            "出典："
            {fact.sources.iter().enumerate().map(|(i, source)| view! {
                {(i > 0).then_some("／")}
                <SourceLink source=source/>
            }).collect_view()}
        </p>
        {fact.kind.caution().map(|caution| view! { <p class="fact-caution">{caution}</p> })}
    }
}
