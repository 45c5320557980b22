//! Backup files (バックアップ): writing the whole document to a JSON file, and checking a file
//! before it replaces what is on the device.

use super::date::Date;
use super::document::{self, Document, DocumentError, MAX_DOCUMENT_BYTES};
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
        let newer = fixture().replace("\"schema\": 1", "\"schema\": 7");
        assert_eq!(read_backup(&newer).unwrap_err(), DocumentError::Newer { found: 7 });
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
