//! The lines the text and Markdown renderers share: the header, the resume code line and
//! an item's text with its "confirm locally" mark.

use crate::checklist::{Checklist, ChecklistItem};
use crate::i18n::{Lang, Locales};
use fluent_bundle::FluentArgs;

/// The header line: date, content version and review date.
pub(super) fn header_line(checklist: &Checklist, locales: &Locales, lang: Lang) -> String {
    let mut args = FluentArgs::new();
    args.set("today", locales.date(lang, checklist.today));
    args.set("version", checklist.content_version.clone());
    args.set("reviewed", locales.date(lang, checklist.reviewed));
    locales.fmt(lang, "ui-checklist-header", Some(&args))
}

/// "Resume code: 1BXN-46HM-70PW-FYTP", to pick the case up again elsewhere.
pub(super) fn resume_line(checklist: &Checklist, locales: &Locales, lang: Lang) -> String {
    let mut args = FluentArgs::new();
    args.set("code", checklist.resume_code.clone());
    locales.fmt(lang, "ui-resume-code-line", Some(&args))
}

/// An item's text with the "confirm locally" mark when the rule varies by place.
pub(super) fn item_text(item: &ChecklistItem, locales: &Locales, lang: Lang) -> String {
    if item.local {
        format!("{}{}", item.text, locales.text(lang, "ui-local-mark"))
    } else {
        item.text.clone()
    }
}
