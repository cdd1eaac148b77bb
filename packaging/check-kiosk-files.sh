#!/usr/bin/env bash
# Checks the kiosk files the package installs: the systemd unit with `systemd-analyze verify`
# and the terminal configuration with `foot --check-config`. Any warning fails. A tool that
# is not installed is skipped with a note (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/kiosk"
status=0
if command -v systemd-analyze >/dev/null 2>&1; then
  out=$(systemd-analyze verify ./yibao-guide-kiosk.service 2>&1) || status=1
  if [ -n "$out" ]; then echo "$out"; status=1; fi
else
  echo "note: systemd-analyze not installed; the kiosk unit was not checked"
fi
if command -v foot >/dev/null 2>&1; then
  out=$(foot --check-config --config=./foot.ini 2>&1) || status=1
  if echo "$out" | grep -qE '(^| )(err|warn):'; then echo "$out"; status=1; fi
else
  echo "note: foot not installed; foot.ini was not checked"
fi
[ "$status" -eq 0 ] && echo "kiosk files: ok"
exit "$status"
