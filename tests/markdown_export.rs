//! Exported Markdown read back by a real CommonMark parser (pulldown-cmark), as any viewer
//! reads it: every item's sources are a list nested under that item (never run-on text in
//! the item's paragraph, which an indent of six spaces under `- [ ]` once made them), the
//! item text comes back as written, and ticked materials come out ticked.
//!
//! Checked for the golden samples (`tests/golden/<lang>/samples/*.md`, rebuilt from the path
//! in their header) and for a spread of rendered paths in both languages.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::collections::BTreeSet;
use yibao_guide::batch;
use yibao_guide::checklist::Checklist;
use yibao_guide::engine::flow::walk;
use yibao_guide::engine::paths::for_each_path;
use yibao_guide::guide::Guide;
use yibao_guide::i18n::Lang;
use yibao_guide::render::{Format, render, render_markdown, render_markdown_ticked};

const TODAY: &str = "2026-11-22";

/// A top-level list item as the parser sees it.
#[derive(Debug, Default)]
struct Item {
    /// Its own text: everything outside nested lists, soft breaks as spaces.
    text: String,
    /// `Some(ticked)` for a task-list item.
    task: Option<bool>,
    /// The text of each item of the list nested in it.
    nested: Vec<String>,
}

/// A `##` section and its list items; `deeper` counts list items nested more than one level.
#[derive(Debug, Default)]
struct Section {
    title: String,
    items: Vec<Item>,
    deeper: usize,
}

/// The `##` sections of a Markdown text, from the parser's events.
fn sections(md: &str) -> Vec<Section> {
    let mut out: Vec<Section> = Vec::new();
    let mut depth = 0usize;
    let mut in_heading = false;
    for event in Parser::new_ext(md, Options::ENABLE_TASKLISTS) {
        match event {
            Event::Start(Tag::Heading { .. }) => {
                in_heading = true;
                out.push(Section::default());
            }
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Start(Tag::List(_)) => depth += 1,
            Event::End(TagEnd::List(_)) => depth -= 1,
            Event::Start(Tag::Item) => {
                let Some(section) = out.last_mut() else {
                    continue;
                };
                match depth {
                    1 => section.items.push(Item::default()),
                    2 => {
                        if let Some(item) = section.items.last_mut() {
                            item.nested.push(String::new());
                        }
                    }
                    _ => section.deeper += 1,
                }
            }
            Event::TaskListMarker(ticked) if depth == 1 => {
                if let Some(item) = out.last_mut().and_then(|s| s.items.last_mut()) {
                    item.task = Some(ticked);
                }
            }
            Event::Text(t) | Event::Code(t) => push_text(&mut out, depth, in_heading, &t),
            Event::SoftBreak | Event::HardBreak => push_text(&mut out, depth, in_heading, " "),
            _ => {}
        }
    }
    out
}

fn push_text(out: &mut [Section], depth: usize, in_heading: bool, text: &str) {
    let Some(section) = out.last_mut() else {
        return;
    };
    if in_heading {
        section.title.push_str(text);
        return;
    }
    let Some(item) = section.items.last_mut() else {
        return;
    };
    match depth {
        1 => item.text.push_str(text),
        2 => {
            if let Some(n) = item.nested.last_mut() {
                n.push_str(text);
            }
        }
        _ => {}
    }
}

/// Checks one Markdown rendering of `c` against the checklist it was made from.
fn check(
    label: &str,
    md: &str,
    c: &Checklist,
    guide: &Guide,
    lang: Lang,
    ticked: &BTreeSet<String>,
) {
    let l = &guide.locales;
    let source_label = l.text(lang, "ui-sources-label");
    let parsed = sections(md);
    for section in c.sections.iter().filter(|s| !s.items.is_empty()) {
        let Some(p) = parsed.iter().find(|p| p.title == section.title) else {
            panic!("{label}: no heading {:?}", section.title);
        };
        assert_eq!(p.deeper, 0, "{label}: lists nested deeper than sources");
        assert_eq!(
            p.items.len(),
            section.items.len(),
            "{label}: {} has {} list items for {} checklist items",
            section.id,
            p.items.len(),
            section.items.len()
        );
        for (item, got) in section.items.iter().zip(&p.items) {
            let mut text = item.text.clone();
            if item.local {
                text.push_str(&l.text(lang, "ui-local-mark"));
            }
            // No source text runs on into the item's own paragraph.
            assert!(
                !got.text.contains(source_label.trim()),
                "{label}: sources inside the paragraph of {}: {:?}",
                item.id,
                got.text
            );
            assert_eq!(got.text.trim(), text.trim(), "{label}: text of {}", item.id);
            assert_eq!(
                got.nested.len(),
                item.sources.len(),
                "{label}: {} has {} nested items for {} sources",
                item.id,
                got.nested.len(),
                item.sources.len()
            );
            for (source, nested) in item.sources.iter().zip(&got.nested) {
                assert_eq!(
                    nested.trim(),
                    format!("{source_label}{}", source.text).trim(),
                    "{label}: source of {}",
                    item.id
                );
            }
            let task = (section.id == "materials").then(|| ticked.contains(&item.id));
            assert_eq!(got.task, task, "{label}: task box of {}", item.id);
        }
    }
}

/// The checklist of a path written as the golden samples' header does:
/// `reason=resigned gap_months=3 gap_end=none ...`.
fn checklist_for(guide: &Guide, lang: Lang, described: &str) -> Checklist {
    let today = TODAY.parse().unwrap();
    let raw: Vec<_> = described
        .split_whitespace()
        .map(|pair| batch::parse_answer_flag(pair).unwrap())
        .collect();
    let mut answers = batch::resolve(&guide.content, &raw, today).unwrap();
    let (w, _) = batch::complete(&guide.content, &mut answers, today).unwrap();
    Checklist::build(guide, lang, &answers, &w)
}

#[test]
fn golden_samples_nest_every_items_sources_under_it() {
    let guide = Guide::embedded().unwrap();
    let none = BTreeSet::new();
    let mut checked = 0;
    for lang in Lang::ALL {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/golden")
            .join(lang.code())
            .join("samples");
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let md = std::fs::read_to_string(&path).unwrap();
            let header = md.lines().next().unwrap();
            let described = header
                .strip_prefix("<!-- ")
                .and_then(|h| h.strip_suffix(" -->"))
                .unwrap_or_else(|| panic!("{}: no path header", path.display()));
            let c = checklist_for(&guide, lang, described);
            check(&path.display().to_string(), &md, &c, &guide, lang, &none);
            checked += 1;
        }
    }
    assert!(checked >= 2 * 8, "only {checked} samples");
}

#[test]
fn rendered_paths_in_both_languages_nest_sources_under_their_items() {
    let guide = Guide::embedded().unwrap();
    let today = TODAY.parse().unwrap();
    // Every 97th path (a prime, so the sample does not follow the walk's rhythm) and the
    // first: a few hundred checklists of every shape, in both languages.
    let mut answers = Vec::new();
    let mut n = 0usize;
    for_each_path(&guide.content, today, |p| {
        if n.is_multiple_of(97) {
            answers.push(p.answers.clone());
        }
        n += 1;
    });
    assert!(answers.len() > 50, "{} paths sampled", answers.len());
    let none = BTreeSet::new();
    for a in &answers {
        let w = walk(&guide.content, a, today);
        for lang in Lang::ALL {
            let c = Checklist::build(&guide, lang, a, &w);
            let md = render_markdown(&c, &guide.locales, lang);
            check(&format!("{lang:?} {a:?}"), &md, &c, &guide, lang, &none);
        }
    }
}

#[test]
fn ticked_materials_are_ticked_in_every_export_format() {
    let guide = Guide::embedded().unwrap();
    for lang in Lang::ALL {
        let c = checklist_for(
            &guide,
            lang,
            "reason=resigned gap_months=3 gap_end=none plan=flexible city=same gap_medical=no situations=none",
        );
        let materials = &c
            .sections
            .iter()
            .find(|s| s.id == "materials")
            .unwrap()
            .items;
        assert!(materials.len() >= 3);
        // The first and the last material ticked; a step's id is not a box to tick.
        let steps = &c.sections.iter().find(|s| s.id == "steps").unwrap().items;
        let ticked: BTreeSet<String> = [
            materials[0].id.clone(),
            materials[materials.len() - 1].id.clone(),
            steps[0].id.clone(),
        ]
        .into();
        let md = render_markdown_ticked(&c, &guide.locales, lang, &ticked);
        check(&format!("{lang:?} ticked"), &md, &c, &guide, lang, &ticked);
        assert_eq!(
            render(
                &c,
                &guide.locales,
                lang,
                Format::Markdown,
                None,
                Some(&ticked)
            ),
            md
        );

        let text = render(&c, &guide.locales, lang, Format::Text, None, Some(&ticked));
        assert_eq!(text.matches("  [x] ").count(), 2, "{text}");
        assert_eq!(
            text.matches("  [ ] ").count(),
            materials.len() - 2,
            "{text}"
        );
        assert!(
            text.contains(&format!("  [x] {}", materials[0].text)),
            "{text}"
        );

        let json = render(&c, &guide.locales, lang, Format::Json, None, Some(&ticked));
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            v["ticked"],
            serde_json::json!([materials[0].id, materials[materials.len() - 1].id])
        );
        // Batch output has nothing ticked, and says so.
        let json = render(&c, &guide.locales, lang, Format::Json, None, None);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["ticked"], serde_json::json!([]));
        assert!(!render(&c, &guide.locales, lang, Format::Text, None, None).contains("[x]"));
    }
}
