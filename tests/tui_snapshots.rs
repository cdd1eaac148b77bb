//! What each screen looks like, at a kiosk's 40x15, a laptop's 80x24 and a wide 120x40, in
//! both languages. Snapshots live in tests/snapshots/ and are reviewed like code.

mod common;

use common::render;
use yibao_guide::guide::Guide;
use yibao_guide::i18n::Lang;
use yibao_guide::tui::model::{Model, Msg, Screen, update};

const SIZES: [(u16, u16); 3] = [(40, 15), (80, 24), (120, 40)];

/// Drives a model to a screen with messages.
fn at<'g>(g: &'g Guide, lang: Lang, w: u16, h: u16, msgs: &[Msg]) -> Model<'g> {
    let mut m = Model::new(g, lang, "2026-11-22".parse().unwrap());
    update(&mut m, Msg::Resize(w, h));
    for msg in msgs {
        update(&mut m, msg.clone());
    }
    m
}

/// Laid off and receiving benefit (end not known yet), gap from 2026-09 still open,
/// flexible, other city, medical costs: up to the multi-select question `situations`.
fn to_situations() -> Vec<Msg> {
    let mut v = vec![Msg::Confirm, Msg::Choose(1), Msg::Choose(0), Msg::NoMonth];
    v.extend("202609".chars().map(Msg::Char));
    v.extend([
        Msg::Confirm,
        Msg::NoMonth,
        Msg::Choose(1),
        Msg::Choose(1),
        Msg::Choose(0),
    ]);
    v
}

/// The same path, none of the situations.
fn to_review() -> Vec<Msg> {
    let mut v = to_situations();
    v.extend([Msg::NoMonth, Msg::Confirm]);
    v
}

fn screens() -> Vec<(&'static str, Vec<Msg>)> {
    let review = to_review();
    // Pregnant and retired ticked, the highlight on retired.
    let mut multi = to_situations();
    multi.extend([Msg::Choose(0), Msg::Choose(3)]);
    let mut multi_nothing = to_situations();
    multi_nothing.push(Msg::Confirm);
    let mut review_multi = multi.clone();
    review_multi.push(Msg::Confirm);
    let mut checklist = review.clone();
    checklist.push(Msg::Confirm);
    let mut ticked = checklist.clone();
    ticked.extend([Msg::ToggleTick, Msg::Down, Msg::ToggleSources]);
    let mut export = checklist.clone();
    export.push(Msg::StartExport);
    vec![
        ("welcome", vec![]),
        ("question_choice", vec![Msg::Confirm, Msg::Down]),
        (
            "question_month",
            vec![
                Msg::Confirm,
                Msg::Choose(0),
                Msg::Char('2'),
                Msg::Char('0'),
                Msg::Char('2'),
            ],
        ),
        (
            "question_month_optional",
            vec![
                Msg::Confirm,
                Msg::Choose(0),
                Msg::Down,
                Msg::Down,
                Msg::Confirm,
            ],
        ),
        (
            "month_error",
            vec![
                Msg::Confirm,
                Msg::Choose(0),
                Msg::Char('2'),
                Msg::Char('0'),
                Msg::Char('2'),
                Msg::Char('7'),
                Msg::Char('0'),
                Msg::Char('5'),
                Msg::Confirm,
            ],
        ),
        ("help", vec![Msg::Confirm, Msg::Help]),
        ("question_multi", multi),
        ("question_multi_nothing", multi_nothing),
        ("review_multi", review_multi),
        ("review", review),
        ("checklist", checklist),
        ("checklist_ticked_sources", ticked),
        ("export_dialog", export),
        (
            "quit_confirm",
            vec![Msg::Confirm, Msg::Choose(5), Msg::Quit],
        ),
    ]
}

#[test]
fn every_screen_at_every_size_in_both_languages() {
    let g = Guide::embedded().unwrap();
    for (name, msgs) in screens() {
        for lang in Lang::ALL {
            for (w, h) in SIZES {
                let m = at(&g, lang, w, h, &msgs);
                if name != "welcome" {
                    assert_ne!(m.screen, Screen::Welcome, "{name} did not get past welcome");
                }
                let text = render(&m, w, h);
                insta::assert_snapshot!(format!("{name}_{}_{w}x{h}", lang.code()), text);
            }
        }
    }
}

#[test]
fn too_small() {
    // The welcome screen at the three sizes is among `screens()` above.
    let g = Guide::embedded().unwrap();
    for lang in Lang::ALL {
        let m = at(&g, lang, 30, 10, &[]);
        insta::assert_snapshot!(format!("too_small_{}", lang.code()), render(&m, 30, 10));
    }
}

/// Checks that hold on every rendered screen: borders intact and nothing wider than the frame.
#[test]
fn borders_stay_intact_and_no_line_starts_with_closing_punctuation() {
    let g = Guide::embedded().unwrap();
    for (name, msgs) in screens() {
        for lang in Lang::ALL {
            for (w, h) in SIZES.into_iter().chain([(41, 13), (57, 20), (200, 50)]) {
                let m = at(&g, lang, w, h, &msgs);
                let text = render(&m, w, h);
                let lines: Vec<&str> = text.lines().collect();
                assert!(
                    lines[0].starts_with('┌'),
                    "{name} {lang:?} {w}x{h}: top-left corner\n{text}"
                );
                let bottom = lines[usize::from(h) - 2];
                assert!(
                    bottom.starts_with('└') && bottom.ends_with('┘'),
                    "{name} {lang:?} {w}x{h}: bottom border\n{text}"
                );
                for (y, line) in lines.iter().enumerate().take(usize::from(h) - 1).skip(1) {
                    assert!(
                        yibao_guide::wrap::width(line) <= usize::from(w),
                        "{name}: line {y} too wide"
                    );
                    // Rows inside the frame end on the right border (or a scroll marker),
                    // unless a dialog covers them.
                    let last = line.chars().last().unwrap_or(' ');
                    let dialog =
                        name.contains("help") || name.contains("export") || name.contains("quit");
                    assert!(
                        dialog || matches!(last, '│' | '^' | 'v' | '┘'),
                        "{name} {lang:?} {w}x{h}: row {y} lost its border: {line:?}"
                    );
                    let body = line.trim_start_matches('│').trim_start();
                    let body = body.trim_start_matches("> ").trim_start();
                    if let Some(first) = body.chars().next() {
                        assert!(
                            !"，。；：）」".contains(first),
                            "{name} {lang:?} {w}x{h}: row {y} starts with {first}: {line:?}"
                        );
                    }
                }
            }
        }
    }
}

/// The wizard drawn into a test terminal's buffer.
fn draw(m: &Model<'_>, w: u16, h: u16) -> ratatui::buffer::Buffer {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| yibao_guide::tui::view::view(m, f))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// The text of cells `x0..x1` of row `y` as a terminal shows it: a wide character's second
/// cell is not read again.
fn cells_text(buf: &ratatui::buffer::Buffer, y: u16, x0: u16, x1: u16) -> String {
    let mut out = String::new();
    let mut skip = 0;
    for x in x0..x1 {
        let symbol = buf[(x, y)].symbol();
        if skip > 0 {
            skip -= 1;
            continue;
        }
        skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
        out.push_str(symbol);
    }
    out
}

/// Checks a dialog as drawn: its border whole (corners, sides, bottom, and the top around
/// its title), its title whole or cut only between words, nothing wide spilling over its
/// edges, and inside it only its own lines: no leftover of the screen under it.
fn check_dialog(buf: &ratatui::buffer::Buffer, m: &Model<'_>, what: &str) {
    use unicode_width::UnicodeWidthStr;
    let overlay = m.overlay.as_ref().expect("a dialog is open");
    let area = buf.area;
    let d = yibao_guide::tui::view::dialog(m, overlay, area);
    let inner = yibao_guide::tui::view::dialog_inner(d.rect);
    let r = d.rect;
    let set = m.theme.borders;
    let (left, right, top, bottom) = (r.x, r.right() - 1, r.y, r.bottom() - 1);
    let sym = |x: u16, y: u16| buf[(x, y)].symbol().to_owned();
    let screen = || {
        (0..area.height)
            .map(|y| cells_text(buf, y, 0, area.width))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let fail = |msg: String| -> ! { panic!("{what}: {msg}\n{}", screen()) };
    for (x, y, want) in [
        (left, top, set.top_left),
        (right, top, set.top_right),
        (left, bottom, set.bottom_left),
        (right, bottom, set.bottom_right),
    ] {
        if sym(x, y) != want {
            fail(format!("corner ({x},{y}) is {:?}, not {want:?}", sym(x, y)));
        }
    }
    for y in top + 1..bottom {
        // The right side may carry a scroll mark, as the frame's does.
        let right_ok = sym(right, y) == set.vertical_right
            || (d.more_above && y == inner.y && sym(right, y) == "^")
            || (d.more_below && y + 2 == inner.bottom() && sym(right, y) == "v");
        if sym(left, y) != set.vertical_left || !right_ok {
            fail(format!("row {y} lost a side of the dialog"));
        }
    }
    // The dialog keeps clear of the frame's title row and of the hint bar.
    if top == 0 || bottom + 2 >= area.height {
        fail(format!(
            "the dialog covers the frame's top or bottom border: {r:?}"
        ));
    }
    for x in left + 1..right {
        if sym(x, bottom) != set.horizontal_bottom {
            fail(format!("bottom border broken at column {x}"));
        }
    }
    // The title: " Title " right after the corner, then the top border.
    let top_text = cells_text(buf, top, left + 1, right);
    let title = top_text.trim_end_matches(set.horizontal_top);
    let shown = title.trim();
    if !title.starts_with(' ') || shown.is_empty() {
        fail(format!("no title in the top border: {top_text:?}"));
    }
    let room = usize::from(r.width.saturating_sub(4));
    if d.title.width() + 2 <= room {
        if shown != d.title {
            fail(format!("title {shown:?} is not {:?}, which fits", d.title));
        }
    } else if !d.title.starts_with(shown) || {
        let next = d.title[shown.len()..].chars().next();
        next.is_some_and(|c| c.is_alphanumeric() && c.is_ascii())
    } {
        fail(format!("title cut mid-word: {shown:?} of {:?}", d.title));
    }
    let after_title = left + 1 + title.width() as u16;
    for x in after_title..right {
        if sym(x, top) != set.horizontal_top {
            fail(format!("top border broken at column {x}"));
        }
    }
    // Nothing wide starts just outside the dialog and spills onto its border.
    for y in top..=bottom {
        if left > area.x && sym(left - 1, y).width() > 1 {
            fail(format!(
                "a wide character at ({}, {y}) covers the left border",
                left - 1
            ));
        }
    }
    // Inside: the padding columns are blank and every row shows exactly its line.
    for y in top + 1..bottom {
        if sym(left + 1, y) != " " || sym(right - 1, y) != " " {
            fail(format!("row {y}: leftover text in the dialog's padding"));
        }
        let row = (y - inner.y) as usize;
        let want = d
            .lines
            .get(row)
            .map(|l| yibao_guide::tui::view::fit(&l.to_string(), inner.width))
            .unwrap_or_default();
        let got = cells_text(buf, y, inner.x, inner.right());
        if got.trim_end() != want.trim_end() {
            fail(format!("row {y}: {got:?} instead of {want:?}"));
        }
    }
}

#[test]
fn dialogs_clear_what_they_cover_and_keep_their_borders() {
    use yibao_guide::tui::theme::{BorderKind, Theme, ThemeKind};
    let g = Guide::embedded().unwrap();
    let review = to_review();
    let mut checklist = review.clone();
    checklist.push(Msg::Confirm);
    let with = |mut v: Vec<Msg>, msg: Msg| {
        v.push(msg);
        v
    };
    let month = vec![Msg::Confirm, Msg::Choose(5)];
    let cases = [
        (
            "quit over the checklist",
            with(checklist.clone(), Msg::Quit),
        ),
        (
            "export over the checklist",
            with(checklist.clone(), Msg::StartExport),
        ),
        (
            "restart over the checklist",
            with(checklist.clone(), Msg::Restart),
        ),
        (
            "help over the checklist",
            with(checklist.clone(), Msg::Help),
        ),
        (
            "save answers over the review",
            with(review.clone(), Msg::SaveAnswers),
        ),
        ("quit over a month", with(month.clone(), Msg::Quit)),
        ("help over a month", with(month, Msg::Help)),
        ("code over the welcome", vec![Msg::EnterCode]),
    ];
    let themes = [
        (ThemeKind::Default, BorderKind::Line),
        (ThemeKind::HighContrast, BorderKind::Line),
        (ThemeKind::Mono, BorderKind::Ascii),
        (ThemeKind::Default, BorderKind::Ascii),
    ];
    let sizes = [
        (80, 24),
        (200, 50),
        (40, 12),
        (40, 15),
        (41, 13),
        (57, 20),
        (63, 17),
        (81, 25),
        (99, 31),
        (121, 41),
        (137, 45),
    ];
    for (c, (name, msgs)) in cases.iter().enumerate() {
        for lang in Lang::ALL {
            for (s, (w, h)) in sizes.into_iter().enumerate() {
                // Every theme and border style, taking turns over the sizes and cases.
                let (kind, borders) = themes[(c + s) % themes.len()];
                // Scrolled a little too, so other text lies under the dialog's edges.
                for scroll in [0, 3] {
                    let mut m = at(&g, lang, w, h, msgs);
                    m.theme = Theme::new(kind, borders);
                    m.scroll = scroll;
                    m.help_scroll = scroll;
                    let buf = draw(&m, w, h);
                    let what =
                        format!("{name} {lang:?} {w}x{h} {kind:?} {borders:?} scroll {scroll}");
                    check_dialog(&buf, &m, &what);
                }
            }
        }
    }
}
