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
