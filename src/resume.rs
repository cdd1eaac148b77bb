//! Resume codes: the answers in a short code a person can read over the phone or copy from
//! a receipt, e.g. `7KQ2-M9XD-4TPA-VR8`.
//!
//! The code is Crockford base 32 (digits and letters without I, L, O and U, so nothing is
//! confused when spoken; typed I/L read as 1 and O as 0), with a Luhn mod 32 check character
//! that catches every single mistyped character and most swapped neighbours.
//!
//! Inside is one number in mixed radix: a hash of the content version, then for each
//! question in content order a small fingerprint of the question (id, kind, options) and its
//! answer. A code from another content version decodes question by question until the first
//! question whose fingerprint differs; those answers are restored and the rest are asked
//! again. Nothing but the answers is in the code: no name, no ID number, no phone number.

use crate::engine::answers::{AnswerValue, Answers};
use crate::engine::content::{Content, Question, QuestionKind};
use crate::engine::month::YearMonth;
use crate::engine::problem::Problem;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Months are counted from here; the earliest month the guide accepts anywhere.
const EPOCH_YEAR: i32 = YearMonth::MIN_YEAR;
const VERSION_RADIX: u128 = 1024;
const FINGERPRINT_RADIX: u128 = 8;

/// What a decoded code gives back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored {
    pub answers: Answers,
    /// The code was made with another content version.
    pub other_version: bool,
    /// Questions whose answers could not be restored and must be asked again.
    pub ask_again: Vec<String>,
}

/// FNV-1a: small, stable across platforms and releases (unlike `DefaultHasher`).
fn fnv(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain([0]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

fn fingerprint(q: &Question) -> u128 {
    let mut parts = vec![
        q.id.as_str(),
        q.kind.name(),
        if q.optional { "optional" } else { "" },
    ];
    parts.extend(q.options.iter().map(String::as_str));
    u128::from(fnv(&parts)) % FINGERPRINT_RADIX
}

fn version_hash(content: &Content) -> u128 {
    u128::from(fnv(&[&content.version])) % VERSION_RADIX
}

/// Number of months a month question can encode: every month from the epoch to the last
/// accepted year.
fn month_span() -> u128 {
    ((YearMonth::MAX_YEAR - EPOCH_YEAR + 1) * 12) as u128
}

/// The radix of a question's answer digit: unanswered, each option (or "no month", then each
/// month).
fn answer_radix(q: &Question) -> u128 {
    match q.kind {
        QuestionKind::Choice | QuestionKind::YesNo => q.options.len() as u128 + 1,
        QuestionKind::Month => month_span() + 2,
        // Unanswered, then one bit per option ("none of these" is 1).
        QuestionKind::Multi => (1u128 << q.options.len().min(16)) + 1,
    }
}

fn answer_digit(q: &Question, value: Option<&AnswerValue>) -> u128 {
    match value {
        None => 0,
        Some(AnswerValue::Choice(o)) => q
            .options
            .iter()
            .position(|x| x == o)
            .map_or(0, |i| i as u128 + 1),
        Some(AnswerValue::NoMonth) => 1,
        Some(AnswerValue::Month(m)) => {
            let first = YearMonth::new(EPOCH_YEAR, 1).expect("epoch is a valid month");
            first.months_until(*m) as u128 + 2
        }
        Some(AnswerValue::Choices(list)) => {
            let mask = q
                .options
                .iter()
                .take(16)
                .enumerate()
                .filter(|(_, o)| list.contains(o))
                .fold(0u128, |mask, (i, _)| mask | (1 << i));
            mask + 1
        }
    }
}

fn digit_answer(q: &Question, digit: u128) -> Option<AnswerValue> {
    match (q.kind, digit) {
        (_, 0) => None,
        (QuestionKind::Month, 1) => Some(AnswerValue::NoMonth),
        (QuestionKind::Month, d) => {
            let first = YearMonth::new(EPOCH_YEAR, 1).expect("epoch is a valid month");
            Some(AnswerValue::Month(first.plus(d as i64 - 2)))
        }
        (QuestionKind::Multi, d) => {
            let mask = d - 1;
            Some(AnswerValue::Choices(
                q.options
                    .iter()
                    .take(16)
                    .enumerate()
                    .filter(|(i, _)| mask & (1 << i) != 0)
                    .map(|(_, o)| o.clone())
                    .collect(),
            ))
        }
        (_, d) => q
            .options
            .get(d as usize - 1)
            .cloned()
            .map(AnswerValue::Choice),
    }
}

/// Encodes the answers to a code like `7KQ2-M9XD-4TPA-VR8`.
pub fn encode(content: &Content, answers: &Answers) -> String {
    // Least significant first: version, then question by question.
    let mut n: u128 = 0;
    let mut place: u128 = 1;
    let mut push = |digit: u128, radix: u128| {
        n += digit * place;
        place *= radix;
    };
    push(version_hash(content), VERSION_RADIX);
    for q in &content.questions {
        push(fingerprint(q), FINGERPRINT_RADIX);
        push(answer_digit(q, answers.get(&q.id)), answer_radix(q));
    }
    let mut symbols = Vec::new();
    while n > 0 {
        symbols.push((n % 32) as u8);
        n /= 32;
    }
    if symbols.is_empty() {
        symbols.push(0);
    }
    symbols.reverse();
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
    let (check, body) = symbols.split_last().expect("at least two symbols");
    check_symbol(body) == *check
}

/// Reads what a person typed: any case, spaces and dashes ignored, I/L as 1, O as 0.
fn parse_symbols(code: &str) -> Result<Vec<u8>, Problem> {
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
            Some(v) => out.push(v as u8),
            None => {
                return Err(Problem::new("resume-bad-character").arg("char", c));
            }
        }
    }
    if out.len() < 2 || out.len() > 40 {
        return Err(Problem::new("resume-bad-length"));
    }
    Ok(out)
}

/// Decodes a code against the current content.
pub fn decode(content: &Content, code: &str) -> Result<Restored, Problem> {
    let symbols = parse_symbols(code)?;
    if !is_valid(&symbols) {
        return Err(Problem::new("resume-typo"));
    }
    let mut n: u128 = 0;
    for &s in &symbols[..symbols.len() - 1] {
        n = n
            .checked_mul(32)
            .and_then(|n| n.checked_add(u128::from(s)))
            .ok_or_else(|| Problem::new("resume-bad-length"))?;
    }
    let mut take = |radix: u128| {
        let d = n % radix;
        n /= radix;
        d
    };
    let other_version = take(VERSION_RADIX) != version_hash(content);
    let mut answers = Answers::default();
    let mut ask_again = Vec::new();
    let mut in_step = true;
    for q in &content.questions {
        if in_step {
            let fp = take(FINGERPRINT_RADIX);
            if fp == fingerprint(q) {
                let digit = take(answer_radix(q));
                if let Some(v) = digit_answer(q, digit) {
                    answers.set(&q.id, v);
                }
                continue;
            }
            // The question changed: its digit's radix is unknown, so nothing after it can
            // be read reliably.
            in_step = false;
        }
        ask_again.push(q.id.clone());
    }
    if !other_version && (n != 0 || !ask_again.is_empty()) {
        // Same version but leftovers: not a code we made.
        return Err(Problem::new("resume-typo"));
    }
    Ok(Restored {
        answers,
        other_version,
        ask_again,
    })
}

/// Decodes a code for starting the guide: the answers, and a notice when the code came from
/// another content version (naming the questions to answer again).
pub fn restore(content: &Content, code: &str) -> Result<(Answers, Option<Problem>), Problem> {
    let r = decode(content, code)?;
    let notice = r.other_version.then(|| {
        if r.ask_again.is_empty() {
            Problem::new("resume-other-version")
        } else {
            Problem::new("resume-ask-again").arg("questions", r.ask_again.join(", "))
        }
    });
    Ok((r.answers, notice))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::Guide;

    fn sample(g: &Guide) -> Answers {
        let mut a = Answers::default();
        a.set("reason", AnswerValue::Choice("laid_off".into()));
        a.set("benefit", AnswerValue::Choice("receiving".into()));
        a.set("gap_start", AnswerValue::Month("2026-09".parse().unwrap()));
        a.set("gap_end", AnswerValue::NoMonth);
        a.set("plan", AnswerValue::Choice("resident".into()));
        a.set("city", AnswerValue::Choice("other".into()));
        a.set("gap_medical", AnswerValue::Choice("yes".into()));
        let _ = g;
        a
    }

    #[test]
    fn round_trips_and_is_short() {
        let g = Guide::embedded().unwrap();
        let a = sample(&g);
        let code = encode(&g.content, &a);
        assert!(code.len() <= 24, "{code} is too long to read aloud");
        assert!(
            code.chars()
                .all(|c| c == '-' || ALPHABET.contains(&(c as u8)))
        );
        let r = decode(&g.content, &code).unwrap();
        assert_eq!(r.answers, a);
        assert!(!r.other_version && r.ask_again.is_empty());
        // Partial answers and the empty set round-trip too.
        let mut partial = Answers::default();
        partial.set("reason", AnswerValue::Choice("moved".into()));
        assert_eq!(
            decode(&g.content, &encode(&g.content, &partial))
                .unwrap()
                .answers,
            partial
        );
        let empty = Answers::default();
        assert_eq!(
            decode(&g.content, &encode(&g.content, &empty))
                .unwrap()
                .answers,
            empty
        );
    }

    #[test]
    fn reads_what_people_type() {
        let g = Guide::embedded().unwrap();
        let a = sample(&g);
        let code = encode(&g.content, &a);
        let sloppy = code
            .replace('-', " ")
            .to_lowercase()
            .replace('1', "l")
            .replace('0', "o");
        assert_eq!(decode(&g.content, &sloppy).unwrap().answers, a);
    }

    #[test]
    fn every_single_typo_is_caught() {
        let g = Guide::embedded().unwrap();
        let code = encode(&g.content, &sample(&g));
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
                let err = decode(&g.content, &typo).expect_err(&typo);
                assert_eq!(err.code, "resume-typo", "{typo}");
            }
        }
    }

    #[test]
    fn most_swapped_neighbours_are_caught() {
        let g = Guide::embedded().unwrap();
        let code = encode(&g.content, &sample(&g));
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
            if decode(&g.content, &t.into_iter().collect::<String>()).is_err() {
                caught += 1;
            }
        }
        assert!(caught * 10 >= swaps * 9, "{caught} of {swaps} swaps caught");
    }

    #[test]
    fn junk_is_refused_clearly() {
        let g = Guide::embedded().unwrap();
        assert_eq!(
            decode(&g.content, "7KQ2-U9XD").unwrap_err().code,
            "resume-bad-character"
        );
        assert_eq!(
            decode(&g.content, "7").unwrap_err().code,
            "resume-bad-length"
        );
        assert_eq!(
            decode(&g.content, &"Z".repeat(60)).unwrap_err().code,
            "resume-bad-length"
        );
    }

    #[test]
    fn another_version_restores_what_still_applies() {
        let g = Guide::embedded().unwrap();
        let a = sample(&g);
        let code = encode(&g.content, &a);
        // A new version that changed the options of `plan`.
        let mut newer = g.content.clone();
        newer.version.push_str("-next");
        let plan = newer.questions.iter_mut().find(|q| q.id == "plan").unwrap();
        plan.options.push("pension".into());
        let r = decode(&newer, &code).unwrap();
        assert!(r.other_version);
        assert_eq!(r.answers.get("reason"), a.get("reason"));
        assert_eq!(r.answers.get("gap_start"), a.get("gap_start"));
        assert!(r.answers.get("plan").is_none());
        assert!(r.ask_again.contains(&"plan".to_owned()));
        // A new version with only wording changes restores everything.
        let mut reworded = g.content.clone();
        reworded.version.push_str("-text");
        let r = decode(&reworded, &code).unwrap();
        assert!(r.other_version);
        assert_eq!(r.answers, a);
        assert!(r.ask_again.is_empty());
    }
}
