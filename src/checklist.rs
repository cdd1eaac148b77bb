//! The checklist for a finished path, in one language: the value every renderer (text,
//! Markdown, JSON, the wizard) draws from. Built once, read many times.

use crate::engine::answers::{AnswerValue, Answers};
use crate::engine::content::{Content, QuestionKind};
use crate::engine::facts::{Fact, FactValue};
use crate::engine::flow::{Walk, selected_items};
use crate::guide::Guide;
use crate::i18n::{Lang, Locales};
use fluent_bundle::FluentArgs;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Clone, Debug, Serialize)]
pub struct Checklist {
    pub lang: &'static str,
    pub content_version: String,
    pub reviewed: String,
    pub today: String,
    /// Answers on the path, by question id, as given (`YYYY-MM`, option ids, `none`).
    pub answers: BTreeMap<String, String>,
    /// Question ids that were answered but are not on the path.
    pub ignored_answers: Vec<String>,
    /// Derived facts: numbers, booleans, and dates/months as ISO strings.
    pub facts: BTreeMap<&'static str, serde_json::Value>,
    pub sections: Vec<ChecklistSection>,
    /// The answers as a person reads them: question label and answer label, in path order.
    #[serde(skip)]
    pub answer_rows: Vec<(String, String)>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ChecklistSection {
    pub id: String,
    pub title: String,
    pub items: Vec<ChecklistItem>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ChecklistItem {
    pub id: String,
    pub text: String,
    /// The rule varies by place: confirm locally.
    pub local: bool,
    pub sources: Vec<Citation>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Citation {
    pub id: String,
    pub title: String,
    pub issuer: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    pub date: String,
    /// The whole citation as one line.
    pub text: String,
}

/// The label a person reads for an answer.
pub fn answer_label(locales: &Locales, lang: Lang, question: &str, value: &AnswerValue) -> String {
    match value {
        AnswerValue::Choice(o) => locales.text(lang, &format!("q-{question}-{o}")),
        AnswerValue::Month(m) => locales.month(lang, *m),
        AnswerValue::NoMonth => locales.text(lang, &format!("q-{question}-none")),
    }
}

/// The short label of a question (for the review screen, breadcrumbs and exports).
pub fn question_label(locales: &Locales, lang: Lang, question: &str) -> String {
    let id = format!("q-{question}");
    locales
        .attr(lang, &id, "short", None)
        .unwrap_or_else(|| locales.text(lang, &id))
}

impl Checklist {
    /// Builds the checklist for a complete walk. Callers check `walk.is_complete()`.
    pub fn build(guide: &Guide, lang: Lang, answers: &Answers, walk: &Walk) -> Checklist {
        let content = &guide.content;
        let locales = &guide.locales;
        let args = locales.fact_args(lang, &walk.facts);
        let selected = selected_items(content, walk);
        let sections = content
            .sections
            .iter()
            .enumerate()
            .map(|(si, section)| ChecklistSection {
                id: section.id.clone(),
                title: locales.text(lang, &format!("section-{}", section.id)),
                items: selected
                    .iter()
                    .map(|&i| &content.items[i])
                    .filter(|item| item.section == si)
                    .map(|item| ChecklistItem {
                        id: item.id.clone(),
                        text: locales.fmt(lang, &format!("item-{}", item.id), Some(&args)),
                        local: item.local,
                        sources: item
                            .sources
                            .iter()
                            .map(|r| citation(content, locales, lang, r.source, r.article.as_deref()))
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        let answer_rows = walk
            .path
            .iter()
            .map(|&q| {
                let id = &content.questions[q].id;
                let value = walk.on_path.get(id).expect("answered on path");
                (
                    question_label(locales, lang, id),
                    answer_label(locales, lang, id, value),
                )
            })
            .collect();
        let facts = Fact::ALL
            .iter()
            .filter_map(|&f| walk.facts.get(f).map(|v| (f.name(), fact_json(v))))
            .collect();
        Checklist {
            lang: lang.tag(),
            content_version: content.version.clone(),
            reviewed: content.reviewed.to_string(),
            today: walk.facts.today.to_string(),
            answers: walk
                .on_path
                .iter()
                .map(|(k, v)| (k.to_owned(), v.to_string()))
                .collect(),
            ignored_answers: walk.ignored(answers).into_iter().map(str::to_owned).collect(),
            facts,
            sections,
            answer_rows,
        }
    }

    pub fn item_ids(&self) -> impl Iterator<Item = &str> {
        self.sections
            .iter()
            .flat_map(|s| s.items.iter().map(|i| i.id.as_str()))
    }
}

fn fact_json(v: FactValue) -> serde_json::Value {
    match v {
        FactValue::Number(n) => n.into(),
        FactValue::Bool(b) => b.into(),
        FactValue::Date(d) => d.to_string().into(),
        FactValue::Month(m) => m.to_string().into(),
    }
}

fn citation(content: &Content, locales: &Locales, lang: Lang, source: usize, article: Option<&str>) -> Citation {
    let s = &content.sources[source];
    let id = format!("source-{}", s.id);
    let title = locales.text(lang, &id);
    let issuer = locales.attr(lang, &id, "issuer", None).unwrap_or_default();
    let date = locales.date(lang, s.date);
    let mut args = FluentArgs::new();
    args.set("title", title.clone());
    args.set("issuer", issuer.clone());
    args.set("has_article", if article.is_some() { "yes" } else { "no" });
    args.set("article", article.unwrap_or_default().to_owned());
    args.set("has_number", if s.number.is_some() { "yes" } else { "no" });
    args.set("number", s.number.clone().unwrap_or_default());
    args.set("date", date);
    Citation {
        id: s.id.clone(),
        title,
        issuer,
        number: s.number.clone(),
        article: article.map(str::to_owned),
        date: s.date.to_string(),
        text: locales.fmt(lang, "ui-citation", Some(&args)),
    }
}

/// True for questions whose answers are months (used by renderers and input parsing).
pub fn is_month(content: &Content, question: &str) -> bool {
    content
        .question(question)
        .is_some_and(|q| q.kind == QuestionKind::Month)
}
