//! 検索: finding anything the app says, and anything this station typed, however Japanese is
//! typed. Both sides are folded the same way before they are compared:
//!
//! - width and compatibility forms as NFKC folds them (０１２０ → 0120, ｶﾞ → ガ, ① → 1): the
//!   common characters fold here at once, the rest through the caller's NFKC (the browser's own
//!   `String.normalize`; in the tests, the `unicode-normalization` crate);
//! - ひらがな as カタカナ (まいなんばー → マイナンバー), small kana as their full forms (ロック and
//!   ろっく alike), letters in one case;
//! - a dash between two digits dropped (‐ - − － ー), so a number matches however it is written;
//!   spaces dropped (a phrase matches with or without them).
//!
//! A query is split on spaces (半角 or 全角) into words that must all be found (AND). A hit in a
//! title ranks before a hit in the text, then the screens' order. Each folded character remembers
//! the original character it came from, so the words found are marked in the text as written.
//! Nothing here is kept: the index lives in memory, and the query never leaves the page.

use std::ops::Range;

/// A text folded for matching: each folded character with the index (in characters) of the
/// original character it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    chars: Vec<char>,
    from: Vec<u32>,
}

/// Characters NFKC leaves as they are, in the ranges Japanese text is mostly made of: the
/// caller's NFKC (a call into the browser) is asked only about the others.
fn nfkc_stable(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{7f}'                  // ASCII
        | '\u{3001}'..='\u{3002}'           // 、。
        | '\u{3005}'..='\u{3007}'           // 々〆〇
        | '\u{300c}'..='\u{300f}'           // 「」『』
        | '\u{3041}'..='\u{3096}'           // ひらがな
        | '\u{30a1}'..='\u{30fa}'           // カタカナ
        | '\u{30fb}'..='\u{30fe}'           // ・ー ヽヾ
        | '\u{4e00}'..='\u{9fff}'           // 漢字
    )
}

/// A full-width ASCII character (！..～) or the ideographic space as NFKC folds it: the commonest
/// of the rest ((), ：, ０-９), folded here without asking.
fn narrow(c: char) -> Option<char> {
    match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0),
        '\u{3000}' => Some(' '),
        _ => None,
    }
}

/// The dashes that may stand between the digits of a number.
fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' | '\u{30fc}' | '\u{ff0d}' | '\u{ff70}'
    )
}

/// ひらがな as カタカナ, small kana as full ones, letters in lower case.
fn fold_char(c: char) -> char {
    let c = match c {
        // ぁ..ゖ → ァ..ヶ
        '\u{3041}'..='\u{3096}' => char::from_u32(c as u32 + 0x60).unwrap_or(c),
        c => c.to_ascii_lowercase(),
    };
    match c {
        'ァ' => 'ア',
        'ィ' => 'イ',
        'ゥ' => 'ウ',
        'ェ' => 'エ',
        'ォ' => 'オ',
        'ッ' => 'ツ',
        'ャ' => 'ヤ',
        'ュ' => 'ユ',
        'ョ' => 'ヨ',
        'ヮ' => 'ワ',
        'ヵ' => 'カ',
        'ヶ' => 'ケ',
        c => c,
    }
}

/// The kana that take the voiced mark (゛): each voiced form is the next code point.
const VOICED: [char; 20] = [
    'カ', 'キ', 'ク', 'ケ', 'コ', 'サ', 'シ', 'ス', 'セ', 'ソ', 'タ', 'チ', 'ツ', 'テ', 'ト', 'ハ', 'ヒ', 'フ', 'ヘ',
    'ホ',
];

/// A kana and a combining (semi-)voiced mark as one character, as NFC composes them (カ + ゛ →
/// ガ): NFKC of a half-width ｶﾞ, one character at a time, gives the two apart.
fn compose(base: char, mark: char) -> Option<char> {
    match mark {
        '\u{3099}' if base == 'ウ' => Some('ヴ'),
        '\u{3099}' if VOICED.contains(&base) => char::from_u32(base as u32 + 1),
        '\u{309a}' if matches!(base, 'ハ' | 'ヒ' | 'フ' | 'ヘ' | 'ホ') => char::from_u32(base as u32 + 2),
        _ => None,
    }
}

impl Folded {
    /// Folds a text. `nfkc` gives the NFKC form of a character outside the common ranges (the
    /// browser's `String.normalize("NFKC")`); None leaves it as it is.
    pub fn new(text: &str, nfkc: &mut dyn FnMut(char) -> Option<String>) -> Folded {
        let mut folded = Folded::default();
        for (at, c) in text.chars().enumerate() {
            let at = at as u32;
            let push = |folded: &mut Folded, c: char| {
                if c.is_whitespace() {
                    return;
                }
                let c = fold_char(c);
                if matches!(c, '\u{3099}' | '\u{309a}') {
                    if let Some(composed) = folded.chars.last().and_then(|base| compose(*base, c)) {
                        *folded.chars.last_mut().expect("a last character") = composed;
                        return;
                    }
                }
                folded.chars.push(c);
                folded.from.push(at);
            };
            if nfkc_stable(c) {
                push(&mut folded, c);
            } else if let Some(narrow) = narrow(c) {
                push(&mut folded, narrow);
            } else {
                match nfkc(c) {
                    Some(normal) => normal.chars().for_each(|n| push(&mut folded, n)),
                    None => push(&mut folded, c),
                }
            }
        }
        // A dash between two digits goes: 0120-95-0178 and ０１２０－９５ alike.
        let mut k = 0;
        while k < folded.chars.len() {
            let between_digits = k > 0
                && folded.chars[k - 1].is_ascii_digit()
                && folded.chars.get(k + 1).is_some_and(char::is_ascii_digit);
            if is_dash(folded.chars[k]) && between_digits {
                folded.chars.remove(k);
                folded.from.remove(k);
            } else {
                k += 1;
            }
        }
        folded
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// Where `word` is found, each as a range of folded characters.
    fn find_all(&self, word: &Folded) -> Vec<Range<usize>> {
        let (hay, needle) = (&self.chars, &word.chars);
        if needle.is_empty() || needle.len() > hay.len() {
            return Vec::new();
        }
        (0..=hay.len() - needle.len())
            .filter(|&at| hay[at..at + needle.len()] == needle[..])
            .map(|at| at..at + needle.len())
            .collect()
    }

    fn contains(&self, word: &Folded) -> bool {
        let (hay, needle) = (&self.chars, &word.chars);
        !needle.is_empty() && hay.windows(needle.len()).any(|w| w == &needle[..])
    }

    /// A range of folded characters as the range of original characters it came from.
    fn original(&self, range: &Range<usize>) -> Range<usize> {
        self.from[range.start] as usize..self.from[range.end - 1] as usize + 1
    }
}

/// A query: its words, each folded.
#[derive(Debug, Clone, Default)]
pub struct Query {
    words: Vec<Folded>,
}

impl Query {
    /// Splits on spaces (半角 and 全角) and folds each word.
    pub fn new(text: &str, nfkc: &mut dyn FnMut(char) -> Option<String>) -> Query {
        let words = text.split(char::is_whitespace).map(|w| Folded::new(w, nfkc)).filter(|w| !w.is_empty()).collect();
        Query { words }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// Where a result is, by screen, in the order the results are grouped (and ranked after title
/// hits before text hits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// 手順: the guide's steps, items and notes.
    Steps,
    /// 訪問: which visits need the check, the situations at the door, the visits, the preparation.
    Visit,
    /// その後の動き.
    Later,
    /// 連絡先: the official lines and this station's contacts.
    Contacts,
    /// この事業所: what this station typed — its checklist memos and records.
    Station,
}

impl Group {
    pub const ALL: [Group; 5] = [Group::Steps, Group::Visit, Group::Later, Group::Contacts, Group::Station];

    /// A stable key (for an element's id).
    pub fn key(self) -> &'static str {
        match self {
            Group::Steps => "steps",
            Group::Visit => "visit",
            Group::Later => "later",
            Group::Contacts => "contacts",
            Group::Station => "station",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Group::Steps => "手順",
            Group::Visit => "訪問",
            Group::Later => "その後の動き",
            Group::Contacts => "連絡先",
            Group::Station => "この事業所",
        }
    }
}

/// Something that can be found: the smallest thing with its own place (a checklist item, a
/// fact, a situation, a contact, a record), and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub group: Group,
    pub title: String,
    pub text: String,
    /// The screen and the place on it (`/visit#pin`).
    pub href: String,
    title_folded: Folded,
    text_folded: Folded,
}

impl Entry {
    pub fn new(
        group: Group,
        title: impl Into<String>,
        text: impl Into<String>,
        href: impl Into<String>,
        nfkc: &mut dyn FnMut(char) -> Option<String>,
    ) -> Entry {
        let (title, text) = (title.into(), text.into());
        let title_folded = Folded::new(&title, nfkc);
        let text_folded = Folded::new(&text, nfkc);
        Entry { group, title, text, href: href.into(), title_folded, text_folded }
    }
}

/// A piece of shown text, marked where a word of the query was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub marked: bool,
}

/// How many characters of text an excerpt shows.
pub const EXCERPT_CHARS: usize = 56;

/// The entries (of several lists: what the app says, what the station typed) that hold every
/// word of the query (in the title or the text), grouped by screen in the screens' order; in
/// each group, those found in the title first.
pub fn search<'a>(lists: &[&'a [Entry]], query: &Query) -> Vec<(Group, Vec<&'a Entry>)> {
    let mut groups = Vec::new();
    if query.is_empty() {
        return groups;
    }
    for group in Group::ALL {
        let mut in_title = Vec::new();
        let mut in_text = Vec::new();
        for entry in lists.iter().flat_map(|list| list.iter()).filter(|e| e.group == group) {
            let all = query.words.iter().all(|w| entry.title_folded.contains(w) || entry.text_folded.contains(w));
            if !all {
                continue;
            }
            if query.words.iter().any(|w| entry.title_folded.contains(w)) {
                in_title.push(entry);
            } else {
                in_text.push(entry);
            }
        }
        in_title.extend(in_text);
        if !in_title.is_empty() {
            groups.push((group, in_title));
        }
    }
    groups
}

impl Entry {
    /// The title, and a short excerpt of the text around the first word found, in pieces with
    /// the query's words marked as the text writes them (made only for the results shown).
    pub fn marked(&self, query: &Query) -> (Vec<Piece>, Vec<Piece>) {
        (
            pieces(&self.title, &self.title_folded, query, None),
            pieces(&self.text, &self.text_folded, query, Some(EXCERPT_CHARS)),
        )
    }
}

/// `text` in pieces, the query's words marked; with `window`, only that many characters around
/// the first word found (or from the start), with 「…」 where it is cut.
fn pieces(text: &str, folded: &Folded, query: &Query, window: Option<usize>) -> Vec<Piece> {
    let chars: Vec<char> = text.chars().collect();
    let mut marks: Vec<Range<usize>> =
        query.words.iter().flat_map(|w| folded.find_all(w)).map(|r| folded.original(&r)).collect();
    // In text order, overlapping marks joined (a few marks: no sort routine for them).
    let mut ordered: Vec<Range<usize>> = Vec::new();
    while let Some(at) = (0..marks.len()).min_by_key(|&i| marks[i].start) {
        let mark = marks.swap_remove(at);
        match ordered.last_mut() {
            Some(last) if mark.start <= last.end => last.end = last.end.max(mark.end),
            _ => ordered.push(mark),
        }
    }
    let (start, end) = match window {
        Some(size) if chars.len() > size => {
            let first = ordered.first().map_or(0, |m| m.start);
            let start = first.saturating_sub(size / 4).min(chars.len() - size);
            (start, start + size)
        }
        _ => (0, chars.len()),
    };
    let mut out = Vec::new();
    let push = |out: &mut Vec<Piece>, from: usize, to: usize, marked: bool| {
        if from < to {
            out.push(Piece { text: chars[from..to].iter().collect(), marked });
        }
    };
    if start > 0 {
        out.push(Piece { text: "…".into(), marked: false });
    }
    let mut at = start;
    for mark in ordered.iter().filter(|m| m.end > start && m.start < end) {
        let (from, to) = (mark.start.max(start), mark.end.min(end));
        push(&mut out, at, from, false);
        push(&mut out, from, to, true);
        at = to;
    }
    push(&mut out, at, end, false);
    if end < chars.len() {
        out.push(Piece { text: "…".into(), marked: false });
    }
    out
}

/// Everything the app says, as entries, for a station that checks at home with `tool` (what 訪問
/// shows a station is what is found), on `today` (an arrangement that ended is found as ended).
pub fn content_entries(
    tool: Option<super::visit::VisitTool>,
    today: super::date::Date,
    nfkc: &mut dyn FnMut(char) -> Option<String>,
) -> Vec<Entry> {
    use super::contacts::LINES;
    use super::guide::GUIDE;
    use super::later::{NotePlace, LATER};
    use super::visit::{for_station, VISIT};
    let mut out = Vec::new();
    // Each statement with its sources' words (出典の文言), which are found too.
    let said = |fact: &super::fact::Fact, text: &str| {
        let mut all = text.to_string();
        for words in fact.words {
            all.push('　');
            all.push_str(words.text);
        }
        all
    };
    for step in GUIDE.steps {
        let href = format!("/steps/{}", step.number);
        let mut text = vec![step.lead];
        text.extend(step.overview);
        text.extend(step.procedure);
        out.push(Entry::new(Group::Steps, format!("{} {}", step.label(), step.title), text.join("　"), &href, nfkc));
        for item in step.groups.iter().flat_map(|g| g.items) {
            let text: Vec<&str> = item.details.iter().chain(item.notes).chain(item.after).copied().collect();
            out.push(Entry::new(Group::Steps, item.title, text.join("　"), format!("{href}#item-{}", item.id), nfkc));
        }
        for (i, note) in LATER.notes_at(NotePlace::Step(step.number)).enumerate() {
            let title = format!("{}の注記（その後の動き）", step.label());
            out.push(Entry::new(Group::Steps, title, note.text, format!("{href}#later-note-{i}"), nfkc));
        }
    }
    let scope = &VISIT.scope;
    let mut text = vec![said(&scope.summary, scope.summary.text)];
    text.extend(scope.facts.iter().map(|f| said(f, f.text)));
    out.push(Entry::new(
        Group::Visit,
        scope.title,
        text.join("　"),
        format!("/visit#{}", super::visit::SCOPE_ANCHOR),
        nfkc,
    ));
    for situation in VISIT.situations {
        let text: Vec<String> = for_station(situation.actions, tool).map(|a| said(&a.fact, a.fact.text)).collect();
        out.push(Entry::new(Group::Visit, situation.title, text.join("　"), format!("/visit#{}", situation.id), nfkc));
    }
    for (title, actions, anchor) in [
        ("初回の訪問", VISIT.first_visit, "first-visit-heading"),
        ("2回目以降の訪問（再照会）", VISIT.later_visits, "later-visits-heading"),
    ] {
        let text: Vec<String> = for_station(actions, tool).map(|a| said(&a.fact, a.fact.text)).collect();
        out.push(Entry::new(Group::Visit, title, text.join("　"), format!("/visit#{anchor}"), nfkc));
    }
    for item in VISIT.preparation_for(tool) {
        let text = item.fact.as_ref().map_or(String::new(), |f| said(f, f.text));
        out.push(Entry::new(Group::Visit, item.title, text, format!("/visit/setup#prep-{}", item.id), nfkc));
    }
    for topic in LATER.topics {
        for fact in topic.facts {
            let href = format!("/later#fact-{}", fact.id);
            out.push(Entry::new(Group::Later, topic.title, said(fact, fact.text_on(today)), href, nfkc));
        }
    }
    for line in LINES {
        let text = format!("{}　{}", line.number, said(&line.fact, line.fact.text));
        out.push(Entry::new(Group::Contacts, line.name, text, format!("/contacts#line-{}", line.fact.id), nfkc));
    }
    out
}

/// What this station typed, as entries: its contacts (連絡先), its checklist memos and the text
/// of its records, and its dates (この事業所). Kept in memory only, as everything here.
pub fn station_entries(
    station: &super::station::Station,
    today: super::date::Date,
    nfkc: &mut dyn FnMut(char) -> Option<String>,
) -> Vec<Entry> {
    use super::guide::GUIDE;
    let mut out = Vec::new();
    for contact in &station.contacts {
        let phone = contact.phone().map(|p| p.display()).unwrap_or_default();
        let text = format!("{phone}　{}　{}", contact.kind.label(), contact.memo);
        out.push(Entry::new(Group::Contacts, &contact.name, text, format!("/contacts#contact-{}", contact.id), nfkc));
    }
    for (step, item) in GUIDE.items() {
        let memo = station.memo(item.id);
        if !memo.is_empty() {
            let href = format!("/steps/{}#item-{}", step.number, item.id);
            out.push(Entry::new(Group::Station, format!("メモ：{}", item.title), memo, href, nfkc));
        }
    }
    let r = &station.records;
    let mut record = |step: u8, title: String, parts: &[&str]| {
        let text: Vec<&str> = parts.iter().copied().filter(|p| !p.trim().is_empty()).collect();
        if !text.is_empty() {
            out.push(Entry::new(Group::Station, title, text.join("　"), format!("/steps/{step}#records"), nfkc));
        }
    };
    record(1, "記録：連絡先（担当者）".into(), &[&r.contact.person, &r.contact.phone, &r.contact.email]);
    record(1, "記録：いまのレセコン".into(), &[&r.rececon.vendor, &r.rececon.product]);
    record(1, "記録：ネットワーク回線".into(), &[&r.network.provider, &r.network.line_type, &r.network.service]);
    for target in GUIDE.steps.iter().flat_map(|s| s.quote_targets) {
        if let Some(quote) = r.quotes.get(target.id) {
            record(1, format!("見積：{}", target.title), &[&quote.vendor, &quote.note]);
        }
    }
    record(3, "記録：立会者".into(), &[&r.installation.attendees]);
    for member in &r.staff {
        record(4, "記録：職員への説明".into(), &[&member.name]);
    }
    for change in &r.work_changes {
        record(4, "記録：業務等の変更点".into(), &[&change.text]);
    }
    for receipt in &r.receipts {
        record(5, "記録：領収書".into(), &[&receipt.issuer, &receipt.description]);
    }
    for item in super::schedule::items_on(&GUIDE, station, today) {
        let text = format!("{}　{}", item.date_text(), item.note);
        out.push(Entry::new(Group::Station, item.title, text, "/#dates-heading", nfkc));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    /// NFKC as the browser's `String.normalize("NFKC")` gives it.
    fn nfkc(c: char) -> Option<String> {
        Some(c.to_string().nfkc().collect())
    }

    fn fold(text: &str) -> String {
        Folded::new(text, &mut nfkc).chars.iter().collect()
    }

    #[test]
    fn each_rule_folds_as_japanese_is_typed() {
        // 全角 and 半角 (NFKC).
        assert_eq!(fold("０１２０"), "0120");
        assert_eq!(fold("ＡＢＣ"), "abc");
        assert_eq!(fold("ｶﾞｲﾄﾞ"), "ガイド", "half-width kana, the voiced mark composed");
        assert_eq!(fold("①"), "1");
        // ひらがな ⇄ カタカナ, the long mark kept between kana.
        assert_eq!(fold("まいなんばー"), fold("マイナンバー"));
        assert_eq!(fold("まいなんばー"), "マイナンバー");
        // Small kana as their full forms.
        assert_eq!(fold("ろっく"), "ロツク");
        assert_eq!(fold("ロック"), "ロツク");
        assert_eq!(fold("ちぇっく"), fold("チェック"));
        // Case.
        assert_eq!(fold("NFC Web"), "nfcweb");
        // Dashes between digits dropped, however written; spaces dropped.
        for number in [
            "0120-95-0178",
            "0120‐95‐0178",
            "0120−95−0178",
            "０１２０－９５－０１７８",
            "0120ー95ー0178",
            "0120 95 0178",
        ] {
            assert_eq!(fold(number), "0120950178", "{number}");
        }
        // A dash that is not between digits stays (マイナ-ポータル is not a number).
        assert_eq!(fold("A-B"), "a-b");
        assert_eq!(fold("カード-1"), "カード-1");
    }

    #[test]
    fn the_common_characters_need_no_call_to_nfkc() {
        let mut asked = Vec::new();
        let mut spy = |c: char| {
            asked.push(c);
            nfkc(c)
        };
        Folded::new("マイナンバーカードの暗証番号（４桁）を3回まちがえた。0120-95-0178　①", &mut spy);
        assert_eq!(asked, ['①'], "only what is neither common nor full-width ASCII");
    }

    fn entries() -> Vec<Entry> {
        let mut n = nfkc;
        vec![
            Entry::new(
                Group::Visit,
                "暗証番号を忘れた・ロックされた",
                "4桁の暗証番号は、3回続けて間違えるとロックされます。",
                "/visit#pin",
                &mut n,
            ),
            Entry::new(
                Group::Steps,
                "電子証明書の発行申請",
                "総合ポータルサイトで申請します。",
                "/steps/3#s3.cert",
                &mut n,
            ),
            Entry::new(
                Group::Later,
                "電子証明書（導入のあと）",
                "電子証明書の有効期間は3年3か月です。期限の約90日前から更新でき、更新には手数料がかかります。",
                "/later#fact-certificate-validity",
                &mut n,
            ),
            Entry::new(
                Group::Contacts,
                "マイナンバー総合フリーダイヤル",
                "0120-95-0178 通話料無料。",
                "/contacts#line-mynumber",
                &mut n,
            ),
            Entry::new(
                Group::Contacts,
                "近くの薬局",
                "夜間は0312345678。担当：マイナ保険証にくわしい佐藤さん",
                "/contacts#contact-c1",
                &mut n,
            ),
        ]
    }

    fn titles(entries: &[Entry], query: &str) -> Vec<(Group, Vec<String>)> {
        search(&[entries], &Query::new(query, &mut nfkc))
            .into_iter()
            .map(|(group, hits)| (group, hits.into_iter().map(|h| h.title.clone()).collect()))
            .collect()
    }

    #[test]
    fn typed_forms_find_what_they_should() {
        let e = entries();
        assert_eq!(titles(&e, "ろっく"), [(Group::Visit, vec!["暗証番号を忘れた・ロックされた".to_string()])]);
        assert_eq!(titles(&e, "まいなんばー"), [(Group::Contacts, vec!["マイナンバー総合フリーダイヤル".to_string()])]);
        assert_eq!(titles(&e, "０１２０－９５")[0].1, ["マイナンバー総合フリーダイヤル"]);
        // Every word must be found (AND), split on a 全角 space too.
        assert_eq!(titles(&e, "証明書　更新"), [(Group::Later, vec!["電子証明書（導入のあと）".to_string()])]);
        assert_eq!(titles(&e, "証明書 ろっく"), []);
        assert_eq!(titles(&e, "   "), []);
    }

    #[test]
    fn a_title_hit_ranks_first_then_the_screens_order() {
        let mut n = nfkc;
        let e = vec![
            Entry::new(Group::Later, "更新のお知らせ", "…", "/later#a", &mut n),
            Entry::new(Group::Steps, "ほかの項目", "電子証明書を更新する", "/steps/3#b", &mut n),
            Entry::new(Group::Steps, "更新の手順", "…", "/steps/3#c", &mut n),
        ];
        let found = titles(&e, "更新");
        assert_eq!(
            found,
            [
                (Group::Steps, vec!["更新の手順".to_string(), "ほかの項目".to_string()]),
                (Group::Later, vec!["更新のお知らせ".to_string()]),
            ]
        );
    }

    #[test]
    fn the_words_found_are_marked_in_the_text_as_written() {
        let e = entries();
        let query = Query::new("０１２０９５", &mut nfkc);
        let results = search(&[&e], &query);
        let (_, excerpt) = results[0].1[0].marked(&query);
        let marked: Vec<&str> = excerpt.iter().filter(|p| p.marked).map(|p| p.text.as_str()).collect();
        assert_eq!(marked, ["0120-95"], "the number as the text writes it");
        // A contact found by its memo: an excerpt around the words, cut with 「…」.
        let results = search(&[&e], &Query::new("まいな ほけんしょう", &mut nfkc));
        assert!(results.is_empty(), "ほけんしょう is not 保険証: kana does not become kanji");
        let query = Query::new("まいな 佐藤", &mut nfkc);
        let results = search(&[&e], &query);
        let hit = results[0].1[0];
        assert_eq!(hit.title, "近くの薬局");
        let (_, excerpt) = hit.marked(&query);
        let marked: Vec<&str> = excerpt.iter().filter(|p| p.marked).map(|p| p.text.as_str()).collect();
        assert_eq!(marked, ["マイナ", "佐藤"]);
        let long = "あ".repeat(100) + "ロック" + &"い".repeat(100);
        let e = vec![Entry::new(Group::Visit, "長い", long, "/visit#x", &mut nfkc)];
        let query = Query::new("ろっく", &mut nfkc);
        let (_, excerpt) = search(&[&e], &query)[0].1[0].marked(&query);
        assert_eq!(excerpt.first().unwrap().text, "…");
        assert_eq!(excerpt.last().unwrap().text, "…");
        let shown: usize = excerpt.iter().filter(|p| p.text != "…").map(|p| p.text.chars().count()).sum();
        assert_eq!(shown, EXCERPT_CHARS);
    }
}
