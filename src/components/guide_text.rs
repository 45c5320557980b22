//! A sentence of the guide, exactly as written, followed by the Western dates of any era dates
//! it names (令和6年1月＝2024年1月) in a quiet aside.

use crate::model::date::western_dates;
use leptos::prelude::*;

#[component]
pub fn GuideText(text: &'static str) -> impl IntoView {
    view! {
        {text}
        {western_dates(text).map(|dates| view! { <span class="western-dates">{format!("（{dates}）")}</span> })}
    }
}
