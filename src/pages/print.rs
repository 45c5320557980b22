//! 導入記録（印刷用）: the whole procedure for the current station on A4 — ticks with dates,
//! memos, records, quotes and receipts with totals, the staff roster. No navigation in print.

use crate::browser;
use crate::components::deferred::Deferred;
use crate::model::guide::GUIDE;
use crate::model::report::{report_head, step_report, Block, ReportStep};
use crate::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn PrintPage() -> impl IntoView {
    browser::set_title("導入記録");
    let state = use_app_state();
    let head = Memo::new(move |_| state.with_station(|s| report_head(&GUIDE, s, browser::today())));
    let done = crate::slices::use_slices().done();
    view! {
        // The title in the tap; after the first paint the head with the dates and contacts, then
        // the five steps, one slice each, each worked out in its own slice: a large station's
        // record is too much for one task. Busy until built.
        <article class="page print-page" aria-busy=move || (!done.get()).then_some("true")>
            <div class="button-row no-print">
                <button type="button" class="button primary" on:click=|_| browser::print()>"印刷"</button>
            </div>
            <h1 tabindex="-1">"導入記録"</h1>
            <Deferred slice=1>
                {move || head.with(|r| view! {
                    <dl class="facts report-head">
                        <dt>"事業所"</dt><dd>{r.station.clone()}</dd>
                        <dt>"作成日"</dt><dd>{r.made_on.clone()}</dd>
                        <dt>"手順の出典"</dt><dd>{r.source.clone()}</dd>
                    </dl>
                    <section class="report-step report-dates">
                        <h2>"この事業所の期日と予定"</h2>
                        {r.date_warnings.iter().map(|w| view! { <p class="date-warning">{format!("ご注意：{w}")}</p> }).collect_view()}
                        <table class="report-table">
                            <caption>"期日・目安・記録した日付（作成日時点）"</caption>
                            <thead><tr><th scope="col">"日付"</th><th scope="col">"内容"</th><th scope="col">"状況・根拠"</th></tr></thead>
                            <tbody>
                                {r.dates.is_empty().then(|| view! { <tr><td colspan="3">"記録なし"</td></tr> })}
                                {r.dates.iter().map(|d| view! {
                                    <tr><td class="num">{d.date.clone()}</td><th scope="row">{d.title.clone()}</th><td>{d.note.clone()}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </section>
                    <section class="report-step report-contacts">
                        <h2>"連絡先"</h2>
                        <table class="report-table">
                            <caption>"この事業所の連絡先"</caption>
                            <thead><tr><th scope="col">"種類"</th><th scope="col">"名称"</th><th scope="col">"電話"</th><th scope="col">"メモ"</th></tr></thead>
                            <tbody>
                                {r.contacts.is_empty().then(|| view! { <tr><td colspan="4">"記録なし"</td></tr> })}
                                {r.contacts.iter().map(|row| view! { <tr>{row.iter().map(|c| view! { <td class="pre-line">{c.clone()}</td> }).collect_view()}</tr> }).collect_view()}
                            </tbody>
                        </table>
                        <table class="report-table">
                            <caption>"公的な窓口"</caption>
                            <thead><tr><th scope="col">"窓口"</th><th scope="col">"番号"</th><th scope="col">"根拠"</th></tr></thead>
                            <tbody>
                                {r.lines.iter().map(|row| view! { <tr>{row.iter().map(|c| view! { <td>{c.clone()}</td> }).collect_view()}</tr> }).collect_view()}
                            </tbody>
                        </table>
                    </section>
                })}
            </Deferred>
            {GUIDE.steps.iter().enumerate().map(|(index, step)| view! {
                <Deferred slice=(index as u8 + 2).min(crate::slices::Slices::SLICES)>
                    {move || report_step(state.with_station(|s| step_report(step, s)))}
                </Deferred>
            }).collect_view()}
        </article>
    }
}

/// One step of the report: its checklist with dates and memos, then its records.
fn report_step(step: ReportStep) -> impl IntoView {
    view! {
        <section class="report-step">
            <h2>{step.heading}" "<span class="report-progress">{step.progress}</span></h2>
            <table class="report-table">
                <caption>"チェックリスト"</caption>
                <thead><tr><th scope="col">"状態"</th><th scope="col">"項目"</th><th scope="col">"完了日"</th><th scope="col">"メモ"</th></tr></thead>
                <tbody>
                    {step.items.into_iter().map(|item| view! {
                        <tr>
                            <td>{if item.done { "✓ 完了" } else { "□ 未完了" }}</td>
                            <th scope="row">{item.title}</th>
                            <td class="num">{item.done_on}</td>
                            <td class="pre-line">{item.memo}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            {step.blocks.into_iter().map(|block| match block {
                Block::Facts { title, rows } => view! {
                    <table class="report-table facts-table">
                        <caption>{title}</caption>
                        <tbody>
                            {rows.into_iter().map(|(label, value)| view! {
                                <tr><th scope="row">{label}</th><td class="pre-line">{value}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any(),
                Block::Table { caption, headers, rows, total } => {
                    let empty = rows.is_empty();
                    let columns = headers.len();
                    view! {
                        <table class="report-table">
                            <caption>{caption}</caption>
                            <thead><tr>{headers.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                            <tbody>
                                {rows.into_iter().map(|row| view! {
                                    <tr>{row.into_iter().map(|cell| view! { <td class="pre-line">{cell}</td> }).collect_view()}</tr>
                                }).collect_view()}
                                {empty.then(|| view! { <tr><td colspan=columns>"記録なし"</td></tr> })}
                            </tbody>
                            {total.map(|cells| view! {
                                <tfoot><tr>{cells.into_iter().map(|cell| view! { <td class="num">{cell}</td> }).collect_view()}</tr></tfoot>
                            })}
                        </table>
                    }.into_any()
                }
            }).collect_view()}
        </section>
    }
}
