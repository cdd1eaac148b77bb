//! The one table of keys. Input mapping, the hint bar and the help dialog all read
//! [`TABLE`], so a key cannot work without being listed, or be listed without working.
//!
//! Each [`Binding`] names the contexts it applies in (a screen, a dialog, the
//! enlarge-the-window screen), the keys it takes and the message each sends, the label the
//! hint bar shows for it, what it does (a message id), where it ranks in the hint bar, and
//! when it is on at all (a kiosk cannot be quit; print needs a print command). Rows are
//! tried in order, so a row listed earlier wins a key that a later one also takes.

use super::model::{Model, Msg, Overlay, Screen, too_small};
use crate::engine::content::QuestionKind;
use crate::engine::facts::{GAP_END, GAP_START};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What the keys mean right now: the screen, or the dialog over it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ctx {
    Welcome,
    /// A choice or yes/no question.
    Choice,
    Month,
    Multi,
    Review,
    Checklist,
    Help,
    /// "Quit?" or "start again?".
    Confirm,
    /// A text field that saves a file (export, save answers).
    TextSave,
    /// A text field that is submitted (a resume code, the operator PIN).
    TextOk,
    StillThere,
    /// The enlarge-the-window screen.
    TooSmall,
    /// The enlarge-the-window screen asking "quit?".
    TooSmallQuit,
}

/// The contexts of the screens themselves (no dialog open).
pub(crate) const SCREENS: &[Ctx] = &[
    Ctx::Welcome,
    Ctx::Choice,
    Ctx::Month,
    Ctx::Multi,
    Ctx::Review,
    Ctx::Checklist,
];
const NOT_SCREENS: &[Ctx] = &[
    Ctx::Help,
    Ctx::Confirm,
    Ctx::TextSave,
    Ctx::TextOk,
    Ctx::StillThere,
    Ctx::TooSmall,
    Ctx::TooSmallQuit,
];
const SCREENS_AND_SMALL: &[Ctx] = &[
    Ctx::Welcome,
    Ctx::Choice,
    Ctx::Month,
    Ctx::Multi,
    Ctx::Review,
    Ctx::Checklist,
    Ctx::TooSmall,
];
const TEXT: &[Ctx] = &[Ctx::TextSave, Ctx::TextOk];
/// What V reads: the screens and help.
const SPEAKABLE: &[Ctx] = &[
    Ctx::Welcome,
    Ctx::Choice,
    Ctx::Month,
    Ctx::Multi,
    Ctx::Review,
    Ctx::Checklist,
    Ctx::Help,
];

/// A key, or a family of keys, a binding takes.
#[derive(Clone, Copy, Debug)]
pub enum Key {
    /// Exactly this key (Enter, Esc, Up, F1, Tab...), without Ctrl.
    Code(KeyCode),
    /// A character in either case, without Ctrl.
    Letter(char),
    /// Ctrl and a letter.
    Ctrl(char),
    /// 1 to 9: choose the n-th row.
    Digits,
    /// F3 to F9: jump to the n-th answer.
    Jumps,
    /// A digit or a dash, typed into the month field.
    MonthChars,
    /// Any printable character, typed into a text field.
    Text,
    /// Any key at all.
    Any,
}

/// The message a key sends.
#[derive(Clone, Debug)]
pub enum Act {
    Send(Msg),
    /// The message follows from the key: a digit chooses, an F-key jumps, a character is
    /// typed.
    FromKey,
    /// The review's "show my checklist" row, after the answers.
    ShowChecklist,
}

/// The key label the hint bar shows.
#[derive(Clone, Copy, Debug)]
pub enum Label {
    /// A message (for names that are words: "Up/Down", "上下键").
    Id(&'static str),
    /// The name of the binding's first key ("C", "F3-F9").
    First,
}

/// What a binding does, in words.
#[derive(Clone, Copy, Debug)]
pub enum Does {
    Id(&'static str),
    /// Short for the hint bar, longer in help.
    Long(&'static str, &'static str),
    /// The open question's own word for "none": "still not paying", "none of these".
    QuestionNone,
    /// Enter on the review: change the highlighted answer, or show the checklist.
    ReviewEnter,
    /// Help on a gap month: "not sure?" (the help tells how to look the month up).
    MonthHelp,
}

/// Where a binding shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Show {
    /// In the hint bar (lower ranks first, as space allows) and in help.
    Bar(u8),
    /// Only in help.
    Help,
    /// Nowhere: editing keys of a text field, the enlarge-the-window screen.
    Hidden,
}

pub struct Binding {
    pub ctx: &'static [Ctx],
    pub keys: &'static [(Key, Act)],
    pub label: Label,
    pub does: Does,
    pub show: Show,
    /// Whether the binding is on for this model (mode, configuration, screen state).
    pub when: fn(&Model<'_>) -> bool,
}

fn always(_: &Model<'_>) -> bool {
    true
}
fn not_kiosk(m: &Model<'_>) -> bool {
    !m.settings.kiosk()
}
fn kiosk(m: &Model<'_>) -> bool {
    m.settings.kiosk()
}
/// Counselor keys on a screen (help, open over it, lists them too), but not under another
/// dialog on the enlarge-the-window screen, whose keys go to that dialog.
fn counselor(m: &Model<'_>) -> bool {
    m.settings.counselor() && matches!(m.overlay, None | Some(Overlay::Help))
}
fn can_speak(m: &Model<'_>) -> bool {
    m.settings.speak
}
fn counselor_mode(m: &Model<'_>) -> bool {
    m.settings.counselor()
}
fn standard_mode(m: &Model<'_>) -> bool {
    !m.settings.counselor() && !m.settings.kiosk()
}
fn optional_question(m: &Model<'_>) -> bool {
    match m.screen {
        Screen::Question(q) => m.guide.content.questions[q].optional,
        _ => false,
    }
}
fn gap_month(m: &Model<'_>) -> bool {
    match m.screen {
        Screen::Question(q) => {
            let id = &m.guide.content.questions[q].id;
            id == GAP_START || id == GAP_END
        }
        _ => false,
    }
}
fn not_gap_month(m: &Model<'_>) -> bool {
    !gap_month(m)
}
fn on_material(m: &Model<'_>) -> bool {
    m.checklist_item(m.cursor)
        .is_some_and(|(s, _)| s.is_tickable())
}
fn can_export(m: &Model<'_>) -> bool {
    m.settings.can_export()
}
fn can_print(m: &Model<'_>) -> bool {
    m.settings.print_command.is_some()
}
/// Help is longer than the frame (measured when the screen was laid out).
fn help_scrolls(m: &Model<'_>) -> bool {
    m.help_max_scroll > 0
}
fn can_save_answers(m: &Model<'_>) -> bool {
    !m.settings.kiosk() && !m.answers.is_empty()
}

use Key::{Code, Ctrl, Letter};
use KeyCode as K;

const fn send(msg: Msg) -> Act {
    Act::Send(msg)
}

/// Every key of the wizard. The operator's exit key (configured, and not for the public)
/// is the only one handled elsewhere.
pub(crate) static TABLE: &[Binding] = &[
    // Ctrl-C quits everywhere but in a kiosk (where `input` ignores every Ctrl key).
    Binding {
        ctx: NOT_SCREENS,
        keys: &[(Ctrl('c'), send(Msg::Quit)), (Ctrl('q'), send(Msg::Quit))],
        label: Label::First,
        does: Does::Id("ui-hint-quit"),
        show: Show::Hidden,
        when: not_kiosk,
    },
    // Counselor: F3..F9 open an answered question; B or F11 shows both languages.
    Binding {
        ctx: SCREENS_AND_SMALL,
        keys: &[(Key::Jumps, Act::FromKey)],
        label: Label::First,
        does: Does::Id("ui-hint-jump"),
        show: Show::Bar(54),
        when: counselor,
    },
    Binding {
        ctx: SCREENS_AND_SMALL,
        keys: &[
            (Letter('b'), send(Msg::ToggleBilingual)),
            (Code(K::F(11)), send(Msg::ToggleBilingual)),
        ],
        label: Label::First,
        does: Does::Id("ui-hint-bilingual"),
        show: Show::Bar(9),
        when: counselor,
    },
    // Dialogs and the enlarge-the-window screen still switch language and open/close help.
    Binding {
        ctx: NOT_SCREENS,
        keys: &[(Code(K::F(2)), send(Msg::ToggleLang))],
        label: Label::First,
        does: Does::Id("ui-hint-lang"),
        show: Show::Hidden,
        when: always,
    },
    Binding {
        ctx: NOT_SCREENS,
        keys: &[(Code(K::F(1)), send(Msg::Help))],
        label: Label::First,
        does: Does::Id("ui-hint-help"),
        show: Show::Hidden,
        when: always,
    },
    // The enlarge-the-window screen.
    Binding {
        ctx: &[Ctx::TooSmallQuit],
        keys: &[
            (Letter('y'), send(Msg::Yes)),
            (Code(K::Enter), send(Msg::Yes)),
            (Letter('n'), send(Msg::No)),
            (Code(K::Esc), send(Msg::No)),
        ],
        label: Label::First,
        does: Does::Id("ui-hint-yes"),
        show: Show::Hidden,
        when: always,
    },
    Binding {
        ctx: &[Ctx::TooSmall],
        keys: &[
            (Letter('q'), send(Msg::Quit)),
            (Code(K::Esc), send(Msg::Quit)),
            (Letter('l'), send(Msg::ToggleLang)),
        ],
        label: Label::First,
        does: Does::Id("ui-hint-quit"),
        show: Show::Hidden,
        when: always,
    },
    // Dialogs.
    Binding {
        ctx: &[Ctx::StillThere],
        keys: &[(Key::Any, send(Msg::Confirm))],
        label: Label::First,
        does: Does::Id("ui-kiosk-continue"),
        show: Show::Hidden,
        when: always,
    },
    Binding {
        ctx: &[Ctx::Help],
        keys: &[
            (Code(K::Esc), send(Msg::Back)),
            (Code(K::Enter), send(Msg::Back)),
            (Letter('?'), send(Msg::Back)),
            (Letter('q'), send(Msg::Back)),
            (Code(K::Backspace), send(Msg::Back)),
        ],
        label: Label::Id("ui-key-esc"),
        does: Does::Id("ui-hint-close"),
        show: Show::Bar(0),
        when: always,
    },
    Binding {
        ctx: &[Ctx::Help],
        keys: &[
            (Code(K::Up), send(Msg::Up)),
            (Code(K::Down), send(Msg::Down)),
            (Code(K::PageUp), send(Msg::PageUp)),
            (Code(K::PageDown), send(Msg::PageDown)),
            (Code(K::Home), send(Msg::Home)),
            (Code(K::End), send(Msg::End)),
        ],
        label: Label::Id("ui-key-updown"),
        does: Does::Id("ui-hint-scroll-help"),
        show: Show::Bar(1),
        when: help_scrolls,
    },
    Binding {
        ctx: &[Ctx::Confirm],
        keys: &[
            (Letter('y'), send(Msg::Yes)),
            (Code(K::Enter), send(Msg::Yes)),
        ],
        label: Label::Id("ui-key-yes"),
        does: Does::Id("ui-hint-yes"),
        show: Show::Bar(0),
        when: always,
    },
    Binding {
        ctx: &[Ctx::Confirm],
        keys: &[
            (Letter('n'), send(Msg::No)),
            (Code(K::Esc), send(Msg::No)),
            (Letter('q'), send(Msg::No)),
        ],
        label: Label::Id("ui-key-no"),
        does: Does::Id("ui-hint-no"),
        show: Show::Bar(1),
        when: always,
    },
    Binding {
        ctx: &[Ctx::TextSave],
        keys: &[(Code(K::Enter), send(Msg::Confirm))],
        label: Label::Id("ui-key-enter"),
        does: Does::Id("ui-hint-save"),
        show: Show::Bar(0),
        when: always,
    },
    Binding {
        ctx: &[Ctx::TextOk],
        keys: &[(Code(K::Enter), send(Msg::Confirm))],
        label: Label::Id("ui-key-enter"),
        does: Does::Id("ui-hint-select"),
        show: Show::Bar(0),
        when: always,
    },
    Binding {
        ctx: TEXT,
        keys: &[(Code(K::Esc), send(Msg::Back))],
        label: Label::Id("ui-key-esc"),
        does: Does::Id("ui-hint-cancel"),
        show: Show::Bar(1),
        when: always,
    },
    Binding {
        ctx: TEXT,
        keys: &[
            (Code(K::Backspace), send(Msg::DeleteChar)),
            (Code(K::Left), send(Msg::Left)),
            (Code(K::Right), send(Msg::Right)),
            (Code(K::Home), send(Msg::Home)),
            (Code(K::End), send(Msg::End)),
            (Key::Text, Act::FromKey),
        ],
        label: Label::First,
        does: Does::Id("ui-hint-delete"),
        show: Show::Hidden,
        when: always,
    },
    // The welcome screen.
    Binding {
        ctx: &[Ctx::Welcome],
        keys: &[
            (Code(K::Up), send(Msg::Up)),
            (Code(K::Down), send(Msg::Down)),
            (Code(K::Tab), send(Msg::Down)),
            (Code(K::BackTab), send(Msg::Up)),
            (Code(K::Left), send(Msg::Up)),
            (Code(K::Right), send(Msg::Down)),
            (Letter('k'), send(Msg::Up)),
            (Letter('j'), send(Msg::Down)),
        ],
        label: Label::Id("ui-key-updown"),
        does: Does::Id("ui-hint-choose"),
        show: Show::Bar(0),
        when: always,
    },
    Binding {
        ctx: &[Ctx::Welcome],
        keys: &[(Code(K::Enter), send(Msg::Confirm))],
        label: Label::Id("ui-key-enter"),
        does: Does::Id("ui-hint-select"),
        show: Show::Bar(1),
        when: always,
    },
    Binding {
        ctx: &[Ctx::Welcome],
        keys: &[
            (Letter('s'), send(Msg::Choose(2))),
            (Letter(' '), send(Msg::Choose(2))),
        ],
        label: Label::First,
        does: Does::Id("ui-hint-start"),
        show: Show::Help,
        when: always,
    },
    Binding {
        ctx: &[Ctx::Welcome],
        keys: &[(Letter('c'), send(Msg::EnterCode))],
        label: Label::First,
        does: Does::Id("ui-hint-code"),
        show: Show::Bar(3),
        when: always,
    },
    Binding {
        ctx: &[Ctx::Welcome],
        keys: &[(Letter('1'), send(Msg::Choose(0)))],
        label: Label::First,
        does: Does::Id("ui-hint-chinese"),
        show: Show::Help,
        when: always,
    },
    Binding {
        ctx: &[Ctx::Welcome],
        keys: &[(Letter('2'), send(Msg::Choose(1)))],
        label: Label::First,
        does: Does::Id("ui-hint-english"),
        show: Show::Help,
        when: always,
    },
    Binding {
        ctx: &[Ctx::Welcome],
        keys: &[(Code(K::Esc), send(Msg::Quit))],
        label: Label::First,
        does: Does::Id("ui-hint-quit"),
        show: Show::Help,
        when: not_kiosk,
    },
    // The month picker: digits type, Left/Right pick the field, Backspace deletes.
    Binding {
        ctx: &[Ctx::Month],
        keys: &[(Code(K::Enter), send(Msg::Confirm))],
        label: Label::Id("ui-key-enter"),
        does: Does::Id("ui-hint-next"),
        show: Show::Bar(0),
        when: always,
    },
    Binding {
        ctx: &[Ctx::Month],
        keys: &[(Letter('n'), send(Msg::NoMonth))],
        label: Label::Id("ui-key-none"),
        does: Does::QuestionNone,
        show: Show::Bar(1),
        when: optional_question,
    },
    Binding {
        ctx: &[Ctx::Month],
        keys: &[
            (Letter('?'), send(Msg::Help)),
            (Code(K::F(1)), send(Msg::Help)),
        ],
        label: Label::Id("ui-key-help"),
        does: Does::MonthHelp,
        show: Show::Bar(2),
        when: gap_month,
    },
    Binding {
        ctx: &[Ctx::Month],
        keys: &[
            (Code(K::Up), send(Msg::Up)),
            (Code(K::Down), send(Msg::Down)),
            (Letter('k'), send(Msg::Up)),
            (Letter('j'), send(Msg::Down)),
        ],
        label: Label::Id("ui-key-updown"),
        does: Does::Id("ui-hint-change-value"),
        show: Show::Bar(3),
        when: always,
    },
    Binding {
        ctx: &[Ctx::Month],
        keys: &[
            (Code(K::Left), send(Msg::Left)),
            (Code(K::Right), send(Msg::Right)),
            (Code(K::Tab), send(Msg::Right)),
        ],
        label: Label::Id("ui-key-leftright"),
        does: Does::Id("ui-hint-year-month"),
        show: Show::Bar(4),
        when: always,
    },
    Binding {
        ctx: &[Ctx::Month],
        keys: &[(Key::MonthChars, Act::FromKey)],
        label: Label::First,
        does: Does::Id("ui-hint-type-month"),
        show: Show::Help,
        when: always,
    },
    Binding {
        ctx: &[Ctx::Month],
        keys: &[(Code(K::Backspace), send(Msg::DeleteChar))],
        label: Label::First,
        does: Does::Id("ui-hint-delete"),
        show: Show::Help,
        when: always,
    },
    Binding {
        ctx: &[Ctx::Month],
        keys: &[
            (Code(K::PageUp), send(Msg::PageUp)),
            (Code(K::PageDown), send(Msg::PageDown)),
        ],
        label: Label::First,
        does: Does::Id("ui-hint-year-step"),
        show: Show::Help,
        when: always,
    },
    Binding {
        ctx: &[Ctx::Month],
        keys: &[(Code(K::Esc), send(Msg::Back))],
        label: Label::Id("ui-key-back"),
        does: Does::Long("ui-hint-back", "ui-help-back"),
        show: Show::Bar(5),
        when: always,
    },
    // A multi-select question: Space or a number ticks, 0 is "none of these".
    Binding {
        ctx: &[Ctx::Multi],
        keys: &[
            (Letter(' '), send(Msg::ToggleTick)),
            (Letter('x'), send(Msg::ToggleTick)),
        ],
        label: Label::Id("ui-key-space"),
        does: Does::Id("ui-hint-tick"),
        show: Show::Bar(0),
        when: always,
    },
    Binding {
        ctx: &[Ctx::Multi],
        keys: &[
            (Code(K::Enter), send(Msg::Confirm)),
            (Code(K::Right), send(Msg::Confirm)),
        ],
        label: Label::Id("ui-key-enter"),
        does: Does::Id("ui-hint-next"),
        show: Show::Bar(1),
        when: always,
    },
    Binding {
        ctx: &[Ctx::Multi],
        keys: &[
            (Letter('0'), send(Msg::NoMonth)),
            (Letter('n'), send(Msg::NoMonth)),
        ],
        label: Label::Id("ui-key-multi-none"),
        does: Does::QuestionNone,
        show: Show::Bar(2),
        when: always,
    },
    Binding {
        ctx: &[Ctx::Multi],
        keys: &[(Key::Digits, Act::FromKey)],
        label: Label::First,
        does: Does::Id("ui-hint-tick"),
        show: Show::Help,
        when: always,
    },
    // A choice question: a number chooses and goes on.
    Binding {
        ctx: &[Ctx::Choice],
        keys: &[
            (Code(K::Enter), send(Msg::Confirm)),
            (Letter(' '), send(Msg::Confirm)),
            (Code(K::Right), send(Msg::Confirm)),
        ],
        label: Label::Id("ui-key-enter"),
        does: Does::Id("ui-hint-next"),
        show: Show::Bar(1),
        when: always,
    },
    Binding {
        ctx: &[Ctx::Choice],
        keys: &[(Key::Digits, Act::FromKey)],
        label: Label::First,
        does: Does::Id("ui-hint-choose-next"),
        show: Show::Help,
        when: always,
    },
    // The review.
    Binding {
        ctx: &[Ctx::Review],
        keys: &[(Code(K::Enter), send(Msg::Confirm))],
        label: Label::Id("ui-key-enter"),
        does: Does::ReviewEnter,
        show: Show::Bar(1),
        when: always,
    },
    Binding {
        ctx: &[Ctx::Review],
        keys: &[(Letter('c'), Act::ShowChecklist)],
        label: Label::First,
        does: Does::Id("ui-hint-show-checklist"),
        show: Show::Help,
        when: always,
    },
    // The checklist.
    Binding {
        ctx: &[Ctx::Checklist],
        keys: &[
            (Letter(' '), send(Msg::ToggleTick)),
            (Letter('x'), send(Msg::ToggleTick)),
            (Code(K::Enter), send(Msg::ToggleTick)),
        ],
        label: Label::Id("ui-key-space"),
        does: Does::Id("ui-hint-tick"),
        show: Show::Bar(1),
        when: on_material,
    },
    Binding {
        ctx: &[Ctx::Checklist],
        keys: &[(Letter('s'), send(Msg::ToggleSources))],
        label: Label::Id("ui-key-sources"),
        does: Does::Id("ui-hint-sources"),
        show: Show::Bar(2),
        when: always,
    },
    Binding {
        ctx: &[Ctx::Checklist],
        keys: &[(Letter('e'), send(Msg::StartExport))],
        label: Label::Id("ui-key-export"),
        does: Does::Id("ui-hint-export"),
        show: Show::Bar(3),
        when: can_export,
    },
    Binding {
        ctx: &[Ctx::Checklist],
        keys: &[(Letter('p'), send(Msg::Print))],
        label: Label::First,
        does: Does::Id("ui-hint-print"),
        show: Show::Bar(3),
        when: can_print,
    },
    // Copying matters most to a counselor; elsewhere it comes after the other keys.
    Binding {
        ctx: &[Ctx::Checklist],
        keys: &[
            (Letter('c'), send(Msg::Copy)),
            (Letter('y'), send(Msg::Copy)),
        ],
        label: Label::First,
        does: Does::Id("ui-hint-copy"),
        show: Show::Bar(4),
        when: counselor_mode,
    },
    Binding {
        ctx: &[Ctx::Checklist],
        keys: &[
            (Letter('c'), send(Msg::Copy)),
            (Letter('y'), send(Msg::Copy)),
        ],
        label: Label::First,
        does: Does::Id("ui-hint-copy"),
        show: Show::Bar(13),
        when: standard_mode,
    },
    Binding {
        ctx: &[Ctx::Checklist],
        keys: &[(Letter('f'), send(Msg::FinishAndClear))],
        label: Label::First,
        does: Does::Id("ui-hint-finish"),
        show: Show::Bar(4),
        when: kiosk,
    },
    Binding {
        ctx: &[Ctx::Checklist],
        keys: &[(Letter('r'), send(Msg::Restart))],
        label: Label::Id("ui-key-restart"),
        does: Does::Id("ui-hint-restart"),
        show: Show::Bar(10),
        // A kiosk's checklist ends with "finish and clear" (F) instead.
        when: not_kiosk,
    },
    // Save answers: the review and the checklist.
    Binding {
        ctx: &[Ctx::Review, Ctx::Checklist],
        keys: &[(Letter('w'), send(Msg::SaveAnswers))],
        label: Label::First,
        does: Does::Id("ui-hint-save-answers"),
        show: Show::Bar(11),
        when: can_save_answers,
    },
    // Moving, paging and going back, by screen.
    Binding {
        ctx: &[Ctx::Multi],
        keys: &[
            (Code(K::Up), send(Msg::Up)),
            (Code(K::Down), send(Msg::Down)),
            (Letter('k'), send(Msg::Up)),
            (Letter('j'), send(Msg::Down)),
        ],
        label: Label::Id("ui-key-updown"),
        does: Does::Id("ui-hint-choose"),
        show: Show::Bar(3),
        when: always,
    },
    Binding {
        ctx: &[Ctx::Choice, Ctx::Review],
        keys: &[
            (Code(K::Up), send(Msg::Up)),
            (Code(K::Down), send(Msg::Down)),
            (Letter('k'), send(Msg::Up)),
            (Letter('j'), send(Msg::Down)),
        ],
        label: Label::Id("ui-key-updown"),
        does: Does::Id("ui-hint-choose"),
        show: Show::Bar(0),
        when: always,
    },
    Binding {
        ctx: &[Ctx::Checklist],
        keys: &[
            (Code(K::Up), send(Msg::Up)),
            (Code(K::Down), send(Msg::Down)),
            (Letter('k'), send(Msg::Up)),
            (Letter('j'), send(Msg::Down)),
        ],
        label: Label::Id("ui-key-updown"),
        does: Does::Id("ui-hint-scroll"),
        show: Show::Bar(0),
        when: always,
    },
    Binding {
        ctx: &[Ctx::Review, Ctx::Checklist],
        keys: &[
            (Code(K::PageUp), send(Msg::PageUp)),
            (Code(K::PageDown), send(Msg::PageDown)),
        ],
        label: Label::First,
        does: Does::Id("ui-hint-page"),
        show: Show::Help,
        when: always,
    },
    Binding {
        ctx: &[Ctx::Choice, Ctx::Multi, Ctx::Review, Ctx::Checklist],
        keys: &[
            (Code(K::Home), send(Msg::Home)),
            (Code(K::End), send(Msg::End)),
        ],
        label: Label::First,
        does: Does::Id("ui-hint-first-last"),
        show: Show::Help,
        when: always,
    },
    Binding {
        ctx: &[Ctx::Choice, Ctx::Multi, Ctx::Review, Ctx::Checklist],
        keys: &[
            (Code(K::Esc), send(Msg::Back)),
            (Code(K::Backspace), send(Msg::Back)),
            (Code(K::Left), send(Msg::Back)),
        ],
        label: Label::Id("ui-key-back"),
        does: Does::Long("ui-hint-back", "ui-help-back"),
        show: Show::Bar(7),
        when: always,
    },
    // Read aloud: on every screen and in help, when a speech command is configured.
    Binding {
        ctx: SPEAKABLE,
        keys: &[(Letter('v'), send(Msg::ReadAloud))],
        label: Label::First,
        does: Does::Long("ui-hint-read-aloud", "ui-help-read-aloud"),
        show: Show::Bar(6),
        when: can_speak,
    },
    // Everywhere on the screens themselves.
    Binding {
        ctx: SCREENS,
        keys: &[
            (Code(K::F(2)), send(Msg::ToggleLang)),
            (Letter('l'), send(Msg::ToggleLang)),
        ],
        label: Label::Id("ui-key-lang"),
        does: Does::Id("ui-hint-lang"),
        show: Show::Bar(8),
        when: always,
    },
    Binding {
        ctx: SCREENS,
        keys: &[
            (Letter('?'), send(Msg::Help)),
            (Code(K::F(1)), send(Msg::Help)),
        ],
        label: Label::Id("ui-key-help"),
        does: Does::Id("ui-hint-help"),
        show: Show::Bar(51),
        when: not_gap_month,
    },
    Binding {
        ctx: SCREENS,
        keys: &[
            (Letter('q'), send(Msg::Quit)),
            (Ctrl('c'), send(Msg::Quit)),
            (Ctrl('q'), send(Msg::Quit)),
        ],
        label: Label::Id("ui-key-quit"),
        does: Does::Id("ui-hint-quit"),
        show: Show::Bar(52),
        when: not_kiosk,
    },
];

/// What the keys mean for this model now.
pub fn context(m: &Model<'_>) -> Ctx {
    if too_small(m.width, m.height) {
        return if m.overlay == Some(Overlay::ConfirmQuit) {
            Ctx::TooSmallQuit
        } else {
            Ctx::TooSmall
        };
    }
    match &m.overlay {
        Some(Overlay::Help) => Ctx::Help,
        Some(Overlay::ConfirmQuit | Overlay::ConfirmRestart) => Ctx::Confirm,
        Some(Overlay::Export(_) | Overlay::SaveAnswers(_)) => Ctx::TextSave,
        Some(Overlay::ResumeCode(_) | Overlay::OperatorPin(_)) => Ctx::TextOk,
        Some(Overlay::StillThere) => Ctx::StillThere,
        None => screen_context(m),
    }
}

/// The context of the screen under any dialog (what help describes).
pub(crate) fn screen_context(m: &Model<'_>) -> Ctx {
    match m.screen {
        Screen::Welcome => Ctx::Welcome,
        Screen::Question(q) => match m.guide.content.questions[q].kind {
            QuestionKind::Month => Ctx::Month,
            QuestionKind::Multi => Ctx::Multi,
            QuestionKind::Choice | QuestionKind::YesNo => Ctx::Choice,
        },
        Screen::Review => Ctx::Review,
        Screen::Checklist => Ctx::Checklist,
    }
}

impl Key {
    /// The message `key` sends through this key spec with `act`, if it matches.
    fn matches(&self, key: &KeyEvent, act: &Act, m: &Model<'_>) -> Option<Msg> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        // A character with Ctrl or Alt is not typed and is no letter key: such combinations
        // stay free for the kiosk's operator exit (`kiosk::operator_key`).
        let typed = match key.code {
            KeyCode::Char(c) if !ctrl && !key.modifiers.contains(KeyModifiers::ALT) => Some(c),
            _ => None,
        };
        let hit: Option<Msg> = match *self {
            Key::Any => Some(Msg::Confirm),
            Key::Code(code) => (!ctrl && key.code == code).then_some(Msg::Confirm),
            Key::Letter(l) => typed
                .filter(|c| c.to_ascii_lowercase() == l)
                .map(|_| Msg::Confirm),
            Key::Ctrl(l) => match key.code {
                KeyCode::Char(c) if ctrl && c.to_ascii_lowercase() == l => Some(Msg::Confirm),
                _ => None,
            },
            Key::Digits => typed
                .filter(|c| ('1'..='9').contains(c))
                .map(|c| Msg::Choose(c as usize - '1' as usize)),
            Key::Jumps => match key.code {
                KeyCode::F(n) if JUMPS.contains(&n) => {
                    Some(Msg::Jump(usize::from(n - JUMPS.start())))
                }
                _ => None,
            },
            Key::MonthChars => typed
                .filter(|c| c.is_ascii_digit() || *c == '-')
                .map(Msg::Char),
            Key::Text => typed.filter(|c| !c.is_control()).map(Msg::Char),
        };
        let from_key = hit?;
        Some(match act {
            Act::Send(msg) => msg.clone(),
            Act::FromKey => from_key,
            Act::ShowChecklist => Msg::Choose(m.walk().path.len()),
        })
    }
}

/// The function keys that jump to the answers on the path (the counselor's), in order.
const JUMPS: std::ops::RangeInclusive<u8> = 3..=9;

/// The key that jumps to the `i`-th answer on the path ("F3"), if one does.
pub(crate) fn jump_key(i: usize) -> Option<String> {
    let n = u8::try_from(i).ok()?.checked_add(*JUMPS.start())?;
    JUMPS.contains(&n).then(|| format!("F{n}"))
}

/// The name of the first key that sends `msg` in `ctx` ("N" for "still not paying"), for a
/// screen that shows it beside the thing it does.
pub(crate) fn key_for(m: &Model<'_>, ctx: Ctx, msg: &Msg) -> Option<String> {
    bindings(m, ctx)
        .flat_map(|b| b.keys.iter())
        .find(|(_, act)| matches!(act, Act::Send(sent) if sent == msg))
        .map(|(k, _)| key_name(m, k))
}

/// The bindings on in `ctx` for this model, in table order.
pub fn bindings<'a>(m: &'a Model<'_>, ctx: Ctx) -> impl Iterator<Item = &'static Binding> + 'a {
    TABLE
        .iter()
        .filter(move |b| b.ctx.contains(&ctx) && (b.when)(m))
}

/// The message for a key press in `ctx`, from the first binding that takes it.
pub(crate) fn lookup(m: &Model<'_>, ctx: Ctx, key: &KeyEvent) -> Option<Msg> {
    bindings(m, ctx).find_map(|b| b.keys.iter().find_map(|(k, act)| k.matches(key, act, m)))
}

/// A key's name as a person reads it: "Enter", "回车", "Ctrl-C", "1-9".
pub(crate) fn key_name(m: &Model<'_>, key: &Key) -> String {
    let t = |id: &str| m.guide.locales.text(m.lang, id);
    match *key {
        Key::Code(code) => code_name(m, code),
        Key::Letter(' ') => t("ui-key-space"),
        Key::Letter(c) => c.to_ascii_uppercase().to_string(),
        Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
        Key::Digits => "1-9".to_owned(),
        Key::Jumps => format!("F{}-F{}", JUMPS.start(), JUMPS.end()),
        Key::MonthChars => "0-9".to_owned(),
        Key::Text | Key::Any => String::new(),
    }
}

fn code_name(m: &Model<'_>, code: KeyCode) -> String {
    let t = |id: &str| m.guide.locales.text(m.lang, id);
    match code {
        KeyCode::Up => t("ui-key-name-up"),
        KeyCode::Down => t("ui-key-name-down"),
        KeyCode::Left => t("ui-key-name-left"),
        KeyCode::Right => t("ui-key-name-right"),
        KeyCode::Enter => t("ui-key-enter"),
        KeyCode::Backspace => t("ui-key-name-backspace"),
        KeyCode::Esc => "Esc".to_owned(),
        KeyCode::Tab => "Tab".to_owned(),
        KeyCode::BackTab => "Shift-Tab".to_owned(),
        KeyCode::PageUp => "PgUp".to_owned(),
        KeyCode::PageDown => "PgDn".to_owned(),
        KeyCode::Home => "Home".to_owned(),
        KeyCode::End => "End".to_owned(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Char(' ') => t("ui-key-space"),
        KeyCode::Char(c) => c.to_ascii_uppercase().to_string(),
        _ => String::new(),
    }
}

/// The label a binding shows in the hint bar.
pub fn label(m: &Model<'_>, b: &Binding) -> String {
    match b.label {
        Label::Id(id) => m.guide.locales.text(m.lang, id),
        Label::First => b
            .keys
            .first()
            .map(|(k, _)| key_name(m, k))
            .unwrap_or_default(),
    }
}

/// Every key a binding takes, named once each: "Esc, Backspace, Left".
pub fn all_keys(m: &Model<'_>, b: &Binding) -> String {
    let mut names: Vec<String> = Vec::new();
    for (k, _) in b.keys {
        let name = key_name(m, k);
        if !name.is_empty() && !names.contains(&name) {
            names.push(name);
        }
    }
    names.join(&m.guide.locales.text(m.lang, "ui-list-separator"))
}

/// What a binding does, in the hint bar's short words or help's longer ones.
pub fn does(m: &Model<'_>, b: &Binding, long: bool) -> String {
    let t = |id: &str| m.guide.locales.text(m.lang, id);
    match b.does {
        Does::Id(id) => t(id),
        Does::Long(short, full) => t(if long { full } else { short }),
        Does::QuestionNone => match m.screen {
            Screen::Question(q) => t(&crate::message_id::no_answer(
                &m.guide.content.questions[q].id,
            )),
            _ => String::new(),
        },
        Does::ReviewEnter => {
            if m.cursor >= m.walk().path.len() {
                t("ui-hint-show-checklist")
            } else {
                t("ui-hint-change")
            }
        }
        Does::MonthHelp => t(if long {
            "ui-help-not-sure"
        } else {
            "ui-hint-not-sure"
        }),
    }
}

/// The hint bar's (key, words) pairs for `ctx`, most important first.
pub fn hint_pairs(m: &Model<'_>, ctx: Ctx) -> Vec<(String, String)> {
    let mut rows: Vec<(u8, &Binding)> = bindings(m, ctx)
        .filter_map(|b| match b.show {
            Show::Bar(rank) => Some((rank, b)),
            _ => None,
        })
        .collect();
    rows.sort_by_key(|(rank, _)| *rank);
    rows.into_iter()
        .map(|(_, b)| (label(m, b), does(m, b, false)))
        .collect()
}

/// Help's lines for `ctx`: every key that works there and what it does, the hint bar's
/// first, then the rest.
pub(crate) fn help_pairs(m: &Model<'_>, ctx: Ctx) -> Vec<(String, String)> {
    let mut rows: Vec<(u8, &Binding)> = bindings(m, ctx)
        .filter_map(|b| match b.show {
            Show::Bar(rank) => Some((rank, b)),
            Show::Help => Some((u8::MAX, b)),
            Show::Hidden => None,
        })
        .collect();
    rows.sort_by_key(|(rank, _)| *rank);
    rows.into_iter()
        .map(|(_, b)| (all_keys(m, b), does(m, b, true)))
        .collect()
}
