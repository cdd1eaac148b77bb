//! `cursor: follow`: the terminal cursor stands on the highlighted row after every arrow
//! key, on the question, review and checklist screens, at 80x24 and 40x15, so a terminal
//! screen reader (which reads at the cursor) follows the selection. `cursor: hidden` (the
//! default) keeps it out of sight. Checked in a real terminal (tmux) through its cursor.

#[allow(dead_code)] // Each test file uses its own part of the harness.
mod pty;

use pty::{Tmux, guide_command, sh_quote};

const ANSWERS: &str = "reason: resigned\ngap_start: 2026-09\ngap_end: none\nplan: flexible\ncity: same\ngap_medical: \"no\"\nsituations: none\n";

/// The pane's cursor: visible or not, and its row.
fn cursor(t: &Tmux) -> (bool, usize) {
    let s = t.display("#{cursor_flag} #{cursor_y}");
    let (flag, y) = s.split_once(' ').unwrap();
    (flag == "1", y.parse().unwrap())
}

/// The row of the highlighted line: the one marked "> " inside the frame.
fn highlighted_row(screen: &str) -> Option<usize> {
    screen.lines().position(|l| {
        l.trim_start_matches(['│', '|'])
            .trim_start()
            .starts_with("> ")
    })
}

/// The guide in tmux, with the files it reads kept until the test ends.
fn start(name: &str, w: u16, h: u16, follow: bool, answers: bool) -> (Tmux, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.yaml");
    let setting = if follow { "follow" } else { "hidden" };
    std::fs::write(&config, format!("cursor: {setting}\n")).unwrap();
    let mut command = format!(
        "{} --config {}",
        guide_command("en"),
        sh_quote(config.to_str().unwrap())
    );
    if answers {
        let file = dir.path().join("answers.yaml");
        std::fs::write(&file, ANSWERS).unwrap();
        command.push_str(&format!(" --answers {}", sh_quote(file.to_str().unwrap())));
    }
    (Tmux::start(name, w, h, &command), dir)
}

/// Presses Down (or Up) and checks the cursor is on the highlighted row afterwards.
fn step_and_check(t: &Tmux, key: &str, what: &str) {
    let before = t.screen();
    t.keys(&[key]);
    t.wait_until(&format!("{what}: the highlight to move"), |s| s != before);
    let screen = t.wait_until(&format!("{what}: the cursor on the highlight"), |s| {
        highlighted_row(s).is_some_and(|row| cursor(t) == (true, row))
    });
    assert!(highlighted_row(&screen).is_some(), "{what}:\n{screen}");
}

#[test]
fn the_cursor_follows_the_highlight_on_questions_review_and_checklist() {
    for (w, h) in [(80, 24), (40, 15)] {
        // A question: the reason, with its options.
        let (t, _files) = start(&format!("cursor-q-{w}"), w, h, true, false);
        t.wait_for(&["Start"]);
        t.keys(&["Enter"]);
        t.wait_for(&["Step 1 of about"]);
        for n in 0..3 {
            step_and_check(&t, "Down", &format!("question {w}x{h} down {n}"));
        }
        step_and_check(&t, "Up", &format!("question {w}x{h} up"));

        // The review (opened with saved answers), then the checklist.
        let (t, _files) = start(&format!("cursor-r-{w}"), w, h, true, true);
        t.wait_for(&["Please check your answers"]);
        // It opens on "Show my checklist", the last row: up through the answers, then down.
        for n in 0..3 {
            step_and_check(&t, "Up", &format!("review {w}x{h} up {n}"));
        }
        step_and_check(&t, "Down", &format!("review {w}x{h} down"));
        // "Show my checklist" is the review's last row: c opens the checklist.
        t.keys(&["c"]);
        t.wait_for(&["What to bring"]);
        for n in 0..3 {
            step_and_check(&t, "Down", &format!("checklist {w}x{h} down {n}"));
        }
    }
}

#[test]
fn the_cursor_stays_hidden_by_default() {
    let (t, _files) = start("cursor-hidden", 80, 24, false, false);
    t.wait_for(&["Start"]);
    t.keys(&["Enter"]);
    t.wait_for(&["Step 1 of about"]);
    t.keys(&["Down"]);
    t.wait_for(&["> 2."]);
    assert!(!cursor(&t).0, "{}", t.screen());
}
