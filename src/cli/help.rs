//! clap in the person's language: `--lang` found before clap runs, the localized command
//! behind `--help`, `--version`, the `help` subcommand, the manual page and completions, and
//! usage errors in our own words (clap's are English only).

use super::args::Cli;
use super::context::Context;
use super::output::{print_out, stdout_width};
use crate::engine::problem::Problem;
use crate::exit::{EXIT_OK, EXIT_USAGE};
use crate::guide::Guide;
use crate::i18n::{Lang, Locales};
use clap::CommandFactory;

/// `--lang` from the raw arguments, before clap runs, so help and errors can use it.
pub(super) fn prescan_lang(args: &[String]) -> Option<Lang> {
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

/// Help, version or a command-line error, in the person's language: the help from the
/// localized command, errors in our own words (clap's are English only). `english` is the
/// error the plain command gave, used when the built-in locales are not there.
pub(super) fn clap_outcome(ctx: &Context, args: &[String], english: clap::Error) -> u8 {
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
                            ctx.report(&[p]);
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
            ctx.report(&[clap_problem(&e, locales, ctx.lang)]);
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
    stdout_width().unwrap_or(100).max(30)
}

/// A usage line that fits `width` columns after a heading `indent` columns wide: broken at
/// spaces (clap never breaks it), each further line under the first.
fn wrap_usage(usage: &str, indent: usize, width: usize) -> String {
    let room = width.saturating_sub(indent).max(1);
    let mut lines: Vec<String> = Vec::new();
    for word in usage.split(' ') {
        match lines.last_mut() {
            Some(line) if crate::wrap::width(line) + 1 + crate::wrap::width(word) <= room => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines.join(&format!("\n{}", " ".repeat(indent)))
}

/// clap puts help on the line after the option, indented by this much, with `next_line_help`.
const HELP_INDENT: usize = 10;

/// The clap command with every word in the chosen language (from `cli-*` messages): about
/// and option help, the usage line and the headings (through a help template with a section
/// per kind of entry, since clap writes "Usage:", "Options:", "Commands:" and "Arguments:"
/// itself, with an ASCII colon), the help and version flags, and a help subcommand of our
/// own. Default and possible values are part of each message, so
/// clap's English "[default: …]" is hidden.
///
/// Chinese has no spaces, where clap breaks lines, so each help text is wrapped here
/// (Chinese-aware) and put on its own line under the option, at a known indent.
pub(super) fn localized_command(ctx: &Context) -> clap::Command {
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
    // The headings of the help text as each language writes them, colon included
    // ("选项：", "Options:"); the ones above, without it, head the manual's sections.
    let titled = |id: &str, default: &str| text(id).unwrap_or_else(|| default.to_owned());
    let (commands_title, arguments_title, options_title) = (
        titled("cli-title-commands", "Commands:"),
        titled("cli-title-arguments", "Arguments:"),
        titled("cli-title-options", "Options:"),
    );
    // The sections a command has, each under its heading.
    let template = |c: &clap::Command| {
        let mut t = format!("{{before-help}}{{about-with-newline}}\n{usage_heading}{{usage}}\n");
        if c.has_subcommands() {
            t.push_str(&format!("\n{commands_title}\n{{subcommands}}\n"));
        }
        if c.get_positionals().next().is_some() {
            t.push_str(&format!("\n{arguments_title}\n{{positionals}}\n"));
        }
        t.push_str(&format!("\n{options_title}\n{{options}}{{after-help}}"));
        t
    };
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
        let template = template(&c);
        c.disable_help_flag(true)
            .arg(help_flag())
            .next_line_help(chinese)
            .term_width(width)
            .help_template(template)
            .override_usage(wrap_usage(
                &usage,
                crate::wrap::width(&usage_heading),
                width,
            ))
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
    let help = clap::Command::new("help")
        .about(fit(text("cli-help-about").unwrap_or_default(), HELP_INDENT))
        .arg(
            clap::Arg::new("command")
                .num_args(0..)
                .value_name("COMMAND")
                .help(fit(
                    text("cli-help-command").unwrap_or_default(),
                    HELP_INDENT,
                )),
        );
    let help_template = template(&help);
    cmd.subcommand(
        help.disable_help_flag(true)
            .arg(help_flag())
            .next_line_help(chinese)
            .term_width(width)
            .help_template(help_template)
            .override_usage(wrap_usage(
                &format!(
                    "yibao-guide help {}",
                    text("cli-usage-help").unwrap_or_else(|| "[COMMAND]".into())
                ),
                crate::wrap::width(&usage_heading),
                width,
            )),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

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

    #[test]
    fn a_long_usage_line_breaks_at_spaces_under_its_first_line() {
        let usage = "yibao-guide generate completions [选项] <SHELL>";
        // "用法：" is 6 columns wide.
        assert_eq!(wrap_usage(usage, 6, 80), usage);
        assert_eq!(
            wrap_usage(usage, 6, 50),
            "yibao-guide generate completions [选项]\n      <SHELL>"
        );
        for line in wrap_usage(usage, 6, 30).lines() {
            assert!(crate::wrap::width(line) <= 30, "{line:?}");
        }
        // A word longer than the room stays whole, on its own line.
        assert_eq!(
            wrap_usage("a verylongword b", 2, 6),
            "a\n  verylongword\n  b"
        );
    }
}
