//! 記録: the station's records at a glance, with the way to each step's records and to the
//! documents made from them.

use crate::browser;
use crate::components::phrased::Phrased;
use crate::model::guide::GUIDE;
use crate::model::input::yen;
use crate::model::station::Station;
use crate::state::use_app_state;
use leptos::prelude::*;

/// One line per step saying what has been recorded.
fn summary(step: u8, s: &Station) -> String {
    let r = &s.records;
    match step {
        1 => {
            let ids: Vec<&str> = GUIDE.steps[0].quote_targets.iter().map(|q| q.id).collect();
            let (_, total) = r.quote_totals(&ids);
            let received = r.quotes.values().filter(|q| q.received_on.is_some() || q.amount.is_some()).count();
            format!("見積 {} / {} 件受領（合計 {}）", received, ids.len(), yen(total))
        }
        2 => {
            let ordered = r.orders.values().filter(|o| o.ordered_on.is_some()).count();
            format!("発注 {} / 2 社", ordered)
        }
        3 => match r.installation.certificate_arrived_on {
            Some(d) => format!("電子証明書 {}到着", d.japanese()),
            None => "電子証明書 未着".to_string(),
        },
        4 => format!(
            "職員への説明 {} 名、変更点 {} 件",
            r.staff.iter().filter(|m| m.briefed_on.is_some()).count(),
            r.work_changes.len()
        ),
        _ => format!("領収書 {} 枚（合計 {}）", r.receipts.len(), yen(r.receipts_total())),
    }
}

#[component]
pub fn RecordsPage() -> impl IntoView {
    browser::set_title("記録");
    let state = use_app_state();
    let station = move || state.with_station(|s| s.display_name().to_string());
    view! {
        <div class="page records-page">
            <h1 tabindex="-1">"記録と書類"</h1>
            <section aria-labelledby="station-heading">
                <h2 id="station-heading">"事業所"</h2>
                <p>"作業中の事業所："<strong>{station}</strong></p>
                <p><a href="/stations">"事業所の追加・切り替え・名前の変更"</a></p>
                <p><a href="/contacts">"この事業所の連絡先と公的な窓口"</a></p>
            </section>
            <section aria-labelledby="documents-heading">
                <h2 id="documents-heading">"書類"</h2>
                <ul class="menu-list">
                    <li><a href="/memo">"見積依頼メモ（導入支援事業者・レセコン事業者あて）"</a></li>
                    <li><a href="/print">"導入記録（印刷用）"</a></li>
                </ul>
            </section>
            <section aria-labelledby="by-step-heading">
                <h2 id="by-step-heading">"ステップごとの記録"</h2>
                <ul class="menu-list">
                    {GUIDE.steps.iter().map(|step| view! {
                        <li>
                            <a href=format!("/steps/{}#records", step.number)>
                                <span>
                                    <span class="step-label">{step.label()}</span>
                                    <span class="menu-title"><Phrased text=step.title/></span>
                                    <span class="menu-detail num">{move || state.with_station(|s| summary(step.number, s))}</span>
                                </span>
                            </a>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        </div>
    }
}
