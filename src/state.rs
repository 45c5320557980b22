//! The app's state: the saved document as a signal, and the status line that tells the user
//! what happened to each change. Provided as context; views read it and call its methods, which
//! change the model and hand the document to `storage`.
//!
//! Two tabs: every change is stamped in the document's clock. When another tab writes (the
//! `storage` event), or a save finds storage changed under it, the two versions are merged field
//! by field, the newer change winning (`model::merge`), so edits in both tabs survive.
//!
//! Off the input's path: a change updates the signal at once, and the work whose cost grows with
//! what the station has recorded — stamping the changed fields, serialising the whole document
//! and writing it — runs once, after the next paint, for all the changes of that frame. Nothing
//! waits longer than that: when the page is hidden, closed or reloaded (`pagehide`,
//! `visibilitychange`) the pending save is written at once. (Saved in the tap, a tick on a
//! station-heavy device was mostly the save.)

use crate::model::document::{self, merge_documents, Document, DocumentError, StationTexts};
use crate::model::handoff::{self, Handoff, Received};
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
    /// A station as it was before the changes not yet stamped in the clock (see
    /// [`AppState::change_station`]).
    unstamped: StoredValue<Option<Station>>,
    /// Whether changes wait to be saved (see [`AppState::save_soon`]).
    unsaved: StoredValue<bool>,
    /// Each station's text as last written: a save writes out again only the changed ones.
    station_texts: StoredValue<StationTexts>,
}

impl AppState {
    /// Reads storage once, builds the state and starts listening to other tabs.
    pub fn start() -> AppState {
        let (doc, text, problem, writable) = match storage::load() {
            Loaded::Fresh => (Document::new("st-1"), None, None, true),
            Loaded::Saved(doc, text) => (doc, Some(text), None, true),
            Loaded::Unreadable { error, kept_as, raw } => {
                // Writable only once the unreadable text is safe under its own key.
                let writable = kept_as.is_some();
                (
                    Document::new("st-1"),
                    Some(raw),
                    Some(StartProblem::Unreadable { message: error.to_string(), kept_as }),
                    writable,
                )
            }
            Loaded::Newer { found } => (Document::new("st-1"), None, Some(StartProblem::Newer { found }), false),
            Loaded::Unavailable => (Document::new("st-1"), None, Some(StartProblem::Unavailable), true),
        };
        let state = AppState {
            synced: StoredValue::new(text),
            doc: RwSignal::new(doc),
            status: RwSignal::new(Status::Idle),
            start_problem: RwSignal::new(problem),
            writable: StoredValue::new(writable),
            unstamped: StoredValue::new(None),
            unsaved: StoredValue::new(false),
            station_texts: StoredValue::new(StationTexts::default()),
        };
        storage::on_external_change(move || state.take_external_change());
        // A page being hidden may never run again (closed, reloaded, or frozen on a phone).
        let _ = window_event_listener(leptos::ev::pagehide, move |_| state.flush());
        let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().hidden() {
                state.flush();
            }
        });
        state
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
        if self.unstamped.with_value(|u| u.as_ref().is_some_and(|s| s.id != id)) {
            self.stamp_pending();
        }
        if self.unstamped.with_value(Option::is_none) {
            // The first change since the last stamp: remember the station as it was.
            let before = self.doc.with_untracked(|d| d.station(id).cloned());
            self.unstamped.set_value(before);
        }
        self.doc.update(|doc| {
            if let Some(station) = doc.station_mut(id) {
                f(station);
            }
        });
        self.save_soon();
    }

    /// Makes another station the current one. Nothing is stamped: which station a tab works on
    /// is its own, never merged into other tabs.
    pub fn switch_station(&self, id: &str) {
        self.doc.update(|doc| doc.switch_to(id));
        self.save_soon();
    }

    /// Changes the document (stations added, deleted, a backup restored), stamps the changed
    /// fields and saves after the next paint.
    pub fn change(&self, f: impl FnOnce(&mut Document)) {
        self.stamp_pending();
        let before = self.doc.get_untracked();
        self.doc.update(|doc| {
            f(doc);
            doc.stamp_changes(&before, js_sys::Date::now() as u64);
        });
        self.save_soon();
    }

    /// Replaces the whole document (a restored backup, or すべて削除). Every field that differs
    /// is stamped as changed now, so other tabs take the new data rather than merge the old back.
    pub fn replace(&self, mut doc: Document) {
        self.change(move |current| {
            doc.clock = std::mem::take(&mut current.clock);
            *current = doc;
        });
    }

    /// Receives a hand-off from another device as one change: its fields merged with this
    /// device's (`model::handoff::receive`), keeping the sender's stamps, so that what changes
    /// later on either device is decided as every other change is. Gives what was received.
    pub fn receive(&self, handoff: &Handoff) -> Received {
        self.stamp_pending();
        let received = self.doc.with_untracked(|d| handoff::receive(d, handoff));
        self.doc.set(received.document.clone());
        self.save_soon();
        received
    }

    /// Stamps in the clock the fields changed since [`AppState::change_station`] remembered the
    /// station. Runs before anything reads the clock (a save, a merge, a whole-document change).
    fn stamp_pending(&self) {
        if let Some(before) = self.unstamped.try_update_value(Option::take).flatten() {
            // Untracked: no view shows the clock.
            self.doc.update_untracked(|doc| doc.stamp_station_changes(&before, js_sys::Date::now() as u64));
        }
    }

    /// Saves after the next paint (once for all the changes made until then), or at once when
    /// the page is hidden (no frames are painted then).
    fn save_soon(&self) {
        // A message about the last action (「コピーしました」) gives way to the news of this change.
        if self.status.with_untracked(|s| matches!(s, Status::Done(_))) {
            self.status.set(Status::Idle);
        }
        if self.unsaved.get_value() {
            return;
        }
        self.unsaved.set_value(true);
        let state = *self;
        if document().hidden() {
            set_timeout(move || state.flush(), std::time::Duration::ZERO);
        } else {
            // The plain timeout covers a page that paints no frames (a window in the background).
            crate::browser::after_paint(move || state.flush());
            set_timeout(move || state.flush(), std::time::Duration::from_millis(250));
        }
    }

    /// Writes the changes that wait to be saved, if any.
    pub fn flush(&self) {
        if self.unsaved.get_value() {
            self.unsaved.set_value(false);
            crate::browser::phase_start("onshi:save");
            self.save();
            crate::browser::phase_end("onshi:save");
        }
    }

    /// Writes the document; the status line says how it went. A failed write leaves the state
    /// in memory, and the next change tries again.
    pub fn save(&self) {
        self.stamp_pending();
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
        let result = self.doc.with_untracked(|doc| {
            // Taken out and put back: the texts are the app's for the life of the page.
            let mut texts = self.station_texts.try_update_value(std::mem::take).unwrap_or_default();
            let result = storage::save(doc, &mut texts);
            self.station_texts.set_value(texts);
            result
        });
        match result {
            Ok(text) => {
                self.synced.set_value(Some(text));
                // A message set with the change (「バックアップを読み込みました。」) says more than 「保存しました」.
                if !self.status.with_untracked(|s| matches!(s, Status::Done(_))) {
                    self.status.set(Status::Saved);
                }
            }
            Err(e) => self.status.set(Status::Failed(e.message())),
        }
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
        self.stamp_pending();
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
