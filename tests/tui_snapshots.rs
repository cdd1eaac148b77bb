//! What each screen looks like, at a kiosk's 40x15, a laptop's 80x24 and a wide 120x40, in
//! both languages. Snapshots live in tests/snapshots/ and are reviewed like code.

mod common;

use common::render;
use yibao_guide::guide::Guide;
use yibao_guide::i18n::Lang;
use yibao_guide::tui::model::{Model, Msg, Screen};
use yibao_guide::tui::step as update;

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
    let d = yibao_guide::tui::dialog::dialog(m, overlay, area);
    let inner = yibao_guide::tui::dialog::dialog_inner(d.rect);
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
            .map(|l| yibao_guide::tui::layout::fit(&l.to_string(), inner.width))
            .unwrap_or_default();
        let got = cells_text(buf, y, inner.x, inner.right());
        if got.trim_end() != want.trim_end() {
            fail(format!("row {y}: {got:?} instead of {want:?}"));
        }
    }
}

#[test]
fn dialogs_clear_what_they_cover_and_keep_their_borders() {
    use yibao_guide::config::{BorderKind, ThemeKind};
    use yibao_guide::tui::theme::Theme;
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

/// The model of `at`, in a mode: standard, counselor, or a kiosk that can print and export.
fn at_in<'g>(
    g: &'g Guide,
    mode: yibao_guide::config::Mode,
    lang: Lang,
    w: u16,
    h: u16,
    msgs: &[Msg],
) -> Model<'g> {
    use yibao_guide::config::{Config, KeySpec, Mode, OperatorExit};
    let mut m = Model::new(g, lang, "2026-11-22".parse().unwrap());
    let config = Config {
        mode,
        operator_exit: (mode == Mode::Kiosk).then(|| OperatorExit {
            key: KeySpec::parse("ctrl+alt+x").unwrap(),
            pin: "2468".into(),
        }),
        export_dir: (mode == Mode::Kiosk).then(std::env::temp_dir),
        print_command: (mode == Mode::Kiosk).then(|| vec!["lp".into()]),
        ..Config::default()
    };
    m.settings = yibao_guide::tui::model::Settings::from_config(mode, &config, lang);
    update(&mut m, Msg::Resize(w, h));
    for msg in msgs {
        update(&mut m, msg.clone());
    }
    m
}

/// On a narrow screen the buttons wrap onto more rows: every button of every screen is
/// drawn, inside the frame, and a click on it sends its message. In every mode and both
/// languages, at a kiosk's 40x15 and at the smallest size, 40x12.
#[test]
fn every_button_is_drawn_and_clickable_on_narrow_screens() {
    use yibao_guide::config::Mode;
    use yibao_guide::tui::input::map_event;
    use yibao_guide::tui::layout::{button_spans, geometry, plan};
    let g = Guide::embedded().unwrap();
    let click = |x: u16, y: u16| {
        ratatui::crossterm::event::Event::Mouse(ratatui::crossterm::event::MouseEvent {
            kind: ratatui::crossterm::event::MouseEventKind::Down(
                ratatui::crossterm::event::MouseButton::Left,
            ),
            column: x,
            row: y,
            modifiers: ratatui::crossterm::event::KeyModifiers::NONE,
        })
    };
    for mode in [Mode::Standard, Mode::Counselor, Mode::Kiosk] {
        for (name, msgs) in screens() {
            for lang in Lang::ALL {
                for (w, h) in [(40, 15), (40, 12), (41, 13)] {
                    let m = at_in(&g, mode, lang, w, h, &msgs);
                    if m.overlay.is_some() {
                        continue; // a dialog needs its answer first
                    }
                    let what = format!("{name} {mode:?} {lang:?} {w}x{h}");
                    let p = plan(&m, w, h);
                    let geo = geometry(&m, w, h);
                    let spans = button_spans(&p, &geo);
                    assert_eq!(spans.len(), p.buttons.len(), "{what}: a button is missing");
                    assert!(geo.body_rows >= 1, "{what}: no room left for the body");
                    let buf = draw(&m, w, h);
                    for ((x, y, label, msg), (_, want)) in spans.iter().zip(&p.buttons) {
                        assert_eq!(msg, want, "{what}");
                        let end = x + unicode_width::UnicodeWidthStr::width(label.as_str()) as u16;
                        assert!(
                            end <= w - 2 && *y < h - 2,
                            "{what}: {label} outside the frame"
                        );
                        assert_eq!(&cells_text(&buf, *y, *x, end), label, "{what}: drawn");
                        for cx in [*x, x + 1, end - 1] {
                            assert_eq!(
                                map_event(&m, &click(cx, *y)),
                                Some(msg.clone()),
                                "{what}: a click on {label} at ({cx},{y})"
                            );
                        }
                    }
                }
            }
        }
    }
}

/// Default colours that some common palettes draw as, or close to, the background: black,
/// grey (palette 7 and 8: Solarized Dark's background is palette 8), white and yellow, and
/// the bright and indexed colours that Solarized maps to its background tones.
fn unreadable_somewhere(c: ratatui::style::Color) -> bool {
    use ratatui::style::Color;
    !matches!(
        c,
        Color::Reset | Color::Red | Color::Green | Color::Blue | Color::Magenta | Color::Cyan
    )
}

/// The default theme draws text only in colours that read on light, dark and Solarized
/// backgrounds: no style of it, and no cell of any screen, has black, grey, white, yellow, a
/// bright or an indexed foreground, or a background of its own. Muted text is dimmed, and
/// the disclaimer is plain text.
#[test]
fn the_default_theme_reads_on_light_dark_and_solarized_backgrounds() {
    use ratatui::style::{Color, Modifier};
    use yibao_guide::config::{BorderKind, ThemeKind};
    use yibao_guide::tui::theme::Theme;
    let t = Theme::new(ThemeKind::Default, BorderKind::Line);
    for (name, style) in [
        ("base", t.base),
        ("border", t.border),
        ("title", t.title),
        ("selected", t.selected),
        ("muted", t.muted),
        ("warning", t.warning),
        ("error", t.error),
        ("key", t.key),
        ("button", t.button),
        ("heading", t.heading),
    ] {
        if let Some(fg) = style.fg {
            assert!(!unreadable_somewhere(fg), "{name} has foreground {fg:?}");
        }
        assert!(style.bg.is_none(), "{name} sets a background: {style:?}");
    }
    assert!(t.muted.fg.is_none() && t.muted.add_modifier.contains(Modifier::DIM));
    let g = Guide::embedded().unwrap();
    for (name, msgs) in screens() {
        for lang in Lang::ALL {
            let m = at(&g, lang, 80, 24, &msgs);
            let buf = draw(&m, 80, 24);
            for cell in buf.content() {
                assert!(
                    !unreadable_somewhere(cell.fg) && matches!(cell.bg, Color::Reset),
                    "{name} {lang:?}: {:?} drawn in {:?} on {:?}",
                    cell.symbol(),
                    cell.fg,
                    cell.bg
                );
            }
            // The disclaimer is never dimmed.
            if name == "checklist" {
                let disclaimer = g.locales.text(lang, "ui-disclaimer");
                let first: String = disclaimer.chars().take(6).collect();
                let text = common::render(&m, 80, 24);
                let y = text.lines().position(|l| l.contains(&first)).unwrap() as u16;
                let dim = (2..10).any(|x| buf[(x, y)].modifier.contains(Modifier::DIM));
                assert!(!dim, "{lang:?}: the disclaimer is dimmed");
            }
        }
    }
}

/// What the screen must never show: a Fluent placeable left unfilled (`{$x}`, `{ $x }`), a
/// missing message's `[message-id]` fallback, or a question's internal id.
fn leftovers(text: &str) -> Option<String> {
    if let Some(i) = text.find("{$").or_else(|| text.find("{ $")) {
        return Some(format!("unfilled placeable at {:?}", &text[i..]));
    }
    for (i, _) in text.match_indices('[') {
        let rest = &text[i + 1..];
        if let Some(end) = rest.find(']') {
            let inner = &rest[..end];
            let id_like = inner.contains('-')
                && inner.starts_with(|c: char| c.is_ascii_lowercase())
                && inner
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
            if id_like {
                return Some(format!("message id [{inner}]"));
            }
        }
    }
    [
        "gap_start",
        "gap_end",
        "benefit_end",
        "gap_medical",
        "gap_months",
    ]
    .into_iter()
    .find(|id| text.contains(id))
    .map(|id| format!("question id {id}"))
}

/// The wizard's error paths in both languages: bad and out-of-range months, an empty
/// multi-select, bad resume codes, a bad export name, a failed save, answers to give again.
/// Each shows its problem in words, with every placeable filled and no internal ids.
#[test]
fn error_paths_fill_every_placeable_and_name_no_ids() {
    use yibao_guide::config::Mode;
    use yibao_guide::engine::problem::Problem;
    use yibao_guide::tui::layout::plan;
    let g = Guide::embedded().unwrap();
    let typed = |start: Vec<Msg>, month: &str| {
        let mut v = start;
        v.extend(month.chars().map(Msg::Char));
        v.push(Msg::Confirm);
        v
    };
    let resigned = vec![Msg::Confirm, Msg::Choose(0)];
    let at_gap_end = typed(resigned.clone(), "202609");
    let code = |text: &str| {
        let mut v = vec![Msg::EnterCode];
        v.extend(text.chars().map(Msg::Char));
        v.push(Msg::Confirm);
        v
    };
    let mut checklist = to_review();
    checklist.push(Msg::Confirm);
    let mut kiosk_export = checklist.clone();
    kiosk_export.push(Msg::StartExport);
    kiosk_export.extend((0..40).map(|_| Msg::DeleteChar));
    kiosk_export.extend("../x.md".chars().map(Msg::Char));
    kiosk_export.push(Msg::Confirm);
    let mut failed_save = checklist.clone();
    failed_save.push(Msg::Exported(Err(Problem::new("write-failed")
        .arg("reason", "no-folder")
        .arg("error", "could not write: the folder does not exist."))));
    let mut nothing = to_situations();
    nothing.push(Msg::Confirm);
    let cases: Vec<(&str, Mode, Vec<Msg>)> = vec![
        (
            "half a month",
            Mode::Standard,
            typed(resigned.clone(), "20"),
        ),
        (
            "month 13",
            Mode::Standard,
            typed(resigned.clone(), "202613"),
        ),
        ("year 0", Mode::Standard, typed(resigned.clone(), "000001")),
        (
            "future start",
            Mode::Standard,
            typed(resigned.clone(), "202705"),
        ),
        ("too old", Mode::Standard, typed(resigned.clone(), "196001")),
        (
            "end before start",
            Mode::Standard,
            typed(at_gap_end.clone(), "202608"),
        ),
        (
            "end in the future",
            Mode::Standard,
            typed(at_gap_end, "202612"),
        ),
        (
            "benefit end",
            Mode::Standard,
            typed(vec![Msg::Confirm, Msg::Choose(1), Msg::Choose(0)], "202501"),
        ),
        ("nothing ticked", Mode::Standard, nothing),
        ("code typo", Mode::Standard, code("7KQ2-M9XD-4TPA-VR8")),
        ("code too short", Mode::Standard, code("ABC")),
        (
            "code bad character",
            Mode::Standard,
            code("1BXN-46HM-70PW-FYT!"),
        ),
        ("kiosk export name", Mode::Kiosk, kiosk_export),
        ("failed save", Mode::Standard, failed_save),
    ];
    for (name, mode, msgs) in &cases {
        for lang in Lang::ALL {
            for (w, h) in [(80, 24), (40, 15)] {
                let m = at_in(&g, *mode, lang, w, h, msgs);
                let what = format!("{name} {lang:?} {w}x{h}");
                assert!(
                    m.error.is_some() || m.status.as_ref().is_some_and(|s| s.error),
                    "{what}: no problem shown"
                );
                let p = plan(&m, w, h);
                let mut all: Vec<String> = p.body.iter().map(|l| l.line.to_string()).collect();
                all.extend(p.status.iter().map(|(s, _)| s.clone()));
                all.push(common::render(&m, w, h));
                for text in &all {
                    if let Some(bad) = leftovers(text) {
                        panic!("{what}: {bad}\n{text}");
                    }
                }
            }
        }
    }
    // Answers to give again after a resume code: named as the person reads them.
    for lang in Lang::ALL {
        let mut m = at(&g, lang, 80, 24, &[]);
        let notice = Problem::new("resume-ask-again").arg("questions", "gap_start, gap_end");
        let answers = yibao_guide::engine::answers::Answers::default();
        yibao_guide::tui::update::navigate::start_with_answers(&mut m, answers, Some(notice));
        let text = common::render(&m, 80, 24);
        assert_eq!(leftovers(&text), None, "{lang:?}\n{text}");
        let (status, _) = plan(&m, 80, 24).status.unwrap();
        assert_eq!(leftovers(&status), None, "{lang:?}: {status}");
        let label = yibao_guide::checklist::question_label(&g.locales, lang, "gap_start");
        assert!(status.contains(&label), "{lang:?}: {status}");
    }
}

/// The breadcrumb drops whole answers from the front (never part of a word) and says which
/// month is the first unpaid and which the last.
#[test]
fn breadcrumbs_keep_whole_answers_and_name_the_months() {
    use yibao_guide::tui::layout::plan;
    let g = Guide::embedded().unwrap();
    for lang in Lang::ALL {
        let wide = at(&g, lang, 200, 50, &to_situations());
        let full = plan(&wide, 200, 50).header[1].to_string();
        for id in ["gap_start", "gap_end"] {
            let label = yibao_guide::checklist::question_label(&g.locales, lang, id);
            assert!(full.contains(&label), "{lang:?}: {full}");
        }
        let parts: Vec<&str> = full.split(" > ").collect();
        for w in 40..=130 {
            let m = at(&g, lang, w, 24, &to_situations());
            let crumb = plan(&m, w, 24).header[1].to_string();
            let rest = crumb.strip_prefix(".. > ").unwrap_or(&crumb);
            for piece in rest.split(" > ") {
                let whole = parts.iter().any(|p| *p == piece || p.ends_with(piece));
                assert!(
                    whole,
                    "{lang:?} {w}: {piece:?} is not a whole answer in {crumb:?}"
                );
            }
        }
    }
}

/// A status message is read whole: at 40 columns it wraps onto more rows (up to three)
/// instead of being cut at the frame's edge, in both languages.
#[test]
fn long_status_messages_wrap_instead_of_being_cut() {
    let g = Guide::embedded().unwrap();
    for lang in Lang::ALL {
        let mut m = at(&g, lang, 40, 15, &[]);
        m.status = Some(yibao_guide::tui::model::Status {
            id: "ui-kiosk-print-failed",
            arg: Some("not-found".into()),
            error: true,
        });
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("detail", "not-found");
        let whole = g.locales.fmt(lang, "ui-kiosk-print-failed", Some(&args));
        assert!(
            yibao_guide::wrap::width(&whole) > 36,
            "the message must be longer than one row for this test: {whole}"
        );
        let buf = draw(&m, 40, 15);
        let screen: String = (0..15)
            .map(|y| cells_text(&buf, y, 2, 38))
            .collect::<Vec<_>>()
            .join("\n");
        let squeeze = |s: &str| s.split_whitespace().collect::<String>();
        assert!(
            squeeze(&screen).contains(&squeeze(&whole)),
            "{lang:?}: {whole}\n{screen}"
        );
    }
}
