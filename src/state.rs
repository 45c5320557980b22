//! The app's state: the saved document as a signal, and the status line that tells the user
//! what happened to each change. Provided as context; views read it and call its few verbs,
//! which change the model; stamping, saving and merging are `sync`'s.

use crate::model::document::Document;
use crate::model::handoff::Handoff;
use crate::model::receive::{self, Answer, Outcome, ReceiveError};
use crate::model::station::Station;
use crate::sync::{self, Replica};
pub use crate::sync::{StartProblem, Status};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct AppState {
    pub doc: RwSignal<Document>,
    pub status: RwSignal<Status>,
    pub start_problem: RwSignal<Option<StartProblem>>,
    replica: Replica,
}

impl AppState {
    /// Reads storage once, builds the state and starts listening to other tabs.
    pub fn start() -> AppState {
        let sync::Loaded { doc, text, problem, writable } = sync::load();
        let doc = RwSignal::new(doc);
        let status = RwSignal::new(Status::Idle);
        let start_problem = RwSignal::new(problem);
        let replica = Replica::start(doc, status, start_problem, text, writable);
        AppState { doc, status, start_problem, replica }
    }

    /// Reads the current station (tracked: the caller re-runs when it changes).
    pub fn with_station<R>(&self, f: impl FnOnce(&Station) -> R) -> R {
        self.doc.with(|d| f(d.current_station()))
    }

    /// A value of the current station for a view to follow: worked out again on every change,
    /// but passed on only when it differs, so that typing in one field re-renders no other.
    pub fn station_value<T>(&self, f: impl Fn(&Station) -> T + Send + Sync + 'static) -> Signal<T>
    where
        T: Clone + PartialEq + Send + Sync + 'static,
    {
        let state = *self;
        Memo::new(move |_| state.with_station(&f)).into()
    }

    /// Changes the current station; its changed fields are stamped and the document saved after
    /// the next paint (see the module's note).
    pub fn change_station(&self, f: impl FnOnce(&mut Station)) {
        let id = self.doc.with_untracked(|d| d.current.clone());
        self.change_station_with_id(&id, f);
    }

    /// Changes one station (by id); stamped and saved as [`AppState::change_station`].
    pub fn change_station_with_id(&self, id: &str, f: impl FnOnce(&mut Station)) {
        self.replica.before_station_change(id);
        self.doc.update(|doc| {
            if let Some(station) = doc.station_mut(id) {
                f(station);
            }
        });
        self.replica.save_soon();
    }

    /// Makes another station the current one. Nothing is stamped: which station a tab works on
    /// is its own, never merged into other tabs.
    pub fn switch_station(&self, id: &str) {
        self.doc.update(|doc| doc.switch_to(id));
        self.replica.save_soon();
    }

    /// Changes the document (stations added, deleted, a backup restored), stamps the changed
    /// fields and saves after the next paint.
    pub fn change(&self, f: impl FnOnce(&mut Document)) {
        self.replica.change_document(f);
        self.replica.save_soon();
    }

    /// Replaces the whole document (a restored backup, or すべて削除). Every field that differs
    /// is stamped as changed now, so other tabs take the new data rather than merge the old back.
    pub fn replace(&self, mut doc: Document) {
        self.change(move |current| {
            doc.clock = std::mem::take(&mut current.clock);
            *current = doc;
        });
    }

    /// What receiving a hand-off would do to this device's data as it is now
    /// (`model::receive`); nothing is written.
    pub fn preview(&self, handoff: &Handoff, answer: Option<Answer>, fresh_id: &str) -> Result<Outcome, ReceiveError> {
        self.doc.with(|d| receive::receive(d, handoff, answer, fresh_id, js_sys::Date::now() as u64))
    }

    /// Receives a hand-off as one change, worked out again on the data as it is now: its fields
    /// merged with this device's, keeping the sender's stamps, so that what changes later on
    /// either device is decided as every other change is. Gives what was received (or the
    /// question, should the data have changed since the preview so that one is needed).
    pub fn receive(&self, handoff: &Handoff, answer: Option<Answer>, fresh_id: &str) -> Result<Outcome, ReceiveError> {
        self.replica.stamp_pending();
        let outcome =
            self.doc.with_untracked(|d| receive::receive(d, handoff, answer, fresh_id, js_sys::Date::now() as u64))?;
        if let Outcome::Ready(received) = &outcome {
            self.doc.set(received.document.clone());
            self.replica.save_soon();
        }
        Ok(outcome)
    }

    /// Writes what waits to be saved now (before the page is reloaded for an update).
    pub fn save(&self) {
        self.replica.save();
    }
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
