//! Every file the guide writes, as the real binary meets it: what it may replace (only
//! regular files), what it writes through (stdout, stderr, /dev/fd/N, /dev/null), the modes
//! of what it leaves, and the clean-up after a size limit or a killed run.
//!
//! Nothing here can replace a real device: devices are named through links in a temporary
//! folder, so even a regression would only replace the link (these tests may run as root).

mod common;

use common::*;
use predicates::prelude::*;
use std::fs;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt, symlink};
use std::path::Path;
use std::time::{Duration, SystemTime};

/// The binary path, for runs wrapped in `bash -c` (umask, ulimit).
const BIN: &str = env!("CARGO_BIN_EXE_yibao-guide");

/// `checklist` in English, writing Markdown to `target` with `flag` (--output or --save).
fn write_with(flag: &str, target: &Path) -> assert_cmd::Command {
    let mut cmd = guide();
    cmd.args(["--lang", "en", "checklist", "--format", "markdown"])
        .args(answer_flags(FLEXIBLE_SAME_CITY))
        .arg(flag)
        .arg(target)
        // A write that blocks (on a FIFO, say) fails the test instead of hanging it.
        .timeout(Duration::from_secs(30));
    cmd
}

fn write_to(target: &Path) -> assert_cmd::Command {
    write_with("--output", target)
}

/// The same run inside `bash -c '<setup>; exec ...'`, for a umask or a ulimit.
fn write_under_bash(setup: &str, target: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new("bash");
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .arg("-c")
        .arg(format!("{setup}; exec \"$0\" \"$@\""))
        .arg(BIN)
        .args(["--today", TODAY, "--lang", "en", "checklist"])
        .args(["--format", "markdown"])
        .args(answer_flags(FLEXIBLE_SAME_CITY))
        .arg("--output")
        .arg(target)
        .timeout(Duration::from_secs(30));
    cmd
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn mkfifo(path: &Path) {
    let ok = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap()
        .success();
    assert!(ok, "mkfifo failed");
}

fn is_link_to(path: &Path, to: &str) -> bool {
    fs::symlink_metadata(path).unwrap().file_type().is_symlink()
        && fs::read_link(path).unwrap() == Path::new(to)
}

#[test]
fn a_fifo_is_refused_without_blocking_and_left_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    mkfifo(&fifo);
    write_to(&fifo)
        .assert()
        .code(74)
        .stderr(predicate::str::contains(
            "named pipe (FIFO), not a regular file",
        ))
        .stderr(predicate::str::contains("How to fix:"));
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    assert_eq!(names(dir.path()), ["pipe"], "no temporary file left");
}

#[test]
fn save_refuses_a_fifo_too() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("answers.yaml");
    mkfifo(&fifo);
    write_with("--save", &fifo)
        .assert()
        .code(74)
        .stderr(predicate::str::contains("not a regular file"));
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn the_refusal_is_explained_in_chinese_too() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    mkfifo(&fifo);
    guide()
        .args(["--lang", "zh", "checklist", "--output"])
        .arg(&fifo)
        .args(answer_flags(FLEXIBLE_SAME_CITY))
        .timeout(Duration::from_secs(30))
        .assert()
        .code(74)
        .stderr(predicate::str::contains("命名管道"))
        .stderr(predicate::str::contains("不是普通文件"))
        .stderr(predicate::str::contains("解决办法："));
}

#[test]
fn a_link_to_a_device_is_refused_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("out.md");
    symlink("/dev/full", &link).unwrap();
    write_to(&link)
        .assert()
        .code(74)
        .stderr(predicate::str::contains(
            "/dev/full is a device, not a regular file",
        ));
    assert!(is_link_to(&link, "/dev/full"));
    assert!(
        fs::metadata("/dev/full")
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

#[test]
fn a_link_to_dev_null_writes_through_and_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("out.md");
    symlink("/dev/null", &link).unwrap();
    write_to(&link)
        .assert()
        .success()
        .stdout(predicate::str::is_empty());
    assert!(is_link_to(&link, "/dev/null"));
    assert_eq!(names(dir.path()), ["out.md"], "no temporary file left");
}

#[test]
fn a_link_to_our_own_stdout_writes_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("out.md");
    symlink("/proc/self/fd/1", &link).unwrap();
    write_to(&link)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("# Your checklist"));
    assert!(is_link_to(&link, "/proc/self/fd/1"));
    assert_eq!(names(dir.path()), ["out.md"]);
}

#[test]
fn dev_stderr_through_a_link_writes_to_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("out.md");
    symlink("/dev/stderr", &link).unwrap();
    write_to(&link)
        .assert()
        .success()
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::starts_with("# Your checklist"));
    assert!(is_link_to(&link, "/dev/stderr"));
}

#[test]
fn a_full_stdout_is_a_write_error_in_words() {
    let Ok(full) = fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("no /dev/full here; nothing to test");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("out.md");
    symlink("/dev/stdout", &link).unwrap();
    let out = std::process::Command::new(BIN)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(["--today", TODAY, "--lang", "en", "checklist"])
        .args(answer_flags(FLEXIBLE_SAME_CITY))
        .arg("--output")
        .arg(&link)
        .stdout(full)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(74), "{stderr}");
    assert!(stderr.contains("the disk is full"), "{stderr}");
    assert!(
        stderr.contains("Part of the output may have been written"),
        "{stderr}"
    );
    assert!(is_link_to(&link, "/dev/stdout"));
    assert!(
        fs::metadata("/dev/full")
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

#[test]
fn a_read_only_file_is_refused_and_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("checklist.md");
    fs::write(&target, "old").unwrap();
    fs::set_permissions(&target, fs::Permissions::from_mode(0o444)).unwrap();
    // As root the system would let us replace it; the guide must still refuse.
    write_to(&target)
        .assert()
        .code(74)
        .stderr(predicate::str::contains("is read-only"))
        .stderr(predicate::str::contains("chmod u+w"));
    assert_eq!(fs::read_to_string(&target).unwrap(), "old");
    assert_eq!(mode(&target), 0o444);
    assert_eq!(
        names(dir.path()),
        ["checklist.md"],
        "no temporary file left"
    );
}

#[test]
fn a_link_to_a_regular_file_writes_the_file_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("real")).unwrap();
    let real = dir.path().join("real/checklist.md");
    fs::write(&real, "old").unwrap();
    fs::set_permissions(&real, fs::Permissions::from_mode(0o640)).unwrap();
    let link = dir.path().join("out.md");
    symlink("real/checklist.md", &link).unwrap();
    write_to(&link).assert().success();
    assert!(is_link_to(&link, "real/checklist.md"));
    assert!(
        fs::read_to_string(&real)
            .unwrap()
            .starts_with("# Your checklist")
    );
    assert_eq!(mode(&real), 0o640);
    assert_eq!(names(&dir.path().join("real")), ["checklist.md"]);
}

#[test]
fn a_link_to_nothing_is_refused_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("out.md");
    symlink("missing/elsewhere.md", &link).unwrap();
    write_to(&link)
        .assert()
        .code(74)
        .stderr(predicate::str::contains("which does not exist"));
    assert!(is_link_to(&link, "missing/elsewhere.md"));
    assert_eq!(names(dir.path()), ["out.md"]);
}

#[test]
fn an_existing_file_keeps_its_mode() {
    let dir = tempfile::tempdir().unwrap();
    for m in [0o644, 0o664, 0o600] {
        let target = dir.path().join(format!("checklist-{m:o}.md"));
        fs::write(&target, "old").unwrap();
        fs::set_permissions(&target, fs::Permissions::from_mode(m)).unwrap();
        // A strict umask must not narrow an existing file, nor a loose one widen it.
        write_under_bash("umask 077", &target).assert().success();
        assert_eq!(mode(&target), m, "{}", target.display());
        assert!(
            fs::read_to_string(&target)
                .unwrap()
                .starts_with("# Your checklist")
        );
    }
}

#[test]
fn a_new_file_honours_the_umask() {
    let dir = tempfile::tempdir().unwrap();
    for (umask, expected) in [("022", 0o644), ("077", 0o600), ("002", 0o664)] {
        let target = dir.path().join(format!("new-{umask}.md"));
        write_under_bash(&format!("umask {umask}"), &target)
            .assert()
            .success();
        assert_eq!(mode(&target), expected, "umask {umask}");
    }
}

#[test]
fn a_file_size_limit_is_a_clean_error() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("checklist.md");
    fs::write(&target, "old").unwrap();
    // The checklist is several KB; a 1 KB limit (ulimit -f counts 1024-byte blocks) cuts it.
    write_under_bash("ulimit -f 1", &target)
        .assert()
        .code(74)
        .stderr(predicate::str::contains("file size limit"))
        .stderr(predicate::str::contains("Nothing was changed"));
    assert_eq!(fs::read_to_string(&target).unwrap(), "old");
    assert_eq!(
        names(dir.path()),
        ["checklist.md"],
        "no temporary file left"
    );
}

#[test]
fn stale_temporary_files_are_removed_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let hour_ago = SystemTime::now() - Duration::from_secs(3600);
    let make = |name: &str, old: bool| {
        let path = dir.path().join(name);
        let f = fs::File::create(&path).unwrap();
        if old {
            f.set_modified(hour_ago).unwrap();
        }
        path
    };
    // Left by a killed run an hour ago: removed.
    make(".yibao-guide-Ab12Cd.tmp", true);
    // Another writer's live file, just created: kept.
    make(".yibao-guide-Zz98Yy.tmp", false);
    // Old, but not our exact pattern: kept.
    make(".yibao-guide-notes.tmp", true);
    make("yibao-guide-Ab12Cd.tmp", true);
    make(".yibao-guide-Ab12Cd.tmp.bak", true);
    // Our pattern, old, but a folder: kept.
    let folder = dir.path().join(".yibao-guide-Dir123.tmp");
    fs::create_dir(&folder).unwrap();
    fs::File::open(&folder)
        .unwrap()
        .set_modified(hour_ago)
        .unwrap();
    let mut expected = vec![
        ".yibao-guide-Ab12Cd.tmp.bak",
        ".yibao-guide-Dir123.tmp",
        ".yibao-guide-Zz98Yy.tmp",
        ".yibao-guide-notes.tmp",
        "checklist.md",
        "yibao-guide-Ab12Cd.tmp",
    ];
    // Our pattern and old, but someone else's (only root can arrange that): kept.
    let theirs = make(".yibao-guide-Th31rs.tmp", true);
    if std::os::unix::fs::chown(&theirs, Some(65534), Some(65534)).is_ok()
        && fs::metadata(&theirs).unwrap().uid() == 65534
    {
        expected.push(".yibao-guide-Th31rs.tmp");
        expected.sort();
    } else {
        fs::remove_file(&theirs).unwrap();
    }
    write_to(&dir.path().join("checklist.md"))
        .assert()
        .success();
    assert_eq!(names(dir.path()), expected);
}
