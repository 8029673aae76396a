"""`cmake --install` into a temporary prefix: the binary, every man page and
the three completion scripts land in the standard places (GNUInstallDirs),
the installed binary works from anywhere, `man -l` renders every installed
page, and each shell finds the installed completion by itself (bash-completion
through XDG_DATA_DIRS, zsh through $fpath, fish through its vendor folder)."""

import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import BIN, SOURCE_DIR, environment  # noqa: E402
from shell_session import TAB, bash_session, required_program, zsh_session  # noqa: E402

COMPLETIONS = {
    "bash": "share/bash-completion/completions/skincare",
    "zsh": "share/zsh/site-functions/_skincare",
    "fish": "share/fish/vendor_completions.d/skincare.fish",
}


def build_dir():
    """The CMake build folder of the binary under test."""
    folder = os.path.dirname(BIN)
    while folder != os.path.dirname(folder):
        if os.path.exists(os.path.join(folder, "CMakeCache.txt")):
            return folder
        folder = os.path.dirname(folder)
    raise AssertionError(f"no CMakeCache.txt above {BIN}")


def cache_value(build, name):
    with open(os.path.join(build, "CMakeCache.txt"), encoding="utf-8") as f:
        match = re.search(rf"(?m)^{re.escape(name)}:[A-Z]+=(.*)$", f.read())
    if not match:
        raise AssertionError(f"{name} is not in the CMake cache of {build}")
    return match.group(1)


def man_pages():
    pages = sorted(os.path.basename(p) for p in glob.glob(os.path.join(SOURCE_DIR, "man", "*.1")))
    assert "skincare.1" in pages and "skincare-completion.1" in pages, pages
    return pages


def run_program(argv, env=None, cwd=None, input=None):
    done = subprocess.run(argv, capture_output=True, text=True, env=environment(env), cwd=cwd, input=input,
                          stdin=None if input is not None else subprocess.DEVNULL, timeout=60)
    return done.returncode, done.stdout, done.stderr


class Install(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.build = build_dir()
        cmake = cache_value(cls.build, "CMAKE_COMMAND")
        cls.tmp = tempfile.TemporaryDirectory(prefix="skincare-install-")
        cls.prefix = os.path.join(cls.tmp.name, "prefix with space")
        done = subprocess.run([cmake, "--install", cls.build, "--prefix", cls.prefix], capture_output=True,
                              text=True, timeout=120)
        if done.returncode != 0:
            cls.tmp.cleanup()
            raise AssertionError(f"cmake --install failed:\n{done.stdout}\n{done.stderr}")
        cls.bin = os.path.join(cls.prefix, "bin", "skincare")
        cls.home = os.path.join(cls.tmp.name, "home")
        os.mkdir(cls.home)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_every_file_in_its_place(self):
        installed = set()
        for folder, _, files in os.walk(self.prefix):
            for name in files:
                installed.add(os.path.relpath(os.path.join(folder, name), self.prefix))
        expected = {"bin/skincare", *COMPLETIONS.values()}
        expected |= {f"share/man/man1/{page}" for page in man_pages()}
        self.assertEqual(installed, expected)
        self.assertTrue(os.access(self.bin, os.X_OK))
        for path in expected - {"bin/skincare"}:
            mode = os.stat(os.path.join(self.prefix, path)).st_mode & 0o777
            self.assertEqual(mode, 0o644, path)

    def test_the_installed_binary_works_from_anywhere(self):
        with tempfile.TemporaryDirectory() as home:
            env = {"HOME": home, "SKINCARE_CONTENT": None}
            self.assertEqual(run_program([self.bin, "--version"], env=env, cwd=home),
                             run_program([BIN, "--version"], env=env, cwd=home))
            status, out, err = run_program([self.bin, "explain", "acne-scars", "--brief"], env=env, cwd=home)
            self.assertEqual((status, err), (0, ""))
            self.assertIn("acne-scars", out)
            status, out, err = run_program([self.bin, "topics", "--names"], env=env, cwd=home)
            self.assertEqual((status, err), (0, ""))
            self.assertEqual(out, run_program([BIN, "topics", "--names"])[1])
            self.assertEqual(os.listdir(home), [])  # writes nothing

    def test_the_completions_are_those_of_the_installed_binary(self):
        for shell, path in COMPLETIONS.items():
            with self.subTest(shell=shell):
                status, out, err = run_program([self.bin, "completion", shell])
                self.assertEqual((status, err), (0, ""))
                with open(os.path.join(self.prefix, path), encoding="utf-8") as f:
                    self.assertEqual(f.read(), out)

    def test_man_renders_every_installed_page(self):
        required_program("man")
        for page in man_pages():
            with self.subTest(page=page):
                path = os.path.join(self.prefix, "share", "man", "man1", page)
                status, out, err = run_program(["man", "--warnings", "-l", path],
                                               env={"MANWIDTH": "80", "LC_ALL": "C.UTF-8", "MANPAGER": "cat",
                                                    "PAGER": "cat"})
                self.assertEqual((status, err), (0, ""))
                name = page[:-2]
                self.assertIn("NAME", out)
                self.assertIn(name, out)
                self.assertGreater(len(out.splitlines()), 10)

    def test_man_finds_the_pages_by_name(self):
        required_program("man")
        for page in man_pages():
            with self.subTest(page=page):
                status, out, err = run_program(["man", "-w", page[:-2]],
                                               env={"MANPATH": os.path.join(self.prefix, "share", "man")})
                self.assertEqual((status, err), (0, ""))
                self.assertEqual(out.strip(), os.path.join(self.prefix, "share", "man", "man1", page))

    def path(self):
        """PATH with the installed bin/ first: the scripts run the `skincare` found there."""
        return os.path.join(self.prefix, "bin") + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin")

    def test_bash_completion_loads_the_installed_script(self):
        """No `source`: bash-completion finds share/bash-completion/completions/skincare
        through XDG_DATA_DIRS the first time skincare is completed."""
        env = environment({"XDG_DATA_DIRS": os.path.join(self.prefix, "share") + ":/usr/share",
                           "HOME": self.home, "BASH_COMPLETION_USER_DIR": os.path.join(self.home, "none"),
                           "PATH": self.path()})
        shell = bash_session(env, cwd=self.home)
        try:
            self.assertEqual(shell.line_after("skincare expl" + TAB), "skincare explain ")
            self.assertEqual(shell.line_after("skincare explain acne" + TAB), "skincare explain acne-scars ")
            self.assertEqual(shell.line_after("skincare assess --set ag" + TAB), "skincare assess --set age=")
        finally:
            shell.close()

    def test_zsh_finds_the_installed_function(self):
        functions = os.path.join(self.prefix, "share", "zsh", "site-functions")
        shell = zsh_session(environment({"HOME": self.home, "PATH": self.path()}), [f"fpath=('{functions}' $fpath)"],
                            cwd=self.home)
        try:
            self.assertEqual(shell.line_after("skincare expl" + TAB), "skincare explain ")
            self.assertEqual(shell.line_after("skincare explain acne" + TAB), "skincare explain acne-scars ")
        finally:
            shell.close()

    def test_fish_finds_the_installed_vendor_completion(self):
        fish = required_program("fish")
        config = os.path.join(self.home, "config")
        env = {"PATH": os.path.join(self.prefix, "bin") + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"),
               "HOME": self.home, "XDG_CONFIG_HOME": config, "XDG_DATA_HOME": os.path.join(self.home, "data"),
               "XDG_DATA_DIRS": os.path.join(self.prefix, "share") + ":/usr/share"}
        try:
            status, out, err = run_program([fish, "-c", "complete -C 'skincare ex'"], env=env, cwd=self.home)
        finally:
            shutil.rmtree(config, ignore_errors=True)
            shutil.rmtree(os.path.join(self.home, "data"), ignore_errors=True)
        self.assertEqual((status, err), (0, ""))
        self.assertTrue(out.startswith("explain\t"), out)


if __name__ == "__main__":
    unittest.main()
