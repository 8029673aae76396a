"""End-to-end tests for `skincare explain TOPIC...` (see docs/cli.md)."""

import os
import re
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import overlong_lines, run, run_json  # noqa: E402

CONDITIONS = {"acne-scars", "wrinkles", "fine-lines", "texture", "hyperpigmentation", "stretch-marks",
              "sun-damage", "hair-loss"}
FACTS = {"microneedling", "procedure", "side-effects", "aftercare", "sessions-and-results", "choosing-a-provider",
         "at-home-devices", "skin-types", "who-should-not", "treatment-areas", "alternatives"}
EVIDENCE = {"strong", "moderate", "limited"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def topic_ids():
    status, out, err = run("topics", "--names")
    assert status == 0 and err == "", (status, err)
    ids = out.split()
    assert len(ids) == 19, f"expected 19 topic ids, got {ids}"
    return ids


def explain_json(*names):
    status, data, err = run_json("explain", *names, "--format", "json")
    assert status == 0 and err == "", (names, status, err)
    return data


class EveryTopic(unittest.TestCase):
    """Every topic explains in every format, and its claims are sourced."""

    @classmethod
    def setUpClass(cls):
        cls.ids = topic_ids()
        cls.json = {topic_id: explain_json(topic_id) for topic_id in cls.ids}

    def test_the_ids_are_the_ones_the_spec_names(self):
        self.assertEqual(len(self.ids), 19)
        self.assertEqual(set(self.ids), CONDITIONS | FACTS)

    def test_text(self):
        for topic_id in self.ids:
            with self.subTest(topic=topic_id):
                status, out, err = run("explain", topic_id)
                self.assertEqual((status, err), (0, ""))
                topic = self.json[topic_id]["topics"][0]
                first = out.splitlines()[0]
                self.assertEqual(first, f"{topic['title']}  ({topic['kind']}, {topic_id})")
                for section in topic["sections"]:
                    self.assertIn("\n" + section["heading"] + "\n", out)
                self.assertIn(f"Reviewed {topic['reviewed']}.", out)
                self.assertNotIn("\x1b", out)

    def test_markdown(self):
        for topic_id in self.ids:
            with self.subTest(topic=topic_id):
                status, out, err = run("explain", topic_id, "--format", "markdown")
                self.assertEqual((status, err), (0, ""))
                topic = self.json[topic_id]["topics"][0]
                self.assertTrue(out.startswith(f"# {topic['title']}\n\n"), out[:200])
                self.assertIn(f"`{topic_id}`", out)
                for section in topic["sections"]:
                    if not re.search(r"[*_`\[\]<>#|]", section["heading"]):
                        self.assertIn(f"\n## {section['heading']}\n", out)
                self.assertIn("\n## Sources\n", out)
                self.assertNotIn("\x1b", out)

    def test_json(self):
        for topic_id in self.ids:
            with self.subTest(topic=topic_id):
                data = self.json[topic_id]
                self.assertEqual(data["schema"], "skincare.topics/1")
                self.assertEqual(len(data["topics"]), 1)
                topic = data["topics"][0]
                self.assertEqual(topic["id"], topic_id)
                self.assertEqual(topic["kind"], "condition" if topic_id in CONDITIONS else "fact")
                self.assertTrue(topic["title"].strip())
                self.assertTrue(topic["summary"].strip())
                self.assertRegex(topic["reviewed"], DATE)
                self.assertGreater(len(topic["sections"]), 0)
                for section in topic["sections"]:
                    self.assertTrue(section["heading"].strip())
                    self.assertTrue(section["paragraphs"] or section["items"], section["heading"])

    def test_conditions_state_evidence_and_sources(self):
        for topic_id in sorted(CONDITIONS):
            with self.subTest(topic=topic_id):
                topic = self.json[topic_id]["topics"][0]
                block = topic["microneedling"]
                self.assertIsInstance(block, dict)
                self.assertIn(block["evidence"], EVIDENCE)
                self.assertEqual(topic["evidence"], block["evidence"])
                self.assertTrue(block["sources"], "microneedling block cites no sources")
                self.assertTrue(block["can"])
                self.assertTrue(block["cannot"])
                self.assertTrue(topic["alternatives"])
                self.assertTrue(topic["sources"])

    def test_facts_have_no_microneedling_block(self):
        for topic_id in sorted(FACTS):
            with self.subTest(topic=topic_id):
                topic = self.json[topic_id]["topics"][0]
                self.assertIsNone(topic["microneedling"])
                self.assertNotIn("evidence", topic)

    def test_topic_sources_are_the_union_of_what_it_cites(self):
        for topic_id in self.ids:
            with self.subTest(topic=topic_id):
                topic = self.json[topic_id]["topics"][0]
                cited = [s for section in topic["sections"] for s in section["sources"]]
                if topic["microneedling"]:
                    cited += topic["microneedling"]["sources"]
                self.assertEqual(set(topic["sources"]), set(cited))
                self.assertEqual(len(topic["sources"]), len(set(topic["sources"])), "duplicate ids")

    def test_every_cited_source_is_in_the_references(self):
        for topic_id in self.ids:
            with self.subTest(topic=topic_id):
                data = self.json[topic_id]
                referenced = [source["id"] for source in data["references"]]
                self.assertEqual(referenced, data["topics"][0]["sources"])
                status, out, _ = run("explain", topic_id)
                self.assertNotIn("(not in the bibliography)", out)

    def test_every_cited_source_resolves_with_sources_command(self):
        cited = sorted({s for data in self.json.values() for s in data["topics"][0]["sources"]})
        self.assertGreater(len(cited), 10)
        for source_id in cited:
            with self.subTest(source=source_id):
                status, out, err = run("sources", source_id)
                self.assertEqual((status, err), (0, ""))
                self.assertTrue(out.startswith(f"[{source_id}] "), out[:100])


class Names(unittest.TestCase):
    """Aliases and forgiving spelling reach the right topic."""

    def resolved(self, name):
        data = explain_json(name, "--brief")
        return data["topics"][0]["id"]

    def test_acne_scar_spellings(self):
        for name in ["acne-scars", "acne scars", "Acne_Scars", "acne-scar", "ACNE SCARS", "  acne   scars  ",
                     "acne scar", "pockmarks"]:
            with self.subTest(name=name):
                self.assertEqual(self.resolved(name), "acne-scars")

    def test_stretch_mark_spellings(self):
        for name in ["stretch mark", "stretch marks", "Stretch-Mark", "striae"]:
            with self.subTest(name=name):
                self.assertEqual(self.resolved(name), "stretch-marks")

    def test_other_aliases(self):
        cases = {"melasma": "hyperpigmentation", "crows feet": "wrinkles", "crow's feet": "wrinkles",
                 "contraindications": "who-should-not", "dermaroller": "at-home-devices",
                 "collagen induction therapy": "microneedling", "side effects": "side-effects"}
        for name, expected in cases.items():
            with self.subTest(name=name):
                self.assertEqual(self.resolved(name), expected)

    def test_every_listed_alias_reaches_its_topic(self):
        status, listing, _ = run_json("topics", "--format", "json")
        self.assertEqual(status, 0)
        for topic in listing["topics"]:
            for alias in topic["aliases"]:
                with self.subTest(alias=alias):
                    self.assertEqual(self.resolved(alias), topic["id"])

    def test_text_output_names_the_canonical_id(self):
        status, out, err = run("explain", "Acne_Scars", "--brief")
        self.assertEqual((status, err), (0, ""))
        self.assertTrue(out.startswith("Acne scars  (condition, acne-scars)\n"), out)


class UnknownTopic(unittest.TestCase):
    def assert_usage_error(self, args, starts):
        status, out, err = run(*args)
        self.assertEqual(status, 2, err)
        self.assertEqual(out, "")
        self.assertTrue(err.startswith(starts), err)
        return err

    def test_typo_suggests_the_close_id(self):
        err = self.assert_usage_error(["explain", "acne-scras"], "skincare: unknown topic 'acne-scras'")
        self.assertIn("did you mean 'acne-scars'", err)
        self.assertIn("skincare topics", err)

    def test_another_typo(self):
        err = self.assert_usage_error(["explain", "wrinkels"], "skincare: unknown topic 'wrinkels'")
        self.assertIn("'wrinkles'", err)

    def test_missing_hyphen_suggests_the_id(self):
        err = self.assert_usage_error(["explain", "acnescars"], "skincare: unknown topic 'acnescars'")
        self.assertIn("'acne-scars'", err)

    def test_nonsense_has_no_suggestion(self):
        err = self.assert_usage_error(["explain", "qqqqqqqq"], "skincare: unknown topic 'qqqqqqqq'")
        self.assertNotIn("did you mean", err)
        self.assertEqual(err.count("\n"), 1, "one line")

    def test_one_unknown_among_several_prints_nothing(self):
        self.assert_usage_error(["explain", "acne-scars", "nosuchtopic", "wrinkles"],
                                "skincare: unknown topic 'nosuchtopic'")

    def test_unknown_topic_in_json_mode_is_still_a_usage_error(self):
        self.assert_usage_error(["explain", "nosuchtopic", "--format", "json"], "skincare: unknown topic")

    def test_control_characters_in_the_name_are_escaped(self):
        err = self.assert_usage_error(["explain", "evil\x1b[2Jname"], "skincare: unknown topic 'evil\\x1B[2Jname'")
        self.assertNotIn("\x1b", err)

    def test_no_topic_is_a_usage_error(self):
        err = self.assert_usage_error(["explain"], "skincare: ")
        self.assertIn("topic", err)

    def test_empty_name_is_unknown(self):
        self.assert_usage_error(["explain", ""], "skincare: unknown topic ''")


class Brief(unittest.TestCase):
    def test_text_is_header_summary_and_evidence(self):
        summary = explain_json("acne-scars", "--brief")["topics"][0]["summary"]
        status, out, err = run("explain", "acne-scars", "--brief")
        self.assertEqual((status, err), (0, ""))
        lines = out.splitlines()
        self.assertEqual(lines[0], "Acne scars  (condition, acne-scars)")
        at = [i for i, line in enumerate(lines) if line.startswith("Evidence for microneedling: ")]
        self.assertEqual(len(at), 1, out)
        self.assertEqual(" ".join(lines[1:at[0]]), summary)
        reason = explain_json("acne-scars")["topics"][0]["microneedling"]["evidence_reason"]
        self.assertEqual(" ".join(line.strip() for line in lines[at[0]:]),
                         f"Evidence for microneedling: moderate ({reason})")

    def test_text_for_a_fact_has_no_evidence_line(self):
        status, out, err = run("explain", "aftercare", "--brief")
        self.assertEqual((status, err), (0, ""))
        self.assertTrue(out.startswith("Aftercare and recovery  (fact, aftercare)\n"), out)
        self.assertNotIn("Evidence", out)
        self.assertLessEqual(len(out.splitlines()), 4)

    def test_text_leaves_out_sections_and_sources(self):
        full = run("explain", "wrinkles")[1]
        status, out, err = run("explain", "wrinkles", "--brief")
        self.assertEqual(status, 0)
        self.assertLess(len(out), len(full) // 10)
        for absent in ["\nSources", "Sources:", "Reviewed", "What to expect", "Alternatives", "Also called"]:
            self.assertNotIn(absent, out)

    def test_json(self):
        data = explain_json("wrinkles", "--brief")
        self.assertEqual(data["schema"], "skincare.topics/1")
        topic = data["topics"][0]
        self.assertEqual(topic["id"], "wrinkles")
        self.assertEqual(topic["evidence"], "limited")
        self.assertTrue(topic["evidence_reason"])
        self.assertTrue(topic["summary"])
        self.assertNotIn("sections", topic)
        self.assertNotIn("references", data)

    def test_markdown(self):
        status, out, err = run("explain", "wrinkles", "--brief", "--format", "markdown")
        self.assertEqual((status, err), (0, ""))
        self.assertTrue(out.startswith("# Wrinkles\n\n"), out)
        self.assertNotIn("\n## ", out)
        self.assertIn("Evidence for microneedling: **limited** (no controlled trial", out)

    def test_every_topic_at_once(self):
        ids = topic_ids()
        status, out, err = run("explain", "--brief", *ids)
        self.assertEqual((status, err), (0, ""))
        headers = [line for line in out.splitlines() if re.match(r"^\S.*  \((condition|fact), [a-z-]+\)$", line)]
        self.assertEqual([h.rsplit(", ", 1)[1].rstrip(")") for h in headers], ids)


class SeveralTopics(unittest.TestCase):
    def test_text_in_the_order_given(self):
        status, out, err = run("explain", "wrinkles", "acne-scars")
        self.assertEqual((status, err), (0, ""))
        first = out.index("Wrinkles  (condition, wrinkles)\n")
        second = out.index("Acne scars  (condition, acne-scars)\n")
        self.assertEqual(first, 0)
        self.assertGreater(second, first)
        self.assertEqual(out.count("Education, not a diagnosis"), 2)

    def test_json_lists_each_topic_and_each_reference_once(self):
        data = explain_json("acne-scars", "wrinkles", "side-effects")
        self.assertEqual([t["id"] for t in data["topics"]], ["acne-scars", "wrinkles", "side-effects"])
        referenced = [source["id"] for source in data["references"]]
        self.assertEqual(len(referenced), len(set(referenced)), "a reference is repeated")
        cited = {s for t in data["topics"] for s in t["sources"]}
        self.assertEqual(set(referenced), cited)

    def test_aliases_mixed_with_ids(self):
        data = explain_json("stretch mark", "hair-loss", "melasma", "--brief")
        self.assertEqual([t["id"] for t in data["topics"]], ["stretch-marks", "hair-loss", "hyperpigmentation"])


class Width(unittest.TestCase):
    """Text wraps to COLUMNS (80 when stdout is not a terminal)."""

    @classmethod
    def setUpClass(cls):
        cls.ids = topic_ids()

    def assert_fits(self, width, env):
        too_wide = {}
        for topic_id in self.ids:
            status, out, err = run("explain", topic_id, env=env)
            self.assertEqual((status, err), (0, ""), topic_id)
            lines = overlong_lines(out, width)
            if lines:
                too_wide[topic_id] = lines
        if too_wide:
            self.fail(f"lines wider than {width} columns:\n"
                      + "\n".join(f"  {t}: {line!r}" for t, lines in too_wide.items() for line in lines))

    def test_columns_60(self):
        self.assert_fits(60, {"COLUMNS": "60"})

    def test_columns_100(self):
        self.assert_fits(100, {"COLUMNS": "100"})

    def test_default_80_when_piped(self):
        self.assert_fits(80, {})

    def test_columns_changes_the_wrapping(self):
        widest = {}
        for width in (60, 100):
            status, out, _ = run("explain", "acne-scars", env={"COLUMNS": str(width)})
            self.assertEqual(status, 0)
            widest[width] = max(len(line) for line in out.splitlines()[1:-1])
        self.assertGreater(widest[100], 85, "COLUMNS=100 was not used")
        self.assertLessEqual(widest[60], 60)

    def test_brief_wraps_too(self):
        status, out, _ = run("explain", "acne-scars", "--brief", env={"COLUMNS": "40"})
        self.assertEqual(status, 0)
        self.assertEqual(overlong_lines(out, 40), [])
        self.assertGreater(len(out.splitlines()), 4)


if __name__ == "__main__":
    unittest.main()
