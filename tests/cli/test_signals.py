"""Signals and streams: SIGTERM, SIGINT and end of input wherever the
interactive questionnaire waits (a question, the review screen, the save
prompt) exit 130 with the terminal as it was; a closed pipe ends quietly and
a failed write is exit 74 for every way `assess` writes; standard input that
is closed or not readable is exit 66. (Ctrl-C and Ctrl-D at a question, and
closed pipes and /dev/full for the reading commands, are in
test_assess_interactive.py and test_terminal.py.)"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import CLEAR_ANSWERS, BIN, environment  # noqa: E402
from pty_session import PtySession  # noqa: E402

CLEAR = CLEAR_ANSWERS


class Interactive(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.dir)

    def start(self, *args):
        session = PtySession(["assess", *args], cwd=self.dir)
        self.addCleanup(session.close)
        return session

    def at_review_screen(self):
        """A session at the review screen: every answer but the last resumed from a file."""
        answers = dict(CLEAR)
        del answers["setting"]
        path = os.path.join(self.dir, "almost.json")
        with open(path, "w") as f:
            json.dump(answers, f)
        s = self.start("--resume", path)
        s.expect(") > ")  # the one question left
        s.send("1")
        s.expect("Review your answers")
        s.expect("> ")
        return s

    def assert_interrupted(self, s, before, message="skincare: interrupted"):
        self.assertEqual(s.wait(), 130)
        self.assertEqual(s.terminal_attributes(), before, "the terminal must be left as it was")
        self.assertIn(message, s.output)

    def test_sigterm_at_a_question(self):
        s = self.start()
        before = s.terminal_attributes()
        s.expect(") > ")
        os.kill(s.pid, signal.SIGTERM)
        self.assert_interrupted(s, before)

    def test_sigint_from_another_process_at_a_question(self):
        s = self.start()
        before = s.terminal_attributes()
        s.expect(") > ")
        os.kill(s.pid, signal.SIGINT)
        self.assert_interrupted(s, before)

    def test_sigterm_ctrl_c_and_end_of_input_at_the_review_screen(self):
        for name, stop, message in (("SIGTERM", lambda s: os.kill(s.pid, signal.SIGTERM), "skincare: interrupted"),
                                    ("Ctrl-C", lambda s: s.ctrl_c(), "skincare: interrupted"),
                                    ("Ctrl-D", lambda s: s.ctrl_d(), "input ended before the questionnaire finished")):
            with self.subTest(stop=name):
                s = self.at_review_screen()
                before = s.terminal_attributes()
                stop(s)
                self.assert_interrupted(s, before, message)

    def test_interrupted_at_the_save_prompt_saves_nothing(self):
        for name, stop in (("SIGTERM", lambda s: os.kill(s.pid, signal.SIGTERM)), ("Ctrl-C", lambda s: s.ctrl_c()),
                           ("Ctrl-D", lambda s: s.ctrl_d())):
            with self.subTest(stop=name):
                s = self.start()
                before = s.terminal_attributes()
                s.expect(") > ")
                s.send("q")
                s.expect("Save your answers")
                stop(s)
                self.assertEqual(s.wait(), 130)
                self.assertEqual(s.terminal_attributes(), before)
                self.assertEqual(os.listdir(self.dir), [], "nothing may be saved")

    def test_the_review_screen_goes_on_to_the_summary(self):
        # The same path, not interrupted: the summary, exit 0.
        s = self.at_review_screen()
        s.send("")
        s.expect("Result: SUITABLE")
        s.expect("Save this summary")
        s.send("n")
        self.assertEqual(s.wait(), 0)


def closed_pipe_run(args, input_bytes=None):
    """Runs skincare with stdout on a pipe whose reader has gone."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run([BIN, *args], input=input_bytes, stdin=None if input_bytes is not None else
                              subprocess.DEVNULL, stdout=write_end, stderr=subprocess.PIPE, env=environment(),
                              timeout=60)
    finally:
        os.close(write_end)
    return done.returncode, done.stderr.decode(errors="replace")


class Streams(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.dir)
        self.answers = os.path.join(self.dir, "answers.json")
        with open(self.answers, "w") as f:
            json.dump(CLEAR, f)
        # Enough records that the output is far larger than a pipe's buffer;
        # every tenth one cannot be assessed.
        lines = [json.dumps(dict(CLEAR, id=n)) if n % 10 else json.dumps({"id": n}) for n in range(3000)]
        self.batch = ("\n".join(lines) + "\n").encode()

    def writing_runs(self):
        return [
            (["assess", "--answers", self.answers], None),
            (["assess", "--answers", self.answers, "--format", "json"], None),
            (["assess", "--answers", self.answers, "--format", "markdown"], None),
            (["assess", "--answers", "-"], json.dumps(CLEAR).encode()),
            (["assess", "--template"], None),
            (["assess", "--batch"], self.batch),
        ]

    def test_a_closed_pipe_ends_quietly(self):
        for args, input_bytes in self.writing_runs():
            with self.subTest(args=args):
                self.assertEqual(closed_pipe_run(args, input_bytes), (0, ""))

    def test_batch_into_head_stops_early(self):
        script = '"$BIN_UNDER_TEST" assess --batch <"$INPUT" 2>"$ERRORS" | head -c 100 >/dev/null; ' \
                 'echo "${PIPESTATUS[0]}"'
        input_path = os.path.join(self.dir, "in.jsonl")
        with open(input_path, "wb") as f:
            f.write(self.batch)
        errors = os.path.join(self.dir, "errors")
        done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=60,
                              env=environment({"BIN_UNDER_TEST": BIN, "INPUT": input_path, "ERRORS": errors}))
        self.assertEqual(done.stdout.strip(), "0")
        with open(errors) as f:
            self.assertEqual(f.read(), "")

    @unittest.skipUnless(os.path.exists("/dev/full"), "needs /dev/full")
    def test_a_failed_write_is_exit_74_with_one_message(self):
        for args, input_bytes in self.writing_runs():
            with self.subTest(args=args):
                with open("/dev/full", "wb") as full:
                    done = subprocess.run([BIN, *args], input=input_bytes,
                                          stdin=None if input_bytes is not None else subprocess.DEVNULL,
                                          stdout=full, stderr=subprocess.PIPE, env=environment(), timeout=60)
                err = done.stderr.decode(errors="replace")
                self.assertEqual(done.returncode, 74, err)
                self.assertEqual(err, "skincare: cannot write output: No space left on device\n")

    def stdin_run(self, args, stdin_fd=None, close_stdin=False):
        done = subprocess.run([BIN, *args], stdin=stdin_fd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=environment(), timeout=30,
                              preexec_fn=(lambda: os.close(0)) if close_stdin else None)
        return done.returncode, done.stdout.decode(errors="replace"), done.stderr.decode(errors="replace")

    def test_closed_standard_input_is_exit_66(self):
        for args, name in ((["assess", "--answers", "-"], "standard input"), (["assess", "--batch"], "<stdin>")):
            with self.subTest(args=args):
                status, out, err = self.stdin_run(args, close_stdin=True)
                self.assertEqual((status, out), (66, ""), err)
                self.assertEqual(err, f"skincare: cannot read {name}: Bad file descriptor\n")

    def test_write_only_standard_input_is_exit_66(self):
        for args, name in ((["assess", "--answers", "-"], "standard input"), (["assess", "--batch"], "<stdin>")):
            with self.subTest(args=args):
                fd = os.open("/dev/null", os.O_WRONLY)
                try:
                    status, out, err = self.stdin_run(args, stdin_fd=fd)
                finally:
                    os.close(fd)
                self.assertEqual((status, out), (66, ""), err)
                self.assertEqual(err, f"skincare: cannot read {name}: Bad file descriptor\n")

    def test_standard_input_that_is_a_folder_is_exit_66(self):
        for args, name in ((["assess", "--answers", "-"], "standard input"), (["assess", "--batch"], "<stdin>")):
            with self.subTest(args=args):
                fd = os.open(self.dir, os.O_RDONLY | os.O_DIRECTORY)
                try:
                    status, out, err = self.stdin_run(args, stdin_fd=fd)
                finally:
                    os.close(fd)
                self.assertEqual((status, out, err), (66, "", f"skincare: cannot read {name}: it is a folder\n"))


if __name__ == "__main__":
    unittest.main()
