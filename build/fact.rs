//! A fact as three content files write it (その後の動き, 訪問, 連絡先): a sentence, its kind and
//! its sources, and — for an official one — the words of its official sources that say it; for an
//! arrangement with an end, its last day and the sentence told after it. Written out as
//! `model::fact::Fact`.

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
    #[serde(default)]
    pub words: Vec<WordsFile>,
}

/// A passage of a source, in its own words (verbatim; 「…」 may leave out words inside it).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WordsFile {
    pub source: String,
    pub text: String,
}

/// The longest passage a statement may quote (characters): the words a statement rests on, not the
/// source's page.
pub const MAX_WORDS: usize = 200;

impl FactFile {
    /// Fails the build on a fact without a source, or an end without the sentence told after it.
    pub fn check(&self, table: &Table, file: &str) {
        check_sources(&self.id, &self.sources, file);
        check_words(&self.id, self.kind, &self.sources, &self.words, table, file);
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
        emit(&self.id, &self.text, self.kind, &self.sources, &self.words, until, table, file)
    }
}

/// Fails the build on a statement with no source.
pub fn check_sources(id: &str, sources: &[String], file: &str) {
    assert!(!sources.is_empty(), "{file}: {id} names no source");
}

/// Fails the build, naming the file and the statement, where an official statement carries no
/// words of its sources, where the words come from a source that is not one of its own or not
/// official, where a passage is empty or longer than [`MAX_WORDS`], and where a statement that is
/// not official carries words (its kind says what it rests on instead).
pub fn check_words(id: &str, kind: KindFile, sources: &[String], words: &[WordsFile], table: &Table, file: &str) {
    if kind != KindFile::Official {
        assert!(
            words.is_empty(),
            "{file}: {id} is not official, so it carries no words (its kind says what it rests on)"
        );
        return;
    }
    assert!(
        !words.is_empty(),
        "{file}: {id} is official (公式) but carries no words of its official sources: add words = [{{ source, text }}] with the passage that says it, or change its kind"
    );
    for w in words {
        assert!(
            sources.contains(&w.source),
            "{file}: {id} quotes source {}, which is not one of its sources",
            w.source
        );
        assert!(
            table.is_official(&w.source),
            "{file}: {id} quotes source {}, which is not an official source",
            w.source
        );
        let length = w.text.chars().count();
        assert!(
            length > 0 && length <= MAX_WORDS,
            "{file}: {id}: a passage of {length} characters (at most {MAX_WORDS}): quote the words that say it"
        );
        assert!(
            !(w.text.starts_with('「') && w.text.ends_with('」')),
            "{file}: {id}: write the passage without 「」 (the app adds them)"
        );
    }
}

/// `Fact { … }` for a statement with no end (訪問's, a line's).
pub fn lasting(
    id: &str,
    text: &str,
    kind: KindFile,
    sources: &[String],
    words: &[WordsFile],
    table: &Table,
    file: &str,
) -> String {
    emit(id, text, kind, sources, words, "None".into(), table, file)
}

#[allow(clippy::too_many_arguments)]
fn emit(
    id: &str,
    text: &str,
    kind: KindFile,
    sources: &[String],
    words: &[WordsFile],
    until: String,
    table: &Table,
    file: &str,
) -> String {
    let words: Vec<String> = words
        .iter()
        .map(|w| {
            emit_struct("Words", &[("source", table.one(&w.source, &format!("{file}: {id}"))), ("text", w.text.emit())])
        })
        .collect();
    emit_struct(
        "Fact",
        &[
            ("id", id.to_string().emit()),
            ("text", text.to_string().emit()),
            ("until", until),
            ("kind", kind.emit()),
            ("sources", table.refs(sources, &format!("{file}: {id}"))),
            ("words", format!("&[{}]", words.join(", "))),
        ],
    )
}
