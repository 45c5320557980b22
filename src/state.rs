//! The app's state: the saved document as a signal, and the status line that tells the user
//! what happened to each change. Provided as context; views read it and call its methods, which
//! change the model and hand the document to `storage`.

use crate::model::document::Document;
use crate::model::station::Station;
use crate::storage::{self, Loaded};
use crate::browser;
use leptos::prelude::*;

/// What the status line says (announced to screen readers through a live region).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Idle,
    Saved,
    /// The change is kept on screen but could not be written.
    Failed(String),
    /// The change is kept on screen and deliberately not written (see [`StartProblem`]).
    NotSaving(String),
}

/// Something found at start that the user must be told about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartProblem {
    /// The saved data could not be read; the app started blank. `kept_as` is the key under which
    /// the unreadable text was kept aside (None when even that copy failed).
    Unreadable { message: String, kept_as: Option<String> },
    /// The saved data is from a newer app; nothing is written until the app is updated.
    Newer { found: u64 },
    /// The browser refuses storage.
    Unavailable,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub doc: RwSignal<Document>,
    pub status: RwSignal<Status>,
    pub start_problem: RwSignal<Option<StartProblem>>,
    /// Whether changes may be written (false while a newer app's data, or an unreadable
    /// document that could not be kept aside, sits in storage).
    writable: StoredValue<bool>,
}

impl AppState {
    /// Reads storage once and builds the state.
    pub fn start() -> AppState {
        let blank = || Document::new(&browser::new_id("st"));
        let (doc, problem, writable) = match storage::load() {
            Loaded::Fresh => (blank(), None, true),
            Loaded::Saved(doc) => (doc, None, true),
            Loaded::Unreadable { error, kept_as } => {
                let writable = kept_as.is_some();
                (blank(), Some(StartProblem::Unreadable { message: error.to_string(), kept_as }), writable)
            }
            Loaded::Newer { found } => (blank(), Some(StartProblem::Newer { found }), false),
            Loaded::Unavailable => (blank(), Some(StartProblem::Unavailable), true),
        };
        AppState {
            doc: RwSignal::new(doc),
            status: RwSignal::new(Status::Idle),
            start_problem: RwSignal::new(problem),
            writable: StoredValue::new(writable),
        }
    }

    /// Reads the current station (tracked: the caller re-runs when it changes).
    pub fn with_station<R>(&self, f: impl FnOnce(&Station) -> R) -> R {
        self.doc.with(|d| f(d.current_station()))
    }

    /// Changes the current station and saves.
    pub fn change_station(&self, f: impl FnOnce(&mut Station)) {
        self.doc.update(|d| f(d.current_station_mut()));
        self.save();
    }

    /// Writes the document; the status line says how it went. A failed write leaves the state
    /// in memory, and the next change tries again.
    pub fn save(&self) {
        if !self.writable.get_value() {
            let why = match self.start_problem.get_untracked() {
                Some(StartProblem::Newer { .. }) => "新しいバージョンのアプリのデータを守るため、アプリを更新するまで保存しません。",
                _ => "読み取れなかったデータを守るため、保存していません。「データの管理」で確認してください。",
            };
            self.status.set(Status::NotSaving(why.into()));
            return;
        }
        let result = self.doc.with_untracked(storage::save);
        self.status.set(match result {
            Ok(()) => Status::Saved,
            Err(e) => Status::Failed(e.message()),
        });
    }
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
