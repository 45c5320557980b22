//! 見積依頼メモ: the ready-to-send text of a quote request, one per kind of vendor, built from
//! the station's records with exactly what the guide says to tell each of them.
//!
//! To the 導入支援事業者: the desired period, the claims computer's vendor and product, and the
//! network line (STEP01, 見積のご相談・ご依頼). To the レセコン事業者: the software change to
//! the contracted claims computer. Both with the station's contact.

use super::guide::{Guide, VendorKind};
use super::records::CurrentRececon;
use super::station::Station;

const NOT_ENTERED: &str = "（未記入）";

fn or_blank(text: &str) -> &str {
    match text.trim() {
        "" => NOT_ENTERED,
        t => t,
    }
}

/// A request's subject line and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteRequest {
    pub subject: String,
    pub body: String,
}

impl QuoteRequest {
    /// Subject and body as one text, for copying and sharing.
    pub fn full_text(&self) -> String {
        format!("件名：{}\n\n{}", self.subject, self.body)
    }
}

fn rececon_line(rececon: &CurrentRececon) -> &'static str {
    match rececon.present {
        Some(true) => "あり",
        Some(false) => "なし",
        None => NOT_ENTERED,
    }
}

/// The quote request to one kind of vendor.
pub fn write(guide: &Guide, station: &Station, kind: VendorKind) -> QuoteRequest {
    let r = &station.records;
    let period = r.desired_month.map_or_else(|| NOT_ENTERED.to_string(), |m| m.japanese_with_era());
    let targets: Vec<String> = guide
        .steps
        .iter()
        .flat_map(|s| s.quote_targets)
        .filter(|q| q.ask == kind)
        .map(|q| if q.spec.is_empty() { format!("・{}", q.title) } else { format!("・{}（{}）", q.title, q.spec) })
        .collect();
    // Address the vendor already chosen for this kind's targets, if the records name one.
    let chosen = guide
        .steps
        .iter()
        .flat_map(|s| s.quote_targets)
        .filter(|q| q.ask == kind)
        .filter_map(|q| r.quotes.get(q.id))
        .map(|q| q.vendor.trim())
        .find(|v| !v.is_empty());
    let addressee = match (kind, chosen, r.rececon.vendor.trim()) {
        (_, Some(vendor), _) => format!("{vendor} ご担当者様"),
        (VendorKind::Rececon, None, vendor) if !vendor.is_empty() => format!("{vendor} ご担当者様"),
        (VendorKind::Rececon, None, _) => "レセプト作成用端末（レセコン）の事業者 ご担当者様".to_string(),
        (VendorKind::Support, None, _) => "導入支援事業者 ご担当者様".to_string(),
    };

    let mut body = String::new();
    let mut line = |text: &str| {
        body.push_str(text);
        body.push('\n');
    };
    line(&addressee);
    line("");
    let subject = match kind {
        VendorKind::Support => {
            line("訪問看護ステーションにおけるオンライン資格確認及びオンライン請求の導入について、見積をご相談・ご依頼いたします。");
            "オンライン資格確認・オンライン請求の導入に関する見積のご相談・ご依頼"
        }
        VendorKind::Rececon => {
            line("オンライン資格確認及びオンライン請求の導入にあたり、現在契約しているレセプト作成用端末（レセコン）のソフト改修について、見積をご相談・ご依頼いたします。");
            "オンライン資格確認・オンライン請求の導入に伴うソフト改修の見積のご相談・ご依頼"
        }
    };
    line("");
    line("■ 導入を希望する時期");
    line(&period);
    line("");
    line("■ 現在使っているレセプト作成用端末（レセコン）");
    line(&format!("・レセプト作成用端末・ソフトの有無：{}", rececon_line(&r.rececon)));
    line(&format!("・事業者：{}", or_blank(&r.rececon.vendor)));
    line(&format!("・製品名：{}", or_blank(&r.rececon.product)));
    if kind == VendorKind::Support {
        line("");
        line("■ ネットワーク回線の状況");
        line(&format!("・事業者名：{}", or_blank(&r.network.provider)));
        line(&format!("・回線種別：{}", or_blank(&r.network.line_type)));
        line(&format!("・サービス名：{}", or_blank(&r.network.service)));
    }
    line("");
    line("■ 見積をお願いしたいもの");
    for target in &targets {
        line(target);
    }
    line("");
    line("■ 連絡先");
    line(&format!("事業所名：{}", or_blank(&station.name)));
    line(&format!("担当者：{}", or_blank(&r.contact.person)));
    line(&format!("電話：{}", or_blank(&r.contact.phone)));
    line(&format!("メール：{}", or_blank(&r.contact.email)));
    line("");
    line("よろしくお願いいたします。");
    QuoteRequest { subject: subject.to_string(), body: body.trim_end().to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::YearMonth;
    use crate::model::guide::GUIDE;

    fn station() -> Station {
        let mut s = Station::new("st-1", "さくら訪問看護ステーション");
        let r = &mut s.records;
        r.contact.person = "山田 花子".into();
        r.contact.phone = "03-1234-5678".into();
        r.rececon.present = Some(true);
        r.rececon.vendor = "株式会社レセコン".into();
        r.rececon.product = "ナースレセプト Pro".into();
        r.network.provider = "NTT東日本".into();
        r.network.line_type = "光回線".into();
        r.network.service = "フレッツ光".into();
        r.desired_month = YearMonth::new(2024, 6);
        s
    }

    #[test]
    fn the_support_vendor_request_says_what_the_guide_says_to_tell() {
        let request = write(&GUIDE, &station(), VendorKind::Support);
        assert_eq!(request.subject, "オンライン資格確認・オンライン請求の導入に関する見積のご相談・ご依頼");
        for expected in [
            "■ 導入を希望する時期\n2024年6月（令和6年6月）",
            "・レセプト作成用端末・ソフトの有無：あり",
            "・事業者：株式会社レセコン",
            "・製品名：ナースレセプト Pro",
            "・事業者名：NTT東日本",
            "・回線種別：光回線",
            "・サービス名：フレッツ光",
            "・モバイル端末（スマホ・タブレット）（マイナカードの読取可のもの。現在お使いの業務端末も併用可）",
            "・オンライン資格確認/オンライン請求用端末\n",
            "・オンライン資格確認/オンライン請求用ネットワーク回線の敷設（IP-VPN接続方式またはIPsec+IKE接続方式）",
            "事業所名：さくら訪問看護ステーション",
            "担当者：山田 花子",
            "電話：03-1234-5678",
            "メール：（未記入）",
        ] {
            assert!(request.body.contains(expected), "missing {expected:?} in\n{}", request.body);
        }
        assert!(!request.body.contains("ソフト改修"), "the software change is asked of the レセコン事業者");
        assert!(request.full_text().starts_with("件名：オンライン資格確認"));
    }

    #[test]
    fn the_rececon_vendor_request_asks_for_the_software_change() {
        let request = write(&GUIDE, &station(), VendorKind::Rececon);
        assert!(request.body.starts_with("株式会社レセコン ご担当者様"));
        assert!(request
            .body
            .contains("・レセプト作成用端末/レセプト作成用ソフト（現在契約しているレセコンのソフト改修）"));
        assert!(request.body.contains("■ 導入を希望する時期\n2024年6月（令和6年6月）"));
        assert!(!request.body.contains("ネットワーク回線の状況"));
        assert!(!request.body.contains("モバイル端末"));
    }

    #[test]
    fn the_request_is_addressed_to_the_chosen_vendor() {
        let mut s = station();
        assert!(write(&GUIDE, &s, VendorKind::Support).body.starts_with("導入支援事業者 ご担当者様"));
        s.records.quotes.insert(
            "q.terminal".into(),
            crate::model::records::Quote { vendor: "リコージャパン株式会社".into(), ..Default::default() },
        );
        assert!(write(&GUIDE, &s, VendorKind::Support).body.starts_with("リコージャパン株式会社 ご担当者様"));
    }

    #[test]
    fn an_empty_station_gives_a_request_with_blanks_marked() {
        let request = write(&GUIDE, &Station::new("a", ""), VendorKind::Support);
        assert!(request.body.contains("■ 導入を希望する時期\n（未記入）"));
        assert!(request.body.contains("・レセプト作成用端末・ソフトの有無：（未記入）"));
        assert!(request.body.contains("事業所名：（未記入）"));
    }
}
