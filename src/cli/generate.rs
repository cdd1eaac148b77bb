//! `yibao-guide generate man|completions`: from the same localized command as `--help`, so
//! the manual and the completions never disagree with it (the roff is written by
//! [`crate::manual`]).

use super::args::{CompletionShell, Generate};
use super::config_cmd::default_config;
use super::context::Context;
use super::help::localized_command;
use super::output::{print_out, write_failed};
use crate::engine::problem::Problem;
use crate::exit::{EXIT_DATA, EXIT_IO, EXIT_OK, EXIT_USAGE, Failure};
use crate::manual::{ManExtras, completions, man_page};

/// Prints the manual page or a completion script.
pub(super) fn run_generate(ctx: &Context, what: &Generate) -> Result<(), Failure> {
    let cmd = localized_command(ctx);
    let bytes = match what {
        Generate::Man => {
            let Some(l) = &ctx.system else {
                return Err(Failure::one(EXIT_DATA, Problem::new("locale-missing")));
            };
            let t = |id: &str| l.text(ctx.lang, id);
            let extras = ManExtras {
                exit_status: (
                    t("man-exit-status"),
                    [
                        (EXIT_OK, "man-exit-0"),
                        (EXIT_USAGE, "man-exit-2"),
                        (EXIT_DATA, "man-exit-65"),
                        (EXIT_IO, "man-exit-74"),
                    ]
                    .into_iter()
                    .map(|(code, id)| (code, t(id)))
                    .collect(),
                ),
                configuration: (
                    t("man-configuration"),
                    t("man-configuration-intro"),
                    default_config(ctx.lang).to_owned(),
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
            man_page(cmd, &extras).map_err(write_failed)?
        }
        Generate::Completions { shell } => {
            let shell = match shell {
                CompletionShell::Bash => clap_complete::Shell::Bash,
                CompletionShell::Zsh => clap_complete::Shell::Zsh,
                CompletionShell::Fish => clap_complete::Shell::Fish,
            };
            completions(shell, cmd)
        }
    };
    print_out(&String::from_utf8_lossy(&bytes))
}
