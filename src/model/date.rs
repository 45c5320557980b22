//! Calendar dates as the station uses them: stored as ISO `YYYY-MM-DD` (what `<input type=date>`
//! gives), shown as 2024年1月15日 with the Japanese era (令和6年1月15日) beside where useful.

use serde::{Serialize, Serializer};
use std::fmt;

/// A day in the Gregorian calendar. Always valid: built only through [`Date::new`] or parsing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// A month (導入希望時期), stored as `YYYY-MM` (what `<input type=month>` gives).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: u16,
    month: u8,
}

const fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Parses a run of ASCII digits of exactly `len` characters.
fn digits(s: &str, len: usize) -> Option<u32> {
    (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
}

/// Writes the last `width` decimal digits of `n`, zero-padded (a date's parts always fit: years
/// are 1900–9999). Saving writes every date this way: through `format!` the dates were a
/// visible part of a large station's save.
fn push_digits(out: &mut String, n: u16, width: u32) {
    for place in (0..width).rev() {
        out.push(char::from(b'0' + (n / 10u16.pow(place) % 10) as u8));
    }
}

impl Date {
    /// A date, if it exists (years 1900–9999).
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid =
            year >= 1900 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
        if valid {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// A date written into the app by the build (the content's dates, checked there with
    /// [`Date::parse_iso`]). Evaluated when the app is compiled: a day that does not exist stops
    /// the compilation instead of reaching a screen.
    pub const fn checked(year: u16, month: u8, day: u8) -> Date {
        match Date::new(year, month, day) {
            Some(date) => date,
            None => panic!("not a date"),
        }
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        Date::new(digits(y, 4)? as u16, digits(m, 2)? as u8, digits(d, 2)? as u8)
    }

    pub fn iso(&self) -> String {
        let mut iso = String::with_capacity(10);
        push_digits(&mut iso, self.year, 4);
        iso.push('-');
        push_digits(&mut iso, self.month.into(), 2);
        iso.push('-');
        push_digits(&mut iso, self.day.into(), 2);
        iso
    }

    pub fn year(&self) -> u16 {
        self.year
    }
    pub fn month(&self) -> u8 {
        self.month
    }
    pub fn day(&self) -> u8 {
        self.day
    }

    /// 2024年1月15日
    pub fn japanese(&self) -> String {
        format!("{}年{}月{}日", self.year, self.month, self.day)
    }

    /// 令和6年1月15日 (元年 for the first year of an era).
    pub fn era(&self) -> String {
        let (era, year) = era_year(self.year, self.month, self.day);
        format!("{era}{}{}月{}日", era_year_text(year), self.month, self.day)
    }

    /// 2024年1月15日（令和6年）: the form used beside records and ticks.
    pub fn japanese_with_era(&self) -> String {
        let (era, year) = era_year(self.year, self.month, self.day);
        format!("{}（{era}{}）", self.japanese(), era_year_text(year))
    }

    /// `YYYYMMDD`, for file names and calendar files.
    pub fn compact(&self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }

    /// Days since 1970-01-01 (the proleptic Gregorian count of Howard Hinnant's
    /// `days_from_civil`), so that dates can be counted and compared by subtraction.
    fn day_number(self) -> i32 {
        let (month, day) = (i32::from(self.month), i32::from(self.day));
        let year = i32::from(self.year) - i32::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date of a day number (the inverse of [`Date::day_number`]); None outside 1900–9999.
    fn from_day_number(n: i32) -> Option<Date> {
        let z = n + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = year_of_era + era * 400 + i32::from(month <= 2);
        Date::new(u16::try_from(year).ok()?, month as u8, day as u8)
    }

    /// The date `days` later (earlier when negative).
    pub fn add_days(self, days: i32) -> Option<Date> {
        Date::from_day_number(self.day_number() + days)
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i32 {
        later.day_number() - self.day_number()
    }

    /// The same day `months` later (earlier when negative), or the month's last day where it is
    /// shorter: 2024-01-31 plus one month is 2024-02-29.
    pub fn add_months(self, months: i32) -> Option<Date> {
        let month = self.year_month().add_months(months)?;
        Date::new(month.year, month.month, self.day.min(days_in_month(month.year, month.month)))
    }

    pub fn year_month(self) -> YearMonth {
        YearMonth { year: self.year, month: self.month }
    }

    /// The day of the week in one character: 日, 月, 火, 水, 木, 金, 土.
    pub fn weekday(self) -> &'static str {
        // 1970-01-01 was a Thursday.
        ["木", "金", "土", "日", "月", "火", "水"][self.day_number().rem_euclid(7) as usize]
    }

    /// 2027年2月20日（土・令和9年）: a date that is due, with its weekday and era year.
    pub fn japanese_with_weekday(&self) -> String {
        let (era, year) = era_year(self.year, self.month, self.day);
        format!("{}（{}・{era}{}）", self.japanese(), self.weekday(), era_year_text(year))
    }
}

impl YearMonth {
    pub const fn new(year: u16, month: u8) -> Option<YearMonth> {
        if year >= 1900 && year <= 9999 && month >= 1 && month <= 12 {
            Some(YearMonth { year, month })
        } else {
            None
        }
    }

    /// A month written into the app by the build; see [`Date::checked`].
    pub const fn checked(year: u16, month: u8) -> YearMonth {
        match YearMonth::new(year, month) {
            Some(month) => month,
            None => panic!("not a month"),
        }
    }

    /// Parses `YYYY-MM`.
    pub fn parse_iso(s: &str) -> Option<YearMonth> {
        let (y, m) = s.split_once('-')?;
        YearMonth::new(digits(y, 4)? as u16, digits(m, 2)? as u8)
    }

    pub fn iso(&self) -> String {
        let mut iso = String::with_capacity(7);
        push_digits(&mut iso, self.year, 4);
        iso.push('-');
        push_digits(&mut iso, self.month.into(), 2);
        iso
    }

    /// 2025年3月
    pub fn japanese(&self) -> String {
        format!("{}年{}月", self.year, self.month)
    }

    pub fn year(&self) -> u16 {
        self.year
    }
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The month `months` later (earlier when negative).
    pub fn add_months(self, months: i32) -> Option<YearMonth> {
        let index = i32::from(self.year) * 12 + i32::from(self.month) - 1 + months;
        YearMonth::new(u16::try_from(index.div_euclid(12)).ok()?, (index.rem_euclid(12) + 1) as u8)
    }

    /// A day of this month, if it exists.
    pub fn day(self, day: u8) -> Option<Date> {
        Date::new(self.year, self.month, day)
    }

    pub fn first_day(self) -> Date {
        Date { year: self.year, month: self.month, day: 1 }
    }

    pub fn last_day(self) -> Date {
        Date { year: self.year, month: self.month, day: days_in_month(self.year, self.month) }
    }

    /// 2025年3月（令和7年3月）. An era that begins mid-month is named by the month's last day.
    pub fn japanese_with_era(&self) -> String {
        let (era, year) = era_year(self.year, self.month, days_in_month(self.year, self.month));
        format!("{}年{}月（{era}{}{}月）", self.year, self.month, era_year_text(year), self.month)
    }
}

/// The Japanese era and year of era for a Gregorian date.
fn era_year(year: u16, month: u8, day: u8) -> (&'static str, u16) {
    // (era, first day as (y, m, d)), newest first.
    const ERAS: [(&str, (u16, u8, u8)); 4] =
        [("令和", (2019, 5, 1)), ("平成", (1989, 1, 8)), ("昭和", (1926, 12, 25)), ("大正", (1912, 7, 30))];
    for (name, start) in ERAS {
        if (year, month, day) >= start {
            return (name, year - start.0 + 1);
        }
    }
    ("明治", year - 1868 + 1)
}

fn era_year_text(year: u16) -> String {
    if year == 1 {
        "元年".into()
    } else {
        format!("{year}年")
    }
}

/// Converts the guide's own era months (e.g. 令和6年1月) to the Western year (2024年1月), so a
/// date the guide names can be shown with its Western year beside it.
pub fn reiwa_to_western(reiwa_year: u16) -> u16 {
    2018 + reiwa_year
}

/// The Western dates of the era dates a guide sentence names, to show after the sentence
/// without touching its words: 「令和6年1月からの…」 → 「令和6年1月＝2024年1月」.
pub fn western_dates(text: &str) -> Option<String> {
    let mut found: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(pos) = rest.find("令和") {
        let after = &rest[pos + "令和".len()..];
        match era_date(after) {
            Some((western, len)) => {
                let note = format!("令和{}＝{western}", &after[..len]);
                if !found.contains(&note) {
                    found.push(note);
                }
                rest = &after[len..];
            }
            None => rest = after,
        }
    }
    (!found.is_empty()).then(|| found.join("、"))
}

/// Reads `N年M月` or `N年M月D日` (or 元年) at the start of `s`: the Western form and the byte
/// length read.
fn era_date(s: &str) -> Option<(String, usize)> {
    fn number_then(s: &str, unit: char) -> Option<(u16, &str)> {
        let len = s.bytes().take_while(u8::is_ascii_digit).count();
        let n = s[..len].parse().ok()?;
        Some((n, s[len..].strip_prefix(unit)?))
    }
    let (year, rest) = match s.strip_prefix("元年") {
        Some(rest) => (1, rest),
        None => number_then(s, '年')?,
    };
    let (month, rest) = number_then(rest, '月')?;
    if !(1..=12).contains(&month) {
        return None;
    }
    let western_year = reiwa_to_western(year);
    let (western, rest) = match number_then(rest, '日') {
        Some((day, rest)) if (1..=31).contains(&day) => (format!("{western_year}年{month}月{day}日"), rest),
        _ => (format!("{western_year}年{month}月"), rest),
    };
    Some((western, s.len() - rest.len()))
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl Serialize for YearMonth {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn parses_and_prints_iso() {
        for text in ["2024-01-15", "1900-01-01", "9999-12-31", "2000-10-09"] {
            assert_eq!(d(text).iso(), text);
        }
        assert_eq!(YearMonth::parse_iso("1999-07").unwrap().iso(), "1999-07");
        assert_eq!(d("2024-02-29").japanese(), "2024年2月29日");
        for bad in [
            "",
            "2024-1-15",
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-04-31",
            "abcd-ef-gh",
            "2024-01-15-1",
            "１２３４-01-01",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn era_at_boundaries() {
        assert_eq!(d("2024-01-15").era(), "令和6年1月15日");
        assert_eq!(d("2019-05-01").era(), "令和元年5月1日");
        assert_eq!(d("2019-04-30").era(), "平成31年4月30日");
        assert_eq!(d("2020-01-01").era(), "令和2年1月1日");
        assert_eq!(d("1989-01-08").era(), "平成元年1月8日");
        assert_eq!(d("1989-01-07").era(), "昭和64年1月7日");
        assert_eq!(d("1926-12-25").era(), "昭和元年12月25日");
        assert_eq!(d("1926-12-24").era(), "大正15年12月24日");
        assert_eq!(d("2024-01-15").japanese_with_era(), "2024年1月15日（令和6年）");
        assert_eq!(d("2019-05-01").japanese_with_era(), "2019年5月1日（令和元年）");
    }

    #[test]
    fn year_month() {
        let m = YearMonth::parse_iso("2025-03").unwrap();
        assert_eq!(m.japanese_with_era(), "2025年3月（令和7年3月）");
        assert_eq!(YearMonth::parse_iso("2019-05").unwrap().japanese_with_era(), "2019年5月（令和元年5月）");
        // April 2019 is wholly 平成.
        assert_eq!(YearMonth::parse_iso("2019-04").unwrap().japanese_with_era(), "2019年4月（平成31年4月）");
        assert_eq!(YearMonth::parse_iso("2025-13"), None);
        assert_eq!(YearMonth::parse_iso("2025"), None);
    }

    #[test]
    fn json_round_trip() {
        use crate::model::json::FromJson;
        let date = d("2024-06-01");
        let json = serde_json::to_value(date).unwrap();
        assert_eq!(json, serde_json::json!("2024-06-01"));
        assert_eq!(Date::from_json(&json), Ok(date));
        assert!(Date::from_json(&serde_json::json!("2024-02-30")).is_err());
        assert!(Date::from_json(&serde_json::json!(20240601)).is_err());
        let month = YearMonth::parse_iso("2025-04").unwrap();
        assert_eq!(YearMonth::from_json(&serde_json::to_value(month).unwrap()), Ok(month));
    }

    #[test]
    fn western_dates_of_the_guide_dates() {
        assert_eq!(western_dates("令和6年1月からのオンライン資格確認").as_deref(), Some("令和6年1月＝2024年1月"));
        assert_eq!(western_dates("令和5年11月").as_deref(), Some("令和5年11月＝2023年11月"));
        assert_eq!(western_dates("令和の時代、令和年月"), None);
        assert_eq!(western_dates("日付なし"), None);
        assert_eq!(western_dates("令和元年5月").as_deref(), Some("令和元年5月＝2019年5月"));
        assert_eq!(western_dates("令和6年13月"), None);
        assert_eq!(
            western_dates("令和6年12月2日と令和7年6月末、また令和6年12月2日").as_deref(),
            Some("令和6年12月2日＝2024年12月2日、令和7年6月＝2025年6月")
        );
    }

    #[test]
    fn counting_days() {
        assert_eq!(d("1970-01-01").day_number(), 0);
        assert_eq!(d("2000-03-01").day_number(), 11_017);
        assert_eq!(d("2024-02-28").add_days(1), Some(d("2024-02-29")));
        assert_eq!(d("2023-02-28").add_days(1), Some(d("2023-03-01")));
        assert_eq!(d("2026-12-31").add_days(1), Some(d("2027-01-01")));
        assert_eq!(d("2027-01-01").add_days(-1), Some(d("2026-12-31")));
        assert_eq!(d("2027-06-01").add_days(-90), Some(d("2027-03-03")));
        assert_eq!(d("2026-11-29").days_until(d("2027-02-20")), 83);
        assert_eq!(d("2027-02-20").days_until(d("2026-11-29")), -83);
        assert_eq!(d("1900-01-01").add_days(-1), None, "before the supported years");
        // Every day of four years goes there and back.
        let start = d("2023-01-01");
        for n in 0..1461 {
            let day = start.add_days(n).unwrap();
            assert_eq!(Date::from_day_number(day.day_number()), Some(day));
            assert_eq!(start.days_until(day), n);
        }
    }

    #[test]
    fn adding_months_keeps_the_day_or_takes_the_months_last() {
        assert_eq!(d("2024-01-31").add_months(1), Some(d("2024-02-29")));
        assert_eq!(d("2023-01-31").add_months(1), Some(d("2023-02-28")));
        assert_eq!(d("2024-03-31").add_months(-1), Some(d("2024-02-29")));
        assert_eq!(d("2024-11-15").add_months(3), Some(d("2025-02-15")));
        assert_eq!(d("2024-03-01").add_months(39), Some(d("2027-06-01")));
        let m = |s: &str| YearMonth::parse_iso(s).unwrap();
        assert_eq!(m("2027-02").add_months(-2), Some(m("2026-12")));
        assert_eq!(m("2027-01").add_months(-2), Some(m("2026-11")));
        assert_eq!(m("2026-12").add_months(2), Some(m("2027-02")));
        assert_eq!(m("2026-12").add_months(-12), Some(m("2025-12")));
        assert_eq!(m("2027-02").last_day(), d("2027-02-28"));
        assert_eq!(m("2028-02").last_day(), d("2028-02-29"));
        assert_eq!(m("2027-02").first_day(), d("2027-02-01"));
        assert_eq!(m("2027-02").day(20), Some(d("2027-02-20")));
        assert_eq!(m("2027-02").day(30), None);
    }

    #[test]
    fn weekdays() {
        assert_eq!(d("1970-01-01").weekday(), "木");
        assert_eq!(d("2026-11-29").weekday(), "日");
        assert_eq!(d("2027-02-20").weekday(), "土");
        assert_eq!(d("2027-03-20").weekday(), "土");
        assert_eq!(d("2024-02-29").weekday(), "木");
        assert_eq!(d("2027-02-20").japanese_with_weekday(), "2027年2月20日（土・令和9年）");
        assert_eq!(d("2019-05-01").japanese_with_weekday(), "2019年5月1日（水・令和元年）");
    }

    #[test]
    fn reiwa_years() {
        assert_eq!(reiwa_to_western(6), 2024);
        assert_eq!(reiwa_to_western(1), 2019);
    }
}
