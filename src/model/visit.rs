//! 訪問: the eligibility check at the patient's home (居宅同意取得型) — the first visit step by
//! step, later visits (再照会), and what to do when something does not work — told to the station
//! as it checks at home: a station with only マイナ在宅受付Web is never offered 目視確認.
//!
//! The content lives in `content/visit.ja.toml` (every statement a `Fact` with its kind and
//! sources, as the later facts); the build (`build/visit.rs`) turns it into [`VISIT`]. The station's own set-up
//! (which tool, the registered devices, its preparation checklist) is [`VisitSetup`], saved with
//! the station. Nothing about patients is kept: no names, card numbers or results of a check.

use super::date::Date;
use super::fact::{Fact, Kind, Words, SOURCES};
use super::json::{read_with_defaults, Keyed};
use litemap::LiteMap;
use serde::Serialize;

/// Which way the station checks at home (the station's answer; none until it answers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum VisitTool {
    /// マイナ資格確認アプリ（居宅同意取得型）: on devices registered with an activation code;
    /// the PIN or 目視確認.
    App,
    /// マイナ在宅受付Web: in a browser on a device that reads the card; always the PIN.
    Web,
    /// Both.
    Both,
    /// Not decided yet.
    Undecided,
}

impl VisitTool {
    pub const ALL: [VisitTool; 4] = [VisitTool::App, VisitTool::Web, VisitTool::Both, VisitTool::Undecided];

    pub fn key(self) -> &'static str {
        match self {
            VisitTool::App => "app",
            VisitTool::Web => "web",
            VisitTool::Both => "both",
            VisitTool::Undecided => "undecided",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            VisitTool::App => "マイナ資格確認アプリ（居宅同意取得型）",
            VisitTool::Web => "マイナ在宅受付Web",
            VisitTool::Both => "マイナ資格確認アプリとマイナ在宅受付Webの両方",
            VisitTool::Undecided => "まだ決めていない",
        }
    }
}

impl Keyed for VisitTool {
    const ALL: &'static [VisitTool] = &VisitTool::ALL;
    const EXPECTED: &'static str = "app・web・both・undecided のどれか";
    fn key(self) -> &'static str {
        VisitTool::key(self)
    }
}

/// Who a statement is for, by how the station checks at home (flags).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Audience(pub u8);

impl Audience {
    /// A station with the app (alone or with the Web): 目視確認 is available.
    pub const APP: Audience = Audience(1);
    /// A station with マイナ在宅受付Web only: always the PIN.
    pub const WEB_ONLY: Audience = Audience(2);
    /// A station that has not decided or not said.
    pub const UNDECIDED: Audience = Audience(4);
    pub const EVERY: Audience = Audience(7);

    /// The audience a station belongs to.
    pub fn of(tool: Option<VisitTool>) -> Audience {
        match tool {
            Some(VisitTool::App | VisitTool::Both) => Audience::APP,
            Some(VisitTool::Web) => Audience::WEB_ONLY,
            Some(VisitTool::Undecided) | None => Audience::UNDECIDED,
        }
    }

    pub fn includes(self, station: Audience) -> bool {
        self.0 & station.0 != 0
    }
}

/// A step of a visit, or an action in a situation.
#[derive(Debug)]
pub struct Action {
    pub fact: Fact,
    pub audience: Audience,
    /// It offers 目視確認 as a way to check now (never shown to a station with the Web only).
    pub photo_check: bool,
}

/// うまくいかないとき: one situation at the door and what to do, in order.
#[derive(Debug)]
pub struct Situation {
    pub id: &'static str,
    pub title: &'static str,
    pub actions: &'static [Action],
    /// Printed on the A4 card in full (otherwise named there, to be looked up on 訪問).
    pub on_card: bool,
}

/// An item of the station's own preparation checklist (the app's, never the guide's).
#[derive(Debug)]
pub struct PreparationItem {
    pub id: &'static str,
    pub title: &'static str,
    /// The fact it rests on, or none for the app's own suggestion.
    pub fact: Option<Fact>,
    pub audience: Audience,
}

#[derive(Debug)]
pub struct Visit {
    /// The day the facts were last checked against their sources.
    pub gathered_on: Date,
    pub preparation: &'static [PreparationItem],
    pub first_visit: &'static [Action],
    pub later_visits: &'static [Action],
    pub situations: &'static [Situation],
    /// Said under the station's way of checking, to the stations each is for.
    pub tool_notes: &'static [Action],
    /// Which visits need the check (資格確認が要る訪問).
    pub scope: Scope,
}

/// The anchor on 訪問 of which visits need the check (`/visit#scope` opens it).
pub const SCOPE_ANCHOR: &str = "scope";

/// Which visits need the check: a line for ホーム (`summary`), and the statements at the top of
/// 訪問, told as the official texts tell it.
#[derive(Debug)]
pub struct Scope {
    pub title: &'static str,
    pub summary: Fact,
    pub facts: &'static [Fact],
}

include!(concat!(env!("OUT_DIR"), "/visit_data.rs"));

/// The actions of a list that are for this station, in order.
pub fn for_station(actions: &'static [Action], tool: Option<VisitTool>) -> impl Iterator<Item = &'static Action> {
    let audience = Audience::of(tool);
    actions.iter().filter(move |a| a.audience.includes(audience))
}

impl Visit {
    pub fn situation(&'static self, id: &str) -> Option<&'static Situation> {
        self.situations.iter().find(|s| s.id == id)
    }

    /// The preparation items for this station.
    pub fn preparation_for(&'static self, tool: Option<VisitTool>) -> impl Iterator<Item = &'static PreparationItem> {
        let audience = Audience::of(tool);
        self.preparation.iter().filter(move |p| p.audience.includes(audience))
    }

    /// Every statement: the visits', the situations' and the preparation's.
    pub fn facts(&'static self) -> impl Iterator<Item = &'static Fact> {
        let actions = self
            .first_visit
            .iter()
            .chain(self.later_visits)
            .chain(self.situations.iter().flat_map(|s| s.actions))
            .chain(self.tool_notes);
        actions
            .map(|a| &a.fact)
            .chain(self.preparation.iter().filter_map(|p| p.fact.as_ref()))
            .chain(std::iter::once(&self.scope.summary))
            .chain(self.scope.facts)
    }

    /// The day the statements were last checked against their sources.
    pub fn gathered_on(&self) -> Date {
        self.gathered_on
    }

    /// 「2026年12月2日」
    pub fn gathered_on_text(&self) -> String {
        self.gathered_on().japanese()
    }

    /// Whether the statements are older than `later::FRESH_MONTHS` on `today`: 訪問 and its card
    /// say so, as その後の動き does.
    pub fn is_stale(&self, today: Date) -> bool {
        super::later::is_stale(self.gathered_on(), today)
    }
}

/// How the station checks at home: what the 訪問 card is told, and the station's own set-up.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct VisitSetup {
    /// 訪問での確認に使うもの.
    pub tool: Option<VisitTool>,
    /// 資格確認端末で「訪問診療等機能」を使う設定にしたか (None: 未確認).
    pub visit_function: Option<bool>,
    /// カードリーダーが要るか (None: 未確認).
    pub card_reader: Option<bool>,
    /// The devices registered for the app (name, day registered).
    pub devices: Vec<VisitDevice>,
    /// The preparation items done, by id, with the day.
    #[serde(serialize_with = "super::json::write_map")]
    pub prepared: LiteMap<String, Date>,
}

/// A device the station registered for the マイナ資格確認アプリ (with an activation code from
/// its 資格確認端末).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct VisitDevice {
    pub id: String,
    /// 端末の名前（例：訪問用タブレット1）
    pub name: String,
    /// 登録した日
    pub registered_on: Option<Date>,
}

read_with_defaults!(VisitSetup { tool, visit_function, card_reader, devices, prepared });
read_with_defaults!(VisitDevice { id, name, registered_on });

impl VisitSetup {
    pub fn is_prepared(&self, id: &str) -> bool {
        self.prepared.contains_key(id)
    }
}

/// The one line the card says about what the app keeps.
pub const PRIVACY_LINE: &str =
    "このアプリは、利用者の名前・カードの番号・確認の結果を保存しません。保存するのは、この事業所の設定だけです。";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fact::tests::check_fact;
    use crate::model::guide::GUIDE;

    const TOOLS: [Option<VisitTool>; 5] =
        [None, Some(VisitTool::App), Some(VisitTool::Web), Some(VisitTool::Both), Some(VisitTool::Undecided)];

    /// Every official statement on 訪問, in その後の動き and among the official lines carries the
    /// words of its own official sources (出典の文言), each a short passage (the build refuses
    /// otherwise; this says so where the tests are read).
    #[test]
    fn every_official_statement_carries_its_sources_words() {
        use crate::model::contacts::LINES;
        use crate::model::fact::SourceKind;
        use crate::model::later::LATER;
        let later = LATER.topics.iter().flat_map(|t| t.facts);
        let lines = LINES.iter().map(|l| &l.fact);
        let mut official = 0;
        for fact in VISIT.facts().chain(later).chain(lines) {
            if fact.kind != Kind::Official {
                assert!(fact.words.is_empty(), "{}: words on a statement that is not official", fact.id);
                continue;
            }
            official += 1;
            assert!(!fact.words.is_empty(), "{}: official, without its sources' words", fact.id);
            for words in fact.words {
                assert!(fact.sources.iter().any(|s| s.id == words.source.id), "{}: words of another source", fact.id);
                assert_eq!(words.source.kind, SourceKind::Official, "{}", fact.id);
                let length = words.text.chars().count();
                assert!((1..=200).contains(&length), "{}: a passage of {length} characters", fact.id);
            }
        }
        assert!(official >= 40, "{official} official statements");
    }

    /// Which visits need the check: told for 医療保険, with the two cases where a 要介護 patient's
    /// visit is 医療保険 (either is enough), and what is not described for 介護保険 said as such.
    #[test]
    fn which_visits_need_the_check_is_told_as_the_official_texts_tell_it() {
        let scope = &VISIT.scope;
        assert!(scope.summary.text.contains("医療保険") && scope.summary.kind == Kind::Official);
        assert!(scope.summary.text.chars().count() <= 40, "ホーム's one line");
        let text = |id: &str| scope.facts.iter().find(|f| f.id == id).unwrap_or_else(|| panic!("{id}"));
        let cases = text("scope.cases");
        assert!(
            cases.text.contains("特別訪問看護指示書")
                && cases.text.contains("別表第七")
                && cases.text.contains("どちらか")
        );
        assert_eq!(text("scope.kaigo").kind, Kind::Unconfirmed);
        assert!(text("scope.kaigo").text.contains("見つかっていません"));
        assert!(text("scope.special").text.contains("14日"));
    }

    #[test]
    fn every_statement_says_something_and_has_no_end() {
        for fact in VISIT.facts() {
            check_fact(fact);
            assert!(fact.until.is_none(), "{}: the card's statements have no end date", fact.id);
        }
    }

    #[test]
    fn every_situation_nurses_asked_for_is_there_with_something_to_do_for_every_station() {
        // The situations of VISIT.md §4 (more may be added; none of these may go).
        let asked = [
            "no-card",
            "unreadable",
            "notice-only",
            "pin",
            "face-card",
            "smartphone",
            "no-signal",
            "certificate-expired",
            "system-down",
        ];
        for id in asked {
            assert!(VISIT.situation(id).is_some(), "{id}");
        }
        for tool in TOOLS {
            assert!(for_station(VISIT.first_visit, tool).next().is_some(), "{tool:?}");
            assert!(for_station(VISIT.later_visits, tool).next().is_some());
            for situation in VISIT.situations {
                assert!(for_station(situation.actions, tool).next().is_some(), "{} for {tool:?}", situation.id);
            }
        }
    }

    #[test]
    fn a_station_with_the_web_only_is_never_offered_photo_check() {
        let web = Some(VisitTool::Web);
        let all =
            VISIT.first_visit.iter().chain(VISIT.later_visits).chain(VISIT.situations.iter().flat_map(|s| s.actions));
        for action in all.filter(|a| a.audience.includes(Audience::of(web))) {
            assert!(!action.photo_check, "{} offers 目視確認 to a Web-only station", action.fact.id);
        }
        // Where it mentions 目視確認 at all, it says it cannot be used.
        let pin = VISIT.situation("pin").unwrap();
        let told: Vec<&str> = for_station(pin.actions, web).map(|a| a.fact.text).collect();
        assert!(told.iter().any(|t| t.contains("目視確認はできません")), "{told:?}");
        let face = VISIT.situation("face-card").unwrap();
        assert!(for_station(face.actions, web).any(|a| a.fact.text.contains("使えません")));
    }

    #[test]
    fn a_station_with_the_app_is_offered_photo_check_for_a_locked_pin_and_a_face_card() {
        for tool in [Some(VisitTool::App), Some(VisitTool::Both)] {
            for id in ["pin", "face-card"] {
                let situation = VISIT.situation(id).unwrap();
                assert!(for_station(situation.actions, tool).any(|a| a.photo_check), "{id} for {tool:?}");
            }
            assert!(for_station(VISIT.first_visit, tool).any(|a| a.photo_check));
        }
        // Photo check is offered only where the tool allows it.
        for action in VISIT.situations.iter().flat_map(|s| s.actions).filter(|a| a.photo_check) {
            assert_eq!(action.audience, Audience::APP, "{}", action.fact.id);
        }
    }

    /// 「いつでも」 reads as "at any hour": no statement at the door says it, nor any line shown
    /// beside a situation (hours are given as the source gives them).
    #[test]
    fn no_statement_at_the_door_says_at_any_time() {
        use crate::model::contacts::LINES;
        let lines = LINES.iter().filter(|l| !l.situations.is_empty()).map(|l| &l.fact);
        for fact in VISIT.facts().chain(lines) {
            assert!(!fact.text.contains("いつでも"), "{}: {}", fact.id, fact.text);
        }
    }

    /// What the rules allow is not told as what always happens: on later visits the card may be
    /// left unread (再照会), it is not "not read".
    #[test]
    fn later_visits_may_requery_and_are_not_told_they_never_read_the_card() {
        for fact in VISIT.facts() {
            assert!(!fact.text.contains("読み取りません"), "{}: {}", fact.id, fact.text);
        }
        assert!(VISIT.later_visits.iter().any(|a| a.fact.text.contains("読み取らずに")));
    }

    /// A Web-only station whose patient's PIN is locked, or who holds a 顔認証 card, is told that no
    /// official route was found beyond a 資格確認書, and what the rules do allow.
    #[test]
    fn a_web_only_station_without_a_pin_is_told_what_the_rules_allow() {
        let web = Some(VisitTool::Web);
        for id in ["pin", "face-card"] {
            let told: Vec<&Action> = for_station(VISIT.situation(id).unwrap().actions, web).collect();
            assert!(
                told.iter().any(|a| a.fact.kind == Kind::Unconfirmed && a.fact.text.contains("資格確認書")),
                "{id}"
            );
            let by_the_rule: Vec<&str> = told
                .iter()
                .filter(|a| a.fact.kind == Kind::Official && a.fact.sources.iter().any(|s| s.id == "rule-8"))
                .map(|a| a.fact.text)
                .collect();
            assert!(by_the_rule.iter().any(|t| t.contains("緊急やむを得ない")), "{id}");
            assert!(by_the_rule.iter().any(|t| t.contains("再照会")), "{id}");
        }
    }

    /// The expired certificate's three months are a rule written for a facility's counter: at
    /// home it is unconfirmed, and the counter rule is told as the counter's.
    #[test]
    fn an_expired_certificate_is_not_promised_to_work_at_home() {
        let situation = VISIT.situation("certificate-expired").unwrap();
        for tool in TOOLS {
            let told: Vec<&Action> = for_station(situation.actions, tool).collect();
            assert_eq!(told[0].fact.kind, Kind::Unconfirmed, "what happens at home comes first, for {tool:?}");
            for action in told.iter().filter(|a| a.fact.text.contains("3か月")) {
                assert!(
                    action.fact.kind != Kind::Official
                        || action.fact.text.contains("窓口")
                        || action.fact.text.contains("医療機関等"),
                    "{}: an official three months must say it is the counter's",
                    action.fact.id
                );
            }
        }
    }

    #[test]
    fn the_statements_go_stale_six_months_after_their_check() {
        let on = VISIT.gathered_on();
        assert_eq!(VISIT.gathered_on_text(), on.japanese());
        assert!(!VISIT.is_stale(on));
        let limit = on.add_months(crate::model::later::FRESH_MONTHS).unwrap();
        assert!(!VISIT.is_stale(limit) && VISIT.is_stale(limit.add_days(1).unwrap()));
    }

    #[test]
    fn where_nothing_official_was_found_the_card_says_so() {
        for fact in VISIT.facts().filter(|f| f.kind == Kind::Unconfirmed) {
            assert!(fact.text.contains("見つかっていません"), "{}", fact.id);
        }
        for id in ["smartphone", "no-signal"] {
            let situation = VISIT.situation(id).unwrap();
            assert!(situation.actions.iter().any(|a| a.fact.kind == Kind::Unconfirmed), "{id}");
        }
    }

    #[test]
    fn the_preparation_checklist_is_the_apps_own() {
        for item in VISIT.preparation {
            assert!(item.id.starts_with("visit."), "{}", item.id);
            assert!(GUIDE.item(item.id).is_none(), "{} must not be a guide item", item.id);
        }
        let web: Vec<&str> = VISIT.preparation_for(Some(VisitTool::Web)).map(|p| p.id).collect();
        assert!(!web.contains(&"visit.activation"), "a Web-only station registers no app devices");
        let app: Vec<&str> = VISIT.preparation_for(Some(VisitTool::App)).map(|p| p.id).collect();
        assert!(app.contains(&"visit.activation") && app.contains(&"visit.function"));
    }

    #[test]
    fn audiences() {
        assert_eq!(Audience::of(None), Audience::UNDECIDED);
        assert_eq!(Audience::of(Some(VisitTool::Both)), Audience::APP);
        assert!(Audience::EVERY.includes(Audience::WEB_ONLY));
        assert!(!Audience::APP.includes(Audience::WEB_ONLY));
        for tool in VisitTool::ALL {
            assert_eq!(<VisitTool as Keyed>::from_key(tool.key()), Some(tool));
        }
    }
}
