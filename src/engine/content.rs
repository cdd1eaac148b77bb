//! The content model: questions, routing, checklist items and sources, loaded from
//! `content/*.yaml` and checked for internal consistency.
//!
//! Loading is two steps. Serde reads each file into a `Raw*` shape that keeps line numbers;
//! then [`Content::build`] turns that into the typed model, collecting every problem
//! (unknown ids, bad references, malformed conditions) instead of stopping at the first.
//! Checks that need the whole flow (reachability, cycles, paths) live in `validate`.

use super::answers::{Answers, NO_MONTH};
use super::condition::Condition;
use super::facts::{Fact, FactKind, Facts, GAP_END, GAP_START};
use super::files::TextFile;
use super::problem::{Loc, Problem};
use super::yaml::{self, line};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::{HashMap, HashSet};

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
    question_index: HashMap<String, usize>,
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

    /// Parses and checks the content files; returns every problem found.
    pub fn load(files: &[TextFile]) -> Result<Content, Vec<Problem>> {
        let mut problems = Vec::new();
        for file in files {
            yaml::check_text(&file.path, &file.text, &mut problems);
        }
        let find = |name: &str| files.iter().find(|f| f.name == name);
        let mut parse = |name: &str| -> Option<(&TextFile, RawFile)> {
            let file = find(name)?;
            let raw = match name {
                "meta.yaml" => yaml::parse(&file.path, &file.text).map(RawFile::Meta),
                "questions.yaml" => yaml::parse(&file.path, &file.text).map(RawFile::Questions),
                "checklist.yaml" => yaml::parse(&file.path, &file.text).map(RawFile::Checklist),
                _ => yaml::parse(&file.path, &file.text).map(RawFile::Sources),
            };
            match raw {
                Ok(raw) => Some((file, raw)),
                Err(p) => {
                    problems.push(p);
                    None
                }
            }
        };
        let meta = parse("meta.yaml");
        let questions = parse("questions.yaml");
        let checklist = parse("checklist.yaml");
        let sources = parse("sources.yaml");
        for name in super::files::CONTENT_FILES {
            if find(name).is_none() {
                problems
                    .push(Problem::new("file-missing").at(Loc::file(format!("content/{name}"))));
            }
        }
        let (
            Some((meta_file, RawFile::Meta(meta))),
            Some((q_file, RawFile::Questions(questions))),
            Some((c_file, RawFile::Checklist(checklist))),
            Some((s_file, RawFile::Sources(sources))),
        ) = (meta, questions, checklist, sources)
        else {
            return Err(problems);
        };
        let mut builder = Builder {
            problems,
            q_file: &q_file.path,
        };
        let content = builder.build(
            (&meta_file.path, meta),
            questions,
            (&c_file.path, checklist),
            (&s_file.path, sources),
        );
        if builder.problems.is_empty() {
            Ok(content)
        } else {
            Err(builder.problems)
        }
    }
}

// ---------------------------------------------------------------------------------------
// Raw shapes, as written in YAML.

enum RawFile {
    Meta(RawMeta),
    Questions(RawQuestions),
    Checklist(RawChecklist),
    Sources(RawSources),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    content_version: Spanned<String>,
    reviewed: Spanned<String>,
    start: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestions {
    questions: Vec<Spanned<RawQuestion>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    kind: Spanned<String>,
    #[serde(default)]
    options: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    optional: Option<Spanned<bool>>,
    /// Option id to the condition under which that option is offered.
    #[serde(default)]
    option_when: Option<std::collections::BTreeMap<String, Spanned<RawCondition>>>,
    #[serde(default)]
    next: Vec<Spanned<RawRoute>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoute {
    #[serde(default)]
    when: Option<Spanned<RawCondition>>,
    goto: Spanned<String>,
}

/// A condition as written: exactly one of its forms must be used.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCondition {
    #[serde(default)]
    all: Option<Vec<Spanned<RawCondition>>>,
    #[serde(default)]
    any: Option<Vec<Spanned<RawCondition>>>,
    #[serde(default)]
    not: Option<Box<Spanned<RawCondition>>>,
    #[serde(default)]
    answer: Option<String>,
    #[serde(default, rename = "in")]
    within: Option<Vec<String>>,
    #[serde(default)]
    includes: Option<Vec<String>>,
    #[serde(default)]
    answered: Option<String>,
    #[serde(default)]
    fact: Option<String>,
    #[serde(default)]
    min: Option<i64>,
    #[serde(default)]
    max: Option<i64>,
    #[serde(default)]
    is: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChecklist {
    sections: Vec<Spanned<String>>,
    items: Vec<Spanned<RawItem>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: Spanned<String>,
    section: Spanned<String>,
    #[serde(default)]
    when: Option<Spanned<RawCondition>>,
    #[serde(default)]
    sources: Vec<Spanned<String>>,
    #[serde(default)]
    local: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSources {
    sources: Vec<Spanned<RawSource>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: Spanned<String>,
    #[serde(default)]
    number: Option<Spanned<String>>,
    #[serde(default)]
    date: Option<Spanned<String>>,
    grade: Spanned<String>,
}

/// `lower_snake_case` for questions, options and sections.
pub fn is_snake_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && id.len() <= 64
}

/// `lower-kebab-case` for items and sources.
pub fn is_kebab_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && id.len() <= 64
}

// ---------------------------------------------------------------------------------------
// Building the model.

struct Builder<'a> {
    problems: Vec<Problem>,
    q_file: &'a str,
}

impl Builder<'_> {
    fn problem(&mut self, p: Problem) {
        self.problems.push(p);
    }

    fn build(
        &mut self,
        (meta_path, meta): (&str, RawMeta),
        questions: RawQuestions,
        (c_path, checklist): (&str, RawChecklist),
        (s_path, sources): (&str, RawSources),
    ) -> Content {
        let reviewed = self.date(meta_path, &meta.reviewed);
        if meta.content_version.value.trim().is_empty()
            || meta.content_version.value.chars().any(char::is_whitespace)
        {
            self.problem(
                Problem::new("bad-version")
                    .at(Loc::new(meta_path, line(&meta.content_version)))
                    .arg("value", &meta.content_version.value),
            );
        }

        // Questions and their options first: everything else refers to them.
        let mut questions_out: Vec<Question> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let q_file = self.q_file.to_owned();
        for raw in &questions.questions {
            let q = &raw.value;
            let loc = Loc::new(&q_file, line(&q.id));
            let id = q.id.value.clone();
            if !is_snake_id(&id) {
                self.problem(
                    Problem::new("bad-id")
                        .at(loc.clone())
                        .arg("id", &id)
                        .arg("style", "lower_snake_case"),
                );
            }
            if let Some(&first) = index.get(&id) {
                self.problem(
                    Problem::new("duplicate-id")
                        .at(loc.clone())
                        .arg("id", &id)
                        .arg("first", questions_out[first].loc.line),
                );
                continue;
            }
            let kind = match q.kind.value.as_str() {
                "choice" => QuestionKind::Choice,
                "yes_no" => QuestionKind::YesNo,
                "month" => QuestionKind::Month,
                "multi" => QuestionKind::Multi,
                other => {
                    self.problem(
                        Problem::new("unknown-kind")
                            .at(Loc::new(&q_file, line(&q.kind)))
                            .arg("kind", other),
                    );
                    QuestionKind::Choice
                }
            };
            let mut options = Vec::new();
            match (kind, &q.options) {
                (QuestionKind::Choice | QuestionKind::Multi, None) => {
                    self.problem(
                        Problem::new("choice-without-options")
                            .at(loc.clone())
                            .arg("question", &id),
                    );
                }
                (QuestionKind::Choice | QuestionKind::Multi, Some(list)) => {
                    if list.len() < 2 {
                        self.problem(
                            Problem::new("choice-without-options")
                                .at(loc.clone())
                                .arg("question", &id),
                        );
                    }
                    for o in list {
                        let oloc = Loc::new(&q_file, line(o));
                        if !is_snake_id(&o.value) {
                            self.problem(
                                Problem::new("bad-id")
                                    .at(oloc.clone())
                                    .arg("id", &o.value)
                                    .arg("style", "lower_snake_case"),
                            );
                        }
                        if kind == QuestionKind::Multi && o.value == NO_MONTH {
                            // "none" is how files and the command line say "none of these".
                            self.problem(
                                Problem::new("reserved-option")
                                    .at(oloc)
                                    .arg("question", &id)
                                    .arg("option", &o.value),
                            );
                        } else if options.contains(&o.value) {
                            self.problem(
                                Problem::new("duplicate-option")
                                    .at(oloc)
                                    .arg("question", &id)
                                    .arg("option", &o.value),
                            );
                        } else {
                            options.push(o.value.clone());
                        }
                    }
                }
                (_, Some(list)) => {
                    let at = list
                        .first()
                        .map_or(loc.clone(), |o| Loc::new(&q_file, line(o)));
                    self.problem(
                        Problem::new("options-not-allowed")
                            .at(at)
                            .arg("question", &id)
                            .arg("kind", kind.name()),
                    );
                }
                (QuestionKind::YesNo, None) => options = vec!["yes".into(), "no".into()],
                (QuestionKind::Month, None) => {}
            }
            let optional = q.optional.as_ref().is_some_and(|o| o.value);
            if let Some(o) = &q.optional
                && !matches!(kind, QuestionKind::Month | QuestionKind::Multi)
            {
                self.problem(
                    Problem::new("optional-not-month")
                        .at(Loc::new(&q_file, line(o)))
                        .arg("question", &id),
                );
            }
            if q.next.is_empty() {
                self.problem(
                    Problem::new("no-routes")
                        .at(loc.clone())
                        .arg("question", &id),
                );
            }
            index.insert(id.clone(), questions_out.len());
            questions_out.push(Question {
                id,
                kind,
                options,
                optional,
                option_when: Vec::new(),
                routes: Vec::new(),
                loc,
            });
        }

        // The engine's calculators read these two questions by id.
        match index.get(GAP_START).map(|&i| &questions_out[i]) {
            Some(q) if q.kind == QuestionKind::Month && !q.optional => {}
            _ => self.problem(
                Problem::new("gap-question-missing")
                    .at(Loc::file(&q_file))
                    .arg("question", GAP_START),
            ),
        }
        if let Some(q) = index.get(GAP_END).map(|&i| &questions_out[i])
            && q.kind != QuestionKind::Month
        {
            let loc = q.loc.clone();
            self.problem(
                Problem::new("gap-question-missing")
                    .at(loc)
                    .arg("question", GAP_END),
            );
        }

        let scope = Scope {
            questions: &questions_out,
            index: &index,
        };
        // Routes and option conditions, now that every question is known.
        let mut all_routes = Vec::new();
        let mut all_option_when = Vec::new();
        for raw in &questions.questions {
            let q = &raw.value;
            let mut routes = Vec::new();
            let mut seen_catch_all = false;
            for r in &q.next {
                let rloc = Loc::new(&q_file, line(r));
                if seen_catch_all {
                    self.problem(
                        Problem::new("route-after-catch-all")
                            .at(rloc.clone())
                            .arg("question", &q.id.value),
                    );
                }
                let when = r
                    .value
                    .when
                    .as_ref()
                    .and_then(|c| scope.condition(&q_file, c, &mut self.problems));
                if r.value.when.is_none() {
                    seen_catch_all = true;
                }
                let goto = &r.value.goto;
                let target = if goto.value == "end" {
                    Some(Target::End)
                } else if let Some(&i) = index.get(&goto.value) {
                    Some(Target::Question(i))
                } else {
                    self.problem(
                        Problem::new("unknown-goto")
                            .at(Loc::new(&q_file, line(goto)))
                            .arg("target", &goto.value),
                    );
                    None
                };
                if let Some(target) = target {
                    routes.push(Route {
                        when,
                        target,
                        loc: rloc,
                    });
                }
            }
            let mut option_when = Vec::new();
            if let (Some(map), Some(&qi)) = (&q.option_when, index.get(&q.id.value)) {
                let options = &questions_out[qi].options;
                option_when = vec![None; options.len()];
                for (option, raw_when) in map {
                    match options.iter().position(|o| o == option) {
                        Some(i) => {
                            option_when[i] = scope.condition(&q_file, raw_when, &mut self.problems)
                        }
                        None => self.problem(
                            Problem::new("unknown-option")
                                .at(Loc::new(&q_file, line(raw_when)))
                                .arg("question", &q.id.value)
                                .arg("option", option)
                                .arg("known", options.join(", ")),
                        ),
                    }
                }
            }
            all_option_when.push(option_when);
            if !q.next.is_empty() && !seen_catch_all {
                self.problem(
                    Problem::new("no-catch-all")
                        .at(Loc::new(&q_file, line(&q.id)))
                        .arg("question", &q.id.value),
                );
            }
            all_routes.push((q.id.value.clone(), routes));
        }
        for ((id, routes), option_when) in all_routes.into_iter().zip(all_option_when) {
            if let Some(&i) = index.get(&id)
                && questions_out[i].routes.is_empty()
            {
                questions_out[i].routes = routes;
                questions_out[i].option_when = option_when;
            }
        }

        let start = match index.get(&meta.start.value) {
            Some(&i) => i,
            None => {
                self.problem(
                    Problem::new("unknown-question")
                        .at(Loc::new(meta_path, line(&meta.start)))
                        .arg("question", &meta.start.value),
                );
                0
            }
        };

        // Sources.
        let mut sources_out: Vec<Source> = Vec::new();
        for raw in &sources.sources {
            let s = &raw.value;
            let loc = Loc::new(s_path, line(&s.id));
            if !is_kebab_id(&s.id.value) {
                self.problem(
                    Problem::new("bad-id")
                        .at(loc.clone())
                        .arg("id", &s.id.value)
                        .arg("style", "lower-kebab-case"),
                );
            }
            if let Some(first) = sources_out.iter().find(|x| x.id == s.id.value) {
                self.problem(
                    Problem::new("duplicate-id")
                        .at(loc)
                        .arg("id", &s.id.value)
                        .arg("first", first.loc.line),
                );
                continue;
            }
            if !matches!(s.grade.value.as_str(), "A" | "B" | "C" | "B/C") {
                self.problem(
                    Problem::new("bad-grade")
                        .at(Loc::new(s_path, line(&s.grade)))
                        .arg("value", &s.grade.value),
                );
            }
            let date = s.date.as_ref().map(|d| self.date(s_path, d));
            sources_out.push(Source {
                id: s.id.value.clone(),
                number: s.number.as_ref().map(|n| n.value.clone()),
                date,
                grade: s.grade.value.clone(),
                loc,
            });
        }

        // Sections and items.
        let scope = Scope {
            questions: &questions_out,
            index: &index,
        };
        let mut sections_out: Vec<Section> = Vec::new();
        for s in &checklist.sections {
            let loc = Loc::new(c_path, line(s));
            if !is_snake_id(&s.value) {
                self.problem(
                    Problem::new("bad-id")
                        .at(loc.clone())
                        .arg("id", &s.value)
                        .arg("style", "lower_snake_case"),
                );
            }
            if sections_out.iter().any(|x| x.id == s.value) {
                self.problem(
                    Problem::new("duplicate-id")
                        .at(loc)
                        .arg("id", &s.value)
                        .arg("first", 0),
                );
                continue;
            }
            sections_out.push(Section {
                id: s.value.clone(),
                loc,
            });
        }
        for required in REQUIRED_SECTIONS {
            if !sections_out.iter().any(|s| s.id == required) {
                self.problem(
                    Problem::new("section-missing")
                        .at(Loc::file(c_path))
                        .arg("section", required),
                );
            }
        }
        let mut items_out: Vec<Item> = Vec::new();
        let mut item_ids: HashSet<String> = HashSet::new();
        for raw in &checklist.items {
            let it = &raw.value;
            let loc = Loc::new(c_path, line(&it.id));
            if !is_kebab_id(&it.id.value) {
                self.problem(
                    Problem::new("bad-id")
                        .at(loc.clone())
                        .arg("id", &it.id.value)
                        .arg("style", "lower-kebab-case"),
                );
            }
            if !item_ids.insert(it.id.value.clone()) {
                let first = items_out
                    .iter()
                    .find(|x| x.id == it.id.value)
                    .map_or(0, |x| x.loc.line);
                self.problem(
                    Problem::new("duplicate-id")
                        .at(loc)
                        .arg("id", &it.id.value)
                        .arg("first", first),
                );
                continue;
            }
            let section = match sections_out.iter().position(|s| s.id == it.section.value) {
                Some(i) => i,
                None => {
                    let known: Vec<_> = sections_out.iter().map(|s| s.id.as_str()).collect();
                    self.problem(
                        Problem::new("unknown-section")
                            .at(Loc::new(c_path, line(&it.section)))
                            .arg("section", &it.section.value)
                            .arg("known", known.join(", ")),
                    );
                    continue;
                }
            };
            let when = it
                .when
                .as_ref()
                .and_then(|c| scope.condition(c_path, c, &mut self.problems));
            if it.sources.is_empty() {
                self.problem(
                    Problem::new("item-without-sources")
                        .at(loc.clone())
                        .arg("item", &it.id.value),
                );
            }
            let mut refs = Vec::new();
            for s in &it.sources {
                let (id, article) = match s.value.split_once('#') {
                    Some((id, art)) => (id, Some(art.to_owned())),
                    None => (s.value.as_str(), None),
                };
                match sources_out.iter().position(|x| x.id == id) {
                    Some(i) if article.as_deref().is_none_or(|a| !a.trim().is_empty()) => {
                        refs.push(SourceRef { source: i, article });
                    }
                    _ => self.problem(
                        Problem::new("unknown-source")
                            .at(Loc::new(c_path, line(s)))
                            .arg("source", &s.value),
                    ),
                }
            }
            let when_loc = it
                .when
                .as_ref()
                .map_or(loc.clone(), |w| Loc::new(c_path, line(w)));
            items_out.push(Item {
                id: it.id.value.clone(),
                section,
                when,
                sources: refs,
                local: it.local,
                loc,
                when_loc,
            });
        }

        Content {
            version: meta.content_version.value.trim().to_owned(),
            reviewed,
            start,
            questions: questions_out,
            sections: sections_out,
            items: items_out,
            sources: sources_out,
            question_index: index,
        }
    }

    fn date(&mut self, file: &str, s: &Spanned<String>) -> NaiveDate {
        match NaiveDate::parse_from_str(s.value.trim(), "%Y-%m-%d") {
            Ok(d) => d,
            Err(_) => {
                self.problem(
                    Problem::new("bad-date")
                        .at(Loc::new(file, line(s)))
                        .arg("value", &s.value),
                );
                NaiveDate::default()
            }
        }
    }
}

/// What a condition may refer to.
struct Scope<'a> {
    questions: &'a [Question],
    index: &'a HashMap<String, usize>,
}

impl Scope<'_> {
    fn question(&self, id: &str, loc: &Loc, problems: &mut Vec<Problem>) -> Option<&Question> {
        let q = self.index.get(id).map(|&i| &self.questions[i]);
        if q.is_none() {
            problems.push(
                Problem::new("unknown-question")
                    .at(loc.clone())
                    .arg("question", id),
            );
        }
        q
    }

    /// Turns a raw condition into a typed one, or records why it cannot.
    fn condition(
        &self,
        file: &str,
        raw: &Spanned<RawCondition>,
        problems: &mut Vec<Problem>,
    ) -> Option<Condition> {
        let loc = Loc::new(file, line(raw));
        let c = &raw.value;
        let forms = [
            c.all.is_some(),
            c.any.is_some(),
            c.not.is_some(),
            c.answer.is_some(),
            c.answered.is_some(),
            c.fact.is_some(),
        ]
        .iter()
        .filter(|&&b| b)
        .count();
        let stray = ((c.within.is_some() || c.includes.is_some()) && c.answer.is_none())
            || (c.within.is_some() && c.includes.is_some())
            || ((c.min.is_some() || c.max.is_some() || c.is.is_some()) && c.fact.is_none());
        if forms != 1 || stray {
            problems.push(Problem::new("condition-shape").at(loc));
            return None;
        }
        let list = |items: &Vec<Spanned<RawCondition>>,
                    problems: &mut Vec<Problem>|
         -> Option<Vec<Condition>> {
            if items.is_empty() {
                problems.push(Problem::new("condition-empty-list").at(loc.clone()));
                return None;
            }
            let built: Vec<_> = items
                .iter()
                .map(|i| self.condition(file, i, problems))
                .collect();
            built.into_iter().collect()
        };
        if let Some(items) = &c.all {
            return list(items, problems).map(Condition::All);
        }
        if let Some(items) = &c.any {
            return list(items, problems).map(Condition::Any);
        }
        if let Some(inner) = &c.not {
            return self
                .condition(file, inner, problems)
                .map(|c| Condition::Not(Box::new(c)));
        }
        if let Some(question) = &c.answer {
            let q = self.question(question, &loc, problems)?;
            let multi = q.kind == QuestionKind::Multi;
            let options = match (&c.within, &c.includes) {
                (Some(options), None) if !multi => options,
                (None, Some(options)) if multi => options,
                (Some(_), None) | (None, Some(_)) => {
                    // `in` reads one answer, `includes` a set: say which this question takes.
                    let code = if multi {
                        "condition-multi-in"
                    } else {
                        "condition-includes-single"
                    };
                    problems.push(Problem::new(code).at(loc).arg("question", question));
                    return None;
                }
                _ => {
                    problems.push(Problem::new("condition-shape").at(loc));
                    return None;
                }
            };
            if q.kind == QuestionKind::Month {
                problems.push(
                    Problem::new("condition-month-options")
                        .at(loc)
                        .arg("question", question),
                );
                return None;
            }
            let mut ok = !options.is_empty();
            if options.is_empty() {
                problems.push(Problem::new("condition-empty-list").at(loc.clone()));
            }
            for o in options {
                if !q.has_option(o) {
                    ok = false;
                    problems.push(
                        Problem::new("unknown-option")
                            .at(loc.clone())
                            .arg("question", question)
                            .arg("option", o)
                            .arg("known", q.options.join(", ")),
                    );
                }
            }
            return ok.then(|| {
                if multi {
                    Condition::Includes {
                        question: question.clone(),
                        options: options.clone(),
                    }
                } else {
                    Condition::AnswerIn {
                        question: question.clone(),
                        options: options.clone(),
                    }
                }
            });
        }
        if let Some(question) = &c.answered {
            self.question(question, &loc, problems)?;
            return Some(Condition::Answered {
                question: question.clone(),
            });
        }
        let name = c.fact.as_deref().unwrap_or_default();
        let Some(fact) = Fact::from_name(name) else {
            let known = Fact::condition_names();
            problems.push(
                Problem::new("unknown-fact")
                    .at(loc)
                    .arg("fact", name)
                    .arg("known", known.join(", ")),
            );
            return None;
        };
        match (fact.kind(), c.is, c.min, c.max) {
            (FactKind::Bool, Some(value), None, None) => Some(Condition::FactIs { fact, value }),
            (FactKind::Number, None, min, max) if min.is_some() || max.is_some() => {
                if let (Some(lo), Some(hi)) = (min, max)
                    && lo > hi
                {
                    problems.push(
                        Problem::new("condition-empty-range")
                            .at(loc)
                            .arg("min", lo)
                            .arg("max", hi),
                    );
                    return None;
                }
                Some(Condition::FactRange { fact, min, max })
            }
            (kind, ..) => {
                let expected = match kind {
                    FactKind::Bool => "is: true|false",
                    FactKind::Number => "min: N and/or max: N",
                    _ => "-",
                };
                problems.push(
                    Problem::new("condition-fact-type")
                        .at(loc)
                        .arg("fact", name)
                        .arg("expected", expected),
                );
                None
            }
        }
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

    #[test]
    fn id_styles() {
        assert!(is_snake_id("gap_start"));
        assert!(!is_snake_id("Gap"));
        assert!(!is_snake_id("gap-start"));
        assert!(!is_snake_id(""));
        assert!(is_kebab_id("apply-online-2"));
        assert!(!is_kebab_id("apply_online"));
    }
}
