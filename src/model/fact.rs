//! A fact the app states beyond the guide's own words: a sentence with its kind (公式 / 参考 /
//! 未確認) and its sources, each with a name, address and date. The later facts (その後の動き)
//! are facts; so is everything the app says elsewhere that the guide does not.
//!
//! An arrangement that runs until a date carries that date as data, with the sentence to show
//! once it has passed, so the app never tells an ended arrangement in the present tense.
//! Whether it has passed is decided against a `today` the caller passes in (no clock here).
//!
//! The sources live in `content/sources.ja.toml`; the build (`build/`) turns them into
//! [`SOURCES`] and fails when a fact names a source that is not there.

use super::date::{Date, YearMonth};

/// How sure a fact is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// 公式: an official page (ministry, national portal, Digital Agency, municipality,
    /// 広域連合), or a verbatim copy of an official document.
    Official,
    /// 参考: trade press, an association or a vendor reporting official material; to be
    /// confirmed on the portal.
    Report,
    /// 未確認: nothing official was found; the sentence says so and what to do instead.
    Unconfirmed,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Official => "公式",
            Kind::Report => "参考",
            Kind::Unconfirmed => "未確認",
        }
    }

    /// A class name for the tag's style.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Official => "official",
            Kind::Report => "report",
            Kind::Unconfirmed => "unconfirmed",
        }
    }

    /// What the user should do with a fact of this kind, where it is not official.
    pub fn caution(self) -> Option<&'static str> {
        match self {
            Kind::Official => None,
            Kind::Report => Some("報道・団体・事業者などによる情報です。総合ポータルサイトで確認してください。"),
            Kind::Unconfirmed => Some("公式の情報は見つかっていません。総合ポータルサイトで確認してください。"),
        }
    }
}

/// What kind of page a source is: a fact tagged 公式 must rest on at least one official source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// A ministry, the national portal, the Digital Agency, J-LIS, a municipality, a 広域連合,
    /// a 国保連, an insurer's own notice, or a verbatim copy of an official document.
    Official,
    /// Trade press, an association or a vendor.
    Report,
}

/// Where a fact comes from.
#[derive(Debug)]
pub struct Source {
    /// Stable id, used by the content files.
    pub id: &'static str,
    /// A short name for small print (the printed card, the records).
    pub short: &'static str,
    /// The full name: publisher and title.
    pub name: &'static str,
    pub url: &'static str,
    pub date: SourceDate,
    pub kind: SourceKind,
}

/// A source's own date, as precisely as the source gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceDate {
    Day(Date),
    Month(YearMonth),
    Year(u16),
    /// The source gives none.
    Undated,
    /// Its date was not read (the team has the address, not a copy that shows a date).
    Unread,
}

impl Source {
    /// The source's date in words: 「2024年9月24日」, 「2024年12月」, 「2025年」 or 「日付の記載なし」.
    pub fn date_text(&self) -> String {
        match self.date {
            SourceDate::Day(day) => day.japanese(),
            SourceDate::Month(month) => month.japanese(),
            SourceDate::Year(year) => format!("{year}年"),
            SourceDate::Undated => "日付の記載なし".into(),
            SourceDate::Unread => "日付は未確認".into(),
        }
    }
}

/// A sentence the app states, with its kind and sources.
#[derive(Debug)]
pub struct Fact {
    /// Stable id, used by the content files.
    pub id: &'static str,
    /// The sentence while it applies.
    pub text: &'static str,
    /// For an arrangement with an end: its last day and the sentence told after it.
    pub until: Option<Until>,
    pub kind: Kind,
    /// At least one.
    pub sources: &'static [&'static Source],
    /// For an official fact, the words of its official sources that say it (at least one
    /// passage; the build checks it); none for the other kinds.
    pub words: &'static [Words],
}

/// A passage of a source, in its own words (出典の文言): verbatim, 「…」 where words inside it
/// are left out, at most a short passage.
#[derive(Debug)]
pub struct Words {
    pub source: &'static Source,
    pub text: &'static str,
}

/// The end of an arrangement.
#[derive(Debug)]
pub struct Until {
    /// The last day it applies.
    pub date: Date,
    /// What that day closes, where the arrangement itself runs on past it (「届出」): the tag then
    /// names it, so a closed filing is never read as the end of the whole arrangement.
    pub what: Option<&'static str>,
    /// The sentence once that day has passed, in the past tense.
    pub ended_text: &'static str,
}

/// Whether a fact still applies on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// It has no end.
    Lasting,
    /// It applies until this day (inclusive).
    Until(Date),
    /// It ended after this day.
    Ended(Date),
}

impl Fact {
    /// The last day it applies, if it has an end.
    pub fn until_date(&self) -> Option<Date> {
        self.until.as_ref().map(|u| u.date)
    }

    pub fn standing(&self, today: Date) -> Standing {
        match self.until_date() {
            None => Standing::Lasting,
            Some(last) if today <= last => Standing::Until(last),
            Some(last) => Standing::Ended(last),
        }
    }

    /// The sentence to show on `today`.
    pub fn text_on(&self, today: Date) -> &'static str {
        match (&self.until, self.standing(today)) {
            (Some(until), Standing::Ended(_)) => until.ended_text,
            _ => self.text,
        }
    }

    /// The tag beside an arrangement with an end: 「令和8年3月31日まで」, or once over
    /// 「終了（令和8年3月31日まで）」; where the day closes only a part, that part is named:
    /// 「届出は令和6年10月31日まで」, 「届出は終了（令和6年10月31日まで）」.
    pub fn period_tag(&self, today: Date) -> Option<String> {
        let what = self.until.as_ref().and_then(|u| u.what).map_or(String::new(), |what| format!("{what}は"));
        match self.standing(today) {
            Standing::Lasting => None,
            Standing::Until(last) => Some(format!("{what}{}まで", last.era())),
            Standing::Ended(last) => Some(format!("{what}終了（{}まで）", last.era())),
        }
    }

    pub fn has_ended(&self, today: Date) -> bool {
        matches!(self.standing(today), Standing::Ended(_))
    }
}

/// Facts in the order to show them on `today`: those that still apply first, then those that
/// ended; each group in the content's order.
pub fn current_first(facts: &'static [Fact], today: Date) -> Vec<&'static Fact> {
    let (mut current, ended): (Vec<&'static Fact>, Vec<&'static Fact>) =
        facts.iter().partition(|f| !f.has_ended(today));
    current.extend(ended);
    current
}

include!(concat!(env!("OUT_DIR"), "/sources_data.rs"));

/// A source by its id.
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id == id)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    /// The rules of a fact the build cannot see: a sentence to say, and after an end a different
    /// one. (Its shape — kind, sources, dates — the build checks.)
    pub(crate) fn check_fact(fact: &Fact) {
        assert!(!fact.text.trim().is_empty(), "{}: no text", fact.id);
        if let Some(until) = &fact.until {
            assert!(!until.ended_text.trim().is_empty(), "{}: no ended text", fact.id);
            assert_ne!(until.ended_text, fact.text, "{}: the ended text must differ", fact.id);
        }
    }

    fn source(date: SourceDate) -> Source {
        Source { id: "x", short: "x", name: "x", url: "https://example.jp", date, kind: SourceKind::Official }
    }

    #[test]
    fn source_dates_in_words() {
        assert_eq!(source(SourceDate::Day(d("2024-09-24"))).date_text(), "2024年9月24日");
        assert_eq!(source(SourceDate::Month(YearMonth::checked(2024, 12))).date_text(), "2024年12月");
        assert_eq!(source(SourceDate::Year(2025)).date_text(), "2025年");
        assert_eq!(source(SourceDate::Undated).date_text(), "日付の記載なし");
        assert_eq!(source(SourceDate::Unread).date_text(), "日付は未確認");
    }

    static SRC: Source = Source {
        id: "s",
        short: "s",
        name: "s",
        url: "https://example.jp",
        date: SourceDate::Undated,
        kind: SourceKind::Official,
    };
    static FACTS: [Fact; 4] = [
        Fact {
            id: "grace",
            text: "令和8年3月31日までは受け付けられます。",
            until: Some(Until {
                date: Date::checked(2026, 3, 31),
                what: None,
                ended_text: "令和8年3月31日で終わりました。",
            }),
            kind: Kind::Report,
            sources: &[&SRC],
            words: &[],
        },
        Fact {
            id: "lasting", text: "義務です。", until: None, kind: Kind::Official, sources: &[&SRC], words: &[]
        },
        Fact {
            id: "later",
            text: "令和9年3月31日までです。",
            until: Some(Until {
                date: Date::checked(2027, 3, 31),
                what: None,
                ended_text: "令和9年3月31日まででした。",
            }),
            kind: Kind::Official,
            sources: &[&SRC],
            words: &[],
        },
        Fact {
            id: "filing",
            text: "届出は令和6年10月31日までです。",
            until: Some(Until {
                date: Date::checked(2024, 10, 31),
                what: Some("届出"),
                ended_text: "届出は令和6年10月31日に締め切られました。",
            }),
            kind: Kind::Official,
            sources: &[&SRC],
            words: &[],
        },
    ];

    #[test]
    fn an_arrangement_is_told_by_the_day() {
        let grace = &FACTS[0];
        // The last day still applies; the day after, it has ended.
        for (today, ended) in [("2026-03-30", false), ("2026-03-31", false), ("2026-04-01", true), ("2026-11-29", true)]
        {
            assert_eq!(grace.has_ended(d(today)), ended, "{today}");
        }
        assert_eq!(grace.text_on(d("2026-03-31")), "令和8年3月31日までは受け付けられます。");
        assert_eq!(grace.period_tag(d("2026-03-31")).as_deref(), Some("令和8年3月31日まで"));
        assert_eq!(grace.text_on(d("2026-04-01")), "令和8年3月31日で終わりました。");
        assert_eq!(grace.period_tag(d("2026-04-01")).as_deref(), Some("終了（令和8年3月31日まで）"));
        let lasting = &FACTS[1];
        assert_eq!(lasting.standing(d("2099-01-01")), Standing::Lasting);
        assert_eq!(lasting.period_tag(d("2099-01-01")), None);
        assert_eq!(lasting.text_on(d("2099-01-01")), "義務です。");
        // A day that closes only a part of an arrangement names that part.
        let filing = &FACTS[3];
        assert_eq!(filing.period_tag(d("2024-10-31")).as_deref(), Some("届出は令和6年10月31日まで"));
        assert_eq!(filing.period_tag(d("2024-11-01")).as_deref(), Some("届出は終了（令和6年10月31日まで）"));
    }

    #[test]
    fn what_still_applies_comes_before_what_ended() {
        let ids = |today: &str| current_first(&FACTS[..3], d(today)).iter().map(|f| f.id).collect::<Vec<_>>();
        assert_eq!(ids("2026-01-01"), ["grace", "lasting", "later"]);
        assert_eq!(ids("2026-11-29"), ["lasting", "later", "grace"]);
        assert_eq!(ids("2027-04-01"), ["lasting", "grace", "later"]);
    }

    #[test]
    fn kinds_are_labelled_and_the_unsure_ones_say_what_to_do() {
        assert_eq!(Kind::Official.label(), "公式");
        assert_eq!(Kind::Report.label(), "参考");
        assert_eq!(Kind::Unconfirmed.label(), "未確認");
        assert_eq!(Kind::Official.caution(), None);
        assert!(Kind::Report.caution().unwrap().contains("確認してください"));
        assert!(Kind::Unconfirmed.caution().unwrap().contains("見つかっていません"));
    }
}
