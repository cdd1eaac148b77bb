//! Terminal setup and teardown, in one place. Every way out restores the terminal: a
//! normal quit, an error, a panic (our hook gives it back whole, raw mode, alternate
//! screen, mouse capture and cursor, before the panic's message is printed), and every
//! signal that ends the guide (SIGTERM, SIGHUP, SIGINT, SIGQUIT: caught and handed to the
//! event loop, which ends and restores). SIGTSTP restores the terminal before stopping,
//! and SIGCONT takes it again. Frames go out through [`FrameBackend`], one write each.

use super::backend::{FrameBackend, FrameWriter};
use ratatui::Terminal;
use ratatui::crossterm::cursor::{Hide, Show};
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::terminal::{Clear, ClearType, EnterAlternateScreen, enable_raw_mode};
use ratatui::crossterm::{execute, queue};
use std::io::stdout;

/// The full-screen terminal the wizard draws on.
pub type Screen = Terminal<FrameBackend>;

/// The signals the guide handles: each is passed to the event loop, which decides (a kiosk
/// ignores SIGINT, SIGQUIT and SIGTSTP, so no key combination or stray `kill` of those
/// stops or suspends it). Dropping this ends the thread that listens.
pub struct Signals {
    handle: signal_hook::iterator::Handle,
    /// Caught, not passed on yet: they wait in signal-hook's queue until [`Signals::forward`].
    waiting: Option<signal_hook::iterator::Signals>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Signals {
    /// Catches SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP and SIGCONT. Caught, they no
    /// longer do what they would by default (end or stop the process with the terminal
    /// left in raw mode); they wait, in the order they came, to be passed on.
    pub fn catch() -> std::io::Result<Signals> {
        use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
        let signals = signal_hook::iterator::Signals::new([
            SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP, SIGCONT,
        ])?;
        Ok(Signals {
            handle: signals.handle(),
            waiting: Some(signals),
            thread: None,
        })
    }

    /// Calls `deliver` with each signal caught, those that came before first, on a thread
    /// of its own. Once only: later calls do nothing.
    pub fn forward(&mut self, deliver: impl Fn(i32) + Send + 'static) {
        let Some(mut signals) = self.waiting.take() else {
            return;
        };
        self.thread = Some(std::thread::spawn(move || {
            for sig in signals.forever() {
                deliver(sig);
            }
        }));
    }
}

impl Drop for Signals {
    fn drop(&mut self) {
        self.handle.close();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Gives the terminal back as it was and stops the process (SIGSTOP, which cannot be
/// caught), as the shell's Ctrl-Z would; returns once it is continued (`fg`, SIGCONT).
pub fn suspend() {
    restore();
    let _ = signal_hook::low_level::raise(signal_hook::consts::SIGSTOP);
}

/// Takes the terminal again after a stop: raw mode, the alternate screen, mouse capture
/// and bracketed paste, and a blank screen that the next draw repaints whole. Harmless
/// when the terminal never left (a SIGCONT without a stop).
pub fn resume(terminal: &mut Screen, mouse: bool) -> std::io::Result<()> {
    terminal.backend_mut().forget_cursor();
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, Clear(ClearType::All), Hide)?;
    if mouse {
        execute!(stdout(), EnableMouseCapture, EnableBracketedPaste)?;
    } else {
        execute!(stdout(), EnableBracketedPaste)?;
    }
    // Not `terminal.clear()`: it asks the terminal for the cursor position, and the reply
    // would go to the event reader thread. A blank frame matches the cleared screen, so the
    // next draw writes every cell.
    terminal
        .draw(|frame| frame.render_widget(ratatui::widgets::Clear, frame.area()))
        .map(|_| ())
}

/// Turns off what we turned on beyond raw mode and the alternate screen. Safe to call
/// more than once.
fn undo_extras() {
    let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste, Show);
}

/// Enters full-screen mode: raw mode, alternate screen, mouse capture, bracketed paste.
/// The sequences that turn them on go out with the first frame, in the same write.
///
/// A panic gives the terminal back before its message is printed. In a kiosk a panic is
/// caught by the event loop, which resets to the welcome screen; the hook then stays
/// silent and leaves the screen as it is instead of restoring it.
pub fn setup(mouse: bool, kiosk: bool) -> std::io::Result<Screen> {
    if kiosk {
        std::panic::set_hook(Box::new(|_| {}));
    } else {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    }
    enable_raw_mode()?;
    let mut out = FrameWriter::new(stdout());
    let queued = if mouse {
        queue!(
            out,
            EnterAlternateScreen,
            EnableMouseCapture,
            EnableBracketedPaste
        )
    } else {
        queue!(out, EnterAlternateScreen, EnableBracketedPaste)
    };
    let terminal = queued.and_then(|()| Terminal::new(FrameBackend::new(out)));
    if terminal.is_err() {
        restore();
    }
    terminal
}

/// Leaves full-screen mode and gives the terminal back as it was.
pub fn restore() {
    undo_extras();
    ratatui::restore();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signals_caught_before_they_are_passed_on_wait_for_it() {
        use signal_hook::consts::SIGCONT;
        let mut signals = Signals::catch().unwrap();
        // SIGCONT: harmless to this test process whatever happens to the handler.
        signal_hook::low_level::raise(SIGCONT).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        signals.forward(move |sig| {
            let _ = tx.send(sig);
        });
        let got = rx.recv_timeout(std::time::Duration::from_secs(10));
        assert_eq!(got, Ok(SIGCONT));
        drop(signals);
    }
}
