//! The saved document: everything the app keeps, as one versioned JSON document.
//!
//! The same format is written to localStorage and to backup files. Every change of format raises
//! [`SCHEMA_VERSION`] and adds a migration to [`MIGRATIONS`]; a fixture of every released version
//! lives in `tests/fixtures/` and is migrated in tests. A document from a newer app is refused,
//! never rewritten.

use super::json::{field, object, required, FromJson, ReadError, ReadResult};
use super::merge::{self, Clock, Fields};
use super::station::Station;
use serde::Serialize;
use serde_json::Value;
use std::fmt;

/// Marks a document as ours.
pub const APP_ID: &str = "onshi-navi";

/// The format this build reads and writes.
pub const SCHEMA_VERSION: u32 = 7;

/// Larger than any real document (20 fully filled stations are about 0.5 MB).
pub const MAX_DOCUMENT_BYTES: usize = 5 * 1024 * 1024;

/// A migration from one released format to the next, on the JSON value.
pub type Migration = fn(Value) -> Result<Value, String>;

/// Migrations between released formats: `MIGRATIONS[n - 1]` turns version `n` into `n + 1`.
/// They work on JSON values so that old shapes need no Rust types of their own.
pub const MIGRATIONS: &[Migration] = &[to_v2, to_v3, to_v4, to_v5, to_v6, to_v7];

/// Version 2 added two optional fields (`records.claims_start_month`,
/// `records.installation.certificate_renewed_on`); a version 1 document has neither, and reads as
/// it is. The version still rose so that an older app, which would drop the new fields when it
/// saves, refuses the newer document instead (see [`DocumentError::Newer`]).
fn to_v2(value: Value) -> Result<Value, String> {
    Ok(value)
}

/// Version 3 added each station's `visit` (how it checks at home); older stations have none and
/// read with the defaults. Raised for the same reason as version 2.
fn to_v3(value: Value) -> Result<Value, String> {
    Ok(value)
}

/// Version 4 added each station's `contacts`; older stations have none.
fn to_v4(value: Value) -> Result<Value, String> {
    Ok(value)
}

/// Version 5 added `backup_reminder_dismissed` (when the backup reminder was put off); an older
/// document has none.
fn to_v5(value: Value) -> Result<Value, String> {
    Ok(value)
}

/// Version 6 added each station's `introduced` (said to be 導入済み); an older station has none
/// and reads as not said.
fn to_v6(value: Value) -> Result<Value, String> {
    Ok(value)
}

/// Version 7 added each station's `identity` (the id it has on the other devices, where a
/// hand-off's old id clashed with another station here) and `backup_pending_since` (when the first
/// change no backup holds was made, by this device's wall clock); older documents have neither.
/// Stamps are from then on a hybrid logical clock (`merge::next_stamp`), read as before.
fn to_v7(value: Value) -> Result<Value, String> {
    Ok(value)
}

/// The clock path of [`Document::backup_pending_since`].
pub const PENDING_SINCE_PATH: &str = "/backup_pending_since";

/// The clock paths that are about backups, not about the station's data.
const BACKUP_PATHS: [&str; 3] = ["/last_export", "/backup_reminder_dismissed", PENDING_SINCE_PATH];

/// Whether a clock path is about backups (a change to it is not a change a backup should hold).
pub fn is_about_backups(path: &str) -> bool {
    BACKUP_PATHS.contains(&path)
}

/// Each station's JSON text as last written, with the station it was written from
/// ([`Document::to_json_reusing`]).
#[derive(Debug, Default)]
pub struct StationTexts(Vec<(Station, String)>);

/// Everything the app keeps.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    /// Always [`APP_ID`].
    pub app: String,
    /// Always [`SCHEMA_VERSION`] in memory (older documents are migrated when read).
    pub schema: u32,
    /// The id of the station the user is working on.
    pub current: String,
    pub stations: Vec<Station>,
    /// When the user last wrote a backup file (ISO date-time, local).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_export: Option<String>,
    /// When the user put off the backup reminder (ms since 1970; schema 5; see `model::backup`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backup_reminder_dismissed: Option<u64>,
    /// When the first change that no backup file holds was made, by this device's wall clock
    /// (ms since 1970; schema 7; see `model::backup`). Stamps cannot tell it: they may be ahead
    /// of the wall clock, after a hand-off from a device whose clock runs ahead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backup_pending_since: Option<u64>,
    /// When each field last changed, for merging two tabs' versions (see `model::merge`).
    #[serde(skip_serializing_if = "Clock::is_empty", serialize_with = "super::json::write_map")]
    pub clock: Clock,
}

impl FromJson for Document {
    fn from_json(value: &Value) -> ReadResult<Self> {
        let object = object(value)?;
        Ok(Document {
            app: required(object, "app")?,
            schema: required(object, "schema")?,
            current: required(object, "current")?,
            stations: required(object, "stations")?,
            last_export: field(object, "last_export")?,
            backup_reminder_dismissed: field(object, "backup_reminder_dismissed")?,
            backup_pending_since: field(object, "backup_pending_since")?,
            clock: field(object, "clock")?,
        })
    }
}

/// Why a saved text could not be read as a document. Each has a message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentError {
    TooLarge { bytes: usize },
    NotJson,
    TooDeep,
    NotOurs,
    Newer { found: u64 },
    Invalid(String),
}

impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocumentError::TooLarge { bytes } => write!(
                f,
                "データが大きすぎます（約{} KB）。オン資導入ナビのデータは通常 1 MB未満です。正しいファイルか確かめてください。",
                bytes / 1024
            ),
            DocumentError::NotJson => f.write_str(
                "データの形式（JSON）として読み取れません。オン資導入ナビの「書き出す」で作ったファイルを選んでください。",
            ),
            DocumentError::TooDeep => f.write_str(
                "データの入れ子が深すぎて読み取れません。オン資導入ナビの「書き出す」で作ったファイルを選んでください。",
            ),
            DocumentError::NotOurs => f.write_str(
                "オン資導入ナビのデータではありません。オン資導入ナビの「書き出す」で作ったファイルを選んでください。",
            ),
            DocumentError::Newer { found } => write!(
                f,
                "新しいバージョンのアプリで作られたデータです（形式 {found}。このアプリは形式 {SCHEMA_VERSION} まで）。アプリを更新してから開いてください。"
            ),
            DocumentError::Invalid(detail) => write!(
                f,
                "データの中身が正しくありません（{detail}）。オン資導入ナビの「書き出す」で作ったファイルを選んでください。"
            ),
        }
    }
}

impl Document {
    /// A new document with one unnamed station, of a fresh id (random, unique across devices:
    /// [`super::station::unique_id`]). Until it is used, that station is not one the user made:
    /// two tabs that both start fresh end with one station ([`merge_documents`]), and a hand-off
    /// received first takes its place.
    pub fn new(first_station_id: impl Into<String>) -> Document {
        let id = first_station_id.into();
        Document {
            app: APP_ID.into(),
            schema: SCHEMA_VERSION,
            current: id.clone(),
            stations: vec![Station::new(id, "")],
            last_export: None,
            backup_reminder_dismissed: None,
            backup_pending_since: None,
            clock: Clock::new(),
        }
    }

    /// Whether the device has never been used: no change ever stamped, and one empty, unnamed
    /// station (what [`Document::new`] makes).
    pub fn is_unused(&self) -> bool {
        self.clock.is_empty()
            && matches!(self.stations.as_slice(), [only] if *only == Station::new(only.id.clone(), ""))
    }

    /// The fields that merge between tabs: everything but the header, the clock and the
    /// station this tab is working on.
    fn fields(&self) -> Fields {
        let mut value = serde_json::to_value(self).unwrap_or(Value::Null);
        if let Some(object) = value.as_object_mut() {
            for key in ["app", "schema", "current", "clock"] {
                object.remove(key);
            }
        }
        merge::flatten(&value)
    }

    /// Records in the clock which fields changed since `before`. `now` is this device's wall
    /// clock (ms since 1970); the stamp is after every stamp the document holds
    /// ([`merge::next_stamp`]).
    pub fn stamp_changes(&mut self, before: &Document, now: u64) {
        let (old, new) = (before.fields(), self.fields());
        let mut changed = Clock::new();
        merge::stamp(&mut changed, &old, &new, 0);
        self.record_stamps(changed, now);
    }

    /// As [`Document::stamp_changes`], when only one station changed (most edits): compares
    /// that station (found by `before`'s id) alone, so a change costs the same however many
    /// stations there are.
    pub fn stamp_station_changes(&mut self, before: &Station, now: u64) {
        let Some(after) = self.station(&before.id) else { return };
        let prefix = merge::row_path("/stations", &before.id);
        let value = |s: &Station| serde_json::to_value(s).unwrap_or(Value::Null);
        let (old, new) = (value(before), value(after));
        let mut changed = Clock::new();
        merge::stamp_values(&mut changed, Some(&old), Some(&new), &prefix, 0);
        self.record_stamps(changed, now);
    }

    /// Stamps the changed paths with one stamp of the document's clock, and notes when the first
    /// change no backup holds was made (`model::backup`).
    fn record_stamps(&mut self, changed: Clock, now: u64) {
        if changed.is_empty() {
            return;
        }
        let stamp = merge::next_stamp(&self.clock, now);
        let about_data = changed.keys().any(|path| !is_about_backups(path));
        for (path, _) in changed {
            self.clock.insert(path, stamp);
        }
        if about_data && self.backup_pending_since.is_none() {
            self.backup_pending_since = Some(now);
            self.clock.insert(PENDING_SINCE_PATH.into(), stamp);
        }
    }

    /// Whether two versions hold the same data (the current station aside).
    pub fn same_content(&self, other: &Document) -> bool {
        self.stations == other.stations
            && self.last_export == other.last_export
            && self.backup_reminder_dismissed == other.backup_reminder_dismissed
            && self.backup_pending_since == other.backup_pending_since
            && self.clock == other.clock
    }

    /// The station being worked on. A document always has at least one (see [`parse`]).
    pub fn current_station(&self) -> &Station {
        self.stations.iter().find(|s| s.id == self.current).unwrap_or(&self.stations[0])
    }

    pub fn current_station_mut(&mut self) -> &mut Station {
        let index = self.stations.iter().position(|s| s.id == self.current).unwrap_or(0);
        &mut self.stations[index]
    }

    pub fn station(&self, id: &str) -> Option<&Station> {
        self.stations.iter().find(|s| s.id == id)
    }

    pub fn station_mut(&mut self, id: &str) -> Option<&mut Station> {
        self.stations.iter_mut().find(|s| s.id == id)
    }

    /// Adds a station and makes it the current one.
    pub fn add_station(&mut self, id: String, name: &str) {
        self.current = id.clone();
        self.stations.push(Station::new(id, name.trim()));
    }

    /// Makes a station the current one, if it exists.
    pub fn switch_to(&mut self, id: &str) {
        if self.station(id).is_some() {
            self.current = id.to_string();
        }
    }

    /// Deletes a station with all its progress and records. A document always keeps one
    /// station: deleting the last leaves a fresh, unnamed one (`fresh_id`).
    pub fn delete_station(&mut self, id: &str, fresh_id: String) {
        self.stations.retain(|s| s.id != id);
        if self.stations.is_empty() {
            self.stations.push(Station::new(fresh_id, ""));
        }
        if self.station(&self.current.clone()).is_none() {
            self.current = self.stations[0].id.clone();
        }
    }

    pub fn to_json(&self) -> String {
        self.to_json_reusing(&mut StationTexts::default())
    }

    /// The document as JSON text, exactly as its JSON value prints (keys in order at every
    /// level), with the text of each station that has not changed since `texts` last saw it
    /// taken from there: a save writes out again only the station that changed (writing out
    /// every station was most of a save on a station-heavy device).
    ///
    /// Through JSON values, as the merge already does: one serialiser for the derived code
    /// instead of two (measured: smaller WebAssembly). Plain data with string keys cannot fail.
    pub fn to_json_reusing(&self, texts: &mut StationTexts) -> String {
        // The document without its stations, through the same derived code: "stations" comes
        // last of the keys in order, so its empty list closes the text, and the stations go in
        // its place.
        let head = Document {
            app: self.app.clone(),
            current: self.current.clone(),
            stations: Vec::new(),
            last_export: self.last_export.clone(),
            clock: self.clock.clone(),
            ..*self
        };
        let mut text = serde_json::to_value(&head).unwrap_or_default().to_string();
        // A field named after "stations" would come after them: then it must be written here.
        debug_assert!(text.ends_with(r#""stations":[]}"#), "the stations are not the last key: {text}");
        text.truncate(text.len().saturating_sub("]}".len()));
        // Compared place by place: stations are rarely moved, and a moved one is only written
        // out again. Only a changed station is cloned.
        let mut before = std::mem::take(&mut texts.0).into_iter();
        for (index, station) in self.stations.iter().enumerate() {
            let entry = match before.next() {
                Some(entry) if entry.0 == *station => entry,
                _ => (station.clone(), serde_json::to_value(station).unwrap_or_default().to_string()),
            };
            if index > 0 {
                text.push(',');
            }
            text.push_str(&entry.1);
            texts.0.push(entry);
        }
        text.push_str("]}");
        text
    }

    /// Checks what serde cannot: at least one station, unique non-empty ids, a valid current one.
    fn validate(mut self) -> Result<Document, DocumentError> {
        if self.stations.is_empty() {
            return Err(DocumentError::Invalid("事業所が1件もありません".into()));
        }
        // Each id against those before it: a document holds a few stations, and a hash set is
        // one more map type compiled in.
        for (index, station) in self.stations.iter().enumerate() {
            if station.id.is_empty() || self.stations[..index].iter().any(|s| s.id == station.id) {
                return Err(DocumentError::Invalid("事業所の識別子が重複しているか空です".into()));
            }
        }
        if self.station(&self.current).is_none() {
            self.current = self.stations[0].id.clone();
        }
        Ok(self)
    }
}

/// Reads a saved or exported text: checks size, format, owner and version, migrates older
/// versions, and validates. Never panics, whatever the input.
pub fn parse(text: &str) -> Result<Document, DocumentError> {
    from_value(parse_json(text)?)
}

/// The first checks of [`parse`]: the text's size, and that it is JSON at all.
pub fn parse_json(text: &str) -> Result<Value, DocumentError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(DocumentError::TooLarge { bytes: text.len() });
    }
    serde_json::from_str(text).map_err(|e| {
        // serde_json stops at 128 levels of nesting rather than overflow the stack.
        if e.to_string().contains("recursion limit") {
            DocumentError::TooDeep
        } else {
            DocumentError::NotJson
        }
    })
}

/// As [`parse`], from an already parsed JSON value.
pub fn from_value(mut value: Value) -> Result<Document, DocumentError> {
    if value.get("app").and_then(Value::as_str) != Some(APP_ID) {
        return Err(DocumentError::NotOurs);
    }
    let version = value
        .get("schema")
        .and_then(Value::as_u64)
        .filter(|v| *v >= 1)
        .ok_or_else(|| DocumentError::Invalid("形式の番号がありません".into()))?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(DocumentError::Newer { found: version });
    }
    for migrate in &MIGRATIONS[(version as usize - 1)..] {
        value = migrate(value).map_err(DocumentError::Invalid)?;
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("schema".into(), SCHEMA_VERSION.into());
    }
    let document = Document::from_json(&value).map_err(|e| DocumentError::Invalid(describe_read_error(&e)))?;
    document.validate()
}

/// Merges another tab's version (`theirs`) into this tab's (`ours`), field by field, the newer
/// change winning, each row kept or deleted whole (see [`super::merge`]). The station this tab is
/// working on stays current here. A version never used ([`Document::is_unused`]) holds nothing the
/// user made: the other version is taken as it is, so two tabs that started fresh end with one
/// station, not two empty ones.
pub fn merge_documents(ours: &Document, theirs: &Document) -> Document {
    if theirs.is_unused() {
        return ours.clone();
    }
    if ours.is_unused() {
        let mut taken = theirs.clone();
        taken.switch_to(&ours.current);
        return taken;
    }
    let (fields, clock) = merge::merge(&ours.fields(), &ours.clock, &theirs.fields(), &theirs.clock);
    let mut value = merge::unflatten(&fields);
    if let Some(object) = value.as_object_mut() {
        object.insert("app".into(), APP_ID.into());
        object.insert("schema".into(), SCHEMA_VERSION.into());
        object.insert("current".into(), ours.current.clone().into());
        object.insert(
            "clock".into(),
            super::json::write_map(&clock, serde_json::value::Serializer).unwrap_or(Value::Null),
        );
    }
    // Both versions have the same shape, so the merge does too; should it not, keep this tab's
    // version: it is on screen, and the other tab still has its own.
    from_value(value).unwrap_or_else(|_| ours.clone())
}

/// A short Japanese description of where a document's shape is wrong.
fn describe_read_error(e: &ReadError) -> String {
    if e.missing {
        format!("必要な項目がありません: {}", e.path())
    } else {
        format!("項目の型が違います: {}（{}であるべきところ）", e.path(), e.expected)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::Date;

    fn sample() -> Document {
        let mut doc = Document::new("st-1");
        let station = doc.current_station_mut();
        station.name = "さくら訪問看護ステーション".into();
        station.tick("s1.current-usage", Date::new(2024, 1, 15).unwrap());
        station.set_memo("s2.order", "見積比較中");
        station.records.contact.person = "山田".into();
        doc
    }

    #[test]
    fn round_trip() {
        let doc = sample();
        let text = doc.to_json();
        assert_eq!(parse(&text).unwrap(), doc);
        assert!(
            text.contains(r#""app":"onshi-navi""#) && text.contains(&format!(r#""schema":{SCHEMA_VERSION}"#)),
            "{text}"
        );
    }

    #[test]
    fn current_station_falls_back_to_the_first() {
        let mut doc = sample();
        doc.current = "gone".into();
        let doc = parse(&doc.to_json()).unwrap();
        assert_eq!(doc.current, "st-1");
        assert_eq!(doc.current_station().name, "さくら訪問看護ステーション");
    }

    #[test]
    fn refuses_what_is_not_a_document() {
        assert_eq!(parse(""), Err(DocumentError::NotJson));
        assert_eq!(parse("{\"app\":"), Err(DocumentError::NotJson));
        assert_eq!(parse("[1,2,3]"), Err(DocumentError::NotOurs));
        assert_eq!(parse(r#"{"app":"other","schema":1}"#), Err(DocumentError::NotOurs));
        assert!(matches!(parse(r#"{"app":"onshi-navi"}"#), Err(DocumentError::Invalid(_))));
        assert!(matches!(parse(r#"{"app":"onshi-navi","schema":0}"#), Err(DocumentError::Invalid(_))));
        assert_eq!(parse(r#"{"app":"onshi-navi","schema":99}"#), Err(DocumentError::Newer { found: 99 }));
        let no_stations = r#"{"app":"onshi-navi","schema":1,"current":"a","stations":[]}"#;
        assert!(matches!(parse(no_stations), Err(DocumentError::Invalid(_))));
        let wrong_type = r#"{"app":"onshi-navi","schema":1,"current":"a","stations":[{"id":"a","name":5}]}"#;
        assert!(matches!(parse(wrong_type), Err(DocumentError::Invalid(m)) if m.contains("型")));
        let bad_date = r#"{"app":"onshi-navi","schema":1,"current":"a","stations":[{"id":"a","items":{"s1.current-usage":{"done_on":"2024-02-30"}}}]}"#;
        assert!(matches!(parse(bad_date), Err(DocumentError::Invalid(_))));
        let duplicate = r#"{"app":"onshi-navi","schema":1,"current":"a","stations":[{"id":"a"},{"id":"a"}]}"#;
        assert!(matches!(parse(duplicate), Err(DocumentError::Invalid(_))));
    }

    #[test]
    fn refuses_deep_nesting_and_huge_text() {
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert_eq!(parse(&deep), Err(DocumentError::TooDeep));
        let huge = " ".repeat(MAX_DOCUMENT_BYTES + 1);
        assert!(matches!(parse(&huge), Err(DocumentError::TooLarge { .. })));
    }

    #[test]
    fn every_error_has_a_japanese_message_saying_what_to_do() {
        let errors = [
            DocumentError::TooLarge { bytes: 6_000_000 },
            DocumentError::NotJson,
            DocumentError::TooDeep,
            DocumentError::NotOurs,
            DocumentError::Newer { found: 2 },
            DocumentError::Invalid("x".into()),
        ];
        for e in errors {
            let m = e.to_string();
            assert!(m.contains("ください"), "{m}");
        }
    }

    #[test]
    fn merging_keeps_both_tabs_edits_and_this_tabs_station() {
        let base = sample();
        let mut ours = base.clone();
        ours.current_station_mut().tick("s2.order", Date::new(2024, 2, 1).unwrap());
        ours.stations.push(Station::new("st-2", "第二"));
        ours.current = "st-2".into();
        ours.stamp_changes(&base, 100);
        let mut theirs = base.clone();
        theirs.current_station_mut().records.contact.phone = "03-0000-0000".into();
        theirs.current_station_mut().untick("s1.current-usage");
        theirs.stamp_changes(&base, 101);
        for merged in [merge_documents(&ours, &theirs), merge_documents(&theirs, &ours)] {
            let first = merged.station("st-1").unwrap();
            assert!(first.is_done("s2.order"));
            assert!(!first.is_done("s1.current-usage"));
            assert_eq!(first.records.contact.phone, "03-0000-0000");
            assert_eq!(first.records.contact.person, "山田");
            assert_eq!(merged.stations.len(), 2);
        }
        assert_eq!(merge_documents(&ours, &theirs).current, "st-2");
        assert!(merge_documents(&ours, &theirs).same_content(&merge_documents(&theirs, &ours)));
    }

    #[test]
    fn stamping_one_station_equals_stamping_the_whole_document() {
        let mut doc = sample();
        doc.add_station("st-2".into(), "つばき");
        doc.switch_to("st-1");
        let before = doc.clone();
        let mut whole = doc.clone();
        let mut one = doc.clone();
        for d in [&mut whole, &mut one] {
            let s = d.current_station_mut();
            s.untick("s1.current-usage");
            s.records.contact.phone = "03".into();
            s.records.receipts.push(crate::model::records::Receipt { id: "r/1".into(), ..Default::default() });
        }
        whole.stamp_changes(&before, 7);
        one.stamp_station_changes(before.current_station(), 7);
        assert_eq!(whole.clock, one.clock);
        assert!(!one.clock.is_empty());
    }

    /// The text as the whole document's JSON value prints it: what `to_json` wrote before it
    /// reused the stations' texts.
    fn printed_as_one_value(doc: &Document) -> String {
        serde_json::to_value(doc).unwrap().to_string()
    }

    #[test]
    fn reusing_the_stations_texts_writes_what_the_whole_value_prints() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let text = std::fs::read_to_string(format!("{dir}/schema-v{SCHEMA_VERSION}.json")).unwrap();
        let mut doc = parse(&text).unwrap();
        let mut texts = StationTexts::default();
        // Each change to the document, then the same document saved twice (all texts reused).
        let changes: [fn(&mut Document); 9] = [
            |_| {},
            |d| d.current_station_mut().tick("s2.order", Date::new(2024, 2, 1).unwrap()),
            |d| d.current_station_mut().set_memo("s1.current-usage", "引用符\" と改行\nと\\"),
            |d| d.add_station("st-b".into(), "第二"),
            |d| d.switch_to("st-b"),
            |d| d.stations.reverse(),
            |d| {
                d.last_export = Some("2026-11-30T10:00".into());
                d.backup_reminder_dismissed = Some(1_700_000_000_000);
            },
            |d| d.stamp_changes(&Document::new("st-1"), 42),
            |d| d.delete_station("st-b", "st-c".into()),
        ];
        for change in changes {
            change(&mut doc);
            for _ in 0..2 {
                assert_eq!(doc.to_json_reusing(&mut texts), printed_as_one_value(&doc));
            }
            assert_eq!(parse(&doc.to_json_reusing(&mut texts)).unwrap(), doc);
        }
        assert_eq!(Document::new("st-1").to_json(), printed_as_one_value(&Document::new("st-1")));
    }

    #[test]
    fn a_stale_copy_does_not_undo_a_change() {
        let base = sample();
        let mut ours = base.clone();
        ours.current_station_mut().untick("s1.current-usage");
        ours.stamp_changes(&base, 100);
        // The other tab still has the old version (it read before our write reached it).
        let merged = merge_documents(&base, &ours);
        assert!(!merged.current_station().is_done("s1.current-usage"));
        let merged = merge_documents(&ours, &base);
        assert!(!merged.current_station().is_done("s1.current-usage"));
    }

    #[test]
    fn every_fixture_of_a_released_version_reads() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        for version in 1..=SCHEMA_VERSION {
            let path = format!("{dir}/schema-v{version}.json");
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            let doc = parse(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
            assert_eq!(doc.schema, SCHEMA_VERSION);
            assert!(!doc.stations.is_empty());
            // Reading and writing again loses nothing the fixture holds.
            assert_eq!(parse(&doc.to_json()).unwrap(), doc);
        }
    }

    #[test]
    fn stations_are_added_switched_renamed_and_deleted() {
        let mut doc = sample();
        doc.add_station("st-2".into(), " つばき ");
        assert_eq!(doc.current_station().name, "つばき");
        doc.current_station_mut().tick("s2.order", Date::new(2024, 2, 1).unwrap());
        doc.switch_to("st-1");
        assert!(!doc.current_station().is_done("s2.order"), "each station has its own progress");
        doc.switch_to("nope");
        assert_eq!(doc.current, "st-1");
        doc.station_mut("st-2").unwrap().name = "つばき訪問看護".into();
        assert_eq!(doc.station("st-2").unwrap().name, "つばき訪問看護");
        doc.delete_station("st-1", "st-3".into());
        assert_eq!(doc.current, "st-2");
        assert_eq!(doc.stations.len(), 1);
        doc.delete_station("st-2", "st-3".into());
        assert_eq!(doc.stations.len(), 1);
        assert_eq!((doc.current.as_str(), doc.current_station().name.as_str()), ("st-3", ""));
    }

    #[test]
    fn version_1_reads_without_the_fields_of_version_2() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let v1 = parse(&std::fs::read_to_string(format!("{dir}/schema-v1.json")).unwrap()).unwrap();
        let records = &v1.stations[0].records;
        assert_eq!((records.claims_start_month, records.installation.certificate_renewed_on), (None, None));
        assert_eq!(records.installation.certificate_arrived_on, Date::parse_iso("2024-03-01"));
        let v2 = parse(&std::fs::read_to_string(format!("{dir}/schema-v2.json")).unwrap()).unwrap();
        let records = &v2.stations[0].records;
        assert_eq!(records.claims_start_month.map(|m| m.iso()).as_deref(), Some("2024-08"));
        assert_eq!(records.installation.certificate_renewed_on, Date::parse_iso("2027-04-10"));
        // Apart from the new fields, the two fixtures hold the same data.
        let mut upgraded = v2.clone();
        upgraded.stations[0].records.claims_start_month = None;
        upgraded.stations[0].records.installation.certificate_renewed_on = None;
        assert_eq!(upgraded, v1);
        // A version 1 app refuses what this one writes, rather than drop the new fields.
        assert!(v2.to_json().contains(&format!(r#""schema":{SCHEMA_VERSION}"#)));
    }

    #[test]
    fn version_3_adds_how_the_station_checks_at_home() {
        use crate::model::visit::{VisitDevice, VisitTool};
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let v2 = parse(&std::fs::read_to_string(format!("{dir}/schema-v2.json")).unwrap()).unwrap();
        assert_eq!(v2.stations[0].visit, Default::default(), "an older station has no visit set-up");
        let v3 = parse(&std::fs::read_to_string(format!("{dir}/schema-v3.json")).unwrap()).unwrap();
        let visit = &v3.stations[0].visit;
        assert_eq!(visit.tool, Some(VisitTool::App));
        assert_eq!((visit.visit_function, visit.card_reader), (Some(true), Some(false)));
        assert_eq!(visit.devices[0].name, "訪問用タブレット1");
        assert!(visit.is_prepared("visit.activation"));
        let bad = r#"{"app":"onshi-navi","schema":3,"current":"a","stations":[{"id":"a","visit":{"tool":"fax"}}]}"#;
        assert!(matches!(parse(bad), Err(DocumentError::Invalid(m)) if m.contains("stations.0.visit.tool")));

        // Two tabs each register a device: both are kept; the tool chosen last wins.
        let base = v3.clone();
        let mut ours = base.clone();
        ours.current_station_mut().visit.devices.push(VisitDevice {
            id: "d-ours".into(),
            name: "スマホA".into(),
            registered_on: None,
        });
        ours.stamp_changes(&base, 100);
        let mut theirs = base.clone();
        theirs.current_station_mut().visit.devices.push(VisitDevice {
            id: "d-theirs".into(),
            name: "スマホB".into(),
            registered_on: None,
        });
        theirs.current_station_mut().visit.tool = Some(VisitTool::Both);
        theirs.stamp_changes(&base, 101);
        let merged = merge_documents(&ours, &theirs);
        let names: Vec<&str> = merged.current_station().visit.devices.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names.len(), 3, "{names:?}");
        assert!(names.contains(&"スマホA") && names.contains(&"スマホB"));
        assert_eq!(merged.current_station().visit.tool, Some(VisitTool::Both));
    }

    #[test]
    fn version_4_adds_the_stations_contacts() {
        use crate::model::contacts::ContactKind;
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let v3 = parse(&std::fs::read_to_string(format!("{dir}/schema-v3.json")).unwrap()).unwrap();
        assert!(v3.stations[0].contacts.is_empty());
        let v4 = parse(&std::fs::read_to_string(format!("{dir}/schema-v4.json")).unwrap()).unwrap();
        let contact = &v4.stations[0].contacts[0];
        assert_eq!(
            (contact.name.as_str(), contact.phone.as_str(), contact.kind),
            ("NTT東日本", "0312345678", ContactKind::Support)
        );
        let mut upgraded = v4.clone();
        upgraded.stations[0].contacts.clear();
        assert_eq!(upgraded, v3, "apart from the contacts, the fixtures hold the same data");
        // Contacts added in two tabs are both kept.
        let base = v4.clone();
        let mut ours = base.clone();
        ours.current_station_mut().contacts.push(crate::model::contacts::StationContact {
            id: "c-ours".into(),
            name: "A".into(),
            ..Default::default()
        });
        ours.stamp_changes(&base, 100);
        let mut theirs = base.clone();
        theirs.current_station_mut().contacts.push(crate::model::contacts::StationContact {
            id: "c-theirs".into(),
            name: "B".into(),
            ..Default::default()
        });
        theirs.stamp_changes(&base, 101);
        assert_eq!(merge_documents(&ours, &theirs).current_station().contacts.len(), 3);
    }

    #[test]
    fn version_5_remembers_when_the_backup_reminder_was_put_off() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let v4 = parse(&std::fs::read_to_string(format!("{dir}/schema-v4.json")).unwrap()).unwrap();
        assert_eq!(v4.backup_reminder_dismissed, None);
        let v5 = parse(&std::fs::read_to_string(format!("{dir}/schema-v5.json")).unwrap()).unwrap();
        assert_eq!(v5.backup_reminder_dismissed, Some(1_800_000_000_000));
        let mut upgraded = v5.clone();
        upgraded.backup_reminder_dismissed = None;
        assert_eq!(upgraded, v4);
        // Put off in one tab: the other tab takes it.
        let mut ours = v4.clone();
        ours.backup_reminder_dismissed = Some(5);
        ours.stamp_changes(&v4, 100);
        assert_eq!(merge_documents(&v4, &ours).backup_reminder_dismissed, Some(5));
    }

    #[test]
    fn version_6_says_whether_a_station_is_introduced() {
        use crate::model::guide::GUIDE;
        use crate::model::progress::is_introduced;
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let v5 = parse(&std::fs::read_to_string(format!("{dir}/schema-v5.json")).unwrap()).unwrap();
        assert!(!v5.stations[0].introduced, "an older station has not said");
        let v6 = parse(&std::fs::read_to_string(format!("{dir}/schema-v6.json")).unwrap()).unwrap();
        assert!(v6.stations[0].introduced && is_introduced(&GUIDE, &v6.stations[0]));
        let mut upgraded = v6.clone();
        upgraded.stations[0].introduced = false;
        assert_eq!(upgraded, v5);
        // Not said is not written: a document that never says it reads and writes as version 5 did.
        assert!(!v5.to_json().contains("introduced"));
        // Said in one tab, taken back in another later: the later change wins.
        let mut ours = v5.clone();
        ours.stations[0].introduced = true;
        ours.stamp_changes(&v5, 100);
        let mut theirs = ours.clone();
        theirs.stations[0].introduced = false;
        theirs.stamp_changes(&ours, 200);
        assert!(!merge_documents(&ours, &theirs).stations[0].introduced);
        assert!(merge_documents(&v5, &ours).stations[0].introduced);
    }

    #[test]
    fn version_7_keeps_identities_and_when_changes_began_to_wait_for_a_backup() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let v6 = parse(&std::fs::read_to_string(format!("{dir}/schema-v6.json")).unwrap()).unwrap();
        assert_eq!(v6.backup_pending_since, None);
        assert!(v6.stations.iter().all(|s| s.identity.is_none() && s.identity() == s.id));
        let v7 = parse(&std::fs::read_to_string(format!("{dir}/schema-v7.json")).unwrap()).unwrap();
        assert_eq!(v7.backup_pending_since, Some(1_800_100_000_000));
        let added = &v7.stations[1];
        assert!(!crate::model::station::id_may_clash(&added.id));
        assert_eq!(added.identity(), "st-2", "handed on as the station it is on the other devices");
        // Apart from the new fields (and the id the added station took here), the same data.
        let mut upgraded = v7.clone();
        upgraded.backup_pending_since = None;
        upgraded.stations[1].identity = None;
        upgraded.stations[1].id = "st-2".into();
        assert_eq!(upgraded, v6);
        // Neither is written while unset: a version 6 document writes as it did, but for its schema.
        let text = v6.to_json();
        assert!(!text.contains("identity") && !text.contains("backup_pending_since"));
    }

    #[test]
    fn a_migration_exists_for_every_older_version() {
        assert_eq!(MIGRATIONS.len(), SCHEMA_VERSION as usize - 1);
    }
}
