//! Lists of rows the user adds and deletes — staff briefed, changes to work, receipts, the devices
//! registered for the app — and the station's contacts: how to reach a list in the station, which
//! of its rows are on screen, and [`RowList`], the one way such a list is shown.

use crate::model::station::Station;
use crate::state::{use_app_state, AppState};
use leptos::prelude::*;

/// A list of rows the user adds and deletes, shown by [`RowList::view`] inside the caller's
/// section (its heading and introduction are the caller's): each row a numbered group of fields
/// with a 「削除」 button, ten rows at first (「さらに表示」 for more), and an add button that puts
/// focus in the new row's first field. A list is a `static` of this type: what it says, where its
/// rows are, and each row's fields.
pub struct RowList {
    /// A row's legend before its number: 「職員」 → 「職員 1」.
    pub legend: &'static str,
    pub add_label: &'static str,
    /// The rows' ids, in order (tracked).
    pub ids: fn(AppState) -> Memo<Vec<String>>,
    /// Adds an empty row; gives its id.
    pub add: fn(AppState) -> String,
    pub remove: fn(AppState, &str),
    /// The fields of the row with this id.
    pub fields: fn(String) -> AnyView,
    /// The element id of a row's first field, to focus when the row is added.
    pub first_field: fn(&str) -> String,
}

impl RowList {
    /// The rows, 「さらに表示」 while some are not on screen, and the add button.
    pub fn view(&'static self) -> AnyView {
        let state = use_app_state();
        let ids = (self.ids)(state);
        let paged = Paged::new(ids);
        view! {
            <ol class="rows">
                <For each=move || paged.shown() key=|id| id.clone() let:id>
                    {
                        let number = row_number(ids, id.clone());
                        let remove_id = id.clone();
                        view! {
                            <li>
                                <fieldset class="record-group row">
                                    <legend>{move || format!("{} {}", self.legend, number())}</legend>
                                    {(self.fields)(id)}
                                    <button type="button" class="button danger small" on:click=move |_| (self.remove)(state, &remove_id)>"削除"</button>
                                </fieldset>
                            </li>
                        }
                    }
                </For>
            </ol>
            <MoreRows paged=paged/>
            <button type="button" class="button" on:click=move |_| {
                let id = (self.add)(state);
                paged.note_added(id.clone());
                focus_soon((self.first_field)(&id));
            }>{self.add_label}</button>
        }
        .into_any()
    }
}

/// A row of a list: found by its id.
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
pub(crate) struct Rows<R: Row> {
    pub get: fn(&Station) -> &Vec<R>,
    pub get_mut: fn(&mut Station) -> &mut Vec<R>,
}

// By hand: a derived `Copy` would ask the rows to be `Copy`, and only the two accessors are copied.
impl<R: Row> Clone for Rows<R> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<R: Row> Copy for Rows<R> {}

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

/// How many rows a list builds at first, and how many more at each 「さらに表示」: a long list
/// (a large station's receipts) built whole, or torn down whole, made the tap that opened or
/// left its step slow.
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
