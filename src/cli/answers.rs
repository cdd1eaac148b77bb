//! Answers given on the command line: an answers file (`--answers`), `--answer ID=VALUE`
//! flags and resume codes (`--resume`). `checklist` refuses what it cannot use, since a
//! script cannot answer again; the guide asks those questions again instead.

use super::args::ChecklistArgs;
use super::context::Context;
use crate::batch::{self, AnswersFile, RawAnswer};
use crate::engine::answers::Answers;
use crate::engine::check::Refused;
use crate::engine::facts::{GAP_MONTHS, GAP_START};
use crate::engine::problem::{Loc, Problem};
use crate::exit::{EXIT_USAGE, Failure};
use crate::guide::Guide;
use crate::i18n::Lang;
use chrono::NaiveDate;
use std::path::Path;

/// Answers the wizard or plain mode starts with, and a notice to show about them.
pub(crate) struct StartingAnswers {
    pub answers: Answers,
    pub notice: Option<Problem>,
    /// Answers in a resume code that could not be used, and why (their questions are asked
    /// again).
    pub dropped: Vec<Refused>,
}

impl StartingAnswers {
    /// Answers that were all usable: nothing to tell the person about them.
    fn without_notice(answers: Answers) -> Self {
        StartingAnswers {
            answers,
            notice: None,
            dropped: Vec::new(),
        }
    }
}

/// The answers `--answers FILE` or `--resume CODE` give the guide, or none.
pub(super) fn starting_answers(
    guide: &Guide,
    ctx: &Context,
    answers_file: Option<&Path>,
    resume: Option<&str>,
) -> Result<StartingAnswers, Failure> {
    if let Some(path) = answers_file {
        let file = read_answers_file(guide, ctx, path)?;
        let answers = batch::resolve(&guide.content, &file.answers, ctx.today)
            .map_err(|p| usage_failure(guide, ctx.lang, p))?;
        return Ok(StartingAnswers::without_notice(answers));
    }
    if let Some(code) = resume {
        return from_resume_code(guide, code, ctx.today).map_err(|p| Failure::one(EXIT_USAGE, p));
    }
    Ok(StartingAnswers::without_notice(Answers::default()))
}

/// Decodes a resume code for the wizard or plain mode. Answers that cannot be used today
/// are left out and asked again, with a notice: the person is there to answer, and keeps
/// everything else. (Batch mode refuses such a code instead; see [`checklist_answers`].)
fn from_resume_code(
    guide: &Guide,
    code: &str,
    today: NaiveDate,
) -> Result<StartingAnswers, Problem> {
    let r = crate::resume::decode(&guide.content, code, today)?;
    Ok(StartingAnswers {
        answers: r.answers,
        notice: crate::resume::ask_again_notice(&r.ask_again),
        dropped: r.ask_again,
    })
}

/// The raw answers for `checklist`, in the order later ones override earlier ones: the
/// resume code, then the answers file, then `--answer` flags.
pub(super) fn checklist_answers(
    guide: &Guide,
    ctx: &Context,
    args: &ChecklistArgs,
) -> Result<Vec<RawAnswer>, Failure> {
    let given = file_and_flag_answers(guide, ctx, args)?;
    let mut raw = match &args.resume {
        Some(code) => resume_code_answers(guide, ctx, code, &given)?,
        None => Vec::new(),
    };
    raw.extend(given);
    Ok(raw)
}

/// A resume code's answers for a script, which cannot answer again: an answer in the code
/// that cannot be used is an error, unless `given` answers it anew (flags override the code).
fn resume_code_answers(
    guide: &Guide,
    ctx: &Context,
    code: &str,
    given: &[RawAnswer],
) -> Result<Vec<RawAnswer>, Failure> {
    let r = crate::resume::decode(&guide.content, code, ctx.today)
        .map_err(|p| Failure::one(EXIT_USAGE, p))?;
    let unusable: Vec<Problem> = r
        .ask_again
        .into_iter()
        .filter(|refused| !given.iter().any(|g| question_of(&g.id) == refused.question))
        .map(|refused| refused.problem.at(Loc::file("--resume")))
        .collect();
    if !unusable.is_empty() {
        return Err(usage_failure(guide, ctx.lang, unusable));
    }
    Ok(r.answers
        .iter()
        .map(|(id, v)| RawAnswer {
            id: id.to_owned(),
            value: v.to_string(),
            loc: Loc::file("--resume"),
        })
        .collect())
}

/// The question a raw answer answers: `gap_months=N` answers the first unpaid month.
pub(super) fn question_of(id: &str) -> &str {
    if id == GAP_MONTHS { GAP_START } else { id }
}

/// Collects the raw answers from `--answers` and `--answer`.
fn file_and_flag_answers(
    guide: &Guide,
    ctx: &Context,
    args: &ChecklistArgs,
) -> Result<Vec<RawAnswer>, Failure> {
    let mut raw = Vec::new();
    if let Some(path) = &args.answers {
        raw = read_answers_file(guide, ctx, path)?.answers;
    }
    let mut problems = Vec::new();
    for flag in &args.answer {
        match batch::parse_answer_flag(flag) {
            Ok(r) => raw.push(r),
            Err(p) => problems.push(p),
        }
    }
    if problems.is_empty() {
        Ok(raw)
    } else {
        Err(Failure::new(EXIT_USAGE, problems))
    }
}

/// Reads an answers file: a file that cannot be read is an I/O error, a bad one a usage
/// error, with hints about answers files (not about content). A file saved with another
/// content version gets a note on standard error.
fn read_answers_file(guide: &Guide, ctx: &Context, path: &Path) -> Result<AnswersFile, Failure> {
    let file = batch::read_answers_file(path).map_err(|p| {
        Failure::reading(EXIT_USAGE, vec![p])
            .naming_file("answers-file-missing", "answers-yaml-syntax")
    })?;
    if let Some(note) = answers_version_note(guide, &file) {
        ctx.report(&[note]);
    }
    Ok(file)
}

/// A note when an answers file was saved with another content version: its answers are
/// checked like any others, but questions or options may have changed meaning since.
fn answers_version_note(guide: &Guide, file: &AnswersFile) -> Option<Problem> {
    let saved = file.content_version.as_deref()?;
    (saved != guide.content.version).then(|| {
        Problem::new("note-answers-version")
            .at(Loc::file(file.path.clone()))
            .arg("saved", saved)
            .arg("current", &guide.content.version)
    })
}

/// Answers that were refused: a usage error (2), naming each question by id and words.
pub(super) fn usage_failure(guide: &Guide, lang: Lang, problems: Vec<Problem>) -> Failure {
    Failure::new(EXIT_USAGE, with_question_words(guide, lang, problems))
}

/// Batch messages name questions by id, which scripts rely on; the question's words follow,
/// so a person reads them too: "gap_start (First unpaid month)".
fn with_question_words(guide: &Guide, lang: Lang, problems: Vec<Problem>) -> Vec<Problem> {
    problems
        .into_iter()
        .map(|p| match p.get("question") {
            Some(id) if guide.content.question(id).is_some() => {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("id", id.to_owned());
                args.set(
                    "label",
                    crate::checklist::question_label(&guide.locales, lang, id),
                );
                let named = guide.locales.fmt(lang, "ui-question-named", Some(&args));
                p.set("question", named)
            }
            _ => p,
        })
        .collect()
}
