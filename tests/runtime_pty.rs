//! What the wizard's runtime does outside the model, end to end in a real pseudo-terminal
//! (tmux): every signal that ends the guide gives the terminal back as it was; SIGTSTP
//! gives it back and stops, SIGCONT (or the shell's `fg`) takes it again and redraws; a
//! slow print command neither freezes a kiosk nor outlives it; a file is replaced only
//! when the person agrees, and a failed write keeps the dialog open.
//!
//! Waits poll with generous bounds (a loaded machine may be slow); nothing is timed.
//! Needs tmux (`apt-get install -y tmux`).

#[allow(dead_code)] // Each test file uses its own part of the harness.
mod pty;

use pty::{Tmux, guide_command, kill, sh_quote, wait_within};
use std::path::Path;
use std::time::{Duration, Instant};

const WELCOME_EN: &str = "> Start";
const STEP_1: &str = "Step 1 of about";
const STEP_2: &str = "Step 2 of about";
const PRINTING: &str = "Printing...";
const CHECKLIST_EN: &str = "Your checklist: employee medical insurance gap";
const INVITE_EN: &str = "Touch the screen or press Enter to start.";
const REVIEW_EN: &str = "Please check your answers";
const YEAR: &str = "Year";

/// Generous: a wait on the kiosk's wall clock, or on a process ending, on a loaded machine.
const LIMIT: Duration = Duration::from_secs(30);

/// An idle guide sends nothing to the terminal. Its clock ticks four times a second (the
/// kiosk's idle timer), and every tick used to send 25 bytes (colours reset, cursor hidden)
/// though nothing had changed, each write waking the terminal to repaint. Over ssh or on a
/// kiosk left alone all day, that was traffic and work for nothing.
#[test]
fn an_idle_guide_sends_nothing_to_the_terminal() {
    let t = Tmux::guide("idle-quiet", 80, 24, "en");
    t.wait_for(&[WELCOME_EN]);
    let sent = t.path("sent");
    t.record_output(&sent);
    // Six ticks or more.
    std::thread::sleep(Duration::from_millis(1500));
    let idle = std::fs::read(&sent).unwrap_or_default();
    assert!(
        idle.is_empty(),
        "sent while idle: {:?}",
        String::from_utf8_lossy(&idle)
    );
    // What the guide does send is recorded: the next screen, after a key.
    t.keys(&["Enter"]);
    t.wait_for(&[STEP_1]);
    poll("the next screen in the recording", LIMIT, || {
        String::from_utf8_lossy(&std::fs::read(&sent).unwrap_or_default()).contains("Step")
    });
}

/// The guide's process id, written by the wrapper that starts it (`guide.pid`).
fn guide_pid(t: &Tmux) -> u32 {
    let path = t.path("guide.pid");
    let start = Instant::now();
    loop {
        if let Some(pid) = std::fs::read_to_string(&path)
            .ok()
            .and_then(|s| s.trim().parse().ok())
        {
            return pid;
        }
        assert!(start.elapsed() < LIMIT, "no guide.pid");
        std::thread::sleep(Duration::from_millis(30));
    }
}

/// A shell command that writes its process id to guide.pid and becomes the guide (so the
/// id is the guide's).
fn wrapped_guide() -> String {
    format!(
        "sh -c 'echo $$ > guide.pid; exec \"$@\"' sh {}",
        guide_command("en")
    )
}

/// The process's state letter from /proc (R, S, T for stopped, Z for a zombie), if it
/// still exists.
fn state(pid: u32) -> Option<char> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.rsplit_once(')')?.1.trim_start().chars().next()
}

/// The children of `pid`: (id, command name).
fn children(pid: u32) -> Vec<(u32, String)> {
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    dir.filter_map(Result::ok)
        .filter_map(|e| {
            let child: u32 = e.file_name().to_str()?.parse().ok()?;
            let stat = std::fs::read_to_string(e.path().join("stat")).ok()?;
            let (head, rest) = stat.rsplit_once(')')?;
            let comm = head.split_once('(')?.1.to_owned();
            let ppid: u32 = rest.split_whitespace().nth(1)?.parse().ok()?;
            (ppid == pid).then_some((child, comm))
        })
        .collect()
}

/// Polls `ok` until it holds, for at most `limit`; panics with `what` if it never does.
fn poll(what: &str, limit: Duration, ok: impl Fn() -> bool) {
    let start = Instant::now();
    while !ok() {
        assert!(start.elapsed() < limit, "gave up waiting for {what}");
        std::thread::sleep(Duration::from_millis(30));
    }
}

/// Alternate screen off, cursor shown, no mouse reporting: the terminal as a shell had it.
fn assert_terminal_given_back(t: &Tmux, screen: &str) {
    let flags = "#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_sgr_flag} \
                 #{mouse_standard_flag} #{mouse_button_flag} #{mouse_all_flag}";
    assert_eq!(
        t.display(flags),
        "0 1 0 0 0 0 0",
        "alternate screen off, cursor shown, mouse off:\n{screen}"
    );
}

/// The shell takes a typed command again (so the terminal echoes and reads lines).
fn assert_shell_works(t: &Tmux, n: u32) {
    t.type_text(&format!("echo alive-$((40+{n}))"));
    t.keys(&["Enter"]);
    t.wait_for(&[&format!("alive-{}", 40 + n)]);
}

/// SIGINT and SIGQUIT left the alternate screen, mouse reporting and the hidden cursor on
/// (the default action ended the process before anything was restored).
#[test]
fn sigint_and_sigquit_give_the_terminal_back() {
    for (signal, status) in [("INT", 130), ("QUIT", 131), ("TERM", 143)] {
        let t = Tmux::shell(&format!("sig-{signal}"), 80, 24);
        t.type_text(&format!("{}; echo \"EXIT=$?\"", wrapped_guide()));
        t.keys(&["Enter"]);
        t.wait_for(&[WELCOME_EN]);
        assert_eq!(t.display("#{alternate_on}"), "1");
        let pid = guide_pid(&t);
        kill(signal, pid);
        let screen = t.wait_for(&[&format!("EXIT={status}")]);
        assert_terminal_given_back(&t, &screen);
        assert_shell_works(&t, 2);
    }
}

/// SIGTSTP stopped the guide with the terminal still in raw mode and on the alternate
/// screen; after `fg` the screen was stale. Now it gives the terminal back, stops, and on
/// `fg` takes it again and draws the screen it was on, with keys working at once.
#[test]
fn sigtstp_gives_the_terminal_back_and_fg_redraws() {
    let t = Tmux::shell("tstp-fg", 80, 24);
    t.type_text(&wrapped_guide());
    t.keys(&["Enter"]);
    t.wait_for(&[WELCOME_EN]);
    t.keys(&["Enter"]);
    t.wait_for(&[STEP_1, "> 1. "]);
    let pid = guide_pid(&t);
    kill("TSTP", pid);
    // The shell reports the stopped job and prompts again.
    let screen = t.wait_until("the shell after the stop", |s| s.contains("Stopped"));
    poll("the guide to stop", LIMIT, || state(pid) == Some('T'));
    assert_terminal_given_back(&t, &screen);
    assert_shell_works(&t, 3);
    // `fg` continues it: the question again, full screen.
    t.type_text("fg");
    t.keys(&["Enter"]);
    let screen = t.wait_for(&[STEP_1, "> 1. "]);
    assert!(
        !screen.contains("alive-43"),
        "redrawn over the shell:\n{screen}"
    );
    assert_eq!(t.display("#{alternate_on} #{cursor_flag}"), "1 0");
    // Raw mode again: one key, no Enter, moves on.
    t.keys(&["1"]);
    t.wait_for(&[STEP_2, YEAR]);
    kill("TERM", pid);
    poll("the guide to end", LIMIT, || state(pid).is_none());
    t.type_text("echo \"EXIT=$?\"");
    t.keys(&["Enter"]);
    let screen = t.wait_for(&["EXIT=143"]);
    assert_terminal_given_back(&t, &screen);
}

/// Stopped with `kill -TSTP` and continued with `kill -CONT` (run by a script, so no shell
/// does job control; tmux itself continues a pane's own process at once when it stops,
/// so the guide is not that process): the terminal is given back while stopped, and taken
/// again and redrawn after.
#[test]
fn kill_tstp_then_kill_cont_redraws() {
    let t = Tmux::shell("tstp-cont", 80, 24);
    let script = format!("{}\necho \"EXIT=$?\"\n", wrapped_guide());
    std::fs::write(t.path("run.sh"), script).unwrap();
    t.type_text("sh run.sh");
    t.keys(&["Enter"]);
    t.wait_for(&[WELCOME_EN]);
    t.keys(&["Enter"]);
    t.wait_for(&[STEP_1, "> 1. "]);
    let pid = guide_pid(&t);
    kill("TSTP", pid);
    poll("the guide to stop", LIMIT, || state(pid) == Some('T'));
    let screen = t.wait_gone(STEP_1);
    assert_terminal_given_back(&t, &screen);
    kill("CONT", pid);
    t.wait_for(&[STEP_1, "> 1. "]);
    assert_eq!(t.display("#{alternate_on} #{cursor_flag}"), "1 0");
    // Raw mode again: one key, no Enter, moves on.
    t.keys(&["1"]);
    t.wait_for(&[STEP_2, YEAR]);
    kill("TERM", pid);
    let screen = t.wait_for(&["EXIT=143"]);
    assert_terminal_given_back(&t, &screen);
}

/// A kiosk whose print command is `sleep 45`, started in the pane (its process id is the
/// pane's), at the checklist; `idle` seconds before "still there?".
fn kiosk_at_checklist(name: &str, idle: u64) -> (Tmux, u32) {
    let t = Tmux::shell(name, 100, 30);
    let yaml = format!(
        "mode: kiosk\nidle_timeout_seconds: {idle}\ncountdown_seconds: 5\n\
         operator_exit:\n  key: ctrl+alt+x\n  pin: \"2468\"\n\
         print_command: [\"sleep\", \"45\"]\n"
    );
    let config = t.path("kiosk.yaml");
    std::fs::write(&config, yaml).unwrap();
    t.type_text(&format!(
        "exec {} --config {}",
        guide_command("en"),
        sh_quote(config.to_str().unwrap())
    ));
    t.keys(&["Enter"]);
    t.wait_for(&[INVITE_EN]);
    let pid: u32 = t.display("#{pane_pid}").parse().unwrap();
    to_checklist(&t);
    (t, pid)
}

/// From the welcome screen to the checklist (English).
fn to_checklist(t: &Tmux) {
    // Resigned, gap from 2026-09 and still not paying, flexible, same city, no medical
    // costs, none of the situations (as tests/modes_pty.rs's answer_path).
    t.keys(&["Enter"]);
    t.wait_for(&[STEP_1, "> 1. "]);
    t.keys(&["1"]);
    t.wait_for(&[STEP_2, YEAR]);
    t.type_text("202609");
    t.wait_for(&["2026-09_"]);
    t.keys(&["Enter"]);
    // The last unpaid month starts on "still not paying": n (or Enter) keeps it.
    t.wait_for(&["Step 3 of about", "Still not paying"]);
    t.keys(&["n"]);
    for (step, key) in [(4, "2"), (5, "1"), (6, "2")] {
        t.wait_for(&[&format!("Step {step} of about"), "> 1. "]);
        t.keys(&[key]);
    }
    t.wait_for(&["Step 7 of about", "0. [ ]"]);
    t.keys(&["0"]);
    t.keys(&["Enter"]);
    t.wait_for(&[REVIEW_EN]);
    t.keys(&["Enter"]);
    t.wait_for(&[CHECKLIST_EN]);
}

/// Presses P and waits for "Printing..." (never drawn before: the kiosk waited for the
/// command first); returns the print command's process id.
fn print_slowly(t: &Tmux, pid: u32) -> u32 {
    t.keys(&["p"]);
    t.wait_for(&[PRINTING]);
    let mut sleeping = Vec::new();
    poll("the print command to start", LIMIT, || {
        !children(pid).is_empty()
    });
    for (child, comm) in children(pid) {
        if comm == "sleep" {
            sleeping.push(child);
        }
    }
    assert_eq!(sleeping.len(), 1, "one print command: {:?}", children(pid));
    sleeping[0]
}

/// A print command that takes 45 s kept a kiosk frozen on the checklist and delayed
/// SIGTERM by as long. Now SIGTERM ends the kiosk at once, and the command with it.
#[test]
fn sigterm_ends_a_printing_kiosk_and_its_print_command() {
    let (t, pid) = kiosk_at_checklist("print-term", 600);
    let sleep = print_slowly(&t, pid);
    // The kiosk still answers while printing: the language switches.
    t.keys(&["F2"]);
    t.wait_for(&["您的办理清单"]);
    kill("TERM", pid);
    poll("the kiosk to end", Duration::from_secs(10), || {
        t.display("#{pane_dead}") == "1"
    });
    assert!(
        !Path::new(&format!("/proc/{sleep}")).exists(),
        "the print command is gone (state {:?})",
        state(sleep)
    );
}

/// The idle wipe does not wait for a print: it comes on time, stops the command and reaps
/// it (no zombie), and the kiosk runs on for the next person.
#[test]
fn the_idle_wipe_stops_a_slow_print() {
    let (t, pid) = kiosk_at_checklist("print-wipe", 10);
    let sleep = print_slowly(&t, pid);
    wait_within(&t, "the wipe", LIMIT, |s| s.contains(INVITE_EN));
    poll("the print command to be stopped", LIMIT, || {
        !Path::new(&format!("/proc/{sleep}")).exists()
    });
    assert!(children(pid).is_empty(), "{:?}", children(pid));
    assert_eq!(t.display("#{pane_dead}"), "0", "the kiosk runs on");
    t.keys(&["Enter"]);
    t.wait_for(&[STEP_1]);
}

/// The export dialog's question, and the status once written.
const EXPORT_PROMPT: &str = "Save the checklist to this file";
const SAVED: &str = "Saved to";

/// On the checklist: e, clear the suggested name, type `name`, Enter.
fn export(t: &Tmux, name: &str) {
    t.keys(&["e"]);
    t.wait_for(&[EXPORT_PROMPT, "yibao-checklist-2026-11-22.md"]);
    t.repeat("BSpace", 40);
    t.wait_gone("yibao-checklist-2026-11-22.md");
    t.type_text(name);
    t.wait_for(&[name]);
    t.keys(&["Enter"]);
}

/// An existing file was replaced without a word. Now the dialog asks first (Enter again
/// replaces it), and a write that fails keeps the dialog open with the name, saying in
/// the person's language what went wrong and what to do (not the system's words).
#[test]
fn replacing_a_file_is_asked_and_a_failed_write_keeps_the_dialog() {
    let t = Tmux::guide("replace", 100, 30, "en");
    std::fs::write(t.path("mine.md"), "old").unwrap();
    t.wait_for(&[WELCOME_EN]);
    to_checklist(&t);
    export(&t, "mine.md");
    t.wait_for(&["mine.md already exists. Press Enter again to replace it"]);
    assert_eq!(std::fs::read_to_string(t.path("mine.md")).unwrap(), "old");
    t.keys(&["Enter"]);
    t.wait_until("Saved to .../mine.md", |s| {
        s.lines()
            .any(|l| l.contains(SAVED) && l.contains("mine.md"))
    });
    t.wait_gone(EXPORT_PROMPT);
    let text = std::fs::read_to_string(t.path("mine.md")).unwrap();
    assert!(text.contains(CHECKLIST_EN), "{text}");
    // Into a folder that does not exist.
    export(&t, "no/such/x.md");
    let screen = t.wait_for(&["Could not write: the folder does not exist. How to fix:"]);
    assert!(
        screen.contains(EXPORT_PROMPT) && screen.contains("no/such/x.md"),
        "{screen}"
    );
    assert!(
        !screen.contains("os error") && !screen.contains(".yibao-guide-"),
        "{screen}"
    );
    // The name is kept: fix it and save.
    t.repeat("BSpace", 12);
    t.type_text("x.md");
    t.wait_for(&["x.md"]);
    t.keys(&["Enter"]);
    t.wait_gone(EXPORT_PROMPT);
    assert!(t.path("x.md").exists());
}

/// A package upgrade replaces the binary on disk while a kiosk runs. The person in front of
/// it keeps their session (the old program runs on); at the next idle wipe the kiosk ends
/// with status 0, so its service starts the new version.
#[test]
fn a_replaced_binary_ends_the_kiosk_at_the_next_wipe_not_before() {
    let t = Tmux::shell("replaced", 100, 30);
    let copy = t.path("yibao-guide");
    std::fs::copy(pty::bin(), &copy).unwrap();
    let yaml = "mode: kiosk\nidle_timeout_seconds: 10\ncountdown_seconds: 5\n\
                operator_exit:\n  key: ctrl+alt+x\n  pin: \"2468\"\n";
    let config = t.path("kiosk.yaml");
    std::fs::write(&config, yaml).unwrap();
    let command =
        guide_command("en").replace(&sh_quote(pty::bin()), &sh_quote(copy.to_str().unwrap()));
    t.type_text(&format!(
        "{command} --config {}; echo EXIT=$?",
        sh_quote(config.to_str().unwrap())
    ));
    t.keys(&["Enter"]);
    t.wait_for(&[INVITE_EN]);
    // Someone starts; then the upgrade lands (a new file renamed over the old one).
    t.keys(&["Enter"]);
    t.wait_for(&[STEP_1]);
    let fresh = t.path("yibao-guide.new");
    std::fs::copy(pty::bin(), &fresh).unwrap();
    std::fs::rename(&fresh, &copy).unwrap();
    // The session goes on: the next question still comes.
    t.keys(&["1"]);
    t.wait_for(&[STEP_2]);
    // Left alone, the kiosk asks "still there?", wipes, and then ends cleanly.
    let screen = wait_within(&t, "the kiosk to end after the wipe", LIMIT, |s| {
        s.contains("EXIT=")
    });
    assert!(screen.contains("EXIT=0"), "{screen}");
}

/// Without an upgrade, the wipe returns to the welcome screen and the kiosk runs on.
#[test]
fn an_unchanged_binary_keeps_the_kiosk_running_after_a_wipe() {
    let t = Tmux::shell("unchanged", 100, 30);
    let yaml = "mode: kiosk\nidle_timeout_seconds: 10\ncountdown_seconds: 5\n\
                operator_exit:\n  key: ctrl+alt+x\n  pin: \"2468\"\n";
    let config = t.path("kiosk.yaml");
    std::fs::write(&config, yaml).unwrap();
    t.type_text(&format!(
        "{} --config {}; echo EXIT=$?",
        guide_command("en"),
        sh_quote(config.to_str().unwrap())
    ));
    t.keys(&["Enter"]);
    t.wait_for(&[INVITE_EN]);
    t.keys(&["Enter"]);
    t.wait_for(&[STEP_1]);
    wait_within(&t, "the wipe", LIMIT, |s| s.contains(INVITE_EN));
    // Give a replaced-binary check every chance to (wrongly) fire, then look again.
    std::thread::sleep(Duration::from_secs(2));
    let screen = t.screen();
    assert!(!screen.contains("EXIT="), "{screen}");
    t.keys(&["Enter"]);
    t.wait_for(&[STEP_1]);
}
