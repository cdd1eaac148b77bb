//! The command line: arguments, subcommands, exit codes and error reporting.
//!
//! Exit codes follow sysexits: 0 ok, 2 usage or answer errors, 65 bad content (data
//! error), 74 I/O error.

use crate::atomic::{Screen, write_atomic};
use crate::batch::{self, RawAnswer};
use crate::checklist::Checklist;
use crate::config::{BorderKind, Config, Mode, ThemeKind};
use crate::engine::check::Refused;
use crate::engine::content::QuestionKind;
use crate::engine::facts::{GAP_MONTHS, GAP_START};
use crate::engine::files::GuideFiles;
use crate::engine::paths::{for_each_path, path_bound};
use crate::engine::problem::{Loc, Problem};
use crate::guide::Guide;
use crate::i18n::{Lang, Locales};
use crate::render::{self, Format};
use crate::tui::theme::default_kind;
use crate::validate::{describe_view, validate};
use chrono::NaiveDate;
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::rc::Rc;

use crate::exit::{EXIT_DATA, EXIT_IO, EXIT_OK, EXIT_USAGE, Failure};

/// `config --print-default` in Chinese: the same keys and values as
/// [`crate::config::DEFAULT_CONFIG`], commented in Chinese (kept in step by a test).
pub const DEFAULT_CONFIG_ZH: &str = include_str!("default_config.zh.yaml");

#[derive(Parser, Debug)]
#[command(
    name = "yibao-guide",
    version,
    about = "Guide for gaps in employee medical insurance (职工医保断缴)"
)]
pub struct Cli {
    /// Language: zh (中文) or en (English); default from LC_ALL / LC_MESSAGES / LANG, else zh.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// Read content YAML from this folder instead of the built-in content.
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,
    /// Read Fluent locales (zh-CN/, en-US/) from this folder instead of the built-in ones.
    #[arg(long, global = true, value_name = "DIR")]
    pub locales: Option<PathBuf>,
    /// Compute dates as if today were this day (YYYY-MM-DD).
    #[arg(long, global = true, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
    /// Line-by-line mode for screen readers, pipes and TERM=dumb.
    #[arg(long)]
    pub plain: bool,
    /// Colours of the full-screen guide (default: mono when NO_COLOR is set).
    #[arg(long, value_enum, value_name = "THEME")]
    pub theme: Option<ThemeKind>,
    /// Border style of the full-screen guide: line, or ascii for terminals that draw
    /// box-drawing characters double width.
    #[arg(long, value_enum, value_name = "STYLE")]
    pub borders: Option<BorderKind>,
    /// Do not capture the mouse (lets the terminal select text).
    #[arg(long)]
    pub no_mouse: bool,
    /// Configuration file (default: $XDG_CONFIG_HOME/yibao-guide/config.yaml if it exists).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Self-service kiosk mode (needs operator_exit in the configuration).
    #[arg(long, conflicts_with = "counselor")]
    pub kiosk: bool,
    /// Counselor mode: answers always visible, read-aloud text, bilingual view.
    #[arg(long)]
    pub counselor: bool,
    /// Open the guide with the answers in this file (saved by the guide or written by hand).
    #[arg(long, value_name = "FILE", conflicts_with = "resume")]
    pub answers: Option<PathBuf>,
    /// Open the guide with the answers in a resume code, e.g. 1BXN-46HM-70PW-FYTP.
    #[arg(long, value_name = "CODE")]
    pub resume: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Print the checklist for answers given in a file or as --answer flags.
    Checklist(ChecklistArgs),
    /// List the questions, their options and help.
    Questions {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Check content and locales; report every problem with file:line.
    Validate,
    /// List every path through the questions with the items it selects.
    Paths {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
        /// Exit with an error (65) when the list stops early because the flow has too many
        /// paths; by default that is a note on standard error.
        #[arg(long)]
        fail_on_truncate: bool,
    },
    /// Write the flow (questions, options, routes, checklist items) as Graphviz DOT.
    Graph,
    /// Show or check the configuration.
    Config {
        /// Print a commented default configuration file.
        #[arg(long)]
        print_default: bool,
    },
    /// Print the manual page or a shell completion script.
    Generate {
        #[command(subcommand)]
        what: Generate,
    },
}

/// What `generate` prints.
#[derive(Subcommand, Debug)]
pub enum Generate {
    /// The manual page (roff) in the chosen language: generate man > yibao-guide.1
    Man,
    /// A completion script: bash, zsh or fish.
    Completions {
        #[arg(value_enum)]
        shell: CompletionShell,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompletionShell {
    Bash,
    Zsh,
    Fish,
}

#[derive(Args, Debug)]
pub struct ChecklistArgs {
    /// YAML file of answers (question id: value).
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,
    /// One answer, e.g. --answer reason=resigned --answer gap_months=4 (repeatable; overrides the file).
    #[arg(long = "answer", value_name = "ID=VALUE")]
    pub answer: Vec<String>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write to this file (atomically) instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Wrap text output to this many columns (CJK-aware). Default: no wrapping.
    #[arg(long, value_name = "COLUMNS", value_parser = width_arg)]
    pub width: Option<usize>,
    /// Take the answers from a resume code (flags still override).
    #[arg(long, value_name = "CODE")]
    pub resume: Option<String>,
    /// Also save the answers to this YAML file (atomically), to open later with --answers.
    #[arg(long, value_name = "FILE")]
    pub save: Option<PathBuf>,
}

/// The narrowest `--width`: below it every few characters would start a new line (and 0
/// would mean no room at all).
pub const MIN_WIDTH: usize = 20;

/// `--width`: a number of columns, at least [`MIN_WIDTH`].
fn width_arg(s: &str) -> Result<usize, String> {
    let n: usize = s
        .trim()
        .parse()
        .map_err(|_| format!("give a number of columns, at least {MIN_WIDTH}"))?;
    if n < MIN_WIDTH {
        return Err(format!(
            "{n} columns is too narrow for a checklist: give at least {MIN_WIDTH}"
        ));
    }
    Ok(n)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

/// What a run needs besides its arguments: the language and the interface text for errors.
pub struct Context {
    pub lang: Lang,
    pub today: NaiveDate,
    /// Built-in locales: used for errors even when `--locales` is broken.
    pub system: Option<Rc<Locales>>,
}

/// `--lang` from the raw arguments, before clap runs, so help and errors can use it.
fn prescan_lang(args: &[String]) -> Option<Lang> {
    let mut iter = args.iter();
    while let Some(a) = iter.next() {
        if a == "--" {
            break;
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Lang::parse(v);
        }
        if a == "--lang" {
            return iter.next().and_then(|v| Lang::parse(v));
        }
    }
    None
}

/// Runs the program with the process arguments; returns the exit code.
pub fn main() -> ExitCode {
    crate::atomic::catch_file_size_signal();
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    ExitCode::from(run(args))
}

pub fn run(args: Vec<String>) -> u8 {
    let lang = prescan_lang(&args)
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
        Err(e) => return clap_outcome(&ctx, &args, e),
    };
    match execute(cli, &mut ctx) {
        Ok(()) => EXIT_OK,
        Err(failure) => {
            report(&ctx, &failure.problems);
            failure.code
        }
    }
}

/// `--version`: the program's version and the built-in content's version and review date
/// (the advice changes with the content, not only with the program).
fn version_line(ctx: &Context) -> String {
    let binary = env!("CARGO_PKG_VERSION");
    let (Some(locales), Ok(guide)) = (&ctx.system, Guide::embedded()) else {
        return binary.to_owned();
    };
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("binary", binary);
    args.set("content", guide.content.version.clone());
    args.set("reviewed", locales.date(ctx.lang, guide.content.reviewed));
    locales.fmt(ctx.lang, "cli-version-line", Some(&args))
}

/// `generate man` and `generate completions SHELL`: from the same localized command as
/// `--help`.
fn run_generate(ctx: &Context, what: &Generate) -> Result<(), Failure> {
    let cmd = localized_command(ctx);
    let bytes = match what {
        Generate::Man => {
            let Some(l) = &ctx.system else {
                return Err(Failure::one(EXIT_DATA, Problem::new("locale-missing")));
            };
            let t = |id: &str| l.text(ctx.lang, id);
            let extras = crate::manual::ManExtras {
                exit_status: (
                    t("man-exit-status"),
                    [EXIT_OK, EXIT_USAGE, EXIT_DATA, EXIT_IO]
                        .into_iter()
                        .map(|code| {
                            let id = match code {
                                EXIT_OK => "man-exit-0",
                                EXIT_USAGE => "man-exit-2",
                                EXIT_DATA => "man-exit-65",
                                _ => "man-exit-74",
                            };
                            (code, t(id))
                        })
                        .collect(),
                ),
                configuration: (
                    t("man-configuration"),
                    t("man-configuration-intro"),
                    match ctx.lang {
                        Lang::Zh => DEFAULT_CONFIG_ZH,
                        Lang::En => crate::config::DEFAULT_CONFIG,
                    }
                    .to_owned(),
                ),
                files: (
                    t("man-files"),
                    vec![
                        (
                            "$XDG_CONFIG_HOME/yibao-guide/config.yaml".to_owned(),
                            t("man-file-config"),
                        ),
                        (
                            "/etc/yibao-guide/config.yaml".to_owned(),
                            t("man-file-kiosk-config"),
                        ),
                        (
                            "/usr/share/doc/yibao-guide/KIOSK.md".to_owned(),
                            t("man-file-kiosk-doc"),
                        ),
                    ],
                ),
            };
            crate::manual::man_page(cmd, &extras)
                .map_err(|e| Failure::one(EXIT_IO, Problem::new("write-failed").arg("error", e)))?
        }
        Generate::Completions { shell } => {
            let shell = match shell {
                CompletionShell::Bash => clap_complete::Shell::Bash,
                CompletionShell::Zsh => clap_complete::Shell::Zsh,
                CompletionShell::Fish => clap_complete::Shell::Fish,
            };
            crate::manual::completions(shell, cmd)
        }
    };
    print_out(&String::from_utf8_lossy(&bytes))
}

/// Prints problems to standard error in the person's language.
pub fn report(ctx: &Context, problems: &[Problem]) {
    let mut err = std::io::stderr().lock();
    for p in problems {
        let line = match &ctx.system {
            Some(l) => l.problem(ctx.lang, p),
            None => p.to_string(),
        };
        let _ = writeln!(err, "{line}");
    }
}

/// Help, version or a command-line error, in the person's language: the help from the
/// localized command, errors in our own words (clap's are English only). `english` is the
/// error the plain command gave, used when the built-in locales are not there.
fn clap_outcome(ctx: &Context, args: &[String], english: clap::Error) -> u8 {
    let Some(locales) = &ctx.system else {
        let _ = english.print();
        return if english.use_stderr() {
            EXIT_USAGE
        } else {
            EXIT_OK
        };
    };
    let mut cmd = localized_command(ctx);
    let e = match cmd.clone().try_get_matches_from(args) {
        // `help [COMMAND]`: the localized command has its own help subcommand.
        Ok(m) => match m.subcommand() {
            Some(("help", sub)) => {
                let path: Vec<String> = sub
                    .get_many::<String>("command")
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect();
                cmd.build();
                let mut target = &mut cmd;
                for name in &path {
                    match target.find_subcommand_mut(name) {
                        Some(sub) => target = sub,
                        None => {
                            let p = Problem::new("usage-unknown-command")
                                .arg("command", name)
                                .arg("has_suggestion", "no")
                                .arg("suggestion", "");
                            report(ctx, &[p]);
                            return EXIT_USAGE;
                        }
                    }
                }
                let help = target.render_help().to_string();
                return match print_out(&help) {
                    Ok(()) => EXIT_OK,
                    Err(f) => f.code,
                };
            }
            // Cannot happen (the commands accept the same arguments); clap's words, then.
            _ => english,
        },
        Err(e) => e,
    };
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            if e.use_stderr() { EXIT_USAGE } else { EXIT_OK }
        }
        _ => {
            report(ctx, &[clap_problem(&e, locales, ctx.lang)]);
            EXIT_USAGE
        }
    }
}

/// A clap error as one of our problems: the common kinds in our words, with what clap
/// suggests; any other kind quotes clap's message after our own lead.
fn clap_problem(e: &clap::Error, locales: &Locales, lang: Lang) -> Problem {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let get = |kind: ContextKind| -> Option<String> {
        match e.get(kind)? {
            ContextValue::String(s) => Some(s.clone()),
            ContextValue::Strings(list) => {
                Some(list.join(&locales.text(lang, "ui-list-separator")))
            }
            ContextValue::StyledStr(s) => Some(s.to_string()),
            ContextValue::StyledStrs(list) => Some(
                list.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(&locales.text(lang, "ui-list-separator")),
            ),
            ContextValue::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    let value = get(ContextKind::InvalidValue).unwrap_or_default();
    let code = match e.kind() {
        ErrorKind::UnknownArgument => "usage-unknown-argument",
        ErrorKind::InvalidSubcommand => "usage-unknown-command",
        ErrorKind::InvalidValue if value.is_empty() => "usage-missing-value",
        ErrorKind::InvalidValue => "usage-invalid-value",
        ErrorKind::ValueValidation => "usage-bad-value",
        // clap names the argument itself as the one it conflicts with when it is repeated.
        ErrorKind::ArgumentConflict
            if get(ContextKind::PriorArg).is_none_or(|prior| prior == arg) =>
        {
            "usage-repeated"
        }
        ErrorKind::ArgumentConflict => "usage-conflict",
        _ => "usage-other",
    };
    let suggestion = get(ContextKind::SuggestedArg)
        .or_else(|| get(ContextKind::SuggestedSubcommand))
        .unwrap_or_default();
    // clap's own words for the rare kinds: its first line, without "error: ".
    let rendered = e.render().to_string();
    let detail = rendered
        .lines()
        .next()
        .unwrap_or("")
        .trim_start_matches("error: ")
        .to_owned();
    Problem::new(code)
        .arg("arg", arg)
        .arg(
            "command",
            get(ContextKind::InvalidSubcommand).unwrap_or_default(),
        )
        .arg("value", value)
        .arg("known", get(ContextKind::ValidValue).unwrap_or_default())
        .arg("prior", get(ContextKind::PriorArg).unwrap_or_default())
        .arg(
            "has_suggestion",
            if suggestion.is_empty() { "no" } else { "yes" },
        )
        .arg("suggestion", suggestion)
        .arg("detail", detail)
}

/// The width help is wrapped to: `COLUMNS` or the terminal's, else clap's default of 100.
fn help_width() -> usize {
    let terminal = std::io::stdout()
        .is_terminal()
        .then(|| ratatui::crossterm::terminal::size().ok().map(|(w, _)| w))
        .flatten();
    crate::plain::wrap_width(std::env::var("COLUMNS").ok().as_deref(), terminal)
        .unwrap_or(100)
        .max(30)
}

/// clap puts help on the line after the option, indented by this much, with `next_line_help`.
const HELP_INDENT: usize = 10;

/// The clap command with every word in the chosen language (from `cli-*` messages): about
/// and option help, the usage line and the headings (through a help template, since clap
/// writes "Usage:", "Options:" and "Commands:" itself), the help and version flags, and a
/// help subcommand of our own. Default and possible values are part of each message, so
/// clap's English "[default: …]" is hidden.
///
/// Chinese has no spaces, where clap breaks lines, so each help text is wrapped here
/// (Chinese-aware) and put on its own line under the option, at a known indent.
fn localized_command(ctx: &Context) -> clap::Command {
    let cmd = Cli::command();
    let Some(locales) = &ctx.system else {
        return cmd;
    };
    let lang = ctx.lang;
    let width = help_width();
    let text = |id: &str| locales.has(lang, id).then(|| locales.text(lang, id));
    // Chinese is wrapped here for clap: at the full width (an about) or under an option.
    // English is left to clap, which breaks at spaces next to the options.
    let chinese = lang == Lang::Zh;
    let fit = |t: String, indent: usize| {
        if chinese {
            crate::wrap::wrap(&t, width - indent).join("\n")
        } else {
            t
        }
    };
    let heading = text("cli-heading-options").unwrap_or_else(|| "Options".into());
    let commands = text("cli-heading-commands").unwrap_or_else(|| "Commands".into());
    let usage_heading = text("cli-heading-usage").unwrap_or_else(|| "Usage: ".into());
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage_heading}{{usage}}\n\n{{all-args}}{{after-help}}"
    );
    let options = text("cli-usage-options").unwrap_or_else(|| "[OPTIONS]".into());
    let help_flag = || {
        clap::Arg::new("help")
            .short('h')
            .long("help")
            .action(clap::ArgAction::Help)
            .help(fit(text("cli-help-flag").unwrap_or_default(), HELP_INDENT))
            .help_heading(heading.clone())
    };
    // One command's words: about, option help, headings, usage and template.
    let localize = |mut c: clap::Command, prefix: &str, usage: String| {
        // A command's about is also listed, indented, under the parent's commands.
        if let Some(about) = text(&format!("{prefix}about")) {
            c = c.about(fit(about, HELP_INDENT));
        }
        let ids: Vec<String> = c.get_arguments().map(|a| a.get_id().to_string()).collect();
        for id in ids {
            let help = text(&format!("{prefix}{id}")).map(|h| fit(h, HELP_INDENT));
            let heading = heading.clone();
            c = c.mut_arg(id, |a| {
                let a = a.help_heading(heading);
                // Flags have no values to hide (clap refuses the setting on them).
                let a = if a.get_action().takes_values() {
                    a.hide_default_value(true).hide_possible_values(true)
                } else {
                    a
                };
                match help {
                    Some(h) => a.help(h),
                    None => a,
                }
            });
        }
        c.disable_help_flag(true)
            .arg(help_flag())
            .next_line_help(chinese)
            .term_width(width)
            .help_template(template.clone())
            .override_usage(usage)
    };
    let mut cmd = localize(
        cmd,
        "cli-arg-",
        format!(
            "yibao-guide {options} {}",
            text("cli-usage-command").unwrap_or_else(|| "[COMMAND]".into())
        ),
    )
    // "cli-arg-" names the root's options; its about is "cli-about".
    .about(fit(text("cli-about").unwrap_or_default(), 0))
    .version(version_line(ctx))
    .disable_version_flag(true)
    .arg(
        clap::Arg::new("version")
            .short('V')
            .long("version")
            .action(clap::ArgAction::Version)
            .help(fit(
                text("cli-version-flag").unwrap_or_default(),
                HELP_INDENT,
            ))
            .help_heading(heading.clone()),
    )
    .subcommand_help_heading(commands.clone())
    .disable_help_subcommand(true);
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for sub in subs {
        let usage = format!("yibao-guide {sub} {options}");
        cmd = cmd.mut_subcommand(&sub, |s| {
            let mut s = localize(s, &format!("cli-{sub}-"), usage)
                .subcommand_help_heading(commands.clone());
            // One level further down (`generate man`, `generate completions`).
            let inner: Vec<String> = s
                .get_subcommands()
                .map(|c| c.get_name().to_owned())
                .collect();
            for name in inner {
                let positionals: String = s
                    .find_subcommand(&name)
                    .map(|c| {
                        c.get_positionals()
                            .map(|a| format!(" <{}>", a.get_id().as_str().to_uppercase()))
                            .collect()
                    })
                    .unwrap_or_default();
                let usage = format!("yibao-guide {sub} {name} {options}{positionals}");
                s = s.mut_subcommand(&name, |c| localize(c, &format!("cli-{sub}-{name}-"), usage));
            }
            s
        });
    }
    cmd.subcommand(
        clap::Command::new("help")
            .about(fit(text("cli-help-about").unwrap_or_default(), HELP_INDENT))
            .arg(
                clap::Arg::new("command")
                    .num_args(0..)
                    .value_name("COMMAND")
                    .help(fit(
                        text("cli-help-command").unwrap_or_default(),
                        HELP_INDENT,
                    )),
            )
            .disable_help_flag(true)
            .arg(help_flag())
            .next_line_help(chinese)
            .term_width(width)
            .help_template(template)
            .override_usage(format!(
                "yibao-guide help {}",
                text("cli-usage-help").unwrap_or_else(|| "[COMMAND]".into())
            )),
    )
}

fn execute(cli: Cli, ctx: &mut Context) -> Result<(), Failure> {
    if let Some(l) = &cli.lang {
        ctx.lang = Lang::parse(l).ok_or_else(|| {
            Failure::one(EXIT_USAGE, Problem::new("usage-bad-lang").arg("value", l))
        })?;
    }
    if let Some(t) = &cli.today {
        ctx.today = NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d")
            .ok()
            .filter(|d| (1950..=2200).contains(&chrono::Datelike::year(d)))
            .ok_or_else(|| {
                Failure::one(EXIT_USAGE, Problem::new("usage-bad-today").arg("value", t))
            })?;
    }
    if let Some(Command::Config { print_default }) = &cli.command {
        return run_config(&cli, ctx, *print_default);
    }
    let (config, kiosk_problems) = load_config(&cli)?;
    if cli.lang.is_none()
        && let Some(lang) = config.language
    {
        ctx.lang = lang;
    }
    let files = guide_files(&cli)?;
    match &cli.command {
        Some(Command::Validate) => run_validate(&files, ctx),
        Some(Command::Checklist(args)) => {
            let guide = load_guide(&files, &cli, ctx)?;
            run_checklist(&guide, ctx, args, config.office.as_ref())
        }
        Some(Command::Questions { format }) => {
            let guide = load_guide(&files, &cli, ctx)?;
            print_out(&questions(&guide, ctx.lang, *format))
        }
        Some(Command::Paths {
            format,
            fail_on_truncate,
        }) => {
            let guide = load_guide(&files, &cli, ctx)?;
            run_paths(&guide, ctx, *format, *fail_on_truncate)
        }
        Some(Command::Graph) => {
            let guide = load_guide(&files, &cli, ctx)?;
            print_out(&crate::graph::dot(&guide.content))
        }
        Some(Command::Config { .. }) => unreachable!("handled above"),
        Some(Command::Generate { what }) => run_generate(ctx, what),
        None => {
            let guide = load_guide(&files, &cli, ctx)?;
            let start = initial_answers(&guide, ctx, &cli)?;
            let mode = if cli.kiosk {
                Mode::Kiosk
            } else if cli.counselor {
                Mode::Counselor
            } else {
                config.mode
            };
            if mode == Mode::Kiosk {
                // Checked before anything starts: a kiosk never runs half-configured, and
                // never falls back to plain mode, where anyone could quit it.
                let file = config
                    .source
                    .as_ref()
                    .map_or("--kiosk".to_owned(), |p| p.display().to_string());
                let mut problems = kiosk_problems;
                for p in crate::config::check_kiosk(
                    &Config {
                        mode,
                        ..config.clone()
                    },
                    &file,
                ) {
                    // The configuration's own `mode: kiosk` already reported it.
                    if !problems.iter().any(|q| q.code == p.code) {
                        problems.push(p);
                    }
                }
                if problems.is_empty() && (cli.plain || !full_screen_possible()) {
                    problems.push(Problem::new("kiosk-needs-terminal"));
                }
                if !problems.is_empty() {
                    return Err(Failure::new(EXIT_USAGE, problems));
                }
            }
            if cli.plain || !full_screen_possible() {
                report(ctx, &plain_notices(&guide, ctx.lang, &start));
                let stdin = std::io::stdin();
                let stdout = std::io::stdout();
                // The terminal's width only when the output goes to one (see wrap_width).
                let terminal = stdout
                    .is_terminal()
                    .then(|| ratatui::crossterm::terminal::size().ok().map(|(w, _)| w))
                    .flatten();
                let width =
                    crate::plain::wrap_width(std::env::var("COLUMNS").ok().as_deref(), terminal);
                return crate::plain::run_with(
                    &guide,
                    ctx.lang,
                    ctx.today,
                    start.answers,
                    stdin.lock(),
                    stdout.lock(),
                    width,
                );
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
            crate::tui::run(&guide, &options)
        }
    }
}

/// Reads the configuration: `--config FILE` (which must exist), else the default path if a
/// file is there, else built-in defaults. A bad configuration is a usage error (2), like a
/// bad flag: it holds the settings the flags override. Problems with the kiosk's own
/// settings come back apart, unreported: they matter only when kiosk mode is used, and
/// must not stop `checklist`, `questions` or the guide on a laptop.
fn load_config(cli: &Cli) -> Result<(Config, Vec<Problem>), Failure> {
    let path = match &cli.config {
        Some(p) => Some(p.clone()),
        None => crate::config::default_path(|k| std::env::var(k).ok()),
    };
    let Some(path) = path else {
        return Ok((Config::default(), Vec::new()));
    };
    // Hints about configuration files, not about content (docs/CONTENT.md, --content).
    let fail = |problems: Vec<Problem>| {
        Failure::reading(EXIT_USAGE, problems)
            .naming_file("config-file-missing", "config-yaml-syntax")
    };
    let (config, problems) = crate::tui::kiosk::operator_key::load_config(&path).map_err(fail)?;
    let (kiosk, general): (Vec<Problem>, Vec<Problem>) =
        problems.into_iter().partition(is_kiosk_setting);
    if general.is_empty() {
        Ok((config, kiosk))
    } else {
        Err(fail(general))
    }
}

/// A problem with a setting only a kiosk uses (the README's configuration table marks them
/// "kiosk:"), or with kiosk mode itself.
fn is_kiosk_setting(p: &Problem) -> bool {
    match p.code {
        "config-pin-length"
        | "config-pin-characters"
        | "config-export-dir"
        | "config-kiosk-needs-exit"
        | "config-key-in-use"
        | "config-operator-key"
        | "config-print-command"
        | "config-print-program"
        | "config-print-width" => true,
        "config-out-of-range" | "config-bad-value" => matches!(
            p.get("key"),
            Some("idle_timeout_seconds" | "countdown_seconds" | "operator_exit.key" | "print_form")
        ),
        _ => false,
    }
}

fn run_config(cli: &Cli, ctx: &Context, print_default: bool) -> Result<(), Failure> {
    if print_default {
        return print_out(match ctx.lang {
            Lang::Zh => DEFAULT_CONFIG_ZH,
            Lang::En => crate::config::DEFAULT_CONFIG,
        });
    }
    // Without --print-default: check the configuration that would be used, and say which;
    // every setting is checked here, the kiosk's too.
    let (config, kiosk_problems) = load_config(cli)?;
    if !kiosk_problems.is_empty() {
        return Err(Failure::new(EXIT_USAGE, kiosk_problems));
    }
    let where_ = config
        .source
        .as_ref()
        .map_or_else(|| "-".to_owned(), |p| p.display().to_string());
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("file", where_);
    let line = ctx.system.as_ref().map_or_else(
        || "ok".to_owned(),
        |l| l.fmt(ctx.lang, "ui-config-ok", Some(&args)),
    );
    print_out(&format!("{line}\n"))
}

/// Answers the wizard or plain mode starts with, and a notice to show about them.
pub struct StartingAnswers {
    pub answers: crate::engine::answers::Answers,
    pub notice: Option<Problem>,
    /// Answers in a resume code that could not be used, and why (their questions are asked
    /// again).
    pub dropped: Vec<Refused>,
}

fn initial_answers(guide: &Guide, ctx: &Context, cli: &Cli) -> Result<StartingAnswers, Failure> {
    if let Some(path) = &cli.answers {
        let file = read_answers(path)?;
        if let Some(note) = answers_version_note(guide, &file) {
            report(ctx, &[note]);
        }
        let answers = batch::resolve(&guide.content, &file.answers, ctx.today)
            .map_err(|p| Failure::new(EXIT_USAGE, with_question_words(guide, ctx.lang, p)))?;
        return Ok(StartingAnswers {
            answers,
            notice: None,
            dropped: Vec::new(),
        });
    }
    if let Some(code) = &cli.resume {
        return from_resume_code(guide, code, ctx.today).map_err(|p| Failure::one(EXIT_USAGE, p));
    }
    Ok(StartingAnswers {
        answers: Default::default(),
        notice: None,
        dropped: Vec::new(),
    })
}

/// Decodes a resume code for the wizard or plain mode. Answers that cannot be used today
/// are left out and asked again, with a notice: the person is there to answer, and keeps
/// everything else. (Batch mode refuses such a code instead; see `run_checklist`.)
pub fn from_resume_code(
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

/// Loads the guide, reusing the built-in locales parsed at start when no `--locales` folder
/// replaces them.
fn load_guide(files: &GuideFiles, cli: &Cli, ctx: &Context) -> Result<Guide, Failure> {
    let shared = cli.locales.is_none().then(|| ctx.system.clone()).flatten();
    Guide::load_with(files, shared).map_err(Failure::from_load)
}

fn guide_files(cli: &Cli) -> Result<GuideFiles, Failure> {
    let mut files = GuideFiles::embedded();
    if let Some(dir) = &cli.content {
        files = files.with_content_dir(dir).map_err(Failure::from_load)?;
    }
    if let Some(dir) = &cli.locales {
        files = files.with_locales_dir(dir).map_err(Failure::from_load)?;
    }
    Ok(files)
}

fn print_out(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .or_else(|e| {
            // A closed pipe (e.g. `| head`) is the reader's choice, not an error.
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                Ok(())
            } else {
                Err(Failure::one(
                    EXIT_IO,
                    Problem::new("write-failed").arg("error", e),
                ))
            }
        })
}

fn run_validate(files: &GuideFiles, ctx: &Context) -> Result<(), Failure> {
    let report = validate(files, ctx.today);
    if let Some(bound) = report.more_paths {
        // On standard error, like every note: standard output stays the result.
        let note = Problem::new("note-validate-truncated")
            .arg("count", report.paths)
            .arg("total", bound);
        self::report(ctx, &[note]);
    }
    if report.problems.is_empty() {
        let locales = ctx.system.as_ref();
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("questions", report.questions);
        args.set("items", report.items);
        args.set("paths", report.paths);
        let line = locales.map_or_else(
            || {
                format!(
                    "ok: {} questions, {} items, {} paths",
                    report.questions, report.items, report.paths
                )
            },
            |l| l.fmt(ctx.lang, "ui-validate-ok", Some(&args)),
        );
        print_out(&format!("{line}\n"))
    } else {
        let count = report.problems.len();
        let mut problems = report.problems;
        problems.push(Problem::new("validate-summary").arg("count", count));
        Err(Failure::from_load(problems))
    }
}

/// Reads an answers file: a file that cannot be read is an I/O error, a bad one a usage error.
/// A missing file and bad YAML get hints about answers files, not about content.
fn read_answers(path: &std::path::Path) -> Result<batch::AnswersFile, Failure> {
    batch::read_answers_file(path).map_err(|p| {
        Failure::reading(EXIT_USAGE, vec![p])
            .naming_file("answers-file-missing", "answers-yaml-syntax")
    })
}

/// A note when an answers file was saved with another content version: its answers are
/// checked like any others, but questions or options may have changed meaning since.
fn answers_version_note(guide: &Guide, file: &batch::AnswersFile) -> Option<Problem> {
    let saved = file.content_version.as_deref()?;
    (saved != guide.content.version).then(|| {
        Problem::new("note-answers-version")
            .at(Loc::file(file.path.clone()))
            .arg("saved", saved)
            .arg("current", &guide.content.version)
    })
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

/// Collects the raw answers from `--answers` and `--answer`.
fn raw_answers(
    guide: &Guide,
    ctx: &Context,
    args: &ChecklistArgs,
) -> Result<Vec<RawAnswer>, Failure> {
    let mut raw = Vec::new();
    if let Some(path) = &args.answers {
        let file = read_answers(path)?;
        if let Some(note) = answers_version_note(guide, &file) {
            report(ctx, &[note]);
        }
        raw = file.answers;
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

fn run_checklist(
    guide: &Guide,
    ctx: &Context,
    args: &ChecklistArgs,
    office: Option<&crate::config::Office>,
) -> Result<(), Failure> {
    let usage = |problems: Vec<Problem>| {
        Failure::new(EXIT_USAGE, with_question_words(guide, ctx.lang, problems))
    };
    let mut raw = Vec::new();
    let flags = raw_answers(guide, ctx, args)?;
    if let Some(code) = &args.resume {
        let r = crate::resume::decode(&guide.content, code, ctx.today)
            .map_err(|p| Failure::one(EXIT_USAGE, p))?;
        // A script cannot answer again: an answer in the code that cannot be used is an
        // error, unless a flag gives that answer anew (flags override the code).
        let given = |id: &str| {
            flags
                .iter()
                .any(|f| f.id == id || (id == GAP_START && f.id == GAP_MONTHS))
        };
        let unusable: Vec<Problem> = r
            .ask_again
            .into_iter()
            .filter(|refused| !given(&refused.question))
            .map(|refused| refused.problem.at(Loc::file("--resume")))
            .collect();
        if !unusable.is_empty() {
            return Err(usage(unusable));
        }
        raw.extend(r.answers.iter().map(|(id, v)| RawAnswer {
            id: id.to_owned(),
            value: v.to_string(),
            loc: Loc::file("--resume"),
        }));
    }
    raw.extend(flags);
    let (answers, mut problems) = batch::resolve_partial(&guide.content, &raw, ctx.today);
    if !problems.is_empty() {
        // Also say what is missing, in the same run: the refused answers are not missing,
        // they are wrong, and are not named twice.
        let refused: std::collections::BTreeSet<String> = raw
            .iter()
            .map(|r| {
                if r.id == GAP_MONTHS {
                    GAP_START
                } else {
                    r.id.as_str()
                }
            })
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
        let text = crate::save::answers_yaml(&guide.content, &answers);
        write_atomic(path, text.as_bytes(), Screen::Free).map_err(|p| Failure::one(EXIT_IO, p))?;
    }
    let mut answers = answers;
    let (w, defaulted) = batch::complete(&guide.content, &mut answers, ctx.today).map_err(usage)?;
    let mut checklist = Checklist::build(guide, ctx.lang, &answers, &w).with_office(
        office,
        &guide.locales,
        ctx.lang,
    );
    checklist.defaulted_answers = defaulted;
    if !checklist.defaulted_answers.is_empty() && args.format != Format::Json {
        let p = Problem::new("note-defaulted-answers")
            .arg("ids", checklist.defaulted_answers.join(", "));
        report(ctx, &[p]);
    }
    if !checklist.ignored_answers.is_empty() && args.format != Format::Json {
        // JSON lists them in the output; for people, a note on stderr keeps stdout clean.
        let p =
            Problem::new("note-ignored-answers").arg("ids", checklist.ignored_answers.join(", "));
        report(ctx, &[p]);
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
        Some(path) => {
            write_atomic(path, text.as_bytes(), Screen::Free).map_err(|p| Failure::one(EXIT_IO, p))
        }
        None => print_out(&text),
    }
}

/// `questions`: every question with its options, in content order.
fn questions(guide: &Guide, lang: Lang, format: ListFormat) -> String {
    let l = &guide.locales;
    let rows: Vec<serde_json::Value> = guide
        .content
        .questions
        .iter()
        .map(|q| {
            let id = crate::message_id::question(&q.id);
            let mut options: Vec<serde_json::Value> = q
                .options
                .iter()
                .map(
                    |o| serde_json::json!({ "id": o, "label": l.text(lang, &format!("{id}-{o}")) }),
                )
                .collect();
            if q.optional {
                options.push(serde_json::json!({
                    "id": crate::engine::answers::NO_MONTH,
                    "label": l.text(lang, &crate::message_id::no_answer(&q.id)),
                }));
            }
            serde_json::json!({
                "id": q.id,
                "kind": q.kind.name(),
                "prompt": l.text(lang, &id),
                "help": l.attr(lang, &id, "help", None).unwrap_or_default(),
                "optional": q.optional,
                "options": options,
            })
        })
        .collect();
    match format {
        ListFormat::Json => format!(
            "{}\n",
            serde_json::to_string_pretty(&rows).unwrap_or_default()
        ),
        ListFormat::Text => {
            let mut out = String::new();
            for (q, row) in guide.content.questions.iter().zip(&rows) {
                out.push_str(&format!(
                    "{} ({})\n  {}\n",
                    q.id,
                    q.kind.name(),
                    row["prompt"].as_str().unwrap_or("")
                ));
                if q.kind == QuestionKind::Month {
                    out.push_str("  YYYY-MM\n");
                }
                for o in row["options"].as_array().into_iter().flatten() {
                    out.push_str(&format!(
                        "  - {}: {}\n",
                        o["id"].as_str().unwrap_or(""),
                        o["label"].as_str().unwrap_or("")
                    ));
                }
                out.push('\n');
            }
            out
        }
    }
}

/// `paths`: every reachable path with the items it selects, by section, written as the walk
/// finds them (nothing is kept, so memory stays small however many paths there are). When
/// the walk's limits stop it, text output ends with a note on standard error, JSON has
/// `"truncated": true`, and `--fail-on-truncate` makes it an error.
fn run_paths(
    guide: &Guide,
    ctx: &Context,
    format: ListFormat,
    fail_on_truncate: bool,
) -> Result<(), Failure> {
    let content = &guide.content;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed: Option<std::io::Error> = None;
    let mut count = 0usize;
    let by_section = |items: &[usize]| -> Vec<(&str, Vec<&str>)> {
        content
            .sections
            .iter()
            .enumerate()
            .map(|(si, s)| {
                (
                    s.id.as_str(),
                    items
                        .iter()
                        .filter(|&&i| content.items[i].section == si)
                        .map(|&i| content.items[i].id.as_str())
                        .collect(),
                )
            })
            .collect()
    };
    let mut write = |out: &mut std::io::BufWriter<_>, text: &str| {
        if failed.is_none()
            && let Err(e) = out.write_all(text.as_bytes())
        {
            failed = Some(e);
        }
    };
    if format == ListFormat::Json {
        write(&mut out, "{\n  \"paths\": [");
    }
    let truncated = for_each_path(content, ctx.today, |p| {
        count += 1;
        let text = match format {
            ListFormat::Json => {
                let items: serde_json::Map<String, serde_json::Value> = by_section(p.items)
                    .into_iter()
                    .map(|(s, ids)| (s.to_owned(), serde_json::json!(ids)))
                    .collect();
                let row = serde_json::json!({
                    "answers": p.answers,
                    "gap_months": p.gap_months,
                    "items": items,
                });
                let pretty = serde_json::to_string_pretty(&row).unwrap_or_default();
                let indented = pretty.replace('\n', "\n    ");
                let sep = if count == 1 { "" } else { "," };
                format!("{sep}\n    {indented}")
            }
            ListFormat::Text => {
                let mut t = format!("{count}. {}\n", describe_view(content, p));
                for (section, ids) in by_section(p.items) {
                    t.push_str(&format!("   {section}: {}\n", ids.join(", ")));
                }
                t
            }
        };
        write(&mut out, &text);
    });
    let end = match format {
        ListFormat::Json => {
            format!("\n  ],\n  \"count\": {count},\n  \"truncated\": {truncated}\n}}\n")
        }
        ListFormat::Text => format!("{count} paths\n"),
    };
    write(&mut out, &end);
    if failed.is_none()
        && let Err(e) = out.flush()
    {
        failed = Some(e);
    }
    match failed {
        // A closed pipe (e.g. `| head`) is the reader's choice, not an error.
        Some(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            return Err(Failure::one(
                EXIT_IO,
                Problem::new("write-failed").arg("error", e),
            ));
        }
        _ => {}
    }
    if truncated {
        let total = path_bound(content);
        if fail_on_truncate {
            let p = Problem::new("paths-truncated")
                .arg("count", count)
                .arg("total", total);
            return Err(Failure::one(EXIT_DATA, p));
        }
        let note = Problem::new("note-paths-truncated")
            .arg("count", count)
            .arg("total", total);
        report(ctx, &[note]);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chinese_default_configuration_matches_the_english_one() {
        let en = crate::config::parse("en.yaml", crate::config::DEFAULT_CONFIG).unwrap();
        let zh = crate::config::parse("en.yaml", DEFAULT_CONFIG_ZH).unwrap();
        assert_eq!(zh, en);
        // The same keys, set or shown commented out, in the same order.
        let keys = |text: &str| -> Vec<String> {
            text.lines()
                .map(|l| l.trim_start_matches(['#', ' ']))
                .filter_map(|l| l.split_once(':').map(|(k, _)| k.to_owned()))
                .filter(|k| !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
                .collect()
        };
        assert_eq!(keys(DEFAULT_CONFIG_ZH), keys(crate::config::DEFAULT_CONFIG));
        assert!(DEFAULT_CONFIG_ZH.contains("自助终端"));
    }

    #[test]
    fn the_localized_commands_pass_clap_checks() {
        for lang in Lang::ALL {
            let ctx = Context {
                lang,
                today: chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
                system: Locales::embedded().ok().map(Rc::new),
            };
            localized_command(&ctx).debug_assert();
        }
    }

    #[test]
    fn prescan_finds_lang_in_both_spellings() {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(prescan_lang(&v(&["y", "--lang", "en"])), Some(Lang::En));
        assert_eq!(
            prescan_lang(&v(&["y", "checklist", "--lang=zh-CN"])),
            Some(Lang::Zh)
        );
        assert_eq!(prescan_lang(&v(&["y", "--", "--lang", "en"])), None);
        assert_eq!(prescan_lang(&v(&["y"])), None);
    }
}
