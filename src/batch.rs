//! Answers given all at once: an answers file (YAML) and `--answer ID=VALUE` flags.
//!
//! Every value is checked against the content: unknown questions, unknown options,
//! impossible months and gaps are refused with a message that lists what is accepted.

use crate::engine::answers::{AnswerValue, Answers, NO_MONTH};
use crate::engine::check::{accepted, check_answers, unknown_question};
use crate::engine::content::{Content, Question, QuestionKind};
use crate::engine::facts::{GAP_MONTHS, GAP_START, gap_start_from_months};
use crate::engine::files::read_text_limited;
use crate::engine::flow::{Walk, fits, walk};
use crate::engine::month::{MonthParseError, YearMonth};
use crate::engine::problem::{Loc, Problem};
use crate::engine::{text_safety, yaml};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::BTreeMap;
use std::path::Path;

/// Answers files are tiny; refuse anything large.
pub const MAX_ANSWERS_BYTES: u64 = 64 * 1024;

/// One raw answer and where it came from.
#[derive(Clone, Debug)]
pub struct RawAnswer {
    pub id: String,
    pub value: String,
    pub loc: Loc,
}

/// An answer as written in YAML: a scalar, or a list for a multi-select question.
#[derive(Deserialize)]
#[serde(untagged)]
enum Scalar {
    Int(i64),
    Bool(bool),
    Str(String),
    List(Vec<String>),
}

/// The shape the wizard saves: `answers:` holding the map, `content_version` beside it.
#[derive(Deserialize)]
struct SavedAnswers {
    #[allow(dead_code)]
    #[serde(default)]
    content_version: Option<String>,
    answers: BTreeMap<String, Spanned<Scalar>>,
}

/// Reads an answers file.
pub fn read_answers_file(path: &Path) -> Result<Vec<RawAnswer>, Problem> {
    let file = read_text_limited(path, MAX_ANSWERS_BYTES)?;
    parse_answers_text(&file.path, &file.text)
}

/// Parses answers YAML; `file` names it in errors.
pub fn parse_answers_text(file: &str, text: &str) -> Result<Vec<RawAnswer>, Problem> {
    // The one unsafe-text rule: the raw lines, then every key and value after escapes.
    if let Some(p) = text_safety::first_in_file(file, text) {
        return Err(p);
    }
    if text.trim().is_empty() {
        return Err(Problem::new("answers-empty").at(Loc::file(file)));
    }
    let mut unsafe_values = Vec::new();
    yaml::check_values(file, text, &mut unsafe_values);
    if let Some(p) = unsafe_values.into_iter().next() {
        return Err(p);
    }
    // Two shapes: a flat map of answers, or the saved shape with `answers:` (a question
    // can never be called "answers", so the key tells them apart).
    let saved = text.lines().any(|l| l.starts_with("answers:"));
    let map: BTreeMap<String, Spanned<Scalar>> = if saved {
        yaml::parse::<SavedAnswers>(file, text)?.answers
    } else {
        yaml::parse(file, text)?
    };
    Ok(map
        .into_iter()
        .map(|(id, v)| {
            let line = u32::try_from(v.referenced.line()).unwrap_or(0);
            let value = match v.value {
                Scalar::Int(n) => n.to_string(),
                Scalar::Bool(b) => if b { "yes" } else { "no" }.to_owned(),
                Scalar::Str(s) => s,
                // `[]` is "none of these", like the word `none`.
                Scalar::List(items) if items.is_empty() => NO_MONTH.to_owned(),
                Scalar::List(items) => items.join(","),
            };
            RawAnswer {
                id,
                value,
                loc: Loc::new(file, line),
            }
        })
        .collect())
}

/// Parses one `ID=VALUE` flag.
pub fn parse_answer_flag(flag: &str) -> Result<RawAnswer, Problem> {
    if let Some(c) = text_safety::first_forbidden(flag) {
        return Err(text_safety::problem(Loc::file("--answer"), c));
    }
    match flag.split_once('=') {
        Some((id, value)) if !id.trim().is_empty() => Ok(RawAnswer {
            id: id.trim().to_owned(),
            value: value.trim().to_owned(),
            loc: Loc::file("--answer"),
        }),
        _ => Err(Problem::new("answer-flag-shape").arg("value", flag)),
    }
}

/// Turns raw answers (later ones win) into checked [`Answers`]. Collects every problem.
///
/// Reading a value needs only its question's kind; whether it is a possible answer is
/// [`check_answers`], the check every other way in uses too.
pub fn resolve(
    content: &Content,
    raw: &[RawAnswer],
    today: NaiveDate,
) -> Result<Answers, Vec<Problem>> {
    let mut problems = Vec::new();
    // Later answers override earlier ones (flags override the file).
    let mut last: BTreeMap<&str, &RawAnswer> = BTreeMap::new();
    for r in raw {
        last.insert(&r.id, r);
    }
    if last.contains_key(GAP_MONTHS) && last.contains_key(GAP_START) {
        problems.push(Problem::new("answer-gap-conflict").at(last[GAP_MONTHS].loc.clone()));
    }
    let mut read = Answers::default();
    let mut locs: BTreeMap<&str, &Loc> = BTreeMap::new();
    for (&id, r) in &last {
        if id == GAP_MONTHS {
            match r.value.parse::<u32>() {
                Ok(n) => match gap_start_from_months(n, today) {
                    Ok(start) => {
                        read.set(GAP_START, AnswerValue::Month(start));
                        locs.insert(GAP_START, &r.loc);
                    }
                    Err(p) => problems.push(p.at(r.loc.clone())),
                },
                Err(_) => problems.push(
                    Problem::new("answer-bad-count")
                        .at(r.loc.clone())
                        .arg("value", &r.value),
                ),
            }
            continue;
        }
        let Some(q) = content.question(id) else {
            problems.push(unknown_question(content, id, &[GAP_MONTHS]).at(r.loc.clone()));
            continue;
        };
        match read_value(q, &r.value) {
            Ok(v) => {
                read.set(id, v);
                locs.insert(id, &r.loc);
            }
            Err(p) => problems.push(p.at(r.loc.clone())),
        }
    }
    let (answers, refused) = check_answers(content, &read, today);
    for r in refused {
        let p = match locs.get(r.question.as_str()) {
            Some(&loc) => r.problem.at(loc.clone()),
            None => r.problem,
        };
        problems.push(p);
    }
    if problems.is_empty() {
        Ok(answers)
    } else {
        Err(problems)
    }
}

/// Reads one written value as an answer of the question's kind (not yet checked).
fn read_value(q: &Question, text: &str) -> Result<AnswerValue, Problem> {
    let text = text.trim();
    match q.kind {
        QuestionKind::Choice | QuestionKind::YesNo => Ok(AnswerValue::Choice(text.to_owned())),
        QuestionKind::Multi => q
            .parse_choices(text)
            .map(AnswerValue::Choices)
            .map_err(|unknown| {
                Problem::new("answer-unknown-option")
                    .arg("question", &q.id)
                    .arg("value", unknown)
                    .arg("known", accepted(q))
            }),
        QuestionKind::Month if text.eq_ignore_ascii_case(NO_MONTH) => Ok(AnswerValue::NoMonth),
        QuestionKind::Month => text
            .parse::<YearMonth>()
            .map(AnswerValue::Month)
            .map_err(|e| month_problem(e).arg("question", &q.id).arg("value", text)),
    }
}

pub fn month_problem(e: MonthParseError) -> Problem {
    match e {
        MonthParseError::Format => Problem::new("answer-month-format"),
        MonthParseError::MonthOutOfRange(m) => Problem::new("answer-month-range").arg("month", m),
        MonthParseError::YearOutOfRange(y) => Problem::new("answer-year-range").arg("year", y),
    }
}

/// Walks the answers to the end of the path. An optional question left unanswered takes its
/// documented default ("none": still not paying, none of these, not known), so scripts
/// written before such a question existed keep working; its id is returned in the list of
/// defaulted answers. A required question with no answer, or an option not offered on this
/// path, is a problem.
pub fn complete(
    content: &Content,
    answers: &mut Answers,
    today: NaiveDate,
) -> Result<(Walk, Vec<String>), Problem> {
    let mut defaulted = Vec::new();
    loop {
        let w = walk(content, answers, today);
        let Some(q) = w.pending else {
            return Ok((w, defaulted));
        };
        let question = &content.questions[q];
        match answers.get(&question.id) {
            Some(value) if fits(content, q, value) => {
                // It fits the question but is not offered to this person.
                return Err(Problem::new("answer-not-offered")
                    .arg("question", &question.id)
                    .arg("value", value.to_string())
                    .arg("known", offered_list(question, &w)));
            }
            None if question.optional && !defaulted.contains(&question.id) => {
                let value = match question.kind {
                    QuestionKind::Multi => AnswerValue::Choices(Vec::new()),
                    _ => AnswerValue::NoMonth,
                };
                answers.set(&question.id, value);
                defaulted.push(question.id.clone());
            }
            _ => return Err(missing_answer(content, q, &w)),
        }
    }
}

fn offered_list(question: &Question, w: &Walk) -> String {
    let ids: Vec<&str> = question
        .offered(&w.on_path, &w.facts)
        .into_iter()
        .map(|i| question.options[i].as_str())
        .collect();
    ids.join(", ")
}

/// The problem for the first question on the path that has no answer.
pub fn missing_answer(content: &Content, question: usize, w: &Walk) -> Problem {
    let q = &content.questions[question];
    let accepted = match q.kind {
        QuestionKind::Month if q.id == GAP_START => format!("YYYY-MM ({GAP_MONTHS}=N)"),
        QuestionKind::Month if q.optional => format!("YYYY-MM, {NO_MONTH}"),
        QuestionKind::Month => "YYYY-MM".to_owned(),
        QuestionKind::Multi => format!("{}, {NO_MONTH}", offered_list(q, w)),
        _ => offered_list(q, w),
    };
    Problem::new("answer-missing")
        .arg("question", &q.id)
        .arg("known", accepted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_need_an_equals_sign() {
        assert_eq!(
            parse_answer_flag("plan=flexible").unwrap().value,
            "flexible"
        );
        assert_eq!(parse_answer_flag(" plan = resident ").unwrap().id, "plan");
        assert_eq!(
            parse_answer_flag("plan").unwrap_err().code,
            "answer-flag-shape"
        );
        assert_eq!(
            parse_answer_flag("=x").unwrap_err().code,
            "answer-flag-shape"
        );
    }

    #[test]
    fn answers_files_take_both_shapes_and_keep_lines() {
        let flat = parse_answers_text(
            "a.yaml",
            "reason: resigned\ngap_months: 4\ngap_medical: yes\n",
        )
        .unwrap();
        let by_id = |id: &str| flat.iter().find(|r| r.id == id).unwrap().clone();
        assert_eq!(by_id("gap_months").value, "4");
        assert_eq!(by_id("gap_months").loc.line, 2);
        assert_eq!(by_id("gap_medical").value, "yes");
        let saved = parse_answers_text(
            "s.yaml",
            "content_version: \"1\"\nanswers:\n  plan: flexible\n",
        )
        .unwrap();
        assert_eq!(saved[0].id, "plan");
        assert_eq!(saved[0].loc.line, 3);
    }

    #[test]
    fn answers_files_refuse_junk() {
        assert_eq!(
            parse_answers_text("a.yaml", "").unwrap_err().code,
            "answers-empty"
        );
        assert_eq!(
            parse_answers_text("a.yaml", "- a\n- b\n").unwrap_err().code,
            "yaml-syntax"
        );
        assert_eq!(
            parse_answers_text("a.yaml", "reason: \"\u{1b}[31m\"\n")
                .unwrap_err()
                .code,
            "control-character"
        );
    }
}
