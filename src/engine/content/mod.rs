//! The content model: questions, routing, checklist items and sources, loaded from
//! `content/*.yaml` and checked for internal consistency.
//!
//! Loading is two steps. Serde reads each file into a `raw` shape that keeps line numbers;
//! then `build` turns that into the typed `model`, collecting every problem (unknown ids,
//! bad references, malformed conditions) instead of stopping at the first. Checks that need
//! the whole flow (reachability, cycles, paths) live in `validate`.

mod build;
mod builder;
mod conditions;
mod model;
mod questions;
mod raw;

pub use model::{
    Content, Item, Marker, Question, QuestionKind, REQUIRED_SECTIONS, Route, Section, SectionKind,
    Source, SourceRef, Target,
};
