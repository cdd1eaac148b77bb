//! The welcome screen: what the guide does and does not do, when its content was
//! reviewed, the languages, Start and "enter a code".

use super::parts::{Geometry, Plan, T, blank, para, row};
use crate::i18n::Lang;
use crate::tui::model::{Model, Msg, START_ROW, WELCOME_ROWS};
use fluent_bundle::FluentArgs;

pub(super) fn welcome_plan(m: &Model<'_>, t: &T<'_>, geo: &Geometry, p: &mut Plan) {
    let w = geo.text_width;
    let theme = &m.theme;
    if m.settings.kiosk() {
        // The attract screen invites the next person in both languages.
        p.body.extend(para(&t.t("ui-kiosk-invite"), w, theme.title));
        p.body
            .extend(para(&t.other("ui-kiosk-invite"), w, theme.title));
        p.body.push(blank());
    }
    p.body
        .extend(para(&t.t("ui-welcome-heading"), w, theme.heading));
    p.body.push(blank());
    p.body.extend(para(&t.t("ui-welcome-does"), w, theme.base));
    p.body.push(blank());
    p.body
        .extend(para(&t.t("ui-welcome-doesnt"), w, theme.base));
    p.body.push(blank());
    let mut args = FluentArgs::new();
    args.set(
        "reviewed",
        m.guide.locales.date(m.lang, m.guide.content.reviewed),
    );
    args.set("version", m.guide.content.version.clone());
    p.body
        .extend(para(&t.a("ui-reviewed", &args), w, theme.muted));
    if m.guide.content.is_stale(m.today) {
        p.body
            .extend(para(&t.a("ui-reviewed-stale", &args), w, theme.warning));
    }
    p.body.push(blank());
    let labels = [
        "中文".to_owned(),
        "English".to_owned(),
        t.t("ui-tui-start"),
        t.t("ui-tui-btn-code"),
    ];
    for (i, label) in labels.iter().enumerate() {
        let current = match i {
            0 => m.lang == Lang::Zh,
            1 => m.lang == Lang::En,
            _ => false,
        };
        let text = if i < 2 {
            format!("[{}] {label}", if current { "x" } else { " " })
        } else {
            label.clone()
        };
        let start = p.body.len();
        p.body
            .extend(row(&text, w, m.cursor == i, theme, Msg::Choose(i)));
        // Start is also a button, always in view: it does not scroll the welcome
        // text away on a small screen. The other rows come into view when reached.
        if m.cursor == i && i != START_ROW {
            p.focus = Some((start, p.body.len()));
        }
    }
    debug_assert_eq!(labels.len(), WELCOME_ROWS);
}
