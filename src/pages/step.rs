//! A step (STEP01…STEP05): its lead text, the order of work, the checklist, whom to ask, the
//! main quote targets and the notes.

use crate::browser;
use crate::components::checklist::Checklist;
use crate::components::deferred::Deferred;
use crate::components::guide_text::GuideText;
use crate::components::later_note::LaterNotes;
use crate::components::note_box::NoteBox;
use crate::components::phrased::Phrased;
use crate::components::progress_bar::ProgressBar;
use crate::components::records::StepRecords;
use crate::components::vendor_label::VendorLabel;
use crate::model::guide::{Step, GUIDE};
use crate::model::later::NotePlace;
use crate::model::progress::step_progress;
use crate::pages::not_found::NotFoundPage;
use crate::state::use_app_state;
use leptos::prelude::*;

/// STEP `number` (the route only names steps the guide has).
#[component]
pub fn StepPage(number: u8) -> impl IntoView {
    match GUIDE.step(number) {
        Some(step) => view! { <StepView step=step/> }.into_any(),
        None => view! { <NotFoundPage/> }.into_any(),
    }
}

#[component]
fn StepView(step: &'static Step) -> impl IntoView {
    browser::set_title(&format!("{} {}", step.label(), step.title));
    let done = crate::slices::use_slices().done();
    view! {
        // Busy until every part is built, for screen readers (and tests) to wait on.
        <article class="page step" aria-busy=move || (!done.get()).then_some("true")>
            <StepIntro step=step/>
            // Below the title, the parts follow in start-up slices, in page order (see
            // `slices::Slices`): the guide's text first, then the checklist; the records take
            // slices 3–5.
            <Deferred slice=2>
                <section aria-labelledby="checklist-heading">
                    <h2 id="checklist-heading">"チェックリスト"</h2>
                    <Checklist step=step/>
                </section>
                <QuoteTargets step=step/>
            </Deferred>
            <StepRecords step=step/>
            <Deferred slice=6>
                {(!step.notes.is_empty()).then(|| {
                    let title = if step.number == 2 { "【留意事項】" } else { "ご留意ください" };
                    view! { <NoteBox title=title notes=step.notes.to_vec()/> }
                })}
                <StepPager step=step/>
            </Deferred>
        </article>
    }
}

/// The top of a step: where it belongs, its title and progress, built in the tap that opens it;
/// then (the first slice) the guide's lead text, the order of work and the notes on it, so a
/// move between steps is answered before the text is laid out.
#[component]
fn StepIntro(step: &'static Step) -> impl IntoView {
    let state = use_app_state();
    let progress = Signal::derive(move || state.with_station(|s| step_progress(step, s)));
    let phase = GUIDE.phases.iter().find(|p| p.number == step.phase);
    view! {
        <p class="step-phase">{phase.map(|p| format!("{}. {}", p.number, p.title))}</p>
        <h1 tabindex="-1">
            <span class="step-label">{step.label()}</span>
            " "<Phrased text=step.title/>
        </h1>
        <ProgressBar label=format!("{}の進み具合", step.label()) progress=progress/>
        <Deferred slice=1>
            <p class="lead"><GuideText text=step.lead/></p>
            {step.overview.iter().map(|p| view! { <p><GuideText text=p/></p> }).collect_view()}
            <LaterNotes at=NotePlace::Step(step.number)/>
            {(step.number == 1).then(|| view! {
                <p class="see-vendors">"（注）導入支援事業者については "<a href="/vendors">"導入支援事業者等（予定）"</a>" をご覧ください。"</p>
            })}
            {(!step.procedure.is_empty()).then(|| view! {
                <section aria-labelledby="procedure-heading">
                    <h2 id="procedure-heading">"進め方"</h2>
                    <ol class="procedure">
                        {step.procedure.iter().map(|p| view! { <li><GuideText text=p/></li> }).collect_view()}
                    </ol>
                </section>
            })}
            {step.onsite_note.map(|note| view! { <NoteBox title="現地作業の立会い" notes=vec![note]/> })}
        </Deferred>
    }
}

/// 主な見積対象 (STEP01): what to get quotes for, and whom to ask.
#[component]
fn QuoteTargets(step: &'static Step) -> impl IntoView {
    (!step.quote_targets.is_empty()).then(|| view! {
        <section aria-labelledby="quote-targets-heading">
            <h2 id="quote-targets-heading">"主な見積対象"</h2>
            <ul class="quote-targets">
                {step.quote_targets.iter().map(|q| view! {
                    <li class="quote-target">
                        <h3>{q.title}</h3>
                        {(!q.spec.is_empty()).then(|| view! { <p class="spec">{format!("（{}）", q.spec)}</p> })}
                        <p class="ask-line"><span class="ask-caption">"見積依頼先"</span><VendorLabel kind=q.ask/></p>
                        {q.notes.iter().map(|n| view! { <p class="item-note">{format!("※{n}")}</p> }).collect_view()}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    })
}

/// Links to the steps before and after.
#[component]
fn StepPager(step: &'static Step) -> impl IntoView {
    let previous = GUIDE.step(step.number.wrapping_sub(1));
    let next = GUIDE.step(step.number + 1);
    view! {
        <nav class="step-pager" aria-label="前後のステップ">
            {previous.map(|p| view! { <a class="pager-prev" href=format!("/steps/{}", p.number)>{format!("← {} {}", p.label(), p.title)}</a> })}
            {next.map(|n| view! { <a class="pager-next" href=format!("/steps/{}", n.number)>{format!("{} {} →", n.label(), n.title)}</a> })}
        </nav>
    }
}
