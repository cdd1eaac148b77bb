//! The checklist: sections and items (tick boxes for materials), sources when shown, the
//! other language's items in the bilingual view, and the answers it was made from.

use super::parts::{Geometry, Plan, PlanLine, T, blank, para};
use crate::engine::content::Marker;
use crate::tui::model::{Model, Msg};
use crate::wrap::{width as cells, wrap_hanging};
use fluent_bundle::FluentArgs;
use ratatui::text::Line;

/// The checklist body: sections, items (with tick boxes for materials), sources when shown.
pub(super) fn checklist_plan(m: &Model<'_>, t: &T<'_>, geo: &Geometry, p: &mut Plan) {
    let theme = &m.theme;
    let w = geo.text_width;
    let Some(c) = &m.checklist else { return };
    p.body
        .extend(para(&t.t("ui-checklist-title"), w, theme.heading));
    let mut args = FluentArgs::new();
    args.set("today", m.guide.locales.date(m.lang, m.today));
    args.set("version", c.content_version.clone());
    args.set(
        "reviewed",
        m.guide.locales.date(m.lang, m.guide.content.reviewed),
    );
    p.body
        .extend(para(&t.a("ui-checklist-header", &args), w, theme.muted));
    // The disclaimer matters: it is drawn as plain text, never dimmed.
    p.body.extend(para(&t.t("ui-disclaimer"), w, theme.base));
    let mut code = FluentArgs::new();
    code.set("code", c.resume_code.clone());
    p.body
        .extend(para(&t.a("ui-resume-code-line", &code), w, theme.key));
    // The other language's items, by id, for the bilingual view.
    let other: std::collections::HashMap<&str, &crate::checklist::ChecklistItem> = m
        .checklist_other
        .iter()
        .flat_map(|o| o.sections.iter().flat_map(|s| s.items.iter()))
        .map(|i| (i.id.as_str(), i))
        .collect();
    let other_local = t.other("ui-local-mark");
    let local = t.t("ui-local-mark");
    let sources_label = t.t("ui-sources-label");
    let mut index = 0;
    for section in c.sections.iter().filter(|s| !s.items.is_empty()) {
        p.body.push(blank());
        p.body.extend(para(&section.title, w, theme.heading));
        for (n, item) in section.items.iter().enumerate() {
            let marker = match section.kind().marker(n, m.ticked.contains(&item.id)) {
                Marker::Box { ticked: true } => "[x] ".to_owned(),
                Marker::Box { ticked: false } => "[ ] ".to_owned(),
                Marker::Number(k) => format!("{k}. "),
                Marker::Bullet => "- ".to_owned(),
            };
            let text = if item.local {
                format!("{}{local}", item.text)
            } else {
                item.text.clone()
            };
            let highlighted = m.cursor == index;
            let start = p.body.len();
            let prefix = if highlighted { "> " } else { "  " };
            let style = if highlighted {
                theme.selected
            } else {
                theme.base
            };
            for (k, l) in wrap_hanging(&text, usize::from(w.saturating_sub(2)), &marker)
                .into_iter()
                .enumerate()
            {
                let prefix = if k == 0 { prefix } else { "  " };
                p.body.push(PlanLine {
                    line: Line::styled(format!("{prefix}{l}"), style),
                    target: Some(Msg::Choose(index)),
                    zones: Vec::new(),
                });
            }
            if let Some(o) = other.get(item.id.as_str()) {
                let indent = " ".repeat(2 + cells(&marker));
                // The other language keeps its own "confirm locally" mark.
                let text = if o.local {
                    format!("{}{other_local}", o.text)
                } else {
                    o.text.clone()
                };
                for l in wrap_hanging(&text, usize::from(w), &indent) {
                    p.body.push(PlanLine {
                        line: Line::styled(l, theme.muted),
                        target: Some(Msg::Choose(index)),
                        zones: Vec::new(),
                    });
                }
            }
            if m.show_sources {
                let indent = " ".repeat(2 + cells(&marker));
                for s in &item.sources {
                    for l in wrap_hanging(
                        &format!("{sources_label}{}", s.text),
                        usize::from(w),
                        &indent,
                    ) {
                        p.body.push(PlanLine {
                            line: Line::styled(l, theme.muted),
                            target: Some(Msg::Choose(index)),
                            zones: Vec::new(),
                        });
                    }
                }
            }
            if highlighted {
                p.focus = Some((start, p.body.len()));
            }
            index += 1;
        }
    }
    // The answers it was made from, as the printed and exported checklist lists them. Last
    // here, not first as on paper: the screen opens on the first thing to bring, and the
    // answers were just on the review screen.
    p.body.push(blank());
    p.body
        .extend(para(&t.t("ui-your-answers"), w, theme.heading));
    let sep = t.t("ui-label-separator");
    for (question, answer) in &c.answer_rows {
        for l in wrap_hanging(&format!("{question}{sep}{answer}"), usize::from(w), "  ") {
            p.body.push(PlanLine {
                line: Line::styled(l, theme.base),
                target: None,
                zones: Vec::new(),
            });
        }
    }
}
