//! `yibao-guide checklist`: the checklist for answers given on the command line, as text,
//! Markdown or JSON, on standard output or in a file. Answers are all given at once, so
//! every problem with them is reported in one run.

use super::answers::{checklist_answers, question_of, usage_failure};
use super::args::ChecklistArgs;
use super::context::Context;
use super::output::{print_out, write_file};
use crate::batch;
use crate::checklist::Checklist;
use crate::config::Config;
use crate::engine::flow::Walk;
use crate::engine::problem::Problem;
use crate::exit::Failure;
use crate::exit::{EXIT_IO, EXIT_USAGE};
use crate::guide::Guide;
use crate::i18n::Lang;
use crate::render::{self, Format};
use crate::speak::Speaker;
use std::collections::BTreeSet;

/// Resolves the answers, saves them if asked, and prints or writes the checklist.
pub(super) fn run_checklist(
    guide: &Guide,
    ctx: &Context,
    args: &ChecklistArgs,
    config: &Config,
) -> Result<(), Failure> {
    let usage = |problems: Vec<Problem>| usage_failure(guide, ctx.lang, problems);
    // Before any work: a checklist that cannot be read aloud is asked for again.
    let speaker = match args.speak {
        true => Some(speaker(config)?),
        false => None,
    };
    let raw = checklist_answers(guide, ctx, args)?;
    let (answers, mut problems) = batch::resolve_partial(&guide.content, &raw, ctx.today);
    if !problems.is_empty() {
        // Also say what is missing, in the same run: the refused answers are not missing,
        // they are wrong, and are not named twice.
        let refused: BTreeSet<String> = raw
            .iter()
            .map(|r| question_of(&r.id))
            .filter(|id| answers.get(id).is_none())
            .map(str::to_owned)
            .collect();
        problems.extend(batch::path_problems(
            &guide.content,
            &answers,
            ctx.today,
            &refused,
        ));
        return Err(usage(problems));
    }
    if let Some(path) = &args.save {
        write_file(path, &crate::save::answers_yaml(&guide.content, &answers))?;
    }
    let mut answers = answers;
    let (w, defaulted) = batch::complete(&guide.content, &mut answers, ctx.today).map_err(usage)?;
    let mut checklist = Checklist::build(guide, ctx.lang, &answers, &w).with_office(
        config.office.as_ref(),
        &guide.locales,
        ctx.lang,
    );
    checklist.defaulted_answers = defaulted;
    // JSON lists these in the output; for people, a note on stderr keeps stdout clean.
    if args.format != Format::Json {
        if !checklist.defaulted_answers.is_empty() {
            let p = Problem::new("note-defaulted-answers")
                .arg("ids", checklist.defaulted_answers.join(", "));
            ctx.report(&[p]);
        }
        if !checklist.ignored_answers.is_empty() {
            let p = Problem::new("note-ignored-answers")
                .arg("ids", checklist.ignored_answers.join(", "));
            ctx.report(&[p]);
        }
    }
    let text = render::render(
        &checklist,
        &guide.locales,
        ctx.lang,
        args.format,
        args.width,
        None,
    );
    match &args.output {
        Some(path) => write_file(path, &text),
        None => print_out(&text),
    }?;
    match speaker {
        Some(speaker) => read_aloud(speaker, guide, ctx.lang, &w, &checklist),
        None => Ok(()),
    }
}

/// The configured voice, for `--speak`; a usage error without `speak_command`.
pub(super) fn speaker(config: &Config) -> Result<Speaker, Failure> {
    Speaker::from_config(config)
        .ok_or_else(|| Failure::one(EXIT_USAGE, Problem::new("usage-speak-needs-command")))
}

/// Reads the whole checklist and waits until it has been said (the program ending would
/// cut it off; Ctrl-C stops both, and Ctrl-Z stops the reading before the program). A failed
/// reading is an I/O failure: the checklist itself was printed.
fn read_aloud(
    mut speaker: Speaker,
    guide: &Guide,
    lang: Lang,
    w: &Walk,
    checklist: &Checklist,
) -> Result<(), Failure> {
    let said = crate::speak::text::checklist(guide, lang, w, checklist);
    // If the signal cannot be watched, Ctrl-Z works as it always does.
    let _ = speaker.stop_when_the_guide_stops();
    speaker
        .speak(lang, &said)
        .map_err(|p| Failure::one(EXIT_IO, p))?;
    while speaker.is_speaking() {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    match speaker.poll() {
        Some(p) => Err(Failure::one(EXIT_IO, p)),
        None => Ok(()),
    }
}
