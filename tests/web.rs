//! Component tests in headless Chromium (wasm-bindgen-test): the widgets render the guide and
//! write through the storage adapter.
//!
//! Run: `cargo test --target wasm32-unknown-unknown --test web` (scripts/test.sh does).

#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use onshi_navi::components::checklist::Checklist;
use onshi_navi::components::progress_bar::ProgressBar;
use onshi_navi::model::guide::GUIDE;
use onshi_navi::model::progress::step_progress;
use onshi_navi::state::AppState;
use onshi_navi::storage::DOCUMENT_KEY;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Mounts a view in a fresh container with fresh state; returns the container.
fn mount(f: impl FnOnce(AppState) -> AnyView + 'static) -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), move || {
        let state = AppState::start();
        provide_context(state);
        f(state)
    });
    handle.forget();
    container
}

/// Waits until the next frame is painted and the save that follows it has run (a change is
/// saved after the next paint, see `state.rs`).
async fn after_save() {
    let window = web_sys::window().unwrap();
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let later = window.clone();
        let in_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            later.set_timeout_with_callback(&resolve).unwrap();
        });
        window.request_animation_frame(in_frame.unchecked_ref()).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn checkboxes(container: &HtmlElement) -> Vec<HtmlInputElement> {
    let list = container.query_selector_all("input[type=checkbox]").unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
}

#[wasm_bindgen_test]
async fn a_step_renders_every_item_as_a_named_checkbox() {
    local_storage().clear().unwrap();
    let step = GUIDE.step(3).unwrap();
    let container = mount(move |_| view! { <Checklist step=step/> }.into_any());
    let boxes = checkboxes(&container);
    assert_eq!(boxes.len(), step.items().count());
    // Each box's label is the item's text, in guide order.
    let labels: Vec<String> =
        boxes.iter().map(|b| b.closest("label").unwrap().unwrap().text_content().unwrap()).collect();
    let titles: Vec<&str> = step.items().map(|i| i.title).collect();
    assert_eq!(labels, titles);
    assert!(boxes.iter().all(|b| !b.checked()));
    // Each titled group of items under its own heading.
    let groups = container.query_selector_all("h3").unwrap();
    assert_eq!(groups.length() as usize, step.groups.iter().filter(|g| !g.title.is_empty()).count());
}

#[wasm_bindgen_test]
async fn ticking_updates_progress_and_storage() {
    local_storage().clear().unwrap();
    let step = GUIDE.step(1).unwrap();
    let container = mount(move |state| {
        let progress = Signal::derive(move || state.with_station(|s| step_progress(step, s)));
        view! {
            <ProgressBar label="STEP01の進み具合" progress=progress/>
            <Checklist step=step/>
        }
        .into_any()
    });
    let text = || container.query_selector(".progress-text").unwrap().unwrap().text_content().unwrap();
    assert_eq!(text(), "0/2完了（0%）");

    checkboxes(&container)[0].click();
    leptos::task::tick().await;

    assert_eq!(text(), "1/2完了（50%）");
    assert_eq!(local_storage().get_item(DOCUMENT_KEY).unwrap(), None, "saved after the next paint, not before");
    after_save().await;
    let saved = local_storage().get_item(DOCUMENT_KEY).unwrap().expect("the tick was saved");
    let doc = onshi_navi::model::document::parse(&saved).expect("the saved document reads back");
    let done_on = doc.current_station().done_on("s1.current-usage");
    assert!(done_on.is_some(), "the tick stores the item id and its date");
    let item = container.query_selector("#item-s1\\.current-usage").unwrap().unwrap();
    assert!(item.text_content().unwrap().contains("完了："), "the date is shown");
    let hidden = |selector: &str| item.query_selector(selector).unwrap().unwrap().has_attribute("hidden");
    assert!(
        !hidden(".done-line") && !hidden(".done-date") && hidden(".todo-line"),
        "the done lines are shown, not 未完了"
    );

    checkboxes(&container)[0].click();
    leptos::task::tick().await;
    assert_eq!(text(), "0/2完了（0%）");
    assert!(hidden(".done-line") && hidden(".done-date") && !hidden(".todo-line"), "未完了 is shown again");
    assert!(!item.text_content().unwrap().contains("完了："), "no date is left");
    after_save().await;
    let saved = local_storage().get_item(DOCUMENT_KEY).unwrap().unwrap();
    let doc = onshi_navi::model::document::parse(&saved).unwrap();
    assert!(!doc.current_station().items.contains_key("s1.current-usage"), "an untick clears the item");
}

#[wasm_bindgen_test]
async fn an_unreadable_store_is_kept_not_overwritten() {
    local_storage().clear().unwrap();
    local_storage().set_item(DOCUMENT_KEY, "{ this is not json").unwrap();
    let state_slot = std::rc::Rc::new(std::cell::Cell::new(None));
    let slot = state_slot.clone();
    let _container = mount(move |state| {
        slot.set(Some(state));
        view! { <p>"x"</p> }.into_any()
    });
    let state = state_slot.get().unwrap();
    assert!(matches!(
        state.start_problem.get_untracked(),
        Some(onshi_navi::state::StartProblem::Unreadable { kept_as: Some(_), .. })
    ));
    let kept = onshi_navi::storage::unreadable_copies();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].1, "{ this is not json");
}

#[wasm_bindgen_test]
async fn the_visit_situations_render_and_one_opens() {
    local_storage().clear().unwrap();
    let container = mount(|_| view! { <onshi_navi::pages::visit::VisitPage/> }.into_any());
    leptos::task::tick().await;
    let situations = container.query_selector_all("details.situation").unwrap();
    assert_eq!(
        situations.length() as usize,
        onshi_navi::model::visit::VISIT.situations.len(),
        "one entry per situation"
    );
    let pin: web_sys::HtmlDetailsElement = container.query_selector("details#pin").unwrap().unwrap().unchecked_into();
    assert!(!pin.open());
    let summary: HtmlElement = pin.query_selector("summary").unwrap().unwrap().unchecked_into();
    assert_eq!(summary.text_content().unwrap(), "暗証番号を忘れた・ロックされた");
    summary.click();
    assert!(pin.open(), "a tap on the summary opens the situation");
    let text = pin.text_content().unwrap();
    assert!(text.contains("3回続けて間違えるとロックされます"), "{text}");
    // No tool chosen yet: the undecided station is told which tool allows 目視確認.
    assert!(text.contains("マイナ在宅受付Webではできません"), "{text}");
    assert!(text.contains("出典："));
}
