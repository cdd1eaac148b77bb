//! Terminal setup and teardown, in one place. Every way out restores the terminal: a
//! normal quit, an error, a panic (our hook runs before ratatui's, which only restores raw
//! mode and the alternate screen, and also turns off mouse capture and shows the cursor),
//! and every signal that ends the guide (SIGTERM, SIGHUP, SIGINT, SIGQUIT: caught and
//! handed to the event loop, which ends and restores). SIGTSTP restores the terminal before
//! stopping, and SIGCONT takes it again.

use ratatui::DefaultTerminal;
use ratatui::crossterm::cursor::{Hide, Show};
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{Clear, ClearType, EnterAlternateScreen, enable_raw_mode};
use std::io::stdout;

/// The signals the guide handles: each is passed to the event loop, which decides (a kiosk
/// ignores SIGINT, SIGQUIT and SIGTSTP, so no key combination or stray `kill` of those
/// stops or suspends it). Dropping this ends the thread that listens.
pub struct Signals {
    handle: signal_hook::iterator::Handle,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Signals {
    /// Catches SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP and SIGCONT, and calls `deliver`
    /// with each one as it arrives, on a thread of its own. Caught, they no longer do what
    /// they would by default (end or stop the process with the terminal left in raw mode).
    pub fn install(deliver: impl Fn(i32) + Send + 'static) -> std::io::Result<Signals> {
        use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
        let mut signals = signal_hook::iterator::Signals::new([
            SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP, SIGCONT,
        ])?;
        let handle = signals.handle();
        let thread = std::thread::spawn(move || {
            for sig in signals.forever() {
                deliver(sig);
            }
        });
        Ok(Signals {
            handle,
            thread: Some(thread),
        })
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
pub fn resume(terminal: &mut DefaultTerminal, mouse: bool) -> std::io::Result<()> {
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

/// Turns off what we turned on beyond ratatui's own setup. Safe to call more than once.
fn undo_extras() {
    let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste, Show);
}

/// Enters full-screen mode: raw mode, alternate screen, mouse capture, bracketed paste.
///
/// In a kiosk a panic is caught by the event loop, which resets to the welcome screen; the
/// hook then stays silent and leaves the screen as it is instead of restoring it.
pub fn setup(mouse: bool, kiosk: bool) -> std::io::Result<DefaultTerminal> {
    let terminal = ratatui::try_init()?;
    if kiosk {
        std::panic::set_hook(Box::new(|_| {}));
    } else {
        // Chained after ratatui's hook is installed, so ours runs first.
        let ratatui_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            undo_extras();
            ratatui_hook(info);
        }));
    }
    let extras = if mouse {
        execute!(stdout(), EnableMouseCapture, EnableBracketedPaste)
    } else {
        execute!(stdout(), EnableBracketedPaste)
    };
    if let Err(e) = extras {
        restore();
        return Err(e);
    }
    Ok(terminal)
}

/// Leaves full-screen mode and gives the terminal back as it was.
pub fn restore() {
    undo_extras();
    ratatui::restore();
}
