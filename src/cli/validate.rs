//! `yibao-guide validate`: every problem in the content and locales at once, with file and
//! line; the work is done by [`crate::validate`].

use super::context::Context;
use super::output::print_out;
use crate::engine::files::GuideFiles;
use crate::engine::problem::Problem;
use crate::exit::Failure;
use crate::validate::validate;

/// Checks the guide's files; prints a one-line summary, or fails with every problem (65).
pub(super) fn run_validate(files: &GuideFiles, ctx: &Context) -> Result<(), Failure> {
    let report = validate(files, ctx.today);
    if let Some(bound) = report.more_paths {
        // On standard error, like every note: standard output stays the result.
        let note = Problem::new("note-validate-truncated")
            .arg("count", report.paths)
            .arg("total", bound);
        ctx.report(&[note]);
    }
    if report.problems.is_empty() {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("questions", report.questions);
        args.set("items", report.items);
        args.set("paths", report.paths);
        let line = ctx.message("ui-validate-ok", &args, || {
            format!(
                "ok: {} questions, {} items, {} paths",
                report.questions, report.items, report.paths
            )
        });
        print_out(&format!("{line}\n"))
    } else {
        let count = report.problems.len();
        let mut problems = report.problems;
        problems.push(Problem::new("validate-summary").arg("count", count));
        Err(Failure::from_load(problems))
    }
}
