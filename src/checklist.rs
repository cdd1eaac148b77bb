//! The checklist for a finished path, in one language: the value every renderer (text,
//! Markdown, JSON, the wizard) draws from. Built once, read many times.

use crate::config::Office;
use crate::engine::answers::{AnswerValue, Answers};
use crate::engine::content::{Content, SectionKind, SourceRef};
use crate::engine::facts::{Fact, FactValue};
use crate::engine::flow::{Walk, selected_items};
use crate::guide::Guide;
use crate::i18n::{Lang, Locales};
use crate::message_id;
use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Clone, Debug, Serialize)]
pub struct Checklist {
    pub lang: &'static str,
    pub content_version: String,
    /// Written `YYYY-MM-DD` in JSON (chrono's serde form).
    pub reviewed: NaiveDate,
    pub today: NaiveDate,
    /// Answers on the path, by question id, as given (`YYYY-MM`, option ids, `none`; a list
    /// of option ids for a multi-select question).
    pub answers: BTreeMap<String, AnswerValue>,
    /// Question ids that were answered but are not on the path.
    pub ignored_answers: Vec<String>,
    /// Optional questions that batch mode answered with their documented default ("none").
    pub defaulted_answers: Vec<String>,
    /// Derived facts: numbers, booleans, and dates/months as ISO strings.
    pub facts: BTreeMap<&'static str, serde_json::Value>,
    pub sections: Vec<ChecklistSection>,
    /// The answers as a resume code, to pick the case up again elsewhere.
    pub resume_code: String,
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

impl ChecklistSection {
    pub fn kind(&self) -> SectionKind {
        SectionKind::of(&self.id)
    }
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
    /// Articles cited, in the order the item lists them (empty: the whole document).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub articles: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The whole citation as one line.
    pub text: String,
}

/// The label a person reads for an answer.
pub fn answer_label(locales: &Locales, lang: Lang, question: &str, value: &AnswerValue) -> String {
    match value {
        AnswerValue::Choice(o) => locales.text(lang, &message_id::option(question, o)),
        AnswerValue::Month(m) => locales.month(lang, *m),
        AnswerValue::NoMonth => locales.text(lang, &message_id::no_answer(question)),
        AnswerValue::Choices(list) if list.is_empty() => {
            locales.text(lang, &message_id::no_answer(question))
        }
        AnswerValue::Choices(list) => {
            let labels: Vec<String> = list
                .iter()
                .map(|o| locales.text(lang, &message_id::option(question, o)))
                .collect();
            labels.join(&locales.text(lang, "ui-choices-separator"))
        }
    }
}

/// The short label of a question (for the review screen, breadcrumbs and exports).
pub fn question_label(locales: &Locales, lang: Lang, question: &str) -> String {
    let id = message_id::question(question);
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
                title: locales.text(lang, &message_id::section(&section.id)),
                items: selected
                    .iter()
                    .map(|&i| &content.items[i])
                    .filter(|item| item.section == si)
                    .map(|item| ChecklistItem {
                        id: item.id.clone(),
                        text: locales.fmt(lang, &message_id::item(&item.id), Some(&args)),
                        local: item.local,
                        sources: citations(content, locales, lang, &item.sources),
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
            reviewed: content.reviewed,
            today: walk.facts.today,
            answers: walk
                .on_path
                .iter()
                .map(|(k, v)| (k.to_owned(), v.clone()))
                .collect(),
            defaulted_answers: Vec::new(),
            ignored_answers: walk
                .ignored(answers)
                .into_iter()
                .map(str::to_owned)
                .collect(),
            facts,
            sections,
            answer_rows,
            resume_code: crate::resume::encode(content, &walk.on_path),
        }
    }
}

impl Checklist {
    /// Puts the site's own office (configuration `office`) first among the contacts, in the
    /// reader's language. Without one, the checklist is unchanged: the guide never invents
    /// local details.
    pub fn with_office(mut self, office: Option<&Office>, locales: &Locales, lang: Lang) -> Self {
        let Some(office) = office else {
            return self;
        };
        let details: Vec<String> = office
            .details(lang)
            .into_iter()
            .map(|(id, text)| match id {
                "" => text.to_owned(),
                label => format!("{}{text}", locales.text(lang, label)),
            })
            .collect();
        if details.is_empty() {
            return self;
        }
        let text = format!(
            "{}{}",
            locales.text(lang, "ui-office-intro"),
            details.join(&locales.text(lang, "ui-choices-separator"))
        );
        if let Some(contacts) = self.sections.iter_mut().find(|s| s.id == "contacts") {
            contacts.items.insert(
                0,
                ChecklistItem {
                    id: OFFICE_ITEM.to_owned(),
                    text,
                    local: false,
                    sources: Vec::new(),
                },
            );
        }
        self
    }
}

/// The id of the site's office among the contacts (it has no sources: it is the site's own
/// information, from its configuration).
pub const OFFICE_ITEM: &str = "office";

fn fact_json(v: FactValue) -> serde_json::Value {
    match v {
        FactValue::Number(n) => n.into(),
        FactValue::Bool(b) => b.into(),
        FactValue::Date(d) => d.to_string().into(),
        FactValue::Month(m) => m.to_string().into(),
    }
}

/// One citation per source, with the articles of that source gathered: an item that cites
/// art. 4 and art. 74 of one law reads "art. 4, 74", not the law twice.
fn citations(
    content: &Content,
    locales: &Locales,
    lang: Lang,
    refs: &[SourceRef],
) -> Vec<Citation> {
    let mut grouped: Vec<(usize, Vec<String>)> = Vec::new();
    for r in refs {
        let articles = match grouped.iter_mut().find(|(s, _)| *s == r.source) {
            Some((_, articles)) => articles,
            None => {
                grouped.push((r.source, Vec::new()));
                &mut grouped.last_mut().expect("just pushed").1
            }
        };
        if let Some(a) = &r.article
            && !articles.contains(a)
        {
            articles.push(a.clone());
        }
    }
    grouped
        .into_iter()
        .map(|(source, articles)| citation(content, locales, lang, source, articles))
        .collect()
}

fn citation(
    content: &Content,
    locales: &Locales,
    lang: Lang,
    source: usize,
    articles: Vec<String>,
) -> Citation {
    let s = &content.sources[source];
    let id = message_id::source(&s.id);
    let title = locales.text(lang, &id);
    let issuer = locales.attr(lang, &id, "issuer", None).unwrap_or_default();
    let date = s.date.map(|d| locales.date(lang, d)).unwrap_or_default();
    let mut args = FluentArgs::new();
    args.set("title", title.clone());
    args.set("issuer", issuer.clone());
    args.set("articles", articles.len());
    let list = articles
        .iter()
        .map(|a| {
            let mut one = FluentArgs::new();
            one.set("article", a.clone());
            locales.fmt(lang, "ui-citation-article", Some(&one))
        })
        .collect::<Vec<_>>()
        .join(&locales.text(lang, "ui-list-separator"));
    args.set("article", list);
    args.set("has_number", if s.number.is_some() { "yes" } else { "no" });
    args.set("number", s.number.clone().unwrap_or_default());
    args.set("has_date", if s.date.is_some() { "yes" } else { "no" });
    args.set("date", date);
    Citation {
        id: s.id.clone(),
        title,
        issuer,
        number: s.number.clone(),
        articles,
        date: s.date.map(|d| d.to_string()),
        text: locales.fmt(lang, "ui-citation", Some(&args)),
    }
}
