//! Between the app's state and storage, between tabs: stamping each change in the document's
//! clock, saving it, and merging what another tab wrote (`model::merge`, the one merge between
//! tabs and devices; its clock contract is in ARCHITECTURE.md). `AppState` holds one [`Replica`] and
//! offers pages their few verbs; nothing else stamps, saves or merges.
//!
//! Off the input's path: a change updates the document signal at once, and the work whose cost
//! grows with what the station has recorded — stamping the changed fields, serialising the whole
//! document and writing it — runs once, after the next paint, for all the changes of that frame.
//! Nothing waits longer than that: when the page is hidden, closed or reloaded (`pagehide`,
//! `visibilitychange`) the pending save is written at once. (Saved in the tap, a tick on a
//! station-heavy device was mostly the save.)
//!
//! Another tab: when it writes (the `storage` event), or a save finds storage changed under it,
//! the two versions are merged, each field's newer change winning and each row kept or deleted
//! whole, so edits in both tabs survive.

use crate::model::document::{self, merge_documents, Document, DocumentError, StationTexts};
use crate::model::station::Station;
use crate::storage;
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

/// This page's replica of the saved document: what was last read or written, what waits to be
/// stamped and saved. Copy, like the signals it holds.
#[derive(Clone, Copy)]
pub struct Replica {
    doc: RwSignal<Document>,
    status: RwSignal<Status>,
    start_problem: RwSignal<Option<StartProblem>>,
    /// Whether changes may be written (false while a newer app's data, or an unreadable
    /// document that could not be kept aside, sits in storage).
    writable: StoredValue<bool>,
    /// The exact text last read from or written to storage: when storage holds something else,
    /// another tab wrote.
    synced: StoredValue<Option<String>>,
    /// A station as it was before the changes not yet stamped in the clock (see
    /// [`Replica::before_station_change`]).
    unstamped: StoredValue<Option<Station>>,
    /// Whether changes wait to be saved (see [`Replica::save_soon`]).
    unsaved: StoredValue<bool>,
    /// Each station's text as last written: a save writes out again only the changed ones.
    station_texts: StoredValue<StationTexts>,
}

/// What storage held at start.
pub struct Loaded {
    /// The document to start with (a fresh one when nothing could be read).
    pub doc: Document,
    /// The exact text read (the unreadable one included: it stays until the next save).
    pub text: Option<String>,
    pub problem: Option<StartProblem>,
    /// Whether changes may be written.
    pub writable: bool,
}

/// Reads storage once: every case answered (fresh, saved, unreadable, newer, unavailable).
pub fn load() -> Loaded {
    let fresh = || Document::new(crate::browser::new_station_id());
    match storage::load() {
        storage::Loaded::Fresh => Loaded { doc: fresh(), text: None, problem: None, writable: true },
        storage::Loaded::Saved(doc, text) => Loaded { doc, text: Some(text), problem: None, writable: true },
        storage::Loaded::Unreadable { error, kept_as, raw } => Loaded {
            doc: fresh(),
            text: Some(raw),
            // Writable only once the unreadable text is safe under its own key.
            writable: kept_as.is_some(),
            problem: Some(StartProblem::Unreadable { message: error.to_string(), kept_as }),
        },
        storage::Loaded::Newer { found } => {
            Loaded { doc: fresh(), text: None, problem: Some(StartProblem::Newer { found }), writable: false }
        }
        storage::Loaded::Unavailable => {
            Loaded { doc: fresh(), text: None, problem: Some(StartProblem::Unavailable), writable: true }
        }
    }
}

/// This device's wall clock (ms since 1970); stamps are made from it by the model's clock
/// (`merge::next_stamp`).
fn wall_clock() -> u64 {
    js_sys::Date::now() as u64
}

impl Replica {
    /// Starts keeping `doc` (as [`load`] read it, from `text`) in storage: listens to other tabs and to the
    /// page being hidden.
    pub fn start(
        doc: RwSignal<Document>,
        status: RwSignal<Status>,
        start_problem: RwSignal<Option<StartProblem>>,
        text: Option<String>,
        writable: bool,
    ) -> Replica {
        let replica = Replica {
            doc,
            status,
            start_problem,
            writable: StoredValue::new(writable),
            synced: StoredValue::new(text),
            unstamped: StoredValue::new(None),
            unsaved: StoredValue::new(false),
            station_texts: StoredValue::new(StationTexts::default()),
        };
        storage::on_external_change(move || replica.take_external_change());
        // A page being hidden may never run again (closed, reloaded, or frozen on a phone).
        let _ = window_event_listener(leptos::ev::pagehide, move |_| replica.flush());
        let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().hidden() {
                replica.flush();
            }
        });
        replica
    }

    /// Before the first change to station `id` since the last stamp: remembers the station as it
    /// was (a change to another station first stamps what waits).
    pub fn before_station_change(&self, id: &str) {
        if self.unstamped.with_value(|u| u.as_ref().is_some_and(|s| s.id != id)) {
            self.stamp_pending();
        }
        if self.unstamped.with_value(Option::is_none) {
            let before = self.doc.with_untracked(|d| d.station(id).cloned());
            self.unstamped.set_value(before);
        }
    }

    /// A change to the whole document: `f` changes it, and its changed fields are stamped now.
    pub fn change_document(&self, f: impl FnOnce(&mut Document)) {
        self.stamp_pending();
        let before = self.doc.get_untracked();
        self.doc.update(|doc| {
            f(doc);
            doc.stamp_changes(&before, wall_clock());
        });
    }

    /// Stamps in the clock the fields changed since [`Replica::before_station_change`] remembered
    /// the station. Runs before anything reads the clock (a save, a merge, a whole-document change).
    pub fn stamp_pending(&self) {
        if let Some(before) = self.unstamped.try_update_value(Option::take).flatten() {
            // Untracked: no view shows the clock.
            self.doc.update_untracked(|doc| doc.stamp_station_changes(&before, wall_clock()));
        }
    }

    /// Saves after the next paint (once for all the changes made until then), or at once when
    /// the page is hidden (no frames are painted then).
    pub fn save_soon(&self) {
        // A message about the last action (「コピーしました」) gives way to the news of this change.
        if self.status.with_untracked(|s| matches!(s, Status::Done(_))) {
            self.status.set(Status::Idle);
        }
        if self.unsaved.get_value() {
            return;
        }
        self.unsaved.set_value(true);
        let replica = *self;
        if document().hidden() {
            set_timeout(move || replica.flush(), std::time::Duration::ZERO);
        } else {
            // The plain timeout covers a page that paints no frames (a window in the background).
            crate::browser::after_paint(move || replica.flush());
            set_timeout(move || replica.flush(), std::time::Duration::from_millis(250));
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
