#!/usr/bin/env bash
# Builds the Debian package (target/debian/yibao-guide_*.deb) with cargo-deb, from the
# metadata in Cargo.toml's [package.metadata.deb]. Installs a pinned cargo-deb if missing.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_DEB_VERSION=3.8.0
if ! cargo deb --version 2>/dev/null | grep -q "$CARGO_DEB_VERSION"; then
  cargo install --locked --version "$CARGO_DEB_VERSION" cargo-deb
fi
cargo deb --locked "$@"
ls -1 target/debian/*.deb
