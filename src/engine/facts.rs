//! Derived facts: the policy arithmetic, computed from the answers and today's date.
//!
//! Everything here is a small, named calculation with its source in a comment, so a
//! reviewer can check it against the sources in `content/sources.yaml` and `docs/COVERAGE.md`.

use super::answers::{AnswerValue, Answers};
use super::month::{YearMonth, days_until};
use super::problem::Problem;
use chrono::{Datelike, NaiveDate};

/// The question whose answer is the first unpaid month.
pub const GAP_START: &str = "gap_start";
/// The optional question whose answer is the last unpaid month.
pub const GAP_END: &str = "gap_end";
/// The optional question whose answer is the month unemployment benefit ends.
pub const BENEFIT_END: &str = "benefit_end";
/// 社会保险法 art. 46: unemployment benefit is paid for at most 24 months.
pub(crate) const MAX_BENEFIT_MONTHS: u32 = 24;
/// The questions [`Facts::derive`] reads: every other answer leaves the facts as they are.
pub(crate) const FACT_INPUTS: [&str; 3] = [GAP_START, GAP_END, BENEFIT_END];
/// The batch-mode alias: `gap_months=N` instead of a `gap_start` month.
pub(crate) const GAP_MONTHS: &str = "gap_months";

/// 医保办发〔2021〕43号: a break of 3 months or less keeps cover continuous.
pub(crate) const WINDOW_MONTHS: u32 = 3;
/// 国办发〔2024〕38号: the fixed resident-insurance waiting period, in months.
pub(crate) const RESIDENT_FIXED_WAIT: u32 = 3;
/// Longest gap the guide accepts; beyond this the answer is surely a typo.
pub(crate) const MAX_GAP_MONTHS: u32 = 600;

/// What a fact is, for type-checking conditions and messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FactKind {
    Number,
    Bool,
    Date,
    Month,
}

macro_rules! facts {
    ($($variant:ident => $name:literal : $kind:ident,)*) => {
        /// A fact the content may use in `when` conditions and Fluent messages.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum Fact { $($variant,)* }

        impl Fact {
            pub const ALL: &'static [Fact] = &[$(Fact::$variant,)*];

            pub fn name(self) -> &'static str {
                match self { $(Fact::$variant => $name,)* }
            }

            pub fn kind(self) -> FactKind {
                match self { $(Fact::$variant => FactKind::$kind,)* }
            }

            /// Names of the facts `when` conditions may use (numbers and booleans).
            pub fn condition_names() -> Vec<&'static str> {
                Fact::ALL
                    .iter()
                    .filter(|f| matches!(f.kind(), FactKind::Number | FactKind::Bool))
                    .map(|f| f.name())
                    .collect()
            }

            pub fn from_name(name: &str) -> Option<Fact> {
                match name { $($name => Some(Fact::$variant),)* _ => None }
            }
        }
    };
}

facts! {
    Today => "today": Date,
    GapStart => "gap_start": Month,
    GapEnd => "gap_end": Month,
    GapOngoing => "gap_ongoing": Bool,
    GapMonths => "gap_months": Number,
    WindowLastMonth => "window_last_month": Month,
    WindowDeadline => "window_deadline": Date,
    WindowDaysLeft => "window_days_left": Number,
    UninsuredYears => "uninsured_years": Number,
    ResidentWaitMonths => "resident_wait_months": Number,
    ResidentWindowOpen => "resident_window_open": Bool,
    ResidentWindowStart => "resident_window_start": Date,
    ResidentWindowEnd => "resident_window_end": Date,
    ResidentCoverFrom => "resident_cover_from": Date,
    BenefitEnd => "benefit_end": Month,
    BenefitNextMonth => "benefit_next_month": Month,
}

/// A fact's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FactValue {
    Number(i64),
    Bool(bool),
    Date(NaiveDate),
    Month(YearMonth),
}

/// Facts about the gap; known once the gap question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GapFacts {
    pub start: YearMonth,
    pub end: Option<YearMonth>,
    pub months: u32,
    pub window_last_month: YearMonth,
    pub window_deadline: NaiveDate,
    pub window_days_left: u32,
    pub uninsured_years: u32,
    pub resident_wait_months: u32,
}

/// All derived facts for one set of answers on one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Facts {
    pub today: NaiveDate,
    pub gap: Option<GapFacts>,
    pub resident_window_open: bool,
    pub resident_window_start: NaiveDate,
    pub resident_window_end: NaiveDate,
    pub resident_cover_from: NaiveDate,
    /// The last month unemployment benefit pays, when the person knows it: the fund pays the
    /// medical premium up to then (社会保险法 art. 48), and new cover must start the month
    /// after.
    pub benefit_end: Option<YearMonth>,
}

impl Facts {
    /// Derives the facts from the answers on the person's path.
    pub fn derive(answers: &Answers, today: NaiveDate) -> Facts {
        let start = match answers.get(GAP_START) {
            Some(AnswerValue::Month(m)) => Some(*m),
            _ => None,
        };
        let end = match answers.get(GAP_END) {
            Some(AnswerValue::Month(m)) => Some(*m),
            _ => None,
        };
        let benefit_end = match answers.get(BENEFIT_END) {
            Some(AnswerValue::Month(m)) => Some(*m),
            _ => None,
        };
        let (window_start, window_end, open) = resident_window(today);
        Facts {
            today,
            gap: start.map(|start| gap_facts(start, end, today)),
            resident_window_open: open,
            resident_window_start: window_start,
            resident_window_end: window_end,
            resident_cover_from: NaiveDate::from_ymd_opt(window_end.year() + 1, 1, 1)
                .unwrap_or(window_end),
            benefit_end,
        }
    }

    pub fn get(&self, fact: Fact) -> Option<FactValue> {
        use FactValue::*;
        let gap = self.gap.as_ref();
        Some(match fact {
            Fact::Today => Date(self.today),
            Fact::GapStart => Month(gap?.start),
            Fact::GapEnd => Month(gap?.end?),
            Fact::GapOngoing => Bool(gap?.end.is_none()),
            Fact::GapMonths => Number(gap?.months.into()),
            Fact::WindowLastMonth => Month(gap?.window_last_month),
            Fact::WindowDeadline => Date(gap?.window_deadline),
            Fact::WindowDaysLeft => Number(gap?.window_days_left.into()),
            Fact::UninsuredYears => Number(gap?.uninsured_years.into()),
            Fact::ResidentWaitMonths => Number(gap?.resident_wait_months.into()),
            Fact::ResidentWindowOpen => Bool(self.resident_window_open),
            Fact::ResidentWindowStart => Date(self.resident_window_start),
            Fact::ResidentWindowEnd => Date(self.resident_window_end),
            Fact::ResidentCoverFrom => Date(self.resident_cover_from),
            Fact::BenefitEnd => Month(self.benefit_end?),
            Fact::BenefitNextMonth => Month(self.benefit_end?.plus(1)),
        })
    }
}

fn gap_facts(start: YearMonth, end: Option<YearMonth>, today: NaiveDate) -> GapFacts {
    // Months are counted inclusively: a gap from September to November is 3 unpaid months,
    // the count 医保办发〔2021〕43号 compares with "3个月（含）". A start next month means cover
    // has not lapsed yet: 0 months.
    let last_unpaid = end.unwrap_or(YearMonth::of(today));
    let months = u32::try_from(start.months_until(last_unpaid) + 1).unwrap_or(0);
    let window_last_month = start.plus(i64::from(WINDOW_MONTHS) - 1);
    let window_deadline = window_last_month.last_day();
    let uninsured_years = months / 12;
    GapFacts {
        start,
        end,
        months,
        window_last_month,
        window_deadline,
        window_days_left: days_until(today, window_deadline),
        uninsured_years,
        // 国办发〔2024〕38号: fixed 3 months, plus 1 month for each full year without cover.
        resident_wait_months: RESIDENT_FIXED_WAIT + uninsured_years,
    }
}

/// The usual resident-insurance enrolment period: 1 September to 31 December, with cover
/// from 1 January. Not a national rule: the content says to confirm locally.
fn resident_window(today: NaiveDate) -> (NaiveDate, NaiveDate, bool) {
    let year = today.year();
    let start = NaiveDate::from_ymd_opt(year, 9, 1).unwrap_or(today);
    let end = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(today);
    (start, end, today >= start)
}

/// The months a month question may take, given today and earlier answers: a gap can start
/// at most next month (cover stops at the end of this one) and end at most this month.
pub(crate) fn month_bounds(
    question: &str,
    answers: &Answers,
    today: NaiveDate,
) -> (YearMonth, YearMonth) {
    let this_month = YearMonth::of(today);
    let earliest = this_month.plus(-(i64::from(MAX_GAP_MONTHS) - 1));
    match question {
        GAP_END => {
            let start = match answers.get(GAP_START) {
                Some(AnswerValue::Month(m)) => *m,
                _ => earliest,
            };
            (start.min(this_month), this_month)
        }
        // Someone receiving benefit: it ends this month at the earliest, and lasts at most
        // 24 months.
        BENEFIT_END => (this_month, this_month.plus(i64::from(MAX_BENEFIT_MONTHS))),
        _ => (earliest, this_month.plus(1)),
    }
}

/// Checks a month answer against [`month_bounds`].
pub(crate) fn check_month(
    question: &str,
    value: YearMonth,
    answers: &Answers,
    today: NaiveDate,
) -> Result<(), Problem> {
    let (min, max) = month_bounds(question, answers, today);
    if question == BENEFIT_END && !(min..=max).contains(&value) {
        return Err(Problem::new("answer-benefit-end-range")
            .arg("question", question)
            .arg("value", value)
            .arg("earliest", min)
            .arg("latest", max));
    }
    if value > max {
        let code = if question == GAP_END {
            "answer-gap-end-future"
        } else {
            "answer-month-future"
        };
        return Err(Problem::new(code)
            .arg("question", question)
            .arg("value", value)
            .arg("latest", max));
    }
    if value < min {
        let code = if question == GAP_END {
            "answer-gap-end-before-start"
        } else {
            "answer-month-too-old"
        };
        return Err(Problem::new(code)
            .arg("question", question)
            .arg("value", value)
            .arg("earliest", min));
    }
    Ok(())
}

/// Turns `gap_months=N` into the first unpaid month: N unpaid months up to this month.
pub(crate) fn gap_start_from_months(months: u32, today: NaiveDate) -> Result<YearMonth, Problem> {
    if months > MAX_GAP_MONTHS {
        return Err(Problem::new("answer-gap-too-long")
            .arg("value", months)
            .arg("max", MAX_GAP_MONTHS));
    }
    Ok(YearMonth::of(today).plus(1 - i64::from(months)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }
    fn ym(s: &str) -> YearMonth {
        s.parse().unwrap()
    }
    fn facts(start: &str, end: Option<&str>, today: &str) -> Facts {
        let mut a = Answers::default();
        a.set(GAP_START, AnswerValue::Month(ym(start)));
        if let Some(e) = end {
            a.set(GAP_END, AnswerValue::Month(ym(e)));
        }
        Facts::derive(&a, day(today))
    }

    #[test]
    fn gap_counts_unpaid_months_inclusively() {
        let f = facts("2026-09", None, "2026-11-22");
        let g = f.gap.unwrap();
        assert_eq!(g.months, 3);
        assert_eq!(g.window_last_month, ym("2026-11"));
        assert_eq!(g.window_deadline, day("2026-11-30"));
        assert_eq!(g.window_days_left, 8);
        assert_eq!(f.get(Fact::GapOngoing), Some(FactValue::Bool(true)));
    }

    #[test]
    fn gap_starting_next_month_is_zero_months() {
        let g = facts("2026-12", None, "2026-11-22").gap.unwrap();
        assert_eq!(g.months, 0);
        assert_eq!(g.window_deadline, day("2027-02-28"));
    }

    #[test]
    fn window_crosses_the_year_and_leap_february() {
        let g = facts("2027-12", None, "2027-12-01").gap.unwrap();
        assert_eq!(g.window_last_month, ym("2028-02"));
        assert_eq!(g.window_deadline, day("2028-02-29"));
        assert_eq!(g.window_days_left, 90);
    }

    #[test]
    fn past_deadline_leaves_zero_days() {
        let g = facts("2026-08", None, "2026-11-22").gap.unwrap();
        assert_eq!(g.months, 4);
        assert_eq!(g.window_days_left, 0);
    }

    #[test]
    fn benefit_end_gives_the_month_new_cover_must_start() {
        let mut a = Answers::default();
        a.set(BENEFIT_END, AnswerValue::Month(ym("2027-03")));
        let f = Facts::derive(&a, day("2026-11-29"));
        assert_eq!(
            f.get(Fact::BenefitEnd),
            Some(FactValue::Month(ym("2027-03")))
        );
        assert_eq!(
            f.get(Fact::BenefitNextMonth),
            Some(FactValue::Month(ym("2027-04")))
        );
        a.set(BENEFIT_END, AnswerValue::NoMonth);
        let f = Facts::derive(&a, day("2026-11-29"));
        assert_eq!(f.get(Fact::BenefitNextMonth), None, "not known: no date");
    }

    #[test]
    fn benefit_end_lies_between_this_month_and_24_months_ahead() {
        let a = Answers::default();
        let today = day("2026-11-29");
        assert!(check_month(BENEFIT_END, ym("2026-11"), &a, today).is_ok());
        assert!(check_month(BENEFIT_END, ym("2028-11"), &a, today).is_ok());
        for bad in ["2026-10", "2028-12", "2200-12"] {
            let p = check_month(BENEFIT_END, ym(bad), &a, today).unwrap_err();
            assert_eq!(p.code, "answer-benefit-end-range", "{bad}");
        }
    }

    #[test]
    fn gap_end_closes_the_count() {
        let f = facts("2026-01", Some("2026-02"), "2026-11-22");
        assert_eq!(f.gap.unwrap().months, 2);
        assert_eq!(f.get(Fact::GapOngoing), Some(FactValue::Bool(false)));
    }

    #[test]
    fn resident_wait_adds_a_month_per_full_year() {
        let wait = |start: &str| facts(start, None, "2026-11-22").gap.unwrap();
        // 12 months: Dec 2025 .. Nov 2026 -> one full year.
        assert_eq!(wait("2025-12").months, 12);
        assert_eq!(wait("2025-12").resident_wait_months, 4);
        assert_eq!(wait("2026-01").resident_wait_months, 3);
        assert_eq!(wait("2022-12").months, 48);
        assert_eq!(wait("2022-12").resident_wait_months, 7);
    }

    #[test]
    fn resident_window_is_this_autumn() {
        let f = facts("2026-09", None, "2026-11-22");
        assert!(f.resident_window_open);
        assert_eq!(f.resident_window_start, day("2026-09-01"));
        assert_eq!(f.resident_window_end, day("2026-12-31"));
        assert_eq!(f.resident_cover_from, day("2027-01-01"));
        let f = facts("2026-09", None, "2027-03-01");
        assert!(!f.resident_window_open);
        assert_eq!(f.resident_window_start, day("2027-09-01"));
        let f = facts("2026-09", None, "2026-08-31");
        assert!(!f.resident_window_open);
        let f = facts("2026-09", None, "2026-12-31");
        assert!(f.resident_window_open);
    }

    #[test]
    fn gap_months_alias_maps_to_a_start_month() {
        let today = day("2026-01-15");
        assert_eq!(gap_start_from_months(1, today).unwrap(), ym("2026-01"));
        assert_eq!(gap_start_from_months(0, today).unwrap(), ym("2026-02"));
        assert_eq!(gap_start_from_months(13, today).unwrap(), ym("2025-01"));
        assert_eq!(
            gap_start_from_months(601, today).unwrap_err().code,
            "answer-gap-too-long"
        );
    }

    #[test]
    fn month_bounds_refuse_future_and_inverted_gaps() {
        let today = day("2026-11-22");
        let mut a = Answers::default();
        assert!(check_month(GAP_START, ym("2026-12"), &a, today).is_ok());
        assert_eq!(
            check_month(GAP_START, ym("2027-01"), &a, today)
                .unwrap_err()
                .code,
            "answer-month-future"
        );
        a.set(GAP_START, AnswerValue::Month(ym("2026-06")));
        assert_eq!(
            check_month(GAP_END, ym("2026-05"), &a, today)
                .unwrap_err()
                .code,
            "answer-gap-end-before-start"
        );
        assert_eq!(
            check_month(GAP_END, ym("2026-12"), &a, today)
                .unwrap_err()
                .code,
            "answer-gap-end-future"
        );
        assert!(check_month(GAP_END, ym("2026-11"), &a, today).is_ok());
    }
}
