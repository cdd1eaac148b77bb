#!/usr/bin/env bash
# Benchmarks, measured on this machine in one run, printed as a table with ratios.
# Never part of `cargo test` (timings are noisy on shared machines). Usage: bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

need() { command -v "$1" >/dev/null 2>&1; }
missing=()
need dialog || missing+=(dialog)
need whiptail || missing+=(whiptail)
need hyperfine || missing+=(hyperfine)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${missing[@]}"
fi

# Where cargo put the binary (under target/<host tuple>/: .cargo/config.toml says why).
BIN=$(cargo build --release --quiet --message-format=json-render-diagnostics |
  python3 -c 'import json, sys; print([m["executable"] for m in map(json.loads, sys.stdin) if m.get("executable")][-1])')
# A round of the four takes about 12 ms: many rounds cost little and steady the medians.
RUNS=${RUNS:-300}
TODAY=2026-11-22
ITEMS=(1 "I resigned" 2 "I was laid off" 3 "My employer did not pay" 4 "I stopped paying myself" 5 "I changed jobs" 6 "I moved" 7 "Close to retirement" 8 "Not sure")

echo "== first full frame in an 80x24 pty, median of $RUNS (ms) and peak RSS (KiB)"
# The four run in turn, one of each per round in a shuffled order (pty_frame.py). The floor (echo) prints the
# marker and does nothing else: what the harness and the system cost (pty, fork, exec)
# before any program's own work.
{
  read -r y_ms y_kib
  read -r d_ms d_kib
  read -r w_ms w_kib
  read -r f_ms _
} < <(python3 bench/pty_frame.py "$RUNS" \
  "F2 English" -- "$BIN" --today "$TODAY" --lang zh \
  --then "Not sure" -- dialog --menu "Why did your cover stop?" 20 60 8 "${ITEMS[@]}" \
  --then "Not sure" -- whiptail --menu "Why did your cover stop?" 20 60 8 "${ITEMS[@]}" \
  --then "F2 English" -- /bin/echo "F2 English")
printf '%-22s %10s %10s\n' program first-ms peak-KiB
printf '%-22s %10s %10s\n' yibao-guide "$y_ms" "$y_kib" dialog "$d_ms" "$d_kib" whiptail "$w_ms" "$w_kib" "floor (echo)" "$f_ms" -
python3 - "$y_ms" "$d_ms" "$w_ms" "$f_ms" <<'PY'
import sys
y, d, w, f = map(float, sys.argv[1:])
print(f"ratio yibao/dialog = {y / d:.2f}, yibao/whiptail = {y / w:.2f}  (target: <= 0.8 against dialog)")
print(f"above the floor: yibao {y - f:.2f} ms, dialog {d - f:.2f} ms, ratio {(y - f) / (d - f):.2f}")
PY

echo
echo "== batch checklist, whole process (hyperfine)"
hyperfine --warmup 3 --runs "$RUNS" -N --export-markdown /tmp/yibao-batch.md \
  "$BIN --today $TODAY --lang zh checklist --answer reason=laid_off --answer benefit=receiving --answer gap_months=4 --answer gap_end=none --answer plan=resident --answer city=other --answer gap_medical=yes --format markdown" \
  "$BIN --today $TODAY validate" 2>/dev/null | grep -E "Time|±" || true

echo
echo "== in-process (cargo bench): key to frame, batch checklist, load+validate of synthetic trees"
cargo bench --quiet --bench engine 2>/dev/null | grep -E "ms$"
