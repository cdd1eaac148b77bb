//! `yibao-guide generate man|completions`: the manual page and shell completions, built from
//! the same localized clap command as `--help`, so they can never disagree with it.
//!
//! clap_mangen writes the sections clap knows (name, synopsis, options, subcommands); the
//! sections it cannot know (exit status, configuration, files) are added here as plain roff.

use clap_complete::Shell;
use std::io::Write;

/// What the manual says beyond the command definition, already in the reader's language.
pub(crate) struct ManExtras {
    /// Section title, then (code, meaning) rows.
    pub(crate) exit_status: (String, Vec<(u8, String)>),
    /// Section title, an introduction, then the commented default configuration file.
    pub(crate) configuration: (String, String, String),
    /// Section title, then (path, what it is) rows.
    pub(crate) files: (String, Vec<(String, String)>),
}

/// The man page (roff) for `cmd`, with the extra sections.
pub(crate) fn man_page(cmd: clap::Command, extras: &ManExtras) -> std::io::Result<Vec<u8>> {
    let man = clap_mangen::Man::new(cmd);
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    man.render_subcommands_section(&mut out)?;

    let (title, rows) = &extras.exit_status;
    section(&mut out, title)?;
    for (code, meaning) in rows {
        writeln!(out, ".TP\n.B {code}\n{}", escape(meaning))?;
    }
    let (title, intro, config) = &extras.configuration;
    section(&mut out, title)?;
    writeln!(out, "{}", escape(intro))?;
    // The default file verbatim, as a literal block: its comments explain every key.
    writeln!(out, ".PP\n.nf")?;
    for line in config.lines() {
        writeln!(out, "{}", escape(line))?;
    }
    writeln!(out, ".fi")?;
    let (title, files) = &extras.files;
    section(&mut out, title)?;
    for (path, what) in files {
        writeln!(out, ".TP\n.I {}\n{}", escape(path), escape(what))?;
    }
    man.render_version_section(&mut out)?;
    Ok(out)
}

fn section(out: &mut Vec<u8>, title: &str) -> std::io::Result<()> {
    writeln!(out, ".SH \"{}\"", title.replace('"', "\\(dq"))
}

/// Text for a roff line: backslashes written as `\e`, and a leading `.` or `'` (which roff
/// would read as a request) guarded with `\&`.
fn escape(text: &str) -> String {
    let text = text.replace('\\', "\\e");
    if text.starts_with(['.', '\'']) {
        format!("\\&{text}")
    } else {
        text
    }
}

/// The completion script for `shell`.
pub(crate) fn completions(shell: Shell, mut cmd: clap::Command) -> Vec<u8> {
    let name = cmd.get_name().to_owned();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, name, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roff_requests_in_text_are_guarded() {
        assert_eq!(escape(".hidden request"), "\\&.hidden request");
        assert_eq!(escape("'quoted"), "\\&'quoted");
        assert_eq!(escape("C:\\path"), "C:\\epath");
        assert_eq!(escape("plain"), "plain");
    }
}
