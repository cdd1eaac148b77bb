//! What the command line accepts: the clap definitions of the options, the subcommands and
//! their values. No behaviour here; each command lives in its own file beside this one.

use crate::config::{BorderKind, ThemeKind};
use crate::render::Format;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "yibao-guide",
    version,
    about = "Guide for gaps in employee medical insurance (职工医保断缴)"
)]
pub(crate) struct Cli {
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
    /// Plain mode: read each question, the review and the checklist aloud as they are
    /// shown (needs speak_command in the configuration).
    #[arg(long)]
    pub speak: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
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
pub(crate) enum Generate {
    /// The manual page (roff) in the chosen language: generate man > yibao-guide.1
    Man,
    /// A completion script: bash, zsh or fish.
    Completions {
        #[arg(value_enum)]
        shell: CompletionShell,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CompletionShell {
    Bash,
    Zsh,
    Fish,
}

#[derive(Args, Debug)]
pub(crate) struct ChecklistArgs {
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
    /// Also read the checklist aloud (needs speak_command in the configuration).
    #[arg(long)]
    pub speak: bool,
}

/// The narrowest `--width`: below it every few characters would start a new line (and 0
/// would mean no room at all).
const MIN_WIDTH: usize = 20;

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

/// The output of the listing commands, `questions` and `paths`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ListFormat {
    Text,
    Json,
}
