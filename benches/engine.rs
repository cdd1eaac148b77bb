//! `cargo bench`: in-process timings, medians of repeated runs. No assertions: numbers go to
//! BENCHMARKS.md (bench/run.sh collects them with the terminal measurements).
//!
//! - key to frame: what the runtime does for a key: `update`, the screen planned once and its
//!   scroll settled (`step_planned`), then that plan drawn into an 80x24 buffer;
//! - batch checklist: resolve answers, walk, build and render Markdown;
//! - load + validate for synthetic question trees of 100, 1,000 and 10,000 questions.

#[path = "support/synthetic.rs"]
mod tree;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant};
use yibao_guide::engine::files::{GuideFiles, TextFile};
use yibao_guide::guide::Guide;
use yibao_guide::i18n::Lang;
use yibao_guide::tui::model::{Model, Msg};
use yibao_guide::tui::step as update;
use yibao_guide::tui::step_planned;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time<F: FnMut()>(runs: usize, mut f: F) -> Duration {
    f(); // warm up
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect(),
    )
}

fn show(name: &str, d: Duration) {
    println!("{name:<40} {:>12.3} ms", d.as_secs_f64() * 1000.0);
}

/// Median time of one key (Down or Up, alternating) as the runtime handles it: one step
/// (update, plan, settle) and the kept plan drawn.
fn key_to_frame(m: &mut Model<'_>, terminal: &mut Terminal<TestBackend>) -> Duration {
    let mut down = true;
    time(2000, || {
        let (_, plan) = step_planned(m, if down { Msg::Down } else { Msg::Up });
        down = !down;
        terminal
            .draw(|f| yibao_guide::tui::view::draw(m, &plan, f))
            .unwrap();
    })
}

/// The synthetic content: the question tree of [`tree::questions_yaml`], three
/// checklist items, one source, and every message both languages need.
fn synthetic(n: usize) -> GuideFiles {
    let q = tree::questions_yaml(n);
    let checklist = "sections: [materials, steps, caveats]\nitems:\n  - id: m\n    section: materials\n    sources: [s]\n  - id: s\n    section: steps\n    sources: [s]\n  - id: c\n    section: caveats\n    sources: [s]\n";
    let mut ftl = String::from(
        "section-materials = M\nsection-steps = S\nsection-caveats = C\nitem-m = m\nitem-s = s\nitem-c = c\nsource-s = S\n    .issuer = I\n",
    );
    ftl.push_str("q-gap_start = G\n    .short = G\n    .help = G\n    .aloud = G\n");
    for i in 0..n {
        let _ = write!(
            ftl,
            "q-q{i} = Q{i}\n    .short = Q\n    .help = H\n    .aloud = A\nq-q{i}-yes = Y\nq-q{i}-no = N\n"
        );
    }
    let embedded = GuideFiles::embedded();
    let text = |name: &str, text: String| TextFile {
        path: format!("synthetic/{name}"),
        name: name.into(),
        text: text.into(),
    };
    let mut locales = embedded.locales.clone();
    for l in &mut locales {
        // Keep the interface, error and command-line messages; replace the content's.
        l.files.retain(|f| f.name != "content.ftl");
        l.files.push(text("content.ftl", ftl.clone()));
    }
    GuideFiles {
        content: vec![
            text(
                "meta.yaml",
                "content_version: \"bench\"\nreviewed: 2026-11-22\nstart: gap_start\n".into(),
            ),
            text("questions.yaml", q),
            text("checklist.yaml", checklist.into()),
            text(
                "sources.yaml",
                "sources:\n  - id: s\n    date: 2026-01-01\n    grade: A\n".into(),
            ),
        ],
        locales,
    }
}

fn main() {
    let guide = Guide::embedded().expect("content loads");
    let today = "2026-11-22".parse().unwrap();

    // Key to frame.
    let mut m = Model::new(&guide, Lang::Zh, today);
    update(&mut m, Msg::Resize(80, 24));
    update(&mut m, Msg::Confirm);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    show(
        "key to frame (question, 80x24)",
        key_to_frame(&mut m, &mut terminal),
    );
    for msg in [Msg::Choose(1), Msg::Choose(0)] {
        update(&mut m, msg);
    }
    for c in "202609".chars() {
        update(&mut m, Msg::Char(c));
    }
    for msg in [
        Msg::Confirm,
        Msg::NoMonth,
        Msg::Choose(1),
        Msg::Choose(1),
        Msg::Choose(0),
        Msg::Confirm,
    ] {
        update(&mut m, msg);
    }
    show(
        "key to frame (checklist, 80x24)",
        key_to_frame(&mut m, &mut terminal),
    );

    // Batch checklist, the work of `yibao-guide checklist` after start-up.
    let flags = [
        "reason=laid_off",
        "benefit=receiving",
        "gap_months=4",
        "gap_end=none",
        "plan=resident",
        "city=other",
        "gap_medical=yes",
    ];
    show(
        "batch checklist (resolve+build+markdown)",
        time(500, || {
            let raw: Vec<_> = flags
                .iter()
                .map(|f| yibao_guide::batch::parse_answer_flag(f).unwrap())
                .collect();
            let answers = yibao_guide::batch::resolve(&guide.content, &raw, today).unwrap();
            let w = yibao_guide::engine::flow::walk(&guide.content, &answers, today);
            let c = yibao_guide::checklist::Checklist::build(&guide, Lang::Zh, &answers, &w);
            black_box(yibao_guide::render::render_markdown(
                &c,
                &guide.locales,
                Lang::Zh,
            ));
        }),
    );
    show(
        "load shipped content",
        time(50, || drop(black_box(Guide::embedded().unwrap()))),
    );
    show(
        "validate shipped content (in process)",
        time(10, || {
            drop(black_box(yibao_guide::validate::validate(
                &GuideFiles::embedded(),
                today,
            )))
        }),
    );

    if std::env::var_os("BENCH_STARTUP").is_some() {
        let files = GuideFiles::embedded();
        show(
            "startup: embedded files",
            time(50, || drop(black_box(GuideFiles::embedded()))),
        );
        show(
            "startup: compiled content (build.rs)",
            time(50, || {
                drop(black_box(
                    yibao_guide::compiled::compiled_for(&files.content).unwrap(),
                ))
            }),
        );
        show(
            "(content yaml, what build.rs saves)",
            time(50, || {
                drop(black_box(
                    yibao_guide::engine::content::Content::load(&files.content).unwrap(),
                ))
            }),
        );
        show(
            "startup: locales, first language",
            time(50, || {
                let l = yibao_guide::i18n::Locales::embedded().unwrap();
                black_box(l.text(Lang::Zh, "ui-title"));
            }),
        );
        show(
            "(locales, both languages)",
            time(50, || {
                drop(black_box(yibao_guide::i18n::Locales::load(&files).unwrap()))
            }),
        );
        let c = yibao_guide::engine::content::Content::load(&files.content).unwrap();
        let l = yibao_guide::i18n::Locales::load(&files).unwrap();
        show(
            "(check_messages, skipped for built-ins)",
            time(50, || {
                drop(black_box(yibao_guide::validate::check_messages(&c, &l)))
            }),
        );
        return;
    }
    if std::env::var_os("BENCH_PHASES").is_some() {
        let files = synthetic(10_000);
        let t = Instant::now();
        let _: serde::de::IgnoredAny = serde_saphyr::from_str(&files.content[1].text).unwrap();
        show(
            &format!(
                "phase: raw yaml parse ({} KiB)",
                files.content[1].text.len() / 1024
            ),
            t.elapsed(),
        );
        let t = Instant::now();
        let content = yibao_guide::engine::content::Content::load(&files.content).unwrap();
        show("phase: content load 10k", t.elapsed());
        let t = Instant::now();
        let locales = yibao_guide::i18n::Locales::load(&files).unwrap();
        show("phase: locales load 10k", t.elapsed());
        let t = Instant::now();
        black_box(yibao_guide::validate::check_messages(&content, &locales));
        show("phase: check_messages 10k", t.elapsed());

        let t = Instant::now();
        black_box(yibao_guide::validate::check_graph(&content));
        show("phase: check_graph 10k", t.elapsed());
        let t = Instant::now();
        let e = yibao_guide::engine::paths::enumerate(&content, today);
        show("phase: enumerate 10k", t.elapsed());
        drop(e);
        let t = Instant::now();
        black_box(yibao_guide::validate::check_paths(
            &content, &locales, today,
        ));
        show("phase: check_paths 10k", t.elapsed());
        return;
    }
    // Load + validate of synthetic trees: the growth should be about linear.
    for n in [100, 1_000, 10_000] {
        let files = synthetic(n);
        let report = yibao_guide::validate::validate(&files, today);
        assert!(
            report.problems.is_empty(),
            "synthetic tree of {n} is invalid: {:?}",
            &report.problems[..report.problems.len().min(3)]
        );
        let runs = if n >= 10_000 { 15 } else { 20 };
        let d = time(runs, || {
            drop(black_box(yibao_guide::validate::validate(&files, today)))
        });
        show(
            &format!("load+validate {n} questions ({} paths)", report.paths),
            d,
        );
    }
}
