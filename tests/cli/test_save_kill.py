"""Saved answers survive anything: the new file is written to a temporary
file in the same folder, mode 0600 from the moment it is created, flushed,
then renamed over the old one, so a run killed in the middle of saving
leaves the previous file whole. --resume never changes the file it reads,
and a corrupt or foreign one is explained."""
import json
import os
import random
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import CLEAR_ANSWERS, BIN, environment, run  # noqa: E402

CLEAR = CLEAR_ANSWERS
TEMPORARY = re.compile(r"^\.saved\.yaml\.[0-9a-f]{8}\.tmp$")


class SaveTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.dir)
        self.saved = os.path.join(self.dir, "saved.yaml")

    def answers(self, name, **change):
        path = os.path.join(self.dir, name)
        with open(path, "w") as f:
            json.dump(dict(CLEAR, **change), f)
        return path

    def save(self, answers, *extra):
        status, _, err = run("assess", "--answers", answers, "--save", self.saved, "--force", *extra)
        self.assertEqual(status, 0, err)
        with open(self.saved, "rb") as f:
            return f.read()

    def leftovers(self):
        return sorted(name for name in os.listdir(self.dir) if name != "saved.yaml" and not name.endswith(".json"))


class AtomicSave(SaveTest):
    def test_mode_0600_whatever_the_umask_and_the_old_file(self):
        with open(self.saved, "w") as f:
            f.write("old\n")
        os.chmod(self.saved, 0o644)
        done = subprocess.run([BIN, "assess", "--answers", self.answers("a.json"), "--save", self.saved, "--force"],
                              stdin=subprocess.DEVNULL, capture_output=True, env=environment(), timeout=30,
                              preexec_fn=lambda: os.umask(0))
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(os.stat(self.saved).st_mode & 0o777, 0o600)
        self.assertEqual(self.leftovers(), [])

    def test_killed_while_writing_leaves_the_previous_file(self):
        old = self.save(self.answers("old.json"))
        new_answers = self.answers("new.json", age=41)

        def small_files():
            # Writes beyond 64 bytes fail with SIGXFSZ, which kills the process
            # in the middle of writing the new file.
            resource.setrlimit(resource.RLIMIT_FSIZE, (64, 64))

        done = subprocess.run([BIN, "assess", "--answers", new_answers, "--save", self.saved, "--force"],
                              stdin=subprocess.DEVNULL, capture_output=True, env=environment(), timeout=30,
                              preexec_fn=small_files)
        self.assertEqual(done.returncode, -signal.SIGXFSZ, done.stderr)
        with open(self.saved, "rb") as f:
            self.assertEqual(f.read(), old, "the previous file must be intact")
        # What the killed run left is its temporary file, in the same folder,
        # already mode 0600, holding only the part written before it died.
        (temporary,) = self.leftovers()
        self.assertRegex(temporary, TEMPORARY)
        info = os.stat(os.path.join(self.dir, temporary))
        self.assertEqual(info.st_mode & 0o777, 0o600)
        self.assertEqual(info.st_size, 64)
        # The next save succeeds beside it.
        self.assertIn(b"age: 41", self.save(new_answers))

    def test_killed_at_any_moment_the_file_is_old_or_new_never_partial(self):
        # The two versions differ in their answers (and in when they were saved).
        def answers_of(text):
            return re.sub(rb"\nsaved: [^\n]*\n", b"\n", text)

        versions = {answers_of(self.save(self.answers("a.json", age=20))),
                    answers_of(self.save(self.answers("b.json", age=60)))}
        self.assertEqual(len(versions), 2)
        command = [BIN, "assess", "--answers", "", "--save", self.saved, "--force"]
        durations = []
        for name in ("a.json", "b.json") * 3:
            started = time.monotonic()
            subprocess.run(command[:3] + [os.path.join(self.dir, name)] + command[4:], stdin=subprocess.DEVNULL,
                           capture_output=True, env=environment(), timeout=30, check=True)
            durations.append(time.monotonic() - started)
        typical = statistics.median(durations)
        rng = random.Random(7)
        outcomes = {"killed": 0, "finished": 0}
        for attempt in range(40):
            name = "a.json" if attempt % 2 else "b.json"
            process = subprocess.Popen(command[:3] + [os.path.join(self.dir, name)] + command[4:],
                                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL, env=environment())
            time.sleep(rng.uniform(0, typical * 1.2))
            process.kill()
            process.wait(timeout=30)
            outcomes["killed" if process.returncode == -signal.SIGKILL else "finished"] += 1
            with open(self.saved, "rb") as f:
                self.assertIn(answers_of(f.read()), versions, f"attempt {attempt}: the saved file is neither version")
            self.assertEqual(os.stat(self.saved).st_mode & 0o777, 0o600)
            for leftover in self.leftovers():
                self.assertRegex(leftover, TEMPORARY)
                self.assertEqual(os.stat(os.path.join(self.dir, leftover)).st_mode & 0o777, 0o600)
        self.assertGreater(outcomes["killed"], 0, outcomes)

    def test_a_symlink_is_replaced_not_followed(self):
        victim = os.path.join(self.dir, "victim.txt")
        with open(victim, "w") as f:
            f.write("keep me\n")
        os.symlink(victim, self.saved)
        status, _, err = run("assess", "--answers", self.answers("a.json"), "--save", self.saved)
        self.assertEqual(status, 2)
        self.assertIn("already exists; use --force", err)
        self.assertIn(b"schema: skincare.answers/1", self.save(self.answers("a.json")))
        self.assertFalse(os.path.islink(self.saved))
        with open(victim) as f:
            self.assertEqual(f.read(), "keep me\n")

    def test_a_missing_folder_is_exit_74_and_leaves_nothing(self):
        target = os.path.join(self.dir, "no-such-folder", "saved.yaml")
        status, out, err = run("assess", "--answers", self.answers("a.json"), "--save", target)
        self.assertEqual((status, out), (74, ""))
        self.assertEqual(err, f"skincare: cannot create a temporary file for '{target}': No such file or directory\n")
        self.assertEqual(self.leftovers(), [])


class Resume(SaveTest):
    """--resume explains what is wrong with a file and never changes it."""

    def assert_kept(self, path, status, pattern):
        with open(path, "rb") as f:
            before = f.read()
        mtime = os.stat(path).st_mtime_ns
        code, out, err = run("assess", "--resume", path)
        self.assertEqual((code, out), (status, ""), err)
        self.assertEqual(err.count("\n"), 1, err)
        self.assertRegex(err, r"^skincare: " + pattern)
        with open(path, "rb") as f:
            self.assertEqual(f.read(), before)
        self.assertEqual(os.stat(path).st_mtime_ns, mtime)
        self.assertEqual(self.leftovers(), [])
        return err

    def write(self, data):
        with open(self.saved, "wb") as f:
            f.write(data.encode() if isinstance(data, str) else data)
        return self.saved

    def test_corrupt_file(self):
        path = self.write("schema: skincare.answers/1\nquestionnaire: [\n")
        self.assert_kept(path, 65, re.escape(path) + r":\d+:\d+: .*; nothing was resumed and the file was left as it "
                                                     r"is\n$")

    def test_truncated_save(self):
        whole = self.save(self.answers("a.json")).decode()
        cut = whole[: whole.index("question_hashes") + 30]  # inside the flow mapping of hashes
        path = self.write(cut)
        self.assert_kept(path, 65, re.escape(path) + r":\d+:\d+: .*; nothing was resumed")

    def test_binary_file(self):
        path = self.write(bytes(range(256)))
        self.assert_kept(path, 65, re.escape(path) + r":2:118: invalid UTF-8 \(the file must be UTF-8 text\); nothing was resumed")

    def test_saved_from_another_questionnaire(self):
        path = self.write("schema: skincare.answers/1\nquestionnaire: {id: other, version: 1}\nanswers: {age: 30}\n")
        self.assert_kept(path, 65, re.escape(path) + r": these answers were saved from questionnaire 'other', not "
                                                     r"'microneedling-suitability'; nothing was resumed")

    def test_another_schema(self):
        path = self.write("schema: skincare.answers/9\nquestionnaire: {id: x, version: 1}\n")
        self.assert_kept(path, 65, re.escape(path) + r":1:9: unknown schema 'skincare.answers/9'")

    def test_a_foreign_file(self):
        path = self.write(json.dumps({"name": "left-pad", "version": "1.3.0", "license": "WTFPL"}))
        self.assert_kept(path, 65, re.escape(path) + r": this is not a file of saved skincare answers: none of its "
                                                     r"keys is a question id; nothing was resumed and the file was "
                                                     r"left as it is\n$")

    def test_a_folder(self):
        self.assertEqual(run("assess", "--resume", self.dir)[0], 66)

    def test_resume_then_save_elsewhere_keeps_the_resumed_file(self):
        original = self.save(self.answers("a.json", age=20))
        other = os.path.join(self.dir, "other.yaml")
        status, _, err = run("assess", "--resume", self.saved, "--set", "age=50", "--save", other)
        self.assertEqual(status, 0, err)
        with open(self.saved, "rb") as f:
            self.assertEqual(f.read(), original)
        with open(other) as f:
            self.assertIn("age: 50", f.read())
        os.remove(other)


if __name__ == "__main__":
    unittest.main()
