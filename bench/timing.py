"""Shared timing helpers for the benchmarks: median wall time and peak memory
of a command over many runs, measured with os.wait4 (no extra tools)."""
import os
import statistics
import subprocess
import tempfile
import time


def run_once(argv, stdin_path=None, env=None, pipe=False):
    """Runs argv once; returns (wall seconds, peak RSS in KiB, exit status).
    With pipe, its output goes through a pipe to `wc -c` (as in a pipeline;
    the wall time then includes draining it), else to /dev/null.
    The peak RSS comes from wait4, and Linux keeps a process's peak across
    exec: a child of this Python process reports at least Python's own
    (about 15 MiB). For the program's own peak use peak_rss()."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=stdin, stdout=subprocess.PIPE if pipe else subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, env=env)
        reader = None
        if pipe:
            reader = subprocess.Popen(["wc", "-c"], stdin=proc.stdout, stdout=subprocess.DEVNULL)
            proc.stdout.close()
        _, status, usage = os.wait4(proc.pid, 0)
        if reader:
            reader.wait()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if stdin_path:
            stdin.close()
    return wall, usage.ru_maxrss, proc.returncode


def peak_rss(argv, stdin_path=None, pipe=False):
    """The peak RSS (KiB) of argv alone and its exit status, measured by GNU
    time (/usr/bin/time, Debian package `time`), whose small process is the
    parent that forks it. Output as in run_once."""
    if not os.path.exists("/usr/bin/time"):
        raise SystemExit("measuring peak memory needs GNU time (apt-get install time)")
    with tempfile.NamedTemporaryFile("r") as report:
        _, _, status = run_once(["/usr/bin/time", "-q", "-f", "%M", "-o", report.name, *argv], stdin_path, pipe=pipe)
        lines = report.read().split()
    return int(lines[-1]), status


def measure(argv, runs, stdin_path=None, warmup=3, env=None):
    """Median wall time (s), peak RSS (KiB) over `runs` runs after `warmup`."""
    for _ in range(warmup):
        run_once(argv, stdin_path, env)
    walls, peaks = [], []
    for _ in range(runs):
        wall, peak, _ = run_once(argv, stdin_path, env)
        walls.append(wall)
        peaks.append(peak)
    return statistics.median(walls), max(peaks)


def interleaved(commands, runs, warmup=3, pipe=False):
    """Measures several (name, argv, stdin) commands alternately, so drift in
    machine load affects them alike. Returns {name: (median, peak)}."""
    for name, argv, stdin in commands:
        for _ in range(warmup):
            run_once(argv, stdin, pipe=pipe)
    walls = {name: [] for name, _, _ in commands}
    peaks = {name: 0 for name, _, _ in commands}
    for _ in range(runs):
        for name, argv, stdin in commands:
            wall, peak, _ = run_once(argv, stdin, pipe=pipe)
            walls[name].append(wall)
            peaks[name] = max(peaks[name], peak)
    return {name: (statistics.median(walls[name]), peaks[name]) for name in walls}
