//! 訪問の準備: how this station checks at home (the tool the 訪問 card speaks to), whether the
//! 訪問診療等機能 is on, whether a card reader is needed, the devices registered for the app,
//! and the app's own preparation checklist — kept apart from the guide's 15 items and their
//! progress. Saved with the station like every record.

use crate::browser;
use crate::components::fact_source::{FactSources, KindTag, SourceList, SourceWords};
use crate::components::fields::date_field::DateField;
use crate::components::fields::radio_group::RadioGroup;
use crate::components::fields::text_field::TextField;
use crate::components::phrased::Phrased;
use crate::components::rows::{RowList, Rows};
use crate::model::date::Date;
use crate::model::json::Keyed;
use crate::model::visit::{VisitDevice, VisitTool, PRIVACY_LINE, VISIT};
use crate::state::use_app_state;
use leptos::prelude::*;

const TOOLS: &[(&str, &str)] = &[
    ("app", "マイナ資格確認アプリ（居宅同意取得型）"),
    ("web", "マイナ在宅受付Web"),
    ("both", "両方"),
    ("undecided", "まだ決めていない"),
];
const FUNCTION: &[(&str, &str)] = &[("yes", "設定した"), ("no", "まだ"), ("", "未確認")];
const READER: &[(&str, &str)] =
    &[("yes", "要る（NFCのない端末）"), ("no", "要らない（NFCで読める端末）"), ("", "未確認")];

pub(crate) const DEVICES: Rows<VisitDevice> = Rows { get: |s| &s.visit.devices, get_mut: |s| &mut s.visit.devices };

fn yes_no(value: Option<bool>) -> &'static str {
    match value {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    }
}

fn from_yes_no(value: &str) -> Option<bool> {
    match value {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

#[component]
pub fn VisitSetupPage() -> impl IntoView {
    browser::set_title("訪問の準備");
    let state = use_app_state();
    let tool = state.station_value(|s| s.visit.tool);
    let tool_key = Signal::derive(move || tool.get().map_or("", VisitTool::key));
    let set_tool = Callback::new(move |key: &'static str| {
        state.change_station(|s| s.visit.tool = <VisitTool as Keyed>::from_key(key))
    });
    let function = state.station_value(|s| yes_no(s.visit.visit_function));
    let set_function =
        Callback::new(move |v: &'static str| state.change_station(|s| s.visit.visit_function = from_yes_no(v)));
    let reader = state.station_value(|s| yes_no(s.visit.card_reader));
    let set_reader =
        Callback::new(move |v: &'static str| state.change_station(|s| s.visit.card_reader = from_yes_no(v)));
    let has_app = move || !matches!(tool.get(), Some(VisitTool::Web));
    view! {
        <div class="page visit-setup">
            <h1 tabindex="-1">"訪問の準備"</h1>
            <p>"この事業所が利用者宅でどう資格を確認するかを記録します。「訪問」の画面と印刷用カードは、ここで選んだ方法に合わせて表示されます。"</p>
            <p class="privacy-line">{PRIVACY_LINE}</p>
            <fieldset class="record-group">
                <legend>"確認の方法"</legend>
                <RadioGroup legend="訪問での確認に使うもの" name="visit-tool" options=TOOLS value=tool_key on_change=set_tool/>
                <RadioGroup legend="資格確認端末の「訪問診療等機能」" name="visit-function" options=FUNCTION value=function on_change=set_function/>
                <RadioGroup legend="カードリーダー" name="card-reader" options=READER value=reader on_change=set_reader/>
            </fieldset>
            {move || has_app().then(|| view! { <Devices/> })}
            <Preparation/>
            <p><a href="/visit">"訪問時の資格確認へ戻る"</a></p>
        </div>
    }
}

/// The devices registered for the マイナ資格確認アプリ.
static DEVICE_LIST: RowList = RowList {
    legend: "端末",
    add_label: "端末を追加",
    ids: |state| DEVICES.ids(state),
    add: |state| DEVICES.add(state),
    remove: |state, id| DEVICES.remove(state, id),
    fields: device_fields,
    first_field: |id| format!("device-{id}-name"),
};

#[component]
fn Devices() -> impl IntoView {
    view! {
        <section class="row-list" aria-labelledby="devices-heading">
            <h2 id="devices-heading">"アプリを登録した端末"</h2>
            // What the app is registered with, as the content says it (its kind and source).
            {VISIT.preparation.iter().find(|p| p.id == "visit.activation").and_then(|p| p.fact.as_ref()).map(|fact| view! {
                <p><KindTag kind=fact.kind/>" "{fact.text}</p>
                <SourceList facts=vec![fact]/>
            })}
            {DEVICE_LIST.view()}
        </section>
    }
}

fn device_fields(id: String) -> AnyView {
    let state = use_app_state();
    let (name, set_name) = DEVICES.field(state, id.clone(), |d| d.name.clone(), |d, v| d.name = v);
    let (registered, set_registered) =
        DEVICES.field(state, id.clone(), |d| d.registered_on, |d, v| d.registered_on = v);
    view! {
        <TextField label="端末の名前（例：訪問用タブレット1）" id=format!("device-{id}-name") value=name on_input=set_name/>
        <DateField label="登録した日" id=format!("device-{id}-registered") value=registered on_change=set_registered/>
    }
    .into_any()
}

/// The app's own preparation checklist for this station's way of checking.
#[component]
fn Preparation() -> impl IntoView {
    let state = use_app_state();
    let tool = state.station_value(|s| s.visit.tool);
    view! {
        <section class="visit-preparation" aria-labelledby="preparation-heading">
            <h2 id="preparation-heading">"準備のチェックリスト"</h2>
            <p class="records-note">"このアプリによる項目です。厚生労働省のガイドの15項目とは別で、導入の進み具合には含まれません。"</p>
            <ul class="checklist">
                {move || VISIT.preparation_for(tool.get()).map(|item| {
                    let done = state.station_value(move |s| s.visit.prepared.get(item.id).copied());
                    let on_change = move |ev: leptos::ev::Event| {
                        let checked = event_target_checked(&ev);
                        state.change_station(|s| {
                            if checked {
                                s.visit.prepared.insert(item.id.to_string(), browser::today());
                            } else {
                                s.visit.prepared.remove(item.id);
                            }
                        });
                    };
                    view! {
                        <li class="check-item" class:is-done=move || done.get().is_some() id=format!("prep-{}", item.id)>
                            <label class="check-row">
                                <input type="checkbox" prop:checked=move || done.get().is_some() on:change=on_change/>
                                <span class="check-title"><Phrased text=item.title/></span>
                            </label>
                            <div class="check-body">
                                <p class="done-line">{move || done.get().map_or_else(|| "未完了".to_string(), |d: Date| format!("完了：{}", d.japanese_with_era()))}</p>
                                {item.fact.as_ref().map(|fact| view! {
                                    <p class="prep-fact"><KindTag kind=fact.kind/>" "{fact.text}</p>
                                    <SourceWords facts=vec![fact]/>
                                    <FactSources fact=fact/>
                                })}
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
