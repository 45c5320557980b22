//! 訪問: what a nurse needs at the patient's door — which visits need the check, then
//! うまくいかないとき as large choices that open to what to do now, in order, then the first visit
//! and later visits — told to this station as it checks at home. Every statement with its kind,
//! an official one with its sources' words folded under it (出典の文言), and below, its sources.
//! Works offline like every screen; nothing about patients is kept.

use crate::browser;
use crate::components::contact_line::OfficialLine;
use crate::components::fact_source::{KindTag, SourceList, SourceWords};
use crate::components::phrased::Phrased;
use crate::components::stale_notice::StaleNotice;
use crate::model::contacts::lines_for;
use crate::model::fact::Fact;
use crate::model::visit::{for_station, Action, VisitTool, PRIVACY_LINE, SCOPE_ANCHOR, VISIT};
use crate::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn VisitPage() -> impl IntoView {
    browser::set_title("訪問時の資格確認");
    let state = use_app_state();
    let tool = state.station_value(|s| s.visit.tool);
    view! {
        <div class="page visit">
            <h1 tabindex="-1">"訪問時の資格確認"</h1>
            <StaleNotice today=browser::today() checked_on=VISIT.gathered_on()/>
            <p class="visit-tool">
                "この事業所の確認の方法："
                <strong>{move || tool.get().map_or("まだ設定されていません", VisitTool::label)}</strong>
                " "<a href="/visit/setup">"訪問の準備・設定"</a>
            </p>
            {move || for_station(VISIT.tool_notes, tool.get()).map(|note| view! {
                <p class="visit-note"><KindTag kind=note.fact.kind/>" "{note.fact.text}</p>
                <SourceList facts=vec![&note.fact]/>
            }).collect_view()}
            <Scope/>
            <section aria-labelledby="situations-heading">
                <h2 id="situations-heading">"うまくいかないとき"</h2>
                <ul class="situations">
                    {VISIT.situations.iter().map(|situation| {
                        view! {
                            <li>
                                <details class="situation" id=situation.id>
                                    <summary><Phrased text=situation.title/></summary>
                                    {move || view! { <Actions actions=situation.actions tool=tool.get()/> }}
                                    {lines_for(situation.id).map(|line| view! { <OfficialLine line=line/> }).collect_view()}
                                </details>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
            <section aria-labelledby="first-visit-heading">
                <h2 id="first-visit-heading">"初回の訪問"</h2>
                {move || view! { <Actions actions=VISIT.first_visit tool=tool.get()/> }}
            </section>
            <section aria-labelledby="later-visits-heading">
                <h2 id="later-visits-heading">"2回目以降の訪問（再照会）"</h2>
                {move || view! { <Actions actions=VISIT.later_visits tool=tool.get()/> }}
            </section>
            <p class="privacy-line">{PRIVACY_LINE}</p>
            <p class="visit-about">
                {format!("{}時点で出典を確かめた情報です（厚生労働省のガイドにはない、このアプリによるまとめです）。出典のリンクを開くにはインターネット接続が必要です。", VISIT.gathered_on_text())}
            </p>
            <ul class="menu-list">
                <li><a href="/visit/card">"訪問用カードを印刷する（A4・1枚）"</a></li>
                <li><a href="/visit/setup">"訪問の準備（確認の方法・端末・準備の項目）"</a></li>
                <li><a href="/contacts">"連絡先（事業所の連絡先・公的な窓口）"</a></li>
            </ul>
        </div>
    }
}

/// The actions of a list that are for the station, numbered, each with its kind; their sources
/// below in small print.
#[component]
fn Actions(actions: &'static [Action], tool: Option<VisitTool>) -> impl IntoView {
    let shown: Vec<&'static Action> = for_station(actions, tool).collect();
    let facts: Vec<&'static Fact> = shown.iter().map(|a| &a.fact).collect();
    view! {
        <ol class="visit-actions">
            {shown.into_iter().map(|action| view! {
                <li><KindTag kind=action.fact.kind/>" "{action.fact.text}<SourceWords facts=vec![&action.fact]/></li>
            }).collect_view()}
        </ol>
        <SourceList facts=facts/>
    }
}

/// 資格確認が要る訪問: the line ホーム also shows, then — folded, to keep the situations near the
/// top on a phone — the cases where a 要介護 patient's visit is 医療保険, and what is not
/// described for 介護保険, each with its kind and words.
#[component]
fn Scope() -> impl IntoView {
    let scope = &VISIT.scope;
    let facts: Vec<&'static Fact> = scope.facts.iter().collect();
    let mut all = vec![&scope.summary];
    all.extend(facts.iter().copied());
    view! {
        <section class="visit-scope" aria-labelledby="scope-heading">
            <h2 id="scope-heading">{scope.title}</h2>
            <p class="scope-summary"><KindTag kind=scope.summary.kind/>" "{scope.summary.text}</p>
            <SourceWords facts=vec![&scope.summary]/>
            <details class="scope-details" id=SCOPE_ANCHOR>
                <summary>"介護保険の方は？（医療保険の訪問になる場合）"</summary>
                <ul class="visit-actions scope-facts">
                    {facts.into_iter().map(|fact| view! {
                        <li><KindTag kind=fact.kind/>" "{fact.text}<SourceWords facts=vec![fact]/></li>
                    }).collect_view()}
                </ul>
                <SourceList facts=all/>
            </details>
        </section>
    }
}
