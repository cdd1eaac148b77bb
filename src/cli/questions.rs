//! `yibao-guide questions`: the questions with their options and help, as text or JSON, for
//! people writing answers files and for scripts.

use super::args::ListFormat;
use crate::engine::content::QuestionKind;
use crate::guide::Guide;
use crate::i18n::Lang;

/// `questions`: every question with its options, in content order.
pub(super) fn questions(guide: &Guide, lang: Lang, format: ListFormat) -> String {
    let l = &guide.locales;
    let rows: Vec<serde_json::Value> = guide
        .content
        .questions
        .iter()
        .map(|q| {
            let id = crate::message_id::question(&q.id);
            let mut options: Vec<serde_json::Value> = q
                .options
                .iter()
                .map(
                    |o| serde_json::json!({ "id": o, "label": l.text(lang, &crate::message_id::option(&q.id, o)) }),
                )
                .collect();
            if q.optional {
                options.push(serde_json::json!({
                    "id": crate::engine::answers::NO_MONTH,
                    "label": l.text(lang, &crate::message_id::no_answer(&q.id)),
                }));
            }
            serde_json::json!({
                "id": q.id,
                "kind": q.kind.name(),
                "prompt": l.text(lang, &id),
                "help": l.attr(lang, &id, "help", None).unwrap_or_default(),
                "optional": q.optional,
                "options": options,
            })
        })
        .collect();
    match format {
        ListFormat::Json => format!(
            "{}\n",
            serde_json::to_string_pretty(&rows).unwrap_or_default()
        ),
        ListFormat::Text => {
            let mut out = String::new();
            for (q, row) in guide.content.questions.iter().zip(&rows) {
                out.push_str(&format!(
                    "{} ({})\n  {}\n",
                    q.id,
                    q.kind.name(),
                    row["prompt"].as_str().unwrap_or("")
                ));
                if q.kind == QuestionKind::Month {
                    out.push_str("  YYYY-MM\n");
                }
                for o in row["options"].as_array().into_iter().flatten() {
                    out.push_str(&format!(
                        "  - {}: {}\n",
                        o["id"].as_str().unwrap_or(""),
                        o["label"].as_str().unwrap_or("")
                    ));
                }
                out.push('\n');
            }
            out
        }
    }
}
