//! STEP02 発注: when each kind of vendor was ordered from, and the planned date of their work.

use crate::components::fields::date_field::DateField;
use crate::components::phrased::Phrased;
use crate::components::vendor_label::VendorLabel;
use crate::model::date::Date;
use crate::model::guide::VendorKind;
use crate::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn Orders() -> impl IntoView {
    VendorKind::ALL.iter().map(|kind| view! { <OrderGroup kind=*kind/> }).collect_view()
}

#[component]
fn OrderGroup(kind: VendorKind) -> impl IntoView {
    let state = use_app_state();
    let get = move |f: fn(&crate::model::records::Order) -> Option<Date>| {
        state.station_value(move |s| s.records.orders.get(&kind).and_then(f))
    };
    let ordered = get(|o| o.ordered_on);
    let delivery = get(|o| o.delivery_on);
    let set_ordered =
        Callback::new(move |d| state.change_station(|s| s.records.orders.entry(kind).or_default().ordered_on = d));
    let set_delivery =
        Callback::new(move |d| state.change_station(|s| s.records.orders.entry(kind).or_default().delivery_on = d));
    let (legend, delivery_label) = match kind {
        VendorKind::Support => ("導入支援事業者への発注", "機器の搬入・セットアップ予定日"),
        VendorKind::Rececon => ("レセコン事業者への発注（ソフト改修）", "ソフト改修の予定日"),
    };
    view! {
        <fieldset class="record-group">
            <legend><Phrased text=legend/></legend>
            <p class="ask-line"><VendorLabel kind=kind/></p>
            <DateField label="発注日" id=format!("order-{}-ordered", kind.key()) value=ordered on_change=set_ordered/>
            <DateField label=delivery_label id=format!("order-{}-delivery", kind.key()) value=delivery on_change=set_delivery/>
        </fieldset>
    }
}
