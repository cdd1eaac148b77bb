#!/usr/bin/env bash
# Builds the Debian package (target/debian/yibao-guide_*.deb) with cargo-deb, from the
# metadata in Cargo.toml's [package.metadata.deb], with generated man pages (English, and
# Chinese under zh_CN) and bash/zsh/fish completions. Installs a pinned cargo-deb if missing.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_DEB_VERSION=3.8.0
if ! cargo deb --version 2>/dev/null | grep -q "$CARGO_DEB_VERSION"; then
  cargo install --locked --version "$CARGO_DEB_VERSION" cargo-deb
fi
# The man pages and completions come from the binary itself (the same localized command
# definition as --help), so they are generated from the release build before packaging.
# Built for the host named as the target (.cargo/config.toml says why), so the binary is
# under target/<host tuple>/release, and cargo-deb is told the same target.
host=$(rustc -vV | sed -n 's/^host: //p')
cargo build --release --locked --target "$host"
bin=target/$host/release/yibao-guide
mkdir -p target/assets
export XDG_CONFIG_HOME=/nonexistent
"$bin" --lang en generate man > target/assets/yibao-guide.1
"$bin" --lang zh generate man > target/assets/yibao-guide.zh_CN.1
"$bin" generate completions bash > target/assets/yibao-guide.bash
"$bin" generate completions zsh > target/assets/_yibao-guide
"$bin" generate completions fish > target/assets/yibao-guide.fish
# A static build (the default on glibc Linux) needs no shared library: cargo-deb then warns that
# it found no $auto dependencies, and that is right.
cargo deb --locked --no-build --target "$host" "$@"
ls -1 target/debian/*.deb
