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
