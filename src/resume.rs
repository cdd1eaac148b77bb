//! Resume codes: the answers in a short code a person can read over the phone or copy from
//! a receipt, e.g. `1BXN-46HM-70PW-FYTP`.
//!
//! The code is Crockford base 32 (digits and letters without I, L, O and U, so nothing is
//! confused when spoken; typed I/L read as 1 and O as 0), with a Luhn mod 32 check character
//! that catches every single mistyped character and most swapped neighbours.
//!
//! Inside is one number in mixed radix: a 24-bit hash of the question structure (the code
//! format, and each question's id, kind, optional flag and options in order), then each
//! question's answer in content order. Nothing but the answers is in the code: no name, no ID
//! number, no phone number.
//!
//! Why one strong hash rather than a check per question: codes are read aloud, so every bit
//! costs. Earlier codes spent 10 bits on the content version and 3 bits per question on a
//! fingerprint (37 bits in all), and a 3-bit fingerprint misses one change in eight: an old
//! code could restore a *different* answer (reordered options) with only a soft note. One
//! 24-bit hash over the whole structure misses one change in about 16.7 million and costs
//! 24 bits, so codes got shorter (16 symbols at most for the shipped questions) as well as
//! safer. The price is all or nothing: once any question, kind or option changes, an older
//! code restores nothing and the person answers again (a few minutes), rather than getting
//! answers that may mean something else. Changes to wording, advice, routing or the content
//! version leave the structure, and the codes, as they are. A code in an older format fails
//! the same check (the format is part of the hash) and gets the same clear message.
//!
//! Decoded answers are checked like answers from anywhere else
//! ([`crate::engine::check::check_answers`]): one that does not fit today (a
//! month out of range, say) is left out and its question is asked again.

use crate::engine::answers::{AnswerValue, Answers};
use crate::engine::check::{Refused, check_answers};
use crate::engine::content::{Content, Question, QuestionKind};
use crate::engine::hash::fnv1a_parts;
use crate::engine::month::YearMonth;
use crate::engine::problem::Problem;
use chrono::NaiveDate;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Months are counted from here; the earliest month the guide accepts anywhere.
const EPOCH_YEAR: i32 = YearMonth::MIN_YEAR;
/// The hash of the question structure: 24 bits.
const STRUCTURE_RADIX: u32 = 1 << 24;
/// Names the layout below; changing the layout means changing this, so codes in an older
/// layout fail the structure check instead of being misread.
const FORMAT: &str = "yibao-resume-2";
/// Multi-select questions with up to this many options take one digit; more take one digit
/// per option (rare, and still exact).
const MULTI_ONE_DIGIT: usize = 16;

/// What a decoded code gives back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored {
    /// The answers that can be used.
    pub answers: Answers,
    /// Answers in the code that cannot be used today, and why: their questions must be
    /// asked again.
    pub ask_again: Vec<Refused>,
}

/// Everything that decides what a code's digits mean, hashed to [`STRUCTURE_RADIX`].
fn structure_hash(content: &Content) -> u32 {
    let years = format!("{}..{}", YearMonth::MIN_YEAR, YearMonth::MAX_YEAR);
    let mut parts: Vec<String> = vec![FORMAT.to_owned(), years];
    for q in &content.questions {
        // The option count keeps one question's options from running into the next id.
        parts.extend([
            q.id.clone(),
            q.kind.name().to_owned(),
            q.optional.to_string(),
            q.options.len().to_string(),
        ]);
        parts.extend(q.options.iter().cloned());
    }
    let h = fnv1a_parts(parts.iter().map(String::as_bytes));
    // Fold all 64 bits in: FNV's low bits alone mix less well.
    ((h ^ (h >> 24) ^ (h >> 48)) % u64::from(STRUCTURE_RADIX)) as u32
}

/// Number of months a month question can encode: every month from the epoch to the last
/// accepted year.
fn month_span() -> u32 {
    ((YearMonth::MAX_YEAR - EPOCH_YEAR + 1) * 12) as u32
}

/// The digits of one question's answer, as (digit, radix) pairs, least significant first.
/// Unanswered is 0 in the first digit.
fn answer_digits(q: &Question, value: Option<&AnswerValue>) -> Vec<(u32, u32)> {
    let n = q.options.len();
    match q.kind {
        QuestionKind::Choice | QuestionKind::YesNo => {
            let d = match value {
                Some(AnswerValue::Choice(o)) => q
                    .options
                    .iter()
                    .position(|x| x == o)
                    .map_or(0, |i| i as u32 + 1),
                _ => 0,
            };
            vec![(d, n as u32 + 1)]
        }
        QuestionKind::Month => {
            // Unanswered, "no month", then each month from the epoch.
            let d = match value {
                Some(AnswerValue::NoMonth) => 1,
                Some(AnswerValue::Month(m)) => {
                    let first = YearMonth::new(EPOCH_YEAR, 1).expect("epoch is a valid month");
                    u32::try_from(first.months_until(*m) + 2).unwrap_or(0)
                }
                _ => 0,
            };
            vec![(d, month_span() + 2)]
        }
        QuestionKind::Multi => {
            let picked: Option<Vec<bool>> = match value {
                Some(AnswerValue::Choices(list)) => {
                    Some(q.options.iter().map(|o| list.contains(o)).collect())
                }
                _ => None,
            };
            if n <= MULTI_ONE_DIGIT {
                // Unanswered, then one bit per option ("none of these" is 1).
                let d = picked.map_or(0, |bits| {
                    1 + bits
                        .iter()
                        .enumerate()
                        .filter(|(_, b)| **b)
                        .fold(0u32, |mask, (i, _)| mask | (1 << i))
                });
                vec![(d, (1 << n) + 1)]
            } else {
                let mut v = vec![(u32::from(picked.is_some()), 2)];
                let bits = picked.unwrap_or_else(|| vec![false; n]);
                v.extend(bits.into_iter().map(|b| (u32::from(b), 2)));
                v
            }
        }
    }
}

/// Reads one question's answer back, taking its digits from `n`.
fn take_answer(q: &Question, n: &mut Big) -> Option<AnswerValue> {
    let options = |bits: &[bool]| -> Vec<String> {
        q.options
            .iter()
            .zip(bits)
            .filter(|(_, b)| **b)
            .map(|(o, _)| o.clone())
            .collect()
    };
    let count = q.options.len();
    match q.kind {
        QuestionKind::Choice | QuestionKind::YesNo => {
            let d = n.div_rem(count as u32 + 1);
            d.checked_sub(1)
                .and_then(|i| q.options.get(i as usize))
                .cloned()
                .map(AnswerValue::Choice)
        }
        QuestionKind::Month => match n.div_rem(month_span() + 2) {
            0 => None,
            1 => Some(AnswerValue::NoMonth),
            d => {
                let first = YearMonth::new(EPOCH_YEAR, 1).expect("epoch is a valid month");
                Some(AnswerValue::Month(first.plus(i64::from(d) - 2)))
            }
        },
        QuestionKind::Multi if count <= MULTI_ONE_DIGIT => {
            let d = n.div_rem((1 << count) + 1);
            let mask = d.checked_sub(1)?;
            let bits: Vec<bool> = (0..count).map(|i| mask & (1 << i) != 0).collect();
            Some(AnswerValue::Choices(options(&bits)))
        }
        QuestionKind::Multi => {
            let answered = n.div_rem(2) == 1;
            let bits: Vec<bool> = (0..count).map(|_| n.div_rem(2) == 1).collect();
            answered.then(|| AnswerValue::Choices(options(&bits)))
        }
    }
}

/// A non-negative whole number of any size, little-endian in base 2^32: codes for large
/// custom content may need more than 128 bits, and must never overflow.
#[derive(Default)]
struct Big(Vec<u32>);

impl Big {
    /// `self = self * m + a`.
    fn mul_add(&mut self, m: u32, a: u32) {
        let mut carry = u64::from(a);
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(m) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    /// Divides by `d` (at least 1) and returns the remainder.
    fn div_rem(&mut self, d: u32) -> u32 {
        let d = u64::from(d.max(1));
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let v = (rem << 32) | u64::from(*limb);
            *limb = (v / d) as u32;
            rem = v % d;
        }
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
        rem as u32
    }

    fn is_zero(&self) -> bool {
        self.0.iter().all(|&l| l == 0)
    }
}

/// Every digit of a code for these answers, least significant first.
fn digits(content: &Content, answers: &Answers) -> Vec<(u32, u32)> {
    let mut v = vec![(structure_hash(content), STRUCTURE_RADIX)];
    for q in &content.questions {
        v.extend(answer_digits(q, answers.get(&q.id)));
    }
    v
}

/// The number the digits spell, built from the most significant end.
fn number(digits: &[(u32, u32)]) -> Big {
    let mut n = Big::default();
    for &(d, radix) in digits.iter().rev() {
        n.mul_add(radix, d.min(radix - 1));
    }
    n
}

fn symbols_of(mut n: Big) -> Vec<u8> {
    let mut symbols = Vec::new();
    while !n.is_zero() {
        symbols.push(n.div_rem(32) as u8);
    }
    if symbols.is_empty() {
        symbols.push(0);
    }
    symbols.reverse();
    symbols
}

/// The most symbols (check character included) a code for this content can have.
fn max_symbols(content: &Content) -> usize {
    let mut all_max = digits(content, &Answers::default());
    for (d, radix) in &mut all_max {
        *d = *radix - 1;
    }
    symbols_of(number(&all_max)).len() + 1
}

/// Encodes the answers to a code like `1BXN-46HM-70PW-FYTP`.
pub fn encode(content: &Content, answers: &Answers) -> String {
    let mut symbols = symbols_of(number(&digits(content, answers)));
    symbols.push(check_symbol(&symbols));
    group(&symbols)
}
fn group(symbols: &[u8]) -> String {
    symbols
        .chunks(4)
        .map(|c| {
            c.iter()
                .map(|&s| ALPHABET[s as usize] as char)
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// Luhn mod 32 over the symbol values.
fn check_symbol(symbols: &[u8]) -> u8 {
    let mut factor = 2;
    let mut sum = 0u32;
    for &s in symbols.iter().rev() {
        let addend = factor * u32::from(s);
        sum += addend / 32 + addend % 32;
        factor = if factor == 2 { 1 } else { 2 };
    }
    ((32 - sum % 32) % 32) as u8
}

fn is_valid(symbols: &[u8]) -> bool {
    // An empty code has no check symbol: never valid (callers refuse short codes first).
    symbols
        .split_last()
        .is_some_and(|(check, body)| check_symbol(body) == *check)
}

/// Reads what a person typed: any case, spaces and dashes ignored, I/L as 1, O as 0. At
/// most `max_len` symbols, so no input makes a large number.
fn parse_symbols(code: &str, max_len: usize) -> Result<Vec<u8>, Problem> {
    let mut out = Vec::new();
    for c in code.chars() {
        if c.is_whitespace() || c == '-' {
            continue;
        }
        let c = match c.to_ascii_uppercase() {
            'I' | 'L' => '1',
            'O' => '0',
            other => other,
        };
        match ALPHABET.iter().position(|&a| a as char == c) {
            Some(v) if out.len() < max_len => out.push(v as u8),
            Some(_) => return Err(Problem::new("resume-bad-length")),
            None => {
                return Err(Problem::new("resume-bad-character").arg("char", c));
            }
        }
    }
    if out.len() < 2 || out.len() > max_len {
        return Err(Problem::new("resume-bad-length"));
    }
    Ok(out)
}

/// Decodes a code against the current content and checks its answers against today.
/// A code for another question structure (or format) is refused as a whole.
pub fn decode(content: &Content, code: &str, today: NaiveDate) -> Result<Restored, Problem> {
    let longest = max_symbols(content);
    // Room for codes of other versions, which may be longer: they get the clearer message.
    let symbols = parse_symbols(code, longest + 16)?;
    if !is_valid(&symbols) {
        return Err(Problem::new("resume-typo"));
    }
    if symbols.len() > longest {
        return Err(Problem::new("resume-old-version"));
    }
    let mut n = Big::default();
    for &s in &symbols[..symbols.len() - 1] {
        n.mul_add(32, u32::from(s));
    }
    if n.div_rem(STRUCTURE_RADIX) != structure_hash(content) {
        return Err(Problem::new("resume-old-version"));
    }
    let mut raw = Answers::default();
    for q in &content.questions {
        if let Some(v) = take_answer(q, &mut n) {
            raw.set(&q.id, v);
        }
    }
    if !n.is_zero() {
        // Digits left over: not a code we made.
        return Err(Problem::new("resume-typo"));
    }
    let (answers, ask_again) = check_answers(content, &raw, today);
    Ok(Restored { answers, ask_again })
}

/// Decodes a code for starting the guide: the answers, and a notice naming the questions
/// to answer again when some answers in the code cannot be used.
pub fn restore(
    content: &Content,
    code: &str,
    today: NaiveDate,
) -> Result<(Answers, Option<Problem>), Problem> {
    let r = decode(content, code, today)?;
    Ok((r.answers, ask_again_notice(&r.ask_again)))
}

/// "These questions need answering again: …", when there are any.
pub fn ask_again_notice(refused: &[Refused]) -> Option<Problem> {
    let ids: Vec<&str> = refused.iter().map(|r| r.question.as_str()).collect();
    (!ids.is_empty()).then(|| Problem::new("resume-ask-again").arg("questions", ids.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::Guide;

    fn today() -> NaiveDate {
        "2026-11-22".parse().unwrap()
    }

    fn sample() -> Answers {
        let mut a = Answers::default();
        a.set("reason", AnswerValue::Choice("laid_off".into()));
        a.set("benefit", AnswerValue::Choice("receiving".into()));
        a.set(
            "benefit_end",
            AnswerValue::Month("2027-03".parse().unwrap()),
        );
        a.set("gap_start", AnswerValue::Month("2026-09".parse().unwrap()));
        a.set("gap_end", AnswerValue::NoMonth);
        a.set("plan", AnswerValue::Choice("resident".into()));
        a.set("city", AnswerValue::Choice("other".into()));
        a.set("gap_medical", AnswerValue::Choice("yes".into()));
        a.set(
            "situations",
            AnswerValue::Choices(vec!["pregnant".into(), "retired".into()]),
        );
        a
    }

    #[test]
    fn round_trips_and_is_short() {
        let g = Guide::embedded().unwrap();
        let a = sample();
        let code = encode(&g.content, &a);
        // 16 symbols, read aloud in four groups: shorter than the codes with per-question
        // fingerprints (19 symbols) though the check is far stronger.
        assert!(code.len() <= 19, "{code} is too long to read aloud");
        assert_eq!(max_symbols(&g.content), 16);
        assert!(
            code.chars()
                .all(|c| c == '-' || ALPHABET.contains(&(c as u8)))
        );
        let r = decode(&g.content, &code, today()).unwrap();
        assert_eq!(r.answers, a);
        assert!(r.ask_again.is_empty());
        // Partial answers and the empty set round-trip too.
        let mut partial = Answers::default();
        partial.set("reason", AnswerValue::Choice("moved".into()));
        partial.set("situations", AnswerValue::Choices(Vec::new()));
        for a in [partial, Answers::default()] {
            let code = encode(&g.content, &a);
            assert_eq!(decode(&g.content, &code, today()).unwrap().answers, a);
        }
    }

    #[test]
    fn reads_what_people_type() {
        let g = Guide::embedded().unwrap();
        let a = sample();
        let code = encode(&g.content, &a);
        let sloppy = code
            .replace('-', " ")
            .to_lowercase()
            .replace('1', "l")
            .replace('0', "o");
        assert_eq!(decode(&g.content, &sloppy, today()).unwrap().answers, a);
    }

    #[test]
    fn every_single_typo_is_caught() {
        let g = Guide::embedded().unwrap();
        let code = encode(&g.content, &sample());
        let plain: Vec<char> = code.chars().filter(|&c| c != '-').collect();
        for i in 0..plain.len() {
            for &sub in ALPHABET {
                let sub = sub as char;
                if sub == plain[i] {
                    continue;
                }
                let mut typo = plain.clone();
                typo[i] = sub;
                let typo: String = typo.into_iter().collect();
                let err = decode(&g.content, &typo, today()).expect_err(&typo);
                assert_eq!(err.code, "resume-typo", "{typo}");
            }
        }
    }

    #[test]
    fn most_swapped_neighbours_are_caught() {
        let g = Guide::embedded().unwrap();
        let code = encode(&g.content, &sample());
        let plain: Vec<char> = code.chars().filter(|&c| c != '-').collect();
        let mut caught = 0;
        let mut swaps = 0;
        for i in 0..plain.len() - 1 {
            if plain[i] == plain[i + 1] {
                continue;
            }
            let mut t = plain.clone();
            t.swap(i, i + 1);
            swaps += 1;
            if decode(&g.content, &t.into_iter().collect::<String>(), today()).is_err() {
                caught += 1;
            }
        }
        assert!(caught * 10 >= swaps * 9, "{caught} of {swaps} swaps caught");
    }

    #[test]
    fn junk_is_refused_clearly() {
        let g = Guide::embedded().unwrap();
        let decode = |code: &str| decode(&g.content, code, today());
        assert_eq!(
            decode("7KQ2-U9XD").unwrap_err().code,
            "resume-bad-character"
        );
        assert_eq!(decode("7").unwrap_err().code, "resume-bad-length");
        assert_eq!(
            decode(&"Z".repeat(40)).unwrap_err().code,
            "resume-bad-length"
        );
        // Huge input is refused before any number is built.
        assert_eq!(
            decode(&"Z".repeat(1 << 20)).unwrap_err().code,
            "resume-bad-length"
        );
    }

    /// The attack: hand-made codes with months the guide never accepts (`encode` writes
    /// whatever it is given). They are read, but the months are left out and their questions
    /// asked again.
    #[test]
    fn months_out_of_range_are_asked_again_not_restored() {
        let g = Guide::embedded().unwrap();
        let month = |s: &str| AnswerValue::Month(s.parse().unwrap());
        for (question, bad, expect) in [
            ("gap_start", "2200-12", "answer-month-future"),
            ("gap_start", "1950-01", "answer-month-too-old"),
            ("gap_end", "2026-08", "answer-gap-end-before-start"),
            ("gap_end", "2200-12", "answer-gap-end-future"),
            ("benefit_end", "2026-10", "answer-benefit-end-range"),
            ("benefit_end", "2200-12", "answer-benefit-end-range"),
        ] {
            let mut a = sample();
            a.set(question, month(bad));
            let r = decode(&g.content, &encode(&g.content, &a), today()).unwrap();
            assert!(
                r.answers.get(question).is_none(),
                "{question}={bad} dropped"
            );
            assert_eq!(r.ask_again.len(), 1, "{question}={bad}: {:?}", r.ask_again);
            assert_eq!(r.ask_again[0].question, question);
            assert_eq!(r.ask_again[0].problem.code, expect, "{question}={bad}");
            // Everything else is kept.
            assert_eq!(r.answers.len(), a.len() - 1);
            let (_, notice) = restore(&g.content, &encode(&g.content, &a), today()).unwrap();
            let notice = notice.expect("a notice names the question");
            assert_eq!(notice.code, "resume-ask-again");
            assert_eq!(notice.get("questions"), Some(question));
        }
        // "No month" for a question that needs one is not an answer either.
        let mut a = sample();
        a.set("gap_start", AnswerValue::NoMonth);
        let r = decode(&g.content, &encode(&g.content, &a), today()).unwrap();
        assert_eq!(r.ask_again[0].problem.code, "answer-month-required");
    }

    #[test]
    fn a_changed_question_structure_refuses_the_code() {
        let g = Guide::embedded().unwrap();
        let code = encode(&g.content, &sample());
        let refused = |c: &Content| {
            assert_eq!(
                decode(c, &code, today()).unwrap_err().code,
                "resume-old-version"
            );
        };
        // Every reordering of plan's options (3-bit fingerprints missed 7 of these).
        let plan = g.content.question_index("plan").unwrap();
        let options = g.content.questions[plan].options.clone();
        let mut seen = 0;
        permutations(&options, &mut |order| {
            if order != options.as_slice() {
                let mut c = g.content.clone();
                c.questions[plan].options = order.to_vec();
                refused(&c);
                seen += 1;
            }
        });
        assert_eq!(seen, 119);
        // Options added, removed or renamed; kinds, optional flags, ids and order changed.
        for (qi, q) in g.content.questions.iter().enumerate() {
            let mut c = g.content.clone();
            c.questions[qi].options.push("new".into());
            refused(&c);
            let mut c = g.content.clone();
            c.questions[qi].optional = !q.optional;
            refused(&c);
            let mut c = g.content.clone();
            c.questions[qi].id.push('2');
            refused(&c);
            if !q.options.is_empty() {
                let mut c = g.content.clone();
                c.questions[qi].options.pop();
                refused(&c);
                let mut c = g.content.clone();
                c.questions[qi].options[0].push('x');
                refused(&c);
            }
            let mut c = g.content.clone();
            c.questions[qi].kind = if q.kind == QuestionKind::Choice {
                QuestionKind::Multi
            } else {
                QuestionKind::Choice
            };
            refused(&c);
            if qi > 0 {
                let mut c = g.content.clone();
                c.questions.swap(qi - 1, qi);
                refused(&c);
            }
        }
    }

    fn permutations(items: &[String], visit: &mut impl FnMut(&[String])) {
        fn go(k: usize, v: &mut Vec<String>, visit: &mut impl FnMut(&[String])) {
            if k == v.len() {
                visit(v);
                return;
            }
            for i in k..v.len() {
                v.swap(k, i);
                go(k + 1, v, visit);
                v.swap(k, i);
            }
        }
        go(0, &mut items.to_vec(), visit);
    }

    #[test]
    fn wording_and_version_changes_keep_codes_working() {
        let g = Guide::embedded().unwrap();
        let a = sample();
        let code = encode(&g.content, &a);
        let mut newer = g.content.clone();
        newer.version.push_str("-next");
        newer.questions.iter_mut().for_each(|q| q.routes.reverse());
        let r = decode(&newer, &code, today()).unwrap();
        assert_eq!(r.answers, a);
    }

    #[test]
    fn large_custom_content_never_overflows() {
        // Thirty month questions and a multi-select question with forty options need far
        // more than 128 bits: the code grows, and still round-trips.
        let mut files = crate::engine::files::GuideFiles::embedded().content;
        let questions = files
            .iter_mut()
            .find(|f| f.name == "questions.yaml")
            .unwrap();
        let mut text = questions.text.to_string();
        let mut a = Answers::default();
        for i in 0..30 {
            text.push_str(&format!(
                "  - id: m{i}\n    kind: month\n    next:\n      - goto: end\n"
            ));
            a.set(
                &format!("m{i}"),
                AnswerValue::Month("2026-01".parse().unwrap()),
            );
        }
        let options: Vec<String> = (0..40).map(|i| format!("o{i}")).collect();
        text.push_str(&format!(
            "  - id: many\n    kind: multi\n    options: [{}]\n    next:\n      - goto: end\n",
            options.join(", ")
        ));
        a.set(
            "many",
            AnswerValue::Choices(vec!["o3".into(), "o39".into()]),
        );
        questions.text = text.into();
        let c = Content::load(&files).unwrap();
        let code = encode(&c, &a);
        assert!(code.len() > 40, "{code}");
        let r = decode(&c, &code, today()).unwrap();
        assert_eq!(r.answers, a, "{:?}", r.ask_again);
        assert!(decode(&c, &encode(&c, &Answers::default()), today()).is_ok());
    }
}
