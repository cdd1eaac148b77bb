//! Reading aloud from plain mode (`v`, `--speak`) and `checklist --speak`, run as a person
//! or a script runs them, with the fake engine (tests/fixtures/fake-speak) logging what it
//! was given.

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::{ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// resigned, Sept 2026, still not paying, flexible, same city, no costs, no situations.
const RUN_ZH: &str = "1\n2026-09\n0\n2\n1\n2\n0\n";

struct Voice {
    dir: tempfile::TempDir,
}

impl Voice {
    /// A configuration whose speak_command is `argv` (the fake engine when `None`).
    fn new(argv: Option<&[&str]>) -> Voice {
        Voice::with_fake(argv, None)
    }

    /// The fake engine, sleeping `seconds` before it logs anything.
    fn slow(seconds: u32) -> Voice {
        Voice::with_fake(None, Some(seconds))
    }

    /// `argv`, or the fake engine (logging to the voice's folder, sleeping `sleep` first).
    fn with_fake(argv: Option<&[&str]>, sleep: Option<u32>) -> Voice {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("said.txt");
        let fake = repo().join("tests/fixtures/fake-speak");
        let mut default = vec![
            "env".to_owned(),
            format!("FAKE_SPEAK_LOG={}", log.display()),
        ];
        default.extend(sleep.map(|s| format!("FAKE_SPEAK_SLEEP={s}")));
        default.push(fake.display().to_string());
        Voice::write(dir, argv, &default)
    }

    fn write(dir: tempfile::TempDir, argv: Option<&[&str]>, default: &[String]) -> Voice {
        let argv: Vec<String> = match argv {
            Some(a) => a.iter().map(|s| s.to_string()).collect(),
            None => default.to_vec(),
        };
        let list: Vec<String> = argv.iter().map(|a| format!("\"{a}\"")).collect();
        std::fs::write(
            dir.path().join("config.yaml"),
            format!("speak_command: [{}]\n", list.join(", ")),
        )
        .unwrap();
        Voice { dir }
    }

    fn config(&self) -> PathBuf {
        self.dir.path().join("config.yaml")
    }

    fn said(&self) -> Vec<String> {
        let text = std::fs::read_to_string(self.dir.path().join("said.txt")).unwrap_or_default();
        text.split("\n----\n")
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    }

    fn started(&self) -> usize {
        let path: &Path = &self.dir.path().join("said.txt.pids");
        std::fs::read_to_string(path)
            .unwrap_or_default()
            .lines()
            .count()
    }

    /// How many readings have started, once one has or `limit` has passed.
    fn started_within(&self, limit: Duration) -> usize {
        let until = Instant::now() + limit;
        while self.started() == 0 && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(20));
        }
        self.started()
    }
}

/// The child's exit status, or `None` (and the child killed) if it has not ended within
/// `limit`.
fn ended_within(child: &mut std::process::Child, limit: Duration) -> Option<ExitStatus> {
    let until = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        if Instant::now() > until {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// `checklist --speak` for a resigned person paying as a flexible worker in the same city,
/// the gap given by `gap` (`gap_start=…` or `gap_months=…`).
fn checklist_speak(gap: &str) -> Vec<String> {
    let mut args = vec!["checklist".to_owned(), "--speak".to_owned()];
    for answer in [
        "reason=resigned",
        gap,
        "gap_end=none",
        "plan=flexible",
        "city=same",
        "gap_medical=no",
    ] {
        args.extend(["--answer".to_owned(), answer.to_owned()]);
    }
    args
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn v_in_plain_mode_reads_the_question_shown_last() {
    let voice = Voice::new(None);
    let out = guide()
        .args(["--lang", "zh", "--plain", "--config"])
        .arg(voice.config())
        .write_stdin(format!("v\n{RUN_ZH}"))
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = text(&out.stdout);
    assert!(stdout.contains("v 朗读刚显示的内容"), "{stdout}");
    let said = voice.said();
    assert_eq!(said.len(), 1, "only what v asked for: {said:?}");
    assert!(said[0].starts_with("第1步"), "{said:?}");
    assert!(said[0].contains("1，主动离职"), "{said:?}");
    assert!(!said[0].contains('['), "{said:?}");
}

#[test]
fn speak_reads_everything_as_shown_and_the_checklist_to_the_end() {
    let voice = Voice::new(None);
    let out = guide()
        .args(["--lang", "en", "--plain", "--speak", "--config"])
        .arg(voice.config())
        .write_stdin("1\n2026-09\n0\n2\n1\n2\n0\n\n\n\n")
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Your checklist"), "{stdout}");
    // Each question and the review started a reading that the next one cut off, as a
    // person moving on would want; the last, the checklist, was let finish.
    assert!(voice.started() >= 1);
    let said = voice.said();
    assert!(
        said.last().is_some_and(|s| s.starts_with("What to bring")),
        "{said:?}"
    );
    let last = said.last().expect("the checklist was read to the end");
    assert!(last.contains("1, "), "numbered items: {last}");
    for mark in ["[ ]", "[x]", "**", "- "] {
        assert!(!last.contains(mark), "{mark:?} in {last}");
    }
}

#[test]
fn speak_without_a_speech_command_is_a_usage_error_naming_the_setting() {
    let out = guide()
        .args(["--lang", "en", "--plain", "--speak"])
        .env("XDG_CONFIG_HOME", "/nonexistent/yibao")
        .write_stdin(RUN_ZH)
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stderr = text(&out.stderr);
    assert!(stderr.contains("speak_command"), "{stderr}");
    assert!(out.stdout.is_empty(), "nothing started");

    // And v without one says so, once, and the session goes on.
    let out = guide()
        .args(["--lang", "en", "--plain"])
        .env("XDG_CONFIG_HOME", "/nonexistent/yibao")
        .write_stdin(format!("v\n{RUN_ZH}"))
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = text(&out.stdout);
    assert_eq!(
        stdout.matches("Reading aloud is not set up").count(),
        1,
        "{stdout}"
    );
    assert!(stdout.contains("Your checklist"), "{stdout}");
}

#[test]
fn checklist_speak_prints_then_reads_the_checklist() {
    let voice = Voice::new(None);
    let out = guide()
        .args(["--lang", "zh", "--config"])
        .arg(voice.config())
        .args(checklist_speak("gap_start=2026-09"))
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("[ ]"),
        "the printed checklist keeps its boxes"
    );
    let said = voice.said();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].contains("1，"), "{said:?}");
    assert!(!said[0].contains("[ ]"), "{said:?}");
}

#[test]
fn a_failing_or_missing_engine_is_one_line_and_the_session_goes_on() {
    for argv in [&["false"][..], &["/nonexistent/speech-engine"][..]] {
        let voice = Voice::new(Some(argv));
        // Plain mode, typed at a person's pace: one line, then the session goes on.
        let mut child = guide_std()
            .args(["--lang", "en", "--plain", "--speak", "--config"])
            .arg(voice.config())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        for line in ["v\n", "1\n", "q\n"] {
            std::thread::sleep(Duration::from_millis(400));
            std::io::Write::write_all(&mut stdin, line.as_bytes()).unwrap();
        }
        drop(stdin);
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        let stdout = text(&out.stdout);
        assert!(stdout.contains("Question 2 of about"), "{stdout}");
        assert!(
            stdout.contains("reading aloud failed"),
            "{argv:?}: {stdout}"
        );
        for line in stdout
            .lines()
            .filter(|l| l.contains("reading aloud failed"))
        {
            assert!(!line.contains("hint"), "one line: {line}");
        }

        // checklist --speak: the checklist is printed, the failure named on stderr, exit 74.
        let out = guide()
            .args(["--lang", "en", "--config"])
            .arg(voice.config())
            .args(checklist_speak("gap_months=2"))
            .assert()
            .code(74)
            .get_output()
            .clone();
        assert!(text(&out.stdout).contains("Your checklist"));
        assert!(
            text(&out.stderr).contains("reading aloud failed"),
            "{}",
            text(&out.stderr)
        );
    }
}

#[test]
fn quitting_at_any_prompt_stops_the_reading_at_once() {
    // The checklist is being read (slowly) when the person quits at the save prompt, or
    // switches language at the prompt after the checklist: nothing is left to finish.
    // The rest is typed once the reading has started: typed at once, the guide could
    // quit before the voice's program had even begun (it happened on a loaded machine).
    use std::io::Write;
    for (name, tail) in [
        ("quit at save", "\n\nq\n"),
        ("switch, then end", "\nl\nq\n"),
    ] {
        let voice = Voice::slow(60);
        let mut child = guide_std()
            .args(["--lang", "zh", "--plain", "--speak", "--config"])
            .arg(voice.config())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(RUN_ZH.as_bytes()).unwrap();
        let started = voice.started_within(Duration::from_secs(30));
        assert!(started >= 1, "{name}: a reading started");
        stdin.write_all(tail.as_bytes()).unwrap();
        drop(stdin);
        let status = ended_within(&mut child, Duration::from_secs(40));
        let status = status.unwrap_or_else(|| panic!("{name}: the guide did not end"));
        assert!(status.success(), "{name}: {status}");
        assert!(voice.said().is_empty(), "{name}: stopped before a word");
    }
}

/// Ctrl-Z where nobody could continue the guide (an orphaned process group, such as a
/// terminal's `exec` or a service): the system ignores the stop there, and so does the
/// guide, but the reading stops; `checklist --speak` then ends as a finished reading.
#[test]
fn a_stop_in_an_orphaned_group_stops_the_reading_not_the_guide() {
    use std::os::unix::process::CommandExt;
    let voice = Voice::slow(30);
    let mut cmd = guide_std();
    cmd.args(["--lang", "en", "--config"])
        .arg(voice.config())
        .args(checklist_speak("gap_months=2"))
        .stdout(Stdio::null());
    // SAFETY: setsid is async-signal-safe; it makes the guide a session of its own, whose
    // parent (this test) is outside it: an orphaned process group.
    unsafe {
        cmd.pre_exec(|| match libc::setsid() {
            -1 => Err(std::io::Error::last_os_error()),
            _ => Ok(()),
        });
    }
    let mut child = cmd.spawn().unwrap();
    let started = voice.started_within(Duration::from_secs(20));
    assert_eq!(started, 1, "the reading started");
    // SAFETY: kill has no memory-safety preconditions.
    unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGTSTP) };
    let status = ended_within(&mut child, Duration::from_secs(10));
    let status = status.expect("the guide ended (a stopped guide would wait forever)");
    assert!(status.success(), "{status:?}");
    assert!(voice.said().is_empty(), "stopped before a word");
}
