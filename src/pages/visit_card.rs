//! 訪問用カード（印刷用）: the 訪問 screen's content for this station on one A4 page for the
//! visit bag — black on white, the station's name and tool, the first visit, later visits, every
//! situation with what to do, the station's contacts and the official lines, the sources' short
//! names and the day the facts were gathered.

use crate::browser;
use crate::components::stale_notice::stale_text;
use crate::model::contacts::{lines_for, Line};
use crate::model::fact::{Fact, Kind, Source};
use crate::model::visit::{for_station, Action, VisitTool, PRIVACY_LINE, VISIT};
use crate::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn VisitCardPage() -> impl IntoView {
    browser::set_title("訪問用カード");
    let state = use_app_state();
    let station = state.station_value(|s| s.display_name().to_string());
    let tool = state.station_value(|s| s.visit.tool);
    let contacts = state.station_value(|s| {
        s.contacts
            .iter()
            .map(|c| (c.kind.label(), c.name.clone(), c.phone().map(|p| p.display()).unwrap_or_default()))
            .collect::<Vec<_>>()
    });
    view! {
        <article class="page visit-card">
            <div class="button-row no-print">
                <button type="button" class="button primary" on:click=|_| browser::print()>"印刷"</button>
                <a class="button" href="/visit">"訪問の画面へ戻る"</a>
            </div>
            <h1 tabindex="-1">"訪問時の資格確認カード"</h1>
            <p class="card-head">
                <strong>{station}</strong>
                "　確認の方法："{move || tool.get().map_or("未設定", VisitTool::label)}
            </p>
            {VISIT.is_stale(browser::today()).then(|| view! {
                <p class="card-stale" role="note">
                    <strong>"この情報は古くなっているかもしれません。"</strong>
                    {stale_text(VISIT.gathered_on())}
                </p>
            })}
            {move || {
                let tool = tool.get();
                let mut used: Vec<&'static Fact> = Vec::new();
                // Each statement with its kind where it is not official: （参考） or （未確認）.
                let mut list = |actions: &'static [Action]| -> Vec<String> {
                    for_station(actions, tool)
                        .map(|a| {
                            used.push(&a.fact);
                            match a.fact.kind {
                                Kind::Official => a.fact.text.to_string(),
                                kind => format!("{}（{}）", a.fact.text, kind.label()),
                            }
                        })
                        .collect()
                };
                let first = list(VISIT.first_visit);
                let later = list(VISIT.later_visits);
                let situations: Vec<(&'static str, Vec<String>)> =
                    VISIT.situations.iter().filter(|s| s.on_card).map(|s| (s.title, list(s.actions))).collect();
                // The rest, by title: the card is one page.
                let elsewhere: Vec<&'static str> = VISIT.situations.iter().filter(|s| !s.on_card).map(|s| s.title).collect();
                // The official lines the situations show, with their sources.
                let mut lines: Vec<&'static Line> = Vec::new();
                for situation in VISIT.situations.iter().filter(|s| s.on_card) {
                    for line in lines_for(situation.id) {
                        if !lines.iter().any(|l| l.number == line.number) {
                            used.push(&line.fact);
                            lines.push(line);
                        }
                    }
                }
                let mut sources: Vec<&'static Source> = Vec::new();
                for source in used.iter().flat_map(|f| f.sources.iter()) {
                    if !sources.iter().any(|s| s.id == source.id) {
                        sources.push(source);
                    }
                }
                view! {
                    <div class="card-columns">
                        <section class="card-visits">
                            <h2>"初回の訪問"</h2>
                            <ol>{first.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ol>
                            <h2>"2回目以降（再照会）"</h2>
                            <ul>{later.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                        </section>
                        <section class="card-situations">
                            <h2>"うまくいかないとき"</h2>
                            {situations.into_iter().map(|(title, actions)| view! {
                                <div class="card-situation">
                                    <h3>{title}</h3>
                                    <ol>{actions.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ol>
                                </div>
                            }).collect_view()}
                            {(!elsewhere.is_empty()).then(|| view! {
                                <p class="card-elsewhere">{format!("このほか、アプリの「訪問」の画面に：{}", elsewhere.join("／"))}</p>
                            })}
                        </section>
                        <section class="card-contacts">
                            <h2>"連絡先"</h2>
                            <ul>
                                {contacts.get().into_iter().map(|(kind, name, phone)| view! { <li>{format!("{name}（{kind}） {phone}")}</li> }).collect_view()}
                                {lines.into_iter().map(|line| {
                                    let kind = match line.fact.kind { Kind::Official => String::new(), k => format!("（{}）", k.label()) };
                                    view! { <li>{format!("{} {}{kind}", line.name, line.number)}</li> }
                                }).collect_view()}
                            </ul>
                        </section>
                    </div>
                    <p class="card-sources">
                        {format!("出典（{}時点で確認）：", VISIT.gathered_on_text())}
                        {sources.iter().map(|s| s.short).collect::<Vec<_>>().join("／")}
                    </p>
                }
            }}
            <p class="card-foot">{PRIVACY_LINE}" オン資導入ナビで作成。最新の情報は総合ポータルサイトで確認してください。"</p>
        </article>
    }
}
