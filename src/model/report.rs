//! 導入記録: the whole procedure for one station as a document — each step's ticks with their
//! dates and memos, and its records (quotes and receipts with totals, the staff roster). Built
//! here as plain data; the print view only lays it out.

use super::date::Date;
use super::guide::{Guide, Step, VendorKind};
use super::input::yen;
use super::station::Station;

/// The report of one station.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub station: String,
    /// 作成日
    pub made_on: String,
    /// The guide it follows, with its edition.
    pub source: String,
    /// この事業所の期日と予定: every dated item, in date order (see `model::schedule`).
    pub dates: Vec<ReportDate>,
    /// Warnings about those dates on the day the report was made.
    pub date_warnings: Vec<String>,
    /// 連絡先: the station's own (種類, 名称, 電話, メモ).
    pub contacts: Vec<Vec<String>>,
    /// The official lines (窓口, 番号, 根拠).
    pub lines: Vec<Vec<String>>,
    pub steps: Vec<ReportStep>,
}

/// A row of the dates table.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportDate {
    pub date: String,
    pub title: String,
    /// How it stands on the day of the report, how it was worked out, and its source.
    pub note: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReportStep {
    /// 「STEP01 見積のご相談・ご依頼」
    pub heading: String,
    /// 「完了 2/2」
    pub progress: String,
    pub items: Vec<ReportItem>,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReportItem {
    pub done: bool,
    pub title: &'static str,
    pub done_on: String,
    pub memo: String,
}

/// A piece of a step's records.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Label–value pairs under a title.
    Facts { title: String, rows: Vec<(String, String)> },
    /// A table with a caption, header, rows and an optional total row.
    Table { caption: String, headers: Vec<&'static str>, rows: Vec<Vec<String>>, total: Option<Vec<String>> },
}

const BLANK: &str = "—";

fn or_blank(text: &str) -> String {
    match text.trim() {
        "" => BLANK.to_string(),
        t => t.to_string(),
    }
}

fn day(date: Option<Date>) -> String {
    date.map_or_else(|| BLANK.to_string(), |d| d.japanese_with_era())
}

fn facts(title: &str, rows: &[(&str, String)]) -> Block {
    Block::Facts { title: title.to_string(), rows: rows.iter().map(|(l, v)| (l.to_string(), v.clone())).collect() }
}

/// The report of `station` on `today`: the head, the dates, the contacts and every step (the
/// print view builds the same in parts, [`report_head`] then each [`step_report`]).
#[cfg(test)]
pub fn report(guide: &Guide, station: &Station, today: Date) -> Report {
    Report {
        steps: guide.steps.iter().map(|step| step_report(step, station)).collect(),
        ..report_head(guide, station, today)
    }
}

/// The report without its steps (they are [`step_report`] each): what the print view shows at
/// once, before the steps follow one per frame.
pub fn report_head(guide: &Guide, station: &Station, today: Date) -> Report {
    let dates = super::schedule::dated_items(guide, station)
        .into_iter()
        .map(|item| {
            let mut note = item.standing(today).text(&item);
            if !item.note.is_empty() {
                note = format!("{note}。{}", item.note);
            }
            if let Some(fact) = item.fact.and_then(|id| super::later::LATER.fact(id)) {
                let names: Vec<&str> = fact.sources.iter().map(|s| s.short).collect();
                note = format!("{note}（根拠：{}・{}）", fact.kind.label(), names.join("、"));
            }
            ReportDate { date: item.date_text(), title: item.title, note }
        })
        .collect();
    Report {
        station: station.display_name().to_string(),
        made_on: today.japanese_with_era(),
        dates,
        date_warnings: super::schedule::warnings(station, today).into_iter().map(|w| w.text).collect(),
        contacts: station
            .contacts
            .iter()
            .map(|c| {
                let phone = c.phone().map_or_else(|| or_blank(&c.phone), |p| p.display());
                vec![c.kind.label().to_string(), or_blank(&c.name), phone, or_blank(&c.memo)]
            })
            .collect(),
        lines: super::contacts::LINES
            .iter()
            .map(|l| {
                let names: Vec<&str> = l.fact.sources.iter().map(|s| s.short).collect();
                vec![l.name.to_string(), l.number.to_string(), format!("{}・{}", l.fact.kind.label(), names.join("、"))]
            })
            .collect(),
        source: format!("{}「{}」（{}）", guide.source.publisher, guide.source.title, guide.source.edition),
        steps: Vec::new(),
    }
}

/// One step of the report: its checklist with dates and memos, then its records.
pub fn step_report(step: &Step, station: &Station) -> ReportStep {
    let r = &station.records;
    let items: Vec<ReportItem> = step
        .items()
        .map(|item| ReportItem {
            done: station.is_done(item.id),
            title: item.title,
            done_on: station.done_on(item.id).map_or_else(String::new, |d| d.japanese_with_era()),
            memo: station.memo(item.id).trim().to_string(),
        })
        .collect();
    let progress = super::progress::step_progress(step, station);
    let mut blocks = Vec::new();
    match step.number {
        1 => {
            blocks.push(facts(
                "事業所と連絡先",
                &[
                    ("事業所名", or_blank(&station.name)),
                    ("担当者", or_blank(&r.contact.person)),
                    ("電話", or_blank(&r.contact.phone)),
                    ("メール", or_blank(&r.contact.email)),
                ],
            ));
            let present = match r.rececon.present {
                Some(true) => "あり",
                Some(false) => "なし",
                None => "未確認",
            };
            blocks.push(facts(
                "現在の利用状況",
                &[
                    ("レセプト作成用端末・ソフト", present.to_string()),
                    ("レセコン事業者", or_blank(&r.rececon.vendor)),
                    ("製品名", or_blank(&r.rececon.product)),
                    ("回線の事業者名", or_blank(&r.network.provider)),
                    ("回線種別", or_blank(&r.network.line_type)),
                    ("サービス名", or_blank(&r.network.service)),
                    ("導入希望時期", r.desired_month.map_or_else(|| BLANK.to_string(), |m| m.japanese_with_era())),
                ],
            ));
            let ids: Vec<&str> = step.quote_targets.iter().map(|q| q.id).collect();
            let rows = step
                .quote_targets
                .iter()
                .map(|target| {
                    let q = r.quotes.get(target.id).cloned().unwrap_or_default();
                    vec![
                        target.title.to_string(),
                        or_blank(&q.vendor),
                        day(q.asked_on),
                        day(q.received_on),
                        q.amount.map_or_else(|| BLANK.to_string(), yen),
                        or_blank(&q.note),
                    ]
                })
                .collect();
            let (per_vendor, total) = r.quote_totals(&ids);
            blocks.push(Block::Table {
                caption: "見積".into(),
                headers: vec!["見積対象", "依頼先", "依頼日", "受領日", "金額（税込）", "備考"],
                rows,
                total: Some(vec![
                    "合計".into(),
                    String::new(),
                    String::new(),
                    String::new(),
                    yen(total),
                    String::new(),
                ]),
            });
            if !per_vendor.is_empty() {
                blocks.push(Block::Table {
                    caption: "見積の合計（依頼先ごと）".into(),
                    headers: vec!["依頼先", "合計（税込）"],
                    rows: per_vendor.into_iter().map(|(v, t)| vec![v, yen(t)]).collect(),
                    total: None,
                });
            }
        }
        2 => {
            for kind in VendorKind::ALL {
                let order = r.orders.get(&kind).cloned().unwrap_or_default();
                let title = format!("{}への発注", kind.label());
                blocks.push(facts(&title, &[("発注日", day(order.ordered_on)), ("予定日", day(order.delivery_on))]));
            }
        }
        3 => {
            let i = &r.installation;
            blocks.push(facts(
                "電子証明書と現地での導入",
                &[
                    ("電子証明書の到着日", day(i.certificate_arrived_on)),
                    ("セットアップ日", day(i.setup_on)),
                    ("接続・運用テスト日", day(i.test_on)),
                    ("立会者", or_blank(&i.attendees)),
                ],
            ));
        }
        4 => {
            blocks.push(Block::Table {
                caption: "職員への説明".into(),
                headers: vec!["氏名", "説明日"],
                rows: r.staff.iter().map(|m| vec![or_blank(&m.name), day(m.briefed_on)]).collect(),
                total: None,
            });
            blocks.push(Block::Table {
                caption: "業務等の変更点".into(),
                headers: vec!["変更点"],
                rows: r.work_changes.iter().map(|c| vec![or_blank(&c.text)]).collect(),
                total: None,
            });
        }
        _ => {
            blocks.push(Block::Table {
                caption: "領収書".into(),
                headers: vec!["発行元", "種類", "日付", "金額", "内容"],
                rows: r
                    .receipts
                    .iter()
                    .map(|x| {
                        vec![
                            or_blank(&x.issuer),
                            x.issuer_kind.map_or("その他・不明", |k| k.label()).to_string(),
                            day(x.date),
                            x.amount.map_or_else(|| BLANK.to_string(), yen),
                            or_blank(&x.description),
                        ]
                    })
                    .collect(),
                total: Some(vec!["合計".into(), String::new(), String::new(), yen(r.receipts_total()), String::new()]),
            });
            let checks: Vec<(String, String)> = r
                .receipt_checks()
                .into_iter()
                .map(|c| (c.text, if c.ok { "✓".to_string() } else { "まだ".to_string() }))
                .collect();
            blocks.push(Block::Facts { title: "領収書の確認".into(), rows: checks });
            blocks.push(facts("補助金", &[("申請日", day(r.subsidy_applied_on))]));
        }
    }
    ReportStep {
        heading: format!("{} {}", step.label(), step.title),
        progress: format!("完了 {}", progress.fraction()),
        items,
        blocks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::document;
    use crate::model::guide::GUIDE;

    fn fixture_station() -> Station {
        document::parse(include_str!("../../tests/fixtures/schema-v1.json")).unwrap().stations[0].clone()
    }

    #[test]
    fn the_report_has_every_step_and_item() {
        let report = report(&GUIDE, &fixture_station(), Date::new(2024, 4, 1).unwrap());
        assert_eq!(report.station, "さくら訪問看護ステーション");
        assert_eq!(report.made_on, "2024年4月1日（令和6年）");
        assert_eq!(report.steps.len(), 5);
        assert_eq!(report.steps.iter().map(|s| s.items.len()).sum::<usize>(), 15);
        let s1 = &report.steps[0];
        assert_eq!(s1.heading, "STEP01 見積のご相談・ご依頼");
        assert_eq!(s1.progress, "完了 2/2");
        assert_eq!(s1.items[0].done_on, "2024年1月10日（令和6年）");
        assert_eq!(s1.items[0].memo, "レセコンはA社の製品");
    }

    #[test]
    fn the_report_carries_the_stations_dates() {
        let mut station = fixture_station();
        station.records.claims_start_month = crate::model::date::YearMonth::parse_iso("2027-04");
        let report = report(&GUIDE, &station, Date::new(2027, 2, 21).unwrap());
        let deadline = report.dates.iter().find(|d| d.title == "オンライン請求の利用申請の締切").unwrap();
        assert_eq!(deadline.date, "2027年2月20日（土・令和9年）");
        assert!(deadline.note.starts_with("過ぎました。"), "{}", deadline.note);
        assert!(deadline.note.contains("根拠：公式・総合ポータルサイト オンライン請求FAQ"), "{}", deadline.note);
        let expiry = report.dates.iter().find(|d| d.title == "電子証明書の有効期限（目安）").unwrap();
        assert_eq!(expiry.date, "2027年5月31日（月・令和9年）");
        assert!(report.dates.iter().any(|d| d.title == "発注：導入支援事業者"));
        assert_eq!(report.date_warnings.len(), 1);
        assert!(report.lines.iter().any(|l| l[1] == "0120-95-0178" && l[2].starts_with("公式・")));
        assert!(report.contacts.is_empty());
        assert!(report.date_warnings[0].contains("締切"));
    }

    #[test]
    fn quotes_and_receipts_come_with_totals() {
        let report = report(&GUIDE, &fixture_station(), Date::new(2024, 4, 1).unwrap());
        let Block::Table { rows, total, .. } = &report.steps[0].blocks[2] else { panic!("quotes table") };
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[0][4], "55,000円");
        assert_eq!(total.as_ref().unwrap()[4], "55,000円");
        let Block::Table { rows, total, .. } = &report.steps[4].blocks[0] else { panic!("receipts table") };
        assert_eq!(
            rows[0],
            vec!["NTT東日本", "導入支援事業者", "2024年3月20日（令和6年）", "429,000円", "資格確認端末一式"]
        );
        assert_eq!(total.as_ref().unwrap()[3], "429,000円");
        let Block::Table { rows, .. } = &report.steps[3].blocks[0] else { panic!("staff table") };
        assert_eq!(
            rows,
            &vec![
                vec!["佐藤".to_string(), "2024年4月1日（令和6年）".to_string()],
                vec!["鈴木".to_string(), "—".to_string()]
            ]
        );
    }
}
