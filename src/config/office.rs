//! The site's own office (`office:`): name, address, hours and phone, one text or one per
//! language, shown first among the checklist's contacts.

use crate::engine::problem::{Loc, Problem};
use crate::engine::yaml::line;
use crate::i18n::Lang;
use serde::Deserialize;
use serde_saphyr::Spanned;

/// A text of the office's details: one for both languages, or one per language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalText {
    pub zh: String,
    pub en: String,
}

impl LocalText {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// The local office a site adds to the checklist's contacts (`office:`), each detail
/// optional. The guide never invents local data: without it, nothing is added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Office {
    pub name: Option<LocalText>,
    pub address: Option<LocalText>,
    pub hours: Option<LocalText>,
    pub phone: Option<LocalText>,
}

impl Office {
    /// (label message id, text) for each detail given, in reading order; the name has no
    /// label ("").
    pub fn details(&self, lang: Lang) -> Vec<(&'static str, &str)> {
        [
            ("", &self.name),
            ("ui-office-address", &self.address),
            ("ui-office-hours", &self.hours),
            ("ui-office-phone", &self.phone),
        ]
        .into_iter()
        .filter_map(|(id, t)| t.as_ref().map(|t| (id, t.get(lang))))
        .collect()
    }
}

/// Longest office detail, in characters: a line on a receipt, not a paragraph.
pub const OFFICE_TEXT_MAX_CHARS: usize = 120;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOffice {
    #[serde(default)]
    name: Option<Spanned<RawLocalText>>,
    #[serde(default)]
    address: Option<Spanned<RawLocalText>>,
    #[serde(default)]
    hours: Option<Spanned<RawLocalText>>,
    #[serde(default)]
    phone: Option<Spanned<RawLocalText>>,
}

/// `name: 某某中心` (both languages) or `name: { zh: 某某中心, en: X Centre }`.
#[derive(Deserialize)]
#[serde(untagged)]
enum RawLocalText {
    Both(String),
    Each { zh: String, en: String },
}

/// `office:` checked: each detail one line of at most [`OFFICE_TEXT_MAX_CHARS`], in one
/// text or one per language; an office with no detail at all is a problem too.
pub(super) fn office(
    file: &str,
    o: &Spanned<RawOffice>,
    problems: &mut Vec<Problem>,
) -> Option<Office> {
    let mut office = Office::default();
    let fields = [
        ("name", &o.value.name, &mut office.name),
        ("address", &o.value.address, &mut office.address),
        ("hours", &o.value.hours, &mut office.hours),
        ("phone", &o.value.phone, &mut office.phone),
    ];
    for (key, raw_text, out) in fields {
        let Some(t) = raw_text else { continue };
        let text = match &t.value {
            RawLocalText::Both(both) => LocalText {
                zh: both.trim().to_owned(),
                en: both.trim().to_owned(),
            },
            RawLocalText::Each { zh, en } => LocalText {
                zh: zh.trim().to_owned(),
                en: en.trim().to_owned(),
            },
        };
        let at = Loc::new(file, line(t));
        for value in [&text.zh, &text.en] {
            if value.is_empty() {
                problems.push(
                    Problem::new("config-office-empty")
                        .at(at.clone())
                        .arg("key", key),
                );
            } else if value.chars().count() > OFFICE_TEXT_MAX_CHARS || value.contains('\n') {
                problems.push(
                    Problem::new("config-office-too-long")
                        .at(at.clone())
                        .arg("key", key)
                        .arg("max", OFFICE_TEXT_MAX_CHARS),
                );
            }
        }
        *out = Some(text);
    }
    if office == Office::default() {
        problems.push(
            Problem::new("config-office-empty")
                .at(Loc::new(file, line(o)))
                .arg("key", "office"),
        );
        return None;
    }
    Some(office)
}
