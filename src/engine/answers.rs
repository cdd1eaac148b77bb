//! A person's answers: question id to value. The same type serves the wizard, plain mode,
//! batch mode, saved files and resume codes.

use super::month::YearMonth;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;

/// One answer.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum AnswerValue {
    /// An option id of a choice or yes/no question.
    Choice(String),
    /// A month question's month.
    Month(YearMonth),
    /// An optional month question answered with "no month" (e.g. still not paying).
    NoMonth,
    /// A multi-select question's options, in the question's order; empty = "none of these".
    Choices(Vec<String>),
}

/// The word used for [`AnswerValue::NoMonth`] in files and on the command line, and for an
/// empty multi-select answer ("none of these").
pub(crate) const NO_MONTH: &str = "none";

impl fmt::Display for AnswerValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerValue::Choice(id) => f.write_str(id),
            AnswerValue::Month(m) => write!(f, "{m}"),
            AnswerValue::NoMonth => f.write_str(NO_MONTH),
            AnswerValue::Choices(list) if list.is_empty() => f.write_str(NO_MONTH),
            AnswerValue::Choices(list) => f.write_str(&list.join(",")),
        }
    }
}

/// A multi-select answer is a list in JSON (`[]` for none); every other answer a string.
impl Serialize for AnswerValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            AnswerValue::Choices(list) => s.collect_seq(list),
            _ => s.collect_str(self),
        }
    }
}

/// Answers by question id. Answers to questions that are no longer on the path are kept
/// (so changing an earlier answer and changing it back loses nothing) but ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Answers(BTreeMap<String, AnswerValue>);

impl Answers {
    pub fn get(&self, question: &str) -> Option<&AnswerValue> {
        self.0.get(question)
    }

    /// Sets the answer. A question that already has one keeps its key: the path walk changes
    /// the same answers millions of times on large content.
    pub fn set(&mut self, question: &str, value: AnswerValue) {
        match self.0.get_mut(question) {
            Some(slot) => *slot = value,
            None => {
                self.0.insert(question.to_owned(), value);
            }
        }
    }

    pub fn remove(&mut self, question: &str) -> Option<AnswerValue> {
        self.0.remove(question)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &AnswerValue)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// The selected options, if the answer is a multi-select one.
    pub fn choices(&self, question: &str) -> Option<&[String]> {
        match self.0.get(question) {
            Some(AnswerValue::Choices(list)) => Some(list),
            _ => None,
        }
    }

    /// The option id, if the answer is a choice.
    pub fn choice(&self, question: &str) -> Option<&str> {
        match self.0.get(question) {
            Some(AnswerValue::Choice(c)) => Some(c),
            _ => None,
        }
    }
}
