use crate::checklist::Checklist;
use std::collections::BTreeSet;

/// The checklist as pretty JSON: `lang`, `content_version`, `today`, `answers`,
/// `ignored_answers`, `facts`, `sections` and `ticked` (see the README for the schema).
pub fn render_json(checklist: &Checklist) -> String {
    render_json_ticked(checklist, &BTreeSet::new())
}

/// [`render_json`] with the ids of the materials the person ticked, listed under `ticked`
/// (in checklist order; ids that are not materials of this checklist are left out).
pub fn render_json_ticked(checklist: &Checklist, ticked: &BTreeSet<String>) -> String {
    let ticked_ids: Vec<&str> = checklist
        .sections
        .iter()
        .filter(|s| s.kind().is_tickable())
        .flat_map(|s| &s.items)
        .filter(|i| ticked.contains(&i.id))
        .map(|i| i.id.as_str())
        .collect();
    // Flattened, so the checklist's keys keep their order and `ticked` comes last.
    #[derive(serde::Serialize)]
    struct WithTicks<'a> {
        #[serde(flatten)]
        checklist: &'a Checklist,
        ticked: Vec<&'a str>,
    }
    let value = WithTicks {
        checklist,
        ticked: ticked_ids,
    };
    let mut out = serde_json::to_string_pretty(&value).unwrap_or_else(|_| "{}".into());
    out.push('\n');
    out
}
