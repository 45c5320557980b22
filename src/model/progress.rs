//! Progress through the guide: per step, overall, and what to do next (次にやること).

use super::guide::{Guide, Item, Step};
use super::station::Station;

/// Whether the station has introduced オンライン資格確認 and オンライン請求 (導入済み): every step
/// done, or said so (a station that introduced before it had the app). Its ホーム then leads with
/// the check at the door.
pub fn is_introduced(guide: &Guide, station: &Station) -> bool {
    station.introduced || overall_progress(guide, station).status() == Status::Done
}

/// How far a step (or the whole guide) has come: `done` of `total` items ticked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

/// A step's status in words (the GOV.UK task-list pattern): 未着手 / 進行中 / 完了.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    InProgress,
    Done,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::NotStarted => "未着手",
            Status::InProgress => "進行中",
            Status::Done => "完了",
        }
    }

    /// A stable key for styling.
    pub fn key(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::InProgress => "in-progress",
            Status::Done => "done",
        }
    }
}

impl Progress {
    pub fn status(self) -> Status {
        match self.done {
            0 => Status::NotStarted,
            d if d >= self.total => Status::Done,
            _ => Status::InProgress,
        }
    }

    /// Whole percent, rounded down so 完了 is only ever shown at 100.
    pub fn percent(self) -> u32 {
        (self.done * 100).checked_div(self.total).unwrap_or(0) as u32
    }

    /// 「2/4」
    pub fn fraction(self) -> String {
        format!("{}/{}", self.done, self.total)
    }

    /// The status in words, with the count while in progress: 「進行中（2/4）」.
    pub fn describe(self) -> String {
        match self.status() {
            Status::InProgress => format!("進行中（{}）", self.fraction()),
            s => s.label().to_string(),
        }
    }
}

/// The progress of one step for a station.
pub fn step_progress(step: &Step, station: &Station) -> Progress {
    let done = step.items().filter(|i| station.is_done(i.id)).count();
    Progress { done, total: step.item_count() }
}

/// The progress of the whole guide for a station.
pub fn overall_progress(guide: &Guide, station: &Station) -> Progress {
    let done = guide.items().filter(|(_, i)| station.is_done(i.id)).count();
    Progress { done, total: guide.item_count() }
}

/// The first unticked item in guide order, with its step; `None` when everything is done.
pub fn next_item(guide: &Guide, station: &Station) -> Option<(&'static Step, &'static Item)> {
    guide.items().find(|(_, item)| !station.is_done(item.id))
}

/// Whether an item the guide puts after others still waits on one of them (「前の手順の完了後」).
/// Only advice: the item can be ticked regardless, since real stations do things out of order.
pub fn waits_on_earlier(item: &Item, station: &Station) -> bool {
    item.after.iter().any(|id| !station.is_done(id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::Date;
    use crate::model::guide::GUIDE;

    fn day() -> Date {
        Date::new(2024, 2, 1).unwrap()
    }

    #[test]
    fn empty_station_has_not_started() {
        let station = Station::new("a", "");
        let all = overall_progress(&GUIDE, &station);
        assert_eq!(all, Progress { done: 0, total: 15 });
        assert_eq!(all.status(), Status::NotStarted);
        assert_eq!(all.describe(), "未着手");
        let (step, item) = next_item(&GUIDE, &station).unwrap();
        assert_eq!((step.number, item.id), (1, "s1.current-usage"));
    }

    #[test]
    fn progress_counts_ticks_per_step() {
        let mut station = Station::new("a", "");
        station.tick("s3.portal-account", day());
        station.tick("s3.apply-claims", day());
        let s3 = GUIDE.step(3).unwrap();
        let p = step_progress(s3, &station);
        assert_eq!(p, Progress { done: 2, total: 7 });
        assert_eq!(p.status(), Status::InProgress);
        assert_eq!(p.describe(), "進行中（2/7）");
        assert_eq!(p.percent(), 28);
        assert_eq!(step_progress(GUIDE.step(1).unwrap(), &station).status(), Status::NotStarted);
        assert_eq!(overall_progress(&GUIDE, &station).fraction(), "2/15");
    }

    #[test]
    fn a_tick_for_an_unknown_id_does_not_count() {
        // A document from a later edition may hold ids this guide does not have.
        let mut station = Station::new("a", "");
        station.tick("s9.future-item", day());
        assert_eq!(overall_progress(&GUIDE, &station).done, 0);
    }

    #[test]
    fn next_item_follows_guide_order_and_skips_ticked() {
        let mut station = Station::new("a", "");
        station.tick("s1.current-usage", day());
        station.tick("s2.review-quotes", day());
        assert_eq!(next_item(&GUIDE, &station).unwrap().1.id, "s1.request-quotes");
        station.tick("s1.request-quotes", day());
        assert_eq!(next_item(&GUIDE, &station).unwrap().1.id, "s2.order");
        for (_, item) in GUIDE.items() {
            station.tick(item.id, day());
        }
        assert!(next_item(&GUIDE, &station).is_none());
        let all = overall_progress(&GUIDE, &station);
        assert_eq!((all.status(), all.percent()), (Status::Done, 100));
        for step in GUIDE.steps {
            assert_eq!(step_progress(step, &station).status(), Status::Done);
        }
    }

    #[test]
    fn waiting_on_earlier_items_is_advice_only() {
        let (_, cert) = GUIDE.item("s3.apply-certificate").unwrap();
        let mut station = Station::new("a", "");
        assert!(waits_on_earlier(cert, &station));
        station.tick("s3.apply-eligibility", day());
        assert!(waits_on_earlier(cert, &station));
        station.tick("s3.apply-claims", day());
        assert!(!waits_on_earlier(cert, &station));
        let (_, first) = GUIDE.item("s1.current-usage").unwrap();
        assert!(!waits_on_earlier(first, &Station::new("b", "")));
    }
}
