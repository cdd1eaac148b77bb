//! Calendar months (`YYYY-MM`) and the small date arithmetic the advice needs.
//!
//! Policy rules count whole calendar months ("中断缴费3个月"), so the engine works in
//! months and turns them into concrete dates only at the edges (deadlines, windows).

use chrono::{Datelike, NaiveDate};
use std::fmt;
use std::str::FromStr;

/// A calendar month, e.g. 2026-09.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: i32,
    /// 1..=12
    month: u32,
}

/// Why a `YYYY-MM` string was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MonthParseError {
    #[error("expected a month written as YYYY-MM, for example 2026-09")]
    Format,
    #[error("month {0} does not exist: months run from 01 to 12")]
    MonthOutOfRange(u32),
    #[error("year {0} is outside the range this guide handles (1950 to 2200)")]
    YearOutOfRange(i32),
}

impl YearMonth {
    /// The earliest and latest years accepted anywhere; keeps arithmetic far from overflow.
    pub const MIN_YEAR: i32 = 1950;
    pub const MAX_YEAR: i32 = 2200;

    /// Returns `None` unless `month` is 1..=12 and the year is in range.
    pub fn new(year: i32, month: u32) -> Option<Self> {
        ((1..=12).contains(&month) && (Self::MIN_YEAR..=Self::MAX_YEAR).contains(&year))
            .then_some(YearMonth { year, month })
    }

    pub fn of(date: NaiveDate) -> Self {
        YearMonth {
            year: date.year(),
            month: date.month(),
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        self.month
    }

    /// Months since year 0, a linear index that makes arithmetic trivial.
    fn index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }

    fn from_index(index: i64) -> Self {
        YearMonth {
            year: index.div_euclid(12) as i32,
            month: index.rem_euclid(12) as u32 + 1,
        }
    }

    /// This month moved by `months` (negative goes back).
    pub fn plus(self, months: i64) -> Self {
        Self::from_index(self.index() + months)
    }

    /// Whole months from `self` to `later`; negative when `later` is earlier.
    pub fn months_until(self, later: YearMonth) -> i64 {
        later.index() - self.index()
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).expect("validated year and month")
    }

    pub fn last_day(self) -> NaiveDate {
        self.plus(1)
            .first_day()
            .pred_opt()
            .expect("the day before a valid first day exists")
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl FromStr for YearMonth {
    type Err = MonthParseError;

    /// Accepts `YYYY-MM` and, leniently, `YYYY-M`, `YYYY/MM`, `YYYY.MM`, `2026年8月`,
    /// `8/2026`, `Aug 2026` and `August 2026`, with spaces around; people type months many
    /// ways and the meaning is never in doubt.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let all_digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        // 2026年8月 (月 optional).
        if let Some((y, m)) = s.split_once('年') {
            let m = m.trim().strip_suffix('月').unwrap_or(m).trim();
            return year_month(y.trim(), m, all_digits);
        }
        // Aug 2026, August 2026.
        if let Some((name, y)) = s.split_once(' ')
            && let Some(month) = english_month(name.trim_end_matches(['.', ',']))
        {
            return year_month(y.trim(), &month.to_string(), all_digits);
        }
        let (a, b) = s
            .split_once(['-', '/', '.'])
            .ok_or(MonthParseError::Format)?;
        let (a, b) = (a.trim(), b.trim());
        // 8/2026: the month first, as some people write it.
        if b.len() == 4 && a.len() <= 2 {
            return year_month(b, a, all_digits);
        }
        year_month(a, b, all_digits)
    }
}

/// Builds a month from a four-digit year and a one- or two-digit month, both in digits.
fn year_month(
    y: &str,
    m: &str,
    all_digits: impl Fn(&str) -> bool,
) -> Result<YearMonth, MonthParseError> {
    if y.len() != 4 || !all_digits(y) || m.len() > 2 || !all_digits(m) {
        return Err(MonthParseError::Format);
    }
    let year: i32 = y.parse().map_err(|_| MonthParseError::Format)?;
    let month: u32 = m.parse().map_err(|_| MonthParseError::Format)?;
    if !(1..=12).contains(&month) {
        return Err(MonthParseError::MonthOutOfRange(month));
    }
    YearMonth::new(year, month).ok_or(MonthParseError::YearOutOfRange(year))
}

/// 1-12 for an English month name or its three-letter abbreviation, any case.
fn english_month(name: &str) -> Option<u32> {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let name = name.to_ascii_lowercase();
    if name.len() < 3 {
        return None;
    }
    NAMES
        .iter()
        .position(|full| *full == name || (name.len() == 3 && full.starts_with(&name)))
        .map(|i| i as u32 + 1)
}

/// Days from `from` to `to`, never negative.
pub(crate) fn days_until(from: NaiveDate, to: NaiveDate) -> u32 {
    u32::try_from((to - from).num_days()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym(s: &str) -> YearMonth {
        s.parse().unwrap()
    }

    #[test]
    fn parses_natural_chinese_and_english_forms() {
        let aug = YearMonth::new(2026, 8).unwrap();
        for text in [
            "2026年8月",
            "2026年08月",
            "2026年8",
            " 2026 年 8 月 ",
            "2026.8",
            "8/2026",
            "08/2026",
            "Aug 2026",
            "aug 2026",
            "August 2026",
            "Aug. 2026",
        ] {
            assert_eq!(text.parse::<YearMonth>(), Ok(aug), "{text}");
        }
        assert_eq!(
            "2026年13月".parse::<YearMonth>(),
            Err(MonthParseError::MonthOutOfRange(13))
        );
        for bad in ["Augu 2026", "Au 2026", "2026年", "8/26", "abc", "13/2026/1"] {
            assert!(bad.parse::<YearMonth>().is_err(), "{bad}");
        }
    }

    #[test]
    fn parses_common_spellings() {
        assert_eq!(ym("2026-09"), YearMonth::new(2026, 9).unwrap());
        assert_eq!(ym(" 2026-9 "), YearMonth::new(2026, 9).unwrap());
        assert_eq!(ym("2026/12"), YearMonth::new(2026, 12).unwrap());
        assert_eq!(ym("2026.01"), YearMonth::new(2026, 1).unwrap());
    }

    #[test]
    fn refuses_impossible_months() {
        assert_eq!(
            "2026-13".parse::<YearMonth>(),
            Err(MonthParseError::MonthOutOfRange(13))
        );
        assert_eq!(
            "2026-00".parse::<YearMonth>(),
            Err(MonthParseError::MonthOutOfRange(0))
        );
        assert_eq!("26-09".parse::<YearMonth>(), Err(MonthParseError::Format));
        assert_eq!(
            "2026-009".parse::<YearMonth>(),
            Err(MonthParseError::Format)
        );
        assert_eq!("2026-+9".parse::<YearMonth>(), Err(MonthParseError::Format));
        assert_eq!(
            "september".parse::<YearMonth>(),
            Err(MonthParseError::Format)
        );
        assert_eq!(
            "9999-01".parse::<YearMonth>(),
            Err(MonthParseError::YearOutOfRange(9999))
        );
    }

    #[test]
    fn arithmetic_crosses_year_boundaries() {
        assert_eq!(ym("2026-11").plus(2), ym("2027-01"));
        assert_eq!(ym("2026-01").plus(-1), ym("2025-12"));
        assert_eq!(ym("2025-12").months_until(ym("2026-02")), 2);
        assert_eq!(ym("2026-02").months_until(ym("2025-12")), -2);
        assert_eq!(ym("2020-01").plus(-24), ym("2018-01"));
    }

    #[test]
    fn last_day_handles_short_months_and_leap_years() {
        assert_eq!(
            ym("2026-11").last_day(),
            NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
        );
        assert_eq!(
            ym("2026-12").last_day(),
            NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()
        );
        assert_eq!(
            ym("2028-02").last_day(),
            NaiveDate::from_ymd_opt(2028, 2, 29).unwrap()
        );
        assert_eq!(
            ym("2027-02").last_day(),
            NaiveDate::from_ymd_opt(2027, 2, 28).unwrap()
        );
    }

    #[test]
    fn days_until_is_never_negative() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(days_until(d(2026, 11, 22), d(2026, 11, 30)), 8);
        assert_eq!(days_until(d(2026, 12, 31), d(2027, 1, 1)), 1);
        assert_eq!(days_until(d(2026, 12, 1), d(2026, 11, 30)), 0);
    }
}
