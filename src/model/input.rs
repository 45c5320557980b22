//! What the user types: amounts (円), phone numbers and e-mail addresses. Parsing returns a
//! message fit to show, in Japanese, that says what to do.

/// The largest amount accepted: ¥9,999,999,999 (nothing in this procedure comes near).
pub const MAX_AMOUNT: u64 = 9_999_999_999;

/// Reads an amount in yen: half- or full-width digits, with or without commas
/// (「１２,３４５」 → 12345). Empty means "not entered" (`Ok(None)`).
pub fn parse_amount(text: &str) -> Result<Option<u64>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let mut digits = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '0'..='9' => digits.push(c),
            '０'..='９' => digits.push(char::from(b'0' + (c as u32 - '０' as u32) as u8)),
            ',' | '，' | '、' => {}
            '-' | '－' | '−' | 'ー' | '▲' | '△' => {
                return Err("マイナスの金額は入力できません。0以上の金額を入力してください。".into())
            }
            '.' | '．' => return Err("小数は入力できません。円単位の整数で入力してください。".into()),
            '円' | '¥' | '￥' => {
                return Err("数字だけを入力してください（「円」「¥」は不要です）。例：12,345".into())
            }
            _ => return Err("数字とカンマだけで入力してください。例：12,345".into()),
        }
    }
    if digits.is_empty() {
        return Err("数字とカンマだけで入力してください。例：12,345".into());
    }
    match digits.parse::<u64>() {
        Ok(amount) if amount <= MAX_AMOUNT => Ok(Some(amount)),
        _ => Err("金額が大きすぎます。99億9999万9999円以下で入力してください。".into()),
    }
}

/// 12345 → 「12,345」
pub fn group_digits(amount: u64) -> String {
    let digits = amount.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// 12345 → 「12,345円」
pub fn yen(amount: u64) -> String {
    format!("{}円", group_digits(amount))
}

/// A hint when a phone number does not look like one (never blocks saving).
pub fn phone_hint(text: &str) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let digits = text.chars().filter(|c| c.is_ascii_digit() || ('０'..='９').contains(c)).count();
    let allowed =
        text.chars().all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c) || "-－ー‐()（） +＋".contains(c));
    (!allowed || !(10..=13).contains(&digits)).then(|| {
        "電話番号は「03-1234-5678」のように、10〜11桁の数字で入力してください（入力した内容は保存されています）。"
            .into()
    })
}

/// A hint when an e-mail address does not look like one (never blocks saving).
pub fn email_hint(text: &str) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let looks_right = match text.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !text.contains(char::is_whitespace)
        }
        None => false,
    };
    (!looks_right)
        .then(|| "メールアドレスは「name@example.jp」の形で入力してください（入力した内容は保存されています）。".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_half_and_full_width_with_commas() {
        assert_eq!(parse_amount("12345"), Ok(Some(12345)));
        assert_eq!(parse_amount("１２,３４５"), Ok(Some(12345)));
        assert_eq!(parse_amount("１２３，４５６"), Ok(Some(123456)));
        assert_eq!(parse_amount(" 429,000 "), Ok(Some(429000)));
        assert_eq!(parse_amount("0"), Ok(Some(0)));
        assert_eq!(parse_amount(""), Ok(None));
        assert_eq!(parse_amount("   "), Ok(None));
    }

    #[test]
    fn anything_else_is_refused_with_a_message() {
        for (input, says) in [
            ("-500", "マイナス"),
            ("－５００", "マイナス"),
            ("12.5", "小数"),
            ("12,345円", "円"),
            ("¥12,345", "円"),
            ("abc", "数字とカンマだけ"),
            ("1万", "数字とカンマだけ"),
            (",,,", "数字とカンマだけ"),
            ("12 345", "数字とカンマだけ"),
            ("10000000000", "大きすぎます"),
            ("99999999999999999999999", "大きすぎます"),
        ] {
            let message = parse_amount(input).unwrap_err();
            assert!(message.contains(says), "{input}: {message}");
            assert!(message.contains("ください"), "{input}: {message}");
        }
        assert_eq!(parse_amount("9,999,999,999"), Ok(Some(MAX_AMOUNT)));
    }

    #[test]
    fn yen_formatting() {
        assert_eq!(yen(0), "0円");
        assert_eq!(yen(999), "999円");
        assert_eq!(yen(1000), "1,000円");
        assert_eq!(yen(429000), "429,000円");
        assert_eq!(yen(1234567), "1,234,567円");
    }

    #[test]
    fn phone_hints_are_loose() {
        assert_eq!(phone_hint(""), None);
        assert_eq!(phone_hint("03-1234-5678"), None);
        assert_eq!(phone_hint("090-1234-5678"), None);
        assert_eq!(phone_hint("０３（１２３４）５６７８"), None);
        assert_eq!(phone_hint("+81 3 1234 5678"), None);
        assert!(phone_hint("1234").is_some());
        assert!(phone_hint("でんわ").is_some());
    }

    #[test]
    fn email_hints_are_loose() {
        assert_eq!(email_hint(""), None);
        assert_eq!(email_hint("sakura@example.jp"), None);
        assert!(email_hint("sakura").is_some());
        assert!(email_hint("sakura@example").is_some());
        assert!(email_hint("a@b@c.jp").is_some());
        assert!(email_hint("sa kura@example.jp").is_some());
    }
}
