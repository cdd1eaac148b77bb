//! yibao-guide: a terminal guide for people in mainland China whose employee medical
//! insurance (职工医保) has a gap (断缴) and who need to pay it back or continue it.
//!
//! The crate is layered so data flows one way:
//!
//! - [`engine`]: content model, answers, derived facts, routing and paths. No text, no
//!   terminal.
//! - [`i18n`]: the two languages and Fluent text.
//! - [`guide`], [`checklist`], [`validate`]: the loaded guide, the localized checklist, and
//!   the checks behind `yibao-guide validate`.
//! - [`render`]: text, Markdown and JSON output of a checklist.
//! - [`cli`], [`plain`]: the command line and the line-by-line mode.

pub mod atomic;
pub mod batch;
pub mod checklist;
pub mod child;
pub mod cli;
pub mod compiled;
pub mod config;
pub mod engine;
pub mod fluent_check;
pub mod graph;
pub mod guide;
pub mod i18n;
pub mod manual;
pub mod plain;
pub mod render;
pub mod resume;
pub mod save;
pub mod speak;
pub mod tui;
pub mod validate;
pub mod wrap;
