//! Japanese phone numbers as people type them — full-width digits, hyphens of every width,
//! spaces, brackets — kept in one normal form (the digits) and shown with hyphens where the
//! number's kind says where they go.

use std::borrow::Cow;

/// A phone number: ten or eleven digits starting with 0 (0120, 0800, 0570, 050/070/080/090,
/// landlines). Typed ones own their digits; the official lines' are written in by the build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone(Cow<'static, str>);

/// What to tell the user when a text is not a phone number.
pub const NOT_A_PHONE: &str =
    "電話番号として読み取れません。0から始まる10けたか11けたの番号を入れてください（ハイフン・かっこ・全角の数字も使えます）。";

impl Phone {
    /// Reads a typed number. Full-width digits become ASCII; hyphens, dashes, spaces and brackets
    /// are dropped; anything else refuses the text.
    pub fn parse(text: &str) -> Result<Phone, &'static str> {
        let mut digits = String::new();
        for c in text.trim().chars() {
            match c {
                '0'..='9' => digits.push(c),
                '０'..='９' => digits.push(char::from(b'0' + (c as u32 - '０' as u32) as u8)),
                '-' | '－' | '‐' | '‑' | '–' | '—' | '―' | 'ー' | '−' | ' ' | '　' | '(' | ')' | '（' | '）' =>
                    {}
                _ => return Err(NOT_A_PHONE),
            }
        }
        if is_phone(digits.as_bytes()) {
            Ok(Phone(Cow::Owned(digits)))
        } else {
            Err(NOT_A_PHONE)
        }
    }

    /// A number written into the app by the build (an official line's, read there with
    /// [`Phone::parse`]). Evaluated when the app is compiled: digits that are not a phone
    /// number stop the compilation.
    pub const fn checked(digits: &'static str) -> Phone {
        assert!(is_phone(digits.as_bytes()), "not a phone number");
        Phone(Cow::Borrowed(digits))
    }

    /// The digits (the stored form).
    pub fn digits(&self) -> &str {
        &self.0
    }

    /// The `tel:` address.
    pub fn tel(&self) -> String {
        format!("tel:{}", self.0)
    }

    /// Hyphenated where the kind of number says where: 0120-950-178, 0570-059-402,
    /// 0800-080-4583, 090-1234-5678, 03-1234-5678. Other landlines, whose area codes vary in
    /// length, stay as digits. (The official lines are shown as their sources write them.)
    pub fn display(&self) -> String {
        let d: &str = &self.0;
        let parts: &[usize] = match (d.len(), d.get(..4), d.get(..3), d.get(..2)) {
            (10, Some("0120" | "0570"), _, _) => &[4, 3, 3],
            (11, Some("0800"), _, _) => &[4, 3, 4],
            (11, _, Some("090" | "080" | "070" | "050"), _) => &[3, 4, 4],
            (10, _, _, Some("03" | "06")) => &[2, 4, 4],
            _ => &[],
        };
        if parts.is_empty() {
            return d.to_string();
        }
        let mut out = String::new();
        let mut at = 0;
        for len in parts {
            if !out.is_empty() {
                out.push('-');
            }
            out.push_str(&d[at..at + len]);
            at += len;
        }
        out
    }
}

/// Ten or eleven ASCII digits, starting with one 0.
const fn is_phone(digits: &[u8]) -> bool {
    if !matches!(digits.len(), 10 | 11) || digits[0] != b'0' || digits[1] == b'0' {
        return false;
    }
    let mut i = 0;
    while i < digits.len() {
        if !digits[i].is_ascii_digit() {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(text: &str) -> String {
        Phone::parse(text).map(|p| p.digits().to_string()).unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn accepts_what_people_type() {
        assert_eq!(digits("０３－１２３４－５６７８"), "0312345678");
        assert_eq!(digits("03(1234)5678"), "0312345678");
        assert_eq!(digits("（０３）１２３４ ５６７８"), "0312345678");
        assert_eq!(digits(" 090-1234-5678 "), "09012345678");
        assert_eq!(digits("0120-95-0178"), "0120950178");
        assert_eq!(digits("0800‐080‐4583"), "08000804583");
        assert_eq!(digits("0570 059 402"), "0570059402");
        assert_eq!(digits("0120ー60ー7210"), "0120607210");
    }

    #[test]
    fn refuses_what_is_not_a_phone_number() {
        for text in [
            "abc",
            "",
            "03-1234-567",
            "03-1234-56789-0",
            "3-1234-5678",
            "00-1234-5678",
            "+81 3 1234 5678",
            "03-1234-5678 内線2",
            "１２３",
        ] {
            assert_eq!(Phone::parse(text), Err(NOT_A_PHONE), "{text}");
        }
        assert!(NOT_A_PHONE.contains("ください"));
    }

    #[test]
    fn shown_with_hyphens_where_the_kind_is_known() {
        let show = |t: &str| Phone::parse(t).unwrap().display();
        assert_eq!(show("0312345678"), "03-1234-5678");
        assert_eq!(show("09012345678"), "090-1234-5678");
        assert_eq!(show("0120950178"), "0120-950-178");
        assert_eq!(show("08000804583"), "0800-080-4583");
        assert_eq!(show("0570059402"), "0570-059-402");
        assert_eq!(show("0451234567"), "0451234567", "area codes vary: digits as they are");
        assert_eq!(Phone::parse("０３－１２３４－５６７８").unwrap().tel(), "tel:0312345678");
    }
}
