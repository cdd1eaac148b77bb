//! The wizard's state, messages and effects: The Elm Architecture's model. Only types and
//! what can be read off them; `update` changes them, `layout` lays them out.

use super::kiosk::pin::PinGuard;
use crate::checklist::{Checklist, ChecklistItem};
use crate::config::{Config, Mode, OperatorExit};
use crate::engine::answers::{AnswerValue, Answers};
use crate::engine::content::SectionKind;
use crate::engine::flow::{Walk, walk};
use crate::engine::month::YearMonth;
use crate::engine::problem::Problem;
use crate::guide::Guide;
use crate::i18n::Lang;
use crate::render::Format;
use chrono::NaiveDate;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Which screen is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    /// A question, by index into `content.questions`.
    Question(usize),
    Review,
    Checklist,
}

/// A dialog over the current screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Overlay {
    Help,
    ConfirmQuit,
    ConfirmRestart,
    Export(TextInput),
    /// Kiosk: "still there?" with a countdown to the wipe.
    StillThere,
    /// Kiosk: the operator's PIN, shown masked.
    OperatorPin(TextInput),
    /// Enter a resume code.
    ResumeCode(TextInput),
    /// Save the answers to a file.
    SaveAnswers(TextInput),
}

/// A one-line text field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextInput {
    pub text: String,
    /// Cursor position in characters.
    pub cursor: usize,
}

impl TextInput {
    pub fn new(text: &str) -> Self {
        TextInput {
            text: text.to_owned(),
            cursor: text.chars().count(),
        }
    }

    /// Inserts `c` at the cursor, unless the field already holds `max` characters.
    pub(crate) fn insert(&mut self, c: char, max: usize) -> bool {
        if self.text.chars().count() >= max {
            return false;
        }
        let at = self.byte_index();
        self.text.insert(at, c);
        self.cursor += 1;
        true
    }

    pub(crate) fn delete_back(&mut self) -> bool {
        if self.cursor == 0 {
            return false;
        }
        self.cursor -= 1;
        let at = self.byte_index();
        self.text.remove(at);
        true
    }

    fn byte_index(&self) -> usize {
        self.text
            .char_indices()
            .nth(self.cursor)
            .map_or(self.text.len(), |(i, _)| i)
    }

    /// What a field `room` cells wide shows, and the cursor's column in it: while the text
    /// is wider than the field and the cursor is in its right half, the text scrolls left
    /// under it. A PIN (`secret`) shows as stars. One pass over the text, so drawing a
    /// frame costs no more than the field's length.
    pub fn window(&self, room: usize, secret: bool) -> (String, usize) {
        let width = |c: char| {
            if secret {
                1
            } else {
                unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)
            }
        };
        let mut total: usize = self.text.chars().map(width).sum();
        let mut col: usize = self.text.chars().take(self.cursor).map(width).sum();
        let mut skip = 0;
        for c in self.text.chars() {
            if total <= room || col <= room / 2 {
                break;
            }
            total -= width(c);
            col = col.saturating_sub(width(c));
            skip += 1;
        }
        let shown = self.text.chars().skip(skip);
        let text = if secret {
            shown.map(|_| '*').collect()
        } else {
            shown.collect()
        };
        (text, col)
    }
}

/// The longest name typed into a kiosk's export dialog (a plain file name).
pub const FILE_NAME_MAX_CHARS: usize = 100;

/// The longest path typed into an export or save dialog outside a kiosk.
pub const PATH_MAX_CHARS: usize = 255;

/// The longest resume code typed (16 symbols, with dashes or spaces between groups).
pub const RESUME_CODE_MAX_CHARS: usize = 40;

/// The field of the month picker that arrows change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MonthField {
    Year,
    Month,
}

/// The month picker's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthDraft {
    pub value: YearMonth,
    /// The kept answer is "no month" (still not paying): Enter keeps it until the picker is
    /// touched.
    pub keep_none: bool,
    pub field: MonthField,
    /// Digits typed so far (`YYYY-MM` being typed); empty when using the arrows.
    pub typed: String,
}

/// A multi-select question's ticks while it is open; they become the answer on Enter.
///
/// "None of these" is a choice of its own, not the absence of ticks: Enter with nothing
/// ticked and "none" not chosen asks again instead of recording "none of these". This is the
/// GOV.UK checkbox pattern (an exclusive "none" option after "or", and an error when nothing
/// is chosen): a person who skims the list and presses Enter must not lose the advice a
/// tick would have given them, and the answer on record is one they saw chosen on screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MultiDraft {
    /// Ticked options, by id; only offered ones.
    pub ticked: BTreeSet<String>,
    /// "None of these" is chosen; never together with a tick.
    pub none: bool,
}

/// A short message in the status line; stored as a message id so it follows language switches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    pub id: &'static str,
    pub arg: Option<String>,
    pub error: bool,
}

/// What the mode and configuration allow; fixed for a run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub mode: Mode,
    /// The language a wiped kiosk returns to.
    pub default_lang: Lang,
    pub idle_ms: u64,
    pub countdown_ms: u64,
    pub operator: Option<OperatorExit>,
    /// Exports go only here in a kiosk; elsewhere it is unused (any path may be typed).
    pub export_dir: Option<PathBuf>,
    pub print_command: Option<Vec<String>>,
    pub print_width: u16,
    /// Receipts list every item's sources (else one line on where they are).
    pub print_sources: bool,
    /// The terminal cursor stands on the highlighted row (for screen readers).
    pub cursor_follow: bool,
    /// The site's office, first among the checklist's contacts.
    pub office: Option<crate::config::Office>,
    /// A speech command is configured: the V key and the "Read aloud" button are offered.
    pub speak: bool,
}

impl Settings {
    pub fn from_config(mode: Mode, c: &Config, default_lang: Lang) -> Settings {
        Settings {
            mode,
            default_lang,
            idle_ms: u64::try_from(c.idle_timeout.as_millis()).unwrap_or(u64::MAX),
            countdown_ms: u64::try_from(c.countdown.as_millis()).unwrap_or(u64::MAX),
            operator: c.operator_exit.clone(),
            export_dir: c.export_dir.clone(),
            print_command: c.print_command.clone(),
            print_width: c.print_width,
            print_sources: c.print_sources,
            cursor_follow: c.cursor_follow,
            office: c.office.clone(),
            speak: c.speak_command.is_some(),
        }
    }

    pub fn kiosk(&self) -> bool {
        self.mode == Mode::Kiosk
    }

    pub fn counselor(&self) -> bool {
        self.mode == Mode::Counselor
    }

    /// A kiosk writes files only into its export folder; elsewhere export is always offered.
    pub fn can_export(&self) -> bool {
        !self.kiosk() || self.export_dir.is_some()
    }
}

/// Everything the wizard shows follows from this.
pub struct Model<'g> {
    pub guide: &'g Guide,
    pub lang: Lang,
    pub today: NaiveDate,
    pub answers: Answers,
    pub screen: Screen,
    /// Highlighted row: welcome button, option, review row or checklist item.
    pub cursor: usize,
    pub month: Option<MonthDraft>,
    /// The open multi-select question's ticks.
    pub multi: Option<MultiDraft>,
    /// A problem with the current answer (e.g. a month out of range), shown under it.
    pub error: Option<Problem>,
    pub overlay: Option<Overlay>,
    /// Editing from the review screen: go back there once the path is complete.
    pub from_review: bool,
    /// The checklist, built when the checklist screen opens or the language changes.
    pub checklist: Option<Checklist>,
    /// Ticked materials, by item id.
    pub ticked: BTreeSet<String>,
    pub show_sources: bool,
    /// First visible line of a scrolled body.
    pub scroll: usize,
    /// First visible line of help, when it is longer than the frame.
    pub help_scroll: usize,
    pub status: Option<Status>,
    pub width: u16,
    pub height: u16,
    pub theme: super::theme::Theme,
    pub settings: Settings,
    /// The clock, in milliseconds since the wizard started (from `Msg::Tick`).
    pub now_ms: u64,
    /// When the person last pressed, clicked or touched anything.
    pub last_activity_ms: u64,
    /// Kiosk: wrong operator PINs so far, and the lock they earned. Kept through a wipe,
    /// so waiting for the idle reset does not buy a passer-by more guesses.
    pub pin_guard: PinGuard,
    /// Counselor: show Chinese and English together.
    pub bilingual: bool,
    /// The checklist in the other language, for the bilingual view.
    pub checklist_other: Option<Checklist>,
    /// A dialog the kiosk's "still there?" covered; it comes back when the person answers.
    pub covered: Option<Overlay>,
    /// Kiosk: a print is under way. The runtime runs the print command while this is set,
    /// and stops it once it is cleared (a wipe: the next person's session owes nothing to
    /// the last one's print).
    pub printing: bool,
    /// The screen is being read aloud. The runtime runs the speech command while this is
    /// set and stops it once it is cleared: by V again, and by anything that changes what
    /// is on screen (another screen or dialog, the other language, a wipe).
    pub speaking: bool,
    /// The name in the export or save dialog that exists already and that the person was
    /// asked about: Enter again with it replaces the file (outside a kiosk; a kiosk never
    /// replaces a file).
    pub replace_asked: Option<String>,
    /// The resume code of the answers on the path, shown under the review. Kept by `update`
    /// whenever the answers change, so drawing a frame encodes nothing.
    pub resume_code: String,
    /// How far help can scroll in the current frame (0 when it fits). Measured when the
    /// screen is laid out (`scroll::settle`), so `update` and the key table know it without
    /// laying anything out themselves.
    pub help_max_scroll: usize,
    pub quit: bool,
}

/// What happened: a key, a click, a resize, a finished effect.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    Up,
    Down,
    /// Left/right: the month picker's field, or the text cursor.
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    /// Enter, or the Next button.
    Confirm,
    /// Esc, Backspace on an empty field, the Back button.
    Back,
    Help,
    ToggleLang,
    Quit,
    /// Highlight a row (a click) without confirming.
    Highlight(usize),
    /// Choose a row and go on (a number key, a click on a highlighted row); on a
    /// multi-select question, tick or untick that option and stay.
    Choose(usize),
    Char(char),
    DeleteChar,
    /// "None" on an optional question: "still not paying" or "not known yet" on a month
    /// question, "none of these" on a multi-select one.
    NoMonth,
    /// Change the picker's year or month by a step (buttons).
    StepYear(i32),
    StepMonth(i32),
    /// Space: tick or untick the highlighted material, or multi-select option.
    ToggleTick,
    ToggleSources,
    StartExport,
    Restart,
    Scroll(i32),
    Yes,
    No,
    Resize(u16, u16),
    Exported(Result<PathBuf, Problem>),
    /// The clock: milliseconds since start. Drives the kiosk's idle wipe.
    Tick(u64),
    /// Kiosk: the operator's key combination.
    OperatorKey,
    /// Kiosk: wipe everything now (the checklist's "finish and clear").
    FinishAndClear,
    Print,
    /// The print command finished, failed or ran out of time.
    Printed(Result<(), Problem>),
    EnterCode,
    SaveAnswers,
    Saved(Result<PathBuf, Problem>),
    /// Counselor: Chinese and English together.
    ToggleBilingual,
    /// Counselor: copy the checklist to the clipboard.
    Copy,
    Copied,
    /// Counselor: open the n-th question of the path.
    Jump(usize),
    /// Text pasted into a text field.
    Paste(String),
    /// V, or the "Read aloud" button: read the screen aloud, or stop reading.
    ReadAloud,
    /// The speech command ended: well, or with the problem to show.
    SpeechEnded(Result<(), Problem>),
}

impl Msg {
    /// Whether the person did something (a key, a click, a paste): not the clock, a resize
    /// or a finished effect. Activity keeps a kiosk awake.
    pub(crate) fn is_activity(&self) -> bool {
        !matches!(
            self,
            Msg::Tick(_)
                | Msg::Resize(..)
                | Msg::Exported(_)
                | Msg::Saved(_)
                | Msg::Printed(_)
                | Msg::SpeechEnded(_)
                | Msg::Copied
        )
    }
}

/// An effect for the runtime.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cmd {
    Quit,
    /// Write the checklist. `replace`: the person agreed to replace an existing file;
    /// without it the runtime reports one as `tui-file-exists` instead. A kiosk never
    /// replaces one: it picks a free name.
    Export {
        path: PathBuf,
        format: Format,
        replace: bool,
    },
    SaveAnswers {
        path: PathBuf,
        replace: bool,
    },
    /// Start the print command; it runs beside the wizard, which shows "Printing..." and
    /// hears back through `Msg::Printed`.
    Print {
        text: String,
    },
    Copy {
        text: String,
    },
    /// Start reading `text` aloud (stopping what was being read); the runtime hears back
    /// through `Msg::SpeechEnded`.
    Speak {
        text: String,
    },
}

impl<'g> Model<'g> {
    pub fn new(guide: &'g Guide, lang: Lang, today: NaiveDate) -> Self {
        Model {
            guide,
            lang,
            today,
            answers: Answers::default(),
            screen: Screen::Welcome,
            cursor: START_ROW,
            month: None,
            multi: None,
            error: None,
            overlay: None,
            from_review: false,
            checklist: None,
            ticked: BTreeSet::new(),
            show_sources: false,
            scroll: 0,
            help_scroll: 0,
            status: None,
            width: 80,
            height: 24,
            theme: super::theme::Theme::new(
                crate::config::ThemeKind::Default,
                crate::config::BorderKind::Line,
            ),
            settings: Settings::from_config(Mode::Standard, &Config::default(), lang),
            now_ms: 0,
            last_activity_ms: 0,
            pin_guard: PinGuard::default(),
            bilingual: false,
            checklist_other: None,
            covered: None,
            printing: false,
            speaking: false,
            replace_asked: None,
            resume_code: crate::resume::encode(&guide.content, &Answers::default()),
            help_max_scroll: 0,
            quit: false,
        }
    }

    pub fn walk(&self) -> Walk {
        walk(&self.guide.content, &self.answers, self.today)
    }

    /// The options question `q` offers, in order: those whose `option_when` holds for the
    /// answers before it on the path (not "no month" or "none of these"). Rows, number keys
    /// and clicks all count in this list, so an option that is not offered can be neither
    /// shown nor chosen.
    pub fn options(&self, q: usize) -> Vec<&'g str> {
        let guide: &'g Guide = self.guide;
        let question = &guide.content.questions[q];
        self.walk()
            .offered(&guide.content, q)
            .into_iter()
            .filter_map(|i| question.options.get(i).map(String::as_str))
            .collect()
    }

    /// The default export file name, in the current folder. A kiosk adds "-2", "-3"... when
    /// the name is taken, so visitors never overwrite each other's exports.
    pub(crate) fn default_export_name(&self) -> String {
        format!("yibao-checklist-{}.md", self.today)
    }

    /// The unpaid months the picker's value would give (shown live as "4 months"). Only the
    /// gap questions: another month question (benefit_end) does not change the gap, and a
    /// gap shown under it would read as if it did.
    pub(crate) fn draft_gap_months(&self, q: usize) -> Option<u32> {
        let draft = self.month.as_ref()?;
        let question = &self.guide.content.questions[q];
        let value = if draft.keep_none && question.optional {
            AnswerValue::NoMonth
        } else {
            AnswerValue::Month(draft.value)
        };
        self.walk().gap_months_if(&self.guide.content, q, &value)
    }

    /// Number of checklist items (the rows a cursor can be on).
    pub(crate) fn checklist_item_count(&self) -> usize {
        self.checklist
            .as_ref()
            .map_or(0, |c| c.sections.iter().map(|s| s.items.len()).sum())
    }

    /// The checklist item at a row index, with the kind of its section.
    pub(crate) fn checklist_item(&self, index: usize) -> Option<(SectionKind, &ChecklistItem)> {
        self.checklist
            .as_ref()?
            .sections
            .iter()
            .flat_map(|s| s.items.iter().map(move |i| (s.kind(), i)))
            .nth(index)
    }
}

/// The welcome screen's rows: 0 = 中文, 1 = English, 2 = Start, 3 = Enter a code.
pub(crate) const WELCOME_ROWS: usize = 4;

/// The welcome row the cursor starts on.
pub(crate) const START_ROW: usize = 2;

/// Below this the wizard shows only a bilingual "enlarge the window" screen.
pub(crate) const MIN_WIDTH: u16 = 40;
pub(crate) const MIN_HEIGHT: u16 = 12;

/// A frame too small for the wizard (its keys are then those of the enlarge-the-window
/// screen).
pub(crate) fn too_small(width: u16, height: u16) -> bool {
    width < MIN_WIDTH || height < MIN_HEIGHT
}
