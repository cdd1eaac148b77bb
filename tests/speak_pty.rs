//! Read aloud in the full-screen wizard, through a real terminal (tmux) and a fake speech
//! engine (tests/fixtures/fake-speak) that logs what it was given and its process id: the
//! right words per screen in both languages, a second press stops, moving on, switching
//! language, the idle wipe, quitting and SIGTERM stop it and leave no process behind, keys
//! work while it speaks, and a missing or failing engine is one line on the status line.
//! Also Ctrl-Z in plain mode and `checklist --speak`, which have no event loop of their own.

#[allow(dead_code)] // Each test file uses its own part of the harness.
mod pty;

use pty::{Tmux, guide_command, kill, sh_quote};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const ANSWERS: &str = "reason: resigned\ngap_start: 2026-09\ngap_end: none\nplan: flexible\ncity: same\ngap_medical: \"no\"\nsituations: none\n";

fn fake_speak() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fake-speak")
}

/// A test's speech: the engine's log and the file of its process ids.
struct Speech {
    log: PathBuf,
}

impl Speech {
    fn said(&self) -> Vec<String> {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        text.split("\n----\n")
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    }

    fn pids(&self) -> Vec<u32> {
        let path = format!("{}.pids", self.log.display());
        std::fs::read_to_string(path)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.trim().parse().ok())
            .collect()
    }

    /// Waits for the n-th utterance to be logged and returns it.
    fn wait_said(&self, n: usize) -> String {
        assert!(
            wait(Duration::from_secs(20), || self.said().len() >= n),
            "expected {n} utterances, got {:?}",
            self.said()
        );
        self.said()[n - 1].clone()
    }

    /// Waits until the n-th engine has started.
    fn wait_started(&self, n: usize) -> u32 {
        assert!(
            wait(Duration::from_secs(20), || self.pids().len() >= n),
            "the speech command did not start ({} started)",
            self.pids().len()
        );
        self.pids()[n - 1]
    }
}

fn wait(limit: Duration, mut ok: impl FnMut() -> bool) -> bool {
    let end = Instant::now() + limit;
    while Instant::now() < end {
        if ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(30));
    }
    false
}

/// Processes (zombies included) in the session `sid`: the engine is a session leader, so
/// this is it and everything it started.
fn session_members(sid: u32) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // pid (comm) state ppid pgrp session ...
        let Some(rest) = stat.rsplit_once(") ").map(|(_, r)| r) else {
            continue;
        };
        let fields: Vec<&str> = rest.split_whitespace().collect();
        if fields.get(3) == Some(&sid.to_string().as_str()) {
            found.push(stat.trim().to_owned());
        }
    }
    found
}

fn assert_gone(sid: u32, what: &str) {
    assert!(
        wait(Duration::from_secs(10), || session_members(sid).is_empty()),
        "{what}: the speech command is still there: {:?}",
        session_members(sid)
    );
}

fn assert_alive(sid: u32, what: &str) {
    assert!(
        !session_members(sid).is_empty(),
        "{what}: the speech command ended too soon"
    );
}

/// Starts the guide in `lang` with a configuration that speaks through the fake engine
/// (which sleeps `sleep` seconds before logging), plus `config` lines and `args`.
fn start(name: &str, lang: &str, sleep: u32, config: &str, args: &str) -> (Tmux, Speech) {
    let t = Tmux::shell(name, 80, 24);
    let (file, speech) = speak_config(&t, sleep, config);
    let answers = t.path("answers.yaml");
    std::fs::write(&answers, ANSWERS).unwrap();
    let args = args.replace("ANSWERS", &sh_quote(answers.to_str().unwrap()));
    t.type_text(&format!(
        "exec {} --config {} {args}",
        guide_command(lang),
        sh_quote(file.to_str().unwrap())
    ));
    t.keys(&["Enter"]);
    (t, speech)
}

/// A configuration in `t`'s folder that speaks through the fake engine (which sleeps
/// `sleep` seconds before logging), plus `config` lines; and the speech it will log.
fn speak_config(t: &Tmux, sleep: u32, config: &str) -> (PathBuf, Speech) {
    let log = t.path("said.txt");
    let argv = [
        "env".to_owned(),
        format!("FAKE_SPEAK_LOG={}", log.display()),
        format!("FAKE_SPEAK_SLEEP={sleep}"),
        fake_speak().display().to_string(),
    ];
    let list: Vec<String> = argv.iter().map(|a| format!("\"{a}\"")).collect();
    let file = t.path("config.yaml");
    std::fs::write(
        &file,
        format!("speak_command: [{}]\n{config}", list.join(", ")),
    )
    .unwrap();
    (file, Speech { log })
}

#[test]
fn v_reads_each_screen_in_both_languages() {
    for lang in ["zh", "en"] {
        let zh = lang == "zh";
        let (t, speech) = start(&format!("read-{lang}"), lang, 0, "", "");
        let read_aloud = if zh { "朗读" } else { "Read aloud" };
        t.wait_for(&[read_aloud]);

        // A question: the step, the question and its numbered options.
        t.keys(&["Enter"]);
        t.wait_for(&[if zh { "第1步" } else { "Step 1 of about" }]);
        t.keys(&["v"]);
        let q = speech.wait_said(1);
        if zh {
            assert!(q.starts_with("第1步"), "{q}");
            assert!(q.contains("1，") && q.contains("2，"), "{q}");
        } else {
            assert!(q.starts_with("Step 1 of about"), "{q}");
            assert!(q.contains("1, ") && q.contains("2, "), "{q}");
        }
        for mark in ["[", "]", "【", "】", "「", "」", "│", "─", "> "] {
            assert!(!q.contains(mark), "{mark:?} read aloud: {q}");
        }

        // Its help.
        let before = t.screen();
        t.keys(&["F1"]);
        t.wait_until("help to open", |s| s != before);
        t.keys(&["v"]);
        let help = speech.wait_said(2);
        assert_ne!(help, q, "the help is read, not the question again");
        // Every answer on the review.
        let (t, speech) = start(&format!("review-{lang}"), lang, 0, "", "--answers ANSWERS");
        t.wait_for(&[if zh {
            "请核对"
        } else {
            "Please check your answers"
        }]);
        t.keys(&["v"]);
        let review = speech.wait_said(1);
        let month = if zh { "2026年9月" } else { "September 2026" };
        assert!(review.contains(month), "{review}");
        let flexible = if zh {
            "灵活就业"
        } else {
            "flexible worker"
        };
        assert!(review.contains(flexible), "{review}");

        // The month picker: the month chosen and the gap's length. The review opens on its
        // last row; the first unpaid month is the second answer.
        for _ in 0..6 {
            t.keys(&["Up"]);
        }
        t.keys(&["Enter"]);
        t.wait_for(&[if zh { "第2步" } else { "Step 2 of about" }]);
        t.keys(&["v"]);
        let picker = speech.wait_said(2);
        assert!(picker.contains(month), "{picker}");
        assert!(
            picker.contains(if zh { "个月" } else { "month" }),
            "gap length: {picker}"
        );
        t.keys(&["Enter"]);

        // The checklist: the focused item.
        t.wait_for(&[if zh {
            "请核对"
        } else {
            "Please check your answers"
        }]);
        t.keys(&["c"]);
        t.wait_for(&["[ ]"]);
        t.keys(&["v"]);
        let item = speech.wait_said(3);
        assert!(!item.is_empty() && !item.contains("[ ]"), "{item}");
        t.keys(&["Down", "v"]);
        let next = speech.wait_said(4);
        assert_ne!(next, item, "the focused item is read");
    }
}

#[test]
fn a_second_press_stops_it_and_keys_work_while_it_speaks() {
    let (t, speech) = start("again", "en", 30, "", "");
    t.wait_for(&["Read aloud"]);
    t.keys(&["Enter"]);
    t.wait_for(&["Step 1 of about"]);
    t.keys(&["v"]);
    let sid = speech.wait_started(1);
    // Keys go on working while it speaks: the highlight moves.
    let before = t.screen();
    t.keys(&["Down"]);
    t.wait_until("the highlight to move while speaking", |s| s != before);
    assert_alive(sid, "moving the highlight");
    t.keys(&["v"]);
    assert_gone(sid, "a second press");
    assert!(speech.said().is_empty(), "stopped before a word was logged");
}

#[test]
fn moving_on_switching_language_quitting_and_sigterm_stop_it() {
    // Another screen.
    let (t, speech) = start("stop-screen", "en", 30, "", "");
    t.wait_for(&["Read aloud"]);
    t.keys(&["Enter"]);
    t.wait_for(&["Step 1 of about"]);
    t.keys(&["v"]);
    let sid = speech.wait_started(1);
    t.keys(&["Enter"]);
    t.wait_for(&["Step 2 of about"]);
    assert_gone(sid, "another screen");

    // Switching language.
    t.keys(&["v"]);
    let sid = speech.wait_started(2);
    t.keys(&["F2"]);
    t.wait_for(&["第2步"]);
    assert_gone(sid, "switching language");

    // Quitting.
    t.keys(&["v"]);
    let sid = speech.wait_started(3);
    t.keys(&["q"]);
    t.wait_for(&["退出"]);
    t.keys(&["y"]);
    assert_gone(sid, "quitting");

    // SIGTERM.
    let (t, speech) = start("stop-term", "en", 30, "", "");
    t.wait_for(&["Read aloud"]);
    t.keys(&["v"]);
    let sid = speech.wait_started(1);
    kill("TERM", t.display("#{pane_pid}"));
    assert_gone(sid, "SIGTERM");
    assert!(speech.said().is_empty());
}

#[test]
fn the_idle_prompt_and_wipe_stop_it() {
    let config = "mode: kiosk\nidle_timeout_seconds: 10\ncountdown_seconds: 5\n\
                  operator_exit:\n  key: ctrl+alt+x\n  pin: \"2468\"\nlanguage: en\n";
    let (t, speech) = start("stop-wipe", "en", 30, config, "");
    t.wait_for(&["Read aloud"]);
    t.keys(&["Enter"]);
    t.wait_for(&["Step 1 of about"]);
    t.keys(&["v"]);
    let sid = speech.wait_started(1);
    // No key from now on: "still there?" (10 s), then the wipe back to the welcome screen
    // (5 s later); the reading is over by then, and no key stopped it.
    pty::wait_within(&t, "the idle wipe", Duration::from_secs(60), |s| {
        !s.contains("Step 1 of about") && s.contains("Read aloud")
    });
    assert_gone(sid, "the idle wipe");
    assert!(speech.said().is_empty());
}

#[test]
fn a_failing_or_missing_command_is_one_line_on_the_status_line() {
    for (name, argv, reason) in [
        ("false", "[\"false\"]", "reported a problem"),
        (
            "missing",
            "[\"/nonexistent/speech-engine\"]",
            "could not be started",
        ),
    ] {
        let t = Tmux::shell(&format!("fail-{name}"), 80, 24);
        let file = t.path("config.yaml");
        std::fs::write(&file, format!("speak_command: {argv}\n")).unwrap();
        t.type_text(&format!(
            "exec {} --config {}",
            guide_command("en"),
            sh_quote(file.to_str().unwrap())
        ));
        t.keys(&["Enter"]);
        t.wait_for(&["Read aloud"]);
        t.keys(&["Enter"]);
        t.wait_for(&["Step 1 of about"]);
        t.keys(&["v"]);
        let screen = t.wait_for(&["Could not read aloud", reason]);
        let lines: Vec<&str> = screen
            .lines()
            .filter(|l| l.contains("Could not read aloud"))
            .collect();
        assert_eq!(lines.len(), 1, "{screen}");
        // And the guide goes on.
        t.keys(&["Enter"]);
        t.wait_for(&["Step 2 of about"]);
    }
}

#[test]
fn ctrl_z_stops_the_reading_before_the_guide_stops() {
    let (t, speech) = start("stop-tstp", "en", 30, "", "");
    t.wait_for(&["Read aloud"]);
    t.keys(&["v"]);
    let sid = speech.wait_started(1);
    let guide_pid = t.display("#{pane_pid}");
    kill("TSTP", &guide_pid);
    assert_gone(sid, "SIGTSTP");
    // Continued: the guide draws again and reads again on V.
    kill("CONT", &guide_pid);
    t.wait_for(&["Read aloud"]);
    t.keys(&["v"]);
    let again = speech.wait_started(2);
    assert_ne!(again, sid);
}

/// Plain mode has no event loop to hear Ctrl-Z: the reading is stopped, and the guide goes
/// on where it was and `v` reads again. (A tmux pane's process is an orphaned group, which
/// the stop does not stop; the checklist test below is a shell job that is stopped.)
#[test]
fn ctrl_z_in_plain_mode_stops_the_reading_too() {
    let (t, speech) = start("plain-tstp", "en", 30, "", "--plain --speak");
    t.wait_for(&["Question 1 of"]);
    let sid = speech.wait_started(1);
    assert_alive(sid, "reading the first question");
    let guide_pid = t.display("#{pane_pid}");
    kill("TSTP", &guide_pid);
    assert_gone(sid, "SIGTSTP in plain mode");
    kill("CONT", &guide_pid);
    t.type_text("v");
    t.keys(&["Enter"]);
    let again = speech.wait_started(2);
    assert_ne!(again, sid);
}

/// `checklist --speak` waits for the reading to end: Ctrl-Z at the terminal stops the
/// reading and the program, as a shell's job; `fg` continues it, and it ends without
/// reading on. Run by the shell itself, and from a script (which shares the guide's group).
#[test]
fn ctrl_z_in_checklist_speak_stops_the_reading_too() {
    for (name, script) in [("checklist-tstp", false), ("checklist-tstp-sh", true)] {
        let t = Tmux::shell(name, 80, 24);
        let (file, speech) = speak_config(&t, 30, "");
        let command = format!(
            "{} --config {} checklist --speak --answer reason=resigned --answer gap_months=2 \
             --answer gap_end=none --answer plan=flexible --answer city=same \
             --answer gap_medical=no",
            guide_command("en"),
            sh_quote(file.to_str().unwrap())
        );
        // Not `exec`: the shell runs it as a job, with job control, as a person's shell does.
        if script {
            std::fs::write(t.path("run.sh"), format!("{command}\n")).unwrap();
            t.type_text("sh run.sh");
        } else {
            t.type_text(&command);
        }
        t.keys(&["Enter"]);
        let sid = speech.wait_started(1);
        t.keys(&["C-z"]);
        assert_gone(sid, name);
        t.wait_for(&["+  Stopped"]);
        // The guide itself is stopped, not only the shell running the script.
        let shell: u32 = t.display("#{pane_pid}").trim().parse().unwrap();
        let guide_state = || {
            session_members(shell)
                .iter()
                .find(|stat| stat.contains("(yibao-guide)"))
                .and_then(|stat| stat.rsplit_once(") ").and_then(|(_, r)| r.chars().next()))
        };
        assert!(
            wait(Duration::from_secs(10), || guide_state() == Some('T')),
            "{name}: the guide is {:?}, not stopped",
            guide_state()
        );
        t.type_text("fg; echo AFTER=$?");
        t.keys(&["Enter"]);
        t.wait_for(&["AFTER=0"]);
        assert_eq!(speech.pids().len(), 1, "{name}: nothing was read again");
    }
}
