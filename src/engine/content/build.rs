//! Loading: the content files are parsed into their raw shapes, then built into the typed
//! model one part at a time (meta, questions, routes, start, sources, sections, items),
//! collecting every problem instead of stopping at the first.
//!
//! The parts are built in this order because later ones refer to earlier ones: routes and
//! conditions to questions, items to sections and sources. Problems are reported in the
//! same order, which the tests of error output rely on.

use super::builder::Builder;
use super::conditions::Scope;
use super::model::{Content, Item, REQUIRED_SECTIONS, Section, Source, SourceRef};
use super::questions::attach_routing;
use super::raw::{RawChecklist, RawItem, RawMeta, RawQuestions, RawSource, RawSources};
use crate::engine::files::{CONTENT_FILES, TextFile};
use crate::engine::problem::{Loc, Problem};
use crate::engine::yaml::{self, line};
use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde_saphyr::Spanned;
use std::collections::{HashMap, HashSet};

impl Content {
    /// Parses and checks the content files; returns every problem found.
    pub fn load(files: &[TextFile]) -> Result<Content, Vec<Problem>> {
        let mut problems = Vec::new();
        for file in files {
            yaml::check_text(&file.path, &file.text, &mut problems);
        }
        let meta = parse::<RawMeta>(files, "meta.yaml", &mut problems);
        let questions = parse::<RawQuestions>(files, "questions.yaml", &mut problems);
        let checklist = parse::<RawChecklist>(files, "checklist.yaml", &mut problems);
        let sources = parse::<RawSources>(files, "sources.yaml", &mut problems);
        for name in CONTENT_FILES {
            if !files.iter().any(|f| f.name == name) {
                problems
                    .push(Problem::new("file-missing").at(Loc::file(format!("content/{name}"))));
            }
        }
        let (Some(meta), Some(questions), Some(checklist), Some(sources)) =
            (meta, questions, checklist, sources)
        else {
            return Err(problems);
        };
        let mut builder = Builder {
            problems,
            meta_file: &meta.0.path,
            questions_file: &questions.0.path,
            checklist_file: &checklist.0.path,
            sources_file: &sources.0.path,
        };
        let content = builder.build(&meta.1, &questions.1, &checklist.1, &sources.1);
        if builder.problems.is_empty() {
            Ok(content)
        } else {
            Err(builder.problems)
        }
    }
}

/// The file called `name` and its raw shape; `None` when it is missing (reported by the
/// caller) or does not parse (reported here).
fn parse<'f, T: DeserializeOwned>(
    files: &'f [TextFile],
    name: &str,
    problems: &mut Vec<Problem>,
) -> Option<(&'f TextFile, T)> {
    let file = files.iter().find(|f| f.name == name)?;
    match yaml::parse(&file.path, &file.text) {
        Ok(raw) => Some((file, raw)),
        Err(p) => {
            problems.push(p);
            None
        }
    }
}

impl Builder<'_> {
    fn build(
        &mut self,
        meta: &RawMeta,
        questions: &RawQuestions,
        checklist: &RawChecklist,
        sources: &RawSources,
    ) -> Content {
        let reviewed = self.meta(meta);
        // Questions and their options first: everything else refers to them.
        let (mut questions_out, index) = self.questions(questions);
        self.gap_questions(&questions_out, &index);
        let scope = Scope {
            questions: &questions_out,
            index: &index,
        };
        let routing = self.routing(questions, &scope);
        attach_routing(&mut questions_out, &index, routing);
        let start = self.start(meta, &index);
        let sources_out = self.sources(sources);
        let sections = self.sections(checklist);
        let scope = Scope {
            questions: &questions_out,
            index: &index,
        };
        let items = self.items(checklist, &sections, &sources_out, &scope);
        Content {
            version: meta.content_version.value.trim().to_owned(),
            reviewed,
            start,
            questions: questions_out,
            sections,
            items,
            sources: sources_out,
            question_index: index,
        }
    }

    /// `meta.yaml`: the review date (returned) and the content version.
    fn meta(&mut self, meta: &RawMeta) -> NaiveDate {
        let reviewed = self.date(self.meta_file, &meta.reviewed);
        let version = &meta.content_version;
        if version.value.trim().is_empty() || version.value.chars().any(char::is_whitespace) {
            self.problem(
                Problem::new("bad-version")
                    .at(Loc::new(self.meta_file, line(version)))
                    .arg("value", &version.value),
            );
        }
        reviewed
    }

    /// The start question named in `meta.yaml` (the first question if it is unknown).
    fn start(&mut self, meta: &RawMeta, index: &HashMap<String, usize>) -> usize {
        match index.get(&meta.start.value) {
            Some(&i) => i,
            None => {
                self.problem(
                    Problem::new("unknown-question")
                        .at(Loc::new(self.meta_file, line(&meta.start)))
                        .arg("question", &meta.start.value),
                );
                0
            }
        }
    }

    /// `sources.yaml`. A duplicate id is reported and left out.
    fn sources(&mut self, raw: &RawSources) -> Vec<Source> {
        let mut sources: Vec<Source> = Vec::new();
        for s in &raw.sources {
            let s = &s.value;
            let loc = Loc::new(self.sources_file, line(&s.id));
            self.kebab_id(&s.id.value, &loc);
            if let Some(first) = sources.iter().find(|x| x.id == s.id.value) {
                let first = first.loc.line;
                self.problem(
                    Problem::new("duplicate-id")
                        .at(loc)
                        .arg("id", &s.id.value)
                        .arg("first", first),
                );
                continue;
            }
            sources.push(self.source(s, loc));
        }
        sources
    }

    fn source(&mut self, s: &RawSource, loc: Loc) -> Source {
        if !matches!(s.grade.value.as_str(), "A" | "B" | "C" | "B/C") {
            self.problem(
                Problem::new("bad-grade")
                    .at(Loc::new(self.sources_file, line(&s.grade)))
                    .arg("value", &s.grade.value),
            );
        }
        let date = s.date.as_ref().map(|d| self.date(self.sources_file, d));
        Source {
            id: s.id.value.clone(),
            number: s.number.as_ref().map(|n| n.value.clone()),
            date,
            grade: s.grade.value.clone(),
            loc,
        }
    }

    /// The checklist's sections, which must include the [`REQUIRED_SECTIONS`].
    fn sections(&mut self, checklist: &RawChecklist) -> Vec<Section> {
        let mut sections: Vec<Section> = Vec::new();
        for s in &checklist.sections {
            let loc = Loc::new(self.checklist_file, line(s));
            self.snake_id(&s.value, &loc);
            if sections.iter().any(|x| x.id == s.value) {
                self.problem(
                    Problem::new("duplicate-id")
                        .at(loc)
                        .arg("id", &s.value)
                        .arg("first", 0),
                );
                continue;
            }
            sections.push(Section {
                id: s.value.clone(),
                loc,
            });
        }
        for required in REQUIRED_SECTIONS {
            if !sections.iter().any(|s| s.id == required) {
                self.problem(
                    Problem::new("section-missing")
                        .at(Loc::file(self.checklist_file))
                        .arg("section", required),
                );
            }
        }
        sections
    }

    /// The checklist's items. An item with a duplicate id or an unknown section is reported
    /// and left out.
    fn items(
        &mut self,
        checklist: &RawChecklist,
        sections: &[Section],
        sources: &[Source],
        scope: &Scope<'_>,
    ) -> Vec<Item> {
        let mut items: Vec<Item> = Vec::new();
        let mut ids: HashSet<String> = HashSet::new();
        for it in &checklist.items {
            let it = &it.value;
            let loc = Loc::new(self.checklist_file, line(&it.id));
            self.kebab_id(&it.id.value, &loc);
            if !ids.insert(it.id.value.clone()) {
                let first = items
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
            if let Some(section) = self.item_section(it, sections) {
                items.push(self.item(it, section, loc, sources, scope));
            }
        }
        items
    }

    /// The index of an item's section; `None` when it is unknown (reported).
    fn item_section(&mut self, it: &RawItem, sections: &[Section]) -> Option<usize> {
        let found = sections.iter().position(|s| s.id == it.section.value);
        if found.is_none() {
            let known: Vec<_> = sections.iter().map(|s| s.id.as_str()).collect();
            self.problem(
                Problem::new("unknown-section")
                    .at(Loc::new(self.checklist_file, line(&it.section)))
                    .arg("section", &it.section.value)
                    .arg("known", known.join(", ")),
            );
        }
        found
    }

    fn item(
        &mut self,
        it: &RawItem,
        section: usize,
        loc: Loc,
        sources: &[Source],
        scope: &Scope<'_>,
    ) -> Item {
        let when = it
            .when
            .as_ref()
            .and_then(|c| scope.condition(self.checklist_file, c, &mut self.problems));
        if it.sources.is_empty() {
            self.problem(
                Problem::new("item-without-sources")
                    .at(loc.clone())
                    .arg("item", &it.id.value),
            );
        }
        let sources = it
            .sources
            .iter()
            .filter_map(|s| self.source_ref(s, sources))
            .collect();
        let when_loc = it
            .when
            .as_ref()
            .map_or(loc.clone(), |w| Loc::new(self.checklist_file, line(w)));
        Item {
            id: it.id.value.clone(),
            section,
            when,
            sources,
            local: it.local,
            loc,
            when_loc,
        }
    }

    /// A citation `source-id` or `source-id#article`; `None` when the source is unknown or
    /// the article empty (reported).
    fn source_ref(&mut self, s: &Spanned<String>, sources: &[Source]) -> Option<SourceRef> {
        let (id, article) = match s.value.split_once('#') {
            Some((id, art)) => (id, Some(art.to_owned())),
            None => (s.value.as_str(), None),
        };
        match sources.iter().position(|x| x.id == id) {
            Some(i) if article.as_deref().is_none_or(|a| !a.trim().is_empty()) => {
                Some(SourceRef { source: i, article })
            }
            _ => {
                self.problem(
                    Problem::new("unknown-source")
                        .at(Loc::new(self.checklist_file, line(s)))
                        .arg("source", &s.value),
                );
                None
            }
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
