"""Drives skincare on a real pseudo-terminal, the way a person would: wait
for a prompt, type a line, press Ctrl-C or Ctrl-D."""
import errno
import os
import pty
import select
import signal
import struct
import time

import fcntl
import termios

from harness import BIN, environment, strip_sgr


class PtySession:
    def __init__(self, args, env=None, columns=100, rows=40, cwd=None):
        self.argv = [BIN, *args]
        self.output = ""
        self.status = None
        pid, fd = pty.fork()
        if pid == 0:
            try:
                if cwd:
                    os.chdir(cwd)
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
                os.execve(BIN, self.argv, environment(env))
            except BaseException:
                pass
            os._exit(127)
        self.pid, self.fd = pid, fd
        self.attributes = termios.tcgetattr(fd)

    def _read(self, timeout):
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            chunk = os.read(self.fd, 65536)
        except OSError as e:
            if e.errno != errno.EIO:
                raise
            return None
        if not chunk:
            return None
        self.output += chunk.decode("utf-8", errors="replace").replace("\r\n", "\n")
        return True

    def expect(self, text, timeout=10):
        """Waits until `text` has appeared since the last expect; returns the
        output up to and including it (colour codes removed)."""
        deadline = time.monotonic() + timeout
        while True:
            plain = strip_sgr(self.output)
            at = plain.find(text)
            if at >= 0:
                seen = plain[: at + len(text)]
                self.output = plain[at + len(text):]
                return seen
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self._read(remaining) is None:
                raise AssertionError(f"did not see {text!r}; output so far:\n{strip_sgr(self.output)[-2000:]}")

    def send(self, line):
        os.write(self.fd, (line + "\n").encode())

    def ctrl_c(self):
        os.write(self.fd, b"\x03")

    def ctrl_d(self):
        os.write(self.fd, b"\x04")

    def wait(self, timeout=10):
        """Reads everything left and returns the exit status."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._read(0.2) is None:
                break
            done, wait_status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                self.status = os.waitstatus_to_exitcode(wait_status)
                while self._read(0.1):
                    pass
                break
        if self.status is None:
            try:
                _, wait_status = os.waitpid(self.pid, 0) if time.monotonic() < deadline + 5 else (0, 0)
                self.status = os.waitstatus_to_exitcode(wait_status)
            except ChildProcessError:
                pass
        return self.status

    def terminal_attributes(self):
        return termios.tcgetattr(self.fd)

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
