//! Every reachable path, in both languages: each ends with materials, steps and caveats,
//! every message resolves, and the text follows the style rules a terminal depends on.

use yibao_guide::checklist::Checklist;
use yibao_guide::engine::paths::enumerate;
use yibao_guide::guide::Guide;
use yibao_guide::i18n::Lang;

/// Characters whose width differs between East Asian and Western terminals (STYLE.md).
const AMBIGUOUS: &[char] = &[
    '“', '”', '‘', '’', '·', '—', '–', '…', '•', '①', '※', '★', '～',
];

#[test]
fn every_path_in_both_languages_has_a_complete_sourced_checklist() {
    let guide = Guide::embedded().expect("shipped content loads");
    // Two days: mid-window (November) and outside the resident enrolment window (March).
    for today in ["2026-11-22", "2027-03-01"] {
        let today = today.parse().unwrap();
        let e = enumerate(&guide.content, today);
        assert!(!e.truncated);
        assert!(e.paths.len() >= 1000, "{} paths", e.paths.len());
        for case in &e.paths {
            for lang in Lang::ALL {
                let c = Checklist::build(&guide, lang, &case.answers, &case.walk);
                let describe = || format!("{lang:?} {:?}", case.walk.on_path);
                for required in ["materials", "steps", "caveats"] {
                    let s = c.sections.iter().find(|s| s.id == required).unwrap();
                    assert!(!s.items.is_empty(), "no {required}: {}", describe());
                }
                for s in &c.sections {
                    assert!(!s.title.starts_with('['), "missing section title {}", s.id);
                    for item in &s.items {
                        let t = &item.text;
                        assert!(
                            !t.starts_with("[item-"),
                            "missing message {}: {}",
                            item.id,
                            describe()
                        );
                        assert!(
                            !t.contains("{$") && !t.contains("{ $"),
                            "unresolved variable in {}: {t}",
                            item.id
                        );
                        assert!(!item.sources.is_empty(), "{} has no source", item.id);
                        assert!(
                            !t.contains(AMBIGUOUS),
                            "ambiguous-width character in {}: {t}",
                            item.id
                        );
                        if lang == Lang::Zh {
                            assert!(!t.contains("你"), "{} should say 您: {t}", item.id);
                        }
                    }
                }
                for (q, a) in &c.answer_rows {
                    assert!(
                        !q.starts_with('[') && !a.starts_with('['),
                        "missing label {q} / {a}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_advice_follows_the_gap_length() {
    // Spot checks that the rules' boundaries select the right items.
    let guide = Guide::embedded().unwrap();
    let e = enumerate(&guide.content, "2026-11-22".parse().unwrap());
    let ids = |case: &yibao_guide::engine::paths::PathCase| -> Vec<String> {
        case.items
            .iter()
            .map(|&i| guide.content.items[i].id.clone())
            .collect()
    };
    for case in &e.paths {
        let items = ids(case);
        let n = case.gap_months.unwrap();
        let ongoing = case.walk.facts.gap.is_some_and(|g| g.end.is_none());
        // The 3-month deadline appears exactly when the gap is ongoing and within 3 months
        // (0 months: cover stops this month, and the deadline is when it must restart).
        let deadline_shown = items.iter().any(|i| i == "window-deadline");
        assert_eq!(
            deadline_shown,
            ongoing && (1..=3).contains(&n),
            "{n} months, ongoing {ongoing}: {items:?}"
        );
    }
}
