//! Answers given all at once: an answers file (YAML) and `--answer ID=VALUE` flags.
//!
//! Every value is checked against the content: unknown questions, unknown options,
//! impossible months and gaps are refused with a message that lists what is accepted.

use crate::engine::answers::{AnswerValue, Answers, NO_MONTH};
use crate::engine::check::{accepted, check_answers, unknown_question};
use crate::engine::condition::Condition;
use crate::engine::content::{Content, Question, QuestionKind, Target};
use crate::engine::facts::{Facts, GAP_MONTHS, GAP_START, gap_start_from_months};
use crate::engine::files::read_text_limited;
use crate::engine::flow::{Walk, accepts, fits, walk};
use crate::engine::month::{MonthParseError, YearMonth};
use crate::engine::problem::{Loc, Problem};
use crate::engine::{text_safety, yaml};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::{BTreeMap, BTreeSet};
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
    #[serde(default)]
    content_version: Option<String>,
    answers: BTreeMap<String, Spanned<Scalar>>,
}

/// An answers file as read: its answers and, in the saved shape, the content version it
/// was saved with (answers from another version are still checked like any others, but
/// the person is told; see `cli`).
#[derive(Clone, Debug)]
pub struct AnswersFile {
    /// The file's name as shown in messages.
    pub path: String,
    pub answers: Vec<RawAnswer>,
    pub content_version: Option<String>,
}

/// Reads an answers file.
pub fn read_answers_file(path: &Path) -> Result<AnswersFile, Problem> {
    let file = read_text_limited(path, MAX_ANSWERS_BYTES)?;
    let (answers, content_version) = parse_answers(&file.path, &file.text)?;
    Ok(AnswersFile {
        path: file.path,
        answers,
        content_version,
    })
}

/// Parses answers YAML; `file` names it in errors.
pub fn parse_answers_text(file: &str, text: &str) -> Result<Vec<RawAnswer>, Problem> {
    parse_answers(file, text).map(|(answers, _)| answers)
}

/// Parses answers YAML: the answers and the content version of the saved shape.
fn parse_answers(file: &str, text: &str) -> Result<(Vec<RawAnswer>, Option<String>), Problem> {
    // The one unsafe-text rule: the raw lines, then every key and value after escapes.
    // (A blank text has no values, so its only possible problems are raw ones.)
    let mut unsafe_text = Vec::new();
    yaml::check_text(file, text, &mut unsafe_text);
    if let Some(p) = unsafe_text.into_iter().next() {
        return Err(p);
    }
    if text.trim().is_empty() {
        return Err(Problem::new("answers-empty").at(Loc::file(file)));
    }
    // Two shapes: a flat map of answers, or the saved shape with `answers:` (a question
    // can never be called "answers", so the key tells them apart).
    let saved = text.lines().any(|l| l.starts_with("answers:"));
    let (map, version): (BTreeMap<String, Spanned<Scalar>>, _) = if saved {
        let saved = yaml::parse::<SavedAnswers>(file, text)?;
        (saved.answers, saved.content_version)
    } else {
        (yaml::parse(file, text)?, None)
    };
    let answers = map
        .into_iter()
        .map(|(id, v)| {
            let line = yaml::line(&v);
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
        .collect();
    Ok((answers, version))
}

/// Parses one `ID=VALUE` flag.
pub fn parse_answer_flag(flag: &str) -> Result<RawAnswer, Problem> {
    if let Some(c) = text_safety::first_forbidden(flag) {
        return Err(Problem::control_character(Loc::file("--answer"), c));
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
    let (answers, problems) = resolve_partial(content, raw, today);
    if problems.is_empty() {
        Ok(answers)
    } else {
        Err(problems)
    }
}

/// [`resolve`], keeping the answers that could be used next to the problems with the
/// others, so the caller can also say what is missing in the same run.
pub fn resolve_partial(
    content: &Content,
    raw: &[RawAnswer],
    today: NaiveDate,
) -> (Answers, Vec<Problem>) {
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
    (answers, problems)
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
/// path, is a problem; all of them are reported at once (see [`path_problems`]).
pub fn complete(
    content: &Content,
    answers: &mut Answers,
    today: NaiveDate,
) -> Result<(Walk, Vec<String>), Vec<Problem>> {
    let mut defaulted = Vec::new();
    loop {
        let w = walk(content, answers, today);
        let Some(q) = w.pending else {
            return Ok((w, defaulted));
        };
        let question = &content.questions[q];
        match answers.get(&question.id) {
            None if question.optional && !defaulted.contains(&question.id) => {
                answers.set(&question.id, default_answer(question));
                defaulted.push(question.id.clone());
            }
            _ => return Err(path_problems(content, answers, today, &BTreeSet::new())),
        }
    }
}

/// The documented default of an optional question: "none".
fn default_answer(question: &Question) -> AnswerValue {
    match question.kind {
        QuestionKind::Multi => AnswerValue::Choices(Vec::new()),
        _ => AnswerValue::NoMonth,
    }
}

/// Branches explored by [`path_problems`] before it settles for what it has found.
const MAX_BRANCHES: usize = 256;

/// A walk that goes on past questions whose answers are missing (or refused), as far as the
/// routing allows.
#[derive(Clone)]
struct Branch {
    on_path: Answers,
    facts: Facts,
    current: Option<usize>,
    /// Questions on this branch without a usable answer, in path order.
    unknown: Vec<usize>,
    steps: usize,
}

/// Every answer the path still needs, at once, so a script is not fixed one run at a time:
/// a required question without an answer (`answer-missing`) or with an option not offered
/// there (`answer-not-offered`).
///
/// The walk goes on past such a question while the routing does not depend on its answer.
/// Where it does (or on a fact, while a month is unknown), every way the routing could go is
/// followed, and only the questions missing on all of them are reported: those are
/// certainly on the path. If some are missing on only some ways, a last problem
/// (`answer-missing-more`) says that more questions may follow, depending on which answer.
/// Questions in `refused` had an answer that was refused (reported already): they are
/// followed like missing ones but not reported again.
pub fn path_problems(
    content: &Content,
    answers: &Answers,
    today: NaiveDate,
    refused: &BTreeSet<String>,
) -> Vec<Problem> {
    let mut problems: BTreeMap<usize, Problem> = BTreeMap::new();
    let mut finished: Vec<Vec<usize>> = Vec::new();
    let mut depends_on: Option<usize> = None;
    let mut branches = 1;
    let mut gave_up = false;
    let empty = Answers::default();
    let mut stack = vec![Branch {
        facts: Facts::derive(&empty, today),
        on_path: empty,
        current: Some(content.start),
        unknown: Vec::new(),
        steps: 0,
    }];
    'branches: while let Some(mut b) = stack.pop() {
        while let Some(q) = b.current {
            b.steps += 1;
            // The validator rejects cycles; this keeps hand-made content from hanging.
            if b.steps > content.questions.len() {
                break;
            }
            let question = &content.questions[q];
            match answers.get(&question.id) {
                Some(v)
                    if accepts(content, q, v, &b.on_path, &b.facts)
                        || (fits(content, q, v) && offer_unknown(content, q, &b.unknown)) =>
                {
                    b.on_path.set(&question.id, v.clone());
                    b.facts = Facts::derive(&b.on_path, today);
                }
                Some(v) if fits(content, q, v) => {
                    problems.entry(q).or_insert_with(|| {
                        Problem::new("answer-not-offered")
                            .arg("question", &question.id)
                            .arg("value", v.to_string())
                            .arg("known", offered_list(question, &b.on_path, &b.facts))
                    });
                    b.unknown.push(q);
                }
                None if refused.contains(&question.id) => b.unknown.push(q),
                None if question.optional => {
                    b.on_path.set(&question.id, default_answer(question));
                    b.facts = Facts::derive(&b.on_path, today);
                }
                _ => {
                    problems
                        .entry(q)
                        .or_insert_with(|| missing_answer(content, q, &b.on_path, &b.facts));
                    b.unknown.push(q);
                }
            }
            match next_ways(content, q, &b) {
                Ways::One(next) => b.current = next,
                Ways::Several(targets, cause) => {
                    depends_on.get_or_insert(cause);
                    if branches + targets.len() > MAX_BRANCHES {
                        // Enough: what this branch found so far still counts.
                        gave_up = true;
                        break;
                    }
                    branches += targets.len();
                    for t in targets {
                        let mut fork = b.clone();
                        fork.current = t;
                        stack.push(fork);
                    }
                    continue 'branches;
                }
            }
        }
        finished.push(b.unknown);
    }
    let certain: Vec<usize> = finished
        .first()
        .map(|first| {
            first
                .iter()
                .copied()
                .filter(|q| finished.iter().all(|f| f.contains(q)))
                .collect()
        })
        .unwrap_or_default();
    let more = gave_up || finished.iter().flatten().any(|q| !certain.contains(q));
    let mut out: Vec<Problem> = certain
        .iter()
        .filter_map(|q| problems.get(q).cloned())
        .collect();
    if more && let Some(q) = depends_on {
        out.push(Problem::new("answer-missing-more").arg("question", &content.questions[q].id));
    }
    out
}

/// Where the routing goes from a question: one way, or several because a rule reads an
/// answer that is not known (the first such question is the cause).
enum Ways {
    One(Option<usize>),
    Several(Vec<Option<usize>>, usize),
}

fn next_ways(content: &Content, q: usize, b: &Branch) -> Ways {
    let mut targets: Vec<Option<usize>> = Vec::new();
    let mut cause = None;
    for route in &content.questions[q].routes {
        let to = match route.target {
            Target::Question(i) => Some(i),
            Target::End => None,
        };
        let taken = match &route.when {
            None => true,
            Some(c) => match unknown_read(c, content, &b.unknown) {
                Some(u) => {
                    // Might be taken: a way to follow, and the rules after it too.
                    cause.get_or_insert(u);
                    if !targets.contains(&to) {
                        targets.push(to);
                    }
                    continue;
                }
                None => c.holds(&b.on_path, &b.facts),
            },
        };
        if taken {
            if !targets.contains(&to) {
                targets.push(to);
            }
            break;
        }
    }
    match (targets.len(), cause) {
        (0, _) => Ways::One(None),
        (1, _) | (_, None) => Ways::One(targets[0]),
        (_, Some(cause)) => Ways::Several(targets, cause),
    }
}

/// The first question in `unknown` whose answer the condition needs: one it reads, or a
/// month question when it reads a fact (facts are derived from the months).
fn unknown_read(c: &Condition, content: &Content, unknown: &[usize]) -> Option<usize> {
    let mut cause = None;
    c.for_each_question(&mut |read| {
        if cause.is_none() {
            cause = unknown.iter().copied().find(|&u| u == read.index);
        }
    });
    cause.or_else(|| {
        reads_fact(c)
            .then(|| {
                unknown
                    .iter()
                    .copied()
                    .find(|&u| content.questions[u].kind == QuestionKind::Month)
            })
            .flatten()
    })
}

fn reads_fact(c: &Condition) -> bool {
    match c {
        Condition::All(list) | Condition::Any(list) => list.iter().any(reads_fact),
        Condition::Not(c) => reads_fact(c),
        Condition::FactRange { .. } | Condition::FactIs { .. } => true,
        Condition::AnswerIn { .. } | Condition::Includes { .. } | Condition::Answered { .. } => {
            false
        }
    }
}

/// True when whether an option of question `q` is offered depends on an unknown answer:
/// then a given answer is taken as it is, neither refused nor vouched for.
fn offer_unknown(content: &Content, q: usize, unknown: &[usize]) -> bool {
    content.questions[q]
        .option_when
        .iter()
        .flatten()
        .any(|c| unknown_read(c, content, unknown).is_some())
}

fn offered_list(question: &Question, on_path: &Answers, facts: &Facts) -> String {
    let ids: Vec<&str> = question
        .offered(on_path, facts)
        .into_iter()
        .map(|i| question.options[i].as_str())
        .collect();
    ids.join(", ")
}

/// The problem for a question on the path that has no answer. `question` and `id` are both
/// the question's id; `cli` may show `question` with the question's words.
pub fn missing_answer(
    content: &Content,
    question: usize,
    on_path: &Answers,
    facts: &Facts,
) -> Problem {
    let q = &content.questions[question];
    let accepted = match q.kind {
        QuestionKind::Month if q.id == GAP_START => format!("YYYY-MM ({GAP_MONTHS}=N)"),
        QuestionKind::Month if q.optional => format!("YYYY-MM, {NO_MONTH}"),
        QuestionKind::Month => "YYYY-MM".to_owned(),
        QuestionKind::Multi => format!("{}, {NO_MONTH}", offered_list(q, on_path, facts)),
        _ => offered_list(q, on_path, facts),
    };
    Problem::new("answer-missing")
        .arg("question", &q.id)
        .arg("id", &q.id)
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

    #[test]
    fn every_missing_answer_certainly_on_the_path_is_reported() {
        let g = crate::guide::Guide::embedded().unwrap();
        let today = "2026-11-22".parse().unwrap();
        let problems = |flags: &[&str]| -> Vec<(&'static str, String)> {
            let raw: Vec<_> = flags
                .iter()
                .map(|f| parse_answer_flag(f).unwrap())
                .collect();
            let mut answers = resolve(&g.content, &raw, today).unwrap();
            complete(&g.content, &mut answers, today)
                .err()
                .unwrap_or_default()
                .into_iter()
                .map(|p| (p.code, p.get("question").unwrap_or("").to_owned()))
                .collect()
        };
        let missing = |q: &str| ("answer-missing", q.to_owned());
        // The routing after the gap depends on its length: plan is on every way, city is not.
        assert_eq!(
            problems(&["reason=resigned"]),
            [
                missing("gap_start"),
                missing("plan"),
                ("answer-missing-more", "gap_start".into())
            ]
        );
        // Known routing: everything missing, and no hint of more.
        assert_eq!(
            problems(&["reason=resigned", "gap_start=2026-09", "plan=flexible"]),
            [missing("city"), missing("gap_medical")]
        );
        // An option not offered is reported with the missing answers after it.
        assert_eq!(
            problems(&["reason=resigned", "gap_start=2026-09", "plan=same_employer"])[0].0,
            "answer-not-offered"
        );
        assert!(
            problems(&[
                "reason=resigned",
                "gap_start=2026-09",
                "plan=flexible",
                "city=same",
                "gap_medical=no"
            ])
            .is_empty()
        );
    }
}
