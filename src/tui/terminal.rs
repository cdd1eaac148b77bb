//! Terminal setup and teardown, in one place. Every way out restores the terminal: a
//! normal quit, an error, a panic (our hook runs before ratatui's, which only restores raw
//! mode and the alternate screen, and also turns off mouse capture and shows the cursor),
//! and SIGTERM/SIGHUP (caught as flags the event loop checks).

use ratatui::DefaultTerminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;
use std::io::stdout;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set when SIGTERM or SIGHUP arrives; the event loop then exits and restores.
#[derive(Clone)]
pub struct Signals {
    term: Arc<AtomicBool>,
    hup: Arc<AtomicBool>,
}

impl Signals {
    /// Catches SIGTERM and SIGHUP. In a kiosk, SIGINT, SIGQUIT and SIGTSTP are caught too and
    /// ignored, so no key combination can stop or suspend it (raw mode already keeps Ctrl-C,
    /// Ctrl-\\ and Ctrl-Z from becoming signals; this covers the moments outside it).
    pub fn install(kiosk: bool) -> std::io::Result<Signals> {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
        let term = Arc::new(AtomicBool::new(false));
        let hup = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(SIGTERM, Arc::clone(&term))?;
        signal_hook::flag::register(SIGHUP, Arc::clone(&hup))?;
        if kiosk {
            let ignored = Arc::new(AtomicBool::new(false));
            for sig in [SIGINT, SIGQUIT, SIGTSTP] {
                signal_hook::flag::register(sig, Arc::clone(&ignored))?;
            }
        }
        Ok(Signals { term, hup })
    }

    pub fn raised(&self) -> bool {
        self.signal().is_some()
    }

    /// The signal that arrived, if any (for the conventional exit status 128 + n).
    pub fn signal(&self) -> Option<i32> {
        if self.term.load(Ordering::Relaxed) {
            Some(signal_hook::consts::SIGTERM)
        } else if self.hup.load(Ordering::Relaxed) {
            Some(signal_hook::consts::SIGHUP)
        } else {
            None
        }
    }
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
