//! Backup files (バックアップ): writing the whole document to a JSON file, and checking a file
//! before it replaces what is on the device.

use super::date::Date;
use super::document::{self, is_about_backups, Document, DocumentError, MAX_DOCUMENT_BYTES};
use super::guide::GUIDE;
use super::progress::overall_progress;
use serde_json::Value;

/// `onshi-navi-YYYYMMDD.json`
pub fn file_name(day: Date) -> String {
    format!("onshi-navi-{}.json", day.compact())
}

/// The backup file's text: the document (app name, schema version, all stations) plus the time
/// of export.
pub fn export_text(doc: &Document, exported_at: &str) -> String {
    let mut value = serde_json::to_value(doc).unwrap_or(Value::Null);
    if let Some(object) = value.as_object_mut() {
        object.insert("exported_at".into(), exported_at.into());
    }
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

/// A day in milliseconds.
const DAY_MS: u64 = 86_400_000;

/// How many days a change may wait without a backup file before the app reminds the user:
/// Safari deletes a site's storage after 7 days without use (a home-screen app is exempt, a
/// Safari tab is not).
pub const REMIND_AFTER_DAYS: u64 = 7;

/// Records that a backup file was written at `at` (local ISO date-time): its stamp, after every
/// stamp the document holds, tells later changes from those the file holds.
pub fn mark_exported(doc: &mut Document, at: &str) {
    doc.last_export = Some(at.to_string());
    doc.backup_pending_since = None;
}

/// Where the backups stand at `now` (ms since 1970): how long ago the last one was written, and
/// whether to remind the user to write one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackupStanding {
    /// Whole days since the last backup file, or None when there has been none.
    pub days_since_export: Option<u64>,
    /// Changes are waiting that no backup file holds.
    pub unsaved_changes: bool,
    /// The oldest such change is at least [`REMIND_AFTER_DAYS`] old, and the reminder was not
    /// put off within that time.
    pub remind: bool,
}

/// Works out the backup standing. A change no backup holds is a stamp newer than the last
/// export's (stamps never go backwards, so the export's is after every stamp the file held).
/// The days are counted by this device's wall clock (`now`, `today`), never from stamps, which
/// may run ahead of it after a hand-off from a device whose clock does: the days since the export
/// from the export's own date, and the wait from when the first change no backup holds was made
/// here ([`Document::backup_pending_since`]; in a document from before it was kept, the oldest
/// such stamp, never later than now).
pub fn standing(doc: &Document, now: u64, today: Date) -> BackupStanding {
    let held = doc.last_export.as_ref().map_or(0, |_| doc.clock.get("/last_export").copied().unwrap_or(0));
    let oldest_unsaved =
        doc.clock.iter().filter(|(path, at)| !is_about_backups(path) && **at > held).map(|(_, at)| *at).min();
    let exported_on = doc.last_export.as_deref().and_then(|at| Date::parse_iso(at.get(..10)?));
    let waiting_since = doc.backup_pending_since.or(oldest_unsaved.map(|at| at.min(now)));
    let put_off = doc.backup_reminder_dismissed.unwrap_or(0);
    let remind = oldest_unsaved.is_some()
        && waiting_since.is_some_and(|first| now.saturating_sub(first.max(put_off)) >= REMIND_AFTER_DAYS * DAY_MS);
    BackupStanding {
        days_since_export: exported_on.map(|day| day.days_until(today).max(0) as u64),
        unsaved_changes: oldest_unsaved.is_some(),
        remind,
    }
}

impl BackupStanding {
    /// 「最後のバックアップ：3日前」, 「最後のバックアップ：今日」 or 「最後のバックアップ：まだありません」.
    pub fn describe(&self) -> String {
        match self.days_since_export {
            None => "最後のバックアップ：まだありません".into(),
            Some(0) => "最後のバックアップ：今日".into(),
            Some(days) => format!("最後のバックアップ：{days}日前"),
        }
    }
}

/// What a station holds, in counts, for the preview and the delete confirmation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StationSummary {
    pub name: String,
    pub ticked: usize,
    pub total: usize,
    pub quotes: usize,
    pub receipts: usize,
    pub staff: usize,
}

impl StationSummary {
    /// 「さくら訪問看護ステーション（チェック 3/15、見積 2 件、領収書 1 件、職員 2 名）」
    pub fn describe(&self) -> String {
        format!(
            "{}（チェック {}/{}、見積 {} 件、領収書 {} 件、職員 {} 名）",
            self.name, self.ticked, self.total, self.quotes, self.receipts, self.staff
        )
    }
}

pub fn summarize(doc: &Document) -> Vec<StationSummary> {
    doc.stations
        .iter()
        .map(|s| {
            let progress = overall_progress(&GUIDE, s);
            StationSummary {
                name: s.display_name().to_string(),
                ticked: progress.done,
                total: progress.total,
                quotes: s.records.quotes.len(),
                receipts: s.records.receipts.len(),
                staff: s.records.staff.len(),
            }
        })
        .collect()
}

/// A checked backup, ready to replace the device's data once the user confirms.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPreview {
    pub document: Document,
    pub stations: Vec<StationSummary>,
    /// When the file was written, as it says.
    pub exported_at: Option<String>,
}

/// Checks a backup file's text: size, format, owner, version (older ones are migrated), types.
/// Nothing changes on the device until the caller applies `document`.
pub fn read_backup(text: &str) -> Result<ImportPreview, DocumentError> {
    let value = document::parse_json(text)?;
    let exported_at = value.get("exported_at").and_then(Value::as_str).map(str::to_string);
    let document = document::from_value(value)?;
    Ok(ImportPreview { stations: summarize(&document), document, exported_at })
}

/// Refuses a file by its size before it is read at all.
pub fn check_file_size(bytes: f64) -> Result<(), DocumentError> {
    if bytes > MAX_DOCUMENT_BYTES as f64 {
        Err(DocumentError::TooLarge { bytes: bytes as usize })
    } else {
        Ok(())
    }
}

/// 「2024-03-01T10:30」 → 「2024年3月1日 10:30」 (as written, if it is not of that form).
pub fn describe_time(iso: &str) -> String {
    match iso.split_once('T') {
        Some((day, time)) => match Date::parse_iso(day) {
            Some(date) => format!("{} {}", date.japanese(), &time[..time.len().min(5)]),
            None => iso.to_string(),
        },
        None => iso.to_string(),
    }
}

#[cfg(test)]
mod standing_tests {
    use super::*;

    /// 2027-01-15 09:00 in Japan.
    const NOW: u64 = 1_800_000_000_000;

    fn today() -> Date {
        Date::checked(2027, 1, 15)
    }

    /// A document with changes stamped at the given times, exported (the export stamped after
    /// them, on the day given) and the reminder put off, as the app does it.
    fn doc_with(changes: &[(&str, u64)], exported: Option<(u64, &str)>, dismissed: Option<u64>) -> Document {
        let mut doc = Document::new("st-1");
        for (path, at) in changes {
            doc.clock.insert(path.to_string(), *at);
        }
        if let Some((at, day)) = exported {
            doc.last_export = Some(format!("{day}T10:00"));
            doc.clock.insert("/last_export".into(), at);
        }
        if let Some(at) = dismissed {
            doc.backup_reminder_dismissed = Some(at);
            doc.clock.insert("/backup_reminder_dismissed".into(), at);
        }
        doc
    }

    #[test]
    fn a_fresh_document_has_nothing_to_remind() {
        let s = standing(&Document::new("st-1"), NOW, today());
        assert_eq!(s, BackupStanding { days_since_export: None, unsaved_changes: false, remind: false });
        assert_eq!(s.describe(), "最後のバックアップ：まだありません");
    }

    #[test]
    fn changes_never_written_to_a_file_remind_after_seven_days() {
        let change = "/stations/#st-1/items/s1.current-usage/done_on";
        let just_under = doc_with(&[(change, NOW - 7 * DAY_MS + 1)], None, None);
        assert!(!standing(&just_under, NOW, today()).remind);
        let seven_days = doc_with(&[(change, NOW - 7 * DAY_MS)], None, None);
        assert!(standing(&seven_days, NOW, today()).remind);
        assert!(standing(&seven_days, NOW, today()).unsaved_changes);
    }

    #[test]
    fn an_export_after_the_changes_stops_the_reminder_and_counts_days() {
        let change = "/stations/#st-1/name";
        let doc = doc_with(&[(change, NOW - 20 * DAY_MS)], Some((NOW - 10 * DAY_MS, "2027-01-05")), None);
        let s = standing(&doc, NOW, today());
        assert_eq!((s.days_since_export, s.unsaved_changes, s.remind), (Some(10), false, false));
        assert_eq!(s.describe(), "最後のバックアップ：10日前");
        // A change after the export waits; seven days after it, the reminder comes.
        let doc = doc_with(&[(change, NOW - 8 * DAY_MS)], Some((NOW - 10 * DAY_MS, "2027-01-05")), None);
        assert!(standing(&doc, NOW, today()).remind);
        let doc = doc_with(&[(change, NOW - DAY_MS)], Some((NOW - 10 * DAY_MS, "2027-01-05")), None);
        assert!(standing(&doc, NOW, today()).unsaved_changes && !standing(&doc, NOW, today()).remind);
        let today_only = doc_with(&[], Some((NOW - 1000, "2027-01-15")), None);
        assert_eq!(standing(&today_only, NOW, today()).describe(), "最後のバックアップ：今日");
    }

    #[test]
    fn putting_the_reminder_off_hides_it_for_seven_days() {
        let change = "/stations/#st-1/name";
        let doc = doc_with(&[(change, NOW - 30 * DAY_MS)], None, Some(NOW - 6 * DAY_MS));
        assert!(!standing(&doc, NOW, today()).remind);
        let doc = doc_with(&[(change, NOW - 30 * DAY_MS)], None, Some(NOW - 7 * DAY_MS));
        assert!(standing(&doc, NOW, today()).remind);
    }

    /// A station received from a device whose clock runs a year ahead: its stamps are in this
    /// device's future. The reminder still comes seven days (by this device's clock) after the
    /// first change here, and the days since the export are days of the calendar.
    #[test]
    fn stamps_ahead_of_the_wall_clock_do_not_hold_the_reminder_off() {
        const YEAR: u64 = 365 * DAY_MS;
        let mut doc = Document::new("st-1");
        let before = doc.clone();
        doc.current_station_mut().name = "受け取った事業所".into();
        doc.clock.insert("/stations/#st-1/contacts/#c1/name".into(), NOW + YEAR);
        doc.stamp_changes(&before, NOW - 8 * DAY_MS);
        assert!(doc.clock.values().all(|at| *at >= NOW + YEAR), "every stamp after the newest");
        assert_eq!(doc.backup_pending_since, Some(NOW - 8 * DAY_MS), "by the wall clock");
        assert!(standing(&doc, NOW, today()).remind);
        // Exported on the 12th (its stamp after every other): nothing waits; three days ago.
        let before = doc.clone();
        mark_exported(&mut doc, "2027-01-12T09:00");
        doc.stamp_changes(&before, NOW - 3 * DAY_MS);
        let s = standing(&doc, NOW, today());
        assert_eq!((s.days_since_export, s.unsaved_changes, s.remind), (Some(3), false, false));
        // A change after it waits again, from its own wall-clock time.
        let before = doc.clone();
        doc.current_station_mut().name = "名前を直した".into();
        doc.stamp_changes(&before, NOW - 2 * DAY_MS);
        let s = standing(&doc, NOW, today());
        assert!(s.unsaved_changes && !s.remind);
        assert!(standing(&doc, NOW + 5 * DAY_MS, Date::checked(2027, 1, 20)).remind);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::document::SCHEMA_VERSION;

    fn fixture() -> &'static str {
        include_str!("../../tests/fixtures/schema-v1.json")
    }

    #[test]
    fn export_then_import_restores_everything() {
        let doc = document::parse(fixture()).unwrap();
        let text = export_text(&doc, "2024-03-02T09:00");
        let preview = read_backup(&text).unwrap();
        assert_eq!(preview.document, doc);
        assert_eq!(preview.exported_at.as_deref(), Some("2024-03-02T09:00"));
        assert_eq!(preview.stations.len(), 2);
        assert_eq!(
            preview.stations[0].describe(),
            "さくら訪問看護ステーション（チェック 2/15、見積 2 件、領収書 1 件、職員 2 名）"
        );
        let head: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(head["app"], "onshi-navi");
        assert_eq!(head["schema"], SCHEMA_VERSION);
    }

    #[test]
    fn file_name_has_the_date() {
        assert_eq!(file_name(Date::new(2024, 3, 2).unwrap()), "onshi-navi-20240302.json");
    }

    #[test]
    fn each_bad_file_kind_is_refused_with_its_reason() {
        assert_eq!(read_backup("PK\u{3}\u{4} not json").unwrap_err(), DocumentError::NotJson);
        assert_eq!(read_backup(r#"{"name":"other app","items":[]}"#).unwrap_err(), DocumentError::NotOurs);
        let newer = fixture().replace("\"schema\": 1", &format!("\"schema\": {}", SCHEMA_VERSION + 1));
        assert_eq!(read_backup(&newer).unwrap_err(), DocumentError::Newer { found: u64::from(SCHEMA_VERSION) + 1 });
        let wrong = fixture().replace("\"amount\": 55000", "\"amount\": \"たくさん\"");
        assert!(matches!(read_backup(&wrong).unwrap_err(), DocumentError::Invalid(_)));
        let deep = format!("{{\"app\":\"onshi-navi\",\"schema\":1,\"x\":{}{}}}", "[".repeat(5000), "]".repeat(5000));
        assert_eq!(read_backup(&deep).unwrap_err(), DocumentError::TooDeep);
        assert!(matches!(check_file_size(6.0 * 1024.0 * 1024.0), Err(DocumentError::TooLarge { .. })));
        assert!(check_file_size(20_000.0).is_ok());
    }

    #[test]
    fn export_times_read_in_japanese() {
        assert_eq!(describe_time("2024-03-01T10:30"), "2024年3月1日 10:30");
        assert_eq!(describe_time("yesterday"), "yesterday");
    }
}
