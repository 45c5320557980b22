//! STEP01 主な見積対象: one card per quote target — whom it was asked of, when, the amount —
//! and the totals per vendor and overall.

use crate::components::fields::amount_field::AmountField;
use crate::components::fields::choice_field::ChoiceField;
use crate::components::fields::date_field::DateField;
use crate::components::fields::text_area::TextArea;
use crate::components::fields::text_field::TextField;
use crate::components::phrased::Phrased;
use crate::components::vendor_label::VendorLabel;
use crate::model::date::Date;
use crate::model::guide::{QuoteTarget, Step, VendorKind, GUIDE};
use crate::model::input::yen;
use crate::model::records::Quote;
use crate::state::{use_app_state, AppState};
use leptos::prelude::*;

/// The select's value for 「その他（事業者名を入力）」.
const OTHER: &str = "other";

/// A field of one quote, and how to change it.
fn field<T: Clone + PartialEq + Send + Sync + 'static>(
    state: AppState,
    id: &'static str,
    get: fn(&Quote) -> T,
    set: fn(&mut Quote, T),
) -> (Signal<T>, Callback<T>) {
    (
        state.station_value(move |s| get(s.records.quotes.get(id).unwrap_or(&Quote::default()))),
        Callback::new(move |value: T| {
            state.change_station(|s| set(s.records.quotes.entry(id.to_string()).or_default(), value))
        }),
    )
}

#[component]
pub fn Quotes(step: &'static Step) -> impl IntoView {
    let state = use_app_state();
    let ids: Vec<&'static str> = step.quote_targets.iter().map(|q| q.id).collect();
    let totals = Memo::new(move |_| state.with_station(|s| s.records.quote_totals(&ids)));
    view! {
        <section class="quotes" aria-labelledby="quotes-heading">
            <h3 id="quotes-heading">"見積の記録"</h3>
            <ul class="quote-cards">
                {step.quote_targets.iter().map(|target| view! { <QuoteCard target=target/> }).collect_view()}
            </ul>
            <table class="totals">
                <caption>"見積の合計（税込）"</caption>
                <tbody>
                    {move || totals.get().0.into_iter().map(|(vendor, total)| view! {
                        <tr><th scope="row">{vendor}</th><td class="num">{yen(total)}</td></tr>
                    }).collect_view()}
                    <tr class="grand-total"><th scope="row">"合計"</th><td class="num">{move || yen(totals.get().1)}</td></tr>
                </tbody>
            </table>
        </section>
    }
}

#[component]
fn QuoteCard(target: &'static QuoteTarget) -> impl IntoView {
    let state = use_app_state();
    let id = target.id;
    let (vendor, set_vendor) = field(state, id, |q| q.vendor.clone(), |q, v| q.vendor = v);
    let (asked, set_asked) = field(state, id, |q| q.asked_on, |q, v: Option<Date>| q.asked_on = v);
    let (received, set_received) = field(state, id, |q| q.received_on, |q, v: Option<Date>| q.received_on = v);
    let (amount, set_amount) = field(state, id, |q| q.amount, |q, v| q.amount = v);
    let (note, set_note) = field(state, id, |q| q.note.clone(), |q, v| q.note = v);
    let field_id = |name: &str| format!("{}-{name}", id.replace('.', "-"));

    let whom = match target.ask {
        VendorKind::Support => {
            view! { <SupportVendorChoice id=field_id("vendor") vendor=vendor set_vendor=set_vendor/> }.into_any()
        }
        VendorKind::Rececon => {
            let recorded = Memo::new(move |_| state.with_station(|s| s.records.rececon.vendor.trim().to_string()));
            view! {
                <TextField label="依頼先（レセコン事業者）" id=field_id("vendor") value=vendor on_input=set_vendor/>
                {move || {
                    let recorded = recorded.get();
                    (!recorded.is_empty() && vendor.get().trim().is_empty()).then(|| {
                        let name = recorded.clone();
                        view! {
                            <p><button type="button" class="button" on:click=move |_| set_vendor.run(name.clone())>
                                {format!("記録したレセコン事業者（{recorded}）を入れる")}
                            </button></p>
                        }
                    })
                }}
            }
            .into_any()
        }
    };
    view! {
        <li class="quote-card">
            <fieldset class="record-group">
                <legend><Phrased text=target.title/></legend>
                <p class="ask-line"><span class="ask-caption">"見積依頼先"</span><VendorLabel kind=target.ask/></p>
                {whom}
                <DateField label="依頼日" id=field_id("asked") value=asked on_change=set_asked/>
                <DateField label="受領日" id=field_id("received") value=received on_change=set_received/>
                <AmountField label="金額（円・税込）" id=field_id("amount") value=amount on_change=set_amount/>
                <TextArea label="備考" id=field_id("note") value=note on_input=set_note rows=2/>
            </fieldset>
        </li>
    }
}

/// Whom a 導入支援事業者 target was asked of: one of the guide's vendors, or another typed in.
#[component]
fn SupportVendorChoice(id: String, vendor: Signal<String>, set_vendor: Callback<String>) -> impl IntoView {
    let listed = |name: &str| GUIDE.vendors.support_vendors.contains(&name);
    let other_chosen = RwSignal::new(vendor.with_untracked(|v| !v.is_empty() && !listed(v)));
    let choice = Signal::derive(move || if other_chosen.get() { OTHER.to_string() } else { vendor.get() });
    let mut options = vec![(String::new(), "選んでください".to_string())];
    options.extend(GUIDE.vendors.support_vendors.iter().map(|v| (v.to_string(), v.to_string())));
    options.push((OTHER.to_string(), "その他（事業者名を入力）".to_string()));
    let on_choose = Callback::new(move |value: String| {
        if value == OTHER {
            other_chosen.set(true);
            if vendor.with_untracked(|v| listed(v)) {
                set_vendor.run(String::new());
            }
        } else {
            other_chosen.set(false);
            set_vendor.run(value);
        }
    });
    let other_id = format!("{id}-other");
    view! {
        <ChoiceField label="依頼先（導入支援事業者）" id=id options=options value=choice on_change=on_choose/>
        <Show when=move || other_chosen.get()>
            <TextField label="依頼先の事業者名（その他）" id=other_id.clone() value=vendor on_input=set_vendor/>
        </Show>
    }
}
