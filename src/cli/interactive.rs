//! Starting the guide itself (no subcommand): the full-screen wizard, or plain mode when
//! asked for or when the terminal cannot draw one; kiosk mode only when fully configured.

use super::answers::{StartingAnswers, starting_answers};
use super::args::Cli;
use super::context::Context;
use super::output::stdout_width;
use crate::config::{Config, Mode};
use crate::engine::problem::Problem;
use crate::exit::{EXIT_USAGE, Failure};
use crate::guide::Guide;
use crate::i18n::Lang;
use crate::tui::theme::default_kind;
use std::io::IsTerminal;

/// Runs the guide with the answers from `--answers` or `--resume`. `kiosk_problems` are the
/// configuration's problems with kiosk settings, which matter only in kiosk mode.
pub(super) fn start_guide(
    guide: &Guide,
    ctx: &Context,
    cli: &Cli,
    config: &Config,
    kiosk_problems: Vec<Problem>,
) -> Result<(), Failure> {
    let start = starting_answers(guide, ctx, cli.answers.as_deref(), cli.resume.as_deref())?;
    let mode = if cli.kiosk {
        Mode::Kiosk
    } else if cli.counselor {
        Mode::Counselor
    } else {
        config.mode
    };
    let plain = cli.plain || !full_screen_possible();
    if mode == Mode::Kiosk {
        kiosk_ready(config, kiosk_problems, plain)?;
    }
    if cli.speak && !plain {
        return Err(Failure::one(
            EXIT_USAGE,
            Problem::new("usage-speak-needs-plain"),
        ));
    }
    if plain {
        let mut speaker = match cli.speak {
            true => Some(super::checklist::speaker(config)?),
            false => crate::speak::Speaker::from_config(config),
        };
        if let Some(speaker) = &mut speaker {
            // Without it Ctrl-Z would only stop the guide; the voice would read on. If the
            // signal cannot be watched, Ctrl-Z works as it always does.
            let _ = speaker.stop_when_the_guide_stops();
        }
        let speech = crate::plain::Speech::new(speaker, cli.speak);
        ctx.report(&plain_notices(guide, ctx.lang, &start));
        let stdin = std::io::stdin();
        let stdout = std::io::stdout();
        let start = crate::plain::Start {
            lang: ctx.lang,
            today: ctx.today,
            answers: start.answers,
            width: stdout_width(),
            speech,
        };
        return crate::plain::run_with(guide, start, stdin.lock(), stdout.lock());
    }
    let options = crate::tui::Options {
        lang: ctx.lang,
        today: ctx.today,
        theme: cli
            .theme
            .or(config.theme)
            .unwrap_or_else(|| default_kind(std::env::var_os("NO_COLOR"))),
        borders: cli.borders.unwrap_or(config.borders),
        mouse: !cli.no_mouse,
        mode,
        config: config.clone(),
        answers: start.answers,
        notice: start.notice,
    };
    crate::tui::run(guide, &options)
}

/// Checked before anything starts: a kiosk never runs half-configured, and never falls back
/// to plain mode, where anyone could quit it.
fn kiosk_ready(config: &Config, kiosk_problems: Vec<Problem>, plain: bool) -> Result<(), Failure> {
    let file = config
        .source
        .as_ref()
        .map_or("--kiosk".to_owned(), |p| p.display().to_string());
    let mut problems = kiosk_problems;
    for p in crate::config::check_kiosk(
        &Config {
            mode: Mode::Kiosk,
            ..config.clone()
        },
        &file,
    ) {
        // The configuration's own `mode: kiosk` already reported it.
        if !problems.iter().any(|q| q.code == p.code) {
            problems.push(p);
        }
    }
    if problems.is_empty() && plain {
        problems.push(Problem::new("kiosk-needs-terminal"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Failure::new(EXIT_USAGE, problems))
    }
}

/// Plain mode's notice about a resume code, with the questions named in the person's words.
fn plain_notices(guide: &Guide, lang: Lang, start: &StartingAnswers) -> Vec<Problem> {
    let label = |id: &str| crate::checklist::question_label(&guide.locales, lang, id);
    let mut out = Vec::new();
    if let Some(notice) = &start.notice {
        let names: Vec<String> = start.dropped.iter().map(|r| label(&r.question)).collect();
        out.push(notice.clone().set("questions", names.join(", ")));
    }
    for r in &start.dropped {
        out.push(r.problem.clone().set("question", label(&r.question)));
    }
    out
}

/// The full-screen wizard needs a real terminal on both ends and one that can draw.
fn full_screen_possible() -> bool {
    let dumb = std::env::var("TERM").map_or(true, |t| t.is_empty() || t == "dumb");
    !dumb && std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}
