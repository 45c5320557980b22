//! The records each step asks the station to find out, write down and hand over, and what is
//! worked out from them: quote totals per vendor, receipt checks and totals.

use super::date::{Date, YearMonth};
use super::guide::VendorKind;
use super::json::read_with_defaults;
use litemap::LiteMap;
use serde::Serialize;

/// What the steps ask the station to find out and write down. Every field is optional.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Records {
    /// STEP01: the station's contact for the quote request (担当者, 電話, メール).
    pub contact: Contact,
    /// STEP01: the current claims computer (レセプト作成用端末・ソフト).
    pub rececon: CurrentRececon,
    /// STEP01: the current network line (ネットワーク回線).
    pub network: NetworkLine,
    /// STEP01: 導入希望時期.
    pub desired_month: Option<YearMonth>,
    /// オンライン請求を始める月 (schema 2): the month the station's dates are worked out from
    /// (`model::schedule`).
    pub claims_start_month: Option<YearMonth>,
    /// STEP01: one quote per quote target id (q.mobile, …).
    #[serde(serialize_with = "super::json::write_map")]
    pub quotes: LiteMap<String, Quote>,
    /// STEP02: the order per vendor kind.
    #[serde(serialize_with = "super::json::write_map")]
    pub orders: LiteMap<VendorKind, Order>,
    /// STEP03: certificate, set-up and test.
    pub installation: Installation,
    /// STEP04: 職員への説明 roster.
    pub staff: Vec<StaffMember>,
    /// STEP04: 業務等の変更点.
    pub work_changes: Vec<WorkChange>,
    /// STEP05: 領収書.
    pub receipts: Vec<Receipt>,
    /// STEP05: 補助金申請日.
    pub subsidy_applied_on: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Contact {
    /// 担当者
    pub person: String,
    /// 電話
    pub phone: String,
    /// メール
    pub email: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct CurrentRececon {
    /// レセプト作成用端末・ソフトの有無: `None` until answered.
    pub present: Option<bool>,
    /// レセコン事業者
    pub vendor: String,
    /// 製品名
    pub product: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct NetworkLine {
    /// 事業者名
    pub provider: String,
    /// 回線種別
    pub line_type: String,
    /// サービス名
    pub service: String,
}

/// A quote (見積) for one target.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Quote {
    /// Whom it was asked of (依頼先の事業者名).
    pub vendor: String,
    /// 依頼日
    pub asked_on: Option<Date>,
    /// 受領日
    pub received_on: Option<Date>,
    /// 金額（円・税込）
    pub amount: Option<u64>,
    /// 備考
    pub note: String,
}

/// An order (発注) placed with one kind of vendor.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Order {
    /// 発注日
    pub ordered_on: Option<Date>,
    /// 搬入・設置予定日
    pub delivery_on: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Installation {
    /// 電子証明書の到着日（簡易書留）
    pub certificate_arrived_on: Option<Date>,
    /// 電子証明書を更新した日 (schema 2): the latest renewal, from which the next expiry counts.
    pub certificate_renewed_on: Option<Date>,
    /// セットアップ日
    pub setup_on: Option<Date>,
    /// 接続・運用テスト日
    pub test_on: Option<Date>,
    /// 立会者
    pub attendees: String,
}

/// A row of the staff briefing roster.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct StaffMember {
    pub id: String,
    /// 氏名
    pub name: String,
    /// 説明日
    pub briefed_on: Option<Date>,
}

/// A change to work the station identified (業務等の変更点).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct WorkChange {
    pub id: String,
    pub text: String,
}

/// A receipt (領収書) for the subsidy claim.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Receipt {
    pub id: String,
    /// 発行元
    pub issuer: String,
    /// Which kind of vendor issued it, if either.
    pub issuer_kind: Option<VendorKind>,
    /// 日付
    pub date: Option<Date>,
    /// 金額（円）
    pub amount: Option<u64>,
    /// 内容
    pub description: String,
}

read_with_defaults!(Records {
    contact,
    rececon,
    network,
    desired_month,
    claims_start_month,
    quotes,
    orders,
    installation,
    staff,
    work_changes,
    receipts,
    subsidy_applied_on
});
read_with_defaults!(Contact { person, phone, email });
read_with_defaults!(CurrentRececon { present, vendor, product });
read_with_defaults!(NetworkLine { provider, line_type, service });
read_with_defaults!(Quote { vendor, asked_on, received_on, amount, note });
read_with_defaults!(Order { ordered_on, delivery_on });
read_with_defaults!(Installation { certificate_arrived_on, certificate_renewed_on, setup_on, test_on, attendees });
read_with_defaults!(StaffMember { id, name, briefed_on });
read_with_defaults!(WorkChange { id, text });
read_with_defaults!(Receipt { id, issuer, issuer_kind, date, amount, description });

impl Records {
    /// Quote amounts summed per vendor (in order of first appearance in the guide's targets),
    /// and overall. Quotes without an amount are left out.
    pub fn quote_totals(&self, targets: &[&str]) -> (Vec<(String, u64)>, u64) {
        let mut per_vendor: Vec<(String, u64)> = Vec::new();
        for id in targets {
            let Some(quote) = self.quotes.get(*id) else { continue };
            let Some(amount) = quote.amount else { continue };
            let vendor = match quote.vendor.trim() {
                "" => "依頼先未記入".to_string(),
                v => v.to_string(),
            };
            match per_vendor.iter_mut().find(|(v, _)| *v == vendor) {
                Some((_, total)) => *total += amount,
                None => per_vendor.push((vendor, amount)),
            }
        }
        let total = per_vendor.iter().map(|(_, t)| t).sum();
        (per_vendor, total)
    }

    /// The total of the receipts' amounts.
    pub fn receipts_total(&self) -> u64 {
        self.receipts.iter().filter_map(|r| r.amount).sum()
    }

    /// What the guide says about receipts, checked against those recorded.
    pub fn receipt_checks(&self) -> Vec<ReceiptCheck> {
        let from = |kind| self.receipts.iter().any(|r| r.issuer_kind == Some(kind));
        vec![
            ReceiptCheck {
                ok: self.receipts.len() >= 2,
                text: format!("領収書が2枚以上ある（いま {} 枚）", self.receipts.len()),
            },
            ReceiptCheck { ok: from(VendorKind::Support), text: "導入支援事業者の領収書がある".into() },
            ReceiptCheck { ok: from(VendorKind::Rececon), text: "レセコン事業者の領収書がある".into() },
        ]
    }
}

/// One check of the receipts, with its result in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiptCheck {
    pub ok: bool,
    pub text: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(vendor: &str, amount: Option<u64>) -> Quote {
        Quote { vendor: vendor.into(), amount, ..Quote::default() }
    }

    #[test]
    fn quote_totals_per_vendor_and_overall() {
        let mut r = Records::default();
        r.quotes.insert("q.mobile".into(), quote("NTT東日本", Some(55_000)));
        r.quotes.insert("q.terminal".into(), quote("NTT東日本", Some(300_000)));
        r.quotes.insert("q.rececon".into(), quote("株式会社レセコン", Some(120_000)));
        r.quotes.insert("q.network".into(), quote("", Some(30_000)));
        let targets = ["q.mobile", "q.terminal", "q.rececon", "q.network"];
        let (per_vendor, total) = r.quote_totals(&targets);
        assert_eq!(
            per_vendor,
            vec![("NTT東日本".into(), 355_000), ("株式会社レセコン".into(), 120_000), ("依頼先未記入".into(), 30_000)]
        );
        assert_eq!(total, 505_000);
        r.quotes.insert("q.network".into(), quote("NTT東日本", None));
        assert_eq!(r.quote_totals(&targets).1, 475_000, "a quote without an amount does not count");
        assert_eq!(Records::default().quote_totals(&targets), (vec![], 0));
    }

    fn receipt(kind: Option<VendorKind>, amount: u64) -> Receipt {
        Receipt { issuer_kind: kind, amount: Some(amount), ..Receipt::default() }
    }

    #[test]
    fn receipt_checks_follow_the_guide() {
        let mut r = Records::default();
        let oks = |r: &Records| r.receipt_checks().iter().map(|c| c.ok).collect::<Vec<_>>();
        assert_eq!(oks(&r), [false, false, false]);
        assert_eq!(r.receipt_checks()[0].text, "領収書が2枚以上ある（いま 0 枚）");
        r.receipts.push(receipt(Some(VendorKind::Support), 429_000));
        assert_eq!(oks(&r), [false, true, false]);
        r.receipts.push(receipt(None, 1_000));
        assert_eq!(oks(&r), [true, true, false]);
        r.receipts.push(receipt(Some(VendorKind::Rececon), 120_000));
        assert_eq!(oks(&r), [true, true, true]);
        assert_eq!(r.receipts_total(), 550_000);
    }
}
