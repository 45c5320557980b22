//! 「カレンダーに追加」: a station's dated items as one iCalendar file (RFC 5545) that any
//! calendar app imports — all-day events, each with a UID that stays the same from one export to
//! the next, so importing a newer file updates the events instead of adding them twice.
//!
//! Written by hand rather than with a crate: the format needed is a few lines (escaping, folding,
//! CRLF), and the tests read the result back with a real parser (the `icalendar` crate natively,
//! ical.js in the end-to-end suite).

use super::date::Date;
use super::fact::Source;
use super::later::LATER;
use super::schedule::{DateKind, DatedItem};

/// The calendar file of a station's dated items.
///
/// `station_id` makes the UIDs unique per station; `stamp` is the time of export in UTC as
/// `YYYYMMDDTHHMMSSZ` (DTSTAMP, and what tells a calendar which copy is newer).
pub fn ics(station_id: &str, station_name: &str, items: &[DatedItem], stamp: &str) -> String {
    let mut out = String::new();
    let mut line = |text: &str| push_folded(&mut out, text);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//onshi-navi//オン資導入ナビ//JA");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!("X-WR-CALNAME:{}", escape(&format!("{station_name}の期日（オン資導入ナビ）"))));
    for item in items {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", uid(station_id, &item.key)));
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!("DTSTART;VALUE=DATE:{}", item.date.compact()));
        line(&format!("DTEND;VALUE=DATE:{}", next_day(item.date).compact()));
        if item.monthly {
            // One event that comes back every month on the same day (the claim's 10th).
            line("RRULE:FREQ=MONTHLY");
        }
        line(&format!("SUMMARY:{}", escape(&format!("{}（{}）", item.title, station_name))));
        line(&format!("DESCRIPTION:{}", escape(&description(item))));
        line("TRANSP:TRANSPARENT");
        if matches!(item.kind, DateKind::Deadline | DateKind::Certificate) {
            // A reminder a week before a deadline or the certificate's dates.
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line(&format!("DESCRIPTION:{}", escape(&item.title)));
            line("TRIGGER:-P7D");
            line("END:VALARM");
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// The file name: 「onshi-navi-<station id>.ics」 (ASCII, so every browser keeps it).
pub fn file_name(station_id: &str) -> String {
    let safe: String =
        station_id.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '-' }).collect();
    format!("onshi-navi-{safe}.ics")
}

/// A UID that is the same whenever the same item of the same station is exported.
fn uid(station_id: &str, key: &str) -> String {
    let part = |s: &str| -> String {
        s.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_') { c } else { '-' }).collect()
    };
    format!("{}.{}@onshi-navi", part(station_id), part(key))
}

fn next_day(date: Date) -> Date {
    // Only the last day of 9999 has no next day; an event of that day then ends on it.
    date.add_days(1).unwrap_or(date)
}

fn description(item: &DatedItem) -> String {
    let mut text = item.date_text();
    if !item.note.is_empty() {
        text.push('\n');
        text.push_str(&item.note);
    }
    if let Some(fact) = item.also.and_then(|id| LATER.fact(id)) {
        text.push('\n');
        text.push_str(fact.text);
    }
    for fact in [item.fact, item.also].into_iter().flatten().filter_map(|id| LATER.fact(id)) {
        text.push_str(&format!("\n根拠（{}）：", fact.kind.label()));
        let sources: Vec<String> = fact.sources.iter().map(|s: &&Source| format!("{} {}", s.name, s.url)).collect();
        text.push_str(&sources.join(" / "));
    }
    text.push_str("\nオン資導入ナビで作成");
    text
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newline.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded so that no line is longer than 75 octets (RFC 5545 §3.1):
/// a continuation starts with a space, and a character's UTF-8 bytes are never split.
fn push_folded(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::YearMonth;
    use crate::model::guide::GUIDE;
    use crate::model::schedule::dated_items;
    use crate::model::station::Station;
    use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime};

    fn station() -> Station {
        let mut s = Station::new("st-1", "さくら訪問看護ステーション");
        s.records.claims_start_month = YearMonth::parse_iso("2027-04");
        s.records.installation.certificate_arrived_on = Date::parse_iso("2024-03-01");
        s
    }

    fn file(s: &Station, stamp: &str) -> String {
        ics(&s.id, s.display_name(), &dated_items(&GUIDE, s), stamp)
    }

    #[test]
    fn lines_end_in_crlf_and_fold_at_75_octets_without_splitting_a_character() {
        let text = file(&station(), "20261129T120000Z");
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "no bare newline");
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        // Long Japanese descriptions were folded (continuation lines start with a space).
        assert!(text.split("\r\n").any(|l| l.starts_with(' ')));
        let mut short = String::new();
        push_folded(&mut short, &"あ".repeat(30));
        // 25 characters of 3 octets fit in 75; the continuation holds a space and 24 × 3 = 73.
        assert_eq!(short, format!("{}\r\n {}\r\n", "あ".repeat(25), "あ".repeat(5)));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let mut s = station();
        s.name = "さくら, つばき; \\ 訪問看護".into();
        let text = file(&s, "20261129T120000Z");
        let calendar: Calendar = text.parse().expect("parses");
        let event = calendar.components.iter().find_map(event).unwrap();
        assert_eq!(event.get_summary(), Some("電子証明書の到着（さくら, つばき; \\ 訪問看護）"));
    }

    fn event(component: &CalendarComponent) -> Option<&icalendar::Event> {
        match component {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        }
    }

    /// (uid, start, end, summary) of every event, read back by the `icalendar` crate's parser.
    fn read_back(text: &str) -> Vec<(String, String, String, String)> {
        let calendar: Calendar = text.parse().expect("a valid calendar");
        let day = |d: Option<DatePerhapsTime>| match d {
            Some(DatePerhapsTime::Date(d)) => d.format("%Y-%m-%d").to_string(),
            other => panic!("not an all-day date: {other:?}"),
        };
        calendar
            .components
            .iter()
            .filter_map(event)
            .map(|e| {
                (
                    e.get_uid().unwrap().to_string(),
                    day(e.get_start()),
                    day(e.get_end()),
                    e.get_summary().unwrap().to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn round_trip_through_a_real_parser() {
        let s = station();
        let items = dated_items(&GUIDE, &s);
        let events = read_back(&file(&s, "20261129T120000Z"));
        assert_eq!(events.len(), items.len());
        let deadline = events.iter().find(|e| e.0 == "st-1.claims-application-deadline@onshi-navi").unwrap();
        assert_eq!(deadline.1, "2027-02-20");
        assert_eq!(deadline.2, "2027-02-21", "an all-day event ends on the next day (exclusive)");
        assert_eq!(deadline.3, "オンライン請求の利用申請の締切（さくら訪問看護ステーション）");
        let expiry = events.iter().find(|e| e.0 == "st-1.certificate-expires@onshi-navi").unwrap();
        assert_eq!(expiry.1, "2027-05-31");
        // A 31 December event ends on 1 January of the next year.
        let mut s = Station::new("st-1", "");
        s.records.installation.setup_on = Date::parse_iso("2026-12-31");
        let events = read_back(&file(&s, "20261129T120000Z"));
        assert_eq!((events[0].1.as_str(), events[0].2.as_str()), ("2026-12-31", "2027-01-01"));
    }

    /// The monthly claim is one event that repeats every month on its day.
    #[test]
    fn the_monthly_claim_repeats_every_month() {
        let s = Station::new("st-1", "さくら");
        let claim = crate::model::schedule::next_claim(&s, true, Date::checked(2026, 12, 6)).unwrap();
        let text = ics("st-1", "さくら", &[claim], "20261206T000000Z");
        assert!(
            text.contains("DTSTART;VALUE=DATE:20261210\r\nDTEND;VALUE=DATE:20261211\r\nRRULE:FREQ=MONTHLY\r\n"),
            "{text}"
        );
        let calendar: icalendar::Calendar = text.parse().unwrap();
        let event = calendar.components.iter().find_map(event).unwrap();
        assert_eq!(event.property_value("RRULE"), Some("FREQ=MONTHLY"));
        assert_eq!(event.get_uid(), Some("st-1.claim-due@onshi-navi"));
        assert!(event.get_description().unwrap().contains("根拠（公式）"));
    }

    #[test]
    fn uids_stay_the_same_from_one_export_to_the_next() {
        let mut s = station();
        let first = read_back(&file(&s, "20261129T120000Z"));
        // The station moves its start month: the same events, with new dates.
        s.records.claims_start_month = YearMonth::parse_iso("2027-06");
        let second = read_back(&file(&s, "20261201T090000Z"));
        let uids = |events: &[(String, String, String, String)]| events.iter().map(|e| e.0.clone()).collect::<Vec<_>>();
        let (mut a, mut b) = (uids(&first), uids(&second));
        a.sort();
        b.sort();
        assert_eq!(a, b);
        let moved = second.iter().find(|e| e.0.contains("claims-application-deadline")).unwrap();
        assert_eq!(moved.1, "2027-04-20");
        // Two stations never share a UID.
        let other = Station { id: "st-2".into(), ..s.clone() };
        assert!(read_back(&file(&other, "20261201T090000Z")).iter().all(|e| e.0.starts_with("st-2.")));
    }

    #[test]
    fn an_empty_station_gives_a_valid_empty_calendar() {
        let text = file(&Station::new("st-1", ""), "20261129T120000Z");
        assert!(read_back(&text).is_empty());
        assert!(text.replace("\r\n ", "").contains("X-WR-CALNAME:名称未設定の事業所の期日（オン資導入ナビ）"));
        assert_eq!(file_name("st-1"), "onshi-navi-st-1.ics");
        assert_eq!(file_name("a/b c"), "onshi-navi-a-b-c.ics");
    }
}
