//! End-to-end tests of the full-screen wizard in a real pseudo-terminal (tmux).
//!
//! They assert only on interface text (locales/*/ui.ftl) and on structure, never on the
//! wording of questions or checklist items; where an answer's words matter they are asked
//! from the same binary (`questions --format json`).
//!
//! Needs tmux (`apt-get install -y tmux`).

mod pty;

use pty::{Tmux, bin, flat, kill, option_label, read, sh_quote, squeeze};
use std::path::Path;
use std::process::Command;
use unicode_width::UnicodeWidthStr;

/// Interface text the tests wait for, per language (from locales/*/ui.ftl).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lang {
    Zh,
    En,
}

impl Lang {
    fn arg(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// ui-tui-step without its total (the total is an estimate).
    fn step(self, n: usize) -> String {
        match self {
            Lang::Zh => format!("第{n}步，共约"),
            Lang::En => format!("Step {n} of about"),
        }
    }

    /// ui-tui-lang-button as drawn in the top border.
    fn lang_button(self) -> &'static str {
        match self {
            Lang::Zh => "[F2 English]",
            Lang::En => "[F2 中文]",
        }
    }

    /// The welcome screen's Start row with the cursor on it.
    fn start_row(self) -> &'static str {
        match self {
            Lang::Zh => "> 开始",
            Lang::En => "> Start",
        }
    }

    /// ui-tui-month-year: the month picker's year field.
    fn year(self) -> &'static str {
        match self {
            Lang::Zh => "年份",
            Lang::En => "Year",
        }
    }

    fn review(self) -> &'static str {
        match self {
            Lang::Zh => "请核对您的回答",
            Lang::En => "Please check your answers",
        }
    }

    /// ui-tui-show-checklist on the review's last row, highlighted.
    fn show_checklist_row(self) -> &'static str {
        match self {
            Lang::Zh => "> 查看我的办理清单",
            Lang::En => "> Show my checklist",
        }
    }

    fn checklist_title(self) -> &'static str {
        match self {
            Lang::Zh => "您的办理清单：职工医保断缴",
            Lang::En => "Your checklist: employee medical insurance gap",
        }
    }

    /// ui-tui-month-chosen for 2026-09.
    fn chosen_sep_2026(self) -> &'static str {
        match self {
            Lang::Zh => "已选：2026年9月",
            Lang::En => "Chosen: September 2026",
        }
    }

    fn quit_question(self) -> &'static str {
        match self {
            Lang::Zh => "确定退出吗？",
            Lang::En => "Quit the guide?",
        }
    }

    /// ui-tui-btn-export: a button only the checklist has.
    fn export_button(self) -> &'static str {
        match self {
            Lang::Zh => "[导出]",
            Lang::En => "[Export]",
        }
    }

    fn saved(self) -> &'static str {
        match self {
            Lang::Zh => "已保存到",
            Lang::En => "Saved to",
        }
    }

    /// ui-your-answers: the heading of the answers at the end of the checklist screen.
    fn your_answers(self) -> &'static str {
        match self {
            Lang::Zh => "您的回答",
            Lang::En => "Your answers",
        }
    }

    /// ui-choices-separator: between the options of a multi-select answer.
    fn list_separator(self) -> &'static str {
        match self {
            Lang::Zh => "；",
            Lang::En => "; ",
        }
    }

    /// ui-sources-label.
    fn sources_label(self) -> &'static str {
        match self {
            Lang::Zh => "依据：",
            Lang::En => "Source: ",
        }
    }
}

/// Waits for the welcome screen in `lang`, cursor on Start.
fn welcome(t: &Tmux, lang: Lang) -> String {
    t.wait_for(&[lang.lang_button(), lang.start_row()])
}

/// Waits for question number `n` of the path.
fn at_step(t: &Tmux, lang: Lang, n: usize) -> String {
    t.wait_for(&[&lang.step(n)])
}

/// Waits for question number `n`, which must be a month picker.
fn at_month(t: &Tmux, lang: Lang, n: usize) -> String {
    t.wait_for(&[&lang.step(n), lang.year()])
}

/// Types a month into the picker ("202609") and confirms it.
fn type_month(t: &Tmux, lang: Lang, digits: &str) {
    t.type_text(digits);
    let shown = format!("{}-{}_", &digits[..4], &digits[4..]);
    t.wait_for(&[&shown]);
    if digits == "202609" {
        t.wait_for(&[lang.chosen_sep_2026()]);
    }
    t.keys(&["Enter"]);
}

/// On the multi-select question (step `n`): 0 chooses "none of these", Enter goes on.
fn none_of_these(t: &Tmux, lang: Lang, n: usize) {
    t.wait_for(&[&lang.step(n), "1. [ ] ", "0. [ ] "]);
    t.keys(&["0"]);
    t.wait_for(&["> 0. [x] "]);
    t.keys(&["Enter"]);
}

/// From the welcome screen to the review, on the path resigned → gap from 2026-09, still
/// not paying → flexible → same city → gap_medical no → none of the situations. Checks
/// each screen on the way.
fn answer_to_review(t: &Tmux, lang: Lang) -> String {
    welcome(t, lang);
    t.keys(&["Enter"]);
    at_step(t, lang, 1);
    t.keys(&["1"]);
    at_month(t, lang, 2);
    type_month(t, lang, "202609");
    // gap_end is optional: it starts on "[x] still not paying", which n also chooses.
    t.wait_for(&[&lang.step(3), lang.year(), "> [x] "]);
    t.keys(&["n"]);
    at_step(t, lang, 4);
    t.keys(&["2"]);
    at_step(t, lang, 5);
    t.keys(&["1"]);
    at_step(t, lang, 6);
    t.keys(&["2"]);
    none_of_these(t, lang, 7);
    t.wait_for(&[lang.review(), lang.show_checklist_row()])
}

/// From the review (cursor on its last row) to the checklist.
fn open_checklist(t: &Tmux, lang: Lang) -> String {
    t.keys(&["Enter"]);
    t.wait_for_flat(lang.checklist_title())
}

fn full_path(lang: Lang) {
    let t = Tmux::guide(&format!("full-{}", lang.arg()), 80, 24, lang.arg());
    let screen = welcome(&t, lang);
    assert!(
        screen.lines().next().unwrap().contains(lang.lang_button()),
        "language button in the top border:\n{screen}"
    );
    answer_to_review(&t, lang);
    t.keys(&["Enter"]);
    // The cursor starts on the first item, a material (materials come first): Space ticks.
    let screen = t.wait_frame(&[lang.checklist_title(), "> [ ] "], false, 80, 24);
    t.keys(&["Space"]);
    t.wait_for(&["> [x] "]);
    t.keys(&["Space"]);
    t.wait_for(&["> [ ] "]);
    // s shows the sources under each item.
    let before = screen.matches(lang.sources_label()).count();
    t.keys(&["s"]);
    t.wait_until("sources to show", |s| {
        s.matches(lang.sources_label()).count() > before
    });
    // The frame is whole at 80 columns too.
    t.wait_frame(&[lang.sources_label()], false, 80, 24);
}

#[test]
fn full_path_to_the_checklist_in_chinese() {
    full_path(Lang::Zh);
}

#[test]
fn full_path_to_the_checklist_in_english() {
    full_path(Lang::En);
}

/// laid_off adds the benefit question, and receiving it the month it ends (optional, its
/// own range, no gap shown); a first unpaid month of next month means no gap yet, which
/// skips gap_end and gap_medical. Uses arrows instead of digits.
#[test]
fn laid_off_with_no_gap_yet_skips_gap_questions() {
    let lang = Lang::En;
    let t = Tmux::guide("no-gap", 80, 24, lang.arg());
    welcome(&t, lang);
    t.keys(&["Enter"]);
    at_step(&t, lang, 1);
    // Down to option 2 (laid off) and Enter.
    t.keys(&["Down"]);
    t.wait_for(&["> 2. "]);
    t.keys(&["Enter"]);
    let screen = t.wait_for(&[&lang.step(2), "> 1. "]);
    assert!(
        !screen.contains(lang.year()),
        "benefit is a choice:\n{screen}"
    );
    t.keys(&["1"]);
    // benefit_end: from this month to 24 months ahead, "not known yet" under the picker.
    let screen = t.wait_for(&[
        &lang.step(3),
        lang.year(),
        "Chosen: November 2026",
        "Accepted: 2026-11 to 2028-11.",
        "[N] ",
    ]);
    assert!(
        !screen.contains("Gap length"),
        "the benefit's end is not the gap:\n{screen}"
    );
    t.keys(&["Down"]);
    t.wait_for(&["Chosen: November 2026"]);
    t.keys(&["n"]);
    at_month(&t, lang, 4);
    // The picker starts on this month; Up moves the month field to next month, the latest.
    t.wait_for(&["Chosen: November 2026"]);
    t.keys(&["Up"]);
    t.wait_for(&["Chosen: December 2026", "Gap length: none yet"]);
    t.keys(&["Up"]);
    t.wait_for(&["Chosen: December 2026"]);
    t.keys(&["Enter"]);
    // gap_end is skipped: straight to plan, a choice.
    let screen = t.wait_for(&[&lang.step(5), "> 1. "]);
    assert!(!screen.contains(lang.year()), "gap_end skipped:\n{screen}");
    t.keys(&["3"]);
    at_step(&t, lang, 6);
    t.keys(&["2"]);
    // gap_medical is skipped: straight to the situations, then the review.
    none_of_these(&t, lang, 7);
    t.wait_for(&[lang.review(), lang.show_checklist_row()]);
    open_checklist(&t, lang);
}

#[test]
fn language_switch_midway_keeps_answers() {
    let t = Tmux::guide("lang", 80, 24, "zh");
    welcome(&t, Lang::Zh);
    t.keys(&["Enter"]);
    at_step(&t, Lang::Zh, 1);
    t.keys(&["1"]);
    at_month(&t, Lang::Zh, 2);
    t.keys(&["F2"]);
    // The same question, now in English.
    t.wait_for(&[
        "┌ Employee medical insurance gap guide",
        Lang::En.lang_button(),
        &Lang::En.step(2),
        Lang::En.year(),
    ]);
    type_month(&t, Lang::En, "202609");
    t.wait_for(&[&Lang::En.step(3), "> [x] "]);
    t.keys(&["n"]);
    at_step(&t, Lang::En, 4);
    t.keys(&["2"]);
    at_step(&t, Lang::En, 5);
    t.keys(&["1"]);
    at_step(&t, Lang::En, 6);
    t.keys(&["2"]);
    none_of_these(&t, Lang::En, 7);
    // The first answer, given in Chinese, is listed in English.
    let en = option_label(Lang::En.arg(), "reason", "resigned");
    let zh = option_label(Lang::Zh.arg(), "reason", "resigned");
    let screen = t.wait_frame(&[Lang::En.review(), &en, "September 2026"], true, 80, 24);
    assert!(
        !flat(&screen).contains(&squeeze(&zh)),
        "review still shows {zh:?}:\n{screen}"
    );
    // And back: `l` switches too, answers kept.
    t.keys(&["l"]);
    t.wait_frame(&[Lang::Zh.review(), &zh, "2026年9月"], true, 80, 24);
    open_checklist(&t, Lang::Zh);
}

#[test]
fn back_and_change_keeps_later_answers() {
    let lang = Lang::Zh;
    let t = Tmux::guide("back", 80, 24, lang.arg());
    welcome(&t, lang);
    t.keys(&["Enter"]);
    at_step(&t, lang, 1);
    t.keys(&["1"]);
    at_month(&t, lang, 2);
    type_month(&t, lang, "202609");
    t.wait_for(&[&lang.step(3), "> [x] "]);
    t.keys(&["n"]);
    at_step(&t, lang, 4);
    t.keys(&["2"]);
    at_step(&t, lang, 5);
    // Back to the first question, one screen at a time (Esc must not run into the next key).
    for (key, step) in [("Escape", 4), ("BSpace", 3), ("Escape", 2), ("Escape", 1)] {
        t.keys(&[key]);
        at_step(&t, lang, step);
    }
    // The kept reason is highlighted; choose another one, which adds the benefit question.
    t.wait_for(&["> 1. "]);
    t.keys(&["2"]);
    let screen = t.wait_for(&[&lang.step(2), "> 1. "]);
    assert!(
        !screen.contains(lang.year()),
        "benefit is a choice:\n{screen}"
    );
    t.keys(&["1"]);
    // Receiving benefit adds the month it ends: not known yet.
    t.wait_for(&[&lang.step(3), lang.year(), "[N] "]);
    t.keys(&["n"]);
    // gap_start shows the month typed before.
    at_month(&t, lang, 4);
    t.wait_for(&[lang.chosen_sep_2026()]);
    t.keys(&["Enter"]);
    // gap_end shows its kept answer, "still not paying", ticked; Enter keeps it.
    t.wait_for(&[&lang.step(5), "[x] "]);
    t.keys(&["Enter"]);
    // plan shows the kept answer (option 2) highlighted; Enter keeps it.
    at_step(&t, lang, 6);
    t.wait_for(&["> 2. "]);
    t.keys(&["Enter"]);
    at_step(&t, lang, 7);
    t.keys(&["1"]);
    at_step(&t, lang, 8);
    t.keys(&["2"]);
    none_of_these(&t, lang, 9);
    // The review lists the new reason and the kept month and plan.
    let laid_off = option_label(lang.arg(), "reason", "laid_off");
    let flexible = option_label(lang.arg(), "plan", "flexible");
    t.wait_frame(
        &[lang.review(), &laid_off, "2026年9月", &flexible],
        true,
        80,
        24,
    );
    open_checklist(&t, lang);
}

#[test]
fn resize_midway_keeps_the_frame_whole() {
    let lang = Lang::Zh;
    let t = Tmux::guide("resize", 80, 24, lang.arg());
    welcome(&t, lang);
    t.keys(&["Enter"]);
    at_step(&t, lang, 1);
    t.keys(&["1"]);
    at_month(&t, lang, 2);
    t.resize(40, 15);
    let (w, h) = (40, 15);
    t.wait_frame(&[&lang.step(2), lang.year()], false, w, h);
    type_month(&t, lang, "202609");
    // gap_end starts on "still not paying"; n chooses it wherever the row is.
    t.wait_frame(&[&lang.step(3), lang.year()], false, w, h);
    t.keys(&["n"]);
    t.wait_frame(&[&lang.step(4), "> 1. "], false, w, h);
    t.keys(&["2"]);
    t.wait_frame(&[&lang.step(5), "> 1. "], false, w, h);
    t.keys(&["1"]);
    t.wait_frame(&[&lang.step(6), "> 1. "], false, w, h);
    t.keys(&["2"]);
    // The situations: the none row may be out of view at 15 rows; 0 still chooses it.
    t.wait_frame(&[&lang.step(7), "> 1. [ ] "], false, w, h);
    t.keys(&["0"]);
    t.wait_frame(&[&lang.step(7), "> 0. [x] "], false, w, h);
    t.keys(&["Enter"]);
    // The review (on a small screen its last row, highlighted, may be scrolled out of view).
    t.wait_frame(&[lang.review()], true, w, h);
    t.keys(&["Enter"]);
    // The checklist (its title may scroll away to keep the highlighted first item in view).
    t.wait_frame(&[lang.export_button(), "> [ ] "], false, w, h);
    // English at 40 columns, where the title wraps.
    t.keys(&["F2"]);
    t.wait_frame(&[Lang::En.export_button(), "> [ ] "], false, w, h);
    // Too small: a bilingual request to enlarge, nothing wider than the window.
    t.resize(30, 10);
    t.wait_until("the enlarge request within 30 columns", |s| {
        flat(s).contains("Pleaseenlargethewindow") && s.lines().all(|l| l.width() <= 30)
    });
    // Big enough again: the checklist is back, whole.
    t.resize(40, 15);
    t.wait_frame(&[Lang::En.export_button(), "> [ ] "], false, w, h);
}

#[test]
fn export_writes_the_file_atomically() {
    let t = Tmux::guide("export", 80, 24, "zh");
    let out = tempfile::tempdir().unwrap();
    answer_to_review(&t, Lang::Zh);
    open_checklist(&t, Lang::Zh);
    // The first material ticked: the export shows what the person ticked.
    t.keys(&["Space"]);
    t.wait_for(&["> [x] "]);
    // Chinese, to a Markdown file with a Chinese name.
    let zh_path = out.path().join("我的清单.md");
    export(&t, Lang::Zh, &zh_path);
    let text = read(&zh_path);
    assert!(text.starts_with("# "), "Markdown heading first:\n{text}");
    assert!(text.contains(Lang::Zh.checklist_title()), "{text}");
    assert_eq!(
        text.matches("- [x] ").count(),
        1,
        "one material ticked:\n{text}"
    );
    // After switching language, the export is in English.
    t.keys(&["l"]);
    t.wait_for_flat(Lang::En.checklist_title());
    let en_path = out.path().join("checklist.md");
    export(&t, Lang::En, &en_path);
    let text = read(&en_path);
    assert!(text.starts_with("# "), "Markdown heading first:\n{text}");
    assert!(text.contains(Lang::En.checklist_title()), "{text}");
    // Exactly the two files: no temporary file left behind.
    let mut names: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["checklist.md", "我的清单.md"]);
    // Nothing was written to the working folder either.
    assert_eq!(std::fs::read_dir(t.dir.path()).unwrap().count(), 0);
}

/// On the checklist: e, clear the suggested name, type `path`, Enter, wait for "Saved to".
fn export(t: &Tmux, lang: Lang, path: &Path) {
    t.keys(&["e"]);
    t.wait_for(&["yibao-checklist-2026-11-22.md"]);
    t.repeat("BSpace", 40);
    t.wait_gone("yibao-checklist-2026-11-22.md");
    let path = path.to_str().unwrap();
    t.type_text(path);
    let name = Path::new(path).file_name().unwrap().to_str().unwrap();
    t.wait_for(&[name]);
    t.keys(&["Enter"]);
    // The status line names the file (an earlier "Saved to" may still be showing).
    t.wait_until(&format!("{:?} with {name:?}", lang.saved()), |s| {
        s.lines()
            .any(|l| l.contains(lang.saved()) && l.contains(name))
    });
}

/// A script that runs the wizard in the shell's terminal, then reports what it left
/// behind: the exit code, the tty modes, and whether a paste still gets bracketed.
fn write_probe(t: &Tmux) {
    let script = format!(
        r#"tag=$1
sh -c 'echo $$ > "$0"; exec "$@"' "pid-$tag" {env} {bin} --today {today} --lang "$2"
echo "EXIT-$tag=$?"
printf 'MODES-%s: ' "$tag"
stty -a | tr -s ' ;' '\n\n' | grep -x -E -e '-?(icanon|echo|isig|opost)' | tr '\n' ' '
echo
echo "PASTE-$tag"
cat -v
echo "DONE-$tag"
"#,
        env = pty::env_prefix(),
        bin = sh_quote(bin()),
        today = pty::TODAY,
    );
    std::fs::write(t.path("probe.sh"), script).unwrap();
}

/// Starts the wizard from the shell through the probe script, lets `interact` drive it
/// to its end, then checks the terminal is as it was (and, if given, the exit code).
fn run_and_check_clean(
    t: &Tmux,
    tag: &str,
    lang: Lang,
    exit_code: Option<&str>,
    interact: impl FnOnce(&Tmux),
) {
    t.type_text(&format!("sh probe.sh {tag} {}", lang.arg()));
    t.keys(&["Enter"]);
    welcome(t, lang);
    // While it runs: alternate screen, hidden cursor, SGR mouse reporting.
    let flags = "#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_sgr_flag}";
    assert_eq!(t.display(flags), "1 0 1 1", "modes while running");
    interact(t);
    let exit = format!("EXIT-{tag}=");
    let screen = t.wait_for(&[&exit, &format!("PASTE-{tag}")]);
    let flags = format!(
        "{flags} #{{mouse_standard_flag}} #{{mouse_button_flag}} #{{mouse_all_flag}} #{{mouse_utf8_flag}}"
    );
    assert_eq!(
        t.display(&flags),
        "0 1 0 0 0 0 0 0",
        "alternate screen off, cursor shown, mouse off after exit ({tag}):\n{screen}"
    );
    if let Some(code) = exit_code {
        assert!(
            screen.contains(&format!("{exit}{code}\n")),
            "exit code {code} ({tag}):\n{screen}"
        );
    }
    let modes: Vec<&str> = screen
        .lines()
        .find_map(|l| l.strip_prefix(&format!("MODES-{tag}: ")))
        .expect("tty modes line")
        .split_whitespace()
        .collect();
    for mode in ["icanon", "echo", "isig", "opost"] {
        assert!(
            modes.contains(&mode),
            "tty mode {mode} restored ({tag}); modes: {modes:?}\n{screen}"
        );
    }
    // Bracketed paste is off again: a paste arrives without ESC[200~ markers.
    let pasted = format!("pasted-{tag}");
    t.paste(&pasted);
    t.keys(&["Enter"]);
    t.keys(&["C-d"]);
    let screen = t.wait_for(&[&format!("DONE-{tag}")]);
    assert!(screen.contains(&pasted), "{screen}");
    assert!(
        !screen.contains("[200~"),
        "bracketed paste left on ({tag}):\n{screen}"
    );
}

/// The shell is back and takes commands.
fn assert_shell_alive(t: &Tmux) {
    t.type_text("echo alive-$((40+2))");
    t.keys(&["Enter"]);
    t.wait_for(&["alive-42"]);
}

#[test]
fn terminal_is_clean_after_quit() {
    let t = Tmux::shell("quit", 80, 24);
    write_probe(&t);
    // q on the welcome screen, with no answers, quits at once.
    run_and_check_clean(&t, "A", Lang::Zh, Some("0"), |t| t.keys(&["q"]));
    // With answers, q asks first.
    run_and_check_clean(&t, "B", Lang::En, Some("0"), |t| {
        answer_to_review(t, Lang::En);
        open_checklist(t, Lang::En);
        t.keys(&["q"]);
        t.wait_for(&[Lang::En.quit_question()]);
        t.keys(&["y"]);
    });
    assert_shell_alive(&t);
}

fn signal_leaves_terminal_clean(signal: &str) {
    let t = Tmux::shell(&format!("sig{signal}"), 80, 24);
    write_probe(&t);
    let tag = signal;
    // Any exit code will do; what matters is the terminal.
    run_and_check_clean(&t, tag, Lang::Zh, None, |t| {
        // Midway, on a choice question (so the cursor is hidden).
        t.keys(&["Enter"]);
        at_step(t, Lang::Zh, 1);
        t.keys(&["1"]);
        at_month(t, Lang::Zh, 2);
        type_month(t, Lang::Zh, "202609");
        t.wait_for(&[&Lang::Zh.step(3), "> [x] "]);
        t.keys(&["n"]);
        at_step(t, Lang::Zh, 4);
        assert_eq!(t.display("#{alternate_on} #{cursor_flag}"), "1 0");
        kill(signal, read(&t.path(&format!("pid-{tag}"))));
    });
    assert_shell_alive(&t);
}

#[test]
fn terminal_is_clean_after_sigterm() {
    signal_leaves_terminal_clean("TERM");
}

#[test]
fn terminal_is_clean_after_sighup() {
    signal_leaves_terminal_clean("HUP");
}

/// Clicks on the number of option `n` of a choice question.
fn click_option(t: &Tmux, n: usize) {
    let label = format!("{n}. ");
    let screen = t.wait_for(&[&label]);
    let (col, row) = screen
        .lines()
        .enumerate()
        .find_map(|(row, line)| {
            let inner = line.strip_prefix('│')?.trim_start();
            let inner = inner.strip_prefix("> ").unwrap_or(inner);
            inner.starts_with(&label).then(|| {
                let at = line.find(&label).expect("in line");
                (line[..at].width(), row)
            })
        })
        .unwrap_or_else(|| panic!("no option {n}:\n{screen}"));
    t.click(col, row);
}

/// Clicks, sent as the SGR mouse reports an xterm sends once the program asks for them.
#[test]
fn mouse_clicks_drive_the_wizard() {
    let lang = Lang::En;
    let t = Tmux::guide("mouse", 80, 24, lang.arg());
    welcome(&t, lang);
    assert_eq!(
        t.display("#{mouse_any_flag} #{mouse_sgr_flag}"),
        "1 1",
        "the wizard asked for SGR mouse reports"
    );
    // The 中文 row switches language; the top-right button switches back.
    t.click_on("[ ] 中文");
    t.wait_for(&[Lang::Zh.lang_button(), "[x] 中文"]);
    t.click_on(Lang::Zh.lang_button());
    t.wait_for(&[lang.lang_button(), "[x] English"]);
    t.click_on("[Start]");
    at_step(&t, lang, 1);
    // A click on an option chooses it.
    click_option(&t, 3);
    at_month(&t, lang, 2);
    t.wait_for(&["Chosen: November 2026"]);
    // The [-] of the month row, then of the year row.
    let (col, row) = t.locate_in_row("Month [-]", "[-]");
    t.click(col, row);
    t.wait_for(&["Chosen: October 2026"]);
    let (col, row) = t.locate_in_row("Year [-]", "[-]");
    t.click(col, row);
    t.wait_for(&["Chosen: October 2025"]);
    t.click_on("[Next]");
    t.wait_for(&[&lang.step(3), "> [x] "]);
    // Back, then forward again: the kept month is still there.
    t.click_on("[Back]");
    t.wait_for(&[&lang.step(2), "Chosen: October 2025"]);
    t.click_on("[Next]");
    t.wait_for(&[&lang.step(3), "> [x] "]);
    t.click_on("[x] ");
    at_step(&t, lang, 4);
    click_option(&t, 1);
    at_step(&t, lang, 5);
    click_option(&t, 1);
    at_step(&t, lang, 6);
    click_option(&t, 2);
    // A click on "none of these" chooses it; Next goes on.
    at_step(&t, lang, 7);
    t.click_on("0. [ ] ");
    t.wait_for(&["> 0. [x] "]);
    t.click_on("[Next]");
    t.wait_for(&[lang.review()]);
    t.click_on("Show my checklist");
    t.wait_for_flat(lang.checklist_title());
    // A click on the highlighted material ticks it.
    t.click_on("> [ ] ");
    t.wait_for(&["> [x] "]);
    t.click_on("[Quit]");
    t.wait_for(&[lang.quit_question()]);
    t.click_on("[Yes (Y)]");
    t.wait_until("the wizard to exit", |_| t.display("#{pane_dead}") == "1");
}

/// The multi-select question, in Chinese: two situations ticked with keys (a number, then
/// Space on the highlighted row) and one with a click. The review and the checklist list
/// all three, and going back shows the ticks again.
#[test]
fn multi_select_ticks_with_keys_and_a_click() {
    let lang = Lang::Zh;
    let (w, h) = (80, 24);
    let t = Tmux::guide("multi", 80, 24, lang.arg());
    welcome(&t, lang);
    t.keys(&["Enter"]);
    at_step(&t, lang, 1);
    t.keys(&["1"]);
    at_month(&t, lang, 2);
    type_month(&t, lang, "202609");
    t.wait_for(&[&lang.step(3), "> [x] "]);
    t.keys(&["n"]);
    at_step(&t, lang, 4);
    t.keys(&["2"]);
    at_step(&t, lang, 5);
    t.keys(&["1"]);
    at_step(&t, lang, 6);
    t.keys(&["2"]);
    // Nothing ticked yet; "none of these" is a row of its own.
    t.wait_frame(
        &[&lang.step(7), "> 1. [ ] ", "2. [ ] ", "0. [ ] "],
        false,
        w,
        h,
    );
    // A number key ticks its option and stays on the question.
    t.keys(&["1"]);
    t.wait_for(&[&lang.step(7), "> 1. [x] "]);
    // Space ticks the highlighted option.
    t.keys(&["Down", "Down"]);
    t.wait_for(&["> 3. [ ] "]);
    t.keys(&["Space"]);
    t.wait_for(&["> 3. [x] "]);
    // A click on a row ticks it.
    click_option(&t, 5);
    t.wait_frame(
        &[
            "1. [x] ",
            "2. [ ] ",
            "3. [x] ",
            "4. [ ] ",
            "> 5. [x] ",
            "0. [ ] ",
        ],
        false,
        w,
        h,
    );
    t.keys(&["Enter"]);
    // The review shows the three, in the question's order, joined.
    let joined = ["pregnant", "foreign_national", "employer_closed"]
        .map(|o| option_label(lang.arg(), "situations", o))
        .join(lang.list_separator());
    t.wait_frame(&[lang.review(), &joined], true, w, h);
    // The checklist lists the answers after its items.
    open_checklist(&t, lang);
    t.repeat("PageDown", 20);
    t.wait_frame(&[lang.your_answers(), &joined], true, w, h);
    // Back to the review, then to the question: the ticks are still there.
    t.keys(&["Escape"]);
    t.wait_for(&[lang.review()]);
    t.keys(&["Escape"]);
    t.wait_frame(
        &[
            &lang.step(7),
            "1. [x] ",
            "2. [ ] ",
            "3. [x] ",
            "5. [x] ",
            "0. [ ] ",
        ],
        false,
        w,
        h,
    );
}

/// When the terminal itself goes away (window closed, ssh dropped, pane killed) the wizard
/// must exit, not spin on a dead terminal. crossterm's own poll can loop on end-of-file
/// (crossterm issue #793), so events are read on a separate thread.
#[test]
fn the_wizard_exits_when_its_terminal_disappears() {
    let t = Tmux::start(
        "gone",
        80,
        24,
        &format!(
            "sh -c 'echo $$ > pid; exec {}'",
            pty::guide_command("en").replace('\'', "'\\''")
        ),
    );
    t.wait_for(&["[Start]"]);
    let pid = read(&t.path("pid")).trim().to_owned();
    assert!(Path::new(&format!("/proc/{pid}")).exists(), "running");
    t.run(&["kill-server"]);
    let gone = (0..100).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(100));
        !Path::new(&format!("/proc/{pid}")).exists()
            || std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .is_ok_and(|s| s.contains(") Z "))
    });
    if !gone {
        let _ = Command::new("kill").arg("-9").arg(&pid).status();
    }
    assert!(
        gone,
        "the wizard (pid {pid}) kept running after its terminal closed"
    );
}

/// A panic (forced in debug builds with YIBAO_GUIDE_TEST_PANIC and F12) restores the
/// terminal, mouse mode included, and says what happened.
#[test]
fn terminal_is_clean_after_a_panic() {
    let t = Tmux::shell("panic", 80, 24);
    write_probe(&t);
    t.type_text("export YIBAO_GUIDE_TEST_PANIC=1 RUST_BACKTRACE=0");
    t.keys(&["Enter"]);
    run_and_check_clean(&t, "panic", Lang::En, Some("101"), |t| {
        t.keys(&["Enter"]);
        at_step(t, Lang::En, 1);
        t.keys(&["F12"]);
    });
    let screen = t.wait_for(&["test panic requested"]);
    assert!(
        screen.contains("panicked"),
        "the panic message is shown after restoring:\n{screen}"
    );
    assert_shell_alive(&t);
}

/// The resume code for answers given as `--answer` pairs (computed by the library the
/// binary is built from).
fn resume_code_for(pairs: &[(&str, &str)]) -> String {
    let g = yibao_guide::guide::Guide::embedded().expect("shipped content");
    let raw: Vec<_> = pairs
        .iter()
        .map(|(k, v)| yibao_guide::batch::parse_answer_flag(&format!("{k}={v}")).unwrap())
        .collect();
    let today = pty::TODAY.parse().unwrap();
    let answers = yibao_guide::batch::resolve(&g.content, &raw, today).unwrap();
    yibao_guide::resume::encode(&g.content, &answers)
}

/// Resigned, gap from 2026-09 still open, flexible, same city, no medical costs, none of the
/// situations.
const RESIGNED: &[(&str, &str)] = &[
    ("reason", "resigned"),
    ("gap_start", "2026-09"),
    ("gap_end", "none"),
    ("plan", "flexible"),
    ("city", "same"),
    ("gap_medical", "no"),
    ("situations", "none"),
];

/// Starts the wizard at the review of `RESIGNED`, from its resume code.
fn at_review(name: &str, w: u16, h: u16, lang: Lang) -> (Tmux, String) {
    let code = resume_code_for(RESIGNED);
    let command = format!(
        "{} --resume {}",
        pty::guide_command(lang.arg()),
        sh_quote(&code)
    );
    let t = Tmux::start(name, w, h, &command);
    t.wait_for_flat(lang.review());
    (t, code)
}

/// The character a terminal shows at cell `col` of `line`: `None` where a wide character
/// starting one cell to the left covers it.
fn at_cell(line: &str, col: usize) -> Option<char> {
    let mut x = 0;
    for c in line.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if x == col {
            return Some(c);
        }
        if x + w > col {
            return None;
        }
        x += w;
    }
    Some(' ')
}

/// What is wrong with the dialog on `screen` (the box whose top-left corner is not in the
/// first column), if anything: a corner or side missing, or text in its padding columns.
fn dialog_problem(screen: &str) -> Option<String> {
    let lines: Vec<&str> = screen.lines().collect();
    let found = lines.iter().enumerate().skip(1).find_map(|(r, l)| {
        (1..l.width())
            .find(|&c| at_cell(l, c) == Some('┌'))
            .map(|c| (r, c))
    });
    let Some((top, left)) = found else {
        return Some("no dialog corner on screen".into());
    };
    let Some(right) = (left + 1..lines[top].width()).find(|&c| at_cell(lines[top], c) == Some('┐'))
    else {
        return Some(format!("row {top}: no top-right corner"));
    };
    let Some(bottom) = (top + 1..lines.len()).find(|&r| at_cell(lines[r], left) != Some('│'))
    else {
        return Some("no bottom border".into());
    };
    if at_cell(lines[bottom], left) != Some('└') || at_cell(lines[bottom], right) != Some('┘') {
        return Some(format!(
            "row {bottom}: a bottom corner is missing: {:?}",
            lines[bottom]
        ));
    }
    for (r, line) in lines.iter().enumerate().take(bottom).skip(top + 1) {
        if !matches!(at_cell(line, right), Some('│' | '^' | 'v')) {
            return Some(format!(
                "row {r}: no right border at column {right}: {line:?}"
            ));
        }
        if at_cell(line, left + 1) != Some(' ') || at_cell(line, right - 1) != Some(' ') {
            return Some(format!(
                "row {r}: text left in the dialog's padding: {line:?}"
            ));
        }
    }
    None
}

/// Waits until a dialog showing `needle` is drawn whole.
fn wait_dialog_whole(t: &Tmux, needle: &str) -> String {
    t.wait_until(&format!("a whole dialog with {needle:?}"), |s| {
        flat(s).contains(&squeeze(needle)) && dialog_problem(s).is_none()
    })
}

/// Dialogs over Chinese text keep every border cell, as a real terminal draws them: the
/// quit question at 80x24 and the export dialog at 200x50, over the checklist.
#[test]
fn dialog_borders_hold_over_chinese_text() {
    let lang = Lang::Zh;
    let (t, _) = at_review("dialog-zh", 80, 24, lang);
    open_checklist(&t, lang);
    for downs in [0, 3] {
        if downs > 0 {
            t.repeat("Down", downs);
        }
        t.keys(&["q"]);
        wait_dialog_whole(&t, lang.quit_question());
        t.keys(&["n"]);
        t.wait_gone(lang.quit_question());
    }
    t.resize(200, 50);
    t.wait_frame(&[lang.export_button()], false, 200, 50);
    t.keys(&["e"]);
    wait_dialog_whole(&t, "yibao-checklist-2026-11-22.md");
    t.keys(&["Escape"]);
    t.wait_gone("yibao-checklist-2026-11-22.md");
    // Odd sizes put other characters under the edges.
    t.resize(81, 25);
    t.wait_frame(&[lang.export_button()], false, 81, 25);
    t.keys(&["q"]);
    wait_dialog_whole(&t, lang.quit_question());
}

/// At a kiosk's 40x15 the review's resume code is below the fold: End scrolls to it, and so
/// does Down past the last row; at 40x12 in Chinese, PageDown.
#[test]
fn the_review_scrolls_to_the_resume_code_on_a_small_screen() {
    let (t, code) = at_review("review-end", 40, 15, Lang::En);
    assert!(!flat(&t.screen()).contains(&code), "starts above the code");
    t.keys(&["End"]);
    t.wait_for_flat(&code);
    t.keys(&["Home"]);
    t.wait_for_flat(Lang::En.review());
    t.repeat("Down", 30);
    t.wait_for_flat(&code);
    let (t, code) = at_review("review-pgdn", 40, 12, Lang::Zh);
    t.repeat("PageDown", 5);
    t.wait_for_flat(&code);
    t.wait_frame(&[], false, 40, 12);
}

/// At 40x12 the checklist's buttons take two rows, and each answers a touch: Quit and
/// Start again, on the second row, included.
#[test]
fn wrapped_buttons_answer_clicks_at_40x12() {
    let lang = Lang::Zh;
    let (t, _) = at_review("buttons", 40, 12, lang);
    t.keys(&["Enter"]);
    t.wait_frame(&["[返回]", "[退出]", "[重新开始]"], false, 40, 12);
    t.click_on("[退出]");
    t.wait_for(&[lang.quit_question()]);
    t.keys(&["n"]);
    t.wait_gone(lang.quit_question());
    t.click_on("[重新开始]");
    t.wait_for(&["确定重新开始吗？"]);
    t.keys(&["y"]);
    // Back at the welcome screen (its Start row is below the fold at 12 rows; its button
    // is not).
    t.wait_frame(&[lang.lang_button(), "[开始]"], false, 40, 12);
}

/// A save that fails (no such folder) says why in words, in both languages: no unfilled
/// placeable, no message id.
#[test]
fn a_failed_export_says_why_in_words() {
    for (lang, failed) in [
        (Lang::En, "Could not write: the folder does not exist"),
        (Lang::Zh, "无法写入：文件夹不存在"),
    ] {
        let (t, _) = at_review(&format!("export-fail-{}", lang.arg()), 80, 24, lang);
        open_checklist(&t, lang);
        t.keys(&["e"]);
        t.wait_for(&["yibao-checklist-2026-11-22.md"]);
        t.repeat("BSpace", 40);
        t.wait_gone("yibao-checklist-2026-11-22.md");
        t.type_text("/nonexistent-yibao-folder/x.md");
        t.wait_for(&["x.md"]);
        t.keys(&["Enter"]);
        let screen = t.wait_for(&[failed]);
        for bad in ["{$", "{ $", "[err-", "[ui-", "gap_"] {
            assert!(!screen.contains(bad), "{bad} on screen:\n{screen}");
        }
        assert_eq!(std::fs::read_dir(t.dir.path()).unwrap().count(), 0);
    }
}

/// Counselor mode: B shows both languages on a question screen too, as the README says.
#[test]
fn counselor_b_works_on_a_question() {
    let command = format!("{} --counselor", pty::guide_command("zh"));
    let t = Tmux::start("counselor-b", 120, 40, &command);
    welcome(&t, Lang::Zh);
    t.keys(&["Enter"]);
    at_step(&t, Lang::Zh, 1);
    let en = option_label("en", "reason", "resigned");
    assert!(!t.screen().contains(&en));
    t.keys(&["b"]);
    t.wait_for(&[&en]);
    t.keys(&["b"]);
    t.wait_gone(&en);
}
