//! STEP01 現在の利用状況の確認: the claims computer, the network line, and the desired period.

use super::text;
use crate::components::fields::month_field::MonthField;
use crate::components::fields::radio_group::RadioGroup;
use crate::components::fields::text_field::TextField;
use crate::state::use_app_state;
use leptos::prelude::*;

const PRESENT: &[(&str, &str)] = &[("yes", "あり"), ("no", "なし"), ("", "未確認")];

#[component]
pub fn CurrentSystems() -> impl IntoView {
    let state = use_app_state();
    let present = state.station_value(|s| match s.records.rececon.present {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    });
    let set_present = Callback::new(move |v: &'static str| {
        state.change_station(|s| {
            s.records.rececon.present = match v {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            }
        })
    });
    let (vendor, set_vendor) = text(state, |s| &s.records.rececon.vendor, |s| &mut s.records.rececon.vendor);
    let (product, set_product) = text(state, |s| &s.records.rececon.product, |s| &mut s.records.rececon.product);
    let (provider, set_provider) = text(state, |s| &s.records.network.provider, |s| &mut s.records.network.provider);
    let (line_type, set_line_type) =
        text(state, |s| &s.records.network.line_type, |s| &mut s.records.network.line_type);
    let (service, set_service) = text(state, |s| &s.records.network.service, |s| &mut s.records.network.service);
    let month = state.station_value(|s| s.records.desired_month);
    let set_month = Callback::new(move |m| state.change_station(|s| s.records.desired_month = m));
    view! {
        <fieldset class="record-group">
            <legend>"現在のレセコン（レセプト作成用端末・ソフト）"</legend>
            <RadioGroup legend="レセプト作成用端末・ソフトの有無" name="rececon-present" options=PRESENT value=present on_change=set_present/>
            <TextField label="レセコン事業者" id="rececon-vendor" value=vendor on_input=set_vendor/>
            <TextField label="製品名" id="rececon-product" value=product on_input=set_product/>
        </fieldset>
        <fieldset class="record-group">
            <legend>"ネットワーク回線"</legend>
            <TextField label="事業者名" id="network-provider" value=provider on_input=set_provider/>
            <TextField label="回線種別" id="network-line-type" value=line_type on_input=set_line_type/>
            <TextField label="サービス名" id="network-service" value=service on_input=set_service/>
        </fieldset>
        <MonthField label="導入希望時期" id="desired-month" value=month on_change=set_month/>
    }
}
