//! A station (事業所) and everything the app keeps for it: the ticks of the checklist with their
//! dates, a memo per item, and the records each step asks the station to find out and write down.

use super::date::{Date, YearMonth};
use super::guide::VendorKind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One station's progress and records.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Station {
    /// Stable id, never shown.
    pub id: String,
    /// 事業所名 (may be empty until the user names it).
    pub name: String,
    /// Per checklist item id: when it was done, and the user's memo.
    pub items: BTreeMap<String, ItemRecord>,
    pub records: Records,
}

/// A checklist item's state. An item that is neither done nor has a memo is not stored.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ItemRecord {
    /// The day it was done (完了日); `None` while not done.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done_on: Option<Date>,
    /// メモ.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub memo: String,
}

impl ItemRecord {
    fn is_empty(&self) -> bool {
        self.done_on.is_none() && self.memo.is_empty()
    }
}

/// What the steps ask the station to find out and write down. Every field is optional.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Records {
    /// STEP01: the station's contact for the quote request (担当者, 電話, メール).
    pub contact: Contact,
    /// STEP01: the current claims computer (レセプト作成用端末・ソフト).
    pub rececon: CurrentRececon,
    /// STEP01: the current network line (ネットワーク回線).
    pub network: NetworkLine,
    /// STEP01: 導入希望時期.
    pub desired_month: Option<YearMonth>,
    /// STEP01: one quote per quote target id (q.mobile, …).
    pub quotes: BTreeMap<String, Quote>,
    /// STEP02: the order per vendor kind.
    pub orders: BTreeMap<VendorKind, Order>,
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

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Contact {
    /// 担当者
    pub person: String,
    /// 電話
    pub phone: String,
    /// メール
    pub email: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CurrentRececon {
    /// レセプト作成用端末・ソフトの有無: `None` until answered.
    pub present: Option<bool>,
    /// レセコン事業者
    pub vendor: String,
    /// 製品名
    pub product: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct NetworkLine {
    /// 事業者名
    pub provider: String,
    /// 回線種別
    pub line_type: String,
    /// サービス名
    pub service: String,
}

/// A quote (見積) for one target.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
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
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Order {
    /// 発注日
    pub ordered_on: Option<Date>,
    /// 搬入・設置予定日
    pub delivery_on: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Installation {
    /// 電子証明書の到着日（簡易書留）
    pub certificate_arrived_on: Option<Date>,
    /// セットアップ日
    pub setup_on: Option<Date>,
    /// 接続・運用テスト日
    pub test_on: Option<Date>,
    /// 立会者
    pub attendees: String,
}

/// A row of the staff briefing roster.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StaffMember {
    pub id: String,
    /// 氏名
    pub name: String,
    /// 説明日
    pub briefed_on: Option<Date>,
}

/// A change to work the station identified (業務等の変更点).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkChange {
    pub id: String,
    pub text: String,
}

/// A receipt (領収書) for the subsidy claim.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
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

impl Station {
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Station {
        Station { id: id.into(), name: name.into(), ..Station::default() }
    }

    /// The name to show: the station's name, or a neutral label until it has one.
    pub fn display_name(&self) -> &str {
        let name = self.name.trim();
        if name.is_empty() { "名称未設定の事業所" } else { name }
    }

    pub fn done_on(&self, item_id: &str) -> Option<Date> {
        self.items.get(item_id).and_then(|r| r.done_on)
    }

    pub fn is_done(&self, item_id: &str) -> bool {
        self.done_on(item_id).is_some()
    }

    pub fn memo(&self, item_id: &str) -> &str {
        self.items.get(item_id).map_or("", |r| r.memo.as_str())
    }

    /// Ticks an item as done on `date` (or moves its date). Keeps its memo.
    pub fn tick(&mut self, item_id: &str, date: Date) {
        self.items.entry(item_id.to_string()).or_default().done_on = Some(date);
    }

    /// Unticks an item: clears its date, keeps its memo.
    pub fn untick(&mut self, item_id: &str) {
        self.update_item(item_id, |r| r.done_on = None);
    }

    pub fn set_memo(&mut self, item_id: &str, memo: &str) {
        self.update_item(item_id, |r| r.memo = memo.to_string());
    }

    fn update_item(&mut self, item_id: &str, f: impl FnOnce(&mut ItemRecord)) {
        let record = self.items.entry(item_id.to_string()).or_default();
        f(record);
        if record.is_empty() {
            self.items.remove(item_id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tick_and_untick_keep_the_memo() {
        let day = Date::new(2024, 1, 15).unwrap();
        let mut s = Station::new("a", "");
        assert_eq!(s.display_name(), "名称未設定の事業所");
        s.tick("s1.current-usage", day);
        assert_eq!(s.done_on("s1.current-usage"), Some(day));
        s.set_memo("s1.current-usage", "レセコンはA社");
        s.untick("s1.current-usage");
        assert!(!s.is_done("s1.current-usage"));
        assert_eq!(s.memo("s1.current-usage"), "レセコンはA社");
        s.set_memo("s1.current-usage", "");
        assert!(s.items.is_empty(), "an empty record is not kept");
    }

    #[test]
    fn unticking_an_untouched_item_stores_nothing() {
        let mut s = Station::new("a", "b");
        s.untick("s2.order");
        assert!(s.items.is_empty());
    }
}
