//! The wizard's state and its pure `update`: The Elm Architecture's model and messages.
//!
//! `update` never touches the terminal or the disk. What must happen outside (quitting,
//! writing an export) comes back as a [`Cmd`]; the runtime does it and reports the result
//! as another [`Msg`].

use crate::checklist::Checklist;
use crate::config::{Config, Mode, OperatorExit};
use crate::engine::answers::{AnswerValue, Answers};
use crate::engine::content::QuestionKind;
use crate::engine::content::SectionKind;
use crate::engine::facts::{Facts, GAP_END, GAP_START, check_month, month_bounds};
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
    fn insert(&mut self, c: char, max: usize) -> bool {
        if self.text.chars().count() >= max {
            return false;
        }
        let at = self.byte_index();
        self.text.insert(at, c);
        self.cursor += 1;
        true
    }

    fn delete_back(&mut self) -> bool {
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

/// How many characters a dialog's field takes. Real input is far shorter; the limit keeps
/// a paste or a stuck key from growing a field without end (every frame draws it, every
/// key edits it).
pub fn field_limit(m: &Model<'_>, overlay: &Overlay) -> usize {
    match overlay {
        Overlay::Export(_) if m.settings.kiosk() => FILE_NAME_MAX_CHARS,
        Overlay::OperatorPin(_) => crate::config::PIN_MAX_CHARS,
        Overlay::ResumeCode(_) => RESUME_CODE_MAX_CHARS,
        _ => PATH_MAX_CHARS,
    }
}

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
    /// The name in the export or save dialog that exists already and that the person was
    /// asked about: Enter again with it replaces the file (outside a kiosk; a kiosk never
    /// replaces a file).
    pub replace_asked: Option<String>,
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
                super::theme::ThemeKind::Default,
                super::theme::BorderKind::Line,
            ),
            settings: Settings::from_config(Mode::Standard, &Config::default(), lang),
            now_ms: 0,
            last_activity_ms: 0,
            pin_guard: PinGuard::default(),
            bilingual: false,
            checklist_other: None,
            covered: None,
            printing: false,
            replace_asked: None,
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
        let (before, facts) = self.asked_with(q);
        question
            .offered(&before, &facts)
            .into_iter()
            .filter_map(|i| question.options.get(i).map(String::as_str))
            .collect()
    }

    /// The answers and facts question `q` is asked with: those of the questions before it
    /// on the path, as `flow::walk` sees them when it reaches `q` (later answers, and `q`'s
    /// own, must not change what `q` offers).
    fn asked_with(&self, q: usize) -> (Answers, Facts) {
        let w = self.walk();
        let mut before = Answers::default();
        for &p in w.path.iter().take_while(|&&p| p != q) {
            let id = &self.guide.content.questions[p].id;
            if let Some(v) = w.on_path.get(id) {
                before.set(id, v.clone());
            }
        }
        let facts = Facts::derive(&before, self.today);
        (before, facts)
    }

    /// The default export file name, in the current folder. A kiosk adds "-2", "-3"... when
    /// the name is taken, so visitors never overwrite each other's exports.
    pub fn default_export_name(&self) -> String {
        format!("yibao-checklist-{}.md", self.today)
    }

    /// The unpaid months the picker's value would give (shown live as "4 months"). Only the
    /// gap questions: another month question (benefit_end) does not change the gap, and a
    /// gap shown under it would read as if it did.
    pub fn draft_gap_months(&self, q: usize) -> Option<u32> {
        let draft = self.month.as_ref()?;
        let id = &self.guide.content.questions[q].id;
        if id != GAP_START && id != GAP_END {
            return None;
        }
        let mut answers = self.walk().on_path;
        let question = &self.guide.content.questions[q];
        let value = if draft.keep_none && question.optional {
            AnswerValue::NoMonth
        } else {
            AnswerValue::Month(draft.value)
        };
        answers.set(id, value);
        Facts::derive(&answers, self.today).gap.map(|g| g.months)
    }
}

/// Messages that are not the person doing something (so they do not count as activity).
fn is_activity(msg: &Msg) -> bool {
    !matches!(
        msg,
        Msg::Tick(_)
            | Msg::Resize(..)
            | Msg::Exported(_)
            | Msg::Saved(_)
            | Msg::Printed(_)
            | Msg::Copied
    )
}

/// The kiosk's clock: after `idle_ms` without activity ask "still there?", and after
/// `countdown_ms` more wipe everything and return to the welcome screen.
fn tick(m: &mut Model<'_>, now: u64) {
    m.now_ms = now;
    if !m.settings.kiosk() {
        return;
    }
    if at_rest(m) {
        // Nothing to wipe: the clock starts with the next person's first touch.
        m.last_activity_ms = now;
        return;
    }
    let idle = now.saturating_sub(m.last_activity_ms);
    if idle >= m.settings.idle_ms.saturating_add(m.settings.countdown_ms) {
        wipe(m);
    } else if idle >= m.settings.idle_ms && m.overlay != Some(Overlay::StillThere) {
        // Keep what was being typed (an export name, a code) under the question.
        m.covered = m.overlay.take();
        m.overlay = Some(Overlay::StillThere);
    }
}

/// Nothing of the last person is on screen: the welcome screen, no answers, no dialog,
/// the default language.
pub fn at_rest(m: &Model<'_>) -> bool {
    m.screen == Screen::Welcome
        && m.answers.is_empty()
        && m.overlay.is_none()
        && m.lang == m.settings.default_lang
        && m.status.is_none()
}

/// Seconds left before a kiosk wipes itself (for the countdown).
pub fn seconds_left(m: &Model<'_>) -> u64 {
    let end = m
        .last_activity_ms
        .saturating_add(m.settings.idle_ms)
        .saturating_add(m.settings.countdown_ms);
    end.saturating_sub(m.now_ms).div_ceil(1000)
}

/// Clears everything about the last person; keeps the settings, size and clock.
pub fn wipe(m: &mut Model<'_>) {
    let lang = m.settings.default_lang;
    restart(m);
    set_lang(m, lang);
    m.last_activity_ms = m.now_ms;
}

/// Starts with answers from a file or a resume code: at the review when the path is
/// complete, else at the first question still to answer.
pub fn start_with_answers(m: &mut Model<'_>, answers: Answers, notice: Option<Problem>) {
    m.answers = answers;
    m.overlay = None;
    m.status = notice.map(|p| Status {
        id: if p.code == "resume-ask-again" {
            "ui-resume-ask-again"
        } else {
            "ui-resume-other-version"
        },
        arg: p.get("questions").map(str::to_owned),
        error: false,
    });
    go_to_pending(m);
}

/// The wizard's only way to change state.
pub fn update(m: &mut Model<'_>, msg: Msg) -> Option<Cmd> {
    if let Msg::Tick(now) = msg {
        tick(m, now);
        return None;
    }
    if is_activity(&msg) {
        m.last_activity_ms = m.now_ms;
        // Any touch or key answers "still there?" and does nothing else.
        if m.overlay == Some(Overlay::StillThere) {
            m.overlay = m.covered.take();
            return None;
        }
    }
    let paged = matches!(m.screen, Screen::Checklist | Screen::Review)
        && m.overlay.is_none()
        && matches!(msg, Msg::PageUp | Msg::PageDown | Msg::Scroll(_));
    let (screen, status) = (m.screen, m.status.clone());
    // On the review, End and Down past the last row scroll on to the resume code below it.
    let review_end = m.screen == Screen::Review
        && m.overlay.is_none()
        && (msg == Msg::End || msg == Msg::Down && m.cursor >= m.walk().path.len());
    let user_scroll = paged || review_end;
    let cmd = apply(m, msg);
    // In a kiosk a message belongs to the screen it was given on: a wrong PIN typed on the
    // welcome screen must not follow the next visitor through their questions.
    if m.settings.kiosk() && m.screen != screen && m.status == status {
        m.status = None;
    }
    settle_scroll(m, user_scroll);
    cmd
}

/// Keeps the highlighted row in view after a change, or, when the person scrolled, moves
/// the highlight onto the first row now in view.
fn settle_scroll(m: &mut Model<'_>, user_scroll: bool) {
    use super::layout::{geometry, plan, scroll_to_focus, too_small, visible_offset};
    if too_small(m.width, m.height) {
        return;
    }
    let p = plan(m, m.width, m.height);
    let geo = geometry(m, m.width, m.height);
    if !user_scroll {
        m.scroll = scroll_to_focus(&p, &geo, m.scroll);
        return;
    }
    m.scroll = visible_offset(&p, &geo, m.scroll);
    let rows = usize::from(geo.body_rows);
    let visible = p
        .focus
        .is_some_and(|(s, e)| s >= m.scroll && e <= m.scroll + rows);
    // Nothing highlighted in the body (the review's last row, also a button, on a small
    // screen): the highlight stays where it is.
    if visible || p.focus.is_none() {
        return;
    }
    // The first item that starts inside the view (not one continued from above); failing
    // that (the view shows the answers after the last item, or the middle of one long
    // item), the nearest item above it.
    let end = (m.scroll + rows).min(p.body.len());
    let starts = (m.scroll..end).find_map(|i| match &p.body[i].target {
        Some(Msg::Choose(n)) if i == 0 || p.body[i - 1].target != Some(Msg::Choose(*n)) => Some(*n),
        _ => None,
    });
    let above = || {
        (0..m.scroll.min(p.body.len()))
            .rev()
            .find_map(|i| match &p.body[i].target {
                Some(Msg::Choose(n)) => Some(*n),
                _ => None,
            })
    };
    if let Some(n) = starts.or_else(above) {
        m.cursor = n;
    }
}

fn apply(m: &mut Model<'_>, msg: Msg) -> Option<Cmd> {
    // Messages that work everywhere, whatever is open.
    match msg {
        Msg::Resize(w, h) => {
            m.width = w;
            m.height = h;
            return None;
        }
        Msg::ToggleLang => {
            set_lang(m, m.lang.other());
            return None;
        }
        Msg::Exported(result) | Msg::Saved(result) => {
            written(m, result);
            return None;
        }
        // A result for a print the model no longer waits for (the last visitor's) is dropped.
        Msg::Printed(_) if !m.printing => return None,
        Msg::Printed(result) => {
            m.printing = false;
            m.status = Some(match result {
                Ok(()) => Status {
                    id: "ui-kiosk-printed",
                    arg: None,
                    error: false,
                },
                Err(p) => Status {
                    id: "ui-kiosk-print-failed",
                    arg: p.get("reason").map(str::to_owned),
                    error: true,
                },
            });
            return None;
        }
        Msg::Copied => {
            m.status = Some(Status {
                id: "ui-counselor-copied",
                arg: None,
                error: false,
            });
            return None;
        }
        Msg::OperatorKey if m.settings.operator.is_some() => {
            match m.pin_guard.locked_status(m.now_ms) {
                Some(locked) => m.status = Some(locked),
                None => m.overlay = Some(Overlay::OperatorPin(TextInput::default())),
            }
            return None;
        }
        Msg::ToggleBilingual if m.settings.counselor() => {
            m.bilingual = !m.bilingual;
            build_checklist(m);
            return None;
        }
        _ => {}
    }
    if let Some(overlay) = m.overlay.clone() {
        return update_overlay(m, overlay, msg);
    }
    match msg {
        Msg::Help => {
            m.overlay = Some(Overlay::Help);
            m.help_scroll = 0;
            return None;
        }
        // A kiosk cannot be quit by the public: only the operator exit or a signal ends it.
        Msg::Quit if m.settings.kiosk() => return None,
        Msg::Quit => {
            if m.answers.is_empty() {
                m.quit = true;
                return Some(Cmd::Quit);
            }
            m.overlay = Some(Overlay::ConfirmQuit);
            return None;
        }
        Msg::EnterCode => {
            m.overlay = Some(Overlay::ResumeCode(TextInput::default()));
            return None;
        }
        Msg::SaveAnswers if !m.settings.kiosk() && !m.answers.is_empty() => {
            let name = format!("yibao-answers-{}.yaml", m.today);
            m.overlay = Some(Overlay::SaveAnswers(TextInput::new(&name)));
            return None;
        }
        Msg::Jump(i) if m.settings.counselor() => {
            let path = m.walk().path;
            if let Some(&q) = path.get(i) {
                m.from_review = true;
                open_question(m, q);
            }
            return None;
        }
        _ => {}
    }
    match m.screen {
        Screen::Welcome => update_welcome(m, msg),
        Screen::Question(q) => update_question(m, q, msg),
        Screen::Review => update_review(m, msg),
        Screen::Checklist => update_checklist(m, msg),
    }
}

fn set_lang(m: &mut Model<'_>, lang: Lang) {
    m.lang = lang;
    if m.checklist.is_some() {
        build_checklist(m);
    }
}

fn build_checklist(m: &mut Model<'_>) {
    let w = m.walk();
    m.checklist_other = (m.bilingual && w.is_complete()).then(|| {
        Checklist::build(m.guide, m.lang.other(), &m.answers, &w).with_office(
            m.settings.office.as_ref(),
            &m.guide.locales,
            m.lang.other(),
        )
    });
    m.checklist = w.is_complete().then(|| {
        Checklist::build(m.guide, m.lang, &m.answers, &w).with_office(
            m.settings.office.as_ref(),
            &m.guide.locales,
            m.lang,
        )
    });
}

fn update_overlay(m: &mut Model<'_>, overlay: Overlay, msg: Msg) -> Option<Cmd> {
    match overlay {
        Overlay::Help => {
            // Help longer than the frame scrolls; its buttons stay in view.
            let area = ratatui::layout::Rect::new(0, 0, m.width, m.height);
            let max = super::view::help_max_scroll(m, area);
            let page = usize::from(m.height.saturating_sub(6)).max(1);
            let s = m.help_scroll.min(max);
            m.help_scroll = match msg {
                Msg::Up => s.saturating_sub(1),
                Msg::Down => (s + 1).min(max),
                Msg::PageUp => s.saturating_sub(page),
                Msg::PageDown => (s + page).min(max),
                Msg::Home => 0,
                Msg::End => max,
                Msg::Scroll(n) => s.saturating_add_signed(n as isize).min(max),
                _ => s,
            };
            if matches!(
                msg,
                Msg::Back
                    | Msg::Confirm
                    | Msg::Help
                    | Msg::Quit
                    | Msg::Yes
                    | Msg::No
                    | Msg::Choose(_)
            ) {
                m.overlay = None;
            }
            None
        }
        Overlay::ConfirmQuit => match msg {
            Msg::Yes | Msg::Confirm => {
                m.overlay = None;
                m.quit = true;
                Some(Cmd::Quit)
            }
            Msg::No | Msg::Back | Msg::Quit => {
                m.overlay = None;
                None
            }
            _ => None,
        },
        Overlay::ConfirmRestart => match msg {
            Msg::Yes | Msg::Confirm => {
                restart(m);
                None
            }
            Msg::No | Msg::Back => {
                m.overlay = None;
                None
            }
            _ => None,
        },
        Overlay::StillThere => {
            m.overlay = None;
            None
        }
        Overlay::Export(ref input)
        | Overlay::OperatorPin(ref input)
        | Overlay::ResumeCode(ref input)
        | Overlay::SaveAnswers(ref input) => {
            let mut input = input.clone();
            let max = field_limit(m, &overlay);
            let rewrap = |input: TextInput| match &overlay {
                Overlay::Export(_) => Overlay::Export(input),
                Overlay::OperatorPin(_) => Overlay::OperatorPin(input),
                Overlay::ResumeCode(_) => Overlay::ResumeCode(input),
                _ => Overlay::SaveAnswers(input),
            };
            let edited = matches!(msg, Msg::Char(_) | Msg::Paste(_) | Msg::DeleteChar);
            let mut full = false;
            match msg {
                Msg::Char(c) => full = !input.insert(c, max),
                // Up to the limit, then no further: the rest of a long paste is dropped.
                Msg::Paste(text) => full = !text.chars().all(|c| input.insert(c, max)),
                Msg::DeleteChar => {
                    input.delete_back();
                }
                Msg::Left => input.cursor = input.cursor.saturating_sub(1),
                Msg::Right => input.cursor = (input.cursor + 1).min(input.text.chars().count()),
                Msg::Home => input.cursor = 0,
                Msg::End => input.cursor = input.text.chars().count(),
                Msg::Back | Msg::No => {
                    m.overlay = None;
                    m.replace_asked = None;
                    clear_dialog_status(m);
                    return None;
                }
                Msg::Confirm | Msg::Yes => {
                    return confirm_input(m, &overlay, input.text.trim());
                }
                _ => {}
            }
            if edited {
                // A changed name is a new name: ask again before replacing.
                m.replace_asked = None;
                clear_dialog_status(m);
            }
            if full {
                m.status = Some(Status {
                    id: "ui-tui-field-full",
                    arg: Some(max.to_string()),
                    error: true,
                });
            }
            m.overlay = Some(rewrap(input));
            None
        }
    }
}

/// Messages about what is being typed in a dialog (too long, cannot be saved, exists
/// already): they go once the text changes or the dialog closes.
fn clear_dialog_status(m: &mut Model<'_>) {
    let about_typing = m.status.as_ref().is_some_and(|s| {
        matches!(
            s.id,
            "ui-tui-field-full"
                | "ui-tui-export-failed"
                | "ui-kiosk-export-failed"
                | "ui-tui-file-exists"
                | "ui-kiosk-bad-file-name"
        )
    });
    if about_typing {
        m.status = None;
    }
}

/// The result of writing an export or saved answers. Written: the dialog closes and says
/// where (in a kiosk only the file's name: the server's folders are nobody's business).
/// Not written: the dialog stays open with what was typed, and says why and what to do.
fn written(m: &mut Model<'_>, result: Result<PathBuf, Problem>) {
    let file_dialog = matches!(
        m.overlay,
        Some(Overlay::Export(_) | Overlay::SaveAnswers(_))
    );
    let typed = match &m.overlay {
        Some(Overlay::Export(input) | Overlay::SaveAnswers(input)) => Some(input.text.trim()),
        _ => None,
    };
    let status =
        |id: &'static str, arg: Option<String>, error: bool| Some(Status { id, arg, error });
    match result {
        Ok(path) => {
            if file_dialog {
                m.overlay = None;
            }
            m.replace_asked = None;
            let shown = if m.settings.kiosk() {
                path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                )
            } else {
                path.display().to_string()
            };
            m.status = status("ui-tui-exported", Some(shown), false);
        }
        Err(p) if p.code == "tui-file-exists" => {
            m.replace_asked = typed.map(str::to_owned);
            m.status = status(
                "ui-tui-file-exists",
                p.get("value").map(str::to_owned),
                true,
            );
        }
        // A visitor cannot fix the kiosk's disk: they are sent to the staff.
        Err(_) if m.settings.kiosk() => m.status = status("ui-kiosk-export-failed", None, true),
        Err(p) => {
            let words = write_problem_words(m, &p);
            m.status = status("ui-tui-export-failed", Some(words), true);
        }
    }
}

/// A write problem in the person's language, on one line: what went wrong and what to do.
/// Without the place (the person just typed it) and without the system's own words, which
/// may be English or name the temporary file written first.
fn write_problem_words(m: &Model<'_>, p: &Problem) -> String {
    let mut bare = Problem {
        loc: None,
        ..p.clone()
    };
    if bare.get("reason") == Some("other") {
        let refused = m.guide.locales.text(m.lang, "ui-tui-write-refused");
        bare.args.retain(|(name, _)| *name != "error");
        bare = bare.arg("error", refused);
    }
    let words = m.guide.locales.problem(m.lang, &bare);
    let line = words.lines().map(str::trim).collect::<Vec<_>>().join(" ");
    // Problem messages start in lower case (they follow "file:line: "); this one starts
    // a sentence of its own.
    let mut chars = line.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Enter in a text dialog. The file dialogs stay open until the file is written (or not),
/// so a name that did not work can be corrected instead of typed again.
fn confirm_input(m: &mut Model<'_>, overlay: &Overlay, text: &str) -> Option<Cmd> {
    let status =
        |id: &'static str, arg: Option<String>, error: bool| Some(Status { id, arg, error });
    let replace = m.replace_asked.as_deref() == Some(text);
    match overlay {
        Overlay::Export(_) => {
            if text.is_empty() {
                return None;
            }
            let path = match (&m.settings.export_dir, m.settings.kiosk()) {
                (Some(dir), true) => match confine(dir, text) {
                    Ok(p) => p,
                    Err(_) => {
                        m.status = status("ui-kiosk-bad-file-name", Some(text.to_owned()), true);
                        return None;
                    }
                },
                _ => PathBuf::from(text),
            };
            let format = match path.extension().and_then(|e| e.to_str()) {
                Some("txt") => Format::Text,
                Some("json") => Format::Json,
                _ => Format::Markdown,
            };
            m.status = status("ui-tui-exporting", None, false);
            Some(Cmd::Export {
                path,
                format,
                replace,
            })
        }
        Overlay::SaveAnswers(_) => {
            if text.is_empty() {
                return None;
            }
            m.status = status("ui-tui-exporting", None, false);
            Some(Cmd::SaveAnswers {
                path: PathBuf::from(text),
                replace,
            })
        }
        Overlay::OperatorPin(_) => {
            m.overlay = None;
            // A PIN typed while the exit is locked is not even compared.
            if let Some(locked) = m.pin_guard.locked_status(m.now_ms) {
                m.status = Some(locked);
                return None;
            }
            let right = m
                .settings
                .operator
                .as_ref()
                .is_some_and(|op| same_secret(&op.pin, text));
            if right {
                m.quit = true;
                Some(Cmd::Quit)
            } else {
                m.pin_guard.failed(m.now_ms);
                m.status = m
                    .pin_guard
                    .locked_status(m.now_ms)
                    .or_else(|| status("ui-kiosk-wrong-pin", None, true));
                None
            }
        }
        Overlay::ResumeCode(_) => {
            m.overlay = None;
            match crate::resume::restore(&m.guide.content, text, m.today) {
                Ok((answers, notice)) => start_with_answers(m, answers, notice),
                Err(p) => {
                    m.status = Some(Status {
                        id: "ui-resume-failed",
                        arg: Some(
                            m.guide
                                .locales
                                .problem(m.lang, &p)
                                .lines()
                                .next()
                                .unwrap_or_default()
                                .to_owned(),
                        ),
                        error: true,
                    });
                }
            }
            None
        }
        _ => None,
    }
}

/// Wrong operator PINs allowed before the exit locks.
pub const PIN_FREE_TRIES: u32 = 3;
/// The first lock; each further wrong PIN doubles it, up to [`PIN_LOCK_MAX_MS`].
pub const PIN_LOCK_MS: u64 = 30_000;
pub const PIN_LOCK_MAX_MS: u64 = 15 * 60_000;
/// A wrong PIN this long after the last one starts the count again: an operator's
/// occasional typo over weeks is not an attack.
pub const PIN_FORGET_MS: u64 = 60 * 60_000;

/// Guessing the operator PIN: after [`PIN_FREE_TRIES`] wrong ones the exit locks for a
/// while, longer after each further wrong PIN; an hour without a wrong PIN forgets them.
/// Held in memory only: a kiosk writes nothing, and restarting the program needs the
/// operator anyway.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PinGuard {
    pub failures: u32,
    pub locked_until_ms: u64,
    pub last_failure_ms: u64,
}

impl PinGuard {
    fn failed(&mut self, now_ms: u64) {
        if now_ms.saturating_sub(self.last_failure_ms) >= PIN_FORGET_MS {
            self.failures = 0;
        }
        self.last_failure_ms = now_ms;
        self.failures = self.failures.saturating_add(1);
        if let Some(extra) = self.failures.checked_sub(PIN_FREE_TRIES) {
            let lock = PIN_LOCK_MS
                .saturating_mul(1 << extra.min(16))
                .min(PIN_LOCK_MAX_MS);
            self.locked_until_ms = now_ms.saturating_add(lock);
        }
    }

    /// Whole seconds until the exit unlocks (rounded up), if it is locked.
    pub fn locked_for_seconds(&self, now_ms: u64) -> Option<u64> {
        let left = self.locked_until_ms.saturating_sub(now_ms);
        (left > 0).then(|| left.div_ceil(1000))
    }

    fn locked_status(&self, now_ms: u64) -> Option<Status> {
        self.locked_for_seconds(now_ms).map(|s| Status {
            id: "ui-kiosk-pin-locked",
            arg: Some(s.to_string()),
            error: true,
        })
    }
}

/// Compares a typed PIN with the configured one without stopping at the first difference,
/// so timing does not tell how much of a guess was right.
fn same_secret(expected: &str, typed: &str) -> bool {
    let (a, b) = (expected.as_bytes(), typed.as_bytes());
    let mut diff = a.len() ^ b.len();
    for i in 0..a.len().max(b.len()) {
        diff |= usize::from(a.get(i).copied().unwrap_or(0) ^ b.get(i).copied().unwrap_or(0));
    }
    diff == 0
}

/// A kiosk's export path: a plain file name inside the export folder, never anything that
/// could lead out of it (no folders, no "..", no hidden files, no control characters), and
/// none that starts with a dash, which a script handling the folder (`lp *`, `mv *`) would
/// take for an option.
pub fn confine(dir: &std::path::Path, name: &str) -> Result<PathBuf, Problem> {
    use std::path::Component;
    let name = name.trim();
    let mut components = std::path::Path::new(name).components();
    let single =
        matches!(components.next(), Some(Component::Normal(_))) && components.next().is_none();
    let ok = single
        && name.chars().count() <= FILE_NAME_MAX_CHARS
        && !name.starts_with(['.', '-'])
        && !name.chars().any(|c| {
            c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
        });
    if ok {
        Ok(dir.join(name))
    } else {
        Err(Problem::new("kiosk-bad-file-name").arg("value", name))
    }
}

/// Clears every answer and returns to the welcome screen.
pub fn restart(m: &mut Model<'_>) {
    let (guide, lang, today, width, height, theme) =
        (m.guide, m.lang, m.today, m.width, m.height, m.theme);
    let (settings, now, bilingual) = (m.settings.clone(), m.now_ms, m.bilingual);
    let pin_guard = m.pin_guard;
    *m = Model::new(guide, lang, today);
    m.pin_guard = pin_guard;
    m.width = width;
    m.height = height;
    m.theme = theme;
    m.settings = settings;
    m.now_ms = now;
    m.last_activity_ms = now;
    m.bilingual = bilingual;
}

/// The welcome screen's rows: 0 = 中文, 1 = English, 2 = Start, 3 = Enter a code.
pub const WELCOME_ROWS: usize = 4;
/// The welcome row the cursor starts on.
pub const START_ROW: usize = 2;

fn update_welcome(m: &mut Model<'_>, msg: Msg) -> Option<Cmd> {
    match msg {
        Msg::Up | Msg::Left => m.cursor = m.cursor.saturating_sub(1),
        Msg::Down | Msg::Right => m.cursor = (m.cursor + 1).min(WELCOME_ROWS - 1),
        Msg::Highlight(i) if i < WELCOME_ROWS => m.cursor = i,
        Msg::Choose(i) if i < WELCOME_ROWS => {
            m.cursor = i;
            return update_welcome(m, Msg::Confirm);
        }
        Msg::Confirm => match m.cursor {
            0 => set_lang(m, Lang::Zh),
            1 => set_lang(m, Lang::En),
            START_ROW => go_to_pending(m),
            _ => m.overlay = Some(Overlay::ResumeCode(TextInput::default())),
        },
        _ => {}
    }
    None
}

/// Opens the first unanswered question on the path, or the review once there is none.
fn go_to_pending(m: &mut Model<'_>) {
    match m.walk().pending {
        Some(q) => open_question(m, q),
        None => open_review(m),
    }
}

fn open_question(m: &mut Model<'_>, q: usize) {
    let question = &m.guide.content.questions[q];
    m.screen = Screen::Question(q);
    m.error = None;
    m.scroll = 0;
    let current = m.answers.get(&question.id).cloned();
    let offered = m.options(q);
    // A kept answer that is no longer offered (an earlier answer changed) is not
    // highlighted: the cursor starts on the first row instead of past the list.
    m.cursor = match &current {
        Some(AnswerValue::Choice(o)) => offered.iter().position(|x| x == o).unwrap_or(0),
        _ => 0,
    };
    m.multi = None;
    if question.kind == QuestionKind::Multi {
        // The kept ticks (of options still offered), or the kept "none of these".
        let mut draft = MultiDraft::default();
        if let Some(AnswerValue::Choices(list)) = &current {
            draft.ticked = list
                .iter()
                .filter(|o| offered.contains(&o.as_str()))
                .cloned()
                .collect();
            draft.none = list.is_empty();
        }
        // The highlight on the first kept tick, or on "none of these" (after the options).
        m.cursor = if draft.none {
            offered.len()
        } else {
            offered
                .iter()
                .position(|o| draft.ticked.contains(*o))
                .unwrap_or(0)
        };
        m.multi = Some(draft);
    }
    m.month = (question.kind == QuestionKind::Month).then(|| {
        let (min, max) = month_bounds(&question.id, &m.answers, m.today);
        // The last unpaid month starts on "still not paying" until answered: a month there
        // means the gap has ended, which Enter alone must not claim.
        let keep_none = current == Some(AnswerValue::NoMonth)
            || (current.is_none() && question.id == GAP_END && question.optional);
        let value = match current {
            Some(AnswerValue::Month(v)) => v,
            // A sensible start: this month for the gap start, the start month for its end.
            _ if question.id == GAP_START => YearMonth::of(m.today),
            _ => min,
        };
        MonthDraft {
            value: value.clamp(min, max),
            keep_none,
            field: MonthField::Month,
            typed: String::new(),
        }
    });
}

fn open_review(m: &mut Model<'_>) {
    m.screen = Screen::Review;
    m.from_review = false;
    m.cursor = m.walk().path.len(); // the "show checklist" row
    m.scroll = 0;
    m.error = None;
}

fn open_checklist(m: &mut Model<'_>) {
    build_checklist(m);
    if m.checklist.is_some() {
        m.screen = Screen::Checklist;
        m.cursor = 0;
        m.scroll = 0;
    }
}

/// Stores an answer and moves on: to the next question on the path (kept answers are shown
/// again so they can be confirmed or changed), or to the review once the path is complete.
fn answer(m: &mut Model<'_>, q: usize, value: AnswerValue) {
    let guide = m.guide;
    m.answers.set(&guide.content.questions[q].id, value);
    m.error = None;
    let w = m.walk();
    if m.from_review && w.is_complete() {
        open_review(m);
        return;
    }
    match w.after(q) {
        Some(n) => open_question(m, n),
        None => open_review(m),
    }
}

/// Back: the previous question on the path, or the welcome screen from the first.
fn back(m: &mut Model<'_>, q: usize) {
    let w = m.walk();
    match w.before(q) {
        Some(prev) => open_question(m, prev),
        None => {
            m.screen = Screen::Welcome;
            m.cursor = START_ROW;
            m.month = None;
            m.multi = None;
        }
    }
}

fn update_question(m: &mut Model<'_>, q: usize, msg: Msg) -> Option<Cmd> {
    let kind = m.guide.content.questions[q].kind;
    match kind {
        QuestionKind::Month => return update_month(m, q, msg),
        QuestionKind::Multi => return update_multi(m, q, msg),
        QuestionKind::Choice | QuestionKind::YesNo => {}
    }
    let offered = m.options(q);
    let count = offered.len();
    match msg {
        Msg::Up => m.cursor = m.cursor.saturating_sub(1),
        Msg::Down => m.cursor = (m.cursor + 1).min(count.saturating_sub(1)),
        Msg::Home => m.cursor = 0,
        Msg::End => m.cursor = count.saturating_sub(1),
        Msg::Highlight(i) if i < count => m.cursor = i,
        Msg::Choose(i) if i < count => {
            m.cursor = i;
            answer(m, q, AnswerValue::Choice(offered[i].to_owned()));
        }
        Msg::Confirm => {
            if let Some(o) = offered.get(m.cursor.min(count.saturating_sub(1))) {
                answer(m, q, AnswerValue::Choice((*o).to_owned()));
            }
        }
        Msg::Back | Msg::Left | Msg::DeleteChar => back(m, q),
        _ => {}
    }
    None
}

/// A multi-select question. Rows are the offered options, then "none of these". Space, a
/// number key or a click ticks or unticks an option (and unchooses "none"); 0 or its row
/// chooses "none of these" (and clears the ticks); Enter continues with what is chosen. Enter
/// never ticks: it does the same on every row, so it can be named once in the hint bar.
fn update_multi(m: &mut Model<'_>, q: usize, msg: Msg) -> Option<Cmd> {
    let offered = m.options(q);
    let none_row = offered.len();
    let mut draft = m.multi.clone().unwrap_or_default();
    m.cursor = m.cursor.min(none_row);
    let toggle = |draft: &mut MultiDraft, option: &str| {
        if !draft.ticked.remove(option) {
            draft.ticked.insert(option.to_owned());
        }
        draft.none = false;
    };
    let choose_none = |draft: &mut MultiDraft| {
        draft.none = !draft.none;
        draft.ticked.clear();
    };
    match msg {
        Msg::Up => m.cursor = m.cursor.saturating_sub(1),
        Msg::Down => m.cursor = (m.cursor + 1).min(none_row),
        Msg::Home => m.cursor = 0,
        Msg::End => m.cursor = none_row,
        Msg::Highlight(i) if i <= none_row => m.cursor = i,
        Msg::Choose(i) if i < none_row => {
            m.cursor = i;
            toggle(&mut draft, offered[i]);
        }
        Msg::ToggleTick if m.cursor < none_row => toggle(&mut draft, offered[m.cursor]),
        Msg::ToggleTick | Msg::NoMonth => {
            m.cursor = none_row;
            choose_none(&mut draft);
        }
        Msg::Confirm if draft.ticked.is_empty() && !draft.none => {
            m.error = Some(Problem::new("tui-multi-nothing"));
            return None;
        }
        Msg::Confirm => {
            // In the question's order, whatever order they were ticked in.
            let list = offered
                .iter()
                .filter(|o| draft.ticked.contains(**o))
                .map(|o| (*o).to_owned())
                .collect();
            answer(m, q, AnswerValue::Choices(list));
            return None;
        }
        Msg::Back | Msg::Left | Msg::DeleteChar => {
            back(m, q);
            return None;
        }
        _ => return None,
    }
    m.error = None;
    m.multi = Some(draft);
    None
}

fn update_month(m: &mut Model<'_>, q: usize, msg: Msg) -> Option<Cmd> {
    let question = &m.guide.content.questions[q];
    let (id, optional) = (question.id.clone(), question.optional);
    let (min, max) = month_bounds(&id, &m.answers, m.today);
    let mut draft = m.month.clone()?;
    let step = |d: &mut MonthDraft, months: i64| {
        d.value = d.value.plus(months).clamp(min, max);
        d.typed.clear();
        d.keep_none = false;
    };
    match msg {
        // Choosing a field touches the picker: Enter then gives its month, not "none".
        Msg::Left => {
            draft.field = MonthField::Year;
            draft.keep_none = false;
        }
        Msg::Right => {
            draft.field = MonthField::Month;
            draft.keep_none = false;
        }
        Msg::Up | Msg::Down => {
            let unit = if draft.field == MonthField::Year {
                12
            } else {
                1
            };
            step(&mut draft, if msg == Msg::Up { unit } else { -unit });
        }
        Msg::PageUp => step(&mut draft, 12),
        Msg::PageDown => step(&mut draft, -12),
        Msg::StepYear(n) => step(&mut draft, 12 * i64::from(n)),
        Msg::StepMonth(n) => step(&mut draft, i64::from(n)),
        Msg::Char(c) if c.is_ascii_digit() || c == '-' => {
            draft.keep_none = false;
            if draft.typed.len() < 7 {
                // Typing "202609" gets its dash added after the year.
                if draft.typed.len() == 4 && c != '-' {
                    draft.typed.push('-');
                }
                draft.typed.push(c);
            }
            if let Ok(v) = draft.typed.parse::<YearMonth>()
                && draft.typed.len() == 7
                && (min..=max).contains(&v)
            {
                draft.value = v;
            }
        }
        Msg::Char('n' | 'N') | Msg::NoMonth if optional => {
            answer(m, q, AnswerValue::NoMonth);
            return None;
        }
        // Backspace only edits what was typed: on an empty field it does nothing, so one
        // press too many never leaves the question.
        Msg::DeleteChar => {
            draft.typed.pop();
        }
        Msg::Back => {
            back(m, q);
            return None;
        }
        Msg::Confirm if draft.keep_none && optional => {
            answer(m, q, AnswerValue::NoMonth);
            return None;
        }
        Msg::Confirm => {
            let value = if draft.typed.is_empty() {
                Ok(draft.value)
            } else {
                draft
                    .typed
                    .parse::<YearMonth>()
                    .map_err(crate::batch::month_problem)
            };
            match value.and_then(|v| check_month(&id, v, &m.answers, m.today).map(|()| v)) {
                Ok(v) => {
                    answer(m, q, AnswerValue::Month(v));
                    return None;
                }
                Err(p) => m.error = Some(p.arg("question", &id).arg("value", &draft.typed)),
            }
        }
        _ => {}
    }
    if !matches!(msg, Msg::Confirm) {
        m.error = None;
    }
    m.month = Some(draft);
    None
}

fn update_review(m: &mut Model<'_>, msg: Msg) -> Option<Cmd> {
    let w = m.walk();
    let rows = w.path.len() + 1; // answers, then "show the checklist"
    let page = usize::from(m.height.saturating_sub(8)).max(1);
    match msg {
        Msg::Up => m.cursor = m.cursor.saturating_sub(1),
        // Past the last row the review scrolls on, down to the resume code.
        Msg::Down if m.cursor + 1 >= rows => m.scroll = m.scroll.saturating_add(1),
        Msg::Down => m.cursor += 1,
        Msg::Home => {
            m.cursor = 0;
            m.scroll = 0;
        }
        // The last row, and everything below it (settle_scroll clamps to the end).
        Msg::End => {
            m.cursor = rows - 1;
            m.scroll = usize::MAX;
        }
        Msg::PageUp => m.scroll = m.scroll.saturating_sub(page),
        Msg::PageDown => m.scroll = m.scroll.saturating_add(page),
        Msg::Scroll(n) => m.scroll = m.scroll.saturating_add_signed(n as isize),
        Msg::Highlight(i) if i < rows => m.cursor = i,
        Msg::Choose(i) if i < rows => {
            m.cursor = i;
            return update_review(m, Msg::Confirm);
        }
        Msg::Confirm => {
            if m.cursor < w.path.len() {
                m.from_review = true;
                open_question(m, w.path[m.cursor]);
            } else {
                open_checklist(m);
            }
        }
        Msg::Back | Msg::Left | Msg::DeleteChar => {
            if let Some(&last) = w.path.last() {
                open_question(m, last);
            }
        }
        _ => {}
    }
    None
}

/// Number of checklist items (the rows a cursor can be on).
pub fn checklist_item_count(m: &Model<'_>) -> usize {
    m.checklist
        .as_ref()
        .map_or(0, |c| c.sections.iter().map(|s| s.items.len()).sum())
}

/// The checklist item at a row index, with the kind of its section.
pub fn checklist_item<'m>(
    m: &'m Model<'_>,
    index: usize,
) -> Option<(SectionKind, &'m crate::checklist::ChecklistItem)> {
    m.checklist
        .as_ref()?
        .sections
        .iter()
        .flat_map(|s| s.items.iter().map(move |i| (s.kind(), i)))
        .nth(index)
}

fn update_checklist(m: &mut Model<'_>, msg: Msg) -> Option<Cmd> {
    let count = checklist_item_count(m);
    let page = usize::from(m.height.saturating_sub(8)).max(1);
    match msg {
        Msg::Up => m.cursor = m.cursor.saturating_sub(1),
        Msg::Down => m.cursor = (m.cursor + 1).min(count.saturating_sub(1)),
        Msg::Home => m.cursor = 0,
        Msg::End => m.cursor = count.saturating_sub(1),
        Msg::PageUp => m.scroll = m.scroll.saturating_sub(page),
        Msg::PageDown => m.scroll += page,
        Msg::Scroll(n) => m.scroll = m.scroll.saturating_add_signed(n as isize),
        Msg::Highlight(i) if i < count => m.cursor = i,
        Msg::Choose(i) if i < count => {
            m.cursor = i;
            return update_checklist(m, Msg::ToggleTick);
        }
        Msg::ToggleTick | Msg::Confirm => {
            if let Some((section, item)) = checklist_item(m, m.cursor)
                && section.is_tickable()
            {
                let id = item.id.clone();
                if !m.ticked.remove(&id) {
                    m.ticked.insert(id);
                }
            }
        }
        Msg::ToggleSources => m.show_sources = !m.show_sources,
        Msg::StartExport if m.settings.can_export() => {
            m.overlay = Some(Overlay::Export(TextInput::new(&m.default_export_name())));
        }
        Msg::Print if m.settings.print_command.is_some() && !m.printing => {
            let c = m.checklist.as_ref()?;
            let style = crate::render::TextStyle {
                width: Some(usize::from(m.settings.print_width)),
                hide_sources: !m.settings.print_sources,
            };
            // The receipt shows what the person ticked, as exports do.
            let marks = crate::render::Marks::Boxes(&m.ticked);
            let mut text =
                crate::render::render_text_marked(c, &m.guide.locales, m.lang, &style, marks);
            if !m.settings.print_sources {
                // The short form: one line on where every item's sources are.
                let note = m.guide.locales.text(m.lang, "ui-print-sources-note");
                for line in crate::wrap::wrap(&note, usize::from(m.settings.print_width)) {
                    text.push_str(&line);
                    text.push('\n');
                }
            }
            m.status = Some(Status {
                id: "ui-kiosk-printing",
                arg: None,
                error: false,
            });
            m.printing = true;
            return Some(Cmd::Print { text });
        }
        // Never in a kiosk: the clipboard would outlive "finish and clear" and the wipe.
        Msg::Copy if !m.settings.kiosk() => {
            let c = m.checklist.as_ref()?;
            let style = crate::render::TextStyle::default();
            let marks = || crate::render::Marks::Boxes(&m.ticked);
            let mut text =
                crate::render::render_text_marked(c, &m.guide.locales, m.lang, &style, marks());
            if let Some(other) = &m.checklist_other {
                text.push('\n');
                text.push_str(&crate::render::render_text_marked(
                    other,
                    &m.guide.locales,
                    m.lang.other(),
                    &style,
                    marks(),
                ));
            }
            return Some(Cmd::Copy { text });
        }
        Msg::FinishAndClear if m.settings.kiosk() => wipe(m),
        Msg::Restart => m.overlay = Some(Overlay::ConfirmRestart),
        Msg::Back | Msg::Left | Msg::DeleteChar => open_review(m),
        _ => {}
    }
    None
}
