"""Drives a real interactive shell (bash or zsh) on a pseudo-terminal to test
completion the way a person meets it: type part of a line, press Tab, and read
back what the line editor made of it.

The line is read back exactly, not scraped from the screen: a key (Ctrl-X
Ctrl-D) is bound to a shell command (bash `bind -x`, a zsh widget) that
appends the line being edited to a file; Ctrl-U then clears the line for the
next case. In bash, Meta-* (readline's insert-completions) puts every
candidate on the line at once, so whole candidate lists can be compared.
"""

import errno
import os
import pty
import select
import shutil
import signal
import struct
import tempfile
import time

import fcntl
import termios

TAB = "\t"
INSERT_ALL = "\x1b*"  # readline: insert-completions
_DUMP = "\x18\x04"    # Ctrl-X Ctrl-D: append the line to the dump file
_CLEAR = "\x15"       # Ctrl-U: clear the line (cursor is at its end)
_PROMPT = "@@ready@@ "


def required_program(name):
    """The path of a program the tests need; fail (never skip) when missing:
    scripts/setup.sh test installs it."""
    path = shutil.which(name)
    if path is None:
        raise AssertionError(f"'{name}' is not installed; run scripts/setup.sh test")
    return path


class ShellSession:
    def __init__(self, argv, env, setup, cwd=None, timeout=20):
        self.timeout = timeout
        self.output = b""
        self._tmp = tempfile.TemporaryDirectory(prefix="skincare-shell-")
        self.dump_path = os.path.join(self._tmp.name, "lines")
        open(self.dump_path, "w").close()
        env = dict(env)
        env["SKINCARE_TEST_DUMP"] = self.dump_path
        pid, fd = pty.fork()
        if pid == 0:
            try:
                if cwd:
                    os.chdir(cwd)
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 200, 0, 0))
                os.execve(argv[0], argv, env)
            except BaseException:
                pass
            os._exit(127)
        self.pid, self.fd = pid, fd
        try:
            for line in setup:
                self.run(line)
        except BaseException:
            self.close()
            raise

    def _read(self, timeout):
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return
        try:
            chunk = os.read(self.fd, 65536)
        except OSError as e:
            if e.errno != errno.EIO:
                raise
            raise AssertionError(f"the shell exited; output:\n{self.screen()}")
        if not chunk:
            raise AssertionError(f"the shell exited; output:\n{self.screen()}")
        self.output += chunk

    def screen(self):
        return self.output.decode("utf-8", errors="replace")[-3000:]

    def _wait_for(self, marker, start):
        deadline = time.monotonic() + self.timeout
        while self.output.find(marker, start) < 0:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"timed out waiting for {marker!r}; output:\n{self.screen()}")
            self._read(min(remaining, 0.5))
        return self.output.find(marker, start) + len(marker)

    def run(self, command):
        """Runs one command line and waits until the next prompt is ready."""
        start = len(self.output)
        # The quotes keep the echoed command line from containing the marker.
        os.write(self.fd, (command + "; echo @@do''ne@@\r").encode())
        after = self._wait_for(b"@@done@@", start)
        self._wait_for(_PROMPT.encode(), after)

    def _dumped(self):
        with open(self.dump_path, encoding="utf-8", errors="replace") as f:
            return f.read().split("\n")[:-1]

    def line_after(self, keys):
        """Types `keys` (text, Tab, Meta-*...) on an empty line and returns the
        line as the editor then holds it; the line is cleared afterwards."""
        before = len(self._dumped())
        os.write(self.fd, (keys + _DUMP + _CLEAR).encode())
        deadline = time.monotonic() + self.timeout
        while True:
            lines = self._dumped()
            if len(lines) > before:
                return lines[before]
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no line for {keys!r}; output:\n{self.screen()}")
            self._read(min(remaining, 0.05))

    def close(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        try:
            os.close(self.fd)
        except OSError:
            pass
        self._tmp.cleanup()


def bash_session(env, setup=(), cwd=None, bash_completion=True):
    """An interactive bash with bash-completion loaded (unless told not to),
    then `setup` run."""
    bash = required_program("bash")
    loader = "/usr/share/bash-completion/bash_completion"
    if bash_completion and not os.path.exists(loader):
        raise AssertionError("bash-completion is not installed; run scripts/setup.sh test")
    lines = [
        f"PS1='{_PROMPT}'; PS2=''; unset PROMPT_COMMAND HISTFILE",
        f"source {loader}" if bash_completion else "complete -r",
        "bind 'set bell-style none'; bind 'set completion-query-items 10000'",
        "bind 'set page-completions off'; bind 'set enable-bracketed-paste off'",
        'bind -x \'"\\C-x\\C-d": printf "%s\\n" "$READLINE_LINE" >> "$SKINCARE_TEST_DUMP"\'',
        *setup,
    ]
    env = dict(env)
    env["PS1"] = _PROMPT
    return ShellSession([bash, "--norc", "--noprofile", "-i"], env, lines, cwd=cwd)


def zsh_session(env, setup=(), cwd=None):
    """An interactive zsh with compinit run after `setup` (which may set fpath)."""
    zsh = required_program("zsh")
    lines = [
        f"PS1='{_PROMPT}'; PROMPT='{_PROMPT}'; RPROMPT=''; unsetopt beep; bindkey -e",
        *setup,
        "autoload -Uz compinit && compinit -u -D",
        "_skincare_dump() { print -r -- \"$BUFFER\" >> $SKINCARE_TEST_DUMP }",
        "zle -N _skincare_dump; bindkey '^X^D' _skincare_dump; bindkey '^U' kill-whole-line",
    ]
    env = dict(env)
    env["PS1"] = _PROMPT
    return ShellSession([zsh, "-f", "-i"], env, lines, cwd=cwd)
