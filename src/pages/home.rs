//! ホーム, in two forms. For a station that runs it every day (導入済み), the check at the door:
//! the station's way of checking, the situations at the door, whom to call, its dates, いまの状況.
//! For a station still introducing: where things stand today (the obligation, the subsidy, the
//! 経過措置, as later facts by the device's date) and this station's dates, then the guide's plan.

use crate::browser;
use crate::components::backup_reminder::BackupReminder;
use crate::components::deferred::Deferred;
use crate::components::fact_source::{KindTag, SourceShort};
use crate::components::phase_section::PhaseSection;
use crate::components::phrased::Phrased;
use crate::components::progress_bar::ProgressBar;
use crate::components::stale_notice::StaleNotice;
use crate::components::station_dates::StationDates;
use crate::components::vendor_label::AskLine;
use crate::model::document::Document;
use crate::model::guide::GUIDE;
use crate::model::later::LATER;
use crate::model::progress::{is_introduced, next_item, overall_progress};
use crate::model::visit::{for_station, SCOPE_ANCHOR, VISIT};
use crate::state::{use_app_state, Status};
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    browser::set_title("ホーム");
    let state = use_app_state();
    let introduced = Memo::new(move |_| state.with_station(|s| is_introduced(&GUIDE, s)));
    move || if introduced.get() { view! { <DailyHome/> }.into_any() } else { view! { <IntroducingHome/> }.into_any() }
}

/// ホーム of a station that runs it (導入済み): the check at the door first — the station's way of
/// checking, the situations of 「うまくいかないとき」 one tap away each — then whom to call, the
/// station's dates (the certificate's renewal first), いまの状況 and the backups. The introduction
/// plan stays one link away.
#[component]
fn DailyHome() -> impl IntoView {
    let state = use_app_state();
    let today = browser::today();
    let name = state.station_value(|s| s.display_name().to_string());
    let tool = state.station_value(|s| s.visit.tool);
    let contacts = state.station_value(|s| {
        s.contacts.iter().map(|c| (c.id.clone(), c.name.clone(), c.kind.label(), c.phone())).collect::<Vec<_>>()
    });
    view! {
        <div class="page home daily-home">
            <h1 tabindex="-1">"訪問のときに"</h1>
            <p class="daily-station">{name}"・導入済み"</p>
            <FirstStartInApp/>
            <StaleNotice today=today checked_on=LATER.checked_on()/>
            <section class="daily-tool" aria-labelledby="daily-tool-heading">
                <h2 id="daily-tool-heading">"この事業所の確認の方法"</h2>
                {move || match tool.get() {
                    Some(t) => view! {
                        <p class="daily-tool-name"><strong>{t.label()}</strong></p>
                        {for_station(VISIT.tool_notes, Some(t)).map(|note| view! {
                            <p><KindTag kind=note.fact.kind/>" "{note.fact.text}</p>
                        }).collect_view()}
                    }.into_any(),
                    None => view! { <p>"まだ設定されていません。「訪問の準備・設定」で選ぶと、訪問の画面がこの事業所の方法に合わせて表示されます。"</p> }.into_any(),
                }}
                <p class="daily-scope">
                    <KindTag kind=VISIT.scope.summary.kind/>" "{VISIT.scope.summary.text}" "
                    <a href=format!("/visit#{SCOPE_ANCHOR}")>"介護保険の方は？"</a>
                </p>
                <ul class="daily-links">
                    <li><a href="/visit">"訪問時の資格確認（初回・2回目以降）"</a></li>
                    <li><a href="/visit/setup">"訪問の準備・設定"</a></li>
                    <li><a href="/visit/card">"訪問用カード（印刷）"</a></li>
                </ul>
            </section>
            <section class="daily-situations" aria-labelledby="daily-situations-heading">
                <h2 id="daily-situations-heading">"うまくいかないとき"</h2>
                <ul class="situation-links">
                    {VISIT.situations.iter().map(|s| view! {
                        <li><a href=format!("/visit#{}", s.id)><Phrased text=s.title/></a></li>
                    }).collect_view()}
                </ul>
            </section>
            <section class="daily-contacts" aria-labelledby="daily-contacts-heading">
                <h2 id="daily-contacts-heading">"連絡先"</h2>
                {move || {
                    let list = contacts.get();
                    if list.is_empty() {
                        view! { <p>"この事業所の連絡先はまだありません。"</p> }.into_any()
                    } else {
                        view! {
                            <ul class="daily-contact-list">
                                {list.into_iter().map(|(id, name, kind, phone)| view! {
                                    <li>
                                        <a href=format!("/contacts#contact-{id}")>{name}</a>{format!("（{kind}）")}
                                        {phone.map(|p| view! { " "<a class="tel-link" href=p.tel()>{p.display()}</a> })}
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                }}
                <p><a href="/contacts">"連絡先（公的な窓口も）"</a></p>
            </section>
            <Deferred slice=1><StationDates today=today daily=true/></Deferred>
            <Deferred slice=2>
                <TodayStatus today=today/>
                <BackupReminder/>
                <section class="daily-plan" aria-labelledby="daily-plan-heading">
                    <h2 id="daily-plan-heading">"導入の手順と記録"</h2>
                    <p>"導入のときの手順と進み具合、記録はいつでも見られます。"</p>
                    <ul class="daily-links">
                        <li><a href="/steps">"導入の手順と進み具合"</a></li>
                        <li><a href="/handoff">"ほかの端末に渡す（職員の端末へ、この事業所の設定を）"</a></li>
                    </ul>
                </section>
            </Deferred>
        </div>
    }
}

/// ホーム of a station still introducing: where things stand today and this station's dates,
/// then the guide's plan — what to do next, overall progress, the three phases with their steps.
/// The door is one tap away here too, and a station that introduced before it had the app can say
/// so.
#[component]
fn IntroducingHome() -> impl IntoView {
    let state = use_app_state();
    let today = browser::today();
    let overall = Signal::derive(move || state.with_station(|s| overall_progress(&GUIDE, s)));
    let next =
        Memo::new(move |_| state.with_station(|s| next_item(&GUIDE, s).map(|(step, item)| (step.number, item.id))));
    let unused = move || state.doc.with(Document::is_unused);

    view! {
        <div class="page home">
            <h1 tabindex="-1">"導入の進み具合"</h1>
            <FirstStartInApp/>
            {move || unused().then(|| view! {
                <p class="first-device">
                    "事業所の設定（名前・訪問での確認の方法・連絡先）は、管理者の端末から受け取れます："
                    <a href="/receive">"ほかの端末から受け取る"</a>
                </p>
            })}
            <p class="door-link"><a href="/visit">"訪問時の資格確認（利用者宅で）"</a></p>
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
            <AlreadyIntroduced/>
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

/// A station that introduced before it had the app says so, and its ホーム leads with the door.
/// One button; 事業所の管理 takes it back.
#[component]
fn AlreadyIntroduced() -> impl IntoView {
    let state = use_app_state();
    view! {
        <section class="already-introduced" aria-labelledby="already-introduced-heading">
            <h2 id="already-introduced-heading">"すでに導入済みですか？"</h2>
            <p>"この事業所がすでにオンライン資格確認とオンライン請求を使っているなら、導入済みにしてください。ホームが訪問のための画面になります。手順と記録はそのまま残り、「事業所の管理」でいつでも戻せます。"</p>
            <button type="button" class="button" on:click=move |_| {
                state.change_station(|s| s.introduced = true);
                state.status.set(Status::Done("導入済みにしました。戻すときは「事業所の管理」で。".into()));
            }>"導入済みにする"</button>
        </section>
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
    let empty = move || state.doc.with(Document::is_unused);
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
