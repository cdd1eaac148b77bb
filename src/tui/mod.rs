//! The full-screen wizard, in The Elm Architecture: [`model`] holds the state and the pure
//! `update`, [`view`] draws it, [`input`] maps terminal events to messages, [`layout`] is
//! shared by drawing and clicking, and [`terminal`] owns setup and teardown.

pub mod input;
pub mod keymap;
pub mod layout;
pub mod model;
pub mod terminal;
pub mod theme;
pub mod view;

use crate::atomic::{Screen, write_atomic};
use crate::cli::{EXIT_IO, Failure};
use crate::config::{Config, Mode};
use crate::engine::answers::Answers;
use crate::engine::problem::Problem;
use crate::guide::Guide;
use crate::i18n::Lang;
use crate::render::{Format, render};
use chrono::NaiveDate;
use model::{Cmd, Model, Msg, update};
use ratatui::crossterm::event;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};
use theme::{BorderKind, Theme, ThemeKind};

/// How the wizard starts.
#[derive(Clone, Debug)]
pub struct Options {
    pub lang: Lang,
    pub today: NaiveDate,
    pub theme: ThemeKind,
    pub borders: BorderKind,
    pub mouse: bool,
    pub mode: Mode,
    pub config: Config,
    /// Answers to start with (from `--answers` or `--resume`).
    pub answers: Answers,
    /// Something to tell the person at the start (e.g. a code from another content version).
    pub notice: Option<Problem>,
}

/// Runs the wizard until the person quits or a signal arrives.
pub fn run(guide: &Guide, options: &Options) -> Result<(), Failure> {
    let io =
        |e: std::io::Error| Failure::one(EXIT_IO, Problem::new("terminal-failed").arg("error", e));
    let signals = terminal::Signals::install(options.mode == Mode::Kiosk).map_err(io)?;
    let mut terminal = terminal::setup(options.mouse, options.mode == Mode::Kiosk).map_err(io)?;
    let result = event_loop(guide, options, &mut terminal, &signals);
    terminal::restore();
    result.map_err(io)?;
    // Ended by a signal: the conventional status, 128 + the signal's number.
    match signals.signal() {
        Some(sig) => Err(Failure::new(
            u8::try_from(128 + sig).unwrap_or(1),
            Vec::new(),
        )),
        None => Ok(()),
    }
}

/// The model an options set starts with.
pub fn initial_model<'g>(guide: &'g Guide, options: &Options) -> Model<'g> {
    let mut m = Model::new(guide, options.lang, options.today);
    m.theme = Theme::new(options.theme, options.borders);
    m.settings = model::Settings::from_config(options.mode, &options.config, options.lang);
    if !options.answers.is_empty() {
        model::start_with_answers(&mut m, options.answers.clone(), options.notice.clone());
    }
    m
}

fn event_loop(
    guide: &Guide,
    options: &Options,
    terminal: &mut ratatui::DefaultTerminal,
    signals: &terminal::Signals,
) -> std::io::Result<()> {
    let started = Instant::now();
    let now = || u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    let mut m = initial_model(guide, options);
    let size = terminal.size()?;
    update(&mut m, Msg::Resize(size.width, size.height));
    let kiosk = options.mode == Mode::Kiosk;
    let events = spawn_reader();
    loop {
        if kiosk {
            // A kiosk never falls over: a bug resets it to the welcome screen.
            let drawn = panic::catch_unwind(AssertUnwindSafe(|| {
                terminal.draw(|frame| view::view(&m, frame)).map(|_| ())
            }));
            match drawn {
                Ok(result) => result?,
                Err(_) => recover(&mut m, terminal)?,
            }
        } else {
            terminal.draw(|frame| view::view(&m, frame))?;
        }
        if m.quit || signals.raised() {
            return Ok(());
        }
        update(&mut m, Msg::Tick(now()));
        // Wake regularly to notice signals and run the kiosk's idle clock. Events come from
        // a reader thread: when the terminal goes away crossterm's own poll can spin on
        // end-of-file without returning, and the loop must still see SIGHUP.
        let ev = match events.recv_timeout(Duration::from_millis(250)) {
            Ok(Ok(ev)) => ev,
            Ok(Err(e)) => return Err(e),
            Err(mpsc::RecvTimeoutError::Timeout) => continue,
            Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
        };
        // Debug builds only: F12 with YIBAO_GUIDE_TEST_PANIC set panics inside the step, so
        // the end-to-end tests can check the terminal is restored (or a kiosk starts over).
        let test_panic = cfg!(debug_assertions)
            && std::env::var_os("YIBAO_GUIDE_TEST_PANIC").is_some()
            && matches!(&ev, event::Event::Key(k) if k.code == event::KeyCode::F(12));
        let Some(msg) = input::map_event(&m, &ev).or(test_panic.then_some(Msg::Help)) else {
            continue;
        };
        let step = |m: &mut Model<'_>| -> Option<Cmd> {
            if test_panic {
                panic!("test panic requested with YIBAO_GUIDE_TEST_PANIC");
            }
            let mut next = Some(msg.clone());
            let mut last = None;
            while let Some(msg) = next.take() {
                match update(m, msg) {
                    Some(Cmd::Export { path, format }) => {
                        next = Some(Msg::Exported(export(m, &path, format)))
                    }
                    Some(Cmd::SaveAnswers { path }) => {
                        next = Some(Msg::Saved(save_answers(m, &path)))
                    }
                    Some(Cmd::Print { text }) => next = Some(Msg::Printed(print(m, &text))),
                    Some(Cmd::Copy { text }) => {
                        copy_to_clipboard(&text);
                        next = Some(Msg::Copied);
                    }
                    other => last = other,
                }
            }
            last
        };
        let outcome = if kiosk {
            match panic::catch_unwind(AssertUnwindSafe(|| step(&mut m))) {
                Ok(cmd) => cmd,
                Err(_) => {
                    recover(&mut m, terminal)?;
                    None
                }
            }
        } else {
            step(&mut m)
        };
        if outcome == Some(Cmd::Quit) {
            return Ok(());
        }
    }
}

/// Reads terminal events on their own thread. It stops at the first error (the terminal is
/// gone) or when the loop no longer listens.
fn spawn_reader() -> mpsc::Receiver<std::io::Result<event::Event>> {
    let (tx, rx) = mpsc::sync_channel(64);
    std::thread::spawn(move || {
        loop {
            let ev = event::read();
            let failed = ev.is_err();
            if tx.send(ev).is_err() || failed {
                return;
            }
        }
    });
    rx
}

/// After a bug in kiosk mode: wipe, apologise on the welcome screen, redraw from scratch.
fn recover(m: &mut Model<'_>, terminal: &mut ratatui::DefaultTerminal) -> std::io::Result<()> {
    model::wipe(m);
    m.status = Some(model::Status {
        id: "ui-kiosk-sorry",
        arg: None,
        error: true,
    });
    // Not `terminal.clear()`: it asks the terminal for the cursor position, and the reply
    // would go to the event reader thread. A blank frame makes the next draw repaint all.
    terminal
        .draw(|frame| frame.render_widget(ratatui::widgets::Clear, frame.area()))
        .map(|_| ())
}

/// Writes the checklist as shown (in the current language) to `path`, atomically.
fn export(m: &Model<'_>, path: &Path, format: Format) -> Result<std::path::PathBuf, Problem> {
    let checklist = m
        .checklist
        .as_ref()
        .ok_or_else(|| Problem::new("write-failed").arg("error", "no checklist"))?;
    let text = render(checklist, &m.guide.locales, m.lang, format, None);
    write_file(m, path, &text)?;
    Ok(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
}

fn save_answers(m: &Model<'_>, path: &Path) -> Result<std::path::PathBuf, Problem> {
    let text = crate::save::answers_yaml(&m.guide.content, &m.walk().on_path);
    write_file(m, path, &text)?;
    Ok(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
}

/// Writes from the wizard (never onto the terminal it is drawn on). The status line shows
/// a failure's `error` argument, so that becomes the whole message in the person's
/// language, without the place and the hint: the status line has one row, and the person
/// just typed the name.
fn write_file(m: &Model<'_>, path: &Path, text: &str) -> Result<(), Problem> {
    write_atomic(path, text.as_bytes(), Screen::InUse).map_err(|mut p| {
        let bare = Problem {
            loc: None,
            ..p.clone()
        };
        let words = m.guide.locales.problem(m.lang, &bare);
        let first = words.lines().next().unwrap_or_default().to_owned();
        p.args.retain(|(name, _)| *name != "error");
        p.arg("error", first)
    })
}

/// Pipes `text` to the configured print command (no shell), waiting for it to finish.
fn print(m: &Model<'_>, text: &str) -> Result<(), Problem> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let fail = |e: String| Problem::new("print-failed").arg("error", e);
    let argv = m
        .settings
        .print_command
        .as_ref()
        .ok_or_else(|| fail("no print command".into()))?;
    let mut child = Command::new(&argv[0])
        .args(&argv[1..])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| fail(e.to_string()))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(text.as_bytes())
            .map_err(|e| fail(e.to_string()))?;
    }
    let status = child.wait().map_err(|e| fail(e.to_string()))?;
    if status.success() {
        Ok(())
    } else {
        Err(fail(status.to_string()))
    }
}

/// Puts `text` on the clipboard with OSC 52, which most terminals (and tmux) honour; where
/// one does not, nothing happens and export remains.
fn copy_to_clipboard(text: &str) {
    use std::io::Write;
    let sequence = osc52(text);
    let mut out = std::io::stdout();
    let _ = out.write_all(sequence.as_bytes());
    let _ = out.flush();
}

/// The OSC 52 "set clipboard" sequence for `text`.
pub fn osc52(text: &str) -> String {
    use base64::Engine;
    format!(
        "\x1b]52;c;{}\x07",
        base64::engine::general_purpose::STANDARD.encode(text)
    )
}
