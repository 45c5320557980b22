//! ホーム: first where things stand today (the obligation, the subsidy, the 経過措置, as later
//! facts by the device's date) and this station's dates; then the guide's plan — what to do next,
//! overall progress, and the three phases with their steps.

use crate::browser;
use crate::components::backup_reminder::BackupReminder;
use crate::components::fact_source::SourceShort;
use crate::components::phase_section::PhaseSection;
use crate::components::phrased::Phrased;
use crate::components::progress_bar::ProgressBar;
use crate::components::stale_notice::StaleNotice;
use crate::components::station_dates::StationDates;
use crate::components::vendor_label::AskLine;
use crate::model::guide::GUIDE;
use crate::model::later::LATER;
use crate::model::progress::{next_item, overall_progress};
use crate::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    browser::set_title("ホーム");
    let state = use_app_state();
    let today = browser::today();
    let overall = Signal::derive(move || state.with_station(|s| overall_progress(&GUIDE, s)));
    let next =
        Memo::new(move |_| state.with_station(|s| next_item(&GUIDE, s).map(|(step, item)| (step.number, item.id))));

    view! {
        <div class="page home">
            <h1 tabindex="-1">"導入の進み具合"</h1>
            <FirstStartInApp/>
            <BackupReminder/>
            <StaleNotice today=today checked_on=LATER.checked_on()/>
            <TodayStatus today=today/>
            <StationDates today=today/>
            <section class="next-up" aria-labelledby="next-up-heading">
                <h2 id="next-up-heading">"次にやること"</h2>
                {move || match next.get().and_then(|(_, id)| GUIDE.item(id)) {
                    Some((step, item)) => view! {
                        <a class="next-link" href=format!("/steps/{}#item-{}", step.number, item.id)>
                            <span class="next-step">{format!("{} {}", step.label(), step.title)}</span>
                            <span class="next-item"><Phrased text=item.title/></span>
                        </a>
                        <AskLine kinds=item.ask/>
                    }.into_any(),
                    None => view! {
                        <p class="all-done">"すべての手順が完了しました。おつかれさまでした。"</p>
                    }.into_any(),
                }}
            </section>
            <section aria-labelledby="overall-heading">
                <h2 id="overall-heading">"全体の進み具合"</h2>
                <ProgressBar label="全体の進み具合" progress=overall/>
            </section>
            {GUIDE.phases.iter().map(|phase| view! { <PhaseSection phase=phase/> }).collect_view()}
            <section class="caveat" aria-label="ご注意">
                <p>{GUIDE.source.caveat}</p>
            </section>
            <section class="edition" aria-label="資料の版">
                <p>{format!("手順の出典：{}「{}」（{}）", GUIDE.source.publisher, GUIDE.source.title, GUIDE.source.edition)}" "<a href="/about">"出典・このアプリについて"</a></p>
                <p>{format!("資料の発行後に変わったことは「その後の動き」にまとめています（{}時点）。", LATER.checked_on_text())}" "<a href="/later">"その後の動き"</a></p>
            </section>
        </div>
    }
}

/// いまの状況: three short lines, each a later fact as it stands on `today`, with its sources.
#[component]
fn TodayStatus(today: crate::model::date::Date) -> impl IntoView {
    view! {
        <section class="today-status" aria-labelledby="today-heading">
            <h2 id="today-heading">{format!("いまの状況（{}時点）", LATER.checked_on_text())}</h2>
            <ul class="today-lines">
                {LATER.home.iter().filter_map(|line| LATER.fact(line.fact).map(|fact| (line, fact))).map(|(line, fact)| view! {
                    <li class="today-line">
                        <p>
                            <span class="today-label">{line.label}</span>
                            {fact.period_tag(today).map(|tag| view! { <span class="period-tag">{tag}</span>" " })}
                            {fact.text_on(today)}
                        </p>
                        <SourceShort kind=fact.kind sources=fact.sources/>
                    </li>
                }).collect_view()}
            </ul>
            <p class="today-more"><a href="/later">"その後の動きをすべて見る"</a></p>
        </section>
    }
}

/// The installed app's first start on an iPhone or iPad: what was saved in Safari is not here
/// (Apple keeps the two apart), so the way to bring it is one tap away.
#[component]
fn FirstStartInApp() -> impl IntoView {
    let state = use_app_state();
    let empty = move || state.doc.with(|d| d.clock.is_empty());
    (crate::pwa::is_standalone() && crate::pwa::is_ios()).then(|| {
        move || {
            empty().then(|| {
                view! {
                    <p class="first-start">
                        "Safari で入力していたデータは、ここには引き継がれていません。書き出したファイルがあれば、"
                        <a href="/data#import-heading">"Safari のデータを読み込む"</a>
                        "から読み込めます。"
                    </p>
                }
            })
        }
    })
}
