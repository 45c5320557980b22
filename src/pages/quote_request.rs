//! 見積依頼メモ: the quote request for each kind of vendor, made from the records, ready to
//! copy, share or print.

use crate::browser;
use crate::model::guide::{VendorKind, GUIDE};
use crate::model::quote_request;
use crate::state::{use_app_state, Status};
use leptos::prelude::*;

#[component]
pub fn QuoteRequestPage() -> impl IntoView {
    browser::set_title("見積依頼メモ");
    view! {
        <div class="page quote-request-page">
            <h1 tabindex="-1">"見積依頼メモ"</h1>
            <p class="no-print">"STEP01 の記録から作った、見積をお願いするときの文面です。メールに貼り付けたり、印刷して渡したりできます。内容を変えるときは "<a href="/steps/1#records">"STEP01 の記録"</a>" を直してください。"</p>
            {VendorKind::ALL.iter().map(|kind| view! { <QuoteRequestSection kind=*kind/> }).collect_view()}
        </div>
    }
}

#[component]
fn QuoteRequestSection(kind: VendorKind) -> impl IntoView {
    let state = use_app_state();
    let request = Memo::new(move |_| state.with_station(|s| quote_request::write(&GUIDE, s, kind)));
    let heading_id = format!("quote-request-{}", kind.key());
    let labelled_by = heading_id.clone();
    let copy = move |_| {
        let text = request.get_untracked().full_text();
        leptos::task::spawn_local(async move {
            state.status.set(if browser::copy_text(&text).await {
                Status::Done("コピーしました。メールなどに貼り付けてください。".into())
            } else {
                Status::Failed("コピーできませんでした。文面を長押し（または選択）してコピーしてください。".into())
            });
        });
    };
    let share = move |_| {
        let request = request.get_untracked();
        leptos::task::spawn_local(async move {
            browser::share_text(&request.subject, &request.body).await;
        });
    };
    view! {
        <section class="quote-request" aria-labelledby=labelled_by>
            <h2 id=heading_id>{format!("{}あて", kind.label())}</h2>
            <p class="quote-request-subject">"件名："{move || request.get().subject}</p>
            <pre class="quote-request-text">{move || request.get().body}</pre>
            <div class="button-row no-print">
                <button type="button" class="button primary" on:click=copy>"コピー"</button>
                {browser::can_share().then(|| view! { <button type="button" class="button" on:click=share>"共有"</button> })}
                <button type="button" class="button" on:click=|_| browser::print()>"印刷"</button>
            </div>
        </section>
    }
}
