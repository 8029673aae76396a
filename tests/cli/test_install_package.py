"""`cpack -G DEB` builds a Debian package whose dependencies dpkg-shlibdeps
computed from the binary, with a description, section and copyright; lintian
finds no error or warning in it; `dpkg --root` installs it into a throwaway
root (whose package database holds only what it depends on, as installed on
this machine), where the installed `skincare`, its man pages and completions
work; and `dpkg --remove` takes every file away again."""

import glob
import os
import re
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import BIN, SOURCE_DIR, environment  # noqa: E402
from shell_session import required_program  # noqa: E402
from test_install import build_dir, cache_value, man_pages  # noqa: E402


def project_version():
    with open(os.path.join(SOURCE_DIR, "CMakeLists.txt"), encoding="utf-8") as f:
        return re.search(r"project\(skincare\s+VERSION\s+(\d+\.\d+\.\d+)", f.read()).group(1)


def check(argv, **kwargs):
    done = subprocess.run(argv, capture_output=True, text=True, timeout=180, **kwargs)
    if done.returncode != 0:
        raise AssertionError(f"{argv} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def as_root(argv):
    """dpkg needs root; outside CI, fakeroot stands in."""
    return argv if os.geteuid() == 0 else [required_program("fakeroot"), *argv]


class DebianPackage(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        for tool in ("dpkg", "dpkg-deb", "dpkg-shlibdeps", "dpkg-query", "lintian", "objdump", "man"):
            required_program(tool)
        build = build_dir()
        cpack = cache_value(build, "CMAKE_CPACK_COMMAND")
        cls.tmp = tempfile.TemporaryDirectory(prefix="skincare-deb-")
        try:
            check([cpack, "-G", "DEB", "-B", cls.tmp.name, "--config", os.path.join(build, "CPackConfig.cmake")],
                  cwd=build)
            debs = glob.glob(os.path.join(cls.tmp.name, "*.deb"))
            if len(debs) != 1:
                raise AssertionError(f"expected one .deb, found {debs}")
            cls.deb = debs[0]
            cls.fields = cls.control_fields()
        except BaseException:
            cls.tmp.cleanup()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    @classmethod
    def control_fields(cls):
        fields, name = {}, None
        for line in check(["dpkg-deb", "-f", cls.deb]).splitlines():
            if line.startswith(" ") and name:
                fields[name] += "\n" + line
            else:
                name, _, value = line.partition(":")
                fields[name] = value.strip()
        return fields

    def test_file_name_and_control_fields(self):
        arch = check(["dpkg", "--print-architecture"]).strip()
        version = project_version() + "-1"
        self.assertEqual(os.path.basename(self.deb), f"skincare_{version}_{arch}.deb")
        self.assertEqual(self.fields["Package"], "skincare")
        self.assertEqual(self.fields["Version"], version)
        self.assertEqual(self.fields["Architecture"], arch)
        self.assertEqual(self.fields["Section"], "education")
        self.assertEqual(self.fields["Priority"], "optional")
        self.assertRegex(self.fields["Maintainer"], r"^[^<>]+ <[^<>@\s]+@[^<>@\s]+>$")
        synopsis, _, long = self.fields["Description"].partition("\n")
        self.assertEqual(synopsis, "learn whether microneedling suits you, and why")
        self.assertGreaterEqual(len(long.splitlines()), 4)
        self.assertIn("microneedling", long)

    def test_depends_are_computed_from_the_binary(self):
        """Every shared library the binary needs is provided by a package named
        in Depends (with a version), as dpkg-shlibdeps found it."""
        with tempfile.TemporaryDirectory() as unpacked:
            check(["dpkg-deb", "-x", self.deb, unpacked])
            binary = os.path.join(unpacked, "usr", "bin", "skincare")
            needed = re.findall(r"(?m)^\s*NEEDED\s+(\S+)$", check(["objdump", "-p", binary]))
            resolved = {}
            for line in check(["ldd", binary]).splitlines():
                match = re.match(r"\s*(\S+) => (/\S+)", line) or re.match(r"\s*((/\S+))\s+\(", line)
                if match:
                    resolved[os.path.basename(match.group(1))] = match.group(2)
        self.assertIn("libc.so.6", needed)
        depends = {}
        for clause in self.fields["Depends"].split(","):
            match = re.fullmatch(r"\s*([a-z0-9.+-]+)(?:\s*\((>=|=)\s*([^)]+)\))?\s*", clause)
            self.assertIsNotNone(match, self.fields["Depends"])
            depends[match.group(1)] = match.group(3)
        for library in needed:
            with self.subTest(library=library):
                path = resolved[library]
                owner = subprocess.run(["dpkg-query", "-S", path], capture_output=True, text=True)
                if owner.returncode != 0:  # merged /usr: registered under the other name
                    owner = subprocess.run(["dpkg-query", "-S", os.path.realpath(path)], capture_output=True,
                                           text=True)
                package = owner.stdout.split(":")[0]
                self.assertIn(package, depends)
                self.assertIsNotNone(depends[package], f"{package} has no minimum version")

    def test_a_static_build_depends_on_libc_alone(self):
        """With SKINCARE_STATIC_DEPS (the release preset) libstdc++ is linked in and
        simdjson is used by the tests only, so the package needs no C++ library."""
        if cache_value(build_dir(), "SKINCARE_STATIC_DEPS") not in ("ON", "TRUE", "1"):
            self.skipTest("shared dependencies in this build")
        names = [re.match(r"\s*([a-z0-9.+-]+)", c).group(1) for c in self.fields["Depends"].split(",")]
        self.assertEqual(names, ["libc6"], self.fields["Depends"])

    def test_contents(self):
        listing = check(["dpkg-deb", "-c", self.deb])
        files = {}
        for line in listing.splitlines():
            mode, owner, _, _, _, path = line.split(None, 5)
            self.assertEqual(owner, "root/root", line)
            if not mode.startswith("d"):
                files[path.lstrip(".")] = mode
        expected = {
            "/usr/bin/skincare": "-rwxr-xr-x",
            "/usr/share/bash-completion/completions/skincare": "-rw-r--r--",
            "/usr/share/zsh/vendor-completions/_skincare": "-rw-r--r--",  # in Debian's zsh $fpath
            "/usr/share/fish/vendor_completions.d/skincare.fish": "-rw-r--r--",
            "/usr/share/doc/skincare/copyright": "-rw-r--r--",
            "/usr/share/doc/skincare/changelog.Debian.gz": "-rw-r--r--",
            "/usr/share/lintian/overrides/skincare": "-rw-r--r--",
        }
        for page in man_pages():
            expected[f"/usr/share/man/man1/{page}.gz"] = "-rw-r--r--"
        self.assertEqual(files, expected)

    def test_copyright(self):
        with tempfile.TemporaryDirectory() as unpacked:
            check(["dpkg-deb", "-x", self.deb, unpacked])
            with open(os.path.join(unpacked, "usr/share/doc/skincare/copyright"), encoding="utf-8") as f:
                text = f.read()
        self.assertTrue(text.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"))
        self.assertIn("Upstream-Name: skincare", text)
        for library in ("yaml-cpp", "fmt", "CLI11", "libstdc++"):  # compiled into the binary
            self.assertIn(library, text)
        # Machine-readable (DEP-5): the code is Apache-2.0, the content CC-BY-4.0, and every
        # license a Files paragraph names by its short name alone has its own License paragraph.
        paragraphs = [dict(re.findall(r"^([A-Za-z-]+):[ \t]*(.*)$", p, re.M)) for p in text.split("\n\n")]
        files = {p["Files"]: p["License"] for p in paragraphs if "Files" in p}
        self.assertEqual(files["*"], "Apache-2.0")
        self.assertEqual(files["content/*"], "CC-BY-4.0")
        standalone = {p["License"] for p in paragraphs if "License" in p and "Files" not in p}
        self.assertEqual(standalone, {"Apache-2.0", "CC-BY-4.0"})
        self.assertIn("/usr/share/common-licenses/Apache-2.0", text)

    def test_license_file_states_both_licenses(self):
        with open(os.path.join(SOURCE_DIR, "LICENSE"), encoding="utf-8") as f:
            text = f.read()
        self.assertIn("Apache License\n                           Version 2.0, January 2004", text)
        self.assertIn("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION", text)
        self.assertIn("Creative Commons Attribution 4.0 International", text)
        self.assertIn("https://creativecommons.org/licenses/by/4.0/legalcode", text)

    def test_lintian_finds_no_error_or_warning(self):
        done = subprocess.run(["lintian", "--fail-on", "error,warning", self.deb], capture_output=True, text=True,
                              timeout=180, env=environment({"LC_ALL": "C.UTF-8"}))
        tags = [line for line in done.stdout.splitlines() if re.match(r"^[EW]: ", line)]
        self.assertEqual(tags, [])
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)

    def test_installs_works_and_removes_in_a_throwaway_root(self):
        with tempfile.TemporaryDirectory(prefix="skincare-root-") as root:
            admin = os.path.join(root, "var", "lib", "dpkg")
            for folder in ("info", "updates", "triggers"):
                os.makedirs(os.path.join(admin, folder))
            # The database knows only the packages skincare depends on, as installed here.
            names = [re.match(r"\s*([a-z0-9.+-]+)", c).group(1) for c in self.fields["Depends"].split(",")]
            stanzas = check(["dpkg-query", "-s", *names])
            with open(os.path.join(admin, "status"), "w", encoding="utf-8") as f:
                f.write(stanzas)
            open(os.path.join(admin, "available"), "w").close()
            for name in names:
                for arch_name in (name, f"{name}:{check(['dpkg', '--print-architecture']).strip()}"):
                    open(os.path.join(admin, "info", arch_name + ".list"), "w").close()

            # --path-include: install every file even where dpkg.cfg.d drops docs (slim images).
            dpkg = as_root(["dpkg", f"--root={root}", "--log=/dev/null", "--path-include=*"])
            check([*dpkg, "--install", self.deb])
            status = check(["dpkg-query", f"--admindir={admin}", "-W", "-f=${Status} ${Version}", "skincare"])
            self.assertEqual(status, f"install ok installed {project_version()}-1")

            installed = os.path.join(root, "usr", "bin", "skincare")
            env = environment({"SKINCARE_CONTENT": None})
            done = subprocess.run([installed, "--version"], capture_output=True, text=True, env=env, timeout=30)
            self.assertEqual((done.returncode, done.stderr), (0, ""))
            self.assertEqual(done.stdout, subprocess.run([BIN, "--version"], capture_output=True, text=True,
                                                         env=env).stdout)
            done = subprocess.run([installed, "explain", "acne-scars", "--brief"], capture_output=True, text=True,
                                  env=env, timeout=30)
            self.assertEqual((done.returncode, done.stderr), (0, ""))
            self.assertIn("acne-scars", done.stdout)
            with open(os.path.join(root, "usr/share/bash-completion/completions/skincare"), encoding="utf-8") as f:
                self.assertEqual(f.read(), subprocess.run([installed, "completion", "bash"], capture_output=True,
                                                          text=True, env=env).stdout)
            for page in man_pages():
                with self.subTest(page=page):
                    done = subprocess.run(["man", "--warnings", "-l", os.path.join(root, "usr/share/man/man1",
                                                                                   page + ".gz")],
                                          capture_output=True, text=True, timeout=60,
                                          env=environment({"MANWIDTH": "80", "LC_ALL": "C.UTF-8"}))
                    self.assertEqual((done.returncode, done.stderr), (0, ""))
                    self.assertIn(page[:-2], done.stdout)

            check([*dpkg, "--purge", "skincare"])
            left = [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(root, "usr")) for f in fs]
            self.assertEqual(left, [])


if __name__ == "__main__":
    unittest.main()
