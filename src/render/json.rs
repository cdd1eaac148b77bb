use crate::checklist::Checklist;

/// The checklist as pretty JSON: `lang`, `content_version`, `today`, `answers`,
/// `ignored_answers`, `facts` and `sections` (see the README for the schema).
pub fn render_json(checklist: &Checklist) -> String {
    let mut out = serde_json::to_string_pretty(checklist).unwrap_or_else(|_| "{}".into());
    out.push('\n');
    out
}
