"""End-to-end tests for the terminal and pipeline contract: --help, --version,
usage errors, colour rules, wrapping, closed pipes and failed writes."""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import BIN, ESC, SOURCE_DIR, environment, overlong_lines, run, run_in_pty, strip_sgr  # noqa: E402

COMMANDS = ["explain", "topics", "search", "sources"]

# One invocation per command that prints something; all exit 0 on the shipped content.
PRINTING = [
    ["topics"],
    ["topics", "--names"],
    ["explain", "acne-scars"],
    ["explain", "acne-scars", "--format", "json"],
    ["explain", "wrinkles", "--format", "markdown"],
    ["search", "melasma"],
    ["sources"],
    ["sources", "alam-2014"],
]

HAVE_PTY = hasattr(os, "openpty") and sys.platform != "win32"


def project_version():
    with open(os.path.join(SOURCE_DIR, "CMakeLists.txt"), encoding="utf-8") as f:
        return re.search(r"project\(skincare\s+VERSION\s+(\d+\.\d+\.\d+)", f.read()).group(1)


class Version(unittest.TestCase):
    def test_version_and_content_version(self):
        status, out, err = run("--version")
        self.assertEqual((status, err), (0, ""))
        match = re.fullmatch(r"skincare (\d+\.\d+\.\d+) \(content (\d{4}-\d{2}-\d{2})\)\n", out)
        self.assertIsNotNone(match, repr(out))
        self.assertEqual(match.group(1), project_version())

    def test_version_ignores_a_missing_content_folder(self):
        status, out, err = run("--version", env={"SKINCARE_CONTENT": "/nonexistent/skincare-content"})
        self.assertEqual((status, err), (0, ""))
        self.assertTrue(out.startswith("skincare "))


class Help(unittest.TestCase):
    def test_top_level(self):
        for flag in ("--help", "-h"):
            with self.subTest(flag=flag):
                status, out, err = run(flag)
                self.assertEqual((status, err), (0, ""))
                self.assertIn("Usage: skincare", out)
                for option in ("--version", "--content", "--no-color", "--help"):
                    self.assertIn(option, out)
                subcommands = out[out.index("Subcommands:"):out.index("Examples:")]
                for command in COMMANDS:
                    self.assertRegex(subcommands, rf"(?m)^  {command}\s+\S")
                examples = out[out.index("Examples:"):]
                self.assertRegex(examples, r"(?m)^  skincare explain \S")
                self.assertRegex(examples, r"(?m)^  skincare topics")

    def test_every_command(self):
        for command in COMMANDS:
            with self.subTest(command=command):
                status, out, err = run(command, "--help")
                self.assertEqual((status, err), (0, ""))
                self.assertIn(f"Usage: skincare {command}", out)
                self.assertIn("--format", out)
                self.assertIn("Examples:", out)
                examples = out[out.index("Examples:"):].splitlines()[1:]
                self.assertTrue(any(line.startswith(f"  skincare {command}") for line in examples), out)

    def test_help_does_not_need_content(self):
        for command in COMMANDS:
            with self.subTest(command=command):
                status, out, err = run("--content", "/nonexistent/skincare-content", command, "--help")
                self.assertEqual((status, err), (0, ""))
                self.assertIn(f"Usage: skincare {command}", out)

    def test_the_examples_in_help_work(self):
        """Every example shown by `skincare [CMD] --help` runs with exit 0 and
        nothing on stderr (in bash, with `skincare` on PATH, so pipes and xargs
        work). Examples that need jq are skipped when jq is missing; `assess`
        has its own tests."""
        examples = []
        for command in [None] + COMMANDS:
            out = run(*([command] if command else []), "--help")[1]
            for line in out[out.index("Examples:"):].splitlines()[1:]:
                if not line.startswith("  skincare "):
                    continue
                example = re.split(r"\s{2,}", line.strip())[0]  # top-level help adds a description
                if example.startswith("skincare assess"):
                    continue
                if "jq" in example and shutil.which("jq") is None:
                    continue
                examples.append(example)
        self.assertGreaterEqual(len(examples), 6)
        with tempfile.TemporaryDirectory() as bin_dir:
            os.symlink(BIN, os.path.join(bin_dir, "skincare"))  # so `xargs skincare` finds it too
            env = environment({"PATH": bin_dir + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin")})
            for example in examples:
                with self.subTest(example=example):
                    done = subprocess.run(["bash", "-c", f"set -o pipefail\n{example} >/dev/null"], env=env,
                                          stdin=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60)
                    self.assertEqual(done.returncode, 0, done.stderr.decode(errors="replace"))
                    self.assertEqual(done.stderr, b"")


class UsageErrors(unittest.TestCase):
    def assert_usage_error(self, *args, mentions=None):
        status, out, err = run(*args)
        self.assertEqual(status, 2, f"{args}: {err}")
        self.assertEqual(out, "")
        self.assertTrue(err.startswith("skincare: "), err)
        if mentions:
            self.assertIn(mentions, err.splitlines()[0])
        return err

    def test_unknown_flag_on_a_command(self):
        for args in (["explain", "acne-scars"], ["topics"], ["search", "melasma"], ["sources"]):
            with self.subTest(args=args):
                self.assert_usage_error(*args, "--bogus", mentions="--bogus")

    def test_unknown_flag_before_the_command(self):
        self.assert_usage_error("--bogus", "topics", mentions="--bogus")

    def test_unknown_command(self):
        err = self.assert_usage_error("bogus", mentions="bogus")
        self.assertIn("skincare --help", err)

    def test_unknown_flag_alone(self):
        self.assert_usage_error("--bogus")

    def test_no_command(self):
        self.assert_usage_error()

    def test_bad_format_value(self):
        err = self.assert_usage_error("explain", "acne-scars", "--format", "xml", mentions="xml")
        self.assertIn("json", err)

    def test_missing_option_value(self):
        self.assert_usage_error("topics", "--format", mentions="--format")
        self.assert_usage_error("--content", mentions="--content")


class NoColourWhenPiped(unittest.TestCase):
    def test_no_escape_codes_in_pipes(self):
        for args in PRINTING + [["--help"], ["explain", "--help"]]:
            with self.subTest(args=args):
                status, out, err = run(*args)
                self.assertEqual((status, err), (0, ""))
                self.assertGreater(len(out), 100)
                self.assertNotIn(ESC, out)

    def test_errors_have_no_escape_codes(self):
        status, _, err = run("explain", "nosuchtopic")
        self.assertEqual(status, 2)
        self.assertNotIn(ESC, err)


@unittest.skipUnless(HAVE_PTY, "needs a pseudo-terminal")
class ColourOnATerminal(unittest.TestCase):
    def test_colour_and_bold_on_a_terminal(self):
        for args in (["topics"], ["explain", "acne-scars"], ["search", "melasma"], ["sources", "alam-2014"]):
            with self.subTest(args=args):
                status, out = run_in_pty(args)
                self.assertEqual(status, 0, out)
                self.assertIn(ESC + "[1m", out)
                self.assertIn(ESC + "[0m", out)

    def test_bold_marks_the_topic_ids(self):
        status, out = run_in_pty(["topics"])
        self.assertEqual(status, 0)
        self.assertIn("  \x1b[1macne-scars\x1b[0m ", out)

    def test_colour_changes_nothing_but_the_escapes(self):
        for args in (["topics"], ["explain", "acne-scars"], ["sources"]):
            with self.subTest(args=args):
                status, on_terminal = run_in_pty(args, columns=80)
                self.assertEqual(status, 0)
                self.assertIn(ESC, on_terminal)
                piped = run(*args)[1]
                self.assertEqual(strip_sgr(on_terminal), piped)

    def assert_plain(self, args, env=None):
        status, out = run_in_pty(args, env=env)
        self.assertEqual(status, 0, out)
        self.assertNotIn(ESC, out)
        self.assertIn("acne-scars", out)

    def test_no_color_variable(self):
        self.assert_plain(["topics"], env={"NO_COLOR": "1"})
        self.assert_plain(["explain", "acne-scars"], env={"NO_COLOR": "1"})

    def test_term_dumb(self):
        self.assert_plain(["topics"], env={"TERM": "dumb"})
        self.assert_plain(["explain", "acne-scars"], env={"TERM": "dumb"})

    def test_no_color_flag(self):
        self.assert_plain(["--no-color", "topics"])
        self.assert_plain(["topics", "--no-color"])
        self.assert_plain(["--no-colour", "explain", "acne-scars"])
        self.assert_plain(["explain", "acne-scars", "--no-color"])

    def test_json_on_a_terminal_has_no_escapes(self):
        status, out = run_in_pty(["topics", "--format", "json"])
        self.assertEqual(status, 0)
        self.assertNotIn(ESC, out)
        self.assertEqual(json.loads(out)["schema"], "skincare.topic-list/1")

    def test_markdown_on_a_terminal_has_no_escapes(self):
        status, out = run_in_pty(["explain", "acne-scars", "--format", "markdown"])
        self.assertEqual(status, 0)
        self.assertNotIn(ESC, out)
        self.assertTrue(out.startswith("# Acne scars\n"))

    def test_wraps_to_the_terminal_width(self):
        for columns in (50, 120):
            with self.subTest(columns=columns):
                status, out = run_in_pty(["topics"], columns=columns)
                self.assertEqual(status, 0)
                plain = strip_sgr(out)
                self.assertEqual(overlong_lines(plain, columns), [])
                self.assertGreater(max(len(line) for line in plain.splitlines()), columns - 15)


class Wrapping(unittest.TestCase):
    def test_pipes_wrap_at_80(self):
        status, out, _ = run("topics")
        self.assertEqual(status, 0)
        self.assertEqual(overlong_lines(out, 80), [])
        self.assertGreater(max(len(line) for line in out.splitlines()), 70)

    def test_columns_is_honoured(self):
        for columns in (40, 60, 100, 140):
            with self.subTest(columns=columns):
                status, out, _ = run("topics", env={"COLUMNS": str(columns)})
                self.assertEqual(status, 0)
                self.assertEqual(overlong_lines(out, columns), [])
                self.assertGreater(max(len(line) for line in out.splitlines()), columns - 15)

    def test_sources_fit_60_columns(self):
        status, out, _ = run("sources", env={"COLUMNS": "60"})
        self.assertEqual(status, 0)
        self.assertGreater(len(out.splitlines()), 100)
        self.assertEqual(overlong_lines(out, 60), [])

    def test_search_fits_60_columns(self):
        for words in (["melasma"], ["sun"], ["scar"]):
            with self.subTest(words=words):
                status, out, _ = run("search", *words, env={"COLUMNS": "60"})
                self.assertEqual(status, 0)
                self.assertGreater(len(out.splitlines()), 4)
                self.assertEqual(overlong_lines(out, 60), [])

    def test_nonsense_columns_fall_back_to_80(self):
        expected = run("topics")[1]
        self.assertGreater(max(len(line) for line in expected.splitlines()), 70)
        for value in ("abc", "0", "-5", "5", ""):
            with self.subTest(COLUMNS=value):
                status, out, _ = run("topics", env={"COLUMNS": value})
                self.assertEqual(status, 0)
                self.assertEqual(out, expected)


class ClosedPipe(unittest.TestCase):
    """A reader that went away ends the program quietly, with exit 0."""

    def run_into_closed_pipe(self, *args):
        read_end, write_end = os.pipe()
        os.close(read_end)  # every write now fails with EPIPE (or SIGPIPE if not ignored)
        try:
            done = subprocess.run([BIN, *args], stdin=subprocess.DEVNULL, stdout=write_end,
                                  stderr=subprocess.PIPE, env=environment(), timeout=30)
        finally:
            os.close(write_end)
        return done.returncode, done.stderr.decode(errors="replace")

    def test_commands(self):
        for args in PRINTING + [["--help"], ["topics", "--help"], ["--version"]]:
            with self.subTest(args=args):
                self.assertEqual(self.run_into_closed_pipe(*args), (0, ""))

    def test_head_in_a_shell_pipeline(self):
        names = run("topics", "--names")[1].split()
        self.assertEqual(len(names), 19)  # explaining all of them writes well over a pipe buffer
        script = ('"$SKINCARE_BIN_UNDER_TEST" explain "$@" 2>"$ERRORS" | head -c1 >/dev/null\n'
                  'echo "${PIPESTATUS[0]}"')
        with tempfile.TemporaryDirectory() as tmp:
            errors = os.path.join(tmp, "stderr")
            env = environment({"SKINCARE_BIN_UNDER_TEST": BIN, "ERRORS": errors})
            done = subprocess.run(["bash", "-c", script, "bash", *names], env=env, stdin=subprocess.DEVNULL,
                                  capture_output=True, text=True, timeout=60)
            with open(errors, encoding="utf-8") as f:
                stderr = f.read()
        self.assertEqual(done.stdout.strip(), "0", "skincare's exit status (stdout of the pipeline)")
        self.assertEqual(stderr, "")

    def test_topics_into_head_1(self):
        script = '"$SKINCARE_BIN_UNDER_TEST" topics | head -1; echo "status=${PIPESTATUS[0]}"'
        env = environment({"SKINCARE_BIN_UNDER_TEST": BIN})
        done = subprocess.run(["bash", "-c", script], env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=60)
        self.assertEqual(done.stdout, "Skin conditions\nstatus=0\n")
        self.assertEqual(done.stderr, "")


@unittest.skipUnless(os.path.exists("/dev/full"), "needs /dev/full")
class FailedWrite(unittest.TestCase):
    """A write that fails (disk full) is an error: exit 74 and one message."""

    def test_commands(self):
        for args in PRINTING + [["--help"], ["explain", "--help"], ["--version"]]:
            with self.subTest(args=args):
                with open("/dev/full", "wb") as full:
                    status, _, err = run(*args, stdout=full)
                self.assertEqual(status, 74, err)
                self.assertTrue(err.startswith("skincare: "), err)
                self.assertIn("No space left on device", err)
                self.assertEqual(err.count("\n"), 1, err)

    def test_nothing_to_write_is_not_an_error(self):
        with open("/dev/full", "wb") as full:
            status, _, err = run("search", "xyzzyq", stdout=full)
        self.assertEqual((status, err), (1, ""))


class WritesNothing(unittest.TestCase):
    def test_no_files_are_created(self):
        with tempfile.TemporaryDirectory() as home:
            for args in PRINTING + [["search", "xyzzyq"], ["explain", "nosuchtopic"]]:
                status, out, _ = run(*args, cwd=home, env={"HOME": home, "XDG_CONFIG_HOME": None,
                                                           "XDG_CACHE_HOME": None})
                if args in PRINTING:
                    self.assertEqual(status, 0, args)
                    self.assertTrue(out, args)
            self.assertEqual(os.listdir(home), [])


if __name__ == "__main__":
    unittest.main()
