//! Saved answers: a small YAML file the guide writes and reads back with `--answers`.
//! It holds the content version and the answers, nothing else about the person.

use crate::engine::answers::Answers;
use crate::engine::content::Content;

/// The answers as YAML, in content order, every value quoted (so `yes`/`no` and months stay
/// strings for any YAML reader).
pub(crate) fn answers_yaml(content: &Content, answers: &Answers) -> String {
    let mut out = format!(
        "# yibao-guide answers. Open with: yibao-guide --answers FILE\ncontent_version: \"{}\"\nanswers:\n",
        content.version
    );
    for q in &content.questions {
        if let Some(v) = answers.get(&q.id) {
            out.push_str(&format!("  {}: \"{}\"\n", q.id, v));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::{parse_answers_text, resolve};
    use crate::engine::answers::AnswerValue;
    use crate::guide::Guide;

    #[test]
    fn saved_answers_read_back_the_same() {
        let g = Guide::embedded().unwrap();
        let mut a = Answers::default();
        a.set("reason", AnswerValue::Choice("laid_off".into()));
        a.set("gap_start", AnswerValue::Month("2026-08".parse().unwrap()));
        a.set("gap_end", AnswerValue::NoMonth);
        a.set("gap_medical", AnswerValue::Choice("yes".into()));
        let text = answers_yaml(&g.content, &a);
        let raw = parse_answers_text("saved.yaml", &text).unwrap();
        let back = resolve(&g.content, &raw, "2026-11-22".parse().unwrap()).unwrap();
        assert_eq!(back, a);
    }
}
