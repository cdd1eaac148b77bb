//! A small harness that runs the full-screen wizard in a real pseudo-terminal, through
//! tmux: send keys, read the screen, query the terminal's modes.
//!
//! Each [`Tmux`] has its own server socket (`tmux -L`), so tests run in parallel, and a
//! Drop guard ends what runs in its pane and kills that server however the test ends.
//! Waits poll the screen (no fixed sleeps) until what a test expects appears on a screen
//! that has finished drawing; if the screen stops changing for 10 s without it, they panic
//! with the last screen, so a failure shows what the person would have seen.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use unicode_width::UnicodeWidthStr;

/// The day every run pretends it is.
pub const TODAY: &str = "2026-11-22";

/// A wait fails once the screen has not changed for this long without showing what it
/// waits for. While the screen keeps changing (a slow machine still working through the
/// keys), the wait goes on, up to [`MAX_WAIT`].
const STALL: Duration = Duration::from_secs(10);
const MAX_WAIT: Duration = Duration::from_secs(60);
const POLL: Duration = Duration::from_millis(30);

/// The session (and so the pane) every command targets.
const TARGET: &str = "t";

static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_yibao-guide")
}

/// Quotes `s` for a POSIX shell.
/// Sends `signal` (a name such as "TSTP") to process `pid`, and checks it was sent.
pub fn kill(signal: &str, pid: impl std::fmt::Display) {
    let pid = pid.to_string();
    let status = Command::new("kill")
        .arg(format!("-{signal}"))
        .arg(pid.trim())
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -{signal} {pid}");
}

pub fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// Where the tests point the configuration folder: nowhere, so a configuration file on the
/// machine running them cannot change the wizard.
pub const NO_CONFIG: &str = "/nonexistent/yibao-guide-tests";

/// The environment every run of the guide gets: no language variables (the language comes
/// from `--lang`), default colours, no configuration file, and a terminal that can draw.
pub fn env_prefix() -> String {
    format!(
        "env -u LANG -u LC_ALL -u LC_MESSAGES -u LANGUAGE -u NO_COLOR \
         XDG_CONFIG_HOME={NO_CONFIG} TERM=xterm-256color"
    )
}

/// The shell command that starts the wizard in `lang` (zh or en).
pub fn guide_command(lang: &str) -> String {
    format!(
        "{} {} --today {TODAY} --lang {lang}",
        env_prefix(),
        sh_quote(bin())
    )
}

fn tmux_missing() -> ! {
    panic!(
        "tmux is not installed; these tests need it for a pseudo-terminal. \
         Install it with `apt-get install -y tmux` (CI's .ci/run does)."
    )
}

/// One tmux server with one session of one pane.
pub struct Tmux {
    socket: String,
    /// Working directory of the pane; also a scratch folder for the test.
    pub dir: tempfile::TempDir,
}

impl Tmux {
    /// Starts `command` (a shell command) in a `width` × `height` pane. The pane stays
    /// after the command exits, so its last screen can still be read.
    pub fn start(name: &str, width: u16, height: u16, command: &str) -> Tmux {
        match Command::new("tmux").arg("-V").output() {
            Ok(o) if o.status.success() => {}
            _ => tmux_missing(),
        }
        let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        let t = Tmux {
            socket: format!("yibao-{}-{id}-{name}", std::process::id()),
            dir: tempfile::tempdir().expect("temporary folder"),
        };
        let (w, h) = (width.to_string(), height.to_string());
        let dir = t.dir.path().to_str().expect("UTF-8 temp path").to_owned();
        t.run(&[
            "new-session",
            "-d",
            "-s",
            TARGET,
            "-x",
            &w,
            "-y",
            &h,
            "-c",
            &dir,
            "-e",
            "TERM=xterm-256color",
            command,
            ";",
            "set-option",
            "-g",
            "remain-on-exit",
            "on",
        ]);
        t
    }

    /// Starts the wizard directly in the pane.
    pub fn guide(name: &str, width: u16, height: u16, lang: &str) -> Tmux {
        Tmux::start(name, width, height, &guide_command(lang))
    }

    /// Starts an interactive shell with no start-up files.
    pub fn shell(name: &str, width: u16, height: u16) -> Tmux {
        Tmux::start(name, width, height, "bash --norc --noprofile")
    }

    fn command(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .arg("-f")
            .arg("/dev/null")
            .args(args)
            .env_remove("TMUX")
            .output()
            .unwrap_or_else(|e| {
                if e.kind() == std::io::ErrorKind::NotFound {
                    tmux_missing()
                }
                panic!("cannot run tmux: {e}")
            })
    }

    /// Runs a tmux command; panics if it fails.
    pub fn run(&self, args: &[&str]) -> String {
        let out = self.command(args);
        assert!(
            out.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Sends keys by tmux name: "Enter", "Escape", "F2", "BSpace", "Up", "q", "C-d"...
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", TARGET];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    /// Types `text` as it is, character by character.
    pub fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", TARGET, "-l", "--", text]);
    }

    /// Presses a key `n` times.
    pub fn repeat(&self, key: &str, n: usize) {
        let n = n.to_string();
        self.run(&["send-keys", "-t", TARGET, "-N", &n, key]);
    }

    /// A left click at a cell (0-based column and row), as an xterm with SGR mouse
    /// reporting sends it: press, then release.
    pub fn click(&self, col: usize, row: usize) {
        let (x, y) = (col + 1, row + 1);
        self.type_text(&format!("\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m"));
    }

    /// The visible screen, one line per row (trailing spaces trimmed by tmux).
    pub fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", TARGET])
    }

    /// A tmux format evaluated for the pane, e.g. `#{alternate_on}`.
    pub fn display(&self, format: &str) -> String {
        self.run(&["display-message", "-p", "-t", TARGET, format])
            .trim()
            .to_owned()
    }

    pub fn resize(&self, width: u16, height: u16) {
        let (w, h) = (width.to_string(), height.to_string());
        self.run(&["resize-window", "-t", TARGET, "-x", &w, "-y", &h]);
    }

    /// Puts `text` into a paste buffer and pastes it as a terminal would (with bracketed
    /// paste markers if, and only if, the program in the pane asked for them).
    pub fn paste(&self, text: &str) {
        self.run(&["set-buffer", "-b", "test", "--", text]);
        self.run(&["paste-buffer", "-p", "-d", "-b", "test", "-t", TARGET]);
    }

    /// Polls the screen until `ok` holds on two captures in a row that are the same (so
    /// a screen caught halfway through a redraw does not count). Gives up once the screen
    /// has not changed for [`STALL`], or after [`MAX_WAIT`].
    pub fn poll_until(&self, ok: impl Fn(&str) -> bool) -> Result<String, GaveUp> {
        self.poll(ok, Some(STALL), MAX_WAIT)
    }

    /// The polling behind [`Tmux::poll_until`] and [`wait_within`]: gives up after `limit`,
    /// or once the screen has been still for `stall` (never, if `None`).
    fn poll(
        &self,
        ok: impl Fn(&str) -> bool,
        stall: Option<Duration>,
        limit: Duration,
    ) -> Result<String, GaveUp> {
        let start = Instant::now();
        let mut changed = start;
        let mut last = String::new();
        let mut ok_before = false;
        loop {
            let screen = self.screen();
            let same = screen == last;
            if ok(&screen) {
                if ok_before && same {
                    return Ok(screen);
                }
                ok_before = true;
            } else {
                ok_before = false;
            }
            if !same {
                last = screen;
                changed = Instant::now();
            }
            let stalled = stall.is_some_and(|s| changed.elapsed() > s);
            if stalled || start.elapsed() > limit {
                return Err(GaveUp {
                    last,
                    waited: start.elapsed(),
                    unchanged: changed.elapsed(),
                });
            }
            std::thread::sleep(POLL);
        }
    }

    /// Like [`Tmux::poll_until`]; panics with `what` and the last screen if it gives up.
    pub fn wait_until(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        self.poll_until(ok)
            .unwrap_or_else(|g| panic!("{}", g.report(&format!("waiting for {what}"))))
    }

    /// Waits until the screen shows every one of `needles` (or, with `flat`, each of them
    /// ignoring wrapping) in a whole frame of `width` × `height` (see [`frame_problem`]).
    /// If it never does, the panic says what is wrong with the last frame.
    pub fn wait_frame(
        &self,
        needles: &[&str],
        flat_text: bool,
        width: usize,
        height: usize,
    ) -> String {
        let found = |s: &str| {
            if flat_text {
                let f = flat(s);
                needles.iter().all(|n| f.contains(&squeeze(n)))
            } else {
                needles.iter().all(|n| s.contains(n))
            }
        };
        self.poll_until(|s| found(s) && frame_problem(s, width, height).is_none())
            .unwrap_or_else(|g| {
                let why = match frame_problem(&g.last, width, height) {
                    Some(p) => format!("the frame is broken: {p}"),
                    None => format!("the frame is whole, but {needles:?} never showed"),
                };
                panic!(
                    "{}",
                    g.report(&format!(
                        "waiting for {needles:?} in a {width}x{height} frame; {why}"
                    ))
                )
            })
    }

    /// Waits until every one of `needles` is on the screen (as drawn, on one line each).
    pub fn wait_for(&self, needles: &[&str]) -> String {
        self.wait_until(&format!("{needles:?}"), |s| {
            needles.iter().all(|n| s.contains(n))
        })
    }

    /// Waits until `needle` is on the screen, ignoring line breaks, borders and spaces
    /// (for text that may wrap).
    pub fn wait_for_flat(&self, needle: &str) -> String {
        let want = squeeze(needle);
        self.wait_until(&format!("{needle:?} (ignoring wrapping)"), |s| {
            flat(s).contains(&want)
        })
    }

    /// Waits until `needle` is no longer on the screen.
    pub fn wait_gone(&self, needle: &str) -> String {
        self.wait_until(&format!("{needle:?} to disappear"), |s| !s.contains(needle))
    }

    /// Where `needle` is drawn: (column in cells, row), first match.
    pub fn locate(&self, needle: &str) -> (usize, usize) {
        let screen = self.wait_for(&[needle]);
        screen
            .lines()
            .enumerate()
            .find_map(|(row, line)| line.find(needle).map(|i| (line[..i].width(), row)))
            .expect("on screen")
    }

    /// Where `needle` is drawn on the first row that shows `row_needle`.
    pub fn locate_in_row(&self, row_needle: &str, needle: &str) -> (usize, usize) {
        let screen = self.wait_for(&[row_needle]);
        screen
            .lines()
            .enumerate()
            .filter(|(_, line)| line.contains(row_needle))
            .find_map(|(row, line)| line.find(needle).map(|i| (line[..i].width(), row)))
            .unwrap_or_else(|| panic!("no {needle:?} on the row of {row_needle:?}:\n{screen}"))
    }

    /// Clicks on the first visible character of `needle` where it is drawn (leading
    /// spaces only help find the right place).
    pub fn click_on(&self, needle: &str) {
        let (col, row) = self.locate(needle);
        let skip = needle.len() - needle.trim_start().len();
        self.click(col + skip, row);
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// From now on, appends the bytes the program sends to the terminal to `file`, as they
    /// come (tmux's pipe-pane).
    #[allow(dead_code)] // Only some test files record.
    pub fn record_output(&self, file: &Path) {
        let file = file.to_str().expect("UTF-8 temp path");
        self.run(&[
            "pipe-pane",
            "-t",
            TARGET,
            &format!("cat >> {}", sh_quote(file)),
        ]);
    }
}

/// A wait that gave up, with the last screen it saw.
pub struct GaveUp {
    pub last: String,
    pub waited: Duration,
    pub unchanged: Duration,
}

impl GaveUp {
    fn report(&self, what: &str) -> String {
        format!(
            "gave up after {:.1?} (screen unchanged for {:.1?}) {what}.\nLast screen:\n{rule}\n{}{rule}",
            self.waited,
            self.unchanged,
            self.last,
            rule = "-".repeat(40),
        )
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        // Killing the server hangs up the pane's terminal, and a program still running in
        // it may not notice (the wizard then spins on end-of-file forever; see the report).
        // So first end, by id, whatever still runs on this pane's terminal. The terminal is
        // checked only while the pane is alive, so its name cannot belong to another test.
        let out = self.command(&[
            "display-message",
            "-p",
            "-t",
            TARGET,
            "#{pane_dead} #{pane_tty}",
        ]);
        let out = String::from_utf8_lossy(&out.stdout);
        if let Some(tty) = out.trim().strip_prefix("0 ") {
            let pids = processes_on(Path::new(tty));
            if !pids.is_empty() {
                let _ = Command::new("kill").arg("-KILL").args(&pids).status();
            }
        }
        let _ = self.command(&["kill-server"]);
    }
}

/// Ids of the processes whose standard input is `tty` (Linux /proc; none elsewhere).
fn processes_on(tty: &Path) -> Vec<String> {
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    dir.filter_map(Result::ok)
        .filter_map(|e| {
            let pid = e.file_name().into_string().ok()?;
            pid.parse::<u32>().ok()?;
            let stdin = std::fs::read_link(e.path().join("fd/0")).ok()?;
            (stdin == tty).then_some(pid)
        })
        .collect()
}

/// Removes all whitespace.
pub fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The screen's text without the frame's side borders, scroll markers, line breaks and
/// spaces, so wrapped text can be found whole.
pub fn flat(screen: &str) -> String {
    let mut out = String::new();
    for line in screen.lines() {
        let line = line.trim();
        let line = line.strip_prefix('│').unwrap_or(line);
        let line = line
            .strip_suffix(['│', '^', 'v'])
            .unwrap_or(line)
            .trim_end();
        out.push_str(&squeeze(line));
    }
    out
}

/// What is wrong with the frame of a `width` × `height` screen, if anything: a line wider
/// than the terminal, or a frame row (all but the hint row at the bottom) that does not
/// start and end with a border cell (or a scroll marker in the right border) exactly at
/// the first and last column.
pub fn frame_problem(screen: &str, width: usize, height: usize) -> Option<String> {
    let lines: Vec<&str> = screen.lines().collect();
    if lines.len() < height - 1 {
        return Some(format!("only {} lines, expected {height}", lines.len()));
    }
    for (row, line) in lines.iter().enumerate() {
        if line.width() > width {
            return Some(format!(
                "row {row} is {} cells wide, more than {width}: {line:?}",
                line.width()
            ));
        }
    }
    for (row, line) in lines.iter().enumerate().take(height - 1) {
        let (left, right): (&[char], &[char]) = if row == 0 {
            (&['┌'], &['┐'])
        } else if row == height - 2 {
            (&['└'], &['┘'])
        } else {
            (&['│'], &['│', '^', 'v'])
        };
        let first = line.chars().next();
        let last = line.chars().last();
        if !first.is_some_and(|c| left.contains(&c))
            || !last.is_some_and(|c| right.contains(&c))
            || line.width() != width
        {
            return Some(format!(
                "row {row} is not a whole frame row of {width} cells: {line:?}"
            ));
        }
    }
    None
}

/// Reads `path`, which must exist.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Polls the screen until `ok` holds on two captures in a row that are the same, for up to
/// `limit`, however long the screen stays still: for waits on a timer (a kiosk's idle
/// clock), where a still screen is what is expected, not a sign of a stall. Panics with
/// `what` and the last screen if `limit` passes first.
#[allow(dead_code)] // Only some test files wait on a timer.
pub fn wait_within(t: &Tmux, what: &str, limit: Duration, ok: impl Fn(&str) -> bool) -> String {
    t.poll(ok, None, limit)
        .unwrap_or_else(|g| panic!("{}", g.report(&format!("waiting for {what}"))))
}

/// The label of `question`'s `option` in `lang` ("zh" or "en"), as `questions --format
/// json` gives it, so the tests look for the words the content actually has.
#[allow(dead_code)] // Not every test file picks options by label.
pub fn option_label(lang: &str, question: &str, option: &str) -> String {
    let out = Command::new(bin())
        .args(["--today", TODAY, "--lang", lang])
        .args(["questions", "--format", "json"])
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("XDG_CONFIG_HOME", NO_CONFIG)
        .output()
        .expect("run yibao-guide questions");
    assert!(out.status.success(), "yibao-guide questions failed");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("questions JSON");
    v.as_array()
        .expect("a list of questions")
        .iter()
        .find(|q| q["id"] == question)
        .and_then(|q| q["options"].as_array()?.iter().find(|o| o["id"] == option))
        .and_then(|o| o["label"].as_str())
        .unwrap_or_else(|| panic!("no option {question}={option}"))
        .to_owned()
}
