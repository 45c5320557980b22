//! A station (事業所) and everything the app keeps for it: the ticks of the checklist with their
//! dates, a memo per item, and the records each step asks the station to find out and write down.

use super::contacts::StationContact;
use super::date::Date;
use super::json::read_with_defaults;
use super::records::Records;
use super::visit::VisitSetup;
use litemap::LiteMap;
use serde::Serialize;

/// One station's progress and records.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Station {
    /// Stable id, never shown.
    pub id: String,
    /// 事業所名 (may be empty until the user names it).
    pub name: String,
    /// Per checklist item id: when it was done, and the user's memo.
    #[serde(serialize_with = "super::json::write_map")]
    pub items: LiteMap<String, ItemRecord>,
    pub records: Records,
    /// How the station checks at home (schema 3): its tool, devices and preparation.
    pub visit: VisitSetup,
    /// 連絡先 (schema 4): the station's own contacts.
    pub contacts: Vec<StationContact>,
    /// Said to be 導入済み (schema 6): a station that introduced オンライン資格確認 before it had
    /// the app, or whose steps were not all ticked. Whether it is introduced also counts its
    /// steps: see `progress::is_introduced`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub introduced: bool,
    /// The station's identity across devices, where it is not its id here (schema 7): the id a
    /// hand-off gave it on another device, when that old id also named another station on this
    /// one and the user said which this is (`model::receive`). Hand-offs of this station carry it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
}

/// The id every document's first station had before version 7 (new stations' ids are random:
/// [`unique_id`]). Two devices may both have a station of this id that are not the same station:
/// receiving a hand-off checks the names (`model::receive`).
pub const OLD_FIRST_STATION_ID: &str = "st-1";

/// A new station's id from 16 random bytes (the platform's cryptographic generator): unique
/// across devices, so a hand-off never mistakes one station for another.
pub fn unique_id(random: [u8; 16]) -> String {
    format!("station-{}", super::base64url::base64url(&random))
}

/// Whether another device may have a different station of this id: the first station of every
/// document made before version 7 had the id `st-1`. (Other stations' ids held the time to the
/// millisecond and a random number; new ones are [`unique_id`].)
pub fn id_may_clash(id: &str) -> bool {
    id == OLD_FIRST_STATION_ID
}

/// A station's name to show: the name, or a neutral label until it has one.
pub fn name_to_show(name: &str) -> &str {
    match name.trim() {
        "" => "名称未設定の事業所",
        name => name,
    }
}

/// A checklist item's state. An item that is neither done nor has a memo is not stored.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct ItemRecord {
    /// The day it was done (完了日); `None` while not done.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done_on: Option<Date>,
    /// メモ.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub memo: String,
}

read_with_defaults!(Station { id, name, items, records, visit, contacts, introduced, identity });
read_with_defaults!(ItemRecord { done_on, memo });

impl ItemRecord {
    fn is_empty(&self) -> bool {
        self.done_on.is_none() && self.memo.is_empty()
    }
}

impl Station {
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Station {
        Station { id: id.into(), name: name.into(), ..Station::default() }
    }

    /// The name to show: the station's name, or a neutral label until it has one.
    pub fn display_name(&self) -> &str {
        name_to_show(&self.name)
    }

    /// Its identity across devices: the id hand-offs carry.
    pub fn identity(&self) -> &str {
        self.identity.as_deref().unwrap_or(&self.id)
    }

    pub fn done_on(&self, item_id: &str) -> Option<Date> {
        self.items.get(item_id).and_then(|r| r.done_on)
    }

    pub fn is_done(&self, item_id: &str) -> bool {
        self.done_on(item_id).is_some()
    }

    pub fn memo(&self, item_id: &str) -> &str {
        self.items.get(item_id).map_or("", |r| r.memo.as_str())
    }

    /// Ticks an item as done on `date` (or moves its date). Keeps its memo.
    pub fn tick(&mut self, item_id: &str, date: Date) {
        self.items.entry(item_id.to_string()).or_default().done_on = Some(date);
    }

    /// Unticks an item: clears its date, keeps its memo.
    pub fn untick(&mut self, item_id: &str) {
        self.update_item(item_id, |r| r.done_on = None);
    }

    pub fn set_memo(&mut self, item_id: &str, memo: &str) {
        self.update_item(item_id, |r| r.memo = memo.to_string());
    }

    fn update_item(&mut self, item_id: &str, f: impl FnOnce(&mut ItemRecord)) {
        let record = self.items.entry(item_id.to_string()).or_default();
        f(record);
        if record.is_empty() {
            self.items.remove(item_id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tick_and_untick_keep_the_memo() {
        let day = Date::new(2024, 1, 15).unwrap();
        let mut s = Station::new("a", "");
        assert_eq!(s.display_name(), "名称未設定の事業所");
        s.tick("s1.current-usage", day);
        assert_eq!(s.done_on("s1.current-usage"), Some(day));
        s.set_memo("s1.current-usage", "レセコンはA社");
        s.untick("s1.current-usage");
        assert!(!s.is_done("s1.current-usage"));
        assert_eq!(s.memo("s1.current-usage"), "レセコンはA社");
        s.set_memo("s1.current-usage", "");
        assert!(s.items.is_empty(), "an empty record is not kept");
    }

    #[test]
    fn new_ids_are_random_and_only_the_old_first_id_may_clash() {
        let (a, b) = (unique_id([0xfb; 16]), unique_id([7; 16]));
        assert_ne!(a, b);
        assert!(a.starts_with("station-") && a.len() == "station-".len() + 22);
        assert!(id_may_clash("st-1"));
        for id in [a.as_str(), "st-19ad3f5c2a1b3e8f1c2", "st-2"] {
            assert!(!id_may_clash(id), "{id}");
        }
    }

    #[test]
    fn unticking_an_untouched_item_stores_nothing() {
        let mut s = Station::new("a", "b");
        s.untick("s2.order");
        assert!(s.items.is_empty());
    }
}
