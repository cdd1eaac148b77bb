//! Whether a configured command (`print_command`, `speak_command`) can be started, checked
//! when the configuration is read rather than when a person presses the key.

use std::path::Path;

/// Whether `program` can be started: an executable file at that path when it names a
/// folder (`/usr/bin/lp`, `./print.sh`), else one in a folder of `path` (`$PATH`).
pub fn program_exists(program: &str, path: Option<&std::ffi::OsStr>) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let runnable = |p: &Path| {
        p.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    };
    if program.contains('/') {
        return runnable(Path::new(program));
    }
    path.is_some_and(|dirs| std::env::split_paths(dirs).any(|d| runnable(&d.join(program))))
}
