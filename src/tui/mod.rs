//! The full-screen wizard, in The Elm Architecture: [`model`] holds the state, [`update`]
//! changes it, [`layout`] lays a screen out as a plan, [`scroll`] settles the scroll on that
//! plan, [`view`] draws it and [`input`] maps terminal events (clicks on the plan drawn) to
//! messages, all keys from [`keymap`]. [`kiosk`] holds what only a kiosk does, [`dialog`]
//! places dialogs, [`terminal`] owns setup and teardown, [`backend`] sends frames with as few
//! cursor moves as Chinese text allows, [`theme`] the styles. This file is
//! the runtime: the event loop, signals, the print command and writing files.

pub(crate) mod backend;
pub mod dialog;
pub mod input;
pub mod keymap;
pub mod kiosk;
pub mod layout;
pub mod model;
pub(crate) mod scroll;
pub(crate) mod speech;
pub(crate) mod terminal;
pub mod theme;
pub mod update;
pub mod view;

use crate::atomic::{Screen, write_atomic, write_new};
use crate::child;
use crate::config::{BorderKind, ThemeKind};
use crate::config::{Config, Mode};
use crate::engine::answers::Answers;
use crate::engine::problem::Problem;
use crate::exit::{EXIT_IO, Failure};
use crate::guide::Guide;
use crate::i18n::Lang;
use crate::render::{Format, render};
use crate::speak::Speaker;
use chrono::NaiveDate;
use layout::Plan;
use model::{Cmd, Model, Msg};
use ratatui::crossterm::event;
use scroll::Intent;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};
use theme::Theme;

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
    let (tx, rx) = mpsc::sync_channel(64);
    // Signals first, so one that arrives while the screen is set up is not lost: it waits
    // until the first frame is out, as typed keys wait in the terminal. Starting the two
    // threads that listen (a tenth of a millisecond) only then shows the guide sooner.
    let mut signals = terminal::Signals::catch().map_err(io)?;
    let mut terminal = terminal::setup(options.mouse, options.mode == Mode::Kiosk).map_err(io)?;
    let listen = || {
        let to_loop = tx.clone();
        signals.forward(move |sig| {
            let _ = to_loop.send(Input::Signal(sig));
        });
        spawn_reader(tx);
    };
    let result = event_loop(guide, options, &mut terminal, &rx, listen);
    terminal::restore();
    // Only now, with the terminal given back: until here a signal must not end the guide.
    drop(signals);
    match result.map_err(io)? {
        End::Quit => Ok(()),
        // Ended by a signal: the conventional status, 128 + the signal's number.
        End::Signal(sig) => Err(Failure::new(
            u8::try_from(128 + sig).unwrap_or(1),
            Vec::new(),
        )),
    }
}

/// The running program's file, as it was at start: its path and its identity on disk.
struct BinaryWatch {
    path: std::path::PathBuf,
    identity: (u64, u64),
}

impl BinaryWatch {
    fn start() -> Option<BinaryWatch> {
        let path = std::env::current_exe().ok()?;
        let identity = file_identity(&path)?;
        Some(BinaryWatch { path, identity })
    }

    /// True once the path holds another file (a package upgrade renames a new one into
    /// place) or none at all.
    fn replaced(&self) -> bool {
        file_identity(&self.path) != Some(self.identity)
    }
}

/// Device and inode: what stays the same for a file however it is renamed, and changes
/// when another file takes its place.
fn file_identity(path: &std::path::Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

/// What wakes the event loop: the terminal or a signal.
enum Input {
    Event(std::io::Result<event::Event>),
    Signal(i32),
}

/// How the event loop ended.
enum End {
    Quit,
    Signal(i32),
}

/// One message through the wizard: the pure `update`, then the screen laid out once and its
/// scroll settled on that plan. The runtime and the tests step alike, so this order is
/// written here only.
pub fn step(m: &mut Model<'_>, msg: Msg) -> Option<Cmd> {
    step_planned(m, msg).0
}

/// [`step`], also giving the plan of the screen it leaves: the runtime draws it and keeps it
/// to map the next click on.
pub fn step_planned(m: &mut Model<'_>, msg: Msg) -> (Option<Cmd>, Plan) {
    let intent = Intent::of(m, &msg);
    let cmd = update::update(m, msg);
    (cmd, scroll::settle(m, intent))
}

/// The model an options set starts with.
fn initial_model<'g>(guide: &'g Guide, options: &Options) -> Model<'g> {
    let mut m = Model::new(guide, options.lang, options.today);
    m.theme = Theme::new(options.theme, options.borders);
    m.settings = model::Settings::from_config(options.mode, &options.config, options.lang);
    if !options.answers.is_empty() {
        update::navigate::start_with_answers(
            &mut m,
            options.answers.clone(),
            options.notice.clone(),
        );
    }
    m
}

fn event_loop(
    guide: &Guide,
    options: &Options,
    terminal: &mut terminal::Screen,
    inputs: &mpsc::Receiver<Input>,
    listen: impl FnOnce(),
) -> std::io::Result<End> {
    let started = Instant::now();
    let now = || u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    let mut m = initial_model(guide, options);
    // The size the terminal was found to have when it was set up, a moment ago.
    let size = terminal.get_frame().area();
    // The plan on screen: drawn, and kept to map clicks on. Made again after every message.
    let (_, mut shown) = step_planned(&mut m, Msg::Resize(size.width, size.height));
    let kiosk = options.mode == Mode::Kiosk;
    // An upgrade replaces the binary on disk while this one runs. A kiosk finishes the
    // current person's session and ends once it is at rest again (after the idle wipe or
    // "finish and clear"), so the service starts the new version and nobody is cut off.
    let binary = kiosk.then(BinaryWatch::start).flatten();
    // The print command and the voice, while they run. Dropping them stops and reaps their
    // commands, so however this function ends (quit, signal, error), none is left behind.
    let mut fx = Effects {
        printing: None,
        speaker: options.config.speak_command.clone().map(Speaker::new),
    };
    let mut listen = Some(listen);
    loop {
        if kiosk {
            // A kiosk never falls over: a bug resets it to the welcome screen.
            let drawn = panic::catch_unwind(AssertUnwindSafe(|| {
                terminal
                    .draw(|frame| view::draw(&m, &shown, frame))
                    .map(|_| ())
            }));
            match drawn {
                Ok(result) => result?,
                Err(_) => recover(&mut m, terminal)?,
            }
        } else {
            terminal.draw(|frame| view::draw(&m, &shown, frame))?;
        }
        if let Some(listen) = listen.take() {
            listen();
        }
        if m.quit {
            return Ok(End::Quit);
        }
        if binary.as_ref().is_some_and(BinaryWatch::replaced) && kiosk::at_rest(&m) {
            return Ok(End::Quit);
        }
        shown = step_planned(&mut m, Msg::Tick(now())).1;
        // A wipe means the print is no longer wanted: stop it rather than wait for it.
        if !m.printing {
            fx.printing = None;
        }
        if let Some(result) = fx.printing.as_mut().and_then(PrintJob::finished) {
            fx.printing = None;
            shown = step_planned(&mut m, Msg::Printed(result)).1;
            continue;
        }
        if let Some(result) = fx.speech_ended(&m) {
            shown = step_planned(&mut m, Msg::SpeechEnded(result)).1;
            continue;
        }
        // Wake regularly to run the kiosk's idle clock (and, while printing, to notice the
        // command end). Terminal events come from a reader thread, signals from a signal
        // thread, both through this one channel, so a signal wakes the loop at once.
        let busy = fx.printing.is_some() || m.speaking;
        let wait = if busy { 100 } else { 250 };
        let ev = match inputs.recv_timeout(Duration::from_millis(wait)) {
            Ok(Input::Event(Ok(ev))) => ev,
            Ok(Input::Event(Err(e))) => return Err(e),
            Ok(Input::Signal(sig)) => {
                // Whatever a signal does (end, stop, continue), the voice stops first: it must
                // not go on talking over a stopped or ended guide.
                m.speaking = false;
                fx.follow(&m);
                match signal(sig, kiosk, options.mouse, terminal, &mut m, &mut shown)? {
                    Some(end) => return Ok(end),
                    None => continue,
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => continue,
            Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(End::Quit),
        };
        // Debug builds only: F12 with YIBAO_GUIDE_TEST_PANIC set panics inside the step, so
        // the end-to-end tests can check the terminal is restored (or a kiosk starts over).
        let test_panic = cfg!(debug_assertions)
            && std::env::var_os("YIBAO_GUIDE_TEST_PANIC").is_some()
            && matches!(&ev, event::Event::Key(k) if k.code == event::KeyCode::F(12));
        let Some(msg) = input::map_event_on(&m, &shown, &ev).or(test_panic.then_some(Msg::Help))
        else {
            continue;
        };
        // The message, and those reporting the effects it asks for, each a step of its own.
        let steps = |m: &mut Model<'_>, fx: &mut Effects, shown: &mut Plan| -> Option<Cmd> {
            if test_panic {
                panic!("test panic requested with YIBAO_GUIDE_TEST_PANIC");
            }
            let mut next = Some(msg.clone());
            let mut last = None;
            while let Some(msg) = next.take() {
                let (cmd, plan) = step_planned(m, msg);
                *shown = plan;
                fx.follow(m);
                match cmd {
                    Some(Cmd::Export {
                        path,
                        format,
                        replace,
                    }) => next = Some(Msg::Exported(export(m, &path, format, replace))),
                    Some(Cmd::SaveAnswers { path, replace }) => {
                        next = Some(Msg::Saved(save_answers(m, &path, replace)))
                    }
                    Some(Cmd::Print { text }) => match PrintJob::start(m, &text) {
                        Ok(job) => fx.printing = Some(job),
                        Err(p) => next = Some(Msg::Printed(Err(p))),
                    },
                    Some(Cmd::Speak { text }) => {
                        if let Some(Err(p)) = fx.speaker.as_mut().map(|s| s.speak(m.lang, &text)) {
                            next = Some(Msg::SpeechEnded(Err(p)));
                        }
                    }
                    // Never in a kiosk (the model does not ask; this makes sure).
                    Some(Cmd::Copy { .. }) if kiosk => {}
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
            let stepped =
                panic::catch_unwind(AssertUnwindSafe(|| steps(&mut m, &mut fx, &mut shown)));
            match stepped {
                Ok(cmd) => cmd,
                Err(_) => {
                    recover(&mut m, terminal)?;
                    shown = scroll::settle(&mut m, Intent::Keep);
                    None
                }
            }
        } else {
            steps(&mut m, &mut fx, &mut shown)
        };
        if outcome == Some(Cmd::Quit) {
            return Ok(End::Quit);
        }
    }
}

/// What a signal does. SIGTERM and SIGHUP end any mode; SIGINT and SIGQUIT end all but a
/// kiosk (which only its operator or the system may end). SIGTSTP gives the terminal back
/// and stops, as Ctrl-Z stops a shell job (not in a kiosk); SIGCONT takes the screen again
/// and redraws it, whoever stopped the guide.
fn signal(
    sig: i32,
    kiosk: bool,
    mouse: bool,
    terminal: &mut terminal::Screen,
    m: &mut Model<'_>,
    shown: &mut Plan,
) -> std::io::Result<Option<End>> {
    use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
    match sig {
        SIGTERM | SIGHUP => Ok(Some(End::Signal(sig))),
        SIGINT | SIGQUIT if !kiosk => Ok(Some(End::Signal(sig))),
        SIGTSTP if !kiosk => {
            terminal::suspend();
            resume(terminal, mouse, m, shown)
        }
        SIGCONT => resume(terminal, mouse, m, shown),
        _ => Ok(None),
    }
}

fn resume(
    terminal: &mut terminal::Screen,
    mouse: bool,
    m: &mut Model<'_>,
    shown: &mut Plan,
) -> std::io::Result<Option<End>> {
    terminal::resume(terminal, mouse)?;
    // The window may have changed size while the guide was stopped.
    let size = terminal.size()?;
    *shown = step_planned(m, Msg::Resize(size.width, size.height)).1;
    Ok(None)
}

/// Reads terminal events on their own thread. It stops at the first error (the terminal is
/// gone) or when the loop no longer listens.
///
/// The terminal tells of a new size only once crossterm listens for it (on the first
/// read), so the reader starts by reporting the size as it is then: a window resized
/// while the guide started up is not missed.
fn spawn_reader(tx: mpsc::SyncSender<Input>) {
    std::thread::spawn(move || {
        let listening = event::poll(Duration::ZERO);
        if listening.is_ok()
            && let Ok((width, height)) = ratatui::crossterm::terminal::size()
        {
            let _ = tx.send(Input::Event(Ok(event::Event::Resize(width, height))));
        }
        loop {
            let ev = event::read();
            let failed = ev.is_err();
            if tx.send(Input::Event(ev)).is_err() || failed {
                return;
            }
        }
    });
}

/// After a bug in kiosk mode: wipe, apologise on the welcome screen, redraw from scratch.
fn recover(m: &mut Model<'_>, terminal: &mut terminal::Screen) -> std::io::Result<()> {
    update::navigate::wipe(m);
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
fn export(
    m: &Model<'_>,
    path: &Path,
    format: Format,
    replace: bool,
) -> Result<std::path::PathBuf, Problem> {
    let checklist = m
        .checklist
        .as_ref()
        .ok_or_else(|| Problem::new("write-failed").arg("reason", "other"))?;
    let text = render(
        checklist,
        &m.guide.locales,
        m.lang,
        format,
        None,
        Some(&m.ticked),
    );
    write_file(m, path, &text, replace)
}

fn save_answers(m: &Model<'_>, path: &Path, replace: bool) -> Result<std::path::PathBuf, Problem> {
    let text = crate::save::answers_yaml(&m.guide.content, &m.walk().on_path);
    write_file(m, path, &text, replace)
}

/// Writes from the wizard (never onto the terminal it is drawn on); returns where. A kiosk
/// never replaces a file: the name gets "-2", "-3"... instead. Elsewhere an existing file
/// is replaced only once the person has agreed (`replace`).
fn write_file(
    m: &Model<'_>,
    path: &Path,
    text: &str,
    replace: bool,
) -> Result<std::path::PathBuf, Problem> {
    if m.settings.kiosk() {
        return write_new(path, text.as_bytes());
    }
    let exists = std::fs::metadata(path).is_ok_and(|meta| meta.is_file());
    if exists && !replace {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        return Err(Problem::new("tui-file-exists").arg("value", name));
    }
    write_atomic(path, text.as_bytes(), Screen::InUse)?;
    Ok(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
}

/// The commands the wizard runs beside itself, each following the model: the print job
/// while `m.printing`, the voice while `m.speaking`.
struct Effects {
    printing: Option<PrintJob>,
    speaker: Option<Speaker>,
}

impl Effects {
    /// Stops the voice once the model no longer wants it (V again, another screen, the
    /// other language, a wipe).
    fn follow(&mut self, m: &Model<'_>) {
        if !m.speaking
            && let Some(speaker) = self.speaker.as_mut()
        {
            speaker.stop();
        }
    }

    /// The voice's result once it has finished what the model asked it to read.
    fn speech_ended(&mut self, m: &Model<'_>) -> Option<Result<(), Problem>> {
        self.follow(m);
        let speaker = self.speaker.as_mut()?;
        if !m.speaking || speaker.is_speaking() {
            return None;
        }
        Some(speaker.poll().map_or(Ok(()), Err))
    }
}

/// How long a print command may take before it is stopped. A receipt printer's spooler
/// (`lp`) takes well under a second; a command still running after this is stuck.
const PRINT_TIMEOUT: Duration = Duration::from_secs(30);

/// The print command, running beside the event loop (see [`crate::child`]): the wizard
/// keeps drawing, the idle clock keeps running and signals are heard while it works.
/// Dropping it stops the command and reaps it, so it never outlives the wizard.
struct PrintJob {
    running: child::Running,
}

impl PrintJob {
    /// Starts the configured command (no shell) with `text` on its standard input.
    fn start(m: &Model<'_>, text: &str) -> Result<PrintJob, Problem> {
        let argv = m.settings.print_command.as_deref().unwrap_or_default();
        child::start(argv, text, Some(PRINT_TIMEOUT))
            .map(|running| PrintJob { running })
            .map_err(print_failed)
    }

    /// The result once the command has ended, or has run out of time (then it is stopped).
    fn finished(&mut self) -> Option<Result<(), Problem>> {
        self.running
            .finished()
            .map(|result| result.map_err(print_failed))
    }
}

/// `print-failed`, with why (`start`, `failed`, `timeout`) and the time limit.
fn print_failed(e: child::ChildError) -> Problem {
    Problem::new("print-failed")
        .arg("reason", e.reason())
        .arg("seconds", PRINT_TIMEOUT.as_secs())
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
