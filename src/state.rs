//! The app's state: the saved document as a signal, and the status line that tells the user
//! what happened to each change. Provided as context; views read it and call its methods, which
//! change the model and hand the document to `storage`.
//!
//! Two tabs: every change is stamped in the document's clock. When another tab writes (the
//! `storage` event), or a save finds storage changed under it, the two versions are merged field
//! by field, the newer change winning (`model::merge`), so edits in both tabs survive.

use crate::model::document::{self, merge_documents, Document, DocumentError};
use crate::model::station::Station;
use crate::storage::{self, Loaded};
use leptos::prelude::*;

/// What the status line says (announced to screen readers through a live region).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Idle,
    Saved,
    /// Something that is not a save, e.g. 「書き出しました」.
    Done(String),
    /// The change is kept on screen but could not be written.
    Failed(String),
    /// The change is kept on screen and deliberately not written (see [`StartProblem`]).
    NotSaving(String),
}

/// Something found at start (or later, from another tab) that the user must be told about.
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
    /// The exact text last read from or written to storage: when storage holds something else,
    /// another tab wrote.
    synced: StoredValue<Option<String>>,
}

impl AppState {
    /// Reads storage once, builds the state and starts listening to other tabs.
    pub fn start() -> AppState {
        let (doc, text, problem, writable) = match storage::load() {
            Loaded::Fresh => (Document::new(), None, None, true),
            Loaded::Saved(doc, text) => (doc, Some(text), None, true),
            Loaded::Unreadable { error, kept_as, raw } => {
                // Writable only once the unreadable text is safe under its own key.
                let writable = kept_as.is_some();
                (
                    Document::new(),
                    Some(raw),
                    Some(StartProblem::Unreadable { message: error.to_string(), kept_as }),
                    writable,
                )
            }
            Loaded::Newer { found } => (Document::new(), None, Some(StartProblem::Newer { found }), false),
            Loaded::Unavailable => (Document::new(), None, Some(StartProblem::Unavailable), true),
        };
        let state = AppState {
            synced: StoredValue::new(text),
            doc: RwSignal::new(doc),
            status: RwSignal::new(Status::Idle),
            start_problem: RwSignal::new(problem),
            writable: StoredValue::new(writable),
        };
        storage::on_external_change(move || state.take_external_change());
        state
    }

    /// Reads the current station (tracked: the caller re-runs when it changes).
    pub fn with_station<R>(&self, f: impl FnOnce(&Station) -> R) -> R {
        self.doc.with(|d| f(d.current_station()))
    }

    /// Changes the current station, stamps its changed fields and saves.
    pub fn change_station(&self, f: impl FnOnce(&mut Station)) {
        let before = self.doc.with_untracked(|d| d.current_station().clone());
        self.doc.update(|doc| {
            f(doc.current_station_mut());
            doc.stamp_station_changes(&before, js_sys::Date::now() as u64);
        });
        self.save();
    }

    /// Changes the document, stamps the changed fields and saves.
    pub fn change(&self, f: impl FnOnce(&mut Document)) {
        let before = self.doc.get_untracked();
        self.doc.update(|doc| {
            f(doc);
            doc.stamp_changes(&before, js_sys::Date::now() as u64);
        });
        self.save();
    }

    /// Replaces the whole document (a restored backup, or すべて削除). Every field that differs
    /// is stamped as changed now, so other tabs take the new data rather than merge the old back.
    pub fn replace(&self, mut doc: Document) {
        self.change(move |current| {
            doc.clock = std::mem::take(&mut current.clock);
            *current = doc;
        });
    }

    /// Writes the document; the status line says how it went. A failed write leaves the state
    /// in memory, and the next change tries again.
    pub fn save(&self) {
        if !self.writable.get_value() {
            let why = match self.start_problem.get_untracked() {
                Some(StartProblem::Newer { .. }) => {
                    "新しいバージョンのアプリのデータを守るため、アプリを更新するまで保存しません。"
                }
                _ => "読み取れなかったデータを守るため、保存していません。「データの管理」で確認してください。",
            };
            self.status.set(Status::NotSaving(why.into()));
            return;
        }
        // Another tab may have written since we last looked: merge before writing over it.
        let stored = storage::read_document_text();
        if stored != self.synced.get_value() {
            if let Some(text) = stored {
                match document::parse(&text) {
                    Ok(theirs) => {
                        self.merge_in(&theirs);
                    }
                    Err(DocumentError::Newer { found }) => return self.stop_for_newer(found),
                    // Unreadable: keep it aside, then write ours over it.
                    Err(_) => {
                        if storage::keep_aside(&text).is_none() {
                            self.status.set(Status::Failed(storage::SaveError::Full.message()));
                            return;
                        }
                    }
                }
            }
        }
        let result = self.doc.with_untracked(storage::save);
        self.status.set(match result {
            Ok(text) => {
                self.synced.set_value(Some(text));
                Status::Saved
            }
            Err(e) => Status::Failed(e.message()),
        });
    }

    /// Another tab wrote: show its changes here, and write back if ours had something newer.
    fn take_external_change(&self) {
        let Some(text) = storage::read_document_text() else { return };
        if self.synced.with_value(|s| s.as_ref() == Some(&text)) {
            return;
        }
        match document::parse(&text) {
            Ok(theirs) => {
                self.synced.set_value(Some(text));
                if !self.merge_in(&theirs) {
                    self.save();
                }
            }
            Err(DocumentError::Newer { found }) => self.stop_for_newer(found),
            // Unreadable: left alone here; the next save keeps it aside before writing.
            Err(_) => {}
        }
    }

    /// Merges another tab's version into ours; returns whether the result equals theirs (so
    /// there is nothing of ours to write back).
    fn merge_in(&self, theirs: &Document) -> bool {
        let merged = self.doc.with_untracked(|ours| merge_documents(ours, theirs));
        let same_as_theirs = merged.same_content(theirs);
        if self.doc.with_untracked(|d| *d != merged) {
            self.doc.set(merged);
        }
        same_as_theirs
    }

    fn stop_for_newer(&self, found: u64) {
        self.writable.set_value(false);
        self.start_problem.set(Some(StartProblem::Newer { found }));
        self.status.set(Status::NotSaving(
            "新しいバージョンのアプリのデータを守るため、アプリを更新するまで保存しません。".into(),
        ));
    }
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
