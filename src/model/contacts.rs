//! 連絡先: whom to call — the official lines (content, each a fact with its kind and sources)
//! and the station's own contacts (saved with the station: its 導入支援事業者, レセコン事業者,
//! 回線事業者 and others). Only the station's own contacts: never a patient's name or number.

use super::fact::{Fact, Kind, Words, SOURCES};
use super::guide::{Guide, VendorKind};
use super::json::{read_with_defaults, Keyed};
use super::phone::Phone;
use super::records::Records;
use serde::Serialize;

/// An official line: its name, its number as the source writes it, the 訪問 situations it is
/// shown with, and what it handles (a fact with its sources).
#[derive(Debug)]
pub struct Line {
    pub name: &'static str,
    /// As the source writes it (shown so).
    pub number: &'static str,
    /// Its digits, read by the build with [`Phone::parse`] (the tel: link).
    pub phone: Phone,
    pub situations: &'static [&'static str],
    pub fact: Fact,
}

include!(concat!(env!("OUT_DIR"), "/contacts_data.rs"));

/// The official lines shown with a 訪問 situation.
pub fn lines_for(situation: &str) -> impl Iterator<Item = &'static Line> + '_ {
    LINES.iter().filter(move |l| l.situations.contains(&situation))
}

/// What a station's contact is (its 種類).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ContactKind {
    /// 導入支援事業者
    Support,
    /// レセコン事業者
    Rececon,
    /// 回線事業者
    Line,
    /// その他
    #[default]
    Other,
}

impl ContactKind {
    pub const ALL: [ContactKind; 4] =
        [ContactKind::Support, ContactKind::Rececon, ContactKind::Line, ContactKind::Other];

    pub fn key(self) -> &'static str {
        match self {
            ContactKind::Support => "support",
            ContactKind::Rececon => "rececon",
            ContactKind::Line => "line",
            ContactKind::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ContactKind::Support => "導入支援事業者",
            ContactKind::Rececon => "レセコン事業者",
            ContactKind::Line => "回線事業者",
            ContactKind::Other => "その他",
        }
    }

    /// The contact kind a guide's 依頼先 stands for.
    pub fn of_vendor(kind: VendorKind) -> ContactKind {
        match kind {
            VendorKind::Support => ContactKind::Support,
            VendorKind::Rececon => ContactKind::Rececon,
        }
    }
}

impl Keyed for ContactKind {
    const ALL: &'static [ContactKind] = &ContactKind::ALL;
    const EXPECTED: &'static str = "support・rececon・line・other のどれか";
    fn key(self) -> &'static str {
        ContactKind::key(self)
    }
}

/// One of the station's own contacts.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct StationContact {
    pub id: String,
    /// 名称 (required).
    pub name: String,
    /// 電話番号, as digits (the normal form; empty when none).
    pub phone: String,
    pub kind: ContactKind,
    /// メモ（担当者、受付時間など）
    pub memo: String,
}

read_with_defaults!(StationContact { id, name, phone, kind, memo });

impl StationContact {
    /// The number, if it is one (a document edited by hand may hold anything).
    pub fn phone(&self) -> Option<Phone> {
        Phone::parse(&self.phone).ok()
    }
}

/// What is wrong with a contact the user typed; each message goes next to its field.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContactErrors {
    pub name: Option<&'static str>,
    pub phone: Option<&'static str>,
}

/// The name a contact must have.
pub const NAME_REQUIRED: &str = "名称を入れてください。";

/// Checks a typed contact: a name, and a phone number if one was typed. Returns the name trimmed
/// and the number's digits.
pub fn check_contact(name: &str, phone: &str) -> Result<(String, String), ContactErrors> {
    let name = name.trim();
    let phone = phone.trim();
    let errors = ContactErrors {
        name: name.is_empty().then_some(NAME_REQUIRED),
        phone: if phone.is_empty() { None } else { Phone::parse(phone).err() },
    };
    if errors != ContactErrors::default() {
        return Err(errors);
    }
    let digits = if phone.is_empty() {
        String::new()
    } else {
        Phone::parse(phone).map(|p| p.digits().to_string()).unwrap_or_default()
    };
    Ok((name.to_string(), digits))
}

/// The station's contact for a guide's 依頼先, if it recorded one (the first of that kind).
pub fn contact_for(contacts: &[StationContact], kind: VendorKind) -> Option<&StationContact> {
    let kind = ContactKind::of_vendor(kind);
    contacts.iter().find(|c| c.kind == kind)
}

/// Vendors the station's records already name (quotes, the current レセコン and line) that are
/// not among its contacts yet: offered as suggestions, never added by themselves.
pub fn suggestions(guide: &Guide, records: &Records, contacts: &[StationContact]) -> Vec<(String, ContactKind)> {
    let r = records;
    let mut named: Vec<(String, ContactKind)> = Vec::new();
    for target in guide.steps.iter().flat_map(|s| s.quote_targets) {
        if let Some(quote) = r.quotes.get(target.id) {
            named.push((quote.vendor.trim().to_string(), ContactKind::of_vendor(target.ask)));
        }
    }
    named.push((r.rececon.vendor.trim().to_string(), ContactKind::Rececon));
    named.push((r.network.provider.trim().to_string(), ContactKind::Line));
    let mut out: Vec<(String, ContactKind)> = Vec::new();
    for (name, kind) in named {
        let known = contacts.iter().any(|c| c.name.trim() == name) || out.iter().any(|(n, _)| *n == name);
        if !name.is_empty() && !known {
            out.push((name, kind));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fact::tests::check_fact;
    use crate::model::guide::GUIDE;
    use crate::model::records::Quote;

    #[test]
    fn every_official_line_dials_the_number_it_shows() {
        for line in LINES {
            check_fact(&line.fact);
            // The tel: link calls the number as the source writes it.
            assert_eq!(line.phone.digits(), line.number.replace('-', ""), "{}", line.name);
            for id in line.situations {
                assert!(lines_for(id).any(|l| l.number == line.number), "{}: {id}", line.name);
            }
            // Hours as the source gives them, or the words that send the reader to the source.
            assert!(line.fact.text.contains(':') || line.fact.text.contains("出典をご確認ください"), "{}", line.name);
        }
        // 参考 lines say to confirm on the portal.
        for line in LINES.iter().filter(|l| l.fact.kind == Kind::Report) {
            assert!(line.fact.text.contains("ポータルで確かめてください"), "{}", line.name);
        }
    }

    #[test]
    fn a_typed_contact_needs_a_name_and_a_number_that_is_one() {
        assert_eq!(
            check_contact(" テスト事業者 ", "０３－１２３４－５６７８"),
            Ok(("テスト事業者".into(), "0312345678".into()))
        );
        assert_eq!(check_contact("回線の会社", ""), Ok(("回線の会社".into(), String::new())), "a number is optional");
        let errors = check_contact("", "abc").unwrap_err();
        assert_eq!(errors.name, Some(NAME_REQUIRED));
        assert!(errors.phone.unwrap().contains("電話番号として読み取れません"));
        assert_eq!(check_contact("A社", "abc").unwrap_err().name, None);
    }

    #[test]
    fn the_contact_for_a_vendor_kind_and_suggestions_from_the_records() {
        let mut s = crate::model::station::Station::new("a", "");
        s.records.quotes.insert("q.mobile".into(), Quote { vendor: "NTT東日本".into(), ..Quote::default() });
        s.records.quotes.insert("q.rececon".into(), Quote { vendor: "株式会社レセコン".into(), ..Quote::default() });
        s.records.rececon.vendor = "株式会社レセコン".into();
        s.records.network.provider = "光回線の会社".into();
        assert_eq!(
            suggestions(&GUIDE, &s.records, &s.contacts),
            vec![
                ("NTT東日本".into(), ContactKind::Support),
                ("株式会社レセコン".into(), ContactKind::Rececon),
                ("光回線の会社".into(), ContactKind::Line)
            ]
        );
        assert_eq!(contact_for(&s.contacts, VendorKind::Support), None);
        s.contacts.push(StationContact {
            id: "c1".into(),
            name: "NTT東日本".into(),
            phone: "0312345678".into(),
            kind: ContactKind::Support,
            memo: String::new(),
        });
        assert_eq!(contact_for(&s.contacts, VendorKind::Support).map(|c| c.name.as_str()), Some("NTT東日本"));
        assert_eq!(contact_for(&s.contacts, VendorKind::Rececon), None);
        assert_eq!(
            suggestions(&GUIDE, &s.records, &s.contacts).len(),
            2,
            "a vendor already among the contacts is not suggested"
        );
        assert_eq!(s.contacts[0].phone().unwrap().display(), "03-1234-5678");
    }

    #[test]
    fn kinds_round_trip() {
        for kind in ContactKind::ALL {
            assert_eq!(<ContactKind as Keyed>::from_key(kind.key()), Some(kind));
        }
        assert_eq!(ContactKind::of_vendor(VendorKind::Rececon), ContactKind::Rececon);
    }
}
