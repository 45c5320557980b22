//! その後の動き: what changed after the guide's edition, each fact with its source, and the
//! notes shown in the steps where a later fact changes what the guide says.
//!
//! The facts live in `content/later.ja.toml`, apart from the guide: the guide's words are never
//! changed. `build.rs` turns the file into the `LATER` constant below.

use super::date::{Date, YearMonth};

/// How sure a fact is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactKind {
    /// 公式: an official page (ministry, national portal, Digital Agency, municipality).
    Official,
    /// 参考（報道）: trade press or news reporting official material.
    Report,
}

impl FactKind {
    pub fn label(self) -> &'static str {
        match self {
            FactKind::Official => "公式",
            FactKind::Report => "参考（報道）",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            FactKind::Official => "official",
            FactKind::Report => "report",
        }
    }
}

#[derive(Debug)]
pub struct Later {
    /// When the list was last put together from its sources (YYYY-MM-DD).
    pub compiled_on: &'static str,
    pub topics: &'static [Topic],
    pub facts: &'static [Fact],
    pub step_notes: &'static [StepNote],
}

#[derive(Debug)]
pub struct Topic {
    pub id: &'static str,
    pub title: &'static str,
}

#[derive(Debug)]
pub struct Fact {
    pub id: &'static str,
    pub topic: &'static str,
    pub statement: &'static str,
    pub kind: FactKind,
    pub source_name: &'static str,
    pub source_url: &'static str,
    /// YYYY-MM-DD, or YYYY-MM / YYYY where the source gives no exact date.
    pub source_date: &'static str,
}

/// A note beside a step's guide text.
#[derive(Debug)]
pub struct StepNote {
    pub step: u8,
    pub text: &'static str,
    /// The facts it rests on (their sources are shown with it).
    pub facts: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/later_data.rs"));

impl Later {
    pub fn facts_of<'a>(&'a self, topic: &'a str) -> impl Iterator<Item = &'static Fact> + 'a {
        self.facts.iter().filter(move |f| f.topic == topic)
    }

    pub fn fact(&self, id: &str) -> Option<&'static Fact> {
        self.facts.iter().find(|f| f.id == id)
    }

    pub fn notes_for_step(&self, step: u8) -> impl Iterator<Item = &'static StepNote> + '_ {
        self.step_notes.iter().filter(move |n| n.step == step)
    }

    /// 「2026年11月25日」
    pub fn compiled_on_text(&self) -> String {
        Date::parse_iso(self.compiled_on).map_or_else(|| self.compiled_on.to_string(), |d| d.japanese())
    }
}

/// The source date in words: 「2024年9月24日」, 「2024年12月」, or 「2024年（ページに日付の記載なし）」.
pub fn source_date_text(date: &str) -> String {
    if let Some(d) = Date::parse_iso(date) {
        return d.japanese();
    }
    match YearMonth::parse_iso(date) {
        Some(month) => format!("{}（ページに日の記載なし）", month.japanese()),
        None => format!("{date}年（ページに日付の記載なし）"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::guide::GUIDE;

    fn valid_date(s: &str) -> bool {
        let parts: Vec<&str> = s.split('-').collect();
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        match parts.as_slice() {
            [y] => digits(y, 4),
            [_, _] => YearMonth::parse_iso(s).is_some(),
            [_, _, _] => Date::parse_iso(s).is_some(),
            _ => false,
        }
    }

    #[test]
    fn every_fact_has_a_source_url_date_and_kind() {
        assert!(!LATER.facts.is_empty());
        for fact in LATER.facts {
            assert!(!fact.statement.trim().is_empty(), "{}", fact.id);
            assert!(!fact.source_name.trim().is_empty(), "{}", fact.id);
            assert!(fact.source_url.starts_with("https://"), "{}: {}", fact.id, fact.source_url);
            assert!(valid_date(fact.source_date), "{}: {}", fact.id, fact.source_date);
            assert!(!fact.kind.label().is_empty());
            assert!(LATER.topics.iter().any(|t| t.id == fact.topic), "{}: unknown topic {}", fact.id, fact.topic);
        }
        assert!(Date::parse_iso(LATER.compiled_on).is_some());
    }

    #[test]
    fn every_topic_has_facts_and_ids_are_unique() {
        for topic in LATER.topics {
            assert!(LATER.facts_of(topic.id).count() > 0, "{} has no facts", topic.id);
        }
        let mut ids: Vec<&str> = LATER.facts.iter().map(|f| f.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), LATER.facts.len());
        let titles: Vec<&str> = LATER.topics.iter().map(|t| t.title).collect();
        assert_eq!(titles, ["開始と義務化", "経過措置", "補助金", "訪問時の本人確認", "健康保険証"]);
    }

    #[test]
    fn step_notes_rest_on_known_facts_in_steps_that_exist() {
        for note in LATER.step_notes {
            assert!(GUIDE.step(note.step).is_some());
            assert!(!note.text.trim().is_empty());
            assert!(!note.facts.is_empty());
            for id in note.facts {
                assert!(LATER.fact(id).is_some(), "step {} note cites unknown fact {id}", note.step);
            }
        }
        assert!(LATER.notes_for_step(3).count() == 1 && LATER.notes_for_step(5).count() == 1);
    }

    #[test]
    fn source_dates_in_words() {
        assert_eq!(source_date_text("2024-09-24"), "2024年9月24日");
        assert_eq!(source_date_text("2024-12"), "2024年12月（ページに日の記載なし）");
        assert_eq!(source_date_text("2025"), "2025年（ページに日付の記載なし）");
    }
}
