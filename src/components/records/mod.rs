//! The records each step asks the station to keep, shown with the step they belong to.

pub mod current_systems;
pub mod installation;
pub mod orders;
pub mod quotes;
pub mod receipts;
pub mod staff_roster;
pub mod station_contact;
pub mod work_changes;

use crate::components::deferred::Deferred;
use crate::model::date::Date;
use crate::model::guide::Step;
use crate::model::station::Station;
use crate::state::AppState;
use leptos::prelude::*;

/// The records section of a step (every step has one), built in start-up slices 3–5 (see
/// `slices::Slices`): STEP01's three parts one slice each.
#[component]
pub fn StepRecords(step: &'static Step) -> impl IntoView {
    view! {
        <Deferred slice=3>
            <section class="records" id="records" aria-labelledby="records-heading">
                <h2 id="records-heading">"記録"</h2>
                <p class="records-intro">"このステップで確かめたこと・決めたことを書き留めます。入力した内容はすぐにこの端末に保存されます（すべて任意）。"</p>
                {match step.number {
                    1 => view! {
                        <station_contact::StationContact/>
                        <Deferred slice=4><current_systems::CurrentSystems/></Deferred>
                        <Deferred slice=5>
                            <quotes::Quotes step=step/>
                            <p class="doc-link"><a href="/memo">"見積依頼メモを作る（コピー・共有・印刷）"</a></p>
                        </Deferred>
                    }
                    .into_any(),
                    2 => view! { <orders::Orders/> }.into_any(),
                    3 => view! { <installation::Installation/> }.into_any(),
                    4 => view! { <staff_roster::StaffRoster/> <work_changes::WorkChanges/> }.into_any(),
                    _ => view! { <receipts::Receipts/> }.into_any(),
                }}
            </section>
        </Deferred>
    }
}

/// A text of the current station, and how to change it.
pub(crate) fn text(
    state: AppState,
    get: fn(&Station) -> &String,
    set: fn(&mut Station) -> &mut String,
) -> (Signal<String>, Callback<String>) {
    (
        state.station_value(move |s| get(s).clone()),
        Callback::new(move |value: String| state.change_station(|s| *set(s) = value)),
    )
}

/// A date of the current station, and how to change it.
pub(crate) fn date(
    state: AppState,
    get: fn(&Station) -> Option<Date>,
    set: fn(&mut Station) -> &mut Option<Date>,
) -> (Signal<Option<Date>>, Callback<Option<Date>>) {
    (state.station_value(get), Callback::new(move |value: Option<Date>| state.change_station(|s| *set(s) = value)))
}

/// A list of rows in the records (staff, work changes, receipts): rows are found by id.
pub(crate) trait Row: Default + Clone + Send + Sync + 'static {
    fn id(&self) -> &str;
    fn with_id(id: String) -> Self;
}

macro_rules! row {
    ($type:ty) => {
        impl Row for $type {
            fn id(&self) -> &str {
                &self.id
            }
            fn with_id(id: String) -> Self {
                Self { id, ..Self::default() }
            }
        }
    };
}
row!(crate::model::records::StaffMember);
row!(crate::model::records::WorkChange);
row!(crate::model::records::Receipt);
row!(crate::model::visit::VisitDevice);
row!(crate::model::contacts::StationContact);

/// How to reach one list of rows in a station.
#[derive(Clone, Copy)]
pub(crate) struct Rows<R: Row> {
    pub get: fn(&Station) -> &Vec<R>,
    pub get_mut: fn(&mut Station) -> &mut Vec<R>,
}

impl<R: Row> Rows<R> {
    /// The rows' ids, in order (tracked).
    pub fn ids(self, state: AppState) -> Memo<Vec<String>> {
        Memo::new(move |_| state.with_station(|s| (self.get)(s).iter().map(|r| r.id().to_string()).collect()))
    }

    /// Adds an empty row; returns its id.
    pub fn add(self, state: AppState) -> String {
        let id = crate::browser::new_id("row");
        let row = R::with_id(id.clone());
        state.change_station(|s| (self.get_mut)(s).push(row));
        id
    }

    pub fn remove(self, state: AppState, id: &str) {
        state.change_station(|s| (self.get_mut)(s).retain(|r| r.id() != id));
    }

    /// A field of one row, and how to change it.
    pub fn field<T: Clone + PartialEq + Send + Sync + 'static>(
        self,
        state: AppState,
        id: String,
        get: fn(&R) -> T,
        set: fn(&mut R, T),
    ) -> (Signal<T>, Callback<T>) {
        let read_id = id.clone();
        (
            state.station_value(move |s| {
                (self.get)(s).iter().find(|r| r.id() == read_id).map(get).unwrap_or_else(|| get(&R::default()))
            }),
            Callback::new(move |value: T| {
                state.change_station(|s| {
                    if let Some(row) = (self.get_mut)(s).iter_mut().find(|r| r.id() == id) {
                        set(row, value);
                    }
                })
            }),
        )
    }
}

/// How many rows a list builds at first, and how many more at each 「さらに表示」. A station
/// with 50 receipts took 400 ms at 4× CPU to build them in one task, and 107 ms in the tap
/// that left the step (tearing them down); ten rows take a fifth of that.
pub(crate) const ROWS_AT_ONCE: usize = 10;

/// The rows of a list that are on screen: the first [`ROWS_AT_ONCE`] (more each time the user
/// asks) and every row added since the list was opened, wherever it is.
#[derive(Clone, Copy)]
pub struct Paged {
    all: Memo<Vec<String>>,
    limit: RwSignal<usize>,
    added: RwSignal<Vec<String>>,
}

impl Paged {
    pub fn new(all: Memo<Vec<String>>) -> Paged {
        Paged { all, limit: RwSignal::new(ROWS_AT_ONCE), added: RwSignal::new(Vec::new()) }
    }

    /// The ids on screen, in the list's order (tracked).
    pub fn shown(self) -> Vec<String> {
        let limit = self.limit.get();
        self.added.with(|added| {
            self.all.with(|all| {
                all.iter()
                    .enumerate()
                    .filter(|(i, id)| *i < limit || added.contains(id))
                    .map(|(_, id)| id.clone())
                    .collect()
            })
        })
    }

    /// How many rows are not on screen (tracked).
    pub fn hidden(self) -> usize {
        let shown = self.shown().len();
        self.all.with(Vec::len) - shown
    }

    /// Shows a row the user just added.
    pub fn note_added(self, id: String) {
        self.added.update(|added| added.push(id));
    }
}

/// 「さらに表示（あと40件）」 after a list with rows not on screen.
#[component]
pub(crate) fn MoreRows(paged: Paged) -> impl IntoView {
    move || {
        let hidden = paged.hidden();
        (hidden > 0).then(|| {
            view! {
                <button type="button" class="button" on:click=move |_| paged.limit.update(|l| *l += ROWS_AT_ONCE)>
                    {format!("さらに表示（あと{hidden}件）")}
                </button>
            }
        })
    }
}

/// The 1-based position of a row among `ids` (tracked), for its legend (「職員 1」).
pub(crate) fn row_number(ids: Memo<Vec<String>>, id: String) -> impl Fn() -> usize + Send + Sync + 'static {
    move || ids.with(|ids| ids.iter().position(|i| *i == id).map_or(0, |p| p + 1))
}

/// Moves focus to a field once it is on screen (after adding a row).
pub(crate) fn focus_soon(element_id: String) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(element) =
            document().get_element_by_id(&element_id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}
