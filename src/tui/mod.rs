//! The full-screen wizard, in The Elm Architecture: [`model`] holds the state and the pure
//! `update`, [`view`] draws it, [`input`] maps terminal events to messages, [`layout`] is
//! shared by drawing and clicking, and [`terminal`] owns setup and teardown.

pub mod input;
pub mod layout;
pub mod model;
pub mod terminal;
pub mod theme;
pub mod view;

use crate::atomic::write_atomic;
use crate::cli::{EXIT_IO, Failure};
use crate::engine::problem::Problem;
use crate::guide::Guide;
use crate::i18n::Lang;
use crate::render::{Format, render};
use chrono::NaiveDate;
use model::{Cmd, Model, Msg, update};
use ratatui::crossterm::event;
use std::path::Path;
use std::time::Duration;
use theme::{BorderKind, Theme, ThemeKind};

/// How the wizard starts.
#[derive(Clone, Debug)]
pub struct Options {
    pub lang: Lang,
    pub today: NaiveDate,
    pub theme: ThemeKind,
    pub borders: BorderKind,
    pub mouse: bool,
}

/// Runs the wizard until the person quits or a signal arrives.
pub fn run(guide: &Guide, options: &Options) -> Result<(), Failure> {
    let io =
        |e: std::io::Error| Failure::one(EXIT_IO, Problem::new("terminal-failed").arg("error", e));
    let signals = terminal::Signals::install().map_err(io)?;
    let mut terminal = terminal::setup(options.mouse).map_err(io)?;
    let result = event_loop(guide, options, &mut terminal, &signals);
    terminal::restore();
    result.map_err(io)
}

fn event_loop(
    guide: &Guide,
    options: &Options,
    terminal: &mut ratatui::DefaultTerminal,
    signals: &terminal::Signals,
) -> std::io::Result<()> {
    let mut m = Model::new(guide, options.lang, options.today);
    m.theme = Theme::new(options.theme, options.borders);
    let size = terminal.size()?;
    update(&mut m, Msg::Resize(size.width, size.height));
    loop {
        terminal.draw(|frame| view::view(&m, frame))?;
        if m.quit || signals.raised() {
            return Ok(());
        }
        // Wake regularly to notice signals even when no key is pressed.
        if !event::poll(Duration::from_millis(250))? {
            continue;
        }
        let ev = event::read()?;
        let Some(msg) = input::map_event(&m, &ev) else {
            continue;
        };
        let mut next = Some(msg);
        while let Some(msg) = next.take() {
            next = match update(&mut m, msg) {
                Some(Cmd::Quit) => return Ok(()),
                Some(Cmd::Export { path, format }) => {
                    Some(Msg::Exported(export(&m, &path, format)))
                }
                None => None,
            };
        }
    }
}

/// Writes the checklist as shown (in the current language) to `path`, atomically.
fn export(m: &Model<'_>, path: &Path, format: Format) -> Result<std::path::PathBuf, Problem> {
    let checklist = m
        .checklist
        .as_ref()
        .ok_or_else(|| Problem::new("write-failed").arg("error", "no checklist"))?;
    let text = render(checklist, &m.guide.locales, m.lang, format, None);
    write_atomic(path, text.as_bytes())?;
    Ok(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
}
