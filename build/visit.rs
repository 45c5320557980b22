//! `content/visit.ja.toml` → `model::visit::VISIT`: 訪問 — the app's preparation checklist, the
//! first visit, later visits and the situations at the door, each statement a fact marked for
//! the stations it suits.

use crate::date::Date;
use crate::emit::{emit_struct, Emit};
use crate::fact::{check_sources, check_words, lasting, KindFile, WordsFile};
use crate::sources::Table;
use serde::Deserialize;

pub const FILE: &str = "content/visit.ja.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VisitFile {
    #[serde(deserialize_with = "crate::emit::day")]
    gathered_on: Date,
    preparation: Vec<PreparationFile>,
    first_visit: Vec<ActionFile>,
    later_visits: Vec<ActionFile>,
    situations: Vec<SituationFile>,
    tool_notes: Vec<ActionFile>,
    scope: ScopeFile,
}

/// Which visits need the check (資格確認が要る訪問): a line for ホーム, and the statements at the
/// top of 訪問.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScopeFile {
    title: String,
    summary: ActionFile,
    facts: Vec<ActionFile>,
}

/// Which stations a statement is for, by how they check at home.
#[derive(Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
enum AudienceFile {
    /// With the マイナ資格確認アプリ (alone or with the Web).
    App,
    /// With マイナ在宅受付Web only.
    Web,
    /// Not decided, or not said.
    Undecided,
}

/// `Audience(…)` from `for = [...]`; every station when there is none.
fn audience(list: &[AudienceFile]) -> String {
    if list.is_empty() {
        return "Audience::EVERY".into();
    }
    let flags: Vec<&str> = list
        .iter()
        .map(|a| match a {
            AudienceFile::App => "Audience::APP.0",
            AudienceFile::Web => "Audience::WEB_ONLY.0",
            AudienceFile::Undecided => "Audience::UNDECIDED.0",
        })
        .collect();
    format!("Audience({})", flags.join(" | "))
}

/// A step of a visit, or an action in a situation: a fact, who it is for, and whether it offers
/// 目視確認.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActionFile {
    id: String,
    text: String,
    kind: KindFile,
    sources: Vec<String>,
    #[serde(default, rename = "for")]
    audience: Vec<AudienceFile>,
    #[serde(default)]
    photo_check: bool,
    #[serde(default)]
    words: Vec<WordsFile>,
}

impl ActionFile {
    fn fact(&self, table: &Table) -> String {
        lasting(&self.id, &self.text, self.kind, &self.sources, &self.words, table, FILE)
    }

    fn emit_with(&self, table: &Table) -> String {
        emit_struct(
            "Action",
            &[
                ("fact", self.fact(table)),
                ("audience", audience(&self.audience)),
                ("photo_check", self.photo_check.emit()),
            ],
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SituationFile {
    id: String,
    title: String,
    actions: Vec<ActionFile>,
    /// Printed on the A4 card (false: on screen only, named on the card so it can be looked up).
    #[serde(default = "printed")]
    card: bool,
}

fn printed() -> bool {
    true
}

/// An item of the station's own preparation checklist: a title, and the fact it rests on, if any.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PreparationFile {
    id: String,
    title: String,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    kind: Option<KindFile>,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default, rename = "for")]
    audience: Vec<AudienceFile>,
    #[serde(default)]
    words: Vec<WordsFile>,
}

impl VisitFile {
    /// Whether the card has a situation of this id.
    pub fn has_situation(&self, id: &str) -> bool {
        self.situations.iter().any(|s| s.id == id)
    }

    fn actions(&self) -> impl Iterator<Item = &ActionFile> {
        self.first_visit
            .iter()
            .chain(&self.later_visits)
            .chain(self.situations.iter().flat_map(|s| &s.actions))
            .chain(&self.tool_notes)
            .chain(std::iter::once(&self.scope.summary))
            .chain(&self.scope.facts)
    }

    /// Fails the build on a statement without a source, an official one without its sources'
    /// words (`fact::check_words`), an id used twice, 目視確認 offered to a station with the Web
    /// only, or a preparation item with half a fact.
    pub fn check(&self, sources: &Table) {
        let mut ids: Vec<&str> = Vec::new();
        for action in self.actions() {
            check_sources(&action.id, &action.sources, FILE);
            check_words(&action.id, action.kind, &action.sources, &action.words, sources, FILE);
            assert!(
                !(action.photo_check && (action.audience.is_empty() || action.audience.contains(&AudienceFile::Web))),
                "{FILE}: {} offers 目視確認 (photo_check) to a station with the Web only: give it for = [\"app\"]",
                action.id
            );
            ids.push(&action.id);
        }
        for item in &self.preparation {
            let has_fact = item.text.is_some() && item.kind.is_some() && !item.sources.is_empty();
            let has_none = item.text.is_none() && item.kind.is_none() && item.sources.is_empty();
            assert!(has_fact || has_none, "{FILE}: preparation {}: text, kind and sources go together", item.id);
            if let Some(kind) = item.kind {
                check_words(&item.id, kind, &item.sources, &item.words, sources, FILE);
            }
            ids.push(&item.id);
        }
        ids.extend(self.situations.iter().map(|s| s.id.as_str()));
        for (i, id) in ids.iter().enumerate() {
            assert!(!ids[..i].contains(id), "{FILE}: the id {id} is used twice");
        }
    }

    pub fn emit_file(&self, table: &Table) -> String {
        let actions = |list: &[ActionFile]| {
            let items: Vec<String> = list.iter().map(|a| a.emit_with(table)).collect();
            format!("&[{}]", items.join(", "))
        };
        let preparation: Vec<String> = self
            .preparation
            .iter()
            .map(|p| {
                let fact = match (&p.text, p.kind) {
                    (Some(text), Some(kind)) => {
                        format!("Some({})", lasting(&p.id, text, kind, &p.sources, &p.words, table, FILE))
                    }
                    _ => "None".into(),
                };
                emit_struct(
                    "PreparationItem",
                    &[
                        ("id", p.id.emit()),
                        ("title", p.title.emit()),
                        ("fact", fact),
                        ("audience", audience(&p.audience)),
                    ],
                )
            })
            .collect();
        let situations: Vec<String> = self
            .situations
            .iter()
            .map(|s| {
                emit_struct(
                    "Situation",
                    &[
                        ("id", s.id.emit()),
                        ("title", s.title.emit()),
                        ("actions", actions(&s.actions)),
                        ("on_card", s.card.emit()),
                    ],
                )
            })
            .collect();
        let visit = emit_struct(
            "Visit",
            &[
                ("gathered_on", self.gathered_on.emit()),
                ("preparation", format!("&[{}]", preparation.join(", "))),
                ("first_visit", actions(&self.first_visit)),
                ("later_visits", actions(&self.later_visits)),
                ("situations", format!("&[{}]", situations.join(", "))),
                ("tool_notes", actions(&self.tool_notes)),
                (
                    "scope",
                    emit_struct(
                        "Scope",
                        &[
                            ("title", self.scope.title.emit()),
                            ("summary", self.scope.summary.fact(table)),
                            (
                                "facts",
                                format!(
                                    "&[{}]",
                                    self.scope.facts.iter().map(|f| f.fact(table)).collect::<Vec<_>>().join(", ")
                                ),
                            ),
                        ],
                    ),
                ),
            ],
        );
        format!("/// 訪問, generated by build/ from {FILE}.\npub static VISIT: Visit = {visit};\n")
    }
}
