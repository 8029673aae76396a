"""Shared helpers for the end-to-end tests: run the real skincare binary.

ctest sets SKINCARE_BIN (the built binary), SKINCARE_SOURCE_DIR (the repository
root) and SKINCARE_FIXTURES (tests/fixtures). To run one file by hand:

    SKINCARE_BIN=build/release/skincare SKINCARE_SOURCE_DIR=. \
    SKINCARE_FIXTURES=tests/fixtures python3 tests/cli/test_explain.py -v

Every run starts from a clean environment: the caller's COLUMNS, NO_COLOR,
SKINCARE_CONTENT and CLICOLOR* are removed and TERM is xterm-256color, so
results do not depend on the shell the tests are started from. Pass env={...} to add or override variables;
a value of None removes a variable.
"""

import errno
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import time

try:
    import fcntl
    import termios
except ImportError:  # not on POSIX: pty tests will be skipped by the caller
    fcntl = termios = None


def _required(name):
    value = os.environ.get(name)
    if not value:
        sys.exit(f"{name} is not set; run these tests through ctest or see tests/cli/harness.py")
    return value


BIN = os.path.abspath(_required("SKINCARE_BIN"))
SOURCE_DIR = os.path.abspath(_required("SKINCARE_SOURCE_DIR"))
FIXTURES = os.path.abspath(os.environ.get("SKINCARE_FIXTURES") or os.path.join(SOURCE_DIR, "tests", "fixtures"))
CONTENT_DIR = os.path.join(SOURCE_DIR, "content")

# Answers to every question that is always asked, which raise nothing: the
# verdict is suitable with no reasons. Tests change a few of them.
CLEAR_ANSWERS = {
    "age": 30, "skin_type": "II", "concerns": ["wrinkles"], "areas": ["neck"], "what_matters": [],
    "pigment_history": [], "active_acne": False, "skin_infection": False, "skin_condition_active": [],
    "skin_condition_history": [], "changing_spot": False, "sunburn": False, "recent_procedure": False,
    "radiation_area": False, "pregnant": "no", "isotretinoin": "never", "bleeding_risk": False,
    "keloids": False, "immune": False, "diabetes": "no", "connective_tissue": False, "allergies": [],
    "topical_actives": False, "expectation": "several-sessions", "expected_result": "better",
    "downtime_ok": True, "setting": "medical", "add_ons": [],
}

# The lines a version-1 YAML answers file needs for version 2 (new questions
# that are always asked), raising nothing.
V2_YAML_LINES = """\
what_matters: []
pigment_history: []
skin_condition_history: []
radiation_area: no
expected_result: better
add_ons: []
"""

TIMEOUT = 30  # seconds; every command here finishes in well under one
ESC = "\x1b"

_SCRUBBED = ("COLUMNS", "LINES", "NO_COLOR", "SKINCARE_CONTENT", "CLICOLOR", "CLICOLOR_FORCE", "FORCE_COLOR", "TERM")


def environment(env=None):
    """The environment for a run: os.environ minus the variables that change
    skincare's output, plus `env` (None values remove a variable)."""
    result = {k: v for k, v in os.environ.items() if k not in _SCRUBBED}
    result["TERM"] = "xterm-256color"  # a capable terminal unless a test says otherwise
    for key, value in (env or {}).items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = value
    return result


def run(*args, input=None, env=None, stdout=subprocess.PIPE, cwd=None, timeout=TIMEOUT):
    """Run `skincare ARGS...`; return (status, stdout, stderr) as text.

    stdin is /dev/null unless `input` (str or bytes) is given, so the binary
    never sees a terminal. `stdout` may be a file object or descriptor (for
    example /dev/full); then the returned stdout is "". `cwd` is the working
    directory (default: this process's). A negative status
    means the process died from that signal.
    """
    if isinstance(input, str):
        input = input.encode("utf-8")
    completed = subprocess.run(
        [BIN, *args],
        input=input,
        stdin=subprocess.DEVNULL if input is None else None,
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=environment(env),
        cwd=cwd,
        timeout=timeout,
    )
    out = completed.stdout.decode("utf-8", errors="replace") if completed.stdout is not None else ""
    err = completed.stderr.decode("utf-8", errors="replace")
    return completed.returncode, out, err


def run_json(*args, env=None):
    """Run a command that prints JSON; return (status, parsed object, stderr)."""
    import json

    status, out, err = run(*args, env=env)
    return status, json.loads(out), err


def run_in_pty(args, env=None, columns=80, rows=24, timeout=TIMEOUT):
    """Run `skincare ARGS...` with stdin, stdout and stderr on a new
    pseudo-terminal of the given size. Returns (status, output) where output
    is everything the program wrote (stdout and stderr mixed), with the
    terminal's CR LF turned back into LF."""
    if fcntl is None:
        raise OSError("pseudo-terminals are not available on this system")
    argv = [BIN, *args]
    child_env = environment(env)
    pid, fd = pty.fork()
    if pid == 0:  # child: size the terminal, then become skincare
        try:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
            os.execve(BIN, argv, child_env)
        except BaseException:
            pass
        os._exit(127)

    chunks = []
    deadline = time.monotonic() + timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                raise TimeoutError(f"{argv} did not finish within {timeout}s under a pty")
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError as e:  # Linux reports EIO once the child side is closed
                if e.errno != errno.EIO:
                    raise
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(fd)
    _, wait_status = os.waitpid(pid, 0)
    status = os.waitstatus_to_exitcode(wait_status)
    output = b"".join(chunks).decode("utf-8", errors="replace").replace("\r\n", "\n")
    return status, output


_SGR = re.compile(r"\x1b\[[0-9;]*m")


def strip_sgr(text):
    """Text without colour and bold escape sequences."""
    return _SGR.sub("", text)


def overlong_lines(text, width):
    """Lines wider than `width` that a wrapper could have broken: a line made
    of one word (after indentation and an optional "- " bullet) is allowed to
    overflow, because that word cannot be split."""
    bad = []
    for line in text.splitlines():
        if len(line) <= width:
            continue
        body = line.strip()
        if body.startswith("- "):
            body = body[2:].strip()
        if " " in body:
            bad.append(line)
    return bad


def prompts():
    """Question id by prompt text, read from `assess --template` (for pty tests
    that must know which question a prompt belongs to)."""
    status, out, _ = run("assess", "--template")
    assert status == 0
    found, prompt = {}, None
    for line in out.splitlines():
        if line.startswith("# ") and not line.startswith(("# Allowed", "#   ", "# Only asked", "# Answers",
                                                          "# Fill", "# Yes/no")):
            prompt = line[2:]
        m = re.match(r"^([a-z_]+):", line)
        if m and prompt:
            found[prompt] = m.group(1)
            prompt = None
    return found
