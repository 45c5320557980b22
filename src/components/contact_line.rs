//! An official line (連絡先): its name, its number as a `tel:` link large enough for a thumb,
//! what it handles and its hours (a fact with its kind), and its sources. Shown on 連絡先 and
//! beside the 訪問 card's situations; a call needs a connection, the rest works offline.

use crate::components::fact_source::{KindTag, SourceList, SourceWords};
use crate::model::contacts::Line;
use leptos::prelude::*;

#[component]
pub fn OfficialLine(line: &'static Line) -> impl IntoView {
    view! {
        <div class="contact-line">
            <p class="contact-name">{line.name}</p>
            <p><a class="tel-link" href=line.phone.tel()>{line.number}</a></p>
            <p class="contact-text"><KindTag kind=line.fact.kind/>" "{line.fact.text}</p>
            <SourceWords facts=vec![&line.fact]/>
            <SourceList facts=vec![&line.fact]/>
        </div>
    }
}
