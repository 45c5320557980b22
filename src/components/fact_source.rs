//! A later fact's kind tag (公式 / 参考（報道）) and its source: a link that opens in another
//! tab, with the source's date. Shared by the その後の動き screen and the notes in the steps.

use crate::model::later::{source_date_text, Fact};
use leptos::prelude::*;

#[component]
pub fn FactKindTag(fact: &'static Fact) -> impl IntoView {
    view! { <span class=format!("fact-kind kind-{}", fact.kind.key())>{fact.kind.label()}</span> }
}

#[component]
pub fn FactSource(fact: &'static Fact) -> impl IntoView {
    view! {
        <a href=fact.source_url target="_blank" rel="noopener noreferrer">
            {fact.source_name}
            <span class="visually-hidden">"（別のタブで開きます）"</span>
        </a>
        {format!("（{}）", source_date_text(fact.source_date))}
    }
}
