"""End-to-end tests for `skincare completion bash|zsh|fish` and the hidden
`skincare __complete WORD...` the scripts call on every TAB.

The scripts are exercised in the real shells: an interactive bash with
bash-completion loaded and an interactive zsh after compinit, both driven on a
pseudo-terminal (shell_session.py), and fish through its own completion engine
(`complete -C`). In every shell `skincare` is a wrapper on PATH that counts the
program's starts, so each test can check that a TAB costs at most two. Expected
words come from the program itself (`topics --names`, `assess --template`,
`--help`), never from a copy in this file, except where a test checks one
example by name."""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import BIN, FIXTURES, environment, run  # noqa: E402
from shell_session import INSERT_ALL, TAB, bash_session, required_program, zsh_session  # noqa: E402

SHELLS = ("bash", "zsh", "fish")


def shell_env(home):
    """The test environment with HOME and the XDG folders inside `home`, so no
    shell reads or writes the real ones, and `skincare` on PATH: a wrapper
    that appends a line to home/starts for every start of the program."""
    bin_dir = os.path.join(home, "bin")
    wrapper = os.path.join(bin_dir, "skincare")
    if not os.path.exists(wrapper):
        os.makedirs(bin_dir, exist_ok=True)
        with open(wrapper, "w", encoding="utf-8") as f:
            f.write(f"#!/bin/sh\necho \"$*\" >> '{os.path.join(home, 'starts')}'\nexec '{BIN}' \"$@\"\n")
        os.chmod(wrapper, 0o755)
    return environment({"HOME": home, "XDG_CONFIG_HOME": os.path.join(home, ".config"),
                        "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
                        "XDG_CACHE_HOME": os.path.join(home, ".cache"), "HISTFILE": None,
                        "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")})


def starts(home):
    """How many times the program has started through the wrapper in `home`."""
    try:
        with open(os.path.join(home, "starts"), encoding="utf-8") as f:
            return len(f.readlines())
    except FileNotFoundError:
        return 0


def complete(*words, env=None):
    """`skincare __complete WORDS...`: (action, {candidate: description})."""
    status, out, err = run("__complete", *words, env=env)
    assert (status, err) == (0, ""), (status, err)
    lines = out.split("\n")
    assert lines[-1] == "", out
    return lines[0], {line.split("\t")[0]: (line.split("\t") + [""])[1] for line in lines[1:-1]}


def script(shell, *global_args, env=None):
    status, out, err = run(*global_args, "completion", shell, env=env)
    assert (status, err) == (0, ""), (status, err)
    return out


def topic_ids():
    return run("topics", "--names")[1].split()


def questions():
    """{question id: [accepted values]} from `assess --template`; numbers map to []."""
    result = {}
    allowed = None
    for line in run("assess", "--template")[1].splitlines():
        if line.startswith("# Allowed: "):
            allowed = line[len("# Allowed: "):]
        match = re.fullmatch(r"([a-z_]+):", line)
        if match:
            values = []
            if allowed == "yes or no":
                values = ["yes", "no"]
            elif allowed.startswith(("one of ", "one or more of ", "none or any of ")):
                values = re.sub(r"^(one of|one or more of|none or any of) ", "", allowed).split(", ")
                if allowed.startswith("none or any of "):
                    values.append("none")
            result[match.group(1)] = values
    assert len(result) > 10, result
    return result


def commands():
    out = run("--help")[1]
    section = out[out.index("Subcommands:"):out.index("Examples:")]
    return re.findall(r"(?m)^  ([a-z]+)\s", section)


def words_after(line, prefix):
    assert line.startswith(prefix), (line, prefix)
    return set(line[len(prefix):].split())


class Command(unittest.TestCase):
    def test_every_shell(self):
        for shell in SHELLS:
            with self.subTest(shell=shell):
                out = script(shell)
                self.assertIn("skincare", out)
                self.assertIn("__complete", out)

    def test_unknown_shell_is_a_usage_error_with_a_suggestion(self):
        status, out, err = run("completion", "bsh")
        self.assertEqual((status, out), (2, ""))
        self.assertTrue(err.startswith("skincare: unknown shell 'bsh'"), err)
        self.assertIn("did you mean 'bash'?", err)
        self.assertIn("bash, zsh or fish", err)

    def test_missing_shell_is_a_usage_error(self):
        status, out, err = run("completion")
        self.assertEqual((status, out), (2, ""))
        self.assertTrue(err.startswith("skincare: "), err)

    def test_scripts_are_valid_syntax(self):
        checks = {"bash": ["bash", "-n"], "zsh": ["zsh", "-n"], "fish": ["fish", "--no-config", "-n"]}
        for shell, argv in checks.items():
            with self.subTest(shell=shell):
                required_program(argv[0])
                done = subprocess.run(argv, input=script(shell), capture_output=True, text=True, timeout=30)
                self.assertEqual((done.returncode, done.stderr), (0, ""))

    def test_scripts_are_fixed_and_ask_the_program(self):
        minimal = os.path.join(FIXTURES, "content-minimal")
        for shell in SHELLS:
            with self.subTest(shell=shell):
                out = script(shell)
                self.assertIn("__complete", out)
                self.assertNotIn("acne-scars", out)  # no content copied into the script
                self.assertEqual(script(shell, "--content", minimal), out)
                self.assertLess(len(out.splitlines()), 70)


class CompleteCommand(unittest.TestCase):
    """`skincare __complete WORD...`: the candidates for the last word."""

    def test_hidden_from_help_and_from_completion(self):
        self.assertNotIn("__complete", run("--help")[1])
        self.assertNotIn("__complete", complete("")[1])
        self.assertNotIn("__complete", complete("__")[1])

    def test_commands_and_flags_come_from_the_parser(self):
        self.assertEqual(complete(""), ("words", complete("")[1]))
        self.assertEqual(set(complete("")[1]), set(commands()))
        self.assertTrue(all(complete("")[1].values()))  # each with its description
        self.assertEqual(set(complete("--")[1]), {"--content", "--help", "--no-color", "--no-colour", "--version"})
        self.assertIn("-h", complete("-")[1])
        flags = complete("assess", "--")[1]
        self.assertIn("--batch", flags)
        self.assertIn("--content", flags)  # the program's options work after a command too
        self.assertNotIn("--version", flags)
        self.assertNotIn("--brief", flags)

    def test_values_by_kind(self):
        self.assertEqual(set(complete("topics", "--format", "")[1]), {"text", "markdown", "json"})
        self.assertEqual(set(complete("topics", "--format=m")[1]), {"--format=markdown"})
        self.assertEqual(complete("assess", "--answers", "x")[0], "files")
        self.assertEqual(complete("--content", "")[0], "dirs")
        self.assertEqual(set(complete("explain", "")[1]), set(topic_ids()))
        self.assertEqual(set(complete("explain", "acne-scars", "--brief", "")[1]), set(topic_ids()))
        self.assertEqual(complete("explain", "acne")[1], {"acne-scars": "Acne scars"})
        self.assertIn("alam-2014", complete("sources", "alam")[1])
        self.assertEqual(set(complete("completion", "")[1]), set(SHELLS))
        self.assertEqual(complete("completion", "bash", "")[1], {})
        self.assertEqual(complete("search", "mel")[1], {})

    def test_every_question_and_value(self):
        answers = questions()
        action, ids = complete("assess", "--set", "")
        self.assertEqual((action, set(ids)), ("prefix", {q + "=" for q in answers}))
        for question, values in answers.items():
            with self.subTest(question=question):
                self.assertEqual(set(complete("assess", "--set", question + "=")[1]),
                                 {question + "=" + v for v in values})
        self.assertEqual(set(complete("assess", "--set=pregnant=p")[1]), {"--set=pregnant=pregnant"})
        self.assertEqual(set(complete("assess", "--set", "concerns=acne-scars,wr")[1]),
                         {"concerns=acne-scars,wrinkles"})

    def test_words_come_from_the_content_in_use(self):
        minimal = os.path.join(FIXTURES, "content-minimal")  # topics only, no questionnaire
        for args, env in ((("--content", minimal), None), (("--content=" + minimal,), None),
                          ((), {"SKINCARE_CONTENT": minimal})):
            with self.subTest(args=args):
                self.assertEqual(set(complete(*args, "explain", "", env=env)[1]), {"zebra-stripes", "needle-facts"})
                self.assertEqual(complete(*args, "assess", "--set", "", env=env)[1], {})
                self.assertIn("explain", complete(*args, "", env=env)[1])

    def test_a_broken_content_tree_gives_no_words_and_no_message(self):
        for fixture in ("content-bad-yaml", "content-bad-utf8"):
            with self.subTest(fixture=fixture):
                self.assertEqual(complete("--content", os.path.join(FIXTURES, fixture), "explain", ""), ("words", {}))
        self.assertEqual(complete("--content", "/nonexistent", "explain", ""), ("words", {}))

    def test_the_script_has_no_escape_codes_on_a_terminal(self):
        from harness import run_in_pty

        status, out = run_in_pty(["completion", "bash"])
        self.assertEqual(status, 0)
        self.assertNotIn("\x1b", out)


class Bash(unittest.TestCase):
    """In an interactive bash with bash-completion, the script sourced."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="skincare-completion-")
        path = os.path.join(cls.tmp.name, "skincare.bash")
        with open(path, "w", encoding="utf-8") as f:
            f.write(script("bash"))
        shutil.copytree(os.path.join(FIXTURES, "content-minimal"), os.path.join(cls.tmp.name, "mycontent"))
        open(os.path.join(cls.tmp.name, "answers.yaml"), "w").close()
        cls.shell = bash_session(shell_env(cls.tmp.name), [f"source {path}"], cwd=cls.tmp.name)

    @classmethod
    def tearDownClass(cls):
        cls.shell.close()
        cls.tmp.cleanup()

    def line(self, keys):
        return self.shell.line_after(keys)

    def all_after(self, prefix, typed=""):
        """Every candidate offered for `typed` after `prefix`."""
        return words_after(self.line(prefix + typed + INSERT_ALL), prefix)

    def test_commands(self):
        self.assertEqual(self.line("skincare expl" + TAB), "skincare explain ")
        self.assertEqual(self.line("skincare compl" + TAB), "skincare completion ")
        self.assertEqual(self.all_after("skincare "), set(commands()))

    def test_global_flags(self):
        self.assertEqual(self.all_after("skincare ", "--"),
                         {"--content", "--help", "--no-color", "--no-colour", "--version"})
        self.assertEqual(self.line("skincare --vers" + TAB), "skincare --version ")

    def test_command_flags(self):
        self.assertEqual(self.line("skincare explain --br" + TAB), "skincare explain --brief ")
        self.assertEqual(self.line("skincare topics --na" + TAB), "skincare topics --names ")
        flags = self.all_after("skincare assess ", "--")
        for flag in ("--answers", "--set", "--template", "--save", "--force", "--resume", "--exit-code", "--batch",
                     "--format", "--help", "--content", "--no-color"):
            self.assertIn(flag, flags)
        self.assertNotIn("--brief", flags)

    def test_format_values(self):
        for command in ("explain acne-scars", "topics", "search melasma", "sources", "compare acne-scars"):
            with self.subTest(command=command):
                html = {"html"} if command.split()[0] in ("explain", "compare") else set()
                self.assertEqual(self.all_after(f"skincare {command} --format "), {"text", "markdown", "json"} | html)
        self.assertEqual(self.all_after("skincare assess --format "), {"text", "markdown", "json", "html", "csv", "fhir"})
        self.assertEqual(self.line("skincare topics --format=j" + TAB), "skincare topics --format=json ")
        self.assertEqual(self.line("skincare topics --format m" + TAB), "skincare topics --format markdown ")

    def test_topic_ids(self):
        self.assertEqual(self.line("skincare explain acne" + TAB), "skincare explain acne-scars ")
        self.assertEqual(self.all_after("skincare explain "), set(topic_ids()))
        self.assertEqual(self.all_after("skincare explain acne-scars --brief "), set(topic_ids()))
        self.assertEqual(self.all_after("skincare --no-color explain --format "), {"text", "markdown", "json", "html"})
        self.assertEqual(self.all_after("skincare --no-color topics --format "), {"text", "markdown", "json"})
        self.assertEqual(self.line("skincare compare acne" + TAB), "skincare compare acne-scars ")

    def test_source_ids(self):
        self.assertEqual(self.line("skincare sources alam" + TAB), "skincare sources alam-2014 ")

    def test_question_ids(self):
        expected = {question + "=" for question in questions()}
        self.assertEqual(self.all_after("skincare assess --set "), expected)
        self.assertEqual(self.line("skincare assess --set ag" + TAB), "skincare assess --set age=")  # no space

    def test_question_values(self):
        for question, values in questions().items():
            if not values:
                continue
            with self.subTest(question=question):
                self.assertEqual(self.all_after(f"skincare assess --set {question}="), set(values))
        self.assertEqual(self.line("skincare assess --set pregnant=p" + TAB),
                         "skincare assess --set pregnant=pregnant ")
        self.assertEqual(self.line("skincare assess --set=pregnant=p" + TAB),
                         "skincare assess --set=pregnant=pregnant ")
        self.assertEqual(self.all_after("skincare assess --set skin_type=", "I"), {"I", "II", "III", "IV"})

    def test_list_values_after_a_comma(self):
        self.assertEqual(self.line("skincare assess --set concerns=acne-scars,wr" + TAB),
                         "skincare assess --set concerns=acne-scars,wrinkles ")

    def test_files_and_folders(self):
        self.assertEqual(self.line("skincare --content myc" + TAB), "skincare --content mycontent/")
        self.assertEqual(self.line("skincare assess --answers ans" + TAB), "skincare assess --answers answers.yaml ")
        self.assertEqual(self.line("skincare --content mycontent explain ze" + TAB),
                         "skincare --content mycontent explain zebra-stripes ")

    def test_content_dir_on_the_line(self):
        self.assertEqual(self.all_after("skincare --content mycontent explain "), {"zebra-stripes", "needle-facts"})
        self.assertEqual(self.all_after("skincare --content=mycontent explain "), {"zebra-stripes", "needle-facts"})
        self.assertEqual(self.line("skincare --content mycontent explain acne" + TAB),
                         "skincare --content mycontent explain acne")  # not in that content

    def test_a_tab_starts_the_program_at_most_twice(self):
        for keys in ("skincare ex" + TAB, "skincare explain acne" + TAB, "skincare assess --set pregnant=p" + TAB,
                     "skincare " + INSERT_ALL, "skincare --content myc" + TAB):
            with self.subTest(keys=keys):
                before = starts(self.tmp.name)
                self.line(keys)
                self.assertIn(starts(self.tmp.name) - before, (1, 2))

    def test_shells(self):
        self.assertEqual(self.all_after("skincare completion "), set(SHELLS))
        self.assertEqual(self.line("skincare completion bash " + TAB), "skincare completion bash ")

    def test_nothing_for_free_text(self):
        self.assertEqual(self.line("skincare search mel" + TAB), "skincare search mel")


class BashWithoutBashCompletion(unittest.TestCase):
    """`source <(skincare completion bash)` in a bash without bash-completion."""

    def test_completions(self):
        with tempfile.TemporaryDirectory(prefix="skincare-completion-") as tmp:
            path = os.path.join(tmp, "skincare.bash")
            with open(path, "w", encoding="utf-8") as f:
                f.write(script("bash"))
            os.mkdir(os.path.join(tmp, "mycontent"))
            shell = bash_session(shell_env(tmp), [f"source {path}"], cwd=tmp, bash_completion=False)
            try:
                self.assertEqual(shell.line_after("skincare expl" + TAB), "skincare explain ")
                self.assertEqual(shell.line_after("skincare explain acne" + TAB), "skincare explain acne-scars ")
                self.assertEqual(shell.line_after("skincare topics --format=j" + TAB), "skincare topics --format=json ")
                self.assertEqual(shell.line_after("skincare assess --set ag" + TAB), "skincare assess --set age=")
                self.assertEqual(shell.line_after("skincare assess --set pregnant=p" + TAB),
                                 "skincare assess --set pregnant=pregnant ")
                self.assertEqual(shell.line_after("skincare --content myc" + TAB), "skincare --content mycontent/")
            finally:
                shell.close()


class Zsh(unittest.TestCase):
    """In an interactive zsh after compinit, _skincare found in $fpath."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="skincare-completion-")
        functions = os.path.join(cls.tmp.name, "functions")
        os.mkdir(functions)
        with open(os.path.join(functions, "_skincare"), "w", encoding="utf-8") as f:
            f.write(script("zsh"))
        shutil.copytree(os.path.join(FIXTURES, "content-minimal"), os.path.join(cls.tmp.name, "mycontent"))
        cls.shell = zsh_session(shell_env(cls.tmp.name), [f"fpath=({functions} $fpath)"], cwd=cls.tmp.name)

    @classmethod
    def tearDownClass(cls):
        cls.shell.close()
        cls.tmp.cleanup()

    def test_completions(self):
        cases = {
            "skincare expl": "skincare explain ",
            "skincare expo": "skincare export ",
            "skincare explain acne": "skincare explain acne-scars ",
            "skincare explain --br": "skincare explain --brief ",
            "skincare explain --format j": "skincare explain --format json ",
            "skincare topics --format=m": "skincare topics --format=markdown ",
            "skincare assess --set ag": "skincare assess --set age=",
            "skincare assess --set skin_type=u": "skincare assess --set skin_type=unsure ",
            "skincare assess --set concerns=acne-scars,wr": "skincare assess --set concerns=acne-scars,wrinkles ",
            "skincare sources alam": "skincare sources alam-2014 ",
            "skincare completion f": "skincare completion fish ",
            "skincare --content myc": "skincare --content mycontent/",
            "skincare --content mycontent expl": "skincare --content mycontent explain ",
            "skincare --content mycontent explain ze": "skincare --content mycontent explain zebra-stripes ",
        }
        for typed, expected in cases.items():
            with self.subTest(typed=typed):
                before = starts(self.tmp.name)
                self.assertEqual(self.shell.line_after(typed + TAB), expected)
                self.assertIn(starts(self.tmp.name) - before, (1, 2))  # what a TAB costs


    def test_sourced_after_compinit(self):
        """As the help suggests: source <(skincare completion zsh) in ~/.zshrc."""
        shell = zsh_session(shell_env(self.tmp.name), [], cwd=self.tmp.name)
        try:
            shell.run(f"source <('{BIN}' completion zsh)")
            self.assertEqual(shell.line_after("skincare expl" + TAB), "skincare explain ")
            self.assertEqual(shell.line_after("skincare assess --set pregnant=b" + TAB),
                             "skincare assess --set pregnant=breastfeeding ")
        finally:
            shell.close()


class Fish(unittest.TestCase):
    """Through fish's completion engine (`complete -C`)."""

    @classmethod
    def setUpClass(cls):
        cls.fish = required_program("fish")
        cls.tmp = tempfile.TemporaryDirectory(prefix="skincare-completion-")
        cls.path = os.path.join(cls.tmp.name, "skincare.fish")
        shutil.copytree(os.path.join(FIXTURES, "content-minimal"), os.path.join(cls.tmp.name, "mycontent"))
        with open(cls.path, "w", encoding="utf-8") as f:
            f.write(script("fish"))

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def candidates(self, line):
        done = subprocess.run([self.fish, "--no-config", "-c", 'source $argv[1]; complete -C $argv[2]',
                               self.path, line], capture_output=True, text=True, timeout=30,
                              env=shell_env(self.tmp.name), cwd=self.tmp.name)
        self.assertEqual((done.returncode, done.stderr), (0, ""))
        return {entry.split("\t")[0]: (entry.split("\t") + [""])[1] for entry in done.stdout.splitlines()}

    def test_commands_with_descriptions(self):
        found = self.candidates("skincare ")
        self.assertEqual(set(found), set(commands()))
        self.assertTrue(all(found.values()), found)

    def test_topics(self):
        self.assertEqual(set(self.candidates("skincare explain ")), set(topic_ids()))
        self.assertEqual(self.candidates("skincare explain acne"), {"acne-scars": "Acne scars"})

    def test_format(self):
        self.assertEqual(set(self.candidates("skincare topics --format ")), {"text", "markdown", "json"})

    def test_answers(self):
        answers = questions()
        self.assertEqual(set(self.candidates("skincare assess --set ")), {q + "=" for q in answers})
        self.assertEqual(set(self.candidates("skincare assess --set pregnant=")),
                         {"pregnant=" + v for v in answers["pregnant"]})
        self.assertEqual(set(self.candidates("skincare assess --set concerns=acne-scars,wr")),
                         {"concerns=acne-scars,wrinkles"})

    def test_shells(self):
        self.assertEqual(set(self.candidates("skincare completion ")), set(SHELLS))
        self.assertEqual(self.candidates("skincare completion bash "), {})

    def test_content_dir_on_the_line_and_what_a_tab_costs(self):
        before = starts(self.tmp.name)
        self.assertEqual(set(self.candidates("skincare --content mycontent explain ")), {"zebra-stripes", "needle-facts"})
        self.assertIn(starts(self.tmp.name) - before, (1, 2))
        self.assertIn("mycontent/", self.candidates("skincare --content myc"))

    def test_piped_into_source(self):
        """As the help suggests: skincare completion fish | source."""
        command = "$argv[1] completion fish | source; complete -C $argv[2]"
        done = subprocess.run([self.fish, "--no-config", "-c", command, BIN, "skincare explain acne"],
                              capture_output=True, text=True, timeout=30, env=shell_env(self.tmp.name))
        self.assertEqual((done.returncode, done.stderr), (0, ""))
        self.assertEqual(done.stdout, "acne-scars\tAcne scars\n")


if __name__ == "__main__":
    unittest.main()
