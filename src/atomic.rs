//! Every file the guide writes goes through here (`--output`, `--save`, the wizard's export
//! and save), so what it may write over is decided in one place:
//!
//! - A regular file (or a link to one) is replaced atomically: a temporary file in the same
//!   folder, flushed to disk, then renamed over the target. A reader never sees half a
//!   file, a failure leaves the old one untouched and no temporary file behind, an existing
//!   file keeps its permissions, and a new one gets the usual `0666` less the umask.
//! - A read-only file is refused, even where the system would allow it (as root).
//! - Standard output and error (`/dev/stdout`, `/dev/stderr`, `/dev/fd/N`,
//!   `/proc/self/fd/N`) and `/dev/null` are written through: naming them is asking for it.
//! - Anything else that is not a regular file (a FIFO, a device, a socket) is refused: a
//!   rename would silently replace it, and opening it could block or reach hardware.

use crate::engine::problem::{Loc, Problem};
use std::fs::{self, Metadata};
use std::io::{self, ErrorKind, IsTerminal, Write};
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, SystemTime};

/// Our temporary files are `.yibao-guide-XXXXXX.tmp`, XXXXXX being tempfile's random part.
const TEMP_PREFIX: &str = ".yibao-guide-";
const TEMP_SUFFIX: &str = ".tmp";
const TEMP_RANDOM_LEN: usize = 6;

/// A temporary file this old was left by a run that was killed. Writing one takes
/// milliseconds, so a live writer's file is never near this age, even on a slow disk.
const STALE_AFTER: Duration = Duration::from_secs(10 * 60);

/// Links followed before giving up (the kernel's own limit is 40).
const MAX_LINKS: usize = 40;

/// Whether the full-screen guide is drawn on the terminal: then writing through to the
/// terminal would scribble over the screen, so it is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Free,
    InUse,
}

/// Writes `bytes` to `path`: atomically over a regular file, through to an output stream
/// the person named, and never over anything else (see the module documentation).
pub fn write_atomic(path: &Path, bytes: &[u8], screen: Screen) -> Result<(), Problem> {
    match resolve(path)? {
        Target::Stream(stream) => write_through(path, &stream, bytes, screen),
        Target::File { real, existing } => replace(path, &real, existing.as_ref(), bytes),
    }
}

/// Names tried by [`write_new`]: `name.md`, then `name-2.md` up to `name-999.md`.
const MAX_NUMBERED: u32 = 999;

/// The folder a file is written in ("." for a bare name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// A temporary file of ours in `dir`, named so stale ones can be recognised later.
/// NamedTempFile removes itself on drop, so every early return cleans up. The mode is passed
/// to open(2), which takes the umask off: a new file gets what `>` would give it.
fn temp_file_in(dir: &Path) -> io::Result<tempfile::NamedTempFile> {
    tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .rand_bytes(TEMP_RANDOM_LEN)
        .permissions(fs::Permissions::from_mode(0o666))
        .tempfile_in(dir)
}

/// Writes `bytes` to a new file at `path`, or at `name-2.md`, `name-3.md`... when that name
/// is taken; never over an existing file or link (a kiosk's export folder is shared by every
/// visitor, and each export must stay theirs). Complete or not at all, as with
/// [`write_atomic`]: a temporary file, then a rename that refuses to replace. Returns the
/// path written.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<PathBuf, Problem> {
    let fail = |e: &io::Error| atomic_failure(path, e);
    let dir = folder_of(path);
    let mut tmp = temp_file_in(dir).map_err(|e| fail(&e))?;
    if let Ok(ours) = tmp.as_file().metadata() {
        remove_stale_temporaries(dir, tmp.path(), ours.uid());
    }
    tmp.write_all(bytes).map_err(|e| fail(&e))?;
    tmp.as_file().sync_all().map_err(|e| fail(&e))?;
    for n in 1..=MAX_NUMBERED {
        let candidate = if n == 1 {
            path.to_path_buf()
        } else {
            numbered(path, n)
        };
        match tmp.persist_noclobber(&candidate) {
            Ok(_) => return Ok(candidate),
            Err(e) if e.error.kind() == ErrorKind::AlreadyExists => tmp = e.file,
            Err(e) => return Err(fail(&e.error)),
        }
    }
    Err(fail(&io::Error::from(ErrorKind::AlreadyExists)))
}

/// `dir/name-n.ext` for `dir/name.ext`.
fn numbered(path: &Path, n: u32) -> PathBuf {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let name = match path.extension() {
        Some(ext) => format!("{stem}-{n}.{}", ext.to_string_lossy()),
        None => format!("{stem}-{n}"),
    };
    path.with_file_name(name)
}

/// Makes a file size limit (`ulimit -f`, systemd's `LimitFSIZE`) an ordinary write error.
/// Otherwise SIGXFSZ kills the process mid-write: the terminal is not restored and the
/// temporary file stays. A handler (the flag is never read), not SIG_IGN, because an
/// ignored signal stays ignored in the programs we start (the print command).
pub fn catch_file_size_signal() {
    let caught = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    // Failing to register only leaves the default action, as before.
    let _ = signal_hook::flag::register(signal_hook::consts::SIGXFSZ, caught);
}

/// An output stream written through rather than replaced.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Stream {
    Stdout,
    Stderr,
    /// `/dev/null`, or another descriptor: opened by this path.
    Path(PathBuf),
}

/// What a path leads to once its links are followed.
#[derive(Debug)]
enum Target {
    Stream(Stream),
    /// A regular file at `real` (the link's target), or a new one when `existing` is None.
    File {
        real: PathBuf,
        existing: Option<Metadata>,
    },
}

/// The stream a path names, by its spelling alone: these names are the person asking to
/// write to what is already open, whatever it is (a terminal, a pipe, a file).
fn stream_name(path: &Path) -> Option<Stream> {
    let parts: Vec<&str> = path
        .components()
        .map(|c| match c {
            Component::RootDir => Some("/"),
            Component::Normal(s) => s.to_str(),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let fd = match parts.as_slice() {
        ["/", "dev", "stdout"] => 1,
        ["/", "dev", "stderr"] => 2,
        ["/", "dev", "null"] => return Some(Stream::Path(path.to_path_buf())),
        ["/", "dev", "fd", n] | ["/", "proc", "self", "fd", n]
            if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) =>
        {
            n.parse::<u32>().ok()?
        }
        _ => return None,
    };
    Some(match fd {
        1 => Stream::Stdout,
        2 => Stream::Stderr,
        _ => Stream::Path(path.to_path_buf()),
    })
}

/// Follows links from `path` to a stream name, a regular file or nothing (a new file);
/// anything else is refused here, before it is opened.
fn resolve(path: &Path) -> Result<Target, Problem> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        if let Some(stream) = stream_name(&current) {
            return Ok(Target::Stream(stream));
        }
        // Where the problem is: the path given, and the link's end when that differs.
        let here = |p: Problem| {
            let p = p.arg("target", current.display());
            if current == path {
                p
            } else {
                p.at(Loc::file(path.display().to_string()))
            }
        };
        let meta = match fs::symlink_metadata(&current) {
            Ok(meta) => meta,
            Err(e) if e.kind() == ErrorKind::NotFound && current == path => {
                return Ok(Target::File {
                    real: current,
                    existing: None,
                });
            }
            Err(e) if e.kind() == ErrorKind::NotFound => {
                return Err(here(Problem::new("write-dangling-link")));
            }
            Err(e) => return Err(atomic_failure(path, &e)),
        };
        let kind = meta.file_type();
        if kind.is_symlink() {
            let link = fs::read_link(&current).map_err(|e| atomic_failure(path, &e))?;
            // A relative link is relative to its own folder; an absolute one replaces all.
            current = match current.parent() {
                Some(dir) => dir.join(link),
                None => link,
            };
        } else if kind.is_file() {
            return Ok(Target::File {
                real: current,
                existing: Some(meta),
            });
        } else if kind.is_dir() {
            return Err(
                Problem::new("write-is-directory").at(Loc::file(path.display().to_string()))
            );
        } else {
            let kind = if kind.is_fifo() {
                "fifo"
            } else if kind.is_char_device() {
                "char-device"
            } else if kind.is_block_device() {
                "block-device"
            } else if kind.is_socket() {
                "socket"
            } else {
                "other"
            };
            return Err(here(Problem::new("write-not-regular").arg("kind", kind)));
        }
    }
    let loop_error = io::Error::other("too many levels of symbolic links");
    Err(atomic_failure(path, &loop_error))
}

/// Writes to an already open stream. Nothing is replaced, so there is nothing to undo; a
/// failure may leave part of the output written, and the message says so.
fn write_through(
    path: &Path,
    stream: &Stream,
    bytes: &[u8],
    screen: Screen,
) -> Result<(), Problem> {
    let fail = |e: io::Error| {
        Problem::new("write-failed")
            .at(Loc::file(path.display().to_string()))
            .arg("error", &e)
            .arg("reason", reason(&e, true))
            .arg("partial", "yes")
    };
    let on_screen = || Problem::new("write-terminal").at(Loc::file(path.display().to_string()));
    let result = match stream {
        Stream::Stdout => {
            let out = io::stdout();
            if screen == Screen::InUse && out.is_terminal() {
                return Err(on_screen());
            }
            let mut out = out.lock();
            out.write_all(bytes).and_then(|()| out.flush())
        }
        Stream::Stderr => {
            let err = io::stderr();
            if screen == Screen::InUse && err.is_terminal() {
                return Err(on_screen());
            }
            let mut err = err.lock();
            err.write_all(bytes).and_then(|()| err.flush())
        }
        Stream::Path(p) => {
            // Append, and never create or truncate: what the descriptor leads to already
            // holds what the caller put there (`3>>log`).
            let mut file = fs::OpenOptions::new().append(true).open(p).map_err(fail)?;
            if screen == Screen::InUse && file.is_terminal() {
                return Err(on_screen());
            }
            file.write_all(bytes).and_then(|()| file.flush())
        }
    };
    match result {
        // A closed pipe (`| head`) is the reader's choice, as for standard output.
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(fail),
    }
}

/// Replaces the regular file `real` (reached from `path`) or creates it, atomically.
fn replace(
    path: &Path,
    real: &Path,
    existing: Option<&Metadata>,
    bytes: &[u8],
) -> Result<(), Problem> {
    let fail = |e: io::Error| atomic_failure(path, &e);
    if let Some(meta) = existing {
        check_writable(path, real, meta)?;
    }
    let dir = folder_of(real);
    let mut tmp = temp_file_in(dir).map_err(fail)?;
    let ours = tmp.as_file().metadata().map_err(fail)?;
    remove_stale_temporaries(dir, tmp.path(), ours.uid());
    if let Some(meta) = existing {
        // The permission bits, not setuid/setgid/sticky: those make no sense on a text file.
        let mode = meta.mode() & 0o777;
        tmp.as_file()
            .set_permissions(fs::Permissions::from_mode(mode))
            .map_err(fail)?;
        if (meta.uid(), meta.gid()) != (ours.uid(), ours.gid()) {
            // Keep the owner too, where we may (as root, or a group we are in); where we may
            // not, the new file is ours, as any editor's save would make it.
            let _ = std::os::unix::fs::fchown(tmp.as_file(), Some(meta.uid()), Some(meta.gid()));
        }
    }
    tmp.write_all(bytes).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(real).map_err(|e| fail(e.error))?;
    Ok(())
}

/// Refuses to replace a file we may not write. The rename only needs the folder to be
/// writable, and root may write anything, so the file itself is checked: the system's
/// answer for us, and the mode bits, which mean "read-only" even to root.
fn check_writable(path: &Path, real: &Path, meta: &Metadata) -> Result<(), Problem> {
    let read_only = || {
        let p = Problem::new("write-read-only").arg("target", real.display());
        if real == path {
            p
        } else {
            p.at(Loc::file(path.display().to_string()))
        }
    };
    if meta.mode() & 0o222 == 0 {
        return Err(read_only());
    }
    // Opening without truncating changes nothing; it was a regular file a moment ago.
    match fs::OpenOptions::new().write(true).open(real) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == ErrorKind::PermissionDenied => Err(read_only()),
        Err(e) => Err(atomic_failure(path, &e)),
    }
}

/// A failed atomic write: the old file, if any, is as it was.
fn atomic_failure(path: &Path, e: &io::Error) -> Problem {
    Problem::new("write-failed")
        .at(Loc::file(path.display().to_string()))
        .arg("error", e)
        .arg("reason", reason(e, false))
        .arg("partial", "no")
}

/// The error in words the messages can say in both languages (`other` shows the system's
/// own text). `through`: writing to a stream, where "not found" is not about a folder.
fn reason(e: &io::Error, through: bool) -> &'static str {
    match e.kind() {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "disk-full",
        ErrorKind::FileTooLarge => "too-large",
        ErrorKind::ReadOnlyFilesystem => "read-only-fs",
        ErrorKind::PermissionDenied => "denied",
        ErrorKind::NotFound | ErrorKind::NotADirectory if !through => "no-folder",
        _ => "other",
    }
}

/// Whether `name` is exactly one of our temporary file names.
fn is_temp_name(name: &str) -> bool {
    name.strip_prefix(TEMP_PREFIX)
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
        .is_some_and(|random| {
            random.len() == TEMP_RANDOM_LEN && random.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

fn is_stale(modified: SystemTime, now: SystemTime) -> bool {
    now.duration_since(modified)
        .is_ok_and(|age| age >= STALE_AFTER)
}

/// Removes temporary files a killed run left in `dir`: only regular files with exactly our
/// name pattern, owned by `uid` (us), and old enough that no live writer can be using them
/// (a concurrent guide writing into the same folder has a fresh one). Best effort: a file
/// that cannot be read or removed is left for next time.
fn remove_stale_temporaries(dir: &Path, own: &Path, uid: u32) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let path = entry.path();
        if path == own || !entry.file_name().to_str().is_some_and(is_temp_name) {
            continue;
        }
        // symlink_metadata: a link with our name is not ours to follow or remove.
        let Ok(meta) = fs::symlink_metadata(&path) else {
            continue;
        };
        let old = meta.modified().is_ok_and(|m| is_stale(m, now));
        if meta.file_type().is_file() && meta.uid() == uid && old {
            let _ = fs::remove_file(&path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, bytes: &[u8]) -> Result<(), Problem> {
        write_atomic(path, bytes, Screen::Free)
    }

    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.md");
        std::fs::write(&target, "old").unwrap();
        write(&target, "new".as_bytes()).unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn missing_directory_is_an_error_not_a_partial_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("no/such/dir/out.md");
        let err = write(&target, b"x").unwrap_err();
        assert_eq!(err.code, "write-failed");
        assert_eq!(err.get("reason"), Some("no-folder"));
        assert_eq!(err.get("partial"), Some("no"));
        assert!(!target.exists());
    }

    #[test]
    fn write_new_never_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.md");
        assert_eq!(write_new(&target, b"one").unwrap(), target);
        assert_eq!(
            write_new(&target, b"two").unwrap(),
            dir.path().join("out-2.md")
        );
        std::os::unix::fs::symlink("/nonexistent", dir.path().join("out-3.md")).unwrap();
        assert_eq!(
            write_new(&target, b"four").unwrap(),
            dir.path().join("out-4.md")
        );
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "one");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("out-2.md")).unwrap(),
            "two"
        );
        // No temporary file left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 4);
    }

    #[test]
    fn a_directory_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            write(dir.path(), b"x").unwrap_err().code,
            "write-is-directory"
        );
    }

    #[test]
    fn an_existing_file_keeps_its_mode() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.md");
        std::fs::write(&target, "old").unwrap();
        std::fs::set_permissions(&target, fs::Permissions::from_mode(0o604)).unwrap();
        write(&target, b"new").unwrap();
        let mode = std::fs::metadata(&target).unwrap().mode() & 0o7777;
        assert_eq!(mode, 0o604);
    }

    #[test]
    fn a_read_only_file_is_refused_even_where_the_system_would_allow_it() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.md");
        std::fs::write(&target, "old").unwrap();
        std::fs::set_permissions(&target, fs::Permissions::from_mode(0o444)).unwrap();
        let err = write(&target, b"new").unwrap_err();
        assert_eq!(err.code, "write-read-only");
        // Named directly: the message names it, with no separate location.
        assert_eq!(err.loc, None);
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "old");
    }

    #[test]
    fn a_link_is_followed_and_problems_name_both_ends() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink("gone.md", &link).unwrap();
        let err = write(&link, b"x").unwrap_err();
        assert_eq!(err.code, "write-dangling-link");
        assert_eq!(err.loc, Some(Loc::file(link.display().to_string())));
        assert_eq!(
            err.get("target"),
            Some(dir.path().join("gone.md").display().to_string().as_str())
        );
        std::fs::write(dir.path().join("gone.md"), "old").unwrap();
        write(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("gone.md")).unwrap(),
            "new"
        );
    }

    #[test]
    fn a_link_loop_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a");
        std::os::unix::fs::symlink("b", &a).unwrap();
        std::os::unix::fs::symlink("a", dir.path().join("b")).unwrap();
        assert_eq!(write(&a, b"x").unwrap_err().code, "write-failed");
        assert!(fs::symlink_metadata(&a).unwrap().file_type().is_symlink());
    }

    #[test]
    fn stream_names_are_recognised_by_spelling() {
        let s = |p: &str| stream_name(Path::new(p));
        assert_eq!(s("/dev/stdout"), Some(Stream::Stdout));
        assert_eq!(s("//dev/./stdout/"), Some(Stream::Stdout));
        assert_eq!(s("/dev/fd/1"), Some(Stream::Stdout));
        assert_eq!(s("/proc/self/fd/1"), Some(Stream::Stdout));
        assert_eq!(s("/dev/stderr"), Some(Stream::Stderr));
        assert_eq!(s("/proc/self/fd/2"), Some(Stream::Stderr));
        assert_eq!(s("/dev/fd/7"), Some(Stream::Path("/dev/fd/7".into())));
        assert_eq!(s("/dev/null"), Some(Stream::Path("/dev/null".into())));
        for other in [
            "/dev/full",
            "/dev/sda",
            "dev/stdout",
            "./dev/null",
            "/dev/fd/",
            "/dev/fd/x1",
            "/dev/fd/+1",
            "/dev/fd/99999999999",
            "/proc/1/fd/1",
            "/dev/../dev/stdout",
            "stdout",
        ] {
            assert_eq!(s(other), None, "{other}");
        }
    }

    #[test]
    fn only_our_exact_temporary_names_match() {
        assert!(is_temp_name(".yibao-guide-Ab12Cd.tmp"));
        for name in [
            ".yibao-guide-notes.tmp",
            ".yibao-guide-Ab12Cd7.tmp",
            ".yibao-guide-Ab12Cd.tmp.bak",
            "yibao-guide-Ab12Cd.tmp",
            ".yibao-guide-Ab-2Cd.tmp",
            ".yibao-guide-.tmp",
            ".yibao-guide-Ab12Cd.TMP",
        ] {
            assert!(!is_temp_name(name), "{name}");
        }
    }

    #[test]
    fn only_old_temporaries_are_stale() {
        let now = SystemTime::now();
        assert!(!is_stale(now, now));
        assert!(!is_stale(now - STALE_AFTER + Duration::from_secs(1), now));
        assert!(is_stale(now - STALE_AFTER, now));
        // A clock set back makes files look new: they are left alone.
        assert!(!is_stale(now + Duration::from_secs(3600), now));
    }

    #[test]
    fn errors_are_named_in_words_where_they_can_be() {
        let r = |kind: ErrorKind, through| reason(&io::Error::from(kind), through);
        assert_eq!(r(ErrorKind::StorageFull, false), "disk-full");
        assert_eq!(r(ErrorKind::QuotaExceeded, true), "disk-full");
        assert_eq!(r(ErrorKind::FileTooLarge, false), "too-large");
        assert_eq!(r(ErrorKind::ReadOnlyFilesystem, false), "read-only-fs");
        assert_eq!(r(ErrorKind::PermissionDenied, true), "denied");
        assert_eq!(r(ErrorKind::NotFound, false), "no-folder");
        assert_eq!(r(ErrorKind::NotFound, true), "other");
        assert_eq!(r(ErrorKind::Interrupted, false), "other");
        // Raw OS errors map the same way (ENOSPC, EFBIG).
        assert_eq!(
            reason(&io::Error::from_raw_os_error(28), false),
            "disk-full"
        );
        assert_eq!(
            reason(&io::Error::from_raw_os_error(27), false),
            "too-large"
        );
    }

    #[test]
    fn stale_temporaries_of_ours_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let old = SystemTime::now() - STALE_AFTER - Duration::from_secs(60);
        let make = |name: &str, modified: SystemTime| {
            let f = std::fs::File::create(dir.path().join(name)).unwrap();
            f.set_modified(modified).unwrap();
        };
        make(".yibao-guide-Old111.tmp", old);
        make(".yibao-guide-New222.tmp", SystemTime::now());
        make(".yibao-guide-Own333.tmp", old);
        make("notes.txt", old);
        let uid = fs::metadata(dir.path()).unwrap().uid();
        remove_stale_temporaries(dir.path(), &dir.path().join(".yibao-guide-Own333.tmp"), uid);
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [
                ".yibao-guide-New222.tmp",
                ".yibao-guide-Own333.tmp",
                "notes.txt"
            ]
        );
        // Someone else's: kept (a uid that is not the owner's stands in for "not us").
        make(".yibao-guide-Old111.tmp", old);
        remove_stale_temporaries(dir.path(), Path::new("/nonexistent"), uid.wrapping_add(1));
        assert!(dir.path().join(".yibao-guide-Old111.tmp").exists());
    }
}
