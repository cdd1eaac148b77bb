//! The command line: reads the arguments and runs one command. Each command is a file
//! here (`checklist.rs`, `questions.rs`, `paths.rs`, `validate.rs`, `config_cmd.rs`,
//! `generate.rs`, and `interactive.rs` for the guide itself); `args.rs` defines what the
//! command line accepts and `help.rs` puts clap's words in the person's language.
//!
//! Exit codes follow sysexits (see [`crate::exit`]): 0 ok, 2 usage or answer errors, 65 bad
//! content (data error), 74 I/O error.

mod answers;
mod args;
mod checklist;
mod config_cmd;
mod context;
mod generate;
mod help;
mod interactive;
mod load;
mod output;
mod paths;
mod questions;
mod validate;

use crate::exit::{EXIT_OK, Failure};
use crate::i18n::{Lang, Locales};
use args::{Cli, Command};
use clap::{CommandFactory, FromArgMatches};
use context::Context;
use load::{guide_files, load_config, load_guide};
use output::print_out;
use std::process::ExitCode;
use std::rc::Rc;

/// Runs the program with the process arguments; returns the exit code.
pub fn main() -> ExitCode {
    crate::atomic::catch_file_size_signal();
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    ExitCode::from(run(args))
}

/// Runs the program with `args` (the program's name first); returns the exit code.
pub fn run(args: Vec<String>) -> u8 {
    let lang = help::prescan_lang(&args)
        .or_else(Lang::from_env)
        .unwrap_or(Lang::Zh);
    let system = Locales::embedded().ok().map(Rc::new);
    let mut ctx = Context {
        lang,
        today: chrono::Local::now().date_naive(),
        system,
    };
    // Help, version and usage errors are all clap has to say, so only they need the command
    // in the person's language; building that costs a tenth of a millisecond at every start.
    let cli = match Cli::command()
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) => return help::clap_outcome(&ctx, &args, e),
    };
    match execute(cli, &mut ctx) {
        Ok(()) => EXIT_OK,
        Err(failure) => {
            ctx.report(&failure.problems);
            failure.code
        }
    }
}

/// Reads what the command needs (configuration, then the guide) and runs it.
fn execute(cli: Cli, ctx: &mut Context) -> Result<(), Failure> {
    ctx.take_flags(&cli)?;
    // `config` checks the configuration itself, so it must not fail on loading it first.
    if let Some(Command::Config { print_default }) = &cli.command {
        return config_cmd::run_config(&cli, ctx, *print_default);
    }
    let (config, kiosk_problems) = load_config(&cli)?;
    if cli.lang.is_none()
        && let Some(lang) = config.language
    {
        ctx.lang = lang;
    }
    let files = guide_files(&cli)?;
    let ctx = &*ctx;
    let guide = || load_guide(&files, &cli, ctx);
    match &cli.command {
        Some(Command::Validate) => validate::run_validate(&files, ctx),
        Some(Command::Checklist(args)) => checklist::run_checklist(&guide()?, ctx, args, &config),
        Some(Command::Questions { format }) => {
            print_out(&questions::questions(&guide()?, ctx.lang, *format))
        }
        Some(Command::Paths {
            format,
            fail_on_truncate,
        }) => paths::run_paths(&guide()?, ctx, *format, *fail_on_truncate),
        Some(Command::Graph) => print_out(&crate::graph::dot(&guide()?.content)),
        Some(Command::Config { .. }) => unreachable!("handled above"),
        Some(Command::Generate { what }) => generate::run_generate(ctx, what),
        None => interactive::start_guide(&guide()?, ctx, &cli, &config, kiosk_problems),
    }
}
