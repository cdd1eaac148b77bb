//! `yibao-guide config`: print the commented default configuration, or check the one that
//! would be used and say which file it is.

use super::args::Cli;
use super::context::Context;
use super::load::load_config;
use super::output::print_out;
use crate::exit::{EXIT_USAGE, Failure};
use crate::i18n::Lang;

use crate::config::DEFAULT_CONFIG_ZH;

/// The commented default configuration in `lang` (also quoted in the manual page).
pub(super) fn default_config(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => DEFAULT_CONFIG_ZH,
        Lang::En => crate::config::DEFAULT_CONFIG,
    }
}

/// Prints the default configuration, or checks the configuration in use, the kiosk's
/// settings too.
pub(super) fn run_config(cli: &Cli, ctx: &Context, print_default: bool) -> Result<(), Failure> {
    if print_default {
        return print_out(default_config(ctx.lang));
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
    let line = ctx.message("ui-config-ok", &args, || "ok".to_owned());
    print_out(&format!("{line}\n"))
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
}
