//! Receiving a hand-off (`model::handoff`) on a nurse's device: which station of the device it
//! is, what receiving would change, and the document after it — written only when the user says
//! 受け取る (the state layer does that, as one change that keeps the sender's stamps).
//!
//! Which station: the one whose identity is the hand-off's. A station made since ids became
//! random ([`super::station::unique_id`]) is the same station on every device. The old first id
//! (`st-1`, every device's first station before) may name two different stations on two devices:
//! where the device has a station of that id under another name, the user says whether it is
//! that one or another, and the answer is kept (`Station::identity`), so later hand-offs of the
//! station go where the first one went without asking again. A station received before ids were
//! random (the same old id, the same name) keeps taking its updates without a question.
//!
//! What changes: the carried fields are merged with the device's by [`merge::merge`], the one
//! merge between tabs and devices — the newer stamp of each field wins, each row kept or deleted
//! whole — so the nurse's own contacts, ticks and records stay. When nothing would change, the
//! reason is told as it is: the same set-up, or newer changes on this device (which ones).

use super::contacts::StationContact;
use super::document::Document;
use super::handoff::{carried_stamps, is_carried, Handoff, CARRIED};
use super::json::FromJson;
use super::merge;
use super::station::{id_may_clash, Station};
use super::visit::{VisitSetup, VisitTool};
use serde_json::{Map, Value};

/// How far ahead of this device's clock a hand-off may have been made before the preview says
/// that the sending device's clock seems to be ahead (ten minutes).
pub const CLOCK_AHEAD_MS: u64 = 10 * 60 * 1000;

/// The answer to 「この端末の『…』ですか」, where an old id clashes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// 「この端末の『…』を更新する」: it is that station.
    UpdateThis,
    /// 「別の事業所として追加する」: it is another station, added as its own.
    AddAsAnother,
}

/// What receiving would do, or the question to ask first.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The hand-off's old id names a station here under another name: which is it?
    Ask {
        /// The station on this device (its name to show).
        here: String,
        /// The station handed on (its name to show).
        handed: String,
    },
    Ready(Box<Received>),
}

/// Why a hand-off that was read cannot be received. Nothing is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReceiveError {
    /// The station as merged does not read back (a device's data and a hand-off that disagree
    /// in a way the merge cannot settle).
    Unreadable,
}

impl std::fmt::Display for ReceiveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("受け取った設定を、この端末の事業所の設定と合わせられませんでした。この端末のデータは変わっていません。渡す側の端末で受け渡しコードを作り直してもらい、もう一度読み込んでください。")
    }
}

/// What receiving a hand-off would do to the device's document.
#[derive(Debug, Clone, PartialEq)]
pub struct Received {
    /// The document after receiving (written only when the user says 受け取る).
    pub document: Document,
    /// The station was not on the device: it is added.
    pub added: bool,
    /// The station as it was on the device, before receiving (none when added).
    pub before: Option<Station>,
    /// The station after receiving (it becomes the current one).
    pub after: Station,
    /// Why nothing would change, or None when something would.
    pub unchanged: Option<Unchanged>,
    /// The hand-off was made more than [`CLOCK_AHEAD_MS`] after this device's time: the sending
    /// device's clock seems to be ahead.
    pub clock_ahead: bool,
}

/// Why receiving changes nothing.
#[derive(Debug, Clone, PartialEq)]
pub enum Unchanged {
    /// The device has the same set-up.
    Same,
    /// The device has newer changes to the set-up than the hand-off: these, as the device has them.
    NewerHere(Vec<Change>),
}

impl Received {
    /// What changes, line by line, for the user to check before 受け取る.
    pub fn changes(&self) -> Vec<Change> {
        let after = &self.after;
        match &self.before {
            None => {
                let mut changes =
                    vec![Change::Added { name: after.display_name().to_string(), introduced: after.introduced }];
                if after.visit.tool.is_some() {
                    changes.push(Change::Tool { from: None, to: after.visit.tool });
                }
                changes.extend(after.contacts.iter().map(|c| Change::Contact(ContactChange::Added, c.clone())));
                changes
            }
            Some(before) => changes_between(before, after),
        }
    }
}

/// What differs from `from` to `to` in the carried set-up, line by line.
fn changes_between(from: &Station, to: &Station) -> Vec<Change> {
    let mut changes = Vec::new();
    if from.name != to.name {
        changes.push(Change::Renamed { from: from.display_name().to_string(), to: to.display_name().to_string() });
    }
    if from.introduced != to.introduced {
        changes.push(Change::Introduced(to.introduced));
    }
    if from.visit.tool != to.visit.tool {
        changes.push(Change::Tool { from: from.visit.tool, to: to.visit.tool });
    }
    let set_up = |v: &VisitSetup| (v.visit_function, v.card_reader, v.devices.clone(), v.prepared.clone());
    if set_up(&from.visit) != set_up(&to.visit) {
        changes.push(Change::Preparation);
    }
    for contact in &to.contacts {
        match from.contacts.iter().find(|c| c.id == contact.id) {
            None => changes.push(Change::Contact(ContactChange::Added, contact.clone())),
            Some(old) if old != contact => changes.push(Change::Contact(ContactChange::Changed, contact.clone())),
            Some(_) => {}
        }
    }
    for contact in from.contacts.iter().filter(|c| !to.contacts.iter().any(|a| a.id == c.id)) {
        changes.push(Change::Contact(ContactChange::Removed, contact.clone()));
    }
    changes
}

/// One line of what receiving changes.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// A station new to the device.
    Added {
        name: String,
        introduced: bool,
    },
    Renamed {
        from: String,
        to: String,
    },
    /// Becomes 導入済み (true), or no longer said to be (false).
    Introduced(bool),
    /// The way of checking at home.
    Tool {
        from: Option<VisitTool>,
        to: Option<VisitTool>,
    },
    /// The devices, the 訪問診療等機能 and card reader answers, or the preparation ticked.
    Preparation,
    Contact(ContactChange, StationContact),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactChange {
    Added,
    Changed,
    Removed,
}

/// Which station of the device a hand-off is.
enum Found<'a> {
    /// The device was never used: its empty station gives way.
    Unused,
    /// This station (by its id here).
    Same(&'a str),
    /// The hand-off's old id names this station, under another name: the user says.
    Clash(&'a Station),
    /// None of the device's.
    New,
}

fn find<'a>(document: &'a Document, handoff: &Handoff) -> Found<'a> {
    let handed = &handoff.station;
    if document.is_unused() {
        return Found::Unused;
    }
    if let Some(known) = document.stations.iter().find(|s| s.identity.as_deref() == Some(handed.id.as_str())) {
        return Found::Same(&known.id);
    }
    match document.stations.iter().find(|s| s.id == handed.id && s.identity.is_none()) {
        Some(here) if !id_may_clash(&here.id) || here.name.trim() == handed.name.trim() => Found::Same(&here.id),
        Some(here) => Found::Clash(here),
        None => Found::New,
    }
}

/// The question receiving `handoff` raises on this device, if any: the names of the station
/// here and of the one handed on, where the hand-off's old id names a station here under another
/// name (answered with [`Answer`]).
pub fn question(document: &Document, handoff: &Handoff) -> Option<(String, String)> {
    match find(document, handoff) {
        Found::Clash(here) => Some((here.display_name().to_string(), handoff.station.display_name().to_string())),
        _ => None,
    }
}

/// Where a hand-off goes on this device.
enum Target<'a> {
    /// A station of the device (by its id here); `confirmed` when the user said so of a clash.
    Existing { id: &'a str, confirmed: bool },
    /// Added as a station of its own, with this id here.
    Added { id: &'a str },
}

/// What receiving `handoff` into `document` would do, at `now` (this device's wall clock, ms
/// since 1970): the question to ask first, where an old id clashes and `answer` is none; or the
/// document after it. `fresh_id` is the id a station added as another one takes here (random:
/// `station::unique_id`).
pub fn receive(
    document: &Document,
    handoff: &Handoff,
    answer: Option<Answer>,
    fresh_id: &str,
    now: u64,
) -> Result<Outcome, ReceiveError> {
    let handed = &handoff.station;
    let target = match find(document, handoff) {
        Found::Unused => Target::Added { id: &handed.id },
        Found::Same(id) => Target::Existing { id, confirmed: false },
        Found::Clash(here) => match answer {
            None => {
                return Ok(Outcome::Ask {
                    here: here.display_name().to_string(),
                    handed: handed.display_name().to_string(),
                })
            }
            Some(Answer::UpdateThis) => Target::Existing { id: &here.id, confirmed: true },
            Some(Answer::AddAsAnother) => Target::Added { id: fresh_id },
        },
        Found::New if document.station(&handed.id).is_some() => Target::Added { id: fresh_id },
        Found::New => Target::Added { id: &handed.id },
    };
    let handed_station = Station {
        id: handed.id.clone(),
        name: handed.name.clone(),
        introduced: handed.introduced,
        visit: handed.visit.clone(),
        contacts: handed.contacts.clone(),
        ..Station::default()
    };
    let clock_ahead = handoff.made_at > now.saturating_add(CLOCK_AHEAD_MS);
    let mut doc = document.clone();
    let received = match target {
        Target::Added { id } => {
            let prefix = merge::row_path("/stations", id);
            let mut station = Station { id: id.to_string(), ..handed_station.clone() };
            if id != handed.id {
                station.identity = Some(handed.id.clone());
            }
            // A device never used holds one empty station the user did not make: the station
            // received takes its place, and the empty one's deletion is stamped (with the rest of
            // this change) so that no other tab brings it back.
            if document.is_unused() {
                doc.stations.clear();
            }
            doc.stations.push(station.clone());
            doc.stamp_changes(document, now);
            // The carried fields keep the sender's stamps, or the newer ones this device holds for
            // the path (a station deleted here and handed on again keeps its deletion's stamps);
            // never this change's, which would date the sender's set-up to its arrival here.
            doc.clock.retain(|path, _| !path.strip_prefix(&prefix).is_some_and(is_carried));
            for (path, stamp) in carried_stamps(&document.clock, &prefix).iter() {
                doc.clock.insert(format!("{prefix}{path}"), *stamp);
            }
            for (path, stamp) in handoff.clock.iter() {
                let path = format!("{prefix}{path}");
                let kept = doc.clock.get(&path).copied().unwrap_or(0).max(*stamp);
                doc.clock.insert(path, kept);
            }
            Received { document: doc, added: true, before: None, after: station, unchanged: None, clock_ahead }
        }
        Target::Existing { id, confirmed } => {
            let before = document.station(id).cloned().unwrap_or_default();
            let prefix = merge::row_path("/stations", id);
            let ours_clock = carried_stamps(&document.clock, &prefix);
            let (fields, clock) = merge::merge(
                &merge::flatten(&carried_value(&before)),
                &ours_clock,
                &merge::flatten(&carried_value(&handed_station)),
                &handoff.clock,
            );
            let mut after = rebuilt(&before, merge::unflatten(&fields))?;
            if confirmed {
                after.identity = Some(handed.id.clone());
            }
            if let Some(station) = doc.station_mut(id) {
                *station = after.clone();
            }
            doc.clock.retain(|path, _| !path.strip_prefix(&prefix).is_some_and(is_carried));
            for (path, stamp) in clock.iter() {
                doc.clock.insert(format!("{prefix}{path}"), *stamp);
            }
            // The identity the user confirmed is this device's own change, stamped as one.
            if confirmed {
                let stamp = merge::next_stamp(&doc.clock, now);
                doc.clock.insert(format!("{prefix}/identity"), stamp);
            }
            if before != after && doc.backup_pending_since.is_none() {
                doc.backup_pending_since = Some(now);
                let stamp = merge::next_stamp(&doc.clock, now);
                doc.clock.insert(super::document::PENDING_SINCE_PATH.into(), stamp);
            }
            let unchanged = (before == after).then(|| {
                // What the device has newer than the hand-off: its differences from the station as
                // handed, but for the contacts the sender never had (the nurse's own).
                let sender_had = |c: &StationContact| {
                    let row = merge::row_path("/contacts", &c.id);
                    handoff.clock.keys().any(|path| path.strip_prefix(&row).is_some_and(|rest| rest.starts_with('/')))
                };
                let newer_here: Vec<Change> = changes_between(&handed_station, &after)
                    .into_iter()
                    .filter(|change| !matches!(change, Change::Contact(ContactChange::Added, c) if !sender_had(c)))
                    .collect();
                if newer_here.is_empty() {
                    Unchanged::Same
                } else {
                    Unchanged::NewerHere(newer_here)
                }
            });
            Received { document: doc, added: false, before: Some(before), after, unchanged, clock_ahead }
        }
    };
    let mut received = received;
    received.document.switch_to(&received.after.id);
    Ok(Outcome::Ready(Box::new(received)))
}

/// The station with its carried fields as merged (`merged`, a JSON object of them).
fn rebuilt(before: &Station, merged: Value) -> Result<Station, ReceiveError> {
    let mut station_value = serde_json::to_value(before).unwrap_or(Value::Null);
    if let (Value::Object(object), Value::Object(merged)) = (&mut station_value, merged) {
        for key in CARRIED {
            object.remove(key);
        }
        object.extend(merged);
    }
    Station::from_json(&station_value).map_err(|_| ReceiveError::Unreadable)
}

/// A station's carried fields as a JSON object.
fn carried_value(station: &Station) -> Value {
    let mut kept = Map::new();
    if let Value::Object(object) = serde_json::to_value(station).unwrap_or(Value::Null) {
        for (key, v) in object {
            if CARRIED.contains(&key.as_str()) {
                kept.insert(key, v);
            }
        }
    }
    Value::Object(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::contacts::ContactKind;
    use crate::model::date::Date;
    use crate::model::document::merge_documents;
    use crate::model::guide::GUIDE;
    use crate::model::handoff::tests::{code, contact, managers, read_code};
    use crate::model::handoff::{make, Handoff};
    use crate::model::progress::is_introduced;
    use crate::model::station::unique_id;
    use crate::model::station::OLD_FIRST_STATION_ID;
    use crate::model::visit::VisitDevice;

    const DAY: u64 = 86_400_000;
    const FRESH: &str = "station-FRESHFRESHFRESHFRESH00";

    fn handoff_of(doc: &Document, now: u64) -> Handoff {
        // Through the code, as it travels.
        read_code(&code(&make(&GUIDE, doc.current_station(), &doc.clock, now))).unwrap()
    }

    fn ready(outcome: Result<Outcome, ReceiveError>) -> Received {
        match outcome {
            Ok(Outcome::Ready(received)) => *received,
            other => panic!("not ready: {other:?}"),
        }
    }

    fn take(doc: &Document, handoff: &Handoff, now: u64) -> Received {
        ready(receive(doc, handoff, None, FRESH, now))
    }

    /// A device in use, with a station of its own.
    fn nurses_own(id: &str, name: &str) -> Document {
        let mut doc = Document::new(id);
        let before = doc.clone();
        doc.current_station_mut().name = name.into();
        doc.current_station_mut().contacts.push(contact("c-own", "近くの薬局"));
        doc.stamp_changes(&before, 500);
        doc
    }

    #[test]
    fn a_new_station_is_added_as_handed_and_becomes_current() {
        let handoff = handoff_of(&managers(), 2_000);
        let nurses = nurses_own("st-nurse", "前の職場");
        let received = take(&nurses, &handoff, 2_100);
        assert!(received.added && received.unchanged.clone().is_none() && !received.clock_ahead);
        let doc = &received.document;
        assert_eq!(doc.stations.len(), 2);
        assert_eq!(doc.current, "st-mgr");
        let station = doc.current_station();
        assert_eq!(station.name, "さくら訪問看護ステーション");
        assert_eq!(station.contacts, vec![contact("c1", "NTT東日本")]);
        assert!(station.items.is_empty() && station.records == Default::default(), "no progress or records");
        assert_eq!(doc.clock.get("/stations/#st-mgr/name"), Some(&1_000), "the sender's stamp");
        assert_eq!(doc.backup_pending_since, Some(500), "changes have waited for a backup since her first");
        let received = take(&Document::new(FRESH), &handoff, 2_100);
        assert_eq!(received.document.backup_pending_since, Some(2_100), "by this device's clock");
    }

    /// A never-used device's empty station is not one the user made: the station received takes
    /// its place, and its deletion is stamped, so another tab that still holds it (or an empty
    /// station of its own) does not bring it back.
    #[test]
    fn a_fresh_devices_empty_station_gives_way_and_stays_gone() {
        let handoff = handoff_of(&managers(), 2_000);
        let fresh = Document::new(unique_id([1; 16]));
        let received = take(&fresh, &handoff, 2_100);
        assert_eq!(received.document.stations.len(), 1);
        assert_eq!(received.document.current_station().name, "さくら訪問看護ステーション");
        let empty = merge::row_path("/stations", &fresh.current);
        assert!(received.document.clock.iter().any(|(path, _)| path.starts_with(&empty)), "its deletion is stamped");
        // Another tab opened fresh at the same time, with its own empty station; and one that had
        // read this device's document before the hand-off.
        let other_tab = Document::new(unique_id([2; 16]));
        for stale in [&other_tab, &fresh] {
            for merged in [merge_documents(stale, &received.document), merge_documents(&received.document, stale)] {
                let names: Vec<&str> = merged.stations.iter().map(|s| s.name.as_str()).collect();
                assert_eq!(names, ["さくら訪問看護ステーション"]);
            }
        }
        // Two tabs that both started fresh end with one station, not two empty ones.
        let merged = merge_documents(&other_tab, &fresh);
        assert_eq!(merged.stations.len(), 1);
        // Even when the manager's station has the id every old document's first one had.
        let mut first = managers();
        first.stations[0].id = OLD_FIRST_STATION_ID.into();
        first.current = OLD_FIRST_STATION_ID.into();
        let received = take(&Document::new(OLD_FIRST_STATION_ID), &handoff_of(&first, 2_000), 2_100);
        assert!(received.added && received.document.stations.len() == 1);
    }

    #[test]
    fn a_station_introduced_by_its_steps_arrives_introduced() {
        let mut doc = managers();
        let before = doc.clone();
        for (_, item) in GUIDE.items() {
            doc.current_station_mut().tick(item.id, Date::checked(2024, 10, 1));
        }
        doc.stamp_changes(&before, 3_000);
        let handoff = handoff_of(&doc, 4_000);
        assert!(handoff.station.introduced);
        let received = take(&Document::new(FRESH), &handoff, 4_100);
        assert!(is_introduced(&GUIDE, received.document.current_station()));
        assert!(received
            .changes()
            .contains(&Change::Added { name: "さくら訪問看護ステーション".into(), introduced: true }));
    }

    #[test]
    fn the_same_station_again_takes_what_is_newer_and_keeps_the_nurses_own() {
        let mut managers = managers();
        let first = handoff_of(&managers, 2_000);
        let mut nurses = take(&Document::new(FRESH), &first, 2_000).document;
        // The nurse ticks, writes a record and adds a contact of her own; she is on another station.
        let before = nurses.clone();
        let station = nurses.current_station_mut();
        station.tick("s4.brief-staff", Date::checked(2024, 11, 1));
        station.records.contact.email = "nurse@example.jp".into();
        station.contacts.push(contact("c-own", "近くの薬局"));
        nurses.stamp_changes(&before, 2_500);
        nurses.add_station("st-other".into(), "別の事業所");
        // The manager changes a contact's number, the tool, adds a device, renames the station.
        let before = managers.clone();
        let station = managers.current_station_mut();
        station.contacts[0].phone = "0120950178".into();
        station.visit.tool = Some(VisitTool::Both);
        station
            .visit
            .devices
            .push(VisitDevice { id: "d2".into(), name: "訪問用スマホ".into(), registered_on: None });
        station.name = "さくら訪問看護ステーション本店".into();
        managers.stamp_changes(&before, 3_000);
        let second = handoff_of(&managers, 3_100);
        let received = take(&nurses, &second, 3_200);
        assert_eq!(received.document.current, "st-mgr", "the received station becomes the current one");
        let station = &received.after;
        assert_eq!(station.name, "さくら訪問看護ステーション本店");
        assert_eq!(station.visit.devices.len(), 2);
        let phones: Vec<(&str, &str)> = station.contacts.iter().map(|c| (c.name.as_str(), c.phone.as_str())).collect();
        assert_eq!(phones, [("NTT東日本", "0120950178"), ("近くの薬局", "0312345678")]);
        assert!(station.is_done("s4.brief-staff"), "her ticks stay");
        assert_eq!(station.records.contact.email, "nurse@example.jp", "her records stay");
        let changes = received.changes();
        assert!(changes.contains(&Change::Tool { from: Some(VisitTool::App), to: Some(VisitTool::Both) }));
        assert!(changes.iter().any(|c| matches!(c, Change::Contact(ContactChange::Changed, c) if c.id == "c1")));
        assert!(!changes.iter().any(|c| matches!(c, Change::Contact(_, c) if c.id == "c-own")));
        // Received again: the same set-up, said so.
        let nurses = received.document;
        assert_eq!(take(&nurses, &second, 3_300).unchanged.clone(), Some(Unchanged::Same));
        // The older one after it: this device has newer changes, and which.
        let older = take(&nurses, &first, 3_300);
        let Some(Unchanged::NewerHere(newer)) = older.unchanged.clone() else {
            panic!("{:?}", older.unchanged.clone())
        };
        assert!(newer.contains(&Change::Renamed {
            from: "さくら訪問看護ステーション".into(),
            to: "さくら訪問看護ステーション本店".into()
        }));
        assert!(!newer.iter().any(|c| matches!(c, Change::Contact(_, c) if c.id == "c-own")), "hers is not a change");
        let mut unchanged = older.document.clone();
        unchanged.current = nurses.current.clone();
        assert_eq!(unchanged, nurses, "nothing else changes");
    }

    /// The manager deletes a contact; later the nurse corrects its number. The contact stays
    /// whole on both devices — never a row rebuilt from the newer field alone.
    #[test]
    fn a_contact_deleted_on_one_device_and_edited_later_on_another_stays_whole() {
        let mut managers = managers();
        let mut nurses = take(&Document::new(FRESH), &handoff_of(&managers, 2_000), 2_000).document;
        let before = managers.clone();
        managers.current_station_mut().contacts.clear();
        managers.stamp_changes(&before, 3_000);
        let before = nurses.clone();
        nurses.current_station_mut().contacts[0].phone = "0120000999".into();
        nurses.stamp_changes(&before, 4_000);
        let received = take(&nurses, &handoff_of(&managers, 4_100), 4_200);
        assert_eq!(received.after.contacts.len(), 1);
        let kept = &received.after.contacts[0];
        assert_eq!(
            (kept.name.as_str(), kept.phone.as_str(), kept.kind),
            ("NTT東日本", "0120000999", ContactKind::Support)
        );
        assert_eq!(received.unchanged.clone().map(|u| matches!(u, Unchanged::NewerHere(_))), Some(true));
        // The other way: the nurse hands her station on; the manager's device takes the contact
        // back, whole.
        let back = take(&managers, &handoff_of(&received.document, 4_300), 4_400);
        assert_eq!(back.after.contacts, vec![kept.clone()]);
        // The other half: a deletion newer than every edit removes the contact.
        let mut nurses = take(&Document::new(FRESH), &handoff_of(&self::managers(), 2_000), 2_000).document;
        let before = nurses.clone();
        nurses.current_station_mut().contacts[0].memo = "担当：佐藤さん".into();
        nurses.stamp_changes(&before, 2_500);
        let received = take(&nurses, &handoff_of(&managers, 4_100), 4_200);
        assert!(received.after.contacts.is_empty());
        assert!(received.changes().iter().any(|c| matches!(c, Change::Contact(ContactChange::Removed, _))));
    }

    /// Two stations that both kept the old first id, under different names: the preview asks,
    /// and 「別の事業所として追加する」 gives two stations each with its own contacts; the next
    /// hand-off of that station goes to the added one without asking again.
    #[test]
    fn an_old_id_under_another_name_asks_and_the_answer_holds() {
        let mut second = managers();
        second.stations[0].id = OLD_FIRST_STATION_ID.into();
        second.current = OLD_FIRST_STATION_ID.into();
        second.stations[0].name = "つばき訪問看護ステーション".into();
        let handoff = handoff_of(&second, 2_000);
        let nurses = nurses_own(OLD_FIRST_STATION_ID, "さくら訪問看護ステーション");
        let asked = receive(&nurses, &handoff, None, FRESH, 2_100);
        assert_eq!(
            asked,
            Ok(Outcome::Ask {
                here: "さくら訪問看護ステーション".into(), handed: "つばき訪問看護ステーション".into()
            })
        );
        let added = ready(receive(&nurses, &handoff, Some(Answer::AddAsAnother), FRESH, 2_100));
        let doc = &added.document;
        assert_eq!(doc.stations.len(), 2);
        assert_eq!(doc.current, FRESH);
        let own = doc.station(OLD_FIRST_STATION_ID).unwrap();
        assert_eq!((own.name.as_str(), own.contacts.len()), ("さくら訪問看護ステーション", 1));
        assert_eq!(own.contacts[0].name, "近くの薬局");
        let copy = doc.station(FRESH).unwrap();
        assert_eq!((copy.name.as_str(), copy.identity()), ("つばき訪問看護ステーション", OLD_FIRST_STATION_ID));
        assert_eq!(copy.contacts, vec![contact("c1", "NTT東日本")]);
        // The manager changes a number and hands on again: it reaches the copy, without a question.
        let before = second.clone();
        second.current_station_mut().contacts[0].phone = "0120000111".into();
        second.stamp_changes(&before, 3_000);
        let again = take(doc, &handoff_of(&second, 3_100), 3_200);
        assert_eq!(again.after.id, FRESH);
        assert_eq!(again.after.contacts[0].phone, "0120000111");
        assert_eq!(again.document.station(OLD_FIRST_STATION_ID), doc.station(OLD_FIRST_STATION_ID));
        // A hand-off made from the copy carries the station's identity on the other devices.
        assert_eq!(make(&GUIDE, &again.after, &again.document.clock, 3_300).station.id, OLD_FIRST_STATION_ID);

        // 「この端末の『…』を更新する」: merged into it, and the answer holds even when her own
        // name for it is the newer one.
        let updated = ready(receive(&nurses, &handoff, Some(Answer::UpdateThis), FRESH, 2_100));
        assert_eq!(updated.document.stations.len(), 1);
        let mut doc = updated.document;
        let before = doc.clone();
        doc.current_station_mut().name = "さくら（本人の呼び方）".into();
        doc.stamp_changes(&before, 2_200);
        assert!(matches!(receive(&doc, &handoff_of(&second, 3_100), None, FRESH, 3_200), Ok(Outcome::Ready(_))));
    }

    /// A station received before ids were random (the same old id, the same name) keeps taking
    /// its updates without a question; a random id never asks.
    #[test]
    fn the_same_old_id_and_name_or_a_random_id_never_asks() {
        let mut first = managers();
        first.stations[0].id = OLD_FIRST_STATION_ID.into();
        first.current = OLD_FIRST_STATION_ID.into();
        let nurses = nurses_own(OLD_FIRST_STATION_ID, " さくら訪問看護ステーション ");
        assert!(matches!(receive(&nurses, &handoff_of(&first, 2_000), None, FRESH, 2_100), Ok(Outcome::Ready(_))));
        let id = unique_id([9; 16]);
        let mut random = managers();
        random.stations[0].id = id.clone();
        random.current = id.clone();
        let nurses = nurses_own(&id, "違う名前");
        assert!(matches!(receive(&nurses, &handoff_of(&random, 2_000), None, FRESH, 2_100), Ok(Outcome::Ready(_))));
    }

    /// A manager whose clock runs a day ahead: the preview says so, and the nurse's edit after
    /// receiving still wins over the next hand-off of the same field.
    #[test]
    fn a_clock_ahead_does_not_undo_a_later_edit() {
        let now = 1_780_000_000_000;
        let mut managers = managers();
        let before = managers.clone();
        managers.current_station_mut().contacts[0].memo = "担当：山田".into();
        managers.stamp_changes(&before, now + DAY);
        let first = take(&Document::new(FRESH), &handoff_of(&managers, now + DAY), now);
        assert!(first.clock_ahead);
        let mut nurses = first.document;
        let before = nurses.clone();
        nurses.current_station_mut().contacts[0].memo = "担当：佐藤（訂正）".into();
        nurses.stamp_changes(&before, now + 60_000);
        // The manager hands on again, his memo as it was.
        let again = take(&nurses, &handoff_of(&managers, now + DAY + 120_000), now + 120_000);
        assert_eq!(again.after.contacts[0].memo, "担当：佐藤（訂正）");
        // Nine minutes ahead is a clock, not a warning.
        assert!(!take(&Document::new(FRESH), &handoff_of(&managers, now + 9 * 60_000), now).clock_ahead);
    }

    /// A manager whose clock runs behind: his real update after the nurse received reaches her
    /// (stamps never go backwards on his device).
    #[test]
    fn a_clock_behind_still_delivers_the_update() {
        let now = 1_780_000_000_000;
        let mut managers = managers();
        let before = managers.clone();
        managers.current_station_mut().name = "さくら".into();
        managers.stamp_changes(&before, now);
        let nurses = take(&Document::new(FRESH), &handoff_of(&managers, now), now).document;
        // His clock is set back a day; he changes the number.
        let before = managers.clone();
        managers.current_station_mut().contacts[0].phone = "0120000222".into();
        managers.stamp_changes(&before, now - DAY);
        let received = take(&nurses, &handoff_of(&managers, now - DAY), now + 60_000);
        assert_eq!(received.after.contacts[0].phone, "0120000222");
    }

    #[test]
    fn a_merged_station_that_does_not_read_is_an_error_and_nothing_is_written() {
        let before = Station::new("a", "");
        assert_eq!(rebuilt(&before, serde_json::json!({"name": 5})), Err(ReceiveError::Unreadable));
        assert!(ReceiveError::Unreadable.to_string().contains("変わっていません"));
    }
}
