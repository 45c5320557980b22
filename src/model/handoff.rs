//! 受け渡し: one station's set-up, handed from the device where it was set up (the manager's) to
//! each nurse's device, without a server and without touching what each nurse keeps herself.
//!
//! A hand-off carries the station's id and name, whether it is 導入済み, how it checks at home
//! (its tool, devices and preparation) and its contacts — nothing else: no ticks, dates, memos,
//! records or receipts, and nothing about patients (the app keeps none). With them go the
//! sender's stamps for those fields (`model::merge`), so that receiving decides what is newer the
//! way two tabs do: field by field, the later change winning. A contact the nurse added on her
//! own device is hers, and stays.
//!
//! The 受け渡しコード is the hand-off as text, safe to paste through mail or LINE:
//! `ONSHI-HANDOFF-1.<base64url of the JSON>.<CRC-32 of that text, 8 hex digits>`. Whitespace
//! inside it is ignored (a mail may wrap it), text around it too (a message that carries it); a
//! changed or cut-off code fails its check and is refused. A hand-off file holds the same code.
//!
//! The JSON: `{"app":"onshi-navi","handoff":1,"made_at":<ms>,"station":{"id","name",
//! "introduced"?,"visit","contacts"},"clock":{"/name":<ms>,…}}`, the clock's paths relative to the
//! station.

use super::contacts::StationContact;
use super::date::Date;
use super::document::{Document, APP_ID};
use super::guide::Guide;
use super::json::{field, object, required, FromJson, ReadResult};
use super::merge::{self, Clock};
use super::progress::is_introduced;
use super::station::Station;
use super::visit::VisitSetup;
use serde_json::{Map, Value};
use std::fmt;

/// The format this build writes; a code of a newer one is refused (the app must be updated).
pub const HANDOFF_VERSION: u32 = 1;

/// What every 受け渡しコード begins with.
const PREFIX: &str = "ONSHI-HANDOFF-";

/// Larger than any real hand-off (a station with a hundred contacts is a few tens of KB).
pub const MAX_HANDOFF_BYTES: usize = 256 * 1024;

/// The station's fields a hand-off carries.
const CARRIED: [&str; 4] = ["name", "introduced", "visit", "contacts"];

/// One station's set-up as handed on.
#[derive(Debug, Clone, PartialEq)]
pub struct Handoff {
    pub station: HandedStation,
    /// The sender's stamps for the carried fields, by path relative to the station.
    pub clock: Clock,
    /// When it was made (ms since 1970).
    pub made_at: u64,
}

/// The part of a station a hand-off carries.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct HandedStation {
    pub id: String,
    pub name: String,
    /// 導入済み on the sender's device (said so, or every step done).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub introduced: bool,
    pub visit: VisitSetup,
    pub contacts: Vec<StationContact>,
}

impl HandedStation {
    /// The name to show.
    pub fn display_name(&self) -> &str {
        super::station::name_to_show(&self.name)
    }
}

impl FromJson for HandedStation {
    fn from_json(value: &Value) -> ReadResult<Self> {
        let object = object(value)?;
        Ok(HandedStation {
            id: required(object, "id")?,
            name: field(object, "name")?,
            introduced: field(object, "introduced")?,
            visit: field(object, "visit")?,
            contacts: field(object, "contacts")?,
        })
    }
}

/// Why a text or file could not be received. Each says what to do, in Japanese.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandoffError {
    /// Nothing was given.
    Empty,
    TooLarge,
    /// A backup file of the whole document: it replaces everything, so it is read elsewhere.
    Backup,
    /// Not a hand-off at all (another file, an image, other text).
    NotAHandoff,
    /// A hand-off that was changed or cut off on the way.
    Damaged,
    /// Made by a newer version of the app.
    Newer {
        found: u32,
    },
}

impl fmt::Display for HandoffError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            HandoffError::Empty => "受け渡しコードを貼り付けるか、受け渡しのファイルを選んでください。",
            HandoffError::TooLarge => "大きすぎて受け渡しのデータとして読み取れません。渡す側の端末の「ほかの端末に渡す」で作り直してください。",
            HandoffError::Backup => "これはバックアップのファイルです。受け取りには使えません（読み込むと、この端末のデータがすべて置き換わります）。バックアップは「データの管理」から読み込んでください。",
            HandoffError::NotAHandoff => "受け渡しのデータではありません。渡す側の端末の「ほかの端末に渡す」で作った受け渡しコードかファイルを使ってください。",
            HandoffError::Damaged => "受け渡しコードが途中で切れているか、変わっています。コードを全部コピーし直して貼り付けてください。ファイルなら、もう一度送ってもらってください。",
            HandoffError::Newer { .. } => "新しいバージョンのアプリで作られた受け渡しです。この端末のアプリを更新してから読み込んでください。",
        })
    }
}

/// The hand-off of `station` at `now` (ms since 1970), with its stamps from the document's clock.
pub fn make(guide: &Guide, station: &Station, document_clock: &Clock, now: u64) -> Handoff {
    let prefix = merge::row_path("/stations", &station.id);
    let mut clock = carried_stamps(document_clock, &prefix);
    let introduced = is_introduced(guide, station);
    // 導入済み by its steps rather than said: as new as the newest tick.
    if introduced && !station.introduced {
        let ticked = document_clock
            .iter()
            .filter(|(path, _)| path.strip_prefix(&prefix).is_some_and(|p| p.starts_with("/items/")))
            .map(|(_, stamp)| *stamp)
            .max()
            .unwrap_or(0);
        clock.insert("/introduced".into(), ticked);
    }
    Handoff {
        station: HandedStation {
            id: station.id.clone(),
            name: station.name.clone(),
            introduced,
            visit: station.visit.clone(),
            contacts: station.contacts.clone(),
        },
        clock,
        made_at: now,
    }
}

/// The stamps of a station's carried fields (the station's paths start with `prefix`), by path
/// relative to the station.
fn carried_stamps(clock: &Clock, prefix: &str) -> Clock {
    let mut carried = Clock::new();
    for (path, stamp) in clock.iter() {
        if let Some(relative) = path.strip_prefix(prefix).filter(|p| is_carried(p)) {
            carried.insert(relative.to_string(), *stamp);
        }
    }
    carried
}

/// Whether a path (relative to a station) is one a hand-off carries.
fn is_carried(path: &str) -> bool {
    CARRIED.iter().any(|key| {
        path.strip_prefix('/')
            .and_then(|p| p.strip_prefix(key))
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

impl Handoff {
    /// The JSON the code carries.
    fn to_value(&self) -> Value {
        let mut object = Map::new();
        object.insert("app".into(), APP_ID.into());
        object.insert("handoff".into(), HANDOFF_VERSION.into());
        object.insert("made_at".into(), self.made_at.into());
        object.insert("station".into(), serde_json::to_value(&self.station).unwrap_or(Value::Null));
        object.insert(
            "clock".into(),
            super::json::write_map(&self.clock, serde_json::value::Serializer).unwrap_or(Value::Null),
        );
        Value::Object(object)
    }

    /// The 受け渡しコード.
    pub fn code(&self) -> String {
        let payload = base64url(self.to_value().to_string().as_bytes());
        format!("{PREFIX}{HANDOFF_VERSION}.{payload}.{:08x}", crc32(payload.as_bytes()))
    }

    /// The hand-off file's text: a line that says what it is, then the code.
    pub fn file_text(&self) -> String {
        format!("オン資導入ナビ 受け渡しコード（{}）\n{}\n", self.station.display_name(), self.code())
    }
}

/// `onshi-navi-handoff-YYYYMMDD.txt`
pub fn file_name(day: Date) -> String {
    format!("onshi-navi-handoff-{}.txt", day.compact())
}

/// Reads a 受け渡しコード, or a hand-off file's text. Never panics, whatever the input.
pub fn read(text: &str) -> Result<Handoff, HandoffError> {
    if text.len() > MAX_HANDOFF_BYTES {
        return Err(HandoffError::TooLarge);
    }
    let text = text.trim();
    if text.is_empty() {
        return Err(HandoffError::Empty);
    }
    let Some(start) = text.find(PREFIX) else {
        return Err(if looks_like_backup(text) { HandoffError::Backup } else { HandoffError::NotAHandoff });
    };
    // The code, without the whitespace a mail or a message may have put into it.
    let code: String = text[start + PREFIX.len()..].chars().filter(|c| !c.is_whitespace()).collect();
    let mut parts = code.splitn(3, '.');
    // Digits only: `parse` would also take a sign.
    let version = parts.next().filter(|v| v.bytes().all(|b| b.is_ascii_digit())).and_then(|v| v.parse().ok());
    match version {
        Some(1..=HANDOFF_VERSION) => {}
        Some(found) if found > HANDOFF_VERSION => return Err(HandoffError::Newer { found }),
        _ => return Err(HandoffError::NotAHandoff),
    }
    let (Some(payload), Some(check)) = (parts.next(), parts.next()) else { return Err(HandoffError::Damaged) };
    // The check is the code's last 8 characters; anything after them is not the code's.
    let check = check.get(..8).ok_or(HandoffError::Damaged)?;
    if u32::from_str_radix(check, 16).ok() != Some(crc32(payload.as_bytes())) {
        return Err(HandoffError::Damaged);
    }
    let bytes = from_base64url(payload).ok_or(HandoffError::Damaged)?;
    let json = String::from_utf8(bytes).map_err(|_| HandoffError::Damaged)?;
    let value: Value = serde_json::from_str(&json).map_err(|_| HandoffError::Damaged)?;
    from_value(&value).ok_or(HandoffError::Damaged)
}

fn from_value(value: &Value) -> Option<Handoff> {
    if value.get("app")?.as_str()? != APP_ID || value.get("handoff")?.as_u64()? != u64::from(HANDOFF_VERSION) {
        return None;
    }
    let station = HandedStation::from_json(value.get("station")?).ok()?;
    let clock: Clock = field(value.as_object()?, "clock").ok()?;
    // Every stamp is of a carried field: a hand-off stamps nothing else on the device.
    if station.id.is_empty() || clock.iter().any(|(path, _)| !is_carried(path)) {
        return None;
    }
    Some(Handoff { station, clock, made_at: value.get("made_at")?.as_u64()? })
}

/// Whether a text is one of the app's backup files (a whole document of ours).
fn looks_like_backup(text: &str) -> bool {
    super::document::parse_json(text)
        .is_ok_and(|v| v.get("app").and_then(Value::as_str) == Some(APP_ID) && v.get("schema").is_some())
}

/// What receiving a hand-off would do to the device's document.
#[derive(Debug, Clone, PartialEq)]
pub struct Received {
    /// The document after receiving (written only when the user says 受け取る).
    pub document: Document,
    /// The station was not on the device: it is added and becomes the current one.
    pub added: bool,
    /// The station as it was on the device, before receiving (none when added).
    pub before: Option<Station>,
    /// The station after receiving.
    pub after: Station,
}

impl Received {
    /// Nothing would change: the hand-off is the same as, or older than, what the device has.
    pub fn changes_nothing(&self) -> bool {
        !self.added && self.before.as_ref() == Some(&self.after)
    }

    /// What changes, line by line, for the user to check before 受け取る.
    pub fn changes(&self) -> Vec<Change> {
        let after = &self.after;
        let mut changes = Vec::new();
        let Some(before) = &self.before else {
            changes.push(Change::Added { name: after.display_name().to_string(), introduced: after.introduced });
            if after.visit.tool.is_some() {
                changes.push(Change::Tool { from: None, to: after.visit.tool });
            }
            changes.extend(after.contacts.iter().map(|c| Change::Contact(ContactChange::Added, c.clone())));
            return changes;
        };
        if before.name != after.name {
            changes.push(Change::Renamed {
                from: before.display_name().to_string(),
                to: after.display_name().to_string(),
            });
        }
        if before.introduced != after.introduced {
            changes.push(Change::Introduced(after.introduced));
        }
        if before.visit.tool != after.visit.tool {
            changes.push(Change::Tool { from: before.visit.tool, to: after.visit.tool });
        }
        let set_up = |v: &VisitSetup| (v.visit_function, v.card_reader, v.devices.clone(), v.prepared.clone());
        if set_up(&before.visit) != set_up(&after.visit) {
            changes.push(Change::Preparation);
        }
        for contact in &after.contacts {
            match before.contacts.iter().find(|c| c.id == contact.id) {
                None => changes.push(Change::Contact(ContactChange::Added, contact.clone())),
                Some(old) if old != contact => changes.push(Change::Contact(ContactChange::Changed, contact.clone())),
                Some(_) => {}
            }
        }
        for contact in before.contacts.iter().filter(|c| !after.contacts.iter().any(|a| a.id == c.id)) {
            changes.push(Change::Contact(ContactChange::Removed, contact.clone()));
        }
        changes
    }
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
        from: Option<super::visit::VisitTool>,
        to: Option<super::visit::VisitTool>,
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

/// What receiving `handoff` would make of `document`: the station added if the device does not
/// have it (and made current), or its carried fields merged with the device's, field by field,
/// the later change winning. The nurse's own ticks, records and contacts stay.
pub fn receive(document: &Document, handoff: &Handoff) -> Received {
    let id = &handoff.station.id;
    let prefix = merge::row_path("/stations", id);
    let mut doc = document.clone();
    // A device never used holds one empty, unnamed station (of the same id as every new
    // document's first): the station received takes its place rather than merge into it.
    let fresh = document.is_unused();
    let existing = if fresh { None } else { document.station(id).cloned() };
    let Some(before) = existing else {
        let handed = &handoff.station;
        let station = Station {
            id: id.clone(),
            name: handed.name.clone(),
            introduced: handed.introduced,
            visit: handed.visit.clone(),
            contacts: handed.contacts.clone(),
            ..Station::default()
        };
        for (path, stamp) in handoff.clock.iter() {
            doc.clock.insert(format!("{prefix}{path}"), *stamp);
        }
        if fresh {
            doc.stations.clear();
        }
        doc.stations.push(station.clone());
        doc.current = id.clone();
        return Received { document: doc, added: true, before: None, after: station };
    };
    let carried = |value: Value| -> Map<String, Value> {
        let mut kept = Map::new();
        if let Value::Object(object) = value {
            for (key, v) in object {
                if CARRIED.contains(&key.as_str()) {
                    kept.insert(key, v);
                }
            }
        }
        kept
    };
    let ours_value = Value::Object(carried(serde_json::to_value(&before).unwrap_or(Value::Null)));
    let theirs_value = Value::Object(carried(serde_json::to_value(&handoff.station).unwrap_or(Value::Null)));
    let ours_clock = carried_stamps(&document.clock, &prefix);
    let (fields, clock) =
        merge::merge(&merge::flatten(&ours_value), &ours_clock, &merge::flatten(&theirs_value), &handoff.clock);
    let merged = merge::unflatten(&fields);
    let mut station_value = serde_json::to_value(&before).unwrap_or(Value::Null);
    if let Value::Object(object) = &mut station_value {
        for key in CARRIED {
            object.remove(key);
        }
        if let Value::Object(merged) = merged {
            object.extend(merged);
        }
    }
    let after = Station::from_json(&station_value).unwrap_or_else(|_| before.clone());
    if let Some(station) = doc.station_mut(id) {
        *station = after.clone();
    }
    doc.clock.retain(|path, _| !path.strip_prefix(&prefix).is_some_and(is_carried));
    for (path, stamp) in clock.iter() {
        doc.clock.insert(format!("{prefix}{path}"), *stamp);
    }
    Received { document: doc, added: false, before: Some(before), after }
}

/// The URL-safe base64 alphabet (RFC 4648 §5), without padding.
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

fn from_base64url(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            let value = ALPHABET.iter().position(|a| a == c)? as u32;
            n |= value << (18 - 6 * i);
        }
        let bytes = chunk.len() - 1;
        for i in 0..bytes {
            out.push((n >> (16 - 8 * i)) as u8);
        }
        // Bits past the last byte must be zero: one text, one meaning.
        if n & ((1 << (24 - 8 * bytes)) - 1) != 0 && bytes < 3 {
            return None;
        }
    }
    Some(out)
}

/// CRC-32 (IEEE 802.3, as zip and PNG use it), bit by bit: a hand-off is checked once.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::contacts::ContactKind;
    use crate::model::guide::GUIDE;
    use crate::model::visit::{VisitDevice, VisitTool};
    use proptest::prelude::*;

    fn contact(id: &str, name: &str) -> StationContact {
        StationContact {
            id: id.into(),
            name: name.into(),
            phone: "0312345678".into(),
            kind: ContactKind::Support,
            memo: String::new(),
        }
    }

    /// The manager's device: a station set up, each change stamped as the app stamps it.
    fn managers() -> Document {
        let mut doc = Document::new();
        let before = doc.clone();
        let station = doc.current_station_mut();
        station.id = "st-mgr".into();
        doc.current = "st-mgr".into();
        let station = doc.current_station_mut();
        station.name = "さくら訪問看護ステーション".into();
        station.visit.tool = Some(VisitTool::App);
        station.visit.devices.push(VisitDevice {
            id: "d1".into(),
            name: "訪問用タブレット1".into(),
            registered_on: None,
        });
        station.contacts.push(contact("c1", "NTT東日本"));
        station.tick("s1.current-usage", Date::checked(2024, 1, 10));
        station.records.contact.person = "山田".into();
        doc.stamp_changes(&before, 1_000);
        doc
    }

    fn handoff_of(doc: &Document, now: u64) -> Handoff {
        make(&GUIDE, doc.current_station(), &doc.clock, now)
    }

    #[test]
    fn a_handoff_carries_the_set_up_and_nothing_else() {
        let doc = managers();
        let handoff = handoff_of(&doc, 2_000);
        let code = handoff.code();
        assert!(code.starts_with("ONSHI-HANDOFF-1."));
        let value: Value = serde_json::from_slice(&from_base64url(code.split('.').nth(1).unwrap()).unwrap()).unwrap();
        let station = value["station"].as_object().unwrap();
        let keys: Vec<&str> = station.keys().map(String::as_str).collect();
        assert_eq!(keys, ["contacts", "id", "name", "visit"], "no ticks, records or dates");
        assert!(!code.contains("山田") && !value.to_string().contains("s1.current-usage"));
        assert!(handoff.clock.iter().all(|(path, _)| is_carried(path)));
        assert_eq!(handoff.clock.get("/name"), Some(&1_000));
        assert_eq!(read(&code), Ok(handoff.clone()));
        // The file: a line saying what it is, then the code.
        assert_eq!(read(&handoff.file_text()), Ok(handoff));
    }

    #[test]
    fn a_code_survives_wrapping_and_the_text_around_it() {
        let handoff = handoff_of(&managers(), 2_000);
        let code = handoff.code();
        let wrapped: String = code
            .chars()
            .collect::<Vec<_>>()
            .chunks(40)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join("\r\n");
        assert_eq!(read(&format!("これを貼ってください：\n{wrapped}\nよろしくお願いします")), Ok(handoff));
    }

    #[test]
    fn what_is_not_a_handoff_is_refused_with_a_reason() {
        let doc = managers();
        let code = handoff_of(&doc, 2_000).code();
        let backup = crate::model::backup::export_text(&doc, "2026-12-02T10:00");
        assert_eq!(read(&backup), Err(HandoffError::Backup));
        assert_eq!(read("   "), Err(HandoffError::Empty));
        assert_eq!(read("こんにちは"), Err(HandoffError::NotAHandoff));
        assert_eq!(read("\u{89}PNG\r\n\u{1a}\n\0\0\0\rIHDR"), Err(HandoffError::NotAHandoff));
        assert_eq!(read(r#"{"app":"something-else"}"#), Err(HandoffError::NotAHandoff));
        assert_eq!(read(&code[..code.len() - 12]), Err(HandoffError::Damaged), "cut off");
        assert_eq!(read(&code[..40]), Err(HandoffError::Damaged), "cut off early");
        assert_eq!(read(&code.replacen("HANDOFF-1.", "HANDOFF-2.", 1)), Err(HandoffError::Newer { found: 2 }));
        assert_eq!(read(&"x".repeat(MAX_HANDOFF_BYTES + 1)), Err(HandoffError::TooLarge));
        // A code whose JSON is not a hand-off's, checked right: still refused.
        let other = base64url(br#"{"app":"onshi-navi","handoff":1,"made_at":1,"station":{"id":""},"clock":{}}"#);
        assert_eq!(read(&format!("{PREFIX}1.{other}.{:08x}", crc32(other.as_bytes()))), Err(HandoffError::Damaged));
        let stamps_records = base64url(
            br#"{"app":"onshi-navi","handoff":1,"made_at":1,"station":{"id":"a"},"clock":{"/items/s1.x/done_on":5}}"#,
        );
        assert_eq!(
            read(&format!("{PREFIX}1.{stamps_records}.{:08x}", crc32(stamps_records.as_bytes()))),
            Err(HandoffError::Damaged),
            "a hand-off never stamps what it does not carry"
        );
        for error in
            [HandoffError::Backup, HandoffError::Damaged, HandoffError::NotAHandoff, HandoffError::Newer { found: 2 }]
        {
            assert!(error.to_string().ends_with("。"), "{error:?} says what to do");
        }
    }

    #[test]
    fn a_new_station_is_added_as_handed_and_becomes_current() {
        let handoff = handoff_of(&managers(), 2_000);
        // A device in use, with a station of its own.
        let mut nurses = Document::new();
        let before = nurses.clone();
        nurses.current_station_mut().name = "前の職場".into();
        nurses.stamp_changes(&before, 500);
        let received = receive(&nurses, &handoff);
        assert!(received.added && !received.changes_nothing());
        let doc = &received.document;
        assert_eq!(doc.stations.len(), 2);
        assert_eq!(doc.current, "st-mgr");
        let station = doc.current_station();
        assert_eq!(station.name, "さくら訪問看護ステーション");
        assert_eq!(station.visit.tool, Some(VisitTool::App));
        assert_eq!(station.contacts, vec![contact("c1", "NTT東日本")]);
        assert!(station.items.is_empty() && station.records == Default::default(), "no progress or records");
        assert!(!station.introduced);
        assert_eq!(doc.clock.get("/stations/#st-mgr/name"), Some(&1_000));
        // A device never used: the station takes the empty one's place.
        let fresh = receive(&Document::new(), &handoff).document;
        assert_eq!(fresh.stations.len(), 1);
        assert_eq!(fresh.current_station().name, "さくら訪問看護ステーション");
        // Even when the manager's station has the id every new document's first one has.
        let mut first = managers();
        first.stations[0].id = crate::model::document::FIRST_STATION_ID.into();
        first.current = crate::model::document::FIRST_STATION_ID.into();
        let received = receive(&Document::new(), &handoff_of(&first, 2_000));
        assert!(received.added && received.document.stations.len() == 1);
    }

    #[test]
    fn a_station_introduced_by_its_steps_or_said_so_arrives_introduced() {
        let mut doc = managers();
        let before = doc.clone();
        for (_, item) in GUIDE.items() {
            doc.current_station_mut().tick(item.id, Date::checked(2024, 10, 1));
        }
        doc.stamp_changes(&before, 3_000);
        let handoff = handoff_of(&doc, 4_000);
        assert!(handoff.station.introduced);
        assert_eq!(handoff.clock.get("/introduced"), Some(&3_000), "as new as the last tick");
        let received = receive(&Document::new(), &handoff);
        assert!(received.after.introduced);
        assert!(is_introduced(&GUIDE, received.document.current_station()));
        assert!(received
            .changes()
            .contains(&Change::Added { name: "さくら訪問看護ステーション".into(), introduced: true }));
    }

    #[test]
    fn the_same_station_again_takes_what_is_newer_and_keeps_the_nurses_own() {
        let mut managers = managers();
        let first = handoff_of(&managers, 2_000);
        let mut nurses = receive(&Document::new(), &first).document;
        // The nurse ticks, writes a record and adds a contact of her own.
        let before = nurses.clone();
        let station = nurses.current_station_mut();
        station.tick("s4.brief-staff", Date::checked(2024, 11, 1));
        station.records.contact.email = "nurse@example.jp".into();
        station.contacts.push(contact("c-own", "近くの薬局"));
        nurses.stamp_changes(&before, 2_500);
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
        let received = receive(&nurses, &second);
        let station = &received.after;
        assert_eq!(station.name, "さくら訪問看護ステーション本店");
        assert_eq!(station.visit.tool, Some(VisitTool::Both));
        assert_eq!(station.visit.devices.len(), 2);
        let phones: Vec<(&str, &str)> = station.contacts.iter().map(|c| (c.name.as_str(), c.phone.as_str())).collect();
        assert_eq!(phones, [("NTT東日本", "0120950178"), ("近くの薬局", "0312345678")]);
        assert!(station.is_done("s4.brief-staff"), "her ticks stay");
        assert_eq!(station.records.contact.email, "nurse@example.jp", "her records stay");
        let changes = received.changes();
        assert!(changes.contains(&Change::Tool { from: Some(VisitTool::App), to: Some(VisitTool::Both) }));
        assert!(changes.contains(&Change::Preparation));
        assert!(changes.iter().any(|c| matches!(c, Change::Contact(ContactChange::Changed, c) if c.id == "c1")));
        assert!(!changes.iter().any(|c| matches!(c, Change::Contact(_, c) if c.id == "c-own")));
        // Received again, or the older one after it: nothing changes, and it says so.
        let nurses = received.document;
        assert!(receive(&nurses, &second).changes_nothing());
        assert!(receive(&nurses, &first).changes_nothing());
        assert_eq!(receive(&nurses, &first).document, nurses);
    }

    #[test]
    fn a_contact_the_manager_deleted_goes_unless_the_nurse_changed_it_since() {
        let mut managers = managers();
        let nurses = receive(&Document::new(), &handoff_of(&managers, 2_000)).document;
        let before = managers.clone();
        managers.current_station_mut().contacts.clear();
        managers.stamp_changes(&before, 3_000);
        let received = receive(&nurses, &handoff_of(&managers, 3_100));
        assert!(received.after.contacts.is_empty());
        assert!(received.changes().iter().any(|c| matches!(c, Change::Contact(ContactChange::Removed, _))));
    }

    /// A station with twenty contacts still makes a code one can paste into a mail or a message.
    #[test]
    fn a_station_with_twenty_contacts_makes_a_code_short_enough_to_paste() {
        let mut doc = managers();
        let before = doc.clone();
        // The manager's station has one contact already.
        for i in 1..20 {
            let mut c = contact(&format!("row-{i}"), &format!("株式会社サンプル事業者{i}"));
            c.memo = "担当：山田さん（平日9時〜17時）".into();
            doc.current_station_mut().contacts.push(c);
        }
        doc.stamp_changes(&before, 1_764_650_000_000);
        let code = handoff_of(&doc, 1_764_650_000_000).code();
        println!("a hand-off with {} contacts: {} bytes", doc.current_station().contacts.len(), code.len());
        assert!(code.len() < 16 * 1024, "{} bytes", code.len());
    }

    #[test]
    fn markup_is_kept_as_the_text_it_is() {
        let mut doc = managers();
        doc.current_station_mut().name = "<img src=x onerror=alert(1)>さくら".into();
        doc.current_station_mut().contacts[0].name = "<b>太字</b>".into();
        let read = read(&handoff_of(&doc, 2_000).code()).unwrap();
        assert_eq!(read.station.name, "<img src=x onerror=alert(1)>さくら");
        assert_eq!(read.station.contacts[0].name, "<b>太字</b>");
    }

    #[test]
    fn base64url_and_crc32_agree_with_the_reference_crates() {
        use base64::Engine;
        for text in ["", "f", "fo", "foo", "foob", "fooba", "foobar", "受け渡し\u{0}\u{ff}"] {
            let ours = base64url(text.as_bytes());
            assert_eq!(ours, base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text), "{text:?}");
            assert_eq!(from_base64url(&ours).as_deref(), Some(text.as_bytes()));
            assert_eq!(crc32(text.as_bytes()), crc32fast::hash(text.as_bytes()));
        }
        assert_eq!(from_base64url("Zm9=").as_deref(), None, "padding is not ours");
        assert_eq!(from_base64url("Zm9vY"), None, "a length no text encodes to");
        assert_eq!(from_base64url("Zh"), None, "stray bits after the last byte");
    }

    /// Stations as a manager may set them up: any names (markup, emoji, quotes), tools,
    /// devices, preparation and contacts, some said to be introduced.
    fn station() -> impl Strategy<Value = (Station, Vec<(String, u64)>)> {
        let text = "\\PC{0,12}";
        (
            "[a-z0-9\\-]{1,12}",
            text,
            any::<bool>(),
            prop::option::of(prop_oneof![Just(VisitTool::App), Just(VisitTool::Web), Just(VisitTool::Both)]),
            prop::collection::vec((text, prop::option::of(1900u16..2100)), 0..3),
            prop::collection::vec((text, "[0-9]{10}", 0usize..4, text), 0..20),
            prop::collection::vec(("/(name|introduced|visit/tool|contacts/#order)", 1u64..u64::MAX / 2), 0..4),
        )
            .prop_map(|(id, name, introduced, tool, devices, contacts, stamps)| {
                let mut station = Station::new(id, name);
                station.introduced = introduced;
                station.visit.tool = tool;
                for (i, (name, year)) in devices.into_iter().enumerate() {
                    let registered_on = year.and_then(|y| Date::new(y, 1, 1));
                    station.visit.devices.push(VisitDevice { id: format!("d{i}"), name, registered_on });
                }
                for (i, (name, phone, kind, memo)) in contacts.into_iter().enumerate() {
                    let kind = ContactKind::ALL[kind];
                    station.contacts.push(StationContact { id: format!("c{i}"), name, phone, kind, memo });
                }
                (station, stamps)
            })
    }

    fn clock_of(station: &Station, stamps: &[(String, u64)]) -> Clock {
        let mut clock = Clock::new();
        for (path, stamp) in stamps {
            clock.insert(format!("{}{path}", merge::row_path("/stations", &station.id)), *stamp);
        }
        clock
    }

    proptest! {
        /// Any hand-off made from any station reads back to the same set-up.
        #[test]
        fn any_handoff_reads_back_the_same((station, stamps) in station(), now in any::<u64>()) {
            let handoff = make(&GUIDE, &station, &clock_of(&station, &stamps), now);
            let read = read(&handoff.code()).unwrap();
            prop_assert_eq!(&read, &handoff);
            let received = receive(&Document::new(), &read);
            prop_assert_eq!(&received.after.name, &station.name);
            prop_assert_eq!(&received.after.visit, &station.visit);
            prop_assert_eq!(&received.after.contacts, &station.contacts);
            prop_assert_eq!(received.after.introduced, is_introduced(&GUIDE, &station));
        }

        /// Any change of one character in a code is either refused or harmless.
        #[test]
        fn one_character_changed_is_refused_or_harmless(
            (station, stamps) in station(),
            at in any::<prop::sample::Index>(),
            replacement in prop_oneof![any::<char>(), "[A-Za-z0-9._\\- ]".prop_map(|s| s.chars().next().unwrap())],
        ) {
            let handoff = make(&GUIDE, &station, &clock_of(&station, &stamps), 7);
            let code = handoff.code();
            let mut chars: Vec<char> = code.chars().collect();
            let i = at.index(chars.len());
            prop_assume!(chars[i] != replacement);
            chars[i] = replacement;
            let changed: String = chars.into_iter().collect();
            match read(&changed) {
                Err(_) => {}
                Ok(read) => prop_assert_eq!(read, handoff),
            }
        }
    }
}
