#!/usr/bin/env python3
"""Time to first full frame, and peak memory, of a terminal program in a pseudo-terminal.

Usage: pty_frame.py RUNS MARKER -- COMMAND... [--then MARKER -- COMMAND...]...

Starts COMMAND in an 80x24 pty, reads its output until MARKER (a text the first full frame
shows) has appeared, and records the elapsed time; then kills it. Prints, for each command
in the order given, a line with the median time in ms over RUNS runs and the largest peak
RSS (VmHWM) in KiB.

Several commands are run in turn, one run of each per round, so that a slower spell of a
shared machine falls on all of them alike rather than on whichever ran then. The order is
shuffled every round (from a fixed seed, so a run can be repeated): in a fixed order each
program always follows the same one, and that alone moved a program's median by 0.1-0.3 ms
(dialog measured 3.0 ms right after yibao-guide and 3.3 ms right after echo, same binaries,
same run), which no program's own work explains.

Memory is measured in rounds of its own, after the timed ones: each program is left
running for a moment after its first frame, to reach its peak. Timed runs follow each other
at once: a pause before each start left the CPUs idle, and waking one (slow on a virtual
machine) added half a millisecond to every program alike, the floor included.
"""
import os, pty, random, select, signal, statistics, struct, sys, time, fcntl, termios

def once(marker: bytes, argv, settle: float):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.environ.pop("NO_COLOR", None)
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    seen = b""
    elapsed = None
    deadline = start + 10
    while time.perf_counter() < deadline:
        r, _, _ = select.select([fd], [], [], 0.05)
        if fd in r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            seen += chunk
            if marker in seen:
                elapsed = time.perf_counter() - start
                break
    rss = 0
    if settle:
        time.sleep(settle)
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        rss = int(line.split()[1])
        except OSError:
            pass
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(fd)
    if elapsed is None:
        raise SystemExit(f"marker {marker!r} never appeared for {argv[0]}; output: {seen[-300:]!r}")
    return elapsed, rss

def commands(args):
    """[(marker, argv)] from MARKER -- COMMAND... [--then MARKER -- COMMAND...]..."""
    found = []
    while args:
        marker, dashes = args[0], args[1]
        if dashes != "--":
            raise SystemExit(f"expected -- after the marker {marker!r}")
        rest = args[2:]
        end = rest.index("--then") if "--then" in rest else len(rest)
        found.append((marker.encode(), rest[:end]))
        args = rest[end + 1:]
    return found


def main():
    runs = int(sys.argv[1])
    todo = commands(sys.argv[2:])
    times = [[] for _ in todo]
    peaks = [[] for _ in todo]
    order = list(range(len(todo)))
    shuffle = random.Random(runs).shuffle
    for _ in range(runs):
        shuffle(order)
        for i in order:
            marker, argv = todo[i]
            times[i].append(once(marker, argv, 0)[0])
    # Peak memory hardly varies from run to run: a few rounds, each program left running
    # for 50 ms after its first frame.
    for _ in range(min(runs, 10)):
        for i, (marker, argv) in enumerate(todo):
            peaks[i].append(once(marker, argv, 0.05)[1])
    for t, p in zip(times, peaks):
        print(f"{statistics.median(t) * 1000:.2f} {max(p)}")

main()
