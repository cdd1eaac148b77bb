//! The advice rules, checked on every path `yibao-guide paths` lists, on two dates: the
//! checklist never contradicts itself for people on unemployment benefit or with employer
//! arrears, shows no deadline when there is no gap, never sends a retiree through a transfer,
//! and gives every `situations` option its own advice in both languages.

use std::collections::BTreeSet;
use yibao_guide::checklist::Checklist;
use yibao_guide::engine::answers::AnswerValue;
use yibao_guide::engine::paths::{PathCase, enumerate};
use yibao_guide::guide::Guide;
use yibao_guide::i18n::Lang;

/// Items about what a long gap costs: waiting periods, "first enrolment", restarts of the
/// continuity count, lower caps (and the note that years are kept, which speaks of them).
/// Months the unemployment fund paid and months an employer owes are not the person's gap,
/// so these never reach those people.
const LONG_GAP_PENALTIES: &[&str] = &[
    "rule-long",
    "long-not-reimbursed",
    "local-reduced-benefits",
    "no-one-year-wait",
    "years-kept-same-city",
    "resident-wait-estimate",
    "resident-wait-repair",
    "resident-wait-minimum",
    "resident-critical-illness-cap",
];

/// The cross-city transfer: not for retirees, who register to live elsewhere instead.
const TRANSFER_ITEMS: &[&str] = &[
    "insurance-certificate",
    "transfer-stop-old",
    "transfer-apply",
    "transfer-track",
    "rule-short-transfer",
    "rule-short-retro",
    "transfer-account-balance",
    "transfer-time-limits",
    "retire-consolidate",
];

/// What each `situations` option must bring.
const SITUATION_ITEMS: &[(&str, &[&str])] = &[
    (
        "pregnant",
        &[
            "pregnant-avoid-gap",
            "pregnant-spouse",
            "pregnant-other-cover",
        ],
    ),
    ("chronic_illness", &["chronic-reapply", "chronic-avoid-gap"]),
    ("foreign_national", &["foreign-documents", "foreign-local"]),
    (
        "retired",
        &["retired-register-elsewhere", "retired-no-transfer"],
    ),
    (
        "employer_closed",
        &["employer-closed-list", "employer-closed-priority"],
    ),
];

const DAYS: [&str; 2] = ["2026-11-29", "2027-03-01"];

fn item_ids(guide: &Guide, case: &PathCase) -> BTreeSet<String> {
    case.items
        .iter()
        .map(|&i| guide.content.items[i].id.clone())
        .collect()
}

fn choice<'a>(case: &'a PathCase, q: &str) -> Option<&'a str> {
    case.answers.choice(q)
}

fn situations(case: &PathCase) -> &[String] {
    case.answers.choices("situations").unwrap_or(&[])
}

/// Runs `check` on every path on both days, and fails naming the path.
fn every_path(mut check: impl FnMut(&Guide, &PathCase, &BTreeSet<String>) -> Result<(), String>) {
    let guide = Guide::embedded().expect("shipped content loads");
    for day in DAYS {
        let e = enumerate(&guide.content, day.parse().unwrap());
        assert!(!e.truncated, "the shipped content is enumerated whole");
        assert!(e.paths.len() > 10_000, "{} paths", e.paths.len());
        for case in &e.paths {
            let items = item_ids(&guide, case);
            if let Err(why) = check(&guide, case, &items) {
                panic!("{day} {:?}: {why}\nitems: {items:?}", case.answers);
            }
        }
    }
}

#[test]
fn no_long_gap_penalty_for_months_the_unemployment_fund_paid() {
    let mut seen = 0;
    every_path(|_, case, items| {
        if choice(case, "benefit") != Some("receiving") {
            return Ok(());
        }
        seen += 1;
        if let Some(bad) = LONG_GAP_PENALTIES.iter().find(|p| items.contains(**p)) {
            return Err(format!("{bad} shown to a person the fund pays for"));
        }
        for needed in ["unemployment-premium-paid", "benefit-months-not-gap"] {
            if !items.contains(needed) {
                return Err(format!("{needed} missing"));
            }
        }
        // The key date of the month new cover must start, or the step to find it out.
        let known = matches!(case.answers.get("benefit_end"), Some(AnswerValue::Month(_)));
        let date_item = if known {
            "benefit-end-date"
        } else {
            "benefit-end-ask"
        };
        if !items.contains(date_item) {
            return Err(format!("{date_item} missing"));
        }
        Ok(())
    });
    assert!(seen > 100, "{seen} paths with benefit = receiving");
}

#[test]
fn no_long_gap_penalty_for_an_employers_arrears() {
    let mut seen = 0;
    every_path(|_, case, items| {
        if choice(case, "reason") != Some("employer_unpaid") {
            return Ok(());
        }
        seen += 1;
        if let Some(bad) = LONG_GAP_PENALTIES.iter().find(|p| items.contains(**p)) {
            return Err(format!("{bad} shown for the employer's arrears"));
        }
        // What happens to the arrears months instead.
        for needed in ["arrears-employer-pays", "arrears-late-fee-employer"] {
            if !items.contains(needed) {
                return Err(format!("{needed} missing"));
            }
        }
        Ok(())
    });
    assert!(seen > 100, "{seen} arrears paths");
}

#[test]
fn staying_with_the_employer_is_offered_only_on_the_arrears_path() {
    let mut stays = 0;
    every_path(|_, case, items| {
        let stays_on = choice(case, "plan") == Some("same_employer");
        if stays_on {
            stays += 1;
            if choice(case, "reason") != Some("employer_unpaid") {
                return Err("same_employer offered off the arrears path".into());
            }
            if !items.contains("arrears-stay-employer") {
                return Err("arrears-stay-employer missing".into());
            }
            if case.answers.get("city").is_some() {
                return Err("a person who stays is asked where cover continues".into());
            }
            if items
                .iter()
                .any(|i| i.starts_with("enrol-") || i == "choose-route")
            {
                return Err("a person who stays is told to enrol elsewhere".into());
            }
        }
        Ok(())
    });
    assert!(stays > 10, "{stays} paths with plan = same_employer");
}

#[test]
fn no_gap_window_date_without_a_gap() {
    every_path(|_, case, items| {
        if case.gap_months == Some(0) && items.contains("window-deadline") {
            return Err("window-deadline at gap 0".into());
        }
        Ok(())
    });
}

#[test]
fn retirees_register_to_live_elsewhere_and_are_never_sent_through_a_transfer() {
    every_path(|_, case, items| {
        if !situations(case).iter().any(|s| s == "retired") {
            return Ok(());
        }
        if let Some(bad) = TRANSFER_ITEMS.iter().find(|t| items.contains(**t)) {
            return Err(format!("{bad} shown to a retiree"));
        }
        Ok(())
    });
}

#[test]
fn every_situation_selects_its_own_advice_in_both_languages() {
    let guide = Guide::embedded().unwrap();
    let mut selected_alone = BTreeSet::new();
    for day in DAYS {
        let e = enumerate(&guide.content, day.parse().unwrap());
        for case in &e.paths {
            let chosen = situations(case);
            let items = item_ids(&guide, case);
            for (option, expected) in SITUATION_ITEMS {
                let on = chosen.iter().any(|c| c == option);
                for item in *expected {
                    assert_eq!(
                        items.contains(*item),
                        on,
                        "{item} with situations {chosen:?} on {:?}",
                        case.answers
                    );
                }
                if on && chosen.len() == 1 {
                    selected_alone.insert(*option);
                }
            }
        }
    }
    assert_eq!(
        selected_alone.len(),
        SITUATION_ITEMS.len(),
        "{selected_alone:?}"
    );
    // Each option's words and its items' words exist in both languages.
    let case = enumerate(&guide.content, DAYS[0].parse().unwrap())
        .paths
        .into_iter()
        .find(|c| situations(c).len() == SITUATION_ITEMS.len())
        .expect("a path with every situation");
    for lang in Lang::ALL {
        let c = Checklist::build(&guide, lang, &case.answers, &case.walk);
        let texts: Vec<(&str, &str)> = c
            .sections
            .iter()
            .flat_map(|s| s.items.iter().map(|i| (i.id.as_str(), i.text.as_str())))
            .collect();
        for (_, expected) in SITUATION_ITEMS {
            for item in *expected {
                let (_, text) = texts
                    .iter()
                    .find(|(id, _)| id == item)
                    .unwrap_or_else(|| panic!("{item} missing in {lang:?}"));
                assert!(
                    !text.starts_with('[') && text.len() > 20,
                    "{lang:?} {item}: {text}"
                );
            }
        }
        let situations_row = c.answer_rows.last().unwrap();
        assert!(
            !situations_row.1.contains('[')
                && situations_row.1.contains(match lang {
                    Lang::Zh => "、",
                    Lang::En => ", ",
                }),
            "{lang:?}: {situations_row:?}"
        );
    }
}

#[test]
fn the_employee_insurance_waiting_cap_is_never_stated_as_a_cap_on_everything() {
    // "原则上不超过6个月" is the employee-insurance rule; resident waits can be longer.
    let guide = Guide::embedded().unwrap();
    let e = enumerate(&guide.content, DAYS[0].parse().unwrap());
    // One path per item is enough to read every item's words.
    let mut first_path = std::collections::BTreeMap::new();
    for case in &e.paths {
        for &i in &case.items {
            first_path.entry(i).or_insert(case);
        }
    }
    let mut checked = BTreeSet::new();
    for case in first_path.values() {
        for lang in Lang::ALL {
            let c = Checklist::build(&guide, lang, &case.answers, &case.walk);
            for item in c.sections.iter().flat_map(|s| &s.items) {
                if !checked.insert((lang, item.id.clone())) {
                    continue;
                }
                let t = &item.text;
                match lang {
                    Lang::Zh if t.contains("不超过6个月") => {
                        assert!(t.contains("职工医保"), "{}: {t}", item.id)
                    }
                    Lang::En if t.contains("6 months") && t.contains("no longer than") => {
                        assert!(t.contains("employee insurance"), "{}: {t}", item.id)
                    }
                    _ => {}
                }
            }
        }
    }
    assert!(checked.len() > 150, "{} items read", checked.len());
}

#[test]
fn resigning_over_unpaid_premiums_and_being_laid_off_bring_compensation_and_benefit_advice() {
    every_path(|_, case, items| {
        let need: &[&str] = match choice(case, "reason") {
            Some("resigned") => &["resigned-employer-fault", "arrears-compensation"],
            Some("employer_unpaid") => &["resigned-employer-fault", "arrears-compensation"],
            Some("laid_off") => &["laid-off-compensation", "contact-arbitration"],
            _ => &[],
        };
        match need.iter().find(|n| !items.contains(**n)) {
            Some(missing) => Err(format!("{missing} missing")),
            None => Ok(()),
        }
    });
}

#[test]
fn same_city_long_gaps_say_insured_years_are_kept() {
    every_path(|_, case, items| {
        let long = case.gap_months.is_some_and(|n| n >= 4);
        let personal = choice(case, "reason") != Some("employer_unpaid")
            && choice(case, "benefit") != Some("receiving");
        let expected = long && personal && choice(case, "city") == Some("same");
        if items.contains("years-kept-same-city") != expected {
            return Err(format!("years-kept-same-city should be {expected}"));
        }
        Ok(())
    });
}
