//! The guide (導入手順) as static data.
//!
//! The text lives in `content/guide.ja.toml`; the build (`build/guide.rs`) turns it into the
//! `GUIDE` constant below, so a new edition of the guide is an edit of that file, and the app
//! ships only the strings.

use super::json::Keyed;

/// Who the guide says to ask (依頼先).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum VendorKind {
    /// 導入支援事業者: sets up the terminals, the network line and the system.
    Support,
    /// レセコン事業者: the vendor of the station's current claims computer (レセプト作成用端末).
    Rececon,
}

impl VendorKind {
    pub const ALL: [VendorKind; 2] = [VendorKind::Support, VendorKind::Rececon];

    /// The short label shown on items and quote targets.
    pub fn label(self) -> &'static str {
        match self {
            VendorKind::Support => "導入支援事業者",
            VendorKind::Rececon => "レセコン事業者",
        }
    }

    /// The guide's long name for the vendor kind.
    pub fn long_name(self) -> &'static str {
        match self {
            VendorKind::Support => "オンライン資格確認の導入支援事業者",
            VendorKind::Rececon => "現在契約しているレセプト作成用端末（レセコン）の事業者",
        }
    }

    /// A stable key (CSS class, storage).
    pub fn key(self) -> &'static str {
        match self {
            VendorKind::Support => "support",
            VendorKind::Rececon => "rececon",
        }
    }
}

impl Keyed for VendorKind {
    const ALL: &'static [VendorKind] = &VendorKind::ALL;
    const EXPECTED: &'static str = "support または rececon";
    fn key(self) -> &'static str {
        VendorKind::key(self)
    }
}

/// The whole guide.
#[derive(Debug)]
pub struct Guide {
    pub source: Source,
    pub phases: &'static [Phase],
    pub steps: &'static [Step],
    pub vendors: Vendors,
}

/// Where the guide comes from (出典).
#[derive(Debug)]
pub struct Source {
    pub title: &'static str,
    pub publisher: &'static str,
    /// The edition as printed, e.g. 令和5年11月.
    pub edition: &'static str,
    pub edition_western: &'static str,
    /// The closing caveat: the steps are general; ask the support vendor first.
    pub caveat: &'static str,
}

/// One of the three phases of the overview (e.g. 1. 見積依頼・発注).
#[derive(Debug)]
pub struct Phase {
    pub number: u8,
    pub title: &'static str,
    pub parts: &'static [PhasePart],
}

/// A numbered part of a phase (e.g. 1-2 発注) and the step that details it.
#[derive(Debug)]
pub struct PhasePart {
    pub label: &'static str,
    pub title: &'static str,
    pub step: u8,
    /// The overview's flow for this part (e.g. 見積内容の確認 → 発注（契約）).
    pub flow: &'static [&'static str],
}

/// A step (STEP01…STEP05).
#[derive(Debug)]
pub struct Step {
    pub id: &'static str,
    pub number: u8,
    pub phase: u8,
    pub title: &'static str,
    pub lead: &'static str,
    /// Further sentences of the guide's introduction to the step.
    pub overview: &'static [&'static str],
    /// The order of work, where the guide spells it out (STEP03).
    pub procedure: &'static [&'static str],
    /// The on-site attendance note (立会い), where the guide gives one.
    pub onsite_note: Option<&'static str>,
    /// 留意事項 and other notes of the step.
    pub notes: &'static [&'static str],
    pub groups: &'static [ItemGroup],
    /// 主な見積対象 (STEP01 only).
    pub quote_targets: &'static [QuoteTarget],
}

/// A titled group of checklist items (e.g. 1. 総合ポータルサイトにおいて); the title may be empty.
#[derive(Debug)]
pub struct ItemGroup {
    pub title: &'static str,
    pub items: &'static [Item],
}

/// A checklist item (チェックリスト).
#[derive(Debug)]
pub struct Item {
    /// Storage key; never renamed once released.
    pub id: &'static str,
    pub title: &'static str,
    pub details: &'static [&'static str],
    pub notes: &'static [&'static str],
    /// Whom to ask, where the guide names it.
    pub ask: &'static [VendorKind],
    /// Items the guide says come first (shown as 「前の手順の完了後」, never blocking).
    pub after: &'static [&'static str],
}

/// One of the four main quote targets (主な見積対象) and whom to ask (見積依頼先).
#[derive(Debug)]
pub struct QuoteTarget {
    pub id: &'static str,
    pub title: &'static str,
    /// The parenthesised specification (may be empty).
    pub spec: &'static str,
    pub ask: VendorKind,
    pub notes: &'static [&'static str],
}

/// 導入支援事業者等（予定）.
#[derive(Debug)]
pub struct Vendors {
    pub intro: &'static str,
    pub list_title: &'static str,
    pub support_vendors: &'static [&'static str],
    pub package_note: &'static str,
    pub contacts_note: &'static str,
    pub portal_name: &'static str,
    pub portal_url: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/guide_data.rs"));

impl Guide {
    /// Every checklist item in guide order, with its step.
    pub fn items(&self) -> impl Iterator<Item = (&'static Step, &'static Item)> + '_ {
        self.steps.iter().flat_map(|step| step.items().map(move |item| (step, item)))
    }

    pub fn step(&self, number: u8) -> Option<&'static Step> {
        self.steps.iter().find(|s| s.number == number)
    }

    pub fn item(&self, id: &str) -> Option<(&'static Step, &'static Item)> {
        self.items().find(|(_, item)| item.id == id)
    }

    pub fn steps_of_phase(&self, phase: u8) -> impl Iterator<Item = &'static Step> + '_ {
        self.steps.iter().filter(move |s| s.phase == phase)
    }

    pub fn item_count(&self) -> usize {
        self.steps.iter().map(|s| s.item_count()).sum()
    }
}

impl Step {
    pub fn items(&self) -> impl Iterator<Item = &'static Item> + 'static {
        self.groups.iter().flat_map(|g| g.items.iter())
    }

    pub fn item_count(&self) -> usize {
        self.groups.iter().map(|g| g.items.len()).sum()
    }

    /// The label used in the guide, e.g. STEP01.
    pub fn label(&self) -> String {
        format!("STEP{:02}", self.number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const CONTENT_MD: &str = include_str!("../../content/reference/CONTENT.md");

    /// The ids the inventory names, in backticks: `s1.current-usage`, `q.mobile`, …
    fn inventory_ids() -> Vec<&'static str> {
        CONTENT_MD
            .split('`')
            .skip(1)
            .step_by(2)
            .filter(|s| {
                (s.starts_with('s') && s.as_bytes().get(1).is_some_and(u8::is_ascii_digit) && s.contains('.'))
                    || s.starts_with("q.")
            })
            .collect()
    }

    #[test]
    fn every_inventory_id_is_in_the_guide() {
        let ids = inventory_ids();
        assert!(!ids.is_empty(), "the inventory's ids were read");
        let guide_ids: HashSet<&str> = GUIDE
            .items()
            .map(|(_, i)| i.id)
            .chain(GUIDE.steps.iter().flat_map(|s| s.quote_targets.iter().map(|q| q.id)))
            .collect();
        for id in &ids {
            assert!(guide_ids.contains(id), "{id} is missing from content/guide.ja.toml");
        }
        assert_eq!(guide_ids.len(), ids.len(), "the guide has ids the inventory does not");
    }

    #[test]
    fn ids_are_unique() {
        let mut seen = HashSet::new();
        for (_, item) in GUIDE.items() {
            assert!(seen.insert(item.id), "duplicate id {}", item.id);
        }
        for step in GUIDE.steps {
            assert!(seen.insert(step.id), "duplicate id {}", step.id);
            for q in step.quote_targets {
                assert!(seen.insert(q.id), "duplicate id {}", q.id);
            }
        }
    }

    #[test]
    fn no_text_is_empty() {
        let s = &GUIDE.source;
        for t in [s.title, s.publisher, s.edition, s.edition_western, s.caveat] {
            assert!(!t.trim().is_empty());
        }
        for phase in GUIDE.phases {
            assert!(!phase.title.trim().is_empty());
            assert!(!phase.parts.is_empty());
            for part in phase.parts {
                assert!(!part.title.trim().is_empty() && !part.label.is_empty());
                assert!(part.flow.iter().all(|f| !f.trim().is_empty()));
            }
        }
        for step in GUIDE.steps {
            assert!(!step.title.trim().is_empty() && !step.lead.trim().is_empty());
            let texts = step.overview.iter().chain(step.procedure).chain(step.notes);
            assert!(texts.clone().all(|t| !t.trim().is_empty()), "{}", step.id);
            assert!(step.onsite_note.is_none_or(|n| !n.trim().is_empty()));
            assert!(step.item_count() > 0, "{} has no checklist", step.id);
            for (_, item) in GUIDE.items() {
                assert!(!item.title.trim().is_empty());
                assert!(item.details.iter().chain(item.notes).all(|t| !t.trim().is_empty()));
            }
            for q in step.quote_targets {
                assert!(!q.title.trim().is_empty());
                assert!(q.notes.iter().all(|t| !t.trim().is_empty()));
            }
        }
        let v = &GUIDE.vendors;
        for t in [v.intro, v.list_title, v.package_note, v.contacts_note, v.portal_name, v.portal_url] {
            assert!(!t.trim().is_empty());
        }
        assert_eq!(v.support_vendors.len(), 5);
    }

    #[test]
    fn structure_matches_the_inventory() {
        assert_eq!(GUIDE.phases.len(), 3);
        assert_eq!(GUIDE.steps.len(), 5);
        assert_eq!(GUIDE.item_count(), 15);
        let numbers: Vec<u8> = GUIDE.steps.iter().map(|s| s.number).collect();
        assert_eq!(numbers, [1, 2, 3, 4, 5]);
        // Every phase part points at an existing step of that phase.
        for phase in GUIDE.phases {
            for part in phase.parts {
                let step = GUIDE.step(part.step).expect("part points at a step");
                assert_eq!(step.phase, phase.number);
            }
        }
        let s1 = GUIDE.step(1).unwrap();
        let asks: Vec<VendorKind> = s1.quote_targets.iter().map(|q| q.ask).collect();
        use VendorKind::*;
        assert_eq!(asks, [Support, Support, Rececon, Support]);
        assert!(GUIDE.step(3).unwrap().onsite_note.is_some());
        assert_eq!(GUIDE.step(2).unwrap().notes.len(), 2, "STEP02 has two 留意事項");
    }

    #[test]
    fn after_refers_to_earlier_items() {
        let order: Vec<&str> = GUIDE.items().map(|(_, i)| i.id).collect();
        for (pos, id) in order.iter().enumerate() {
            let (_, item) = GUIDE.item(id).unwrap();
            for before in item.after {
                let p = order.iter().position(|o| o == before);
                assert!(p.is_some_and(|p| p < pos), "{id}: {before} is not an earlier item");
            }
        }
    }

    #[test]
    fn the_guide_wording_is_the_source_wording() {
        // Every sentence of the guide data appears in the source text (ignoring line breaks and
        // spacing, which the PDF extraction scatters). Catches paraphrase and typos.
        let source: String = include_str!("../../content/reference/source-guide.txt")
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '*')
            .collect();
        let squash = |t: &str| -> String { t.chars().filter(|c| !c.is_whitespace()).collect() };
        let mut texts: Vec<&str> = vec![GUIDE.source.caveat, GUIDE.vendors.intro, GUIDE.vendors.package_note];
        for step in GUIDE.steps {
            texts.push(step.lead);
            texts.extend(step.overview);
            texts.extend(step.procedure);
            texts.extend(step.notes);
            texts.extend(step.onsite_note);
            for item in step.items() {
                texts.extend(item.details);
                texts.extend(item.notes);
            }
        }
        texts.extend(GUIDE.vendors.support_vendors);
        for text in texts {
            // The source marks some notes with ※ or ー where the app shows them as list items.
            for sentence in squash(text).split(['※']) {
                let sentence = sentence.trim_end_matches('。');
                assert!(source.contains(sentence), "not in the source as written: {sentence}");
            }
        }
    }
}
