"""Hostile input, end to end: random bytes, empty files, deep nesting, alias
bombs, huge numbers, overlong values, invalid UTF-8, escape sequences and a
folder where a file was expected, through every way input gets in (answers
files in YAML and JSON, --resume, standard input, --set, --batch lines and
content files). Each case asserts the exact exit status, that the message
names the problem in one `skincare: ` line, and that no raw control
character reaches the terminal. The limits are those of src/base/input_limits.h
(README "Limits")."""
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import CLEAR_ANSWERS, BIN, CONTENT_DIR, FIXTURES, environment, run  # noqa: E402

MiB = 1 << 20
RAW_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069]")

CLEAR = CLEAR_ANSWERS


def billion_laughs(levels=9, width=10):
    """The classic: each level is a list of `width` aliases to the level
    before, so the document expands to width**levels values."""
    lines = ["lol0: &lol0 lol"]
    for level in range(1, levels + 1):
        lines.append(f"lol{level}: &lol{level} [" + ", ".join([f"*lol{level - 1}"] * width) + "]")
    lines.append(f"age: *lol{levels}")
    return "\n".join(lines) + "\n"


def run_measured(args, input_bytes=None, timeout=60):
    """Runs skincare; returns (status, stdout, stderr, seconds, peak RSS in MiB)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        process = subprocess.Popen([BIN, *args], stdin=subprocess.PIPE if input_bytes is not None else subprocess.DEVNULL,
                                   stdout=out, stderr=err, env=environment())
        if input_bytes is not None:
            try:
                process.stdin.write(input_bytes)
            except BrokenPipeError:
                pass
            process.stdin.close()
        # A hang is caught by the watchdog, not by a wall-clock bound: these
        # machines are shared, so elapsed time says little about the program.
        watchdog = threading.Timer(timeout, process.kill)
        watchdog.start()
        try:
            _, wait_status, usage = os.wait4(process.pid, 0)
        finally:
            watchdog.cancel()
        seconds = time.monotonic() - started
        if seconds >= timeout:
            raise AssertionError(f"skincare {' '.join(args)} did not finish within {timeout} s")
        process.returncode = os.waitstatus_to_exitcode(wait_status)
        out.seek(0)
        err.seek(0)
        return (process.returncode, out.read().decode(errors="replace"), err.read().decode(errors="replace"), seconds,
                usage.ru_maxrss / 1024)


class HostileTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.dir)

    def file(self, name, data):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data.encode() if isinstance(data, str) else data)
        return path

    def assert_refused(self, result, status, pattern):
        """One `skincare: ` line matching `pattern`, nothing on stdout, no raw controls."""
        code, out, err = result[:3]
        self.assertEqual(code, status, err)
        self.assertEqual(out, "", "nothing may be printed on stdout")
        self.assertEqual(err.count("\n"), 1, err)
        self.assertRegex(err, r"^skincare: " + pattern)
        self.assertIsNone(RAW_CONTROLS.search(err), repr(err))
        return err

    def answers(self, name, data, *extra, flag="--answers"):
        return run("assess", flag, self.file(name, data), *extra)


class RandomAndEmpty(HostileTest):
    def test_random_bytes_in_an_answers_file(self):
        rng = random.Random(1)
        data = bytes(rng.randrange(256) for _ in range(4096))
        for flag in ("--answers", "--resume"):
            with self.subTest(flag=flag):
                path = self.file("random.bin", data)
                self.assert_refused(run("assess", flag, path), 65,
                                    re.escape(path) + r":1:\d+: invalid UTF-8 \(the file must be UTF-8 text\)")

    def test_random_printable_text_is_a_syntax_error_with_its_place(self):
        rng = random.Random(2)
        text = "".join(rng.choice("abc:-[]{}&*!|>'\" \n\t#,?") for _ in range(4096))
        path = self.file("noise.yaml", text)
        self.assert_refused(run("assess", "--answers", path), 65, re.escape(path) + r":\d+:\d+: \S")

    def test_random_bytes_on_batch_lines(self):
        rng = random.Random(3)
        lines = [bytes(rng.randrange(256) for _ in range(200)).replace(b"\n", b" ") for _ in range(20)]
        status, out, err = run("assess", "--batch", input=b"\n".join(lines) + b"\n")
        self.assertEqual(status, 65)
        results = [json.loads(line) for line in out.splitlines()]
        self.assertEqual([r["line"] for r in results], list(range(1, 21)))
        for result in results:
            self.assertEqual(result["error"]["code"], "invalid-input")
            self.assertRegex(result["error"]["message"], r"^the line is not valid (UTF-8 \(at byte \d+\)|JSON)$")
        self.assertIn("20 record(s) could not be assessed", err)

    def test_random_bytes_as_a_content_file(self):
        tree = self.content_tree()
        rng = random.Random(4)
        data = bytes(rng.randrange(256) for _ in range(4096))
        self.file("content/topics/needle-facts.yaml", data)
        self.assert_refused(run("--content", tree, "topics"), 65,
                            re.escape(tree) + r"/topics/needle-facts\.yaml:1:\d+: invalid UTF-8")

    def test_raw_control_characters_in_yaml(self):
        # A NUL byte would make yaml-cpp misread the rest of the file; YAML allows none.
        for data, column in ((b"age: 30\n\x00skin_type: [\n", 1), (b"age: 3\x1b[2J0\n", 7)):
            with self.subTest(data=data):
                path = self.file("raw.yaml", data)
                self.assert_refused(run("assess", "--answers", path), 65,
                                    re.escape(path) + rf":\d+:{column}: a raw control character \(\\x[0-9A-F]{{2}}\) "
                                                      r"is not allowed in a YAML file; write it as an escape")

    def test_a_second_yaml_document_is_not_silently_ignored(self):
        path = self.file("two.yaml", json.dumps(CLEAR) + "\n---\nsunburn: yes\n")
        self.assert_refused(run("assess", "--answers", path), 65,
                            re.escape(path) + r":3:1: a second YAML document \(after '---'\) would be ignored; keep "
                                              r"everything in one document$")

    def test_empty_files(self):
        path = self.file("empty.yaml", "")
        self.assert_refused(run("assess", "--answers", path), 65, re.escape(path) + ":1:1: the answers file is empty$")
        self.assert_refused(run("assess", "--resume", path), 65,
                            re.escape(path) + ":1:1: the answers file is empty; nothing was resumed")
        self.assert_refused(run("assess", "--answers", "/dev/null"), 65, "/dev/null:1:1: the answers file is empty$")
        self.assert_refused(run("assess", "--answers", "-", input=b""), 65, "<stdin>:1:1: the answers file is empty$")
        status, out, err = run("assess", "--batch", input=b"")
        self.assertEqual((status, out, err), (0, "", ""))  # no lines, no records, nothing wrong

    def test_empty_content_files(self):
        tree = self.content_tree()
        self.file("content/topics/needle-facts.yaml", "")
        self.assert_refused(run("--content", tree, "topics"), 65,
                            re.escape(tree) + r"/topics/needle-facts\.yaml(:\d+:\d+)?: topic must be a mapping")
        tree = self.content_tree("content2")
        self.file("content2/sources.yaml", "")
        self.assert_refused(run("--content", tree, "sources"), 65,
                            re.escape(tree) + r"/sources\.yaml(:\d+:\d+)?: bibliography must be a mapping")

    def content_tree(self, name="content"):
        root = os.path.join(self.dir, name)
        shutil.copytree(os.path.join(FIXTURES, "content-minimal"), root)
        return root


class Nesting(HostileTest):
    def test_deep_flow_nesting_in_yaml_and_json(self):
        for name, text in (("deep.yaml", "age: " + "[" * 100 + "]" * 100 + "\n"),
                           ("deep.json", '{"age": ' + "[" * 100 + "]" * 100 + "}"),
                           ("deep-maps.yaml", "age: " + "{a: " * 100 + "b" + "}" * 100 + "\n"),
                           ("very-deep.yaml", "[" * 200000)):
            with self.subTest(name=name):
                path = self.file(name, text)
                self.assert_refused(run("assess", "--answers", path), 65,
                                    re.escape(path) + r":1:\d+: lists and mappings nest more than 32 levels deep "
                                                      r"\(the limit\)$")

    def test_deep_block_nesting(self):
        text = "age:\n" + "".join(" " * (2 * i) + "-\n" for i in range(40))
        path = self.file("block.yaml", text)
        self.assert_refused(run("assess", "--answers", path), 65,
                            re.escape(path) + r":\d+:\d+: lists and mappings nest more than 32 levels deep")

    def test_nesting_up_to_the_limit_is_only_a_wrong_answer(self):
        path = self.file("ok.yaml", "age: " + "[" * 31 + "]" * 31 + "\n")
        self.assert_refused(run("assess", "--answers", path), 65, re.escape(path) + r":1:\d+: each item of 'age' must be")

    def test_deep_batch_lines(self):
        status, out, _ = run("assess", "--batch", input='{"age": ' + "[" * 40 + "]" * 40 + "}\n" + "[" * 100000 + "]" * 100000 + "\n")
        self.assertEqual(status, 65)
        for result in map(json.loads, out.splitlines()):
            self.assertEqual(result["error"]["message"],
                             "the line nests arrays and objects more than 32 levels deep (the limit)")

    def test_deep_nesting_in_a_content_file(self):
        root = os.path.join(self.dir, "content")
        shutil.copytree(os.path.join(FIXTURES, "content-minimal"), root)
        self.file("content/topics/needle-facts.yaml", "id: " + "{a: " * 50 + "b" + "}" * 50 + "\n")
        self.assert_refused(run("--content", root, "topics"), 65,
                            re.escape(root) + r"/topics/needle-facts\.yaml:1:\d+: lists and mappings nest more than 32")

    def test_deep_nesting_in_a_condition(self):
        root = os.path.join(self.dir, "content")
        shutil.copytree(CONTENT_DIR, root)
        path = os.path.join(root, "questionnaire", "assessment.yaml")
        with open(path) as f:
            text = f.read()
        deep = "not " * 40 + "keloids"
        self.assertIn("    when: keloids\n", text)
        with open(path, "w") as f:
            f.write(text.replace("    when: keloids\n", f"    when: {deep}\n", 1))
        self.assert_refused(run("--content", root, "assess", "--template"), 65,
                            re.escape(path) + r":\d+:\d+: in condition 'not not .*': 'not' and parentheses nest more "
                                              r"than 32 levels deep \(the limit\)$")


class AliasBombs(HostileTest):
    def assert_small(self, seconds, peak):
        if peak is not None:
            self.assertLess(peak, 400, "an alias bomb must not use much memory (MiB)")

    def test_billion_laughs_answers_file(self):
        path = self.file("laughs.yaml", billion_laughs())
        status, out, err, seconds, peak = run_measured(["assess", "--answers", path])
        self.assert_refused((status, out, err), 65,
                            re.escape(path) + r":\d+:\d+: aliases expand the file to more than 100000 values "
                                              r"\(the limit\)$")
        self.assert_small(seconds, peak)

    def test_billion_laughs_of_long_text(self):
        # Few values, but each a long text: refused by the size they expand to.
        text = "a: &a " + "x" * 60000 + "\nb: &b [" + ", ".join(["*a"] * 100) + "]\nage: *b\n"
        path = self.file("long-laughs.yaml", text)
        status, out, err, seconds, peak = run_measured(["assess", "--answers", path])
        self.assert_refused((status, out, err), 65,
                            re.escape(path) + r":\d+:\d+: aliases expand the file to more than 4 MiB of text")
        self.assert_small(seconds, peak)

    def test_billion_laughs_on_stdin_and_resume_and_content(self):
        bomb = billion_laughs()
        status, out, err, seconds, peak = run_measured(["assess", "--answers", "-"], bomb.encode())
        self.assert_refused((status, out, err), 65, r"<stdin>:\d+:\d+: aliases expand the file")
        self.assert_small(seconds, peak)
        path = self.file("resume.yaml", bomb)
        self.assert_refused(run("assess", "--resume", path), 65, re.escape(path) + r":\d+:\d+: aliases expand the file")
        root = os.path.join(self.dir, "content")
        shutil.copytree(os.path.join(FIXTURES, "content-minimal"), root)
        self.file("content/topics/needle-facts.yaml", bomb)
        self.assert_refused(run("--content", root, "explain", "needle-facts"), 65,
                            re.escape(root) + r"/topics/needle-facts\.yaml:\d+:\d+: aliases expand the file")

    def test_an_alias_inside_its_own_anchor(self):
        path = self.file("loop.yaml", "age: &a [1, *a]\n")
        self.assert_refused(run("assess", "--answers", path), 65,
                            re.escape(path) + r":1:\d+: an alias refers to a list or mapping that contains it$")

    def test_a_few_aliases_are_fine(self):
        answers = dict(CLEAR)
        del answers["allergies"], answers["skin_condition_active"]
        text = "".join(f"{key}: {json.dumps(value)}\n" for key, value in answers.items())
        text += "allergies: &none []\nskin_condition_active: *none\n"
        status, out, err = self.answers("aliases.yaml", text, "--format", "json")
        self.assertEqual(status, 0, err)
        self.assertEqual(json.loads(out)["verdict"], "suitable")


class NumbersAndLengths(HostileTest):
    def test_huge_numbers_in_answers(self):
        for value in ("123456789012345678901234567890", "-99999999999999999999", "1e400", "0x7fffffffffffffff",
                      ".inf"):
            with self.subTest(value=value):
                path = self.file("n.yaml", f"age: {value}\n")
                self.assert_refused(run("assess", "--answers", path), 65,
                                    re.escape(f"{path}:1:1: '{value}' is not a valid answer to 'age'; expected a "
                                              "whole number from 0 to 120") + "$")
        self.assert_refused(run("assess", "--set", "age=" + "9" * 40), 65,
                            r"--set: '9{40}' is not a valid answer to 'age'; expected a whole number from 0 to 120$")

    def test_huge_numbers_on_batch_lines(self):
        status, out, _ = run("assess", "--batch", input='{"age": 1e400}\n{"age": 123456789012345678901234567890}\n'
                                                          '{"id": 1e999, "age": 1}\n')
        self.assertEqual(status, 65)
        for result in map(json.loads, out.splitlines()):
            self.assertEqual(result["error"]["message"], "the line has a number that is malformed or too large")

    def test_huge_numbers_in_content(self):
        root = os.path.join(self.dir, "content")
        shutil.copytree(CONTENT_DIR, root)
        path = os.path.join(root, "questionnaire", "assessment.yaml")
        with open(path) as f:
            text = f.read()
        self.assertIn("    max: 120\n", text)
        with open(path, "w") as f:
            f.write(text.replace("    max: 120\n", "    max: 99999999999999999999999\n", 1))
        self.assert_refused(run("--content", root, "assess", "--template"), 65,
                            re.escape(path) + r":\d+:\d+: 'max' in question must be a whole number, not "
                                              r"'99999999999999999999999'$")

    def test_overlong_answer(self):
        path = self.file("long.yaml", "skin_type: " + "I" * 2000 + "\n")
        self.assert_refused(run("assess", "--answers", path), 65,
                            re.escape(path) + r":1:1: the answer to 'skin_type' is longer than 1 KiB \(the limit for "
                                              r"one answer\)$")
        self.assert_refused(run("assess", "--set", "skin_type=" + "I" * 2000), 65,
                            r"--set: the answer to 'skin_type' is longer than 1 KiB")
        status, out, _ = run("assess", "--batch", input=json.dumps({"allergies": ["metal", "x" * 5000]}) + "\n")
        self.assertEqual(status, 65)
        self.assertEqual(json.loads(out)["error"]["message"],
                         "the answer to 'allergies' is longer than 1 KiB (the limit for one answer)")

    def test_overlong_value_in_yaml(self):
        path = self.file("value.yaml", "skin_type: '" + "x" * (65 * 1024) + "'\n")
        self.assert_refused(run("assess", "--answers", path), 65,
                            re.escape(path) + r":1:12: a value is longer than 64 KiB \(the limit for one value\)$")

    def test_files_larger_than_the_limit(self):
        path = self.file("big.yaml", "age: 30\n" + "#" * MiB)
        self.assert_refused(run("assess", "--answers", path), 65,
                            re.escape(path) + r": the answers file is larger than 1 MiB \(the limit for one input "
                                              r"file\)$")
        self.assert_refused(run("assess", "--answers", "-", input=b"#" * (2 * MiB)), 65,
                            r"<stdin>: the answers file is larger than 1 MiB")
        status, out, err, seconds, peak = run_measured(["assess", "--answers", "/dev/zero"])
        self.assert_refused((status, out, err), 65, r"/dev/zero: the answers file is larger than 1 MiB")
        root = os.path.join(self.dir, "content")
        shutil.copytree(os.path.join(FIXTURES, "content-minimal"), root)
        self.file("content/topics/needle-facts.yaml", "#" * (MiB + 1))
        self.assert_refused(run("--content", root, "topics"), 65,
                            re.escape(root) + r"/topics/needle-facts\.yaml: the file is larger than 1 MiB \(the limit "
                                              r"for one input file\)$")

    def test_batch_lines_longer_than_the_limit_are_skipped(self):
        long_line = '{"id": "' + "x" * MiB + '"}'
        status, out, err = run("assess", "--batch", input=long_line + "\n" + json.dumps(dict(CLEAR, id="next")) + "\n")
        self.assertEqual(status, 65)
        first, second = map(json.loads, out.splitlines())
        self.assertEqual(first, {"line": 1, "error": {"code": "invalid-input", "question": None,
                                                      "message": "the line is longer than 1 MiB (the limit for one "
                                                                 "line)"}})
        self.assertEqual((second["id"], second["verdict"]), ("next", "suitable"))
        self.assertIn("1 record(s) could not be assessed", err)


class InvalidUtf8(HostileTest):
    def test_answers_file_reports_line_and_column(self):
        path = self.file("bad.yaml", b"age: 30\nskin_type: \"I\xc3\x28\"\n")
        self.assert_refused(run("assess", "--answers", path), 65,
                            re.escape(path) + r":2:14: invalid UTF-8 \(the file must be UTF-8 text\)$")

    def test_set_value_reports_the_byte(self):
        done = subprocess.run([BIN.encode(), b"assess", b"--set", b"skin_type=II\xff"], capture_output=True,
                              env=environment(), timeout=30)
        err = done.stderr.decode("utf-8", errors="replace")
        self.assert_refused((done.returncode, done.stdout.decode(), err), 65,
                            r"--set: the answer to 'skin_type' is not valid UTF-8 \(at byte 3: 'II\\xFF'\)$")

    def test_batch_line_reports_the_byte(self):
        status, out, _ = run("assess", "--batch", input=b'{"id": "ok\xe2\x82"}\n')
        self.assertEqual(status, 65)
        self.assertEqual(json.loads(out)["error"]["message"], "the line is not valid UTF-8 (at byte 11)")

    def test_content_file_reports_line_and_column(self):
        root = os.path.join(self.dir, "content")
        shutil.copytree(os.path.join(FIXTURES, "content-minimal"), root)
        self.file("content/sources.yaml", b"sources:\n  - id: x\xc0\xafy\n")
        self.assert_refused(run("--content", root, "sources"), 65,
                            re.escape(root) + r"/sources\.yaml:2:10: invalid UTF-8 \(the file must be UTF-8 text\)$")


class EscapeSequences(HostileTest):
    """Control characters from answers, content and even file names are
    shown escaped, in messages and in every output format."""

    TITLE = "\x1b]0;pwned\x07"
    CLEAR_SCREEN = "\x1b[2J"

    def test_in_answer_keys_and_values(self):
        path = self.file("esc.yaml", json.dumps({self.TITLE: 1}))
        self.assert_refused(run("assess", "--answers", path), 65,
                            re.escape(path) + r":1:2: unknown question '\\x1B\]0;pwned\\x07'$")
        path = self.file("esc2.yaml", json.dumps(dict(CLEAR, skin_type=self.CLEAR_SCREEN)))
        self.assert_refused(run("assess", "--answers", path), 65,
                            re.escape(path) + r":\d+:\d+: '\\x1B\[2J' is not a valid answer to 'skin_type'")
        self.assert_refused(run("assess", "--set", f"{self.CLEAR_SCREEN}=1"), 65,
                            r"--set: unknown question '\\x1B\[2J'")
        self.assert_refused(run("assess", "--set", f"setting=\u202espa"), 65,
                            r"--set: '\\u\{202E\}spa' is not a valid answer to 'setting'")

    def test_in_the_name_of_a_file(self):
        path = os.path.join(self.dir, f"missing{self.TITLE}.yaml")
        self.assert_refused(run("assess", "--answers", path), 66,
                            r"cannot open '.*missing\\x1B\]0;pwned\\x07\.yaml': No such file or directory$")

    def test_in_a_saved_file_that_is_resumed(self):
        path = self.file("saved.yaml", "schema: skincare.answers/1\nquestionnaire: {id: \"\\e[31mother\", version: 1}\n")
        self.assert_refused(run("assess", "--resume", path), 65,
                            re.escape(path) + r": these answers were saved from questionnaire '\\x1B\[31mother'")

    def test_in_batch_ids_keys_and_values(self):
        line = json.dumps({"id": self.TITLE, self.CLEAR_SCREEN: 1})
        status, out, _ = run("assess", "--batch", input=line + "\n" + json.dumps(dict(CLEAR, id=self.TITLE)) + "\n")
        self.assertEqual(status, 65)
        self.assertNotIn("\\u001b", out.lower())
        self.assertIsNone(RAW_CONTROLS.search(out))
        error, ok = map(json.loads, out.splitlines())
        self.assertEqual(error["id"], "\\x1B]0;pwned\\x07")
        self.assertEqual(error["error"]["message"], "unknown question '\\x1B[2J'")
        self.assertEqual(ok["id"], "\\x1B]0;pwned\\x07")

    def test_in_content_errors_and_every_output_format(self):
        root = os.path.join(self.dir, "content")
        shutil.copytree(os.path.join(FIXTURES, "content-minimal"), root)
        topic = os.path.join(root, "topics", "needle-facts.yaml")
        with open(topic) as f:
            text = f.read()
        self.file("content/topics/needle-facts.yaml", text.replace("kind: fact", 'kind: "\\e]0;x\\a"'))
        self.assert_refused(run("--content", root, "topics"), 65,
                            re.escape(topic) + r":2:7: 'kind' in topic must be one of condition, fact, not "
                                               r"'\\x1B\]0;x\\x07'$")
        self.file("content/topics/needle-facts.yaml",
                  text.replace("title: Needle facts", 'title: "Needle \\e[2J\\x9b31m\\u2066facts"'))
        for fmt in ("text", "markdown", "json"):
            with self.subTest(fmt=fmt):
                status, out, err = run("--content", root, "explain", "needle-facts", "--format", fmt)
                self.assertEqual((status, err), (0, ""))
                self.assertIsNone(RAW_CONTROLS.search(out), repr(out[:200]))
                self.assertRegex(out.replace("\\\\", "\\"), r"\\x1B\\?\[2J")
                self.assertIn("\\u{2066}", out.replace("\\\\", "\\"))


class FuzzFindings(HostileTest):
    """Bugs the fuzz targets found (tests/fuzz/regressions/), end to end."""

    def test_a_repeated_batch_id_keeps_the_line_valid_json(self):
        status, out, _ = run("assess", "--batch", input='{"id": "first", "id": "second", "age": 30}\n')
        self.assertEqual(status, 65)
        result = json.loads(out)
        self.assertNotIn("id", result)  # neither id: which one is meant is not clear
        self.assertEqual(result["line"], 1)
        self.assertEqual(result["error"]["message"],
                         "the key 'id' is given twice (at bytes 2 and 17); keep one, so it is clear which value counts")

    def test_a_long_answer_is_shortened_at_a_character_boundary(self):
        answer = "中" * 40  # 120 bytes of three-byte characters
        status, out, err = run("assess", "--set", f"skin_type={answer}")
        self.assertEqual((status, out), (65, ""))
        self.assertIn("'" + "中" * 20 + "...' is not a valid answer to 'skin_type'", err)
        self.assertNotIn("\\x", err)
        self.assertNotIn("\ufffd", err)


def yaml_lines(answers):
    """`answers` as YAML, one `id: value` line each, in order (JSON values are YAML)."""
    return "".join(f"{key}: {json.dumps(value)}\n" for key, value in answers.items())


class RepeatedKeys(HostileTest):
    """The same key twice is refused with both places: the last one no longer wins."""

    def test_a_repeated_answer_in_a_yaml_file(self):
        text = yaml_lines(CLEAR) + "pregnant: pregnant\n"
        first, repeat = list(CLEAR).index("pregnant") + 1, len(CLEAR) + 1
        path = self.file("answers.yaml", text)
        self.assert_refused(run("assess", "--answers", path), 65,
                            re.escape(path) + rf":{repeat}:1: the key 'pregnant' is given twice in the same mapping "
                                              rf"\(first at line {first}, column 1\); keep one")
        # Without the repeat, the same file is clear, and with only the second value it postpones.
        self.assertEqual(run("assess", "--answers", self.file("a.yaml", yaml_lines(CLEAR)))[0], 0)
        status, out, _ = run("assess", "--answers", self.file("b.yaml", yaml_lines({**CLEAR, "pregnant": "pregnant"})),
                             "--format", "json")
        self.assertEqual((status, json.loads(out)["verdict"]), (0, "postpone"))

    def test_a_repeated_answer_in_a_json_file_and_on_standard_input(self):
        text = json.dumps(CLEAR)[:-1] + ', "pregnant": "pregnant"}'
        column = text.rindex('"pregnant":') + 1
        first = text.index('"pregnant"') + 1
        path = self.file("answers.json", text)
        message = (rf":1:{column}: the key 'pregnant' is given twice in the same mapping "
                   rf"\(first at line 1, column {first}\)")
        self.assert_refused(run("assess", "--answers", path), 65, re.escape(path) + message)
        self.assert_refused(run("assess", "--answers", "-", input=text), 65, r"<stdin>" + message)

    def test_a_repeated_answer_in_a_saved_run(self):
        saved = os.path.join(self.dir, "run.yaml")
        status, _, err = run("assess", "--answers", self.file("a.json", json.dumps(CLEAR)), "--save", saved)
        self.assertEqual(status, 0, err)
        with open(saved, encoding="utf-8") as f:
            lines = f.read().splitlines()
        first = next(i for i, line in enumerate(lines) if line.strip().startswith("sunburn:")) + 1
        lines.append("  sunburn: \"yes\"")
        with open(saved, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        for flag in ("--resume", "--answers"):
            with self.subTest(flag=flag):
                self.assert_refused(run("assess", flag, saved), 65,
                                    re.escape(saved) + rf":{len(lines)}:3: the key 'sunburn' is given twice in the "
                                                       rf"same mapping \(first at line {first}, column 3\)")

    def test_a_repeated_key_in_content_is_refused_too(self):
        root = os.path.join(self.dir, "content")
        shutil.copytree(os.path.join(FIXTURES, "content-minimal"), root)
        topic = os.path.join(root, "topics", "needle-facts.yaml")
        with open(topic, encoding="utf-8") as f:
            text = f.read()
        lines = text.splitlines()
        title = next(i for i, line in enumerate(lines) if line.startswith("title:")) + 1
        with open(topic, "w", encoding="utf-8") as f:
            f.write(text + "title: Another title\n")
        self.assert_refused(run("--content", root, "topics"), 65,
                            re.escape(topic) + rf":{len(lines) + 1}:1: the key 'title' is given twice in the same "
                                               rf"mapping \(first at line {title}, column 1\)")

    def test_a_repeated_key_on_a_batch_line_is_an_error_object_naming_both_offsets(self):
        good = json.dumps({"id": "a", **CLEAR})
        bad = '{"id": "b", "sunburn": false, "age": 30, "sunburn": true}'
        status, out, err = run("assess", "--batch", input=good + "\n" + bad + "\n" + good + "\n")
        self.assertEqual(status, 65, err)
        results = [json.loads(line) for line in out.splitlines()]
        self.assertEqual([r.get("id") for r in results], ["a", "b", "a"])
        self.assertEqual(results[0]["verdict"], results[2]["verdict"])
        self.assertEqual(results[1]["line"], 2)
        first, second = bad.index('"sunburn') + 1, bad.rindex('"sunburn') + 1
        self.assertEqual(results[1]["error"], {
            "code": "invalid-input", "question": "sunburn",
            "message": f"the key 'sunburn' is given twice (at bytes {first} and {second}); keep one, so it is "
                       "clear which value counts"})


class ByteOrderMarkAndCrlf(HostileTest):
    """Files from Windows editors and spreadsheet exports: a UTF-8 byte order
    mark and CRLF line ends are accepted wherever a file is read, with the
    same result as the plain file."""

    BOM = "\ufeff"

    def windows(self, text):
        return self.BOM + text.replace("\n", "\r\n")

    def test_answers_files_yaml_json_and_standard_input(self):
        expected = run("assess", "--answers", self.file("plain.yaml", yaml_lines(CLEAR)), "--format", "json")
        self.assertEqual(expected[0], 0, expected[2])
        for name, text in (("w.yaml", self.windows(yaml_lines(CLEAR))),
                           ("w.json", self.windows(json.dumps(CLEAR, indent=2)))):
            with self.subTest(name=name):
                self.assertEqual(run("assess", "--answers", self.file(name, text), "--format", "json"), expected)
                self.assertEqual(run("assess", "--answers", "-", "--format", "json", input=text), expected)

    def test_places_in_messages_count_from_the_first_visible_character(self):
        path = self.file("w.yaml", self.windows("age: 30\nsunburn: [\n"))
        self.assert_refused(run("assess", "--answers", path), 65, re.escape(path) + r":3:1: ")
        path = self.file("v.yaml", self.windows("age: 30\nage: 31\n"))
        self.assert_refused(run("assess", "--answers", path), 65,
                            re.escape(path) + r":2:1: the key 'age' is given twice in the same mapping "
                                              r"\(first at line 1, column 1\)")

    def test_a_saved_run(self):
        saved = os.path.join(self.dir, "run.yaml")
        self.assertEqual(run("assess", "--answers", self.file("a.json", json.dumps(CLEAR)), "--save", saved)[0], 0)
        expected = run("assess", "--resume", saved, "--format", "json")
        with open(saved, encoding="utf-8") as f:
            text = f.read()
        with open(saved, "w", encoding="utf-8", newline="") as f:
            f.write(self.windows(text))
        self.assertEqual(run("assess", "--resume", saved, "--format", "json"), expected)

    def test_a_batch_stream(self):
        lines = [json.dumps({"id": i, **CLEAR}) for i in range(3)]
        expected = run("assess", "--batch", input="\n".join(lines) + "\n")
        self.assertEqual(expected[0], 0, expected[2])
        self.assertEqual(run("assess", "--batch", input=self.windows("\n".join(lines) + "\n")), expected)

    def test_content_files(self):
        root = os.path.join(self.dir, "content")
        shutil.copytree(CONTENT_DIR, root)
        for folder, _, names in os.walk(root):
            for name in names:
                if name.endswith(".yaml"):
                    path = os.path.join(folder, name)
                    with open(path, encoding="utf-8") as f:
                        text = f.read()
                    with open(path, "w", encoding="utf-8", newline="") as f:
                        f.write(self.windows(text))
        answers = self.file("a.json", json.dumps(CLEAR))
        for args in (["explain", "acne-scars"], ["explain", "acne-scars", "--format", "json"], ["topics"],
                     ["sources"], ["search", "tram track"], ["assess", "--answers", answers, "--format", "json"],
                     ["check", "--strict"]):
            with self.subTest(args=args):
                status, out, err = run("--content", root, *args)
                expected_status, expected_out, expected_err = run("--content", CONTENT_DIR, *args)
                # `check` reports how long its logic checks took: a timing, not part of what is compared.
                timing = re.compile(r"in \d+\.\d\d s$", re.M)
                self.assertEqual((status, timing.sub("in N s", out.replace(root, CONTENT_DIR)),
                                  err.replace(root, CONTENT_DIR)),
                                 (expected_status, timing.sub("in N s", expected_out), expected_err))


class FolderWhereAFileWasExpected(HostileTest):
    def test_answers_resume_and_batch(self):
        for args in (["assess", "--answers", self.dir], ["assess", "--resume", self.dir],
                     ["assess", "--batch", "--answers", self.dir]):
            with self.subTest(args=args):
                self.assert_refused(run(*args), 66, r"cannot read '?" + re.escape(self.dir) + r"'?: it is a folder$")

    def test_standard_input(self):
        for args in (["assess", "--answers", "-"], ["assess", "--batch"]):
            with self.subTest(args=args):
                folder = os.open(self.dir, os.O_RDONLY | os.O_DIRECTORY)
                try:
                    done = subprocess.run([BIN, *args], stdin=folder, capture_output=True, env=environment(),
                                          timeout=30)
                finally:
                    os.close(folder)
                self.assert_refused((done.returncode, done.stdout.decode(), done.stderr.decode()), 66,
                                    r"cannot read (standard input|<stdin>): it is a folder$")

    def test_content_files(self):
        root = os.path.join(self.dir, "content")
        shutil.copytree(os.path.join(FIXTURES, "content-minimal"), root)
        os.remove(os.path.join(root, "topics", "needle-facts.yaml"))
        os.mkdir(os.path.join(root, "topics", "needle-facts.yaml"))
        self.assert_refused(run("--content", root, "topics"), 66,
                            r"'" + re.escape(root) + r"/topics/needle-facts\.yaml' is not a regular file$")
        os.remove(os.path.join(root, "sources.yaml"))
        os.mkdir(os.path.join(root, "sources.yaml"))
        self.assert_refused(run("--content", root, "sources"), 66,
                            r"'" + re.escape(root) + r"/sources\.yaml' is not a regular file$")
        self.assert_refused(run("--content", os.path.join(root, "topics", "zebra-stripes.yaml"), "topics"), 66,
                            r"content folder '.*zebra-stripes\.yaml' is not a folder$")

    def test_a_fifo_is_not_read_as_content(self):
        root = os.path.join(self.dir, "content")
        shutil.copytree(os.path.join(FIXTURES, "content-minimal"), root)
        os.remove(os.path.join(root, "topics", "needle-facts.yaml"))
        os.mkfifo(os.path.join(root, "topics", "needle-facts.yaml"))
        self.assert_refused(run("--content", root, "topics", timeout=10), 66, r"'.*needle-facts\.yaml' is not a "
                                                                               r"regular file$")

    def test_save_onto_a_folder(self):
        path = self.file("answers.json", json.dumps(CLEAR))
        target = os.path.join(self.dir, "folder")
        os.mkdir(target)
        self.assert_refused(run("assess", "--answers", path, "--save", target), 2,
                            r"'" + re.escape(target) + r"' already exists; use --force to replace it$")
        status, out, err = run("assess", "--answers", path, "--save", target, "--force")
        self.assertEqual(status, 74, err)
        self.assertRegex(err, r"^skincare: cannot save '" + re.escape(target) + r"': Is a directory\n$")
        self.assertTrue(os.path.isdir(target))
        self.assertEqual(sorted(os.listdir(self.dir)), ["answers.json", "folder"])  # no temporary file left


if __name__ == "__main__":
    unittest.main()
