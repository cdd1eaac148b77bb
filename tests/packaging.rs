//! The files the Debian package installs: the example kiosk configuration is valid, and every
//! asset Cargo.toml names (except the release binary, built by the packaging script) exists.

use assert_cmd::Command;
use std::path::Path;

#[test]
fn the_packaged_kiosk_configuration_is_valid() {
    Command::cargo_bin("yibao-guide")
        .unwrap()
        .args([
            "--lang",
            "en",
            "--config",
            "packaging/kiosk/config.yaml",
            "config",
        ])
        .assert()
        .success();
}

#[test]
fn every_packaged_file_exists() {
    let manifest = std::fs::read_to_string("Cargo.toml").unwrap();
    let assets: Vec<&str> = manifest
        .lines()
        .filter(|l| l.trim_start().starts_with("[\""))
        .filter_map(|l| l.trim_start().strip_prefix("[\"")?.split('"').next())
        .collect();
    assert!(assets.len() >= 6, "{assets:?}");
    for asset in assets {
        if asset.starts_with("target/") {
            continue;
        }
        assert!(
            Path::new(asset).is_file(),
            "{asset} is packaged but missing"
        );
    }
}

/// What `readelf` says of the binary with `option` (GNU binutils, beside the linker).
#[cfg(any(static_unwinder, target_feature = "crt-static"))]
fn readelf(option: &str) -> String {
    let out = std::process::Command::new("readelf")
        .args([option, "--wide", env!("CARGO_BIN_EXE_yibao-guide")])
        .output()
        .expect("readelf (GNU binutils, beside the linker) reads the binary");
    assert!(out.status.success(), "readelf {option}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The libraries the binary asks the dynamic loader for.
#[cfg(any(static_unwinder, target_feature = "crt-static"))]
fn needed_libraries() -> Vec<String> {
    (readelf("--dynamic").lines())
        .filter(|l| l.contains("(NEEDED)"))
        .filter_map(|l| Some(l.split('[').nth(1)?.split(']').next()?.to_owned()))
        .collect()
}

/// A glibc build is a static PIE (`.cargo/config.toml` says why): no dynamic loader, no
/// shared library to load at start, and still position-independent, so the system places
/// it at a random address. That unwinding works in it is checked where it matters: a panic
/// in a kiosk is caught and the kiosk starts over (`modes_pty.rs`).
#[cfg(target_feature = "crt-static")]
#[test]
fn the_binary_loads_no_shared_library() {
    assert_eq!(needed_libraries(), Vec::<String>::new());
    let headers = readelf("--program-headers");
    assert!(!headers.contains("INTERP"), "no dynamic loader:\n{headers}");
    // A PIE is of type DYN (older binutils call it a shared object); a fixed-address
    // executable would be EXEC.
    assert!(
        headers.contains("Elf file type is DYN"),
        "a PIE:\n{headers}"
    );
}

/// Linked dynamically (built with `RUSTFLAGS` set), the binary carries GCC's unwinder
/// instead of loading `libgcc_s.so.1` at every start (build.rs says why).
#[cfg(static_unwinder)]
#[test]
fn the_binary_loads_no_shared_unwinder() {
    let needed = needed_libraries();
    assert!(needed.iter().any(|lib| lib == "libc.so.6"), "{needed:?}");
    assert!(
        !needed.iter().any(|lib| lib.starts_with("libgcc_s")),
        "{needed:?}"
    );
}
