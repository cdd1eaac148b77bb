#!/usr/bin/env python3
"""Time to first full frame, and peak memory, of a terminal program in a pseudo-terminal.

Usage: pty_frame.py RUNS MARKER -- COMMAND...

Starts COMMAND in an 80x24 pty, reads its output until MARKER (a text the first full frame
shows) has appeared, and records the elapsed time and the process's peak RSS (VmHWM). Then
kills it. Prints the median time in ms and the peak RSS in KiB over RUNS runs.
"""
import os, pty, select, signal, statistics, struct, sys, time, fcntl, termios

def once(marker: bytes, argv):
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
    time.sleep(0.05)
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

def main():
    runs = int(sys.argv[1])
    marker = sys.argv[2].encode()
    argv = sys.argv[sys.argv.index("--") + 1:]
    times, peaks = [], []
    for _ in range(runs):
        t, rss = once(marker, argv)
        times.append(t)
        peaks.append(rss)
    print(f"{statistics.median(times) * 1000:.2f} {max(peaks)}")

main()
