//! A command run beside the interface: the print job and the read-aloud voice.
//!
//! Both take text on standard input and must never hold the guide up, take its terminal or
//! outlive it, so the rule lives here once:
//!
//! - argv only, no shell; stdin piped and written by a thread of its own (a command that
//!   never reads cannot block the caller); stdout and stderr go to /dev/null;
//! - the command runs in a session of its own (`setsid`): it has no controlling terminal,
//!   so it cannot read keys or draw on the screen, and Ctrl-C or a hang-up of the guide's
//!   terminal does not reach it;
//! - on Linux it is killed when the guide dies, even by SIGKILL (`PR_SET_PDEATHSIG`);
//! - stopping kills its whole process group (a script's own children too), then reaps it,
//!   so no zombie is left; dropping the handle stops it.
//!
//! The command is done when its first process ends; anything it left running in its group
//! is stopped then (a wrapper script must wait for what it starts).

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Why a command did not end well. [`ChildError::reason`] is the Fluent selector used in
/// `err-print-failed` and `err-speak-failed`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ChildError {
    /// The program could not be started (not found, not executable, empty argv).
    #[error("the command could not be started")]
    Start,
    /// It ended with a failure status, or was killed by a signal it did not get from us.
    #[error("the command reported an error")]
    Failed,
    /// It ran longer than its time limit and was stopped.
    #[error("the command did not finish in time and was stopped")]
    Timeout,
    /// [`Running::stop`] stopped it on request (not a failure to report).
    #[error("the command was stopped")]
    Stopped,
}

impl ChildError {
    /// `start`, `failed`, `timeout` or `stopped`.
    pub fn reason(self) -> &'static str {
        match self {
            ChildError::Start => "start",
            ChildError::Failed => "failed",
            ChildError::Timeout => "timeout",
            ChildError::Stopped => "stopped",
        }
    }
}

/// A started command. Poll it with [`Running::finished`]; stop it with [`Running::stop`] or
/// by dropping it.
#[derive(Debug)]
pub struct Running {
    child: std::process::Child,
    started: Instant,
    timeout: Option<Duration>,
    /// Set once the command has ended and been reaped.
    outcome: Option<Result<(), ChildError>>,
}

/// Starts `argv` with `text` on its standard input. With a `timeout`, [`Running::finished`]
/// stops a command that runs longer. Call it from a thread that lives as long as the
/// command may (the interface's own): Linux's parent-death signal follows the thread that
/// started the command, not the whole process.
pub fn start(
    argv: &[String],
    text: &str,
    timeout: Option<Duration>,
) -> Result<Running, ChildError> {
    let (program, args) = argv.split_first().ok_or(ChildError::Start)?;
    if program.trim().is_empty() {
        return Err(ChildError::Start);
    }
    let mut command = Command::new(program);
    command
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    detach(&mut command);
    let mut child = command.spawn().map_err(|_| ChildError::Start)?;
    if let Some(mut stdin) = child.stdin.take() {
        let bytes = text.as_bytes().to_vec();
        // Ends when all is written (closing the pipe: end of input), or when the command
        // ends or is stopped (a broken pipe: Rust programs ignore SIGPIPE, so the write
        // just fails).
        std::thread::spawn(move || {
            let _ = stdin.write_all(&bytes);
        });
    }
    Ok(Running {
        child,
        started: Instant::now(),
        timeout,
        outcome: None,
    })
}

/// Runs the command in a new session (no controlling terminal, no terminal signals) and,
/// on Linux, asks for SIGKILL when the guide dies.
fn detach(command: &mut Command) {
    use std::os::unix::process::CommandExt;
    #[cfg(target_os = "linux")]
    // SAFETY: getpid has no preconditions.
    let guide = unsafe { libc::getpid() };
    // SAFETY: the closure runs in the child between fork and exec, where only
    // async-signal-safe calls are allowed: setsid, prctl and getppid are plain system calls
    // that allocate nothing and take no lock.
    unsafe {
        command.pre_exec(move || {
            if libc::setsid() == -1 {
                return Err(std::io::Error::last_os_error());
            }
            #[cfg(target_os = "linux")]
            {
                if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) == -1 {
                    return Err(std::io::Error::last_os_error());
                }
                // The guide died before the request took effect: do not start orphaned.
                if libc::getppid() != guide {
                    return Err(std::io::Error::from(std::io::ErrorKind::Interrupted));
                }
            }
            Ok(())
        });
    }
}

/// True when this process's group is orphaned as the system sees it: no member has a
/// parent in the same session outside the group, so nobody could continue the group once
/// stopped. The system then ignores the terminal's stop (Ctrl-Z) for the group; the guide
/// must not stop itself either. Judged along this process's own line of parents (a script
/// and the guide it runs share a group: the script's parent decides); where the parents
/// cannot be read, the group counts as not orphaned, the usual case.
pub fn group_is_orphaned() -> bool {
    // SAFETY: plain system calls with no memory arguments; a failure answers -1.
    let (session, group) = unsafe { (libc::getsid(0), libc::getpgrp()) };
    let mut pid = std::process::id() as libc::pid_t;
    // A bound, not a guess: a line of parents in one group is a few processes long.
    for _ in 0..64 {
        let Some(parent) = parent_of(pid) else {
            return false;
        };
        // SAFETY: as above.
        let (parent_session, parent_group) =
            unsafe { (libc::getsid(parent), libc::getpgid(parent)) };
        if parent <= 0 || parent_session != session {
            return true;
        }
        if parent_group != group {
            return false;
        }
        pid = parent;
    }
    false
}

/// A process's parent, from `/proc/PID/stat` ("pid (name) state ppid ...").
fn parent_of(pid: libc::pid_t) -> Option<libc::pid_t> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let (_, rest) = stat.rsplit_once(") ")?;
    rest.split_whitespace().nth(1)?.parse().ok()
}

impl Running {
    /// The command's process id, which is also its process group and session id.
    pub fn id(&self) -> u32 {
        self.child.id()
    }

    /// The result once the command has ended, or has run past its time limit (then it is
    /// stopped and the result is [`ChildError::Timeout`]); `None` while it runs. Once there
    /// is a result, every later call returns it again.
    pub fn finished(&mut self) -> Option<Result<(), ChildError>> {
        if let Some(outcome) = self.outcome {
            return Some(outcome);
        }
        if self.has_ended() {
            // Its group may hold what it started; the leader is still a zombie, so the group
            // id cannot have been reused yet.
            self.kill_group();
            let outcome = match self.child.wait() {
                Ok(status) if status.success() => Ok(()),
                _ => Err(ChildError::Failed),
            };
            self.outcome = Some(outcome);
            return Some(outcome);
        }
        if self.timeout.is_some_and(|t| self.started.elapsed() >= t) {
            self.end(ChildError::Timeout);
            return self.outcome;
        }
        None
    }

    /// True until the command has ended (or been stopped).
    pub fn is_running(&mut self) -> bool {
        self.finished().is_none()
    }

    /// Stops the command and everything in its process group, and reaps it. Harmless when
    /// it has ended already (the result stays what it was).
    pub fn stop(&mut self) {
        if self.outcome.is_none() {
            self.end(ChildError::Stopped);
        }
    }

    fn end(&mut self, why: ChildError) {
        self.kill_group();
        // SIGKILL cannot be caught: this returns at once. An error here means it was reaped.
        let _ = self.child.wait();
        self.outcome = Some(Err(why));
    }

    /// True when the command has ended, without reaping it (`WNOWAIT`): while it is not
    /// reaped its pid, which is also its group's id, cannot be given to another process.
    fn has_ended(&self) -> bool {
        let pid = self.child.id() as libc::id_t;
        // SAFETY: an all-zero siginfo_t is a valid value of this plain C struct.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: `info` is a valid, writable siginfo_t; `pid` is our own unreaped child.
        let r = unsafe {
            libc::waitid(
                libc::P_PID,
                pid,
                &mut info,
                libc::WEXITED | libc::WNOHANG | libc::WNOWAIT,
            )
        };
        // With WNOHANG and nothing to report, the system leaves `info` zeroed.
        r == -1 || info.si_signo == libc::SIGCHLD
    }

    /// SIGKILL to the command's whole process group. Only called while the leader is not
    /// reaped, so the group id is still ours.
    fn kill_group(&self) {
        if let Ok(pgid) = libc::pid_t::try_from(self.child.id()) {
            // SAFETY: kill has no memory-safety preconditions; a negative pid names a group.
            unsafe {
                libc::kill(-pgid, libc::SIGKILL);
            }
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.stop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| (*w).to_owned()).collect()
    }

    /// Polls until the command has a result, or fails the test after `limit`.
    fn wait_for(job: &mut Running, limit: Duration) -> Result<(), ChildError> {
        let until = Instant::now() + limit;
        loop {
            if let Some(r) = job.finished() {
                return r;
            }
            assert!(Instant::now() < until, "still running after {limit:?}");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// The state letter of a process (`/proc/<pid>/stat`), or `None` when there is none.
    fn state(pid: u32) -> Option<char> {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        // "pid (comm) S ...": the comm may hold spaces, so read after the last ')'.
        stat.rsplit_once(')')?.1.trim_start().chars().next()
    }

    /// Fields after the command name in `/proc/<pid>/stat` (field 3 onwards).
    fn stat_fields(pid: u32) -> Vec<String> {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
        let rest = stat.rsplit_once(')').unwrap().1;
        rest.split_whitespace().map(str::to_owned).collect()
    }

    /// True while `pid` runs: it exists and is not a zombie (one left to init to reap is
    /// dead all the same).
    fn alive(pid: u32) -> bool {
        state(pid).is_some_and(|s| s != 'Z' && s != 'X')
    }

    fn gone_within(pid: u32, limit: Duration) -> bool {
        let until = Instant::now() + limit;
        while alive(pid) {
            if Instant::now() >= until {
                return false;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        true
    }

    #[test]
    fn cat_reads_its_text_and_ends_ok() {
        let mut job = start(&argv(&["cat"]), "朗读\n", None).unwrap();
        assert_eq!(wait_for(&mut job, Duration::from_secs(10)), Ok(()));
        // Reaped: no zombie is left behind.
        assert_eq!(state(job.id()), None);
        assert_eq!(job.finished(), Some(Ok(())), "the result stays");
    }

    #[test]
    fn the_text_reaches_standard_input() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let script = format!("cat > '{}'", out.display());
        let mut job = start(&argv(&["sh", "-c", &script]), "第1步\nStep 1\n", None).unwrap();
        assert_eq!(wait_for(&mut job, Duration::from_secs(10)), Ok(()));
        assert_eq!(std::fs::read_to_string(out).unwrap(), "第1步\nStep 1\n");
    }

    #[test]
    fn false_fails() {
        let mut job = start(&argv(&["false"]), "", None).unwrap();
        let r = wait_for(&mut job, Duration::from_secs(10));
        assert_eq!(r, Err(ChildError::Failed));
        assert_eq!(r.unwrap_err().reason(), "failed");
        assert_eq!(state(job.id()), None);
    }

    #[test]
    fn a_missing_program_or_empty_argv_does_not_start() {
        let r = start(&argv(&["/no/such/speech-program"]), "x", None);
        assert_eq!(r.unwrap_err(), ChildError::Start);
        assert_eq!(start(&[], "x", None).unwrap_err().reason(), "start");
        assert_eq!(
            start(&argv(&[" "]), "x", None).unwrap_err(),
            ChildError::Start
        );
    }

    #[test]
    fn stop_kills_and_reaps() {
        let mut job = start(&argv(&["sleep", "30"]), "", None).unwrap();
        let pid = job.id();
        assert!(job.is_running());
        let t = Instant::now();
        job.stop();
        assert!(t.elapsed() < Duration::from_secs(5));
        assert_eq!(job.finished(), Some(Err(ChildError::Stopped)));
        assert!(!job.is_running());
        assert_eq!(state(pid), None, "killed and reaped, no zombie");
        job.stop(); // twice is harmless
    }

    #[test]
    fn drop_kills_and_reaps() {
        let job = start(&argv(&["sleep", "30"]), "", None).unwrap();
        let pid = job.id();
        assert!(alive(pid));
        drop(job);
        assert_eq!(state(pid), None, "killed and reaped, no zombie");
    }

    #[test]
    fn a_timeout_stops_it() {
        let mut job = start(
            &argv(&["sleep", "30"]),
            "",
            Some(Duration::from_millis(200)),
        )
        .unwrap();
        let pid = job.id();
        let r = wait_for(&mut job, Duration::from_secs(10));
        assert_eq!(r, Err(ChildError::Timeout));
        assert_eq!(r.unwrap_err().reason(), "timeout");
        assert_eq!(state(pid), None);
    }

    /// A speak command may be a script that starts its own child: stopping it stops both.
    #[test]
    fn stop_kills_what_a_script_started() {
        let dir = tempfile::tempdir().unwrap();
        let pidfile = dir.path().join("pid");
        let script = format!("sleep 30 & echo $! > '{}'; wait", pidfile.display());
        let mut job = start(&argv(&["sh", "-c", &script]), "", None).unwrap();
        let grandchild = read_pid(&pidfile);
        assert!(alive(grandchild));
        job.stop();
        assert!(gone_within(grandchild, Duration::from_secs(5)));
        assert!(!alive(job.id()));
    }

    /// Left behind by a command that ended: stopped with it, never outliving the guide.
    #[test]
    fn what_an_ended_command_left_running_is_stopped() {
        let dir = tempfile::tempdir().unwrap();
        let pidfile = dir.path().join("pid");
        let script = format!("sleep 30 & echo $! > '{}'", pidfile.display());
        let mut job = start(&argv(&["sh", "-c", &script]), "", None).unwrap();
        let grandchild = read_pid(&pidfile);
        assert_eq!(wait_for(&mut job, Duration::from_secs(10)), Ok(()));
        assert!(gone_within(grandchild, Duration::from_secs(5)));
    }

    fn read_pid(path: &std::path::Path) -> u32 {
        let until = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(pid) = std::fs::read_to_string(path)
                .ok()
                .and_then(|s| s.trim().parse().ok())
            {
                return pid;
            }
            assert!(Instant::now() < until, "the script wrote no pid");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// A command that never reads: starting and polling return at once even with 1 MB of
    /// text (far more than a pipe holds), and stopping it frees the writer.
    #[test]
    fn a_command_that_never_reads_does_not_block() {
        let text = "读".repeat(350_000);
        assert!(text.len() > 1_000_000);
        let t = Instant::now();
        let mut job = start(&argv(&["sleep", "30"]), &text, None).unwrap();
        assert_eq!(job.finished(), None);
        assert!(t.elapsed() < Duration::from_secs(2), "{:?}", t.elapsed());
        job.stop();
        assert_eq!(job.finished(), Some(Err(ChildError::Stopped)));
    }

    /// No controlling terminal, and a session and process group of its own.
    #[test]
    fn it_runs_in_its_own_session_without_a_terminal() {
        let job = start(&argv(&["sleep", "30"]), "", None).unwrap();
        let pid = job.id().to_string();
        // Fields from 3: state, ppid, pgrp, session, tty_nr.
        let f = stat_fields(job.id());
        assert_eq!(f[2], pid, "process group");
        assert_eq!(f[3], pid, "session");
        assert_eq!(f[4], "0", "no controlling terminal");
    }
}
