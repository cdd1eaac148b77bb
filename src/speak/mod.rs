//! Reading aloud: the configured `speak_command` run beside the interface, one utterance at
//! a time. The words it reads come from [`text`], which every front end shares.
//!
//! Speech has no time limit (a checklist section can take minutes) but stops on request, on
//! a new utterance and when the [`Speaker`] is dropped. A failure is reported once, as a
//! problem the interface shows on one line ([`status_line`]).

pub mod text;

use crate::child::{self, ChildError, Running};
use crate::config::{Config, SpeakCommand};
use crate::engine::problem::Problem;
use crate::i18n::{Lang, Locales};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

/// The configured voice and what it is saying now.
#[derive(Debug)]
pub struct Speaker {
    command: SpeakCommand,
    /// Shared with the thread of [`Speaker::stop_when_the_guide_stops`], which may stop it.
    current: Arc<Mutex<Option<Running>>>,
    /// A failure not yet handed out by [`Speaker::poll`].
    failure: Option<Problem>,
    watcher: Option<StopWatcher>,
}

/// The thread that stops the reading when the guide is stopped (Ctrl-Z), and its handle.
#[derive(Debug)]
struct StopWatcher {
    signals: signal_hook::iterator::Handle,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for StopWatcher {
    fn drop(&mut self) {
        self.signals.close();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn lock(current: &Mutex<Option<Running>>) -> MutexGuard<'_, Option<Running>> {
    current.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Speaker {
    pub fn new(command: SpeakCommand) -> Speaker {
        Speaker {
            command,
            current: Arc::new(Mutex::new(None)),
            failure: None,
            watcher: None,
        }
    }

    /// For front ends without an event loop to hear Ctrl-Z (plain mode, `checklist
    /// --speak`): the voice runs in a session of its own, which the terminal's stop does not
    /// reach, so it would go on reading while the guide is stopped. From now on a SIGTSTP
    /// stops the reading first, then the guide, as the key means; continued, the guide goes
    /// on where it was and reads again when asked. In an orphaned process group, where the
    /// system itself ignores Ctrl-Z (nobody could continue the guide), only the reading
    /// stops. The wizard handles its signals itself and does not call this.
    pub fn stop_when_the_guide_stops(&mut self) -> std::io::Result<()> {
        use signal_hook::consts::{SIGSTOP, SIGTSTP};
        if self.watcher.is_some() {
            return Ok(());
        }
        let mut signals = signal_hook::iterator::Signals::new([SIGTSTP])?;
        let handle = signals.handle();
        let current = Arc::clone(&self.current);
        let thread = std::thread::Builder::new()
            .name("stop-reading".into())
            .spawn(move || {
                for _ in signals.forever() {
                    // Held until the guide is continued: it sees the reading end only then,
                    // so `checklist --speak` is stopped, not ended, by Ctrl-Z.
                    let mut current = lock(&current);
                    if let Some(mut running) = current.take() {
                        running.stop();
                    }
                    if !child::group_is_orphaned() {
                        let _ = signal_hook::low_level::raise(SIGSTOP);
                    }
                }
            })?;
        self.watcher = Some(StopWatcher {
            signals: handle,
            thread: Some(thread),
        });
        Ok(())
    }

    /// A speaker when the configuration has a `speak_command`; reading aloud is off without.
    pub fn from_config(config: &Config) -> Option<Speaker> {
        config.speak_command.clone().map(Speaker::new)
    }

    /// Stops whatever is being said, then starts saying `text` with `lang`'s command. A
    /// command that cannot be started is an error here (and not reported again by `poll`);
    /// an earlier failure not yet handed out by `poll` is kept for it.
    pub fn speak(&mut self, lang: Lang, text: &str) -> Result<(), Problem> {
        self.check();
        self.stop();
        match child::start(self.command.argv(lang), text, None) {
            Ok(running) => {
                *lock(&self.current) = Some(running);
                Ok(())
            }
            Err(e) => Err(failed(e)),
        }
    }

    /// Stops speaking now (a stop asked for is not a failure). Harmless when silent.
    pub fn stop(&mut self) {
        if let Some(mut running) = lock(&self.current).take() {
            running.stop();
        }
    }

    /// True while the command runs, so one key can start and stop reading:
    /// `if s.is_speaking() { s.stop() } else { s.speak(..) }`.
    pub fn is_speaking(&mut self) -> bool {
        self.check();
        lock(&self.current).is_some()
    }

    /// Stops if speaking, else starts saying `text`. Returns whether it is now speaking.
    pub fn toggle(&mut self, lang: Lang, text: &str) -> Result<bool, Problem> {
        if self.is_speaking() {
            self.stop();
            Ok(false)
        } else {
            self.speak(lang, text).map(|()| true)
        }
    }

    /// A failure of the last utterance, once: the command ended with an error. `None` while
    /// it speaks, after it ended well, after a stop, and after the failure was handed out.
    pub fn poll(&mut self) -> Option<Problem> {
        self.check();
        self.failure.take()
    }

    /// Moves a finished command's result into `failure`.
    fn check(&mut self) {
        let mut current = lock(&self.current);
        let Some(running) = current.as_mut() else {
            return;
        };
        match running.finished() {
            None => {}
            Some(Ok(()) | Err(ChildError::Stopped)) => *current = None,
            Some(Err(e)) => {
                *current = None;
                self.failure = Some(failed(e));
            }
        }
    }
}

impl Drop for Speaker {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The problem `speak-failed` with its reason (`start`, `failed`, `timeout`).
fn failed(e: ChildError) -> Problem {
    Problem::new("speak-failed").arg("reason", e.reason())
}

/// A problem as one line for a status bar: the message without its hint.
pub fn status_line(locales: &Locales, lang: Lang, problem: &Problem) -> String {
    let args = crate::i18n::problem_args(problem);
    let text = locales.fmt(lang, &crate::message_id::problem(problem.code), Some(&args));
    text.lines().next().unwrap_or_default().trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn speaker(words: &[&str]) -> Speaker {
        Speaker::new(SpeakCommand::both(
            words.iter().map(|w| (*w).to_owned()).collect(),
        ))
    }

    fn until(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
        let end = Instant::now() + limit;
        while Instant::now() < end {
            if done() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        false
    }

    #[test]
    fn speaks_then_falls_silent() {
        let mut s = speaker(&["cat"]);
        s.speak(Lang::Zh, "第1步").unwrap();
        assert!(until(Duration::from_secs(10), || !s.is_speaking()));
        assert_eq!(s.poll(), None);
    }

    #[test]
    fn toggle_starts_and_stops() {
        let mut s = speaker(&["sleep", "30"]);
        assert_eq!(s.toggle(Lang::En, "Step 1"), Ok(true));
        assert!(s.is_speaking());
        assert_eq!(s.toggle(Lang::En, "Step 1"), Ok(false));
        assert!(!s.is_speaking());
        assert_eq!(s.poll(), None, "a stop asked for is not a failure");
    }

    #[test]
    fn a_failing_command_is_reported_once() {
        let mut s = speaker(&["false"]);
        s.speak(Lang::En, "x").unwrap();
        let mut got = None;
        assert!(until(Duration::from_secs(10), || {
            got = s.poll();
            got.is_some()
        }));
        let p = got.unwrap();
        assert_eq!(p.code, "speak-failed");
        assert_eq!(p.get("reason"), Some("failed"));
        assert_eq!(s.poll(), None, "once");
        assert!(!s.is_speaking());
    }

    #[test]
    fn a_missing_command_fails_to_start_with_a_one_line_message() {
        let mut s = speaker(&["/no/such/espeak-ng"]);
        let p = s.speak(Lang::Zh, "x").unwrap_err();
        assert_eq!(p.get("reason"), Some("start"));
        assert_eq!(s.poll(), None);
        let locales = Locales::embedded().unwrap();
        for lang in Lang::ALL {
            let line = status_line(&locales, lang, &p);
            assert!(!line.is_empty() && !line.contains('\n'), "{line}");
            assert!(!line.contains("err-"), "{line}");
            // The full form has the hint on how to fix it.
            assert!(locales.problem(lang, &p).contains("speak_command"));
        }
        assert!(status_line(&locales, Lang::Zh, &p).starts_with("朗读失败"));
    }

    #[test]
    fn speaking_again_stops_the_last_one_and_drop_stops_all() {
        let mut s = speaker(&["sleep", "30"]);
        s.speak(Lang::Zh, "一").unwrap();
        let first = lock(&s.current).as_ref().unwrap().id();
        s.speak(Lang::Zh, "二").unwrap();
        let second = lock(&s.current).as_ref().unwrap().id();
        assert_ne!(first, second);
        assert!(!std::path::Path::new(&format!("/proc/{first}")).exists());
        drop(s);
        assert!(!std::path::Path::new(&format!("/proc/{second}")).exists());
    }
}
