//! Golden files for every path, so any change to routing, selection or wording shows up as
//! a readable diff in review.
//!
//! Every reachable path (gap months sampled at 0, 1, 3, 4, 12, 13, 48; gap ended or not) is
//! rendered as Markdown in Chinese and English. Rendering 2 x 15,000 full checklists into the
//! repository would be megabytes no one reads, so the goldens split what a checklist is made
//! of, and the test checks that each rendered checklist is made exactly of them:
//!
//! - `tests/golden/selection.txt`: each path answered `situations=none` and the item ids it
//!   selects, by section (language-independent: routing and `when` conditions);
//! - `tests/golden/situations.txt`: for every other `situations` answer, the items it adds
//!   and removes compared with the same path answered "none", grouped, with path counts;
//! - `tests/golden/<lang>/texts.md`: every distinct text of every item as rendered on some
//!   path (wording, computed dates, local marks);
//! - `tests/golden/<lang>/samples/*.md`: the whole Markdown of one path per reason, read as
//!   a person would read it.
//!
//! To accept a reviewed change: `UPDATE_GOLDEN=1 cargo test --test golden`, then read the diff.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::PathBuf;
use yibao_guide::checklist::Checklist;
use yibao_guide::engine::paths::enumerate;
use yibao_guide::guide::Guide;
use yibao_guide::i18n::Lang;
use yibao_guide::render::render_markdown;
use yibao_guide::validate::describe_path;

const TODAY: &str = "2026-11-22";

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Compares `actual` with the golden file, or writes it when UPDATE_GOLDEN is set.
fn check(rel: &str, actual: &str, failures: &mut Vec<String>) {
    let path = golden_dir().join(rel);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    match std::fs::read_to_string(&path) {
        Ok(expected) if expected == actual => {}
        Ok(expected) => {
            let first = expected
                .lines()
                .zip(actual.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
            failures.push(format!(
                "{rel} differs from line {}:\n  golden: {:?}\n  now:    {:?}",
                first + 1,
                expected.lines().nth(first).unwrap_or("<end>"),
                actual.lines().nth(first).unwrap_or("<end>")
            ));
        }
        Err(_) => failures.push(format!(
            "{rel} is missing: run UPDATE_GOLDEN=1 cargo test --test golden"
        )),
    }
}

#[test]
fn every_path_in_both_languages_matches_the_golden_files() {
    let guide = Guide::embedded().expect("shipped content loads");
    let today = TODAY.parse().unwrap();
    let e = enumerate(&guide.content, today);
    assert!(!e.truncated);
    let mut failures = Vec::new();

    // Paths answered "none of these" to `situations` are listed whole; every other
    // situations answer is listed as what it changes on the same path, grouped, so the file
    // stays readable (15,000 whole paths would be 12 MB no one reviews).
    let mut selection = String::from(
        "# Every path answered situations=none and the items it selects (see tests/golden.rs).\n",
    );
    let without_situations = |line: &str| -> String {
        line.split(' ')
            .filter(|t| !t.starts_with("situations="))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut base: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    let ids_of = |case: &yibao_guide::engine::paths::PathCase| -> BTreeSet<&str> {
        case.items
            .iter()
            .map(|&i| guide.content.items[i].id.as_str())
            .collect()
    };
    for case in &e.paths {
        if case
            .answers
            .choices("situations")
            .is_some_and(|c| !c.is_empty())
        {
            continue;
        }
        let line = describe_path(&guide.content, case);
        base.insert(without_situations(&line), ids_of(case));
        let _ = writeln!(selection, "{line}");
        for (si, section) in guide.content.sections.iter().enumerate() {
            let ids: Vec<&str> = case
                .items
                .iter()
                .filter(|&&i| guide.content.items[i].section == si)
                .map(|&i| guide.content.items[i].id.as_str())
                .collect();
            let _ = writeln!(selection, "  {}: {}", section.id, ids.join(" "));
        }
    }
    // situations answer -> (items added, items removed) -> number of paths.
    type Delta<'a> = (Vec<&'a str>, Vec<&'a str>);
    let mut deltas: BTreeMap<String, BTreeMap<Delta, usize>> = BTreeMap::new();
    for case in &e.paths {
        let Some(chosen) = case.answers.choices("situations").filter(|c| !c.is_empty()) else {
            continue;
        };
        let line = describe_path(&guide.content, case);
        let Some(before) = base.get(&without_situations(&line)) else {
            failures.push(format!("no situations=none path for {line}"));
            continue;
        };
        let now = ids_of(case);
        let added = now.difference(before).copied().collect();
        let removed = before.difference(&now).copied().collect();
        *deltas
            .entry(chosen.join(","))
            .or_default()
            .entry((added, removed))
            .or_default() += 1;
    }
    let mut changes = String::from(
        "# What each situations answer adds (+) and removes (-), compared with the same path\n\
         # answered situations=none, and on how many paths (see tests/golden.rs).\n",
    );
    for (chosen, by_delta) in &deltas {
        let _ = writeln!(changes, "situations={chosen}");
        for ((added, removed), n) in by_delta {
            let _ = writeln!(
                changes,
                "  {n} paths: + {}  - {}",
                added.join(" "),
                removed.join(" ")
            );
        }
    }
    check("situations.txt", &changes, &mut failures);
    check("selection.txt", &selection, &mut failures);

    for lang in Lang::ALL {
        let code = lang.code();
        // item id -> every distinct text it renders to, over all paths.
        let mut texts: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut samples: BTreeMap<String, String> = BTreeMap::new();
        for case in &e.paths {
            let c = Checklist::build(&guide, lang, &case.answers, &case.walk);
            let md = render_markdown(&c, &guide.locales, lang);
            // Every item of the rendered Markdown appears in it, in order: the Markdown is
            // made of the golden texts and the golden selection.
            let mut at = 0;
            for section in &c.sections {
                for item in &section.items {
                    let mut text = item.text.clone();
                    if item.local {
                        text.push_str(&guide.locales.text(lang, "ui-local-mark"));
                    }
                    texts
                        .entry(item.id.clone())
                        .or_default()
                        .insert(text.clone());
                    let escaped = yibao_guide::render::escape_markdown(&text);
                    match md[at..].find(&escaped) {
                        Some(i) => at += i + escaped.len(),
                        None => failures.push(format!(
                            "{code}: {} not rendered in order for {}",
                            item.id,
                            describe_path(&guide.content, case)
                        )),
                    }
                }
            }
            // One whole checklist per reason: the first path with the gap in the 3-month
            // window, still ongoing, if any.
            let reason = case
                .walk
                .on_path
                .choice("reason")
                .unwrap_or("none")
                .to_owned();
            let preferred =
                case.gap_months == Some(3) && case.walk.facts.gap.is_some_and(|g| g.end.is_none());
            if preferred && !samples.contains_key(&reason) {
                let header = format!("<!-- {} -->\n", describe_path(&guide.content, case));
                samples.insert(reason, header + &md);
            }
        }
        let mut out =
            format!("# Every item's rendered text ({code}, today {TODAY}). See tests/golden.rs.\n");
        for (id, variants) in &texts {
            let _ = writeln!(out, "\n## {id}\n");
            for v in variants {
                let _ = writeln!(out, "- {v}");
            }
        }
        check(&format!("{code}/texts.md"), &out, &mut failures);
        for (reason, md) in &samples {
            check(&format!("{code}/samples/{reason}.md"), md, &mut failures);
        }
    }
    assert!(
        failures.is_empty(),
        "{} golden mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
