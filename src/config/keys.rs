//! The operator's exit: the key combination written in the configuration and the PIN's
//! rules.

/// The key that opens the operator-exit dialog, e.g. `ctrl+alt+x` or `f12`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeySpec {
    pub ctrl: bool,
    pub alt: bool,
    /// A lowercase letter or digit, or a function key number.
    pub key: KeyName,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyName {
    Char(char),
    F(u8),
}

/// Why a configured operator key cannot be used (the value of the `why` argument in
/// `err-config-operator-key`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyRefusal {
    /// Not a key name this file understands.
    Unknown,
    /// A letter or digit alone: a visitor would type it by accident.
    Bare,
    /// The terminal or a kiosk's own rules take it (Ctrl-C, Ctrl-Z, Ctrl-Q, Ctrl-S).
    Terminal,
    /// A terminal sends the same bytes as another key: Ctrl-M is Enter, Ctrl-I is Tab,
    /// Ctrl-H is Backspace on many terminals, Ctrl-J a line feed, and Ctrl with a digit is
    /// the digit alone, Esc, or nothing at all. Such a key could never be typed, or would
    /// be typed by anyone pressing Enter.
    SameAsAnother,
}

impl KeyRefusal {
    pub fn id(self) -> &'static str {
        match self {
            KeyRefusal::Unknown => "unknown",
            KeyRefusal::Bare => "bare",
            KeyRefusal::Terminal => "terminal",
            KeyRefusal::SameAsAnother => "same",
        }
    }
}

impl KeySpec {
    pub fn parse(s: &str) -> Option<KeySpec> {
        KeySpec::check(s).ok()
    }

    /// Reads a key name such as `ctrl+alt+x`, `alt+9` or `f12`, accepting only keys a
    /// terminal delivers as themselves (crossterm reads them back as this very key).
    pub fn check(s: &str) -> Result<KeySpec, KeyRefusal> {
        let mut spec = KeySpec {
            ctrl: false,
            alt: false,
            key: KeyName::F(0),
        };
        let lower = s.trim().to_ascii_lowercase();
        let parts: Vec<&str> = lower.split('+').map(str::trim).collect();
        let (last, mods) = parts.split_last().ok_or(KeyRefusal::Unknown)?;
        for m in mods {
            match *m {
                "ctrl" | "control" => spec.ctrl = true,
                "alt" | "meta" => spec.alt = true,
                _ => return Err(KeyRefusal::Unknown),
            }
        }
        spec.key = if let Some(n) = last.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
            if !(1..=12).contains(&n) {
                return Err(KeyRefusal::Unknown);
            }
            KeyName::F(n)
        } else {
            let mut chars = last.chars();
            let c = chars.next().ok_or(KeyRefusal::Unknown)?;
            if chars.next().is_some() || !c.is_ascii_alphanumeric() {
                return Err(KeyRefusal::Unknown);
            }
            KeyName::Char(c)
        };
        let KeyName::Char(c) = spec.key else {
            return Ok(spec);
        };
        if !spec.ctrl && !spec.alt {
            return Err(KeyRefusal::Bare);
        }
        if spec.ctrl && (c.is_ascii_digit() || matches!(c, 'h' | 'i' | 'j' | 'm')) {
            return Err(KeyRefusal::SameAsAnother);
        }
        if spec.ctrl && !spec.alt && matches!(c, 'c' | 'z' | 'q' | 's') {
            return Err(KeyRefusal::Terminal);
        }
        Ok(spec)
    }
}

/// The longest operator PIN (the PIN field takes no more).
pub const PIN_MAX_CHARS: usize = 64;

pub const PIN_MIN_CHARS: usize = 4;

/// A PIN character an operator can type and see: not a control, format (zero-width,
/// direction mark) or whitespace character. Any of those could not be typed on the
/// kiosk's keyboard, or could hide in the file looking like another PIN.
pub fn pin_char_ok(c: char) -> bool {
    !c.is_control()
        && !c.is_whitespace()
        && !is_format_char(c)
        && unicode_width::UnicodeWidthChar::width(c).is_some_and(|w| w > 0)
}

/// Unicode's format characters (category Cf) that a width table may not mark as zero-width.
fn is_format_char(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{600}'..='\u{605}'
            | '\u{61c}'
            | '\u{6dd}'
            | '\u{70f}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{e0001}'
            | '\u{e0020}'..='\u{e007f}'
    )
}
