//! この事業所の期日: the dates that follow from what a station recorded — the online-claims
//! application deadline and the latest month to ask for quotes (from the month it starts online
//! claims), the electronic certificate's expiry and renewal window (from the day it arrived or
//! was last renewed), the monthly claim's due day — and the dates it recorded or planned. ホーム
//! shows the next one due, the print view and the calendar file all of them.
//!
//! The rules rest on later facts (`content/later.ja.toml`), named on each item so the view can
//! show its source. `today` is always passed in (no clock here).

use super::date::{Date, YearMonth};
use super::guide::{Guide, VendorKind};
use super::station::Station;

/// The online-claims application is due on this day of the month …
pub const APPLICATION_DAY: u8 = 20;
/// … this many months before the first online-claims month (fact `claims-application-lead`).
pub const APPLICATION_MONTHS_BEFORE: i32 = 2;
/// Installation takes about 3–4 months (fact `install-3-4-months`): quotes are asked for at the
/// latest this many months before the first online-claims month, the longer of the two.
pub const INSTALL_MONTHS: i32 = 4;
/// Each month's claim is due by this day of the next month (fact `claims-due-10th`).
pub const CLAIM_DAY: u8 = 10;
/// The electronic certificate is valid for 3 years 3 months (fact `certificate-validity`) …
pub const CERTIFICATE_MONTHS: i32 = 39;
/// … and can be renewed from about this many days before it expires.
pub const RENEWAL_DAYS: i32 = 90;

/// The last day to apply for online claims that start in `month`: the 20th, two months before.
pub fn application_deadline(month: YearMonth) -> Option<Date> {
    month.add_months(-APPLICATION_MONTHS_BEFORE)?.day(APPLICATION_DAY)
}

/// The latest month to ask for quotes, so that installation is done by `month`.
pub fn latest_quote_month(month: YearMonth) -> Option<YearMonth> {
    month.add_months(-INSTALL_MONTHS)
}

/// The electronic certificate's period, counted from the day it started (arrival or renewal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Certificate {
    pub since: Date,
    /// Whether `since` is a renewal (else the first certificate's arrival).
    pub renewed: bool,
    /// The last day it is valid (an estimate: 3 years 3 months from `since`, less a day).
    pub expires: Date,
    /// The first day it can be renewed (about 90 days before it expires).
    pub renewable_from: Date,
}

/// The station's current certificate, if it recorded when it arrived or was renewed. A renewal
/// starts a fresh 3 years 3 months from its own date (the time left is not added), so the later
/// of the two dates counts.
pub fn certificate(station: &Station) -> Option<Certificate> {
    let installation = &station.records.installation;
    let (since, renewed) = match (installation.certificate_arrived_on, installation.certificate_renewed_on) {
        // A renewal recorded before the arrival is a slip of the pen: it does not move the expiry back.
        (Some(arrived), Some(renewed)) if renewed < arrived => (arrived, false),
        (_, Some(renewed)) => (renewed, true),
        (Some(arrived), None) => (arrived, false),
        (None, None) => return None,
    };
    let expires = period_end(since, CERTIFICATE_MONTHS)?;
    let renewable_from = expires.add_days(-RENEWAL_DAYS)?;
    Some(Certificate { since, renewed, expires, renewable_from })
}

/// The last day of a period of `months` that starts on `since`: the day before the same day
/// that many months on, or that month's last day where it has no such day (as periods are
/// counted in Japanese law, 民法第143条): 2024-03-01 → 2027-05-31, 2027-03-31 → 2030-06-30.
fn period_end(since: Date, months: i32) -> Option<Date> {
    let month = since.year_month().add_months(months)?;
    match month.day(since.day()) {
        Some(same_day) => same_day.add_days(-1),
        None => Some(month.last_day()),
    }
}

/// What kind of date an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    /// A deadline from the sources (締切).
    Deadline,
    /// A month to act within, worked out from the sources (目安).
    Guidance,
    /// A day the station planned or recorded.
    Recorded,
    /// The certificate's renewal window and expiry (目安).
    Certificate,
}

/// A dated item of the station.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedItem {
    /// Stable key (for the calendar's UIDs): the same item keeps it across exports.
    pub key: String,
    pub title: String,
    /// The day it starts (for a month to act within, the month's first day).
    pub date: Date,
    /// The last day it is still on time (the month's last day, else `date`).
    pub due: Date,
    pub kind: DateKind,
    /// How it was worked out, in a sentence (empty for a recorded date).
    pub note: String,
    /// The later fact it rests on, for its source (None for a recorded date).
    pub fact: Option<&'static str>,
    /// A second later fact said with it, in its own words and with its source.
    pub also: Option<&'static str>,
    /// It comes again on the same day every month (the monthly claim).
    pub monthly: bool,
}

impl DatedItem {
    fn recorded(key: impl Into<String>, title: impl Into<String>, date: Date) -> DatedItem {
        DatedItem {
            key: key.into(),
            title: title.into(),
            date,
            due: date,
            kind: DateKind::Recorded,
            note: String::new(),
            fact: None,
            also: None,
            monthly: false,
        }
    }

    /// The date in words: a day with its weekday and era, or a month to act within.
    pub fn date_text(&self) -> String {
        if self.kind == DateKind::Guidance {
            format!("{}中", self.date.year_month().japanese_with_era())
        } else {
            self.date.japanese_with_weekday()
        }
    }

    /// How it stands on `today`: 「あと83日」, 「今日」, 「今月中」, or passed.
    pub fn standing(&self, today: Date) -> Standing {
        if today > self.due {
            Standing::Passed
        } else if today >= self.date {
            Standing::Now
        } else {
            Standing::Ahead(today.days_until(self.date))
        }
    }
}

/// How a dated item stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// It starts in this many days.
    Ahead(i32),
    /// It is today, or a period that includes today.
    Now,
    Passed,
}

impl Standing {
    pub fn text(self, item: &DatedItem) -> String {
        match self {
            Standing::Ahead(days) => format!("あと{days}日"),
            Standing::Now if item.kind == DateKind::Guidance => "今月中".into(),
            Standing::Now if item.date == item.due => "今日".into(),
            Standing::Now => "期間中".into(),
            Standing::Passed => "過ぎました".into(),
        }
    }
}

/// The station's dated items, in date order: the dates worked out from the sources and the
/// dates it recorded or planned.
pub fn dated_items(guide: &Guide, station: &Station) -> Vec<DatedItem> {
    let r = &station.records;
    let mut items: Vec<DatedItem> = Vec::new();
    // Each item goes in at its place by date, after those of the same day: the order stays the
    // one below for a day with several items (and no sort routine is compiled in).
    let mut add = |item: DatedItem| {
        let at = items.partition_point(|i| i.date <= item.date);
        items.insert(at, item);
    };
    if let Some(month) = r.claims_start_month {
        add(DatedItem::recorded("claims-start", "オンライン請求を始める月", month.first_day()));
        if let Some(deadline) = application_deadline(month) {
            add(DatedItem {
                key: "claims-application-deadline".into(),
                title: "オンライン請求の利用申請の締切".into(),
                date: deadline,
                due: deadline,
                kind: DateKind::Deadline,
                note: format!(
                    "{}から始めるには、2か月前の20日までに総合ポータルサイトで申請します。",
                    month.japanese()
                ),
                fact: Some("claims-application-lead"),
                also: None,
                monthly: false,
            });
        }
        if let Some(quotes) = latest_quote_month(month) {
            add(DatedItem {
                key: "latest-quote-month".into(),
                title: "見積を依頼する目安（遅くともこの月）".into(),
                date: quotes.first_day(),
                due: quotes.last_day(),
                kind: DateKind::Guidance,
                note: "導入には概ね3〜4か月かかると報じられているため、始める月の4か月前までの依頼をおすすめします。"
                    .into(),
                fact: Some("install-3-4-months"),
                also: None,
                monthly: false,
            });
        }
    }
    for target in guide.steps.iter().flat_map(|s| s.quote_targets) {
        if let Some(quote) = r.quotes.get(target.id) {
            if let Some(day) = quote.asked_on {
                add(DatedItem::recorded(
                    format!("quote-asked-{}", target.id),
                    format!("見積依頼：{}", target.title),
                    day,
                ));
            }
            if let Some(day) = quote.received_on {
                add(DatedItem::recorded(
                    format!("quote-received-{}", target.id),
                    format!("見積受領：{}", target.title),
                    day,
                ));
            }
        }
    }
    for kind in VendorKind::ALL {
        if let Some(order) = r.orders.get(&kind) {
            if let Some(day) = order.ordered_on {
                add(DatedItem::recorded(format!("order-{}", kind.key()), format!("発注：{}", kind.label()), day));
            }
            if let Some(day) = order.delivery_on {
                add(DatedItem::recorded(
                    format!("delivery-{}", kind.key()),
                    format!("搬入・設置予定日：{}", kind.label()),
                    day,
                ));
            }
        }
    }
    let i = &r.installation;
    for (key, title, day) in [
        ("certificate-arrived", "電子証明書の到着", i.certificate_arrived_on),
        ("certificate-renewed", "電子証明書の更新", i.certificate_renewed_on),
        ("setup", "セットアップ", i.setup_on),
        ("test", "接続・運用テスト", i.test_on),
    ] {
        if let Some(day) = day {
            add(DatedItem::recorded(key, title, day));
        }
    }
    if let Some(c) = certificate(station) {
        let from = if c.renewed { "更新した日" } else { "到着した日" };
        add(DatedItem {
            key: "certificate-renewable".into(),
            title: "電子証明書を更新できる時期の始まり（目安）".into(),
            date: c.renewable_from,
            due: c.expires,
            kind: DateKind::Certificate,
            note: "有効期限の約90日前から更新できます（手数料がかかります）。".into(),
            fact: Some("certificate-validity"),
            also: None,
            monthly: false,
        });
        add(DatedItem {
            key: "certificate-expires".into(),
            title: "電子証明書の有効期限（目安）".into(),
            date: c.expires,
            due: c.expires,
            kind: DateKind::Certificate,
            note: format!(
                "{from}（{}）から3年3か月として数えた目安です。正確な期限は、電子証明書の案内や総合ポータルサイトで確かめてください。",
                c.since.japanese()
            ),
            fact: Some("certificate-validity"),
            also: None,
            monthly: false,
        });
    }
    // Staff briefings, one item per day however many were briefed.
    let mut briefings: Vec<(Date, usize)> = Vec::new();
    for day in r.staff.iter().filter_map(|m| m.briefed_on) {
        match briefings.iter_mut().find(|(d, _)| *d == day) {
            Some((_, n)) => *n += 1,
            None => briefings.push((day, 1)),
        }
    }
    for (day, n) in briefings {
        add(DatedItem::recorded(format!("staff-briefing-{}", day.iso()), format!("職員への説明（{n}名）"), day));
    }
    if let Some(day) = r.subsidy_applied_on {
        add(DatedItem::recorded("subsidy-applied", "補助金の申請", day));
    }
    items
}

/// The monthly claim due next on `today`: the visits of the month before, due by the 10th, until
/// that day has passed; then this month's (fact `claims-due-10th`). A station that has introduced
/// claims every month; one still introducing, from the month its records say online claims start
/// (「6月(7月請求分)」: June's visits, claimed by July's 10th) — none before it says when.
pub fn next_claim(station: &Station, introduced: bool, today: Date) -> Option<DatedItem> {
    let this_month = today.year_month();
    let mut visits = if today.day() <= CLAIM_DAY { this_month.add_months(-1)? } else { this_month };
    if !introduced {
        visits = visits.max(station.records.claims_start_month?);
    }
    let due = visits.add_months(1)?.day(CLAIM_DAY)?;
    Some(DatedItem {
        key: "claim-due".into(),
        title: format!("{}月分の請求", visits.month()),
        date: due,
        due,
        kind: DateKind::Deadline,
        note: format!(
            "{}月分の訪問看護療養費は、{}までに請求します（各月分を翌月10日まで）。毎月くり返します。",
            visits.month(),
            due.japanese_with_weekday()
        ),
        fact: Some("claims-due-10th"),
        also: Some("claims-window"),
        monthly: true,
    })
}

/// The station's dated items on `today`, as ホーム and the calendar file show them: those of
/// [`dated_items`], with the monthly claim due next in its place.
pub fn items_on(guide: &Guide, station: &Station, today: Date) -> Vec<DatedItem> {
    let mut items = dated_items(guide, station);
    if let Some(claim) = next_claim(station, super::progress::is_introduced(guide, station), today) {
        let at = items.partition_point(|i| i.date <= claim.date);
        items.insert(at, claim);
    }
    items
}

/// The next item still ahead or under way on `today` (the one due soonest), if any.
pub fn next_due(items: &[DatedItem], today: Date) -> Option<&DatedItem> {
    // A period under way (the quote month) counts from today.
    items.iter().filter(|item| item.due >= today).min_by_key(|item| (item.date.max(today), item.due))
}

/// A warning for the station, in words, about a date that has passed or is near.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub text: String,
    /// The later fact it rests on, for its source.
    pub fact: &'static str,
}

/// What the station should be warned of on `today`: a deadline or a quote month that has passed
/// while its first online-claims month is still ahead; a certificate that can be renewed, or
/// has expired.
pub fn warnings(station: &Station, today: Date) -> Vec<Warning> {
    let mut warnings = Vec::new();
    if let Some(month) = station.records.claims_start_month.filter(|m| today < m.first_day()) {
        if let Some(deadline) = application_deadline(month).filter(|d| today > *d) {
            warnings.push(Warning {
                text: format!(
                    "{}から始めるための利用申請の締切（{}）を過ぎています。始める月を見直すか、総合ポータルサイトで問い合わせ先を確かめて相談してください。",
                    month.japanese(),
                    deadline.japanese_with_weekday()
                ),
                fact: "claims-application-lead",
            });
        } else if let Some(quotes) = latest_quote_month(month).filter(|m| today > m.last_day()) {
            warnings.push(Warning {
                text: format!(
                    "見積を依頼する目安（{}）を過ぎています。導入には概ね3〜4か月かかるとされています。{}に間に合うか、導入支援事業者に早めに確かめてください。",
                    quotes.japanese(),
                    month.japanese()
                ),
                fact: "install-3-4-months",
            });
        }
    }
    if let Some(c) = certificate(station) {
        if today > c.expires {
            warnings.push(Warning {
                text: format!(
                    "電子証明書の有効期限（目安：{}）を過ぎています。総合ポータルサイトで証明書の状態を確かめてください。更新した場合は、STEP03の記録に更新した日を入れてください。",
                    c.expires.japanese_with_weekday()
                ),
                fact: "certificate-validity",
            });
        } else if today >= c.renewable_from {
            warnings.push(Warning {
                text: format!(
                    "電子証明書を更新できる時期です（有効期限の目安：{}）。総合ポータルサイトから更新の手続きをしてください。更新したら、STEP03の記録に更新した日を入れてください。",
                    c.expires.japanese_with_weekday()
                ),
                fact: "certificate-validity",
            });
        }
    }
    warnings
}

#[cfg(test)]
mod claim_tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    fn claim(station: &Station, introduced: bool, today: &str) -> Option<(String, String)> {
        next_claim(station, introduced, d(today)).map(|c| (c.title, c.due.iso()))
    }

    /// Last month's visits are due by the 10th; once the 10th has passed, this month's.
    #[test]
    fn an_introduced_station_claims_last_month_by_the_tenth() {
        let s = Station::new("a", "");
        assert_eq!(claim(&s, true, "2026-12-06"), Some(("11月分の請求".into(), "2026-12-10".into())));
        assert_eq!(claim(&s, true, "2026-12-10"), Some(("11月分の請求".into(), "2026-12-10".into())));
        assert_eq!(claim(&s, true, "2026-12-11"), Some(("12月分の請求".into(), "2027-01-10".into())));
        assert_eq!(claim(&s, true, "2027-01-01"), Some(("12月分の請求".into(), "2027-01-10".into())));
        let item = next_claim(&s, true, d("2026-12-06")).unwrap();
        assert_eq!(item.date_text(), "2026年12月10日（木・令和8年）");
        assert!(item.note.contains("11月分の訪問看護療養費は、2026年12月10日（木・令和8年）までに請求します"));
        assert!(item.monthly && item.fact == Some("claims-due-10th") && item.also == Some("claims-window"));
    }

    /// While introducing: from the month the records say online claims start (6月 → June's visits,
    /// claimed by July 10), and not before the station says when.
    #[test]
    fn a_station_introducing_claims_from_its_first_month() {
        let mut s = Station::new("a", "");
        assert_eq!(claim(&s, false, "2027-03-01"), None);
        s.records.claims_start_month = YearMonth::new(2027, 6);
        assert_eq!(claim(&s, false, "2027-03-01"), Some(("6月分の請求".into(), "2027-07-10".into())));
        assert_eq!(claim(&s, false, "2027-07-10"), Some(("6月分の請求".into(), "2027-07-10".into())));
        assert_eq!(claim(&s, false, "2027-07-11"), Some(("7月分の請求".into(), "2027-08-10".into())));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::guide::GUIDE;
    use crate::model::later::LATER;
    use crate::model::records::{Order, Quote, StaffMember};

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    fn m(s: &str) -> YearMonth {
        YearMonth::parse_iso(s).unwrap()
    }

    fn starting(month: &str) -> Station {
        let mut s = Station::new("st-1", "さくら");
        s.records.claims_start_month = Some(m(month));
        s
    }

    #[test]
    fn the_application_is_due_on_the_20th_two_months_before() {
        assert_eq!(application_deadline(m("2027-04")), Some(d("2027-02-20")));
        // Across the year: online claims from February are applied for by 20 December.
        assert_eq!(application_deadline(m("2027-02")), Some(d("2026-12-20")));
        assert_eq!(application_deadline(m("2027-01")), Some(d("2026-11-20")));
        // The 20th may fall on a weekend; the day stays the 20th (the source says nothing of weekends).
        let saturday = application_deadline(m("2027-04")).unwrap();
        assert_eq!(saturday.japanese_with_weekday(), "2027年2月20日（土・令和9年）");
        assert_eq!(latest_quote_month(m("2027-04")), Some(m("2026-12")));
        assert_eq!(latest_quote_month(m("2027-02")), Some(m("2026-10")));
    }

    #[test]
    fn a_deadline_warns_only_after_it_has_passed_and_before_the_month() {
        let station = starting("2027-04");
        // The deadline day itself is still on time.
        assert!(warnings(&station, d("2027-02-20")).iter().all(|w| !w.text.contains("利用申請の締切")));
        let late = warnings(&station, d("2027-02-21"));
        assert_eq!(late.len(), 1);
        assert!(late[0]
            .text
            .contains("2027年4月から始めるための利用申請の締切（2027年2月20日（土・令和9年））を過ぎています"));
        assert_eq!(late[0].fact, "claims-application-lead");
        // Once the month has come, it is history, not a warning.
        assert!(warnings(&station, d("2027-04-01")).is_empty());
        assert!(warnings(&Station::new("a", ""), d("2027-02-21")).is_empty(), "no month, no warning");
    }

    #[test]
    fn the_quote_month_warns_after_its_last_day() {
        let station = starting("2027-04");
        assert!(warnings(&station, d("2026-12-31")).is_empty());
        let late = warnings(&station, d("2027-01-01"));
        assert_eq!(late.len(), 1);
        assert!(late[0].text.contains("見積を依頼する目安（2026年12月）を過ぎています"));
        // A passed application deadline says more than a passed quote month: only it is shown.
        assert_eq!(warnings(&station, d("2027-03-01")).len(), 1);
    }

    #[test]
    fn the_certificate_runs_3_years_3_months_and_a_renewal_starts_afresh() {
        let mut s = Station::new("a", "");
        assert_eq!(certificate(&s), None);
        s.records.installation.certificate_arrived_on = Some(d("2024-03-01"));
        let c = certificate(&s).unwrap();
        assert_eq!((c.since, c.renewed), (d("2024-03-01"), false));
        assert_eq!(c.expires, d("2027-05-31"));
        assert_eq!(c.renewable_from, d("2027-03-02"));
        assert!(warnings(&s, d("2027-03-01")).is_empty());
        assert!(warnings(&s, d("2027-03-02"))[0].text.contains("更新できる時期です"));
        assert!(warnings(&s, d("2027-05-31"))[0].text.contains("更新できる時期です"));
        assert!(warnings(&s, d("2027-06-01"))[0]
            .text
            .contains("有効期限（目安：2027年5月31日（月・令和9年））を過ぎています"));
        // Renewed early, on 2027-04-10: a fresh 3 years 3 months from that day, nothing added.
        s.records.installation.certificate_renewed_on = Some(d("2027-04-10"));
        let c = certificate(&s).unwrap();
        assert_eq!((c.since, c.renewed), (d("2027-04-10"), true));
        assert_eq!(c.expires, d("2030-07-09"));
        assert!(warnings(&s, d("2027-06-01")).is_empty());
        // A 31st: three years three months on is a 30-day month, so its last day.
        s.records.installation.certificate_renewed_on = Some(d("2027-03-31"));
        assert_eq!(certificate(&s).unwrap().expires, d("2030-06-30"));
        // A renewal date older than the arrival (a typo) does not move the expiry backwards.
        s.records.installation.certificate_renewed_on = Some(d("2023-01-01"));
        assert_eq!(certificate(&s).unwrap().since, d("2024-03-01"));
    }

    #[test]
    fn items_come_in_date_order_with_stable_keys() {
        let mut s = starting("2027-04");
        s.records.quotes.insert("q.mobile".into(), Quote { asked_on: Some(d("2026-11-10")), ..Quote::default() });
        s.records.orders.insert(VendorKind::Support, Order { delivery_on: Some(d("2027-01-15")), ..Order::default() });
        s.records.installation.certificate_arrived_on = Some(d("2027-01-20"));
        for (id, day) in [("a", "2027-03-01"), ("b", "2027-03-01"), ("c", "2027-03-02")] {
            s.records.staff.push(StaffMember { id: id.into(), name: id.into(), briefed_on: Some(d(day)) });
        }
        let items = dated_items(&GUIDE, &s);
        let keys: Vec<&str> = items.iter().map(|i| i.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "quote-asked-q.mobile",
                "latest-quote-month",
                "delivery-support",
                "certificate-arrived",
                "claims-application-deadline",
                "staff-briefing-2027-03-01",
                "staff-briefing-2027-03-02",
                "claims-start",
                "certificate-renewable",
                "certificate-expires",
            ]
        );
        assert_eq!(items[5].title, "職員への説明（2名）");
        assert_eq!(items[1].date_text(), "2026年12月（令和8年12月）中");
        assert_eq!(items[4].date_text(), "2027年2月20日（土・令和9年）");
        for item in items.iter().filter(|i| i.fact.is_some()) {
            assert!(LATER.fact(item.fact.unwrap()).is_some(), "{}", item.key);
        }
        assert!(dated_items(&GUIDE, &Station::new("a", "")).is_empty());
    }

    #[test]
    fn the_next_due_is_the_soonest_still_on_time() {
        let s = starting("2027-04");
        let items = dated_items(&GUIDE, &s);
        let next = |today: &str| next_due(&items, d(today)).map(|i| i.key.as_str());
        // In the quote month, the month is under way and comes first.
        assert_eq!(next("2026-12-05"), Some("latest-quote-month"));
        assert_eq!(next("2026-11-29"), Some("latest-quote-month"));
        assert_eq!(next("2027-01-01"), Some("claims-application-deadline"));
        assert_eq!(next("2027-02-20"), Some("claims-application-deadline"));
        assert_eq!(next("2027-02-21"), Some("claims-start"));
        assert_eq!(next("2027-04-02"), None);
    }

    #[test]
    fn standing_in_words() {
        let items = dated_items(&GUIDE, &starting("2027-04"));
        let deadline = items.iter().find(|i| i.key == "claims-application-deadline").unwrap();
        let quotes = items.iter().find(|i| i.key == "latest-quote-month").unwrap();
        let say = |item: &DatedItem, today: &str| item.standing(d(today)).text(item);
        assert_eq!(say(deadline, "2026-11-29"), "あと83日");
        assert_eq!(say(deadline, "2027-02-20"), "今日");
        assert_eq!(say(deadline, "2027-02-21"), "過ぎました");
        assert_eq!(say(quotes, "2026-11-29"), "あと2日");
        assert_eq!(say(quotes, "2026-12-31"), "今月中");
        assert_eq!(say(quotes, "2027-01-01"), "過ぎました");
    }
}
