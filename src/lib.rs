//! yibao-guide: a terminal guide for people in mainland China whose employee medical
//! insurance (职工医保) has a gap (断缴) and who need to pay it back or continue it.
//!
//! The crate is built in layers and data flows one way: a module imports only from its own
//! layer or the ones below, and no module imports one that imports it back
//! (`tests/layers.rs` checks both from the source).
//!
//! 0. Foundations. [`engine`]: the content model, answers, derived facts, routing, paths
//!    and the one answer check; no text, no terminal. [`exit`]: exit codes and the failed
//!    run. [`message_id`]: the Fluent ids of content texts. [`embedded`]: the content and
//!    locale files compiled into the binary. [`ftl_entries`]: where each message of a
//!    Fluent file is, without parsing it. [`atomic`]: whole-or-nothing file writes.
//!    [`wrap`]: line breaking that never splits a wide character.
//! 1. Language. [`fluent_check`]: the checks on `.ftl` files. [`i18n`]: the two languages
//!    and their Fluent text.
//! 2. The loaded guide. [`compiled`] (the content embedded at build time), [`validate`]
//!    (the checks behind `yibao-guide validate`), [`guide`] (content and locales together),
//!    [`graph`] (the routing as Graphviz).
//! 3. Inputs around the guide: [`config`] (the configuration file), [`resume`] (resume
//!    codes), [`save`] and [`batch`] (answers files and `--answer` flags).
//! 4. [`checklist`]: the localized checklist of a finished path.
//! 5. Outputs: [`render`] (text, Markdown, JSON) and [`manual`] (man pages, completions).
//! 6. Front ends: [`plain`] (line by line, for screen readers and pipes) and [`tui`] (the
//!    full-screen wizard: model, update, layout per screen, view, input, runtime).
//! 7. [`cli`]: the command line, which parses arguments and starts one of the above.

// The documentation is for the people who work on the guide: it links to private items.
#![allow(rustdoc::private_intra_doc_links)]

pub mod atomic;
pub mod batch;
pub mod checklist;
pub mod child;
pub mod cli;
pub mod compiled;
pub mod config;
pub mod embedded;
pub mod engine;
pub mod exit;
pub mod fluent_check;
pub(crate) mod ftl_entries;
pub mod graph;
pub mod guide;
pub mod i18n;
pub mod manual;
pub mod message_id;
pub mod plain;
pub mod render;
pub mod resume;
pub mod save;
pub mod speak;
pub mod tui;
pub mod validate;
pub mod wrap;
