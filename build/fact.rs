//! A fact as three content files write it (その後の動き, 訪問, 連絡先): a sentence, its kind and
//! its sources; for an arrangement with an end, its last day and the sentence told after it.
//! Written out as `model::fact::Fact`.

use crate::date::Date;
use crate::emit::{emit_struct, keyed, Emit};
use crate::sources::Table;
use serde::Deserialize;

keyed! { Kind => KindFile { Official, Report, Unconfirmed } }

/// A fact of その後の動き, which may have an end.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactFile {
    pub id: String,
    pub text: String,
    pub kind: KindFile,
    pub sources: Vec<String>,
    #[serde(default, deserialize_with = "crate::emit::optional_day")]
    pub until: Option<Date>,
    #[serde(default)]
    pub until_what: Option<String>,
    #[serde(default)]
    pub ended_text: Option<String>,
}

impl FactFile {
    /// Fails the build on a fact without a source, or an end without the sentence told after it.
    pub fn check(&self, file: &str) {
        check_sources(&self.id, &self.sources, file);
        assert!(
            self.until.is_some() == self.ended_text.is_some() && (self.until.is_some() || self.until_what.is_none()),
            "{file}: fact {}: until and ended_text go together (and until_what only with them)",
            self.id
        );
    }

    pub fn emit_with(&self, table: &Table, file: &str) -> String {
        let until = match (&self.until, &self.ended_text) {
            (Some(date), Some(ended)) => format!(
                "Some(Until {{ date: {}, what: {}, ended_text: {} }})",
                date.emit(),
                self.until_what.emit(),
                ended.emit()
            ),
            _ => "None".into(),
        };
        emit(&self.id, &self.text, self.kind, &self.sources, until, table, file)
    }
}

/// Fails the build on a statement with no source.
pub fn check_sources(id: &str, sources: &[String], file: &str) {
    assert!(!sources.is_empty(), "{file}: {id} names no source");
}

/// `Fact { … }` for a statement with no end (訪問's, a line's).
pub fn lasting(id: &str, text: &str, kind: KindFile, sources: &[String], table: &Table, file: &str) -> String {
    emit(id, text, kind, sources, "None".into(), table, file)
}

fn emit(id: &str, text: &str, kind: KindFile, sources: &[String], until: String, table: &Table, file: &str) -> String {
    emit_struct(
        "Fact",
        &[
            ("id", id.to_string().emit()),
            ("text", text.to_string().emit()),
            ("until", until),
            ("kind", kind.emit()),
            ("sources", table.refs(sources, &format!("{file}: {id}"))),
        ],
    )
}
