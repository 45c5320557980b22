//! Where a Japanese title may break across lines: between phrases (文節), never inside a word.
//!
//! Chromium does this itself (`word-break: auto-phrase`); WebKit (every iPad browser) and Firefox
//! do not, and break anywhere: 「マイナンバーカードを持っていな／い」. The view puts a `<wbr>` between
//! the phrases found here and keeps the rest together (`word-break: keep-all`). A heuristic, not
//! a dictionary (BudouX's model would be downloaded by every user): a phrase is a word in kanji, katakana or
//! Latin letters and the hiragana after it (particles, okurigana), so a break comes where such
//! hiragana meet the next word, at a change between katakana and kanji, after 「・」 or 「/」, and
//! before an opening bracket.

/// The phrases of `text`, in order; joined they are `text`.
pub fn phrases(text: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut cuts = Vec::new();
    for i in 1..chars.len() {
        let (at, current) = chars[i];
        let previous = chars[i - 1].1;
        let cut = match (kind(previous), kind(current)) {
            (_, Kind::Opening) => !matches!(kind(previous), Kind::Opening | Kind::Other),
            (Kind::Hiragana, Kind::Kanji | Kind::Katakana | Kind::Latin) => {
                let run = hiragana_run(&chars, i);
                // A lone hiragana after a kanji is okurigana (読み｜取れない stays one word);
                // a particle on its own ends a phrase (カードが｜読み取れない).
                run.len() > 1 || PARTICLES.contains(&previous)
            }
            (Kind::Katakana, Kind::Kanji) | (Kind::Kanji, Kind::Katakana) => true,
            // After a separator between two words: 資格確認/｜オンライン請求, 忘れた・｜ロックされた.
            (Kind::Other, Kind::Hiragana | Kind::Katakana | Kind::Kanji | Kind::Latin) => {
                SEPARATORS.contains(&previous)
            }
            _ => false,
        };
        if cut {
            // お・ご before a word belong to it: 資格情報の｜お知らせ, 見積の｜ご相談.
            let run = hiragana_run(&chars, i);
            let honorific = run.len() > 1 && matches!(previous, 'お' | 'ご');
            cuts.push(if honorific { chars[i - 1].0 } else { at });
        }
    }
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for cut in cuts {
        if cut > start {
            out.push(&text[start..cut]);
            start = cut;
        }
    }
    out.push(&text[start..]);
    out
}

const SEPARATORS: [char; 3] = ['・', '/', '／'];

const PARTICLES: [char; 10] = ['が', 'を', 'に', 'で', 'と', 'は', 'も', 'の', 'へ', 'や'];

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Hiragana,
    Katakana,
    Kanji,
    Latin,
    Opening,
    Other,
}

fn kind(c: char) -> Kind {
    match c {
        'ぁ'..='ゖ' | 'ゝ' | 'ゞ' => Kind::Hiragana,
        'ァ'..='ヺ' | 'ー' => Kind::Katakana,
        '一'..='鿿' | '々' | '〆' => Kind::Kanji,
        'A'..='Z' | 'a'..='z' | '0'..='9' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '０'..='９' => Kind::Latin,
        '「' | '『' | '（' | '(' | '【' | '〈' | '《' | '［' => Kind::Opening,
        _ => Kind::Other,
    }
}

/// The hiragana just before position `i`.
fn hiragana_run(chars: &[(usize, char)], i: usize) -> Vec<char> {
    chars[..i].iter().rev().map(|&(_, c)| c).take_while(|&c| kind(c) == Kind::Hiragana).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> String {
        phrases(text).join("｜")
    }

    #[test]
    fn the_home_visit_situations_break_between_phrases() {
        assert_eq!(split("マイナンバーカードを持っていない"), "マイナンバーカードを｜持っていない");
        assert_eq!(split("カードが読み取れない"), "カードが｜読み取れない");
        assert_eq!(split("「資格情報のお知らせ」しかない"), "「資格情報の｜お知らせ」しかない");
        assert_eq!(split("暗証番号を忘れた・ロックされた"), "暗証番号を｜忘れた・｜ロックされた");
        assert_eq!(
            split("顔認証マイナンバーカード（暗証番号がないカード）"),
            "顔認証｜マイナンバーカード｜（暗証番号がない｜カード）"
        );
        assert_eq!(split("スマートフォンのマイナ保険証"), "スマートフォンの｜マイナ｜保険証");
    }

    #[test]
    fn guide_titles_break_between_phrases() {
        assert_eq!(split("見積のご相談・ご依頼"), "見積の｜ご相談・｜ご依頼");
        assert_eq!(split("現在の利用状況の確認"), "現在の｜利用状況の｜確認");
        assert_eq!(split("補助金申請（導入完了後）"), "補助金申請｜（導入完了後）");
        assert_eq!(split("オンライン資格確認利用申請"), "オンライン｜資格確認利用申請");
        assert_eq!(split("オンライン資格確認/オンライン請求用端末"), "オンライン｜資格確認/｜オンライン｜請求用端末");
        assert_eq!(split("レセコン事業者への発注（ソフト改修）"), "レセコン｜事業者への｜発注｜（ソフト｜改修）");
    }

    #[test]
    fn joined_phrases_are_the_text_and_none_is_empty() {
        for text in [
            "",
            "あ",
            "STEP01",
            "（注）",
            "「」",
            "ごご",
            "・",
            "A/B",
            "//",
            "お知らせ",
            "電子証明書の有効期限が切れている",
        ] {
            let parts = phrases(text);
            assert_eq!(parts.concat(), text);
            assert!(parts.iter().all(|p| !p.is_empty()) || text.is_empty(), "{text}: {parts:?}");
        }
    }
}
