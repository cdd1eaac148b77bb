//! `yibao-guide paths`: every path through the questions with the items it selects, as text
//! or JSON, written as the walk finds them.

use super::args::ListFormat;
use super::context::Context;
use super::output::stdout_outcome;
use crate::engine::paths::{for_each_path, path_bound};
use crate::engine::problem::Problem;
use crate::exit::{EXIT_DATA, Failure};
use crate::guide::Guide;
use crate::validate::describe_view;
use std::io::Write;

/// `paths`: every reachable path with the items it selects, by section, written as the walk
/// finds them (nothing is kept, so memory stays small however many paths there are). When
/// the walk's limits stop it, that is said: a note on standard error, `"truncated": true`
/// in JSON, and with `--fail-on-truncate` an error (65) instead of the note.
pub(super) fn run_paths(
    guide: &Guide,
    ctx: &Context,
    format: ListFormat,
    fail_on_truncate: bool,
) -> Result<(), Failure> {
    let content = &guide.content;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed: Option<std::io::Error> = None;
    let mut count = 0usize;
    let by_section = |items: &[usize]| -> Vec<(&str, Vec<&str>)> {
        content
            .sections
            .iter()
            .enumerate()
            .map(|(si, s)| {
                (
                    s.id.as_str(),
                    items
                        .iter()
                        .filter(|&&i| content.items[i].section == si)
                        .map(|&i| content.items[i].id.as_str())
                        .collect(),
                )
            })
            .collect()
    };
    let mut write = |out: &mut std::io::BufWriter<_>, text: &str| {
        if failed.is_none()
            && let Err(e) = out.write_all(text.as_bytes())
        {
            failed = Some(e);
        }
    };
    if format == ListFormat::Json {
        write(&mut out, "{\n  \"paths\": [");
    }
    let truncated = for_each_path(content, ctx.today, |p| {
        count += 1;
        let text = match format {
            ListFormat::Json => {
                let items: serde_json::Map<String, serde_json::Value> = by_section(p.items)
                    .into_iter()
                    .map(|(s, ids)| (s.to_owned(), serde_json::json!(ids)))
                    .collect();
                let row = serde_json::json!({
                    "answers": p.answers,
                    "gap_months": p.gap_months,
                    "items": items,
                });
                let pretty = serde_json::to_string_pretty(&row).unwrap_or_default();
                let indented = pretty.replace('\n', "\n    ");
                let sep = if count == 1 { "" } else { "," };
                format!("{sep}\n    {indented}")
            }
            ListFormat::Text => {
                let mut t = format!("{count}. {}\n", describe_view(content, p));
                for (section, ids) in by_section(p.items) {
                    t.push_str(&format!("   {section}: {}\n", ids.join(", ")));
                }
                t
            }
        };
        write(&mut out, &text);
    });
    let end = match format {
        ListFormat::Json => {
            format!("\n  ],\n  \"count\": {count},\n  \"truncated\": {truncated}\n}}\n")
        }
        ListFormat::Text => format!("{count} paths\n"),
    };
    write(&mut out, &end);
    if failed.is_none()
        && let Err(e) = out.flush()
    {
        failed = Some(e);
    }
    stdout_outcome(failed.map_or(Ok(()), Err))?;
    if truncated {
        let total = path_bound(content);
        if fail_on_truncate {
            let p = Problem::new("paths-truncated")
                .arg("count", count)
                .arg("total", total);
            return Err(Failure::one(EXIT_DATA, p));
        }
        let note = Problem::new("note-paths-truncated")
            .arg("count", count)
            .arg("total", total);
        ctx.report(&[note]);
    }
    Ok(())
}
