//! The guide engine: load → validate → answers → derived facts → checklist.
//!
//! Nothing here knows about terminals; the CLI, plain mode and the full-screen wizard all
//! drive the same functions.

pub mod answers;
pub mod check;
pub mod condition;
pub mod content;
pub mod facts;
pub mod files;
pub mod flow;
pub mod hash;
pub mod month;
pub mod paths;
pub mod problem;
pub mod text_safety;
pub mod yaml;
