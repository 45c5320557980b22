//! How the app shows a fact's kind (公式 / 参考 / 未確認) and its sources: each source a link that
//! opens in another tab — in full with the source's own date, or by its short name where space
//! is short; and an official fact's 出典の文言, the words it rests on. Shared by every screen that
//! states a fact beyond the guide (その後の動き, the notes in the steps, 訪問, 連絡先, ホーム).

use crate::model::fact::{Fact, Kind, Source, Words};
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

/// 「根拠：[公式] 総合ポータルサイト オンライン請求FAQ」 — the kind and the sources' short names
/// as links, for a line that rests on a fact (ホーム's lines and dates).
#[component]
pub fn SourceShort(kind: Kind, sources: &'static [&'static Source]) -> impl IntoView {
    view! {
        <p class="fact-source">
            "根拠："<KindTag kind=kind/>" "
            {sources.iter().enumerate().map(|(i, source)| view! {
                {(i > 0).then_some("／")}
                <a href=source.url target="_blank" rel="noopener noreferrer">
                    {source.short}
                    <span class="visually-hidden">"（別のタブで開きます）"</span>
                </a>
            }).collect_view()}
        </p>
    }
}

/// 出典の文言: the words of official facts' sources that say them, folded under the statement —
/// one tap (or Enter, on the summary) opens them; each passage with its source's short name and
/// date. Nothing for facts of other kinds. Print leaves them out (the printed card is a card).
#[component]
pub fn SourceWords(facts: Vec<&'static Fact>) -> impl IntoView {
    let mut passages: Vec<&'static Words> = Vec::new();
    for words in facts.iter().flat_map(|f| f.words.iter()) {
        if !passages.iter().any(|p| p.text == words.text) {
            passages.push(words);
        }
    }
    (!passages.is_empty()).then(|| {
        view! {
            <details class="source-words">
                <summary>"出典の文言"</summary>
                {passages.into_iter().map(|words| view! {
                    <figure>
                        <blockquote cite=words.source.url>{format!("「{}」", words.text)}</blockquote>
                        <figcaption>{format!("{}（{}）", words.source.short, words.source.date_text())}</figcaption>
                    </figure>
                }).collect_view()}
            </details>
        }
    })
}

/// The sources of several facts, each once, by short name with its date, in small print under
/// what rests on them (the 訪問 card's situations).
#[component]
pub fn SourceList(facts: Vec<&'static Fact>) -> impl IntoView {
    let mut sources: Vec<&'static Source> = Vec::new();
    for source in facts.iter().flat_map(|f| f.sources.iter()) {
        if !sources.iter().any(|s| s.id == source.id) {
            sources.push(source);
        }
    }
    view! {
        <p class="fact-source">
            "出典："
            {sources.into_iter().enumerate().map(|(i, source)| view! {
                {(i > 0).then_some("／")}
                <a href=source.url target="_blank" rel="noopener noreferrer">
                    {source.short}
                    <span class="visually-hidden">"（別のタブで開きます）"</span>
                </a>
                {format!("（{}）", source.date_text())}
            }).collect_view()}
        </p>
    }
}
