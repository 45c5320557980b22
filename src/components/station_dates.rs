//! この事業所の期日 (on ホーム): the month the station starts online claims, and what follows
//! from it and from its records — the application deadline, the latest month to ask for quotes,
//! the certificate's renewal and expiry, the monthly claim — with the next one due first, warnings
//! in words, and 「カレンダーに追加」 for every dated item. For a station that runs it every day
//! (`daily`), the certificate's renewal and expiry come first and the month to start claims is
//! not asked.

use crate::browser;
use crate::components::fact_source::SourceShort;
use crate::components::fields::month_field::MonthField;
use crate::model::calendar;
use crate::model::date::Date;
use crate::model::guide::GUIDE;
use crate::model::later::LATER;
use crate::model::schedule::{items_on, next_due, warnings, DateKind, DatedItem};
use crate::state::{use_app_state, Status};
use leptos::prelude::*;

#[component]
pub fn StationDates(
    today: Date,
    /// The station is 導入済み: its certificate first, no month to start claims.
    #[prop(optional)]
    daily: bool,
) -> impl IntoView {
    let state = use_app_state();
    let items = Memo::new(move |_| state.with_station(|s| items_on(&GUIDE, s, today)));
    let warned = Memo::new(move |_| state.with_station(|s| warnings(s, today)));
    let month = state.station_value(|s| s.records.claims_start_month);
    let set_month = Callback::new(move |m| state.change_station(|s| s.records.claims_start_month = m));
    let has_certificate = move || items.with(|items| items.iter().any(|i| i.kind == DateKind::Certificate));
    view! {
        <section class="station-dates" aria-labelledby="dates-heading">
            <h2 id="dates-heading">"この事業所の期日"</h2>
            {move || items.with(|items| next_due(items, today).map(|item| view! {
                <p class="next-due">
                    <span class="next-due-caption">"次の期日"</span>
                    <strong class="num">{item.date_text()}</strong>
                    <span>{item.title.clone()}</span>
                    <span class="due-standing">{format!("（{}）", item.standing(today).text(item))}</span>
                </p>
            }))}
            <ul class="date-warnings">
                {move || warned.get().into_iter().map(|w| view! {
                    <li class="date-warning">
                        <p><strong>"ご注意："</strong>{w.text}</p>
                        {LATER.fact(w.fact).map(|fact| view! { <SourceShort kind=fact.kind sources=fact.sources/> })}
                    </li>
                }).collect_view()}
            </ul>
            {(!daily).then(|| view! {
                <MonthField label="オンライン請求を始める月" id="claims-start-month" value=month on_change=set_month/>
                <p class="field-help">"始める月を入れると、オンライン請求の利用申請の締切と、見積を依頼する目安が出ます。"</p>
            })}
            <ul class="worked-out-dates">
                {move || items.with(|items| {
                    let worked_out = items.iter().filter(|i| i.fact.is_some());
                    // Every day, the certificate comes first: its renewal is what keeps the checks working.
                    let (mut first, rest): (Vec<&DatedItem>, Vec<&DatedItem>) =
                        worked_out.partition(|i| daily && i.kind == DateKind::Certificate);
                    first.extend(rest);
                    first.into_iter().cloned().map(|item| view! { <WorkedOutDate item=item today=today/> }).collect_view()
                })}
            </ul>
            {move || (!has_certificate()).then(|| view! {
                <p class="field-help">"STEP03の記録に電子証明書の到着日（更新したときは更新した日）を入れると、有効期限と更新できる時期の目安が出ます。"<a href="/steps/3#records">"STEP03の記録へ"</a></p>
            })}
            <RecordedDates items=items today=today/>
            <CalendarButtons items=items daily=daily/>
            {(!daily).then(|| view! { <p class="station-links"><a href="/contacts">"この事業所の連絡先と公的な窓口"</a></p> })}
        </section>
    }
}

/// A date worked out from the sources: its day, how it stands, how it was worked out, and
/// the source it rests on.
#[component]
fn WorkedOutDate(item: DatedItem, today: Date) -> impl IntoView {
    let standing = item.standing(today);
    let fact = item.fact.and_then(|id| LATER.fact(id));
    view! {
        <li class="worked-out-date" class:passed=matches!(standing, crate::model::schedule::Standing::Passed)>
            <p class="worked-out-title">{item.title.clone()}</p>
            <p class="worked-out-day">
                <strong class="num">{item.date_text()}</strong>
                " "<span class="due-standing">{format!("（{}）", standing.text(&item))}</span>
            </p>
            <p class="worked-out-note">{item.note.clone()}</p>
            {fact.map(|fact| view! { <SourceShort kind=fact.kind sources=fact.sources/> })}
            {item.also.and_then(|id| LATER.fact(id)).map(|fact| view! {
                <p class="worked-out-note">{fact.text}</p>
                <SourceShort kind=fact.kind sources=fact.sources/>
            })}
        </li>
    }
}

/// The dates the station recorded or planned, folded away (they are in the records already).
#[component]
fn RecordedDates(items: Memo<Vec<DatedItem>>, today: Date) -> impl IntoView {
    let recorded = Memo::new(move |_| {
        items.with(|items| items.iter().filter(|i| i.kind == DateKind::Recorded).cloned().collect::<Vec<_>>())
    });
    move || {
        let list = recorded.get();
        (!list.is_empty()).then(|| {
            view! {
                <details class="recorded-dates">
                    <summary>{format!("記録・予定した日付（{}件）", list.len())}</summary>
                    <ul>
                        {list.into_iter().map(|item| {
                            let standing = item.standing(today).text(&item);
                            view! {
                                <li><span class="num">{item.date_text()}</span>" "{item.title}" "<span class="due-standing">{format!("（{standing}）")}</span></li>
                            }
                        }).collect_view()}
                    </ul>
                </details>
            }
        })
    }
}

/// 「カレンダーに追加」: one .ics file with every dated item, downloaded; where the browser can
/// share files (phones and tablets), also 「共有」 to send it through the share sheet.
#[component]
fn CalendarButtons(items: Memo<Vec<DatedItem>>, daily: bool) -> impl IntoView {
    let state = use_app_state();
    let file = move || {
        let (id, name) = state.with_station(|s| (s.id.clone(), s.display_name().to_string()));
        let text = items.with(|items| calendar::ics(&id, &name, items, &browser::utc_stamp()));
        (calendar::file_name(&id), text)
    };
    let download = move |_| {
        let (name, text) = file();
        state.status.set(match browser::download(&name, "text/calendar;charset=utf-8", &text) {
            Ok(()) => {
                Status::Done(format!("{name} を保存しました。カレンダーのアプリで開くと、期日が予定に入ります。"))
            }
            Err(e) => Status::Failed(format!("ファイルを保存できませんでした（{e}）。")),
        });
    };
    let share = move |_| {
        let (name, text) = file();
        leptos::task::spawn_local(async move {
            if browser::share_file(&name, "text/calendar", &text).await {
                state.status.set(Status::Done("カレンダー用のファイルを共有しました。".into()));
            }
        });
    };
    let empty = move || items.with(Vec::is_empty);
    view! {
        <div class="calendar-export">
            <p class="field-help">"期日と、記録・予定した日付を、カレンダーのアプリに入れられます（.ics ファイル）。同じ予定には毎回同じ識別子がつくので、入れ直しても多くのアプリでは重ならずに更新されます。"</p>
            <div class="button-row">
                <button type="button" class="button" disabled=empty on:click=download>"カレンダーに追加"</button>
                {browser::can_share_files().then(|| view! {
                    <button type="button" class="button" disabled=empty on:click=share>"共有"</button>
                })}
            </div>
            {move || empty().then(|| view! { <p class="field-help">{if daily {
                "まだ日付がありません。記録の日付（電子証明書の到着日など）を入れると追加できます。"
            } else {
                "まだ日付がありません。始める月や記録の日付を入れると追加できます。"
            }}</p> })}
        </div>
    }
}
