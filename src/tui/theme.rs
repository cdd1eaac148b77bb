//! Colours and borders. Colour never carries meaning alone: every state also has a marker
//! (`>` for the highlighted row, `[x]` for ticked), so the monochrome theme loses nothing.

use crate::config::{BorderKind, ThemeKind};
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

/// The styles the view uses.
#[derive(Clone, Copy, Debug)]
pub struct Theme {
    pub base: Style,
    pub border: Style,
    pub title: Style,
    pub selected: Style,
    pub muted: Style,
    pub warning: Style,
    pub error: Style,
    pub key: Style,
    pub button: Style,
    pub heading: Style,
    pub borders: border::Set<'static>,
}

const ASCII_BORDER: border::Set<'static> = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

impl Theme {
    pub fn new(kind: ThemeKind, borders: BorderKind) -> Theme {
        let borders = match borders {
            BorderKind::Line => border::PLAIN,
            BorderKind::Ascii => ASCII_BORDER,
        };
        let bold = Modifier::BOLD;
        match kind {
            // Only colours that read on light, dark and Solarized backgrounds: never black,
            // white, grey or yellow (Solarized Dark draws palette 8, "dark grey", as its
            // background; yellow fades on white). Muted text is dimmed in the terminal's own
            // colour, and the highlight is reverse video, whatever the palette.
            ThemeKind::Default => Theme {
                base: Style::new(),
                border: Style::new().fg(Color::Blue),
                title: Style::new().fg(Color::Blue).add_modifier(bold),
                selected: Style::new().add_modifier(Modifier::REVERSED | bold),
                muted: Style::new().add_modifier(Modifier::DIM),
                warning: Style::new()
                    .fg(Color::Magenta)
                    .add_modifier(bold | Modifier::UNDERLINED),
                error: Style::new().fg(Color::Red).add_modifier(bold),
                key: Style::new().fg(Color::Cyan).add_modifier(bold),
                button: Style::new().add_modifier(Modifier::REVERSED),
                heading: Style::new().add_modifier(bold | Modifier::UNDERLINED),
                borders,
            },
            ThemeKind::HighContrast => Theme {
                base: Style::new().fg(Color::White).bg(Color::Black),
                border: Style::new().fg(Color::White).bg(Color::Black),
                title: Style::new()
                    .fg(Color::Yellow)
                    .bg(Color::Black)
                    .add_modifier(bold),
                selected: Style::new()
                    .fg(Color::Black)
                    .bg(Color::Yellow)
                    .add_modifier(bold),
                muted: Style::new().fg(Color::White).bg(Color::Black),
                warning: Style::new()
                    .fg(Color::Yellow)
                    .bg(Color::Black)
                    .add_modifier(bold | Modifier::UNDERLINED),
                error: Style::new()
                    .fg(Color::Yellow)
                    .bg(Color::Black)
                    .add_modifier(bold | Modifier::UNDERLINED),
                key: Style::new()
                    .fg(Color::Yellow)
                    .bg(Color::Black)
                    .add_modifier(bold),
                button: Style::new()
                    .fg(Color::Black)
                    .bg(Color::White)
                    .add_modifier(bold),
                heading: Style::new()
                    .fg(Color::Yellow)
                    .bg(Color::Black)
                    .add_modifier(bold | Modifier::UNDERLINED),
                borders,
            },
            ThemeKind::Mono => Theme {
                base: Style::new(),
                border: Style::new(),
                title: Style::new().add_modifier(bold),
                selected: Style::new().add_modifier(Modifier::REVERSED | bold),
                muted: Style::new(),
                warning: Style::new().add_modifier(bold),
                error: Style::new().add_modifier(bold),
                key: Style::new().add_modifier(bold),
                button: Style::new().add_modifier(Modifier::REVERSED),
                heading: Style::new().add_modifier(bold | Modifier::UNDERLINED),
                borders,
            },
        }
    }
}

/// The theme to use when none is chosen: monochrome under NO_COLOR (<https://no-color.org>).
pub fn default_kind(no_color: Option<std::ffi::OsString>) -> ThemeKind {
    match no_color {
        Some(v) if !v.is_empty() => ThemeKind::Mono,
        _ => ThemeKind::Default,
    }
}
