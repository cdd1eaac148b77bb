//! End-to-end tests of the wizard's modes in a real pseudo-terminal (tmux): the kiosk (idle
//! wipe, keys that must not end it, the operator exit, exports confined to one folder), the
//! counselor (answers column, read-aloud lines, bilingual view, F3 jumps), and saving
//! answers or a resume code and opening them again in a new process.
//!
//! Like tui_pty.rs they assert only on interface text (locales/*/ui.ftl) and on structure,
//! never on the wording of questions or checklist items; where an option's words matter
//! they are asked from the same binary (`questions --format json`).
//!
//! Needs tmux (`apt-get install -y tmux`).

#[allow(dead_code)] // Each test file uses its own part of the harness.
mod pty;

use pty::{Tmux, flat, guide_command, option_label, read, sh_quote, squeeze, wait_within};
use std::path::Path;
use std::time::{Duration, Instant};

// Interface text (from locales/*/ui.ftl).
const INVITE_EN: &str = "Touch the screen or press Enter to start.";
const INVITE_ZH: &str = "请触摸屏幕或按回车开始。";
const STILL_THERE_EN: &str = "Are you still there?";
const STILL_THERE_ZH: &str = "您还在吗？";
const ANY_KEY_ZH: &str = "触摸屏幕或按任意键继续。";
const OPERATOR_PROMPT: &str = "Operator PIN to close the guide:";
const WRONG_PIN: &str = "Wrong PIN.";
const LANG_BUTTON_EN: &str = "[F2 中文]";
const LANG_BUTTON_ZH: &str = "[F2 English]";
const YEAR: &str = "Year";
const REVIEW_EN: &str = "Please check your answers";
const REVIEW_ZH: &str = "请核对您的回答";
const SHOW_CHECKLIST_ROW: &str = "> Show my checklist";
const CHECKLIST_EN: &str = "Your checklist: employee medical insurance gap";
const CHECKLIST_ZH: &str = "您的办理清单：职工医保断缴";
const EXPORT_BUTTON: &str = "[Export]";
const KIOSK_EXPORT_PROMPT: &str = "File name for the checklist";
const BAD_FILE_NAME: &str = "cannot be used here";
const SAVED: &str = "Saved to";
const ANSWERS_EN: &str = "Your answers";
const ANSWERS_ZH: &str = "您的回答";
const ALOUD_EN: &str = "Read aloud:";
const ALOUD_ZH: &str = "请读给来电人：";
const BILINGUAL_BUTTON: &str = "[中文+English]";
const QUIT_QUESTION: &str = "Quit the guide?";
const SAVE_ANSWERS_PROMPT: &str = "Save your answers to this file";
const CODE_PROMPT: &str = "Type your resume code";
const CODE_FAILED: &str = "That code did not work:";
const RESUME_LABEL: &str = "Resume code (to continue on another computer or with a counselor):";

/// The operator's PIN in every kiosk configuration here.
const PIN: &str = "2468";

fn step(n: usize) -> String {
    format!("Step {n} of about")
}

fn step_zh(n: usize) -> String {
    format!("第{n}步，共约")
}

/// A kiosk configuration file in the test's folder; returns its path.
fn kiosk_config(t: &Tmux, idle: u64, countdown: u64, export_dir: Option<&Path>) -> String {
    let mut yaml = format!(
        "mode: kiosk\nidle_timeout_seconds: {idle}\ncountdown_seconds: {countdown}\n\
         operator_exit:\n  key: ctrl+alt+x\n  pin: \"{PIN}\"\n"
    );
    if let Some(dir) = export_dir {
        yaml.push_str(&format!("export_dir: {}\n", dir.display()));
    }
    let path = t.path("kiosk.yaml");
    std::fs::write(&path, yaml).unwrap();
    path.to_str().expect("UTF-8 temp path").to_owned()
}

/// The shell command that starts the wizard in English with `extra` arguments.
fn guide_with(extra: &str) -> String {
    format!("{} {extra}", guide_command("en"))
}

/// Starts a kiosk in its own tmux (configuration written first, in the pane's folder).
fn start_kiosk(name: &str, w: u16, h: u16, idle: u64, export: bool) -> Tmux {
    // A shell first, so the configuration can be written into the pane's own folder (which
    // exists only once the pane does) before the guide starts, replacing the shell.
    let t = Tmux::shell(name, w, h);
    let out = t.path("out");
    if export {
        std::fs::create_dir(&out).unwrap();
    }
    let config = kiosk_config(&t, idle, 5, export.then_some(out.as_path()));
    t.type_text(&format!(
        "exec {}",
        guide_with(&format!("--config {}", sh_quote(&config)))
    ));
    t.keys(&["Enter"]);
    kiosk_welcome(&t);
    t
}

/// The kiosk's attract screen: the invitation in both languages, English interface.
fn kiosk_welcome(t: &Tmux) -> String {
    t.wait_for(&[INVITE_EN, INVITE_ZH, LANG_BUTTON_EN])
}

/// Types a month into the picker ("202609") and confirms it.
fn type_month(t: &Tmux, digits: &str) {
    t.type_text(digits);
    t.wait_for(&[&format!("{}-{}_", &digits[..4], &digits[4..])]);
    t.keys(&["Enter"]);
}

/// From question 1 to the review (English), on the path resigned → gap from 2026-09, still
/// not paying → flexible → same city → gap_medical no. Every question screen must also show
/// each of `on_each`.
fn answer_path(t: &Tmux, on_each: &[&str]) -> String {
    let at = |n: usize, more: &[&str]| {
        let s = step(n);
        let mut needles = vec![s.as_str()];
        needles.extend_from_slice(more);
        needles.extend_from_slice(on_each);
        t.wait_for(&needles);
    };
    at(1, &["> 1. "]);
    t.keys(&["1"]);
    at(2, &[YEAR]);
    type_month(t, "202609");
    at(3, &[YEAR, "> [x] "]);
    t.keys(&["n"]);
    at(4, &["> 1. "]);
    t.keys(&["2"]);
    at(5, &["> 1. "]);
    t.keys(&["1"]);
    at(6, &["> 1. "]);
    t.keys(&["2"]);
    // Situations: none of these (0), then on.
    at(7, &["0. [ ]"]);
    t.keys(&["0"]);
    t.keys(&["Enter"]);
    t.wait_for(&[REVIEW_EN, SHOW_CHECKLIST_ROW])
}

/// The main column of a frame row: between the left border and the next rule (the right
/// border, or the counselor's answers column).
fn main_column(line: &str) -> &str {
    line.split('│').nth(1).unwrap_or("")
}

/// The counselor's answers column of a frame row (empty on rows without one).
fn side_column(line: &str) -> &str {
    let parts: Vec<&str> = line.split('│').collect();
    if parts.len() >= 4 { parts[2] } else { "" }
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Main-column lines written in Chinese only: a Chinese character, no Latin letter.
fn chinese_lines(screen: &str) -> usize {
    screen
        .lines()
        .map(main_column)
        .filter(|l| l.chars().any(is_cjk) && !l.chars().any(|c| c.is_ascii_alphabetic()))
        .count()
}

/// Main-column lines written in English only: three or more lowercase words, no Chinese.
fn english_lines(screen: &str) -> usize {
    screen
        .lines()
        .map(main_column)
        .filter(|l| {
            !l.chars().any(is_cjk)
                && l.split(|c: char| !c.is_ascii_lowercase())
                    .filter(|w| w.len() >= 2)
                    .count()
                    >= 3
        })
        .count()
}

/// The seconds a "still there?" dialog counts down, in `flat` text, after `before` and
/// before `after`.
fn countdown(flat_screen: &str, before: &str, after: &str) -> Option<u64> {
    let rest = &flat_screen[flat_screen.find(before)? + before.len()..];
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    rest[digits.len()..]
        .starts_with(after)
        .then(|| digits.parse().ok())?
}

/// The text inside a dialog drawn over the frame, without spaces: on each row, what lies
/// between the dialog's borders (a row reads "│ ..│ text │  │").
fn dialog_flat(screen: &str) -> String {
    screen
        .lines()
        .filter_map(|l| {
            let parts: Vec<&str> = l.split('│').collect();
            (parts.len() >= 5).then(|| squeeze(parts[2]))
        })
        .collect()
}

/// The resume code shown after its label (on the same line, or the next if it wrapped).
fn resume_code(screen: &str) -> String {
    let lines: Vec<&str> = screen.lines().map(main_column).collect();
    let i = lines
        .iter()
        .position(|l| l.contains(RESUME_LABEL))
        .unwrap_or_else(|| panic!("no resume code line:\n{screen}"));
    let after = lines[i].split_once(RESUME_LABEL).unwrap().1.trim();
    let text = if after.is_empty() {
        lines.get(i + 1).copied().unwrap_or("").trim()
    } else {
        after
    };
    let code = text.split_whitespace().next().unwrap_or("").to_owned();
    assert!(
        code.len() >= 10
            && code
                .chars()
                .all(|c| c == '-' || c.is_ascii_uppercase() || c.is_ascii_digit()),
        "not a resume code: {code:?}\n{screen}"
    );
    code
}

fn dead(t: &Tmux) -> bool {
    t.display("#{pane_dead}") == "1"
}

/// Generous: the idle clock runs on wall time, and a loaded machine may be slow to draw.
const TIMER_LIMIT: Duration = Duration::from_secs(25);

/// Nothing happens for `idle_timeout_seconds`; then "still there?" counts down in both
/// languages for `countdown_seconds`; then everything is wiped: the welcome screen in the
/// configured language, and no answers kept.
#[test]
fn kiosk_idle_wipes_the_answers() {
    let t = start_kiosk("kiosk-wipe", 80, 24, 10, false);
    t.keys(&["Enter"]);
    t.wait_for(&[&step(1), "> 1. "]);
    // Option 2, so a kept answer would show as "> 2. " when question 1 opens again.
    t.keys(&["2"]);
    t.wait_for(&[&step(2), "> 1. "]);
    // The person switches to Chinese: the wipe must switch back.
    t.keys(&["F2"]);
    let asked = t.wait_for(&[&step_zh(2), LANG_BUTTON_ZH]);
    let idle_from = Instant::now();
    assert!(!asked.contains(STILL_THERE_ZH), "asked too soon:\n{asked}");
    // After 10 s: the question, both languages, counting down from at most 5 seconds.
    let dialog = wait_within(&t, "the still-there dialog", TIMER_LIMIT, |s| {
        let f = flat(s);
        f.contains(STILL_THERE_ZH) && f.contains(&squeeze(STILL_THERE_EN))
    });
    let waited = idle_from.elapsed();
    assert!(
        waited >= Duration::from_millis(9_500),
        "still-there after only {waited:?}:\n{dialog}"
    );
    let f = dialog_flat(&dialog);
    let en = countdown(&f, "willbeclearedin", "seconds");
    let zh = countdown(&f, "将在", "秒后清除");
    assert!(
        en == zh && en.is_some_and(|n| (1..=5).contains(&n)),
        "countdown {en:?} / {zh:?}:\n{dialog}"
    );
    // The hint row, in the language of the moment.
    assert!(
        dialog.lines().last().unwrap_or("").contains(ANY_KEY_ZH),
        "{dialog}"
    );
    // 5 s later: back to the attract screen, in English (the configured language).
    let wiped = wait_within(&t, "the welcome screen after the wipe", TIMER_LIMIT, |s| {
        s.contains(INVITE_EN) && s.contains(INVITE_ZH) && s.contains(LANG_BUTTON_EN)
    });
    let waited = idle_from.elapsed();
    assert!(
        waited >= Duration::from_millis(14_500),
        "wiped after only {waited:?}:\n{wiped}"
    );
    assert!(!flat(&wiped).contains(&squeeze(STILL_THERE_EN)), "{wiped}");
    // No answers kept: question 1 opens with the first option highlighted, not the second.
    t.keys(&["Enter"]);
    let first = t.wait_for(&[&step(1)]);
    assert!(
        first.contains("> 1. ") && !first.contains("> 2. "),
        "question 1 after the wipe:\n{first}"
    );
    assert!(!dead(&t), "the kiosk still runs");
}

/// Any key during the countdown only answers "still there?": the key does nothing else and
/// every answer is kept.
#[test]
fn kiosk_any_key_during_the_countdown_keeps_the_answers() {
    let t = start_kiosk("kiosk-keep", 80, 24, 10, false);
    t.keys(&["Enter"]);
    t.wait_for(&[&step(1), "> 1. "]);
    t.keys(&["2"]);
    let before = t.wait_for(&[&step(2), "> 1. "]);
    wait_within(&t, "the still-there dialog", TIMER_LIMIT, |s| {
        flat(s).contains(&squeeze(STILL_THERE_EN)) && s.contains(STILL_THERE_ZH)
    });
    // Esc would go back a question; here it only closes the dialog.
    t.keys(&["Escape"]);
    t.wait_until("the same question as before the dialog", |s| s == before);
    // The answer to question 1 is still there.
    t.keys(&["Escape"]);
    t.wait_for(&[&step(1), "> 2. "]);
    assert!(!dead(&t), "the kiosk still runs");
}

/// A script that runs the kiosk in the shell's terminal, then reports what it left behind:
/// the exit code, the tty modes, and whether a paste still gets bracketed.
fn write_kiosk_probe(t: &Tmux, config: &str) {
    let script = format!(
        r#"{command}
echo "EXIT=$?"
printf 'MODES: '
stty -a | tr -s ' ;' '\n\n' | grep -x -E -e '-?(icanon|echo|isig|opost)' | tr '\n' ' '
echo
echo "PASTE"
cat -v
echo "DONE"
"#,
        command = guide_with(&format!("--config {}", sh_quote(config))),
    );
    std::fs::write(t.path("probe.sh"), script).unwrap();
}

/// Ctrl-C, Ctrl-Z, Ctrl-\ and q do nothing in a kiosk; only the operator's key and PIN end
/// it, and then the terminal is as it was.
#[test]
fn kiosk_ignores_quit_keys_and_closes_only_with_the_pin() {
    let t = Tmux::shell("kiosk-exit", 80, 24);
    // A long idle time: this test must not meet the still-there dialog on a slow machine.
    let config = kiosk_config(&t, 600, 5, None);
    write_kiosk_probe(&t, &config);
    t.type_text("sh probe.sh");
    t.keys(&["Enter"]);
    let screen = kiosk_welcome(&t);
    // No way to quit is offered.
    assert!(!screen.contains("[Quit]"), "{screen}");
    assert_eq!(t.display("#{alternate_on} #{cursor_flag}"), "1 0");
    t.keys(&["Enter"]);
    t.wait_for(&[&step(1)]);
    t.keys(&["1"]);
    let before = t.wait_for(&[&step(2), YEAR, "Chosen: November 2026"]);
    for key in ["C-c", "C-z", "C-\\", "q"] {
        t.keys(&[key]);
    }
    // A key with a visible effect, after them: once it shows, they have all been read.
    t.keys(&["Up"]);
    let after = t.wait_for(&[&step(2), YEAR, "Chosen: December 2026"]);
    assert!(
        !after.contains("EXIT=") && !after.contains(QUIT_QUESTION),
        "{after}"
    );
    assert_eq!(t.display("#{alternate_on}"), "1", "still full screen");
    // The same screen apart from the month: the breadcrumb (the first answer) is kept.
    assert_eq!(before.lines().nth(2), after.lines().nth(2), "breadcrumb");
    // The operator key opens the PIN dialog; a wrong PIN is refused, masked while typed.
    t.keys(&["M-C-x"]);
    t.wait_for(&[OPERATOR_PROMPT]);
    t.type_text("1357");
    let typed = t.wait_for(&["****"]);
    assert!(!typed.contains("1357"), "the PIN is masked:\n{typed}");
    t.keys(&["Enter"]);
    t.wait_for(&[WRONG_PIN, &step(2), "Chosen: December 2026"]);
    t.wait_gone(OPERATOR_PROMPT);
    assert_eq!(t.display("#{alternate_on}"), "1", "still running");
    // Esc cancels the dialog.
    t.keys(&["M-C-x"]);
    t.wait_for(&[OPERATOR_PROMPT]);
    t.keys(&["Escape"]);
    t.wait_gone(OPERATOR_PROMPT);
    // The right PIN closes the guide.
    t.keys(&["M-C-x"]);
    t.wait_for(&[OPERATOR_PROMPT]);
    t.type_text(PIN);
    t.wait_for(&["****"]);
    t.keys(&["Enter"]);
    let screen = t.wait_for(&["EXIT=", "PASTE"]);
    assert!(screen.contains("EXIT=0\n"), "exit code 0:\n{screen}");
    let flags = "#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_sgr_flag} \
                 #{mouse_standard_flag} #{mouse_button_flag} #{mouse_all_flag}";
    assert_eq!(
        t.display(flags),
        "0 1 0 0 0 0 0",
        "alternate screen off, cursor shown, mouse off:\n{screen}"
    );
    let modes: Vec<&str> = screen
        .lines()
        .find_map(|l| l.strip_prefix("MODES: "))
        .expect("tty modes line")
        .split_whitespace()
        .collect();
    for mode in ["icanon", "echo", "isig", "opost"] {
        assert!(modes.contains(&mode), "tty mode {mode} restored: {modes:?}");
    }
    t.paste("pasted-text");
    t.keys(&["Enter"]);
    t.keys(&["C-d"]);
    let screen = t.wait_for(&["DONE"]);
    assert!(
        screen.contains("pasted-text") && !screen.contains("[200~"),
        "bracketed paste left on:\n{screen}"
    );
    // The shell takes commands again.
    t.type_text("echo alive-$((40+2))");
    t.keys(&["Enter"]);
    t.wait_for(&["alive-42"]);
}

/// On the kiosk's checklist: e, clear the suggested name, type `name`, Enter. The dialog
/// closes once the file is written; a refused name keeps it open, with the reason.
fn kiosk_export(t: &Tmux, name: &str) {
    t.keys(&["e"]);
    t.wait_for(&[KIOSK_EXPORT_PROMPT, "yibao-checklist-2026-11-22.md"]);
    t.repeat("BSpace", 40);
    t.wait_gone("yibao-checklist-2026-11-22.md");
    t.type_text(name);
    t.wait_for(&[name]);
    t.keys(&["Enter"]);
}

/// Waits for the export dialog to say `name` is refused, then closes it.
fn refused(t: &Tmux, name: &str) {
    t.wait_until(&format!("the refusal of {name}"), |s| {
        s.lines()
            .any(|l| l.contains(name) && l.contains(BAD_FILE_NAME))
    });
    t.keys(&["Escape"]);
    t.wait_gone(KIOSK_EXPORT_PROMPT);
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A kiosk writes exports only into its export_dir: a name leading out of it is refused
/// (and nothing is written anywhere); a plain name lands in the folder.
#[test]
fn kiosk_export_stays_in_the_export_folder() {
    let t = start_kiosk("kiosk-export", 120, 30, 600, true);
    let out = t.path("out");
    t.keys(&["Enter"]);
    answer_path(&t, &[]);
    t.keys(&["Enter"]);
    t.wait_for(&[CHECKLIST_EN, EXPORT_BUTTON]);
    // Up and out of the folder.
    kiosk_export(&t, "../escape.md");
    refused(&t, "../escape.md");
    // An absolute path, even one inside the pane's folder.
    let absolute = t.path("absolute.md");
    let absolute = absolute.to_str().unwrap();
    kiosk_export(&t, absolute);
    refused(&t, "absolute.md");
    // A name a script in the folder would take for an option.
    kiosk_export(&t, "-rf.md");
    refused(&t, "-rf.md");
    assert!(names_in(&out).is_empty(), "nothing in out/");
    assert_eq!(
        names_in(t.dir.path()),
        ["kiosk.yaml", "out"],
        "nothing beside it"
    );
    let parent = t.dir.path().parent().unwrap();
    assert!(!parent.join("escape.md").exists(), "nothing above it");
    // A plain name is saved in the export folder; the screen names the file, not the folder.
    kiosk_export(&t, "mine.md");
    let screen = t.wait_until("Saved to mine.md", |s| {
        s.lines().any(|l| l.contains(&format!("{SAVED} mine.md")))
    });
    assert!(!screen.contains(out.to_str().unwrap()), "{screen}");
    assert_eq!(names_in(&out), ["mine.md"]);
    // The next visitor giving the same name does not replace it.
    kiosk_export(&t, "mine.md");
    t.wait_until("Saved to mine-2.md", |s| {
        s.lines().any(|l| l.contains(&format!("{SAVED} mine-2.md")))
    });
    assert_eq!(names_in(&out), ["mine-2.md", "mine.md"]);
    let text = read(&out.join("mine.md"));
    assert!(
        text.starts_with("# ") && text.contains(CHECKLIST_EN),
        "{text}"
    );
    assert_eq!(names_in(t.dir.path()), ["kiosk.yaml", "out"]);
}

/// The counselor's answers column as one squeezed string, heading first.
fn flat_sidebar(screen: &str) -> String {
    screen.lines().map(|l| squeeze(side_column(l))).collect()
}

/// The counselor at 120 columns: the answers column with F-keys, a read-aloud line on every
/// question, the bilingual view on the checklist and on questions, F3 back to question 1.
#[test]
fn counselor_answers_column_read_aloud_and_bilingual_view() {
    let (w, h) = (120, 40);
    let t = Tmux::start("counselor", w, h, &guide_with("--counselor"));
    let screen = t.wait_for(&["> Start", ANSWERS_EN]);
    assert!(
        screen
            .lines()
            .nth(1)
            .is_some_and(|l| side_column(l).contains(ANSWERS_EN)),
        "the answers column, heading at the top:\n{screen}"
    );
    t.keys(&["Enter"]);
    let review = answer_path(&t, &[ALOUD_EN, ANSWERS_EN]);
    t.wait_frame(&[REVIEW_EN], false, usize::from(w), usize::from(h));
    // The column lists every answer of the review, each with its key, F3 first.
    let rows: String = review
        .lines()
        .map(main_column)
        .skip_while(|l| !l.contains(REVIEW_EN))
        .skip(1)
        .take_while(|l| !l.contains(SHOW_CHECKLIST_ROW))
        .map(squeeze)
        .collect();
    let mut side = flat_sidebar(&review);
    assert!(
        side.starts_with(ANSWERS_EN.replace(' ', "").as_str()),
        "{review}"
    );
    side.replace_range(..squeeze(ANSWERS_EN).len(), "");
    for n in 3..=9 {
        let key = format!("F{n}");
        assert!(
            side.contains(&key),
            "no {key} in the answers column:\n{review}"
        );
        side = side.replacen(&key, "", 1);
    }
    assert!(
        !rows.is_empty() && side == rows,
        "the answers column lists the review's answers:\n{review}"
    );
    // Bilingual on the review (b), then the checklist shows each item in both languages.
    t.keys(&["b"]);
    t.keys(&["Enter"]);
    let both = t.wait_frame(
        &[CHECKLIST_EN, BILINGUAL_BUTTON, ANSWERS_EN],
        false,
        usize::from(w),
        usize::from(h),
    );
    // b again: one language.
    t.keys(&["b"]);
    let one = t.wait_until("the checklist in one language", |s| {
        s.contains(CHECKLIST_EN) && chinese_lines(s) < chinese_lines(&both)
    });
    assert!(
        chinese_lines(&both) >= chinese_lines(&one) + 3,
        "Chinese lines: {} bilingual, {} not.\nBilingual:\n{both}\nNot:\n{one}",
        chinese_lines(&both),
        chinese_lines(&one)
    );
    // F11 turns it on again; in Chinese it adds English lines.
    t.keys(&["F11"]);
    t.wait_until("the bilingual checklist again", |s| {
        chinese_lines(s) == chinese_lines(&both)
    });
    t.keys(&["F2"]);
    t.wait_for_flat(CHECKLIST_ZH);
    let zh_both = t.wait_for(&[ANSWERS_ZH, BILINGUAL_BUTTON, LANG_BUTTON_ZH]);
    t.keys(&["F11"]);
    let zh_one = t.wait_until("the Chinese checklist in one language", |s| {
        s.contains(ANSWERS_ZH) && english_lines(s) < english_lines(&zh_both)
    });
    assert!(
        english_lines(&zh_both) >= english_lines(&zh_one) + 3,
        "English lines: {} bilingual, {} not.\nBilingual:\n{zh_both}\nNot:\n{zh_one}",
        english_lines(&zh_both),
        english_lines(&zh_one)
    );
    t.keys(&["F11"]);
    t.wait_until("the bilingual Chinese checklist again", |s| {
        english_lines(s) == english_lines(&zh_both)
    });
    // F3 jumps to question 1, where each option reads "n. 中文 / English".
    t.keys(&["F3"]);
    t.wait_for(&[&step_zh(1), ALOUD_ZH, "> 1. "]);
    let zh_label = option_label("zh", "reason", "resigned");
    let en_label = option_label("en", "reason", "resigned");
    t.wait_for_flat(&format!("1. {zh_label} / {en_label}"));
    // Enter keeps the answer and, the path being complete, goes back to the review.
    t.keys(&["Enter"]);
    t.wait_frame(
        &[REVIEW_ZH, ANSWERS_ZH],
        false,
        usize::from(w),
        usize::from(h),
    );
}

/// Answers saved on the review (w) open again in a new process with --answers; the resume
/// code shown on the review opens them with --resume, and typed on the welcome screen (c).
#[test]
fn saved_answers_and_resume_codes_open_the_review_in_a_new_process() {
    let (w, h) = (100, 30);
    let first = Tmux::guide("save", w, h, "en");
    first.wait_for(&["> Start"]);
    first.keys(&["Enter"]);
    let review = answer_path(&first, &[]);
    let code = resume_code(&review);
    // w: save the answers, under the suggested name, in the working folder.
    first.keys(&["w"]);
    first.wait_for(&[SAVE_ANSWERS_PROMPT, "yibao-answers-2026-11-22.yaml"]);
    first.keys(&["Enter"]);
    first.wait_until("Saved to .../yibao-answers-2026-11-22.yaml", |s| {
        s.lines()
            .any(|l| l.contains(SAVED) && l.contains("yibao-answers-2026-11-22.yaml"))
    });
    let saved = first.path("yibao-answers-2026-11-22.yaml");
    assert!(!read(&saved).trim().is_empty(), "answers saved");
    first.keys(&["q"]);
    first.wait_for(&[QUIT_QUESTION]);
    first.keys(&["y"]);
    first.wait_until("the first process to end", |_| dead(&first));

    // Three new processes at once.
    let saved = saved.to_str().unwrap();
    let from_file = Tmux::start(
        "from-file",
        w,
        h,
        &guide_with(&format!("--answers {}", sh_quote(saved))),
    );
    let from_code = Tmux::start(
        "from-code",
        w,
        h,
        &guide_with(&format!("--resume {}", sh_quote(&code))),
    );
    let typed = Tmux::guide("typed-code", w, h, "en");

    // Each opens at the review with the same answers: the very same screen.
    for (t, how) in [(&from_file, "--answers"), (&from_code, "--resume")] {
        let screen = t.wait_for(&[REVIEW_EN, SHOW_CHECKLIST_ROW]);
        assert_eq!(screen, review, "the review opened with {how}");
        assert_eq!(resume_code(&screen), code);
    }
    // On the welcome screen: c, a code with a typo (refused), then the code.
    typed.wait_for(&["> Start"]);
    typed.keys(&["c"]);
    typed.wait_for(&[CODE_PROMPT]);
    let last = code.chars().last().unwrap();
    let typo = format!(
        "{}{}",
        &code[..code.len() - 1],
        if last == 'A' { 'B' } else { 'A' }
    );
    typed.type_text(&typo);
    typed.wait_for(&[&typo]);
    typed.keys(&["Enter"]);
    typed.wait_for(&[CODE_FAILED, "> Start"]);
    typed.keys(&["c"]);
    typed.wait_for(&[CODE_PROMPT]);
    typed.type_text(&code);
    typed.wait_for(&[&code]);
    typed.keys(&["Enter"]);
    let screen = typed.wait_for(&[REVIEW_EN, SHOW_CHECKLIST_ROW]);
    assert_eq!(screen, review, "the review opened with a typed code");
}

/// A bug in a kiosk (a panic, forced in debug builds) does not end it: the answers are
/// wiped and the welcome screen apologises, still in full-screen mode.
#[test]
fn kiosk_starts_over_after_an_internal_error() {
    let t = Tmux::shell("kpanic", 80, 24);
    let config = kiosk_config(&t, 600, 5, None);
    t.type_text(&format!(
        "export YIBAO_GUIDE_TEST_PANIC=1; exec {}",
        guide_with(&format!("--config {}", sh_quote(&config)))
    ));
    t.keys(&["Enter"]);
    kiosk_welcome(&t);
    t.keys(&["Enter"]);
    t.wait_for(&[&step(1)]);
    t.keys(&["2"]);
    t.wait_for(&[&step(2)]);
    t.keys(&["F12"]);
    let screen = t.wait_for(&["Sorry, something went wrong"]);
    assert!(
        screen.contains("Touch the screen or press Enter to start."),
        "back on the welcome screen:\n{screen}"
    );
    assert_eq!(t.display("#{alternate_on}"), "1", "still full-screen");
    assert!(!dead(&t), "the kiosk is still running");
    // The next person starts from nothing.
    t.keys(&["Enter"]);
    let screen = t.wait_for(&[&step(1)]);
    assert!(screen.contains("> 1. "), "no answer kept:\n{screen}");
}
