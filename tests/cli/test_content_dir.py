"""End-to-end tests for content read from disk: `--content DIR` and
SKINCARE_CONTENT, missing folders (exit 66) and malformed content (exit 65,
`skincare: FILE:LINE:COL: ...`).

Fixture trees (tests/fixtures/content-*/), each a sources.yaml and a topics/ folder:
  content-minimal         a valid tree: one condition (zebra-stripes), one fact (needle-facts)
  content-bad-yaml        topics/broken.yaml: YAML syntax error on line 4
  content-unknown-key     topics/misspelt.yaml: 'titel' on line 3
  content-bad-kind        topics/wrong-kind.yaml: kind 'recipe' on line 2
  content-unknown-source  topics/bad-cite.yaml cites 'nobody-1999', which sources.yaml lacks
  content-bad-utf8        topics/bad-bytes.yaml: a lone 0xFF byte on line 5, column 36
  content-id-mismatch     topics/right-name.yaml says 'id: wrong-name' on line 3
  content-bad-sources     sources.yaml: YAML syntax error on line 6; the topic is fine
  content-control-chars   topics/sneaky.yaml: escape sequences, BEL and a bidi override in text
"""

import os
import re
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import CONTENT_DIR, ESC, FIXTURES, run, run_json  # noqa: E402


def fixture(name):
    return os.path.join(FIXTURES, name)


class CopiedTree(unittest.TestCase):
    """A copy of the shipped content/, edited, read with --content or SKINCARE_CONTENT."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="skincare-content-")
        self.addCleanup(shutil.rmtree, self.tmp)
        self.tree = os.path.join(self.tmp, "content")
        shutil.copytree(CONTENT_DIR, self.tree)

    def edit(self, relative, old, new):
        path = os.path.join(self.tree, relative)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        self.assertIn(old, text, f"{relative} no longer contains {old!r}; update the test")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(old, new, 1))
        return path

    def retitle_acne_scars(self):
        self.edit("topics/acne-scars.yaml", "\ntitle: Acne scars\n", "\ntitle: Acne scars EDITED ON DISK\n")

    def test_content_flag_reads_the_edited_title(self):
        self.retitle_acne_scars()
        status, out, err = run("--content", self.tree, "explain", "acne-scars")
        self.assertEqual((status, err), (0, ""))
        self.assertTrue(out.startswith("Acne scars EDITED ON DISK  (condition, acne-scars)\n"), out[:100])
        status, data, _ = run_json("--content", self.tree, "topics", "--format", "json")
        titles = {t["id"]: t["title"] for t in data["topics"]}
        self.assertEqual(titles["acne-scars"], "Acne scars EDITED ON DISK")

    def test_environment_variable_reads_the_edited_title(self):
        self.retitle_acne_scars()
        status, out, err = run("explain", "acne-scars", "--brief", env={"SKINCARE_CONTENT": self.tree})
        self.assertEqual((status, err), (0, ""))
        self.assertTrue(out.startswith("Acne scars EDITED ON DISK  (condition, acne-scars)\n"), out[:100])

    def test_built_in_content_is_unchanged(self):
        self.retitle_acne_scars()
        status, out, _ = run("explain", "acne-scars", "--brief")
        self.assertEqual(status, 0)
        self.assertTrue(out.startswith("Acne scars  (condition, acne-scars)\n"), out[:100])

    def test_flag_wins_over_environment(self):
        self.retitle_acne_scars()
        status, out, err = run("--content", self.tree, "explain", "acne-scars", "--brief",
                               env={"SKINCARE_CONTENT": "/nonexistent/skincare-content"})
        self.assertEqual((status, err), (0, ""))
        self.assertIn("EDITED ON DISK", out)

    def test_empty_environment_variable_means_built_in(self):
        status, out, err = run("explain", "acne-scars", "--brief", env={"SKINCARE_CONTENT": ""})
        self.assertEqual((status, err), (0, ""))
        self.assertTrue(out.startswith("Acne scars  (condition, acne-scars)\n"))

    def test_unedited_copy_matches_built_in_content(self):
        for args in (["topics", "--format", "json"], ["explain", "acne-scars", "wrinkles", "--format", "json"],
                     ["explain", "hair-loss"], ["sources", "--format", "json"], ["search", "melasma"]):
            with self.subTest(args=args):
                built_in = run(*args)
                self.assertEqual(built_in[0], 0)
                self.assertGreater(len(built_in[1]), 500)
                from_disk = run("--content", self.tree, *args)
                self.assertEqual(from_disk, built_in)

    def test_trailing_slash(self):
        status, out, err = run("--content", self.tree + "/", "topics", "--names")
        self.assertEqual((status, err), (0, ""))
        self.assertEqual(len(out.split()), 19)

    def test_a_new_topic_file_is_picked_up(self):
        with open(os.path.join(self.tree, "topics", "needle-care.yaml"), "w", encoding="utf-8") as f:
            f.write("id: needle-care\nkind: fact\ntitle: Needle care\nsummary: Keep needles sterile, flibbertigibbet.\n"
                    "reviewed: 2026-01-02\nsections:\n  - heading: Care\n    text: Use a new tip each time.\n"
                    "    sources: [alam-2014]\n")
        status, out, _ = run("--content", self.tree, "topics", "--names")
        self.assertEqual(status, 0)
        self.assertIn("needle-care", out.split())
        self.assertEqual(len(out.split()), 20)
        status, data, _ = run_json("--content", self.tree, "search", "flibbertigibbet", "--format", "json")
        self.assertEqual((status, [r["topic"] for r in data["results"]]), (0, ["needle-care"]))

    def test_an_edited_source(self):
        self.edit("sources.yaml", "title: \"Efficacy of a needling device", "title: \"EDITED Efficacy of a needling device")
        status, data, err = run_json("--content", self.tree, "sources", "alam-2014", "--format", "json")
        self.assertEqual((status, err), (0, ""))
        self.assertTrue(data["sources"][0]["title"].startswith("EDITED Efficacy"))

    def test_an_error_in_a_shipped_topic_names_its_file_and_line(self):
        path = os.path.join(self.tree, "topics", "wrinkles.yaml")
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\nbogus_key: 1\n")
        status, out, err = run("--content", self.tree, "explain", "wrinkles")
        self.assertEqual((status, out), (65, ""))
        self.assertEqual(err, f"skincare: {path}:{len(lines) + 1}:1: unknown key 'bogus_key' in topic\n")

    def test_missing_sources_file(self):
        os.remove(os.path.join(self.tree, "sources.yaml"))
        status, out, err = run("--content", self.tree, "sources")
        self.assertEqual((status, out), (66, ""))
        self.assertTrue(err.startswith("skincare: "), err)
        self.assertIn(os.path.join(self.tree, "sources.yaml"), err)
        status, _, err = run("--content", self.tree, "explain", "acne-scars")
        self.assertEqual(status, 66, err)
        # Only what a command needs is read: these do not need the bibliography.
        self.assertEqual(run("--content", self.tree, "topics")[0], 0)
        self.assertEqual(run("--content", self.tree, "explain", "acne-scars", "--brief")[0], 0)
        self.assertEqual(run("--content", self.tree, "search", "melasma")[0], 0)

    def test_missing_topics_folder(self):
        shutil.rmtree(os.path.join(self.tree, "topics"))
        status, out, err = run("--content", self.tree, "topics")
        self.assertEqual((status, out), (66, ""))
        self.assertTrue(err.startswith("skincare: "), err)
        self.assertIn(os.path.join(self.tree, "topics"), err)
        self.assertEqual(run("--content", self.tree, "sources", "alam-2014")[0], 0)

    @unittest.skipIf(hasattr(os, "geteuid") and os.geteuid() == 0, "root can read any file")
    def test_unreadable_topic_file(self):
        path = os.path.join(self.tree, "topics", "wrinkles.yaml")
        os.chmod(path, 0)
        status, out, err = run("--content", self.tree, "explain", "wrinkles")
        self.assertEqual((status, out), (66, ""))
        self.assertTrue(err.startswith("skincare: "), err)
        self.assertIn(path, err)


class MissingFolder(unittest.TestCase):
    def test_content_flag(self):
        missing = os.path.join(tempfile.gettempdir(), "skincare-no-such-folder")
        status, out, err = run("--content", missing, "topics")
        self.assertEqual((status, out), (66, ""))
        self.assertEqual(err, f"skincare: cannot open content folder '{missing}': No such file or directory\n")

    def test_environment_variable(self):
        missing = os.path.join(tempfile.gettempdir(), "skincare-no-such-folder")
        for args in (["topics"], ["explain", "acne-scars"], ["search", "melasma"], ["sources"]):
            with self.subTest(args=args):
                status, out, err = run(*args, env={"SKINCARE_CONTENT": missing})
                self.assertEqual((status, out), (66, ""))
                self.assertTrue(err.startswith(f"skincare: cannot open content folder '{missing}'"), err)

    def test_a_file_is_not_a_folder(self):
        path = os.path.join(fixture("content-minimal"), "sources.yaml")
        status, out, err = run("--content", path, "topics")
        self.assertEqual((status, out), (66, ""))
        self.assertTrue(err.startswith("skincare: "), err)
        self.assertIn(path, err)
        self.assertIn("not a folder", err)

    def test_empty_folder(self):
        with tempfile.TemporaryDirectory() as empty:
            status, out, err = run("--content", empty, "topics")
        self.assertEqual((status, out), (66, ""))
        self.assertIn(os.path.join(empty, "topics"), err)


class MinimalTree(unittest.TestCase):
    """tests/fixtures/content-minimal: the smallest valid tree."""

    def setUp(self):
        self.root = fixture("content-minimal")

    def sk(self, *args, **kw):
        return run("--content", self.root, *args, **kw)

    def test_topics(self):
        status, out, err = self.sk("topics", "--names")
        self.assertEqual((status, out, err), (0, "zebra-stripes\nneedle-facts\n", ""))

    def test_explain_by_alias(self):
        status, out, err = self.sk("explain", "zebra stripe")
        self.assertEqual((status, err), (0, ""))
        self.assertTrue(out.startswith("Zebra stripes  (condition, zebra-stripes)\n"), out)
        self.assertIn("Evidence: limited", out)
        self.assertIn("[doe-2020] Doe J, Roe R. A small split-face trial of needling.", out)
        self.assertIn("Reviewed 2026-01-02.", out)

    def test_explain_json(self):
        status, data, err = run_json("--content", self.root, "explain", "zebra-stripes", "needle-facts",
                                     "--format", "json")
        self.assertEqual((status, err), (0, ""))
        zebra, needles = data["topics"]
        self.assertEqual(zebra["microneedling"]["evidence"], "limited")
        self.assertEqual(zebra["sections"][0]["paragraphs"],
                         ["Zebra stripes are a made-up condition used only by the tests.",
                          "A second paragraph follows the first."])
        self.assertEqual(zebra["sources"], ["doe-2020", "roe-2021"])
        self.assertIsNone(needles["microneedling"])
        self.assertEqual([s["id"] for s in data["references"]], ["doe-2020", "roe-2021"])

    def test_search(self):
        status, data, _ = run_json("--content", self.root, "search", "quokkaword", "--format", "json")
        self.assertEqual((status, [r["topic"] for r in data["results"]]), (0, ["zebra-stripes"]))
        self.assertEqual(self.sk("search", "melasma"), (1, "", ""))

    def test_sources(self):
        status, data, err = run_json("--content", self.root, "sources", "--format", "json")
        self.assertEqual((status, err), (0, ""))
        self.assertEqual([s["id"] for s in data["sources"]], ["doe-2020", "roe-2021"])
        self.assertEqual(data["sources"][0]["doi"], "10.1000/jtd.2020.1")
        self.assertEqual(data["sources"][0]["pmid"], "10000001")
        self.assertEqual(data["sources"][1]["doi"], "")

    def test_shipped_topics_are_not_there(self):
        status, out, err = self.sk("explain", "acne-scars")
        self.assertEqual((status, out), (2, ""))
        self.assertTrue(err.startswith("skincare: unknown topic 'acne-scars'"), err)

    def test_relative_path(self):
        status, out, _ = run("--content", "content-minimal", "topics", "--names", cwd=FIXTURES)
        self.assertEqual((status, out), (0, "zebra-stripes\nneedle-facts\n"))


class MalformedContent(unittest.TestCase):
    """Invalid content: exit 65, nothing on stdout, one `skincare: FILE:LINE:COL: ...` line."""

    def assert_data_error(self, tree, args, pattern):
        root = fixture(tree)
        status, out, err = run("--content", root, *args)
        self.assertEqual(status, 65, err)
        self.assertEqual(out, "")
        self.assertEqual(err.count("\n"), 1, err)
        self.assertRegex(err.rstrip("\n"), "^skincare: " + re.escape(root + "/") + pattern + "$")
        return err

    def test_yaml_syntax_error(self):
        for args in (["topics"], ["search", "needles"], ["explain", "broken"]):
            with self.subTest(args=args):
                self.assert_data_error("content-bad-yaml", args, r"topics/broken\.yaml:4:\d+: \S.*")

    def test_unknown_key_suggests_the_closest(self):
        self.assert_data_error("content-unknown-key", ["topics"],
                               re.escape("topics/misspelt.yaml:3:1: unknown key 'titel' in topic "
                                         "(did you mean 'title'?)"))

    def test_invalid_kind(self):
        err = self.assert_data_error("content-bad-kind", ["explain", "wrong-kind"],
                                     r"topics/wrong-kind\.yaml:2:7: .*")
        self.assertIn("'kind'", err)
        self.assertIn("condition", err)
        self.assertIn("fact", err)
        self.assertIn("'recipe'", err)

    def test_invalid_utf8(self):
        with open(fixture("content-bad-utf8/topics/bad-bytes.yaml"), "rb") as f:
            self.assertIn(b"bad byte \xff in it", f.read(), "the fixture must keep its invalid byte")
        err = self.assert_data_error("content-bad-utf8", ["topics"],
                                     re.escape("topics/bad-bytes.yaml:5:36: invalid UTF-8 (the file must be UTF-8 text)"))
        self.assertNotIn("\ufffd", err)

    def test_id_that_does_not_match_the_file_name(self):
        # The id is on line 3 (after a comment and a blank line): the message must point there.
        self.assert_data_error("content-id-mismatch", ["topics"],
                               r"topics/right-name\.yaml:3:\d+: topic id 'wrong-name' does not match "
                               r"its file name 'right-name\.yaml'")

    def test_broken_bibliography(self):
        self.assert_data_error("content-bad-sources", ["sources"], r"sources\.yaml:6:\d+: \S.*")
        self.assert_data_error("content-bad-sources", ["explain", "needle-facts"], r"sources\.yaml:6:\d+: \S.*")

    def test_broken_bibliography_is_not_read_when_not_needed(self):
        root = fixture("content-bad-sources")
        for args in (["topics"], ["explain", "needle-facts", "--brief"], ["search", "imaginary"]):
            with self.subTest(args=args):
                status, out, err = run("--content", root, *args)
                self.assertEqual((status, err), (0, ""))
                self.assertIn("needle-facts", out)


class UnknownSourceCitation(unittest.TestCase):
    """A topic that cites an id missing from sources.yaml. Reading commands do
    not validate citations (the build checks the shipped content); they show
    the id as missing instead of inventing a reference."""

    def setUp(self):
        self.root = fixture("content-unknown-source")

    def test_text_marks_the_missing_reference(self):
        status, out, err = run("--content", self.root, "explain", "bad-cite")
        self.assertEqual((status, err), (0, ""))
        self.assertIn("Sources: doe-2020, nobody-1999", out)
        self.assertIn("[nobody-1999] (not in the bibliography)", out)
        self.assertIn("[doe-2020] Doe J, Roe R.", out)

    def test_json_references_only_what_exists(self):
        status, data, err = run_json("--content", self.root, "explain", "bad-cite", "--format", "json")
        self.assertEqual((status, err), (0, ""))
        self.assertEqual(data["topics"][0]["sources"], ["doe-2020", "nobody-1999"])
        self.assertEqual([s["id"] for s in data["references"]], ["doe-2020"])

    def test_sources_command_rejects_the_id(self):
        status, out, err = run("--content", self.root, "sources", "nobody-1999")
        self.assertEqual((status, out), (2, ""))
        self.assertTrue(err.startswith("skincare: unknown source 'nobody-1999'"), err)


class ControlCharacters(unittest.TestCase):
    """Nothing read from a file can move the cursor or change the terminal."""

    RAW = (ESC, "\x07", "\u202e")

    def setUp(self):
        self.root = fixture("content-control-chars")

    def assert_no_raw_controls(self, text):
        for raw in self.RAW:
            self.assertNotIn(raw, text)

    def test_text_and_markdown(self):
        for args in (["explain", "sneaky"], ["explain", "sneaky", "--format", "markdown"], ["topics"],
                     ["search", "sneaky"]):
            with self.subTest(args=args):
                status, out, err = run("--content", self.root, *args)
                self.assertEqual((status, err), (0, ""))
                self.assertIn("sneaky", out.lower())
                self.assert_no_raw_controls(out)

    def test_escapes_are_visible(self):
        status, out, _ = run("--content", self.root, "explain", "sneaky", env={"COLUMNS": "200"})
        self.assertEqual(status, 0)
        self.assertTrue(out.startswith("Sneaky \\x1B[31mred\\x1B[0m title  (fact, sneaky)\n"), out[:120])
        self.assertIn("\\u{202E}", out)
        self.assertIn("bell \\x07 alias", out)

    def test_json(self):
        status, data, err = run_json("--content", self.root, "explain", "sneaky", "--format", "json")
        self.assertEqual((status, err), (0, ""))
        topic = data["topics"][0]
        for field in (topic["title"], topic["summary"], topic["sections"][0]["heading"], topic["aliases"][0]):
            self.assert_no_raw_controls(field)


if __name__ == "__main__":
    unittest.main()
