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

/// The binary carries GCC's unwinder instead of loading `libgcc_s.so.1` at every start
/// (build.rs says why). That unwinding still works in it is checked where it matters: a panic
/// in a kiosk is caught and the kiosk starts over (`modes_pty.rs`).
#[cfg(static_unwinder)]
#[test]
fn the_binary_loads_no_shared_unwinder() {
    let dynamic = std::process::Command::new("readelf")
        .args(["--dynamic", env!("CARGO_BIN_EXE_yibao-guide")])
        .output()
        .expect("readelf (GNU binutils, beside the linker) reads the binary's dynamic section");
    let dynamic = String::from_utf8_lossy(&dynamic.stdout);
    let needed: Vec<&str> = dynamic
        .lines()
        .filter(|l| l.contains("(NEEDED)"))
        .filter_map(|l| l.split('[').nth(1)?.split(']').next())
        .collect();
    assert!(needed.contains(&"libc.so.6"), "{dynamic}");
    assert!(
        !needed.iter().any(|lib| lib.starts_with("libgcc_s")),
        "{needed:?}"
    );
}
