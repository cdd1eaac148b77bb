//! The loaded content model: questions and their routing, checklist sections and items,
//! and sources. Everything here is checked and typed; the YAML shapes are in `raw`.

use crate::engine::answers::{Answers, NO_MONTH};
use crate::engine::condition::Condition;
use crate::engine::facts::Facts;
use crate::engine::problem::Loc;
use chrono::NaiveDate;
use std::collections::HashMap;

/// What kind of answer a question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    Choice,
    YesNo,
    Month,
    /// Any number of the options, or none of them ("none of these").
    Multi,
}

impl QuestionKind {
    pub fn name(self) -> &'static str {
        match self {
            QuestionKind::Choice => "choice",
            QuestionKind::YesNo => "yes_no",
            QuestionKind::Month => "month",
            QuestionKind::Multi => "multi",
        }
    }
}

/// Where a route leads.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Target {
    Question(usize),
    End,
}

/// One routing rule: go to `target` when `when` holds (always, if `None`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Route {
    pub when: Option<Condition>,
    pub target: Target,
    pub loc: Loc,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    /// Option ids; `[yes, no]` for yes/no; empty for month questions. For a multi-select
    /// question, the order answers are kept and shown in.
    pub options: Vec<String>,
    /// Month questions: "no month" is a valid answer. Month and multi-select questions:
    /// batch mode may leave it unanswered, and it takes "none" (documented default).
    pub optional: bool,
    /// For each option (same order as `options`), the condition under which it is offered;
    /// `None`: always. An option not offered is neither shown nor accepted.
    pub option_when: Vec<Option<Condition>>,
    pub routes: Vec<Route>,
    pub loc: Loc,
}

impl Question {
    pub fn has_option(&self, option: &str) -> bool {
        self.options.iter().any(|o| o == option)
    }

    /// True when option `i` is offered to a person with these answers and facts.
    pub fn offers(&self, i: usize, answers: &Answers, facts: &Facts) -> bool {
        self.option_when
            .get(i)
            .and_then(Option::as_ref)
            .is_none_or(|c| c.holds(answers, facts))
    }

    /// Indexes of the options offered to a person with these answers and facts, in order.
    pub fn offered(&self, answers: &Answers, facts: &Facts) -> Vec<usize> {
        (0..self.options.len())
            .filter(|&i| self.offers(i, answers, facts))
            .collect()
    }

    /// Reads a multi-select answer written as option ids separated by commas
    /// (`pregnant,retired`), or `none`. The result is in the question's option order without
    /// repeats, so every way of writing the same selection gives the same answer. An unknown
    /// id is an error naming it.
    pub fn parse_choices(&self, text: &str) -> Result<Vec<String>, String> {
        let text = text.trim();
        if text.eq_ignore_ascii_case(NO_MONTH) {
            return Ok(Vec::new());
        }
        let mut picked = vec![false; self.options.len()];
        for part in text.split([',', '，', '、']).map(str::trim) {
            match self.options.iter().position(|o| o == part) {
                Some(i) => picked[i] = true,
                None => return Err(part.to_owned()),
            }
        }
        Ok(self
            .options
            .iter()
            .zip(picked)
            .filter(|(_, p)| *p)
            .map(|(o, _)| o.clone())
            .collect())
    }
}

/// A citation: a source and, optionally, an article in it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SourceRef {
    pub source: usize,
    pub article: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Item {
    pub id: String,
    pub section: usize,
    pub when: Option<Condition>,
    pub sources: Vec<SourceRef>,
    /// The rule varies by place: the renderers add a "confirm locally" mark.
    pub local: bool,
    pub loc: Loc,
    /// Where the `when` condition is (the item's own line when it has none).
    pub when_loc: Loc,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Section {
    pub id: String,
    pub loc: Loc,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Source {
    pub id: String,
    pub number: Option<String>,
    /// Issued, or adopted/last amended for laws; `None` where no source confirms it.
    pub date: Option<NaiveDate>,
    pub grade: String,
    pub loc: Loc,
}

/// The loaded, internally consistent content.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Content {
    pub version: String,
    pub reviewed: NaiveDate,
    pub start: usize,
    pub questions: Vec<Question>,
    pub sections: Vec<Section>,
    pub items: Vec<Item>,
    pub sources: Vec<Source>,
    /// Question id to index in `questions`; filled in by the builder.
    pub(super) question_index: HashMap<String, usize>,
}

/// The sections every path must have something in, and that renderers know about.
pub const REQUIRED_SECTIONS: [&str; 3] = [
    SectionKind::Materials.id(),
    SectionKind::Steps.id(),
    SectionKind::Caveats.id(),
];

fn older_than_a_year(date: NaiveDate, today: NaiveDate) -> bool {
    date.checked_add_months(chrono::Months::new(12))
        .is_some_and(|limit| today > limit)
}

/// What a section's items are, which decides how each is marked: materials are things to
/// bring and get a box to tick, steps are done in order and numbered, the rest (caveats,
/// key dates, where to ask, and any section content adds) are a plain list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionKind {
    Materials,
    Steps,
    Caveats,
    Other,
}

/// How one item of a section is marked in a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    /// A box, ticked or not.
    Box {
        ticked: bool,
    },
    /// The item's number in its section, from 1.
    Number(usize),
    Bullet,
}

impl SectionKind {
    pub fn of(section_id: &str) -> SectionKind {
        match section_id {
            "materials" => SectionKind::Materials,
            "steps" => SectionKind::Steps,
            "caveats" => SectionKind::Caveats,
            _ => SectionKind::Other,
        }
    }

    /// The section id in the content files (empty for [`SectionKind::Other`]).
    pub const fn id(self) -> &'static str {
        match self {
            SectionKind::Materials => "materials",
            SectionKind::Steps => "steps",
            SectionKind::Caveats => "caveats",
            SectionKind::Other => "",
        }
    }

    /// Whether its items can be ticked off (in the wizard, exports and receipts).
    pub fn is_tickable(self) -> bool {
        self == SectionKind::Materials
    }

    /// The marker of the item at `index` (from 0); `ticked` says whether it is ticked,
    /// which matters only for tickable sections.
    pub fn marker(self, index: usize, ticked: bool) -> Marker {
        match self {
            SectionKind::Materials => Marker::Box { ticked },
            SectionKind::Steps => Marker::Number(index + 1),
            SectionKind::Caveats | SectionKind::Other => Marker::Bullet,
        }
    }
}

impl Content {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.question_index.get(id).map(|&i| &self.questions[i])
    }

    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.question_index.get(id).copied()
    }

    /// True when the content's last review is more than a year before `today`: the guide
    /// then says so above every checklist, since rules and fees change.
    pub fn is_stale(&self, today: NaiveDate) -> bool {
        older_than_a_year(self.reviewed, today)
    }

    pub fn section_index(&self, id: &str) -> Option<usize> {
        self.sections.iter().position(|s| s.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_is_stale_a_year_and_a_day_after_its_review() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert!(!older_than_a_year(d("2026-11-22"), d("2027-11-22")));
        assert!(older_than_a_year(d("2026-11-22"), d("2027-11-23")));
    }

    #[test]
    fn section_kinds_own_their_markers() {
        assert_eq!(REQUIRED_SECTIONS, ["materials", "steps", "caveats"]);
        let kind = SectionKind::of("materials");
        assert!(kind.is_tickable());
        assert_eq!(kind.marker(3, true), Marker::Box { ticked: true });
        assert_eq!(SectionKind::of("steps").marker(0, true), Marker::Number(1));
        assert_eq!(SectionKind::of("dates").marker(2, false), Marker::Bullet);
        assert!(!SectionKind::of("caveats").is_tickable());
    }
}
