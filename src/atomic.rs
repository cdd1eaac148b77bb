//! Writing files so that a reader never sees half of one: write a temporary file in the
//! same directory, flush it to disk, then rename it over the target. A failure at any
//! point leaves the old file (if any) untouched and no temporary file behind.

use crate::engine::problem::{Loc, Problem};
use std::io::Write;
use std::path::Path;

/// Atomically replaces `path` with `bytes`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Problem> {
    let display = path.display().to_string();
    let fail = |e: std::io::Error| {
        Problem::new("write-failed")
            .at(Loc::file(&display))
            .arg("error", e.to_string())
    };
    if path.is_dir() {
        return Err(Problem::new("write-is-directory").at(Loc::file(&display)));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // NamedTempFile removes itself on drop, so every early return cleans up.
    let mut tmp = tempfile::Builder::new()
        .prefix(".yibao-guide-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(fail)?;
    tmp.write_all(bytes).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.md");
        std::fs::write(&target, "old").unwrap();
        write_atomic(&target, "new".as_bytes()).unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn missing_directory_is_an_error_not_a_partial_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("no/such/dir/out.md");
        let err = write_atomic(&target, b"x").unwrap_err();
        assert_eq!(err.code, "write-failed");
        assert!(!target.exists());
    }

    #[test]
    fn a_directory_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            write_atomic(dir.path(), b"x").unwrap_err().code,
            "write-is-directory"
        );
    }
}
