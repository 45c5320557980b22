//! その後の動き: what changed after the guide's edition, as facts by topic (each with its kind
//! and sources, see `model::fact`), the three lines ホーム leads with, and the notes shown beside
//! the guide's text (in the steps, on the vendor page) where a later fact changes what it says.
//!
//! The facts live in `content/later.ja.toml`, apart from the guide: the guide's words are never
//! changed. The build (`build/later.rs`) turns the file into the `LATER` constant below.

use super::date::Date;
use super::fact::{Fact, Kind, Source, Until, Words, SOURCES};

#[derive(Debug)]
pub struct Later {
    /// The day the facts were last checked against their sources.
    pub checked_on: Date,
    pub topics: &'static [Topic],
    /// ホーム's 「いまの状況」.
    pub home: &'static [HomeLine],
    pub notes: &'static [Note],
}

#[derive(Debug)]
pub struct Topic {
    pub id: &'static str,
    pub title: &'static str,
    pub facts: &'static [Fact],
}

/// A line of ホーム's 「いまの状況」: a short label and the fact it shows.
#[derive(Debug)]
pub struct HomeLine {
    pub label: &'static str,
    pub fact: &'static str,
}

/// Where a note sits beside the guide's own text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotePlace {
    /// In a step (its number), after the guide's overview.
    Step(u8),
    /// On the guide's page of 導入支援事業者等（予定）.
    Vendors,
}

/// A note beside the guide's text.
#[derive(Debug)]
pub struct Note {
    pub at: NotePlace,
    pub text: &'static str,
    /// The facts it rests on (their sources are shown with it).
    pub facts: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/later_data.rs"));

/// How long the facts are trusted without a new check: after this many months, the app says
/// they may be out of date and points to the portal.
pub const FRESH_MONTHS: i32 = 6;

/// Whether facts checked against their sources on `checked_on` are older than [`FRESH_MONTHS`]
/// on `today` (その後の動き's and 訪問's, each by its own day).
pub fn is_stale(checked_on: Date, today: Date) -> bool {
    checked_on.add_months(FRESH_MONTHS).is_some_and(|limit| today > limit)
}

impl Later {
    pub fn facts(&self) -> impl Iterator<Item = &'static Fact> + '_ {
        self.topics.iter().flat_map(|t| t.facts.iter())
    }

    pub fn fact(&self, id: &str) -> Option<&'static Fact> {
        self.topics.iter().flat_map(|t| t.facts.iter()).find(|f| f.id == id)
    }

    pub fn notes_at(&self, place: NotePlace) -> impl Iterator<Item = &'static Note> + '_ {
        self.notes.iter().filter(move |n| n.at == place)
    }

    pub fn checked_on(&self) -> Date {
        self.checked_on
    }

    /// 「2026年11月29日」
    pub fn checked_on_text(&self) -> String {
        self.checked_on().japanese()
    }

    /// Whether the facts are older than [`FRESH_MONTHS`] on `today`.
    pub fn is_stale(&self, today: Date) -> bool {
        is_stale(self.checked_on(), today)
    }

    /// The sources of some facts, each once, in the order first named, with the kind of the
    /// first fact that names it.
    pub fn sources_of(&self, fact_ids: &[&str]) -> Vec<(Kind, &'static Source)> {
        let mut sources: Vec<(Kind, &'static Source)> = Vec::new();
        for fact in fact_ids.iter().filter_map(|id| self.fact(id)) {
            for source in fact.sources {
                if !sources.iter().any(|(_, s)| s.id == source.id) {
                    sources.push((fact.kind, source));
                }
            }
        }
        sources
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fact::tests::check_fact;
    use crate::model::fact::SourceKind;
    use crate::model::guide::GUIDE;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn every_fact_is_sourced_and_well_formed() {
        for fact in LATER.facts() {
            check_fact(fact);
        }
        for topic in LATER.topics {
            assert!(!topic.facts.is_empty(), "{} has no facts", topic.id);
        }
    }

    #[test]
    fn ended_arrangements_are_not_told_in_the_present_tense_today() {
        // The three arrangements the revision of 2026-11-25 found told as current.
        let today = d("2026-11-29");
        let grace = LATER.fact("expired-card-grace").unwrap();
        assert!(grace.has_ended(today));
        assert!(grace.text_on(today).contains("終わりました"));
        assert_eq!(grace.period_tag(today).as_deref(), Some("終了（令和8年3月31日まで）"));
        let koki = LATER.fact("koki-all-until-2026-07").unwrap();
        assert!(koki.has_ended(today) && koki.text_on(today).contains("まででした"));
        assert!(!koki.has_ended(d("2026-07-31")) && koki.has_ended(d("2026-08-01")));
        let photo = LATER.fact("identity-photo-app-only").unwrap();
        assert!(photo.text.contains("マイナ資格確認アプリ（居宅同意取得型）を使うときだけ"));
        assert!(photo.text.contains("マイナ在宅受付Webでは、いつも4桁の暗証番号が必要"));
        // Every fact with an end that has passed by the day they were checked reads as over.
        for fact in LATER.facts().filter(|f| f.has_ended(LATER.checked_on())) {
            let text = fact.text_on(LATER.checked_on());
            assert!(
                ["でした", "ました", "終わって", "締め切られ"].iter().any(|past| text.contains(past)),
                "{}: {text}",
                fact.id
            );
        }
    }

    #[test]
    fn the_facts_go_stale_six_months_after_their_check() {
        let checked = d("2026-11-29");
        assert!(!is_stale(checked, checked));
        assert!(!is_stale(checked, d("2027-05-29")));
        assert!(is_stale(checked, d("2027-05-30")));
        // A check on the 31st: six months on is the end of a shorter month.
        assert!(!is_stale(d("2026-08-31"), d("2027-02-28")));
        assert!(is_stale(d("2026-08-31"), d("2027-03-01")));
        let on = LATER.checked_on();
        assert!(
            !LATER.is_stale(on) && LATER.is_stale(on.add_months(FRESH_MONTHS).and_then(|l| l.add_days(1)).unwrap())
        );
        assert_eq!(LATER.checked_on_text(), on.japanese());
    }

    #[test]
    fn home_lines_and_step_notes_rest_on_known_facts() {
        let labels: Vec<&str> = LATER.home.iter().map(|l| l.label).collect();
        assert_eq!(labels, ["義務化", "補助金", "経過措置"]);
        for line in LATER.home {
            assert!(LATER.fact(line.fact).is_some(), "{}", line.fact);
        }
        let subsidy = LATER.fact("subsidy-none-found").unwrap();
        assert!(subsidy.text.contains("見つかっていません"), "not 'none exists'");
        let transition = LATER.fact("transition-over").unwrap();
        assert!(transition.has_ended(d("2026-11-29")));
        // The day that passed closed the filing, not the deferrals: the tag says so.
        assert_eq!(transition.period_tag(d("2026-12-02")).as_deref(), Some("届出は終了（令和6年10月31日まで）"));
        for note in LATER.notes {
            if let NotePlace::Step(step) = note.at {
                assert!(GUIDE.step(step).is_some());
            }
            assert!(!note.text.trim().is_empty() && !note.facts.is_empty());
            for id in note.facts {
                assert!(LATER.fact(id).is_some(), "the note at {:?} cites unknown fact {id}", note.at);
            }
        }
        assert_eq!(LATER.sources_of(&["subsidy-2024", "subsidy-none-found", "subsidy-2024"]).len(), 2);
    }

    #[test]
    fn unconfirmed_facts_say_nothing_official_was_found() {
        let unconfirmed: Vec<&Fact> = LATER.facts().filter(|f| f.kind == Kind::Unconfirmed).collect();
        assert!(!unconfirmed.is_empty());
        for fact in unconfirmed {
            assert!(fact.text.contains("見つかっていません"), "{}", fact.id);
        }
    }

    /// Every plan the guide tells in the future tense (「予定」) has a note beside it, where the
    /// guide says it: in its step, or on the vendor page.
    #[test]
    fn every_plan_of_the_guide_has_a_note() {
        for step in GUIDE.steps {
            let says_planned = step.overview.iter().chain(step.procedure).chain(step.notes).any(|t| t.contains("予定"))
                || step
                    .groups
                    .iter()
                    .flat_map(|g| g.items)
                    .flat_map(|i| i.details.iter().chain(i.notes))
                    .any(|t| t.contains("予定"));
            if says_planned {
                assert!(LATER.notes_at(NotePlace::Step(step.number)).next().is_some(), "step {}", step.number);
            }
        }
        let vendors = &GUIDE.vendors;
        assert!(vendors.list_title.contains("予定") || vendors.package_note.contains("予定"));
        assert!(LATER.notes_at(NotePlace::Vendors).next().is_some());
    }

    /// A statement is no firmer than its sources: one tagged 公式 names at least one official
    /// source — on その後の動き, on 訪問 and its card, and for the official lines.
    #[test]
    fn every_official_statement_rests_on_an_official_source() {
        use crate::model::contacts::LINES;
        use crate::model::visit::VISIT;
        let facts = LATER.facts().chain(VISIT.facts()).chain(LINES.iter().map(|l| &l.fact));
        for fact in facts.filter(|f| f.kind == Kind::Official) {
            assert!(
                fact.sources.iter().any(|s| s.kind == SourceKind::Official),
                "{} is tagged 公式 but none of its sources is official",
                fact.id
            );
        }
    }

    #[test]
    fn every_source_is_used() {
        use crate::model::contacts::LINES;
        use crate::model::visit::VISIT;
        for source in &SOURCES {
            let mut facts = LATER.facts().chain(VISIT.facts()).chain(LINES.iter().map(|l| &l.fact));
            assert!(
                facts.any(|f| f.sources.iter().any(|s| s.id == source.id)),
                "{} is not used by any fact",
                source.id
            );
        }
    }
}
