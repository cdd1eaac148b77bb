//! What commands read before they run: the configuration file and the guide's files
//! (built in, or `--content` / `--locales` folders).

use super::args::Cli;
use super::context::Context;
use crate::config::Config;
use crate::engine::files::GuideFiles;
use crate::engine::problem::Problem;
use crate::exit::{EXIT_USAGE, Failure};
use crate::guide::Guide;

/// Reads the configuration: `--config FILE` (which must exist), else the default path if a
/// file is there, else built-in defaults. A bad configuration is a usage error (2), like a
/// bad flag: it holds the settings the flags override. Problems with the kiosk's own
/// settings come back apart, unreported: they matter only when kiosk mode is used, and
/// must not stop `checklist`, `questions` or the guide on a laptop.
pub(super) fn load_config(cli: &Cli) -> Result<(Config, Vec<Problem>), Failure> {
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
        | "config-print-width"
        // A kiosk is set up once and must work for every visitor; elsewhere the person at
        // the screen hears nothing and reads why on the status line.
        | "config-speak-program" => true,
        "config-out-of-range" | "config-bad-value" => matches!(
            p.get("key"),
            Some("idle_timeout_seconds" | "countdown_seconds" | "operator_exit.key" | "print_form")
        ),
        _ => false,
    }
}

/// Loads the guide, reusing the built-in locales parsed at start when no `--locales` folder
/// replaces them.
pub(super) fn load_guide(files: &GuideFiles, cli: &Cli, ctx: &Context) -> Result<Guide, Failure> {
    let shared = cli.locales.is_none().then(|| ctx.system.clone()).flatten();
    Guide::load_with(files, shared).map_err(Failure::from_load)
}

/// The guide's files: the built-in ones, with `--content` and `--locales` folders read instead.
pub(super) fn guide_files(cli: &Cli) -> Result<GuideFiles, Failure> {
    let mut files = GuideFiles::embedded();
    if let Some(dir) = &cli.content {
        files = files.with_content_dir(dir).map_err(Failure::from_load)?;
    }
    if let Some(dir) = &cli.locales {
        files = files.with_locales_dir(dir).map_err(Failure::from_load)?;
    }
    Ok(files)
}
