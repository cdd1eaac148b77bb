//! The content files' shapes as written in YAML. Serde reads each file into these, keeping
//! every value's line ([`Spanned`]) so that the builder can say where a problem is.

use serde::Deserialize;
use serde_saphyr::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMeta {
    pub(super) content_version: Spanned<String>,
    pub(super) reviewed: Spanned<String>,
    pub(super) start: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuestions {
    pub(super) questions: Vec<Spanned<RawQuestion>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuestion {
    pub(super) id: Spanned<String>,
    pub(super) kind: Spanned<String>,
    #[serde(default)]
    pub(super) options: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    pub(super) optional: Option<Spanned<bool>>,
    /// Option id to the condition under which that option is offered.
    #[serde(default)]
    pub(super) option_when: Option<std::collections::BTreeMap<String, Spanned<RawCondition>>>,
    #[serde(default)]
    pub(super) next: Vec<Spanned<RawRoute>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRoute {
    #[serde(default)]
    pub(super) when: Option<Spanned<RawCondition>>,
    pub(super) goto: Spanned<String>,
}

/// A condition as written: exactly one of its forms must be used.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCondition {
    #[serde(default)]
    pub(super) all: Option<Vec<Spanned<RawCondition>>>,
    #[serde(default)]
    pub(super) any: Option<Vec<Spanned<RawCondition>>>,
    #[serde(default)]
    pub(super) not: Option<Box<Spanned<RawCondition>>>,
    #[serde(default)]
    pub(super) answer: Option<String>,
    #[serde(default, rename = "in")]
    pub(super) within: Option<Vec<String>>,
    #[serde(default)]
    pub(super) includes: Option<Vec<String>>,
    #[serde(default)]
    pub(super) answered: Option<String>,
    #[serde(default)]
    pub(super) fact: Option<String>,
    #[serde(default)]
    pub(super) min: Option<i64>,
    #[serde(default)]
    pub(super) max: Option<i64>,
    #[serde(default)]
    pub(super) is: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawChecklist {
    pub(super) sections: Vec<Spanned<String>>,
    pub(super) items: Vec<Spanned<RawItem>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawItem {
    pub(super) id: Spanned<String>,
    pub(super) section: Spanned<String>,
    #[serde(default)]
    pub(super) when: Option<Spanned<RawCondition>>,
    #[serde(default)]
    pub(super) sources: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) local: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSources {
    pub(super) sources: Vec<Spanned<RawSource>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSource {
    pub(super) id: Spanned<String>,
    #[serde(default)]
    pub(super) number: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) date: Option<Spanned<String>>,
    pub(super) grade: Spanned<String>,
}
