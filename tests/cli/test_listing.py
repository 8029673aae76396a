"""End-to-end tests for `skincare topics`, `skincare search` and `skincare sources`."""

import os
import re
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import run, run_json  # noqa: E402

SOURCE_KINDS = {"trial", "study", "review", "guideline", "regulation", "report", "secondary"}
CONFIDENCE = {"verified", "partial", "secondary"}
SOURCE_FIELDS = {"id", "kind", "confidence", "authors", "year", "title", "journal", "details", "doi", "pmid",
                 "url", "links", "note", "reference", "design", "size", "sponsor", "seen", "comparator", "result"}
DESIGNS = {"randomized-trial", "controlled-study", "uncontrolled-study", "case-report", "systematic-review",
           "narrative-review", "guideline", "labeling", "regulation", "secondary"}


class Topics(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        status, cls.listing, err = run_json("topics", "--format", "json")
        assert status == 0 and err == "", (status, err)
        cls.ids = [topic["id"] for topic in cls.listing["topics"]]

    def test_json_schema_and_count(self):
        self.assertEqual(self.listing["schema"], "skincare.topic-list/1")
        self.assertEqual(len(self.listing["topics"]), 19)
        self.assertEqual(len(set(self.ids)), 19)
        kinds = [topic["kind"] for topic in self.listing["topics"]]
        self.assertEqual(kinds.count("condition"), 8)
        self.assertEqual(kinds.count("fact"), 11)
        for topic in self.listing["topics"]:
            with self.subTest(topic=topic.get("id")):
                self.assertEqual(set(topic), {"id", "kind", "title", "summary", "aliases"})
                self.assertRegex(topic["id"], r"^[a-z0-9]+(-[a-z0-9]+)*$")
                self.assertTrue(topic["title"].strip())
                self.assertTrue(topic["summary"].strip())
                self.assertNotIn("\n", topic["summary"])
                self.assertIsInstance(topic["aliases"], list)

    def test_conditions_come_first_each_group_sorted(self):
        kinds = [topic["kind"] for topic in self.listing["topics"]]
        self.assertEqual(kinds, ["condition"] * 8 + ["fact"] * 11)
        self.assertEqual(self.ids[:8], sorted(self.ids[:8]))
        self.assertEqual(self.ids[8:], sorted(self.ids[8:]))

    def test_names_one_id_a_line(self):
        status, out, err = run("topics", "--names")
        self.assertEqual((status, err), (0, ""))
        self.assertTrue(out.endswith("\n"))
        self.assertEqual(out.split("\n")[:-1], self.ids)

    def test_text_lists_every_topic_under_its_group(self):
        status, out, err = run("topics")
        self.assertEqual((status, err), (0, ""))
        lines = out.splitlines()
        self.assertEqual(lines[0], "Skin conditions")
        self.assertIn("About microneedling", lines)
        facts_at = lines.index("About microneedling")
        self.assertEqual(lines[facts_at - 1], "", "a blank line between the groups")
        listed = [m.group(1) for m in (re.match(r"^  ([a-z0-9-]+)  +\S", line) for line in lines) if m]
        self.assertEqual(listed, self.ids)
        for topic in self.listing["topics"]:
            where = lines.index(next(line for line in lines if line.startswith(f"  {topic['id']} ")))
            self.assertEqual(where < facts_at, topic["kind"] == "condition", topic["id"])

    def test_text_summaries_are_complete(self):
        status, out, _ = run("topics", env={"COLUMNS": "200"})
        self.assertEqual(status, 0)
        for topic in self.listing["topics"]:
            self.assertIn(topic["summary"], out)

    def test_markdown_table(self):
        status, out, err = run("topics", "--format", "markdown")
        self.assertEqual((status, err), (0, ""))
        rows = [line for line in out.splitlines() if line.startswith("| `")]
        self.assertEqual([re.match(r"^\| `([^`]+)`", row).group(1) for row in rows], self.ids)

    def test_extra_argument_is_a_usage_error(self):
        status, out, err = run("topics", "acne-scars")
        self.assertEqual(status, 2)
        self.assertEqual(out, "")
        self.assertTrue(err.startswith("skincare: "), err)
        self.assertIn("acne-scars", err)

    def test_bad_format_is_a_usage_error(self):
        status, out, err = run("topics", "--format", "xml")
        self.assertEqual(status, 2)
        self.assertEqual(out, "")
        self.assertTrue(err.startswith("skincare: "), err)
        self.assertIn("xml", err)
        for accepted in ("text", "markdown", "json"):
            self.assertIn(accepted, err)


class Search(unittest.TestCase):
    def search_json(self, *words):
        status, data, err = run_json("search", *words, "--format", "json")
        self.assertEqual(err, "")
        self.assertEqual(data["schema"], "skincare.search/1")
        return status, data

    def test_melasma_ranks_hyperpigmentation_first(self):
        status, data = self.search_json("melasma")
        self.assertEqual(status, 0)
        results = data["results"]
        self.assertEqual(results[0]["topic"], "hyperpigmentation")
        self.assertEqual(results[0]["title"], "Hyperpigmentation and melasma")
        self.assertGreater(len(results), 2)
        scores = [r["score"] for r in results]
        self.assertEqual(scores, sorted(scores, reverse=True))
        self.assertGreater(scores[0], scores[1])
        for result in results:
            self.assertIn("melasma", result["snippet"].lower(), result["topic"])
            self.assertEqual(set(result), {"topic", "title", "section", "snippet", "score"})

    def test_melasma_text(self):
        status, out, err = run("search", "melasma")
        self.assertEqual((status, err), (0, ""))
        lines = out.splitlines()
        self.assertTrue(lines[0].startswith("hyperpigmentation  Hyperpigmentation and melasma"), lines[0])
        self.assertTrue(lines[1].startswith("  "), "the snippet is indented")
        self.assertIn("melasma", lines[1])

    def test_query_is_echoed(self):
        _, data = self.search_json("sun", "protection")
        self.assertEqual(data["query"], ["sun", "protection"])

    def test_several_words_must_all_appear(self):
        status, both = self.search_json("sun", "protection")
        self.assertEqual(status, 0)
        both_topics = [r["topic"] for r in both["results"]]
        self.assertTrue(both_topics)
        _, sun = self.search_json("sun")
        _, protection = self.search_json("protection")
        self.assertLessEqual(set(both_topics), {r["topic"] for r in sun["results"]})
        self.assertLessEqual(set(both_topics), {r["topic"] for r in protection["results"]})
        self.assertLess(len(both_topics), len(sun["results"]))
        best = both["results"][0]["snippet"].lower()
        self.assertIn("sun", best)
        self.assertIn("protect", best)

    def test_one_argument_with_spaces_is_the_same_as_two(self):
        _, apart = self.search_json("sun", "protection")
        _, together = self.search_json("sun protection")
        self.assertEqual(apart["results"], together["results"])

    def test_case_and_prefix(self):
        _, lower = self.search_json("melasma")
        _, upper = self.search_json("MELASMA")
        self.assertEqual(lower["results"], upper["results"])
        status, scar = self.search_json("scar")
        self.assertEqual(status, 0)
        self.assertEqual(scar["results"][0]["topic"], "acne-scars")

    def test_a_word_that_matches_nothing_fails_the_whole_query(self):
        status, out, err = run("search", "melasma", "xyzzyq")
        self.assertEqual((status, out, err), (1, "", ""))

    def test_no_match_text(self):
        status, out, err = run("search", "xyzzyq")
        self.assertEqual((status, out, err), (1, "", ""))

    def test_no_match_json(self):
        status, data = self.search_json("xyzzyq")
        self.assertEqual(status, 1)
        self.assertEqual(data["results"], [])
        self.assertEqual(data["query"], ["xyzzyq"])

    def test_no_match_markdown(self):
        status, _, err = run("search", "xyzzyq", "--format", "markdown")
        self.assertEqual((status, err), (1, ""))

    def test_markdown(self):
        status, out, err = run("search", "melasma", "--format", "markdown")
        self.assertEqual((status, err), (0, ""))
        self.assertTrue(out.startswith("# Search: melasma\n"), out[:80])
        self.assertIn("(`hyperpigmentation`)", out.splitlines()[2])

    def test_every_section_a_hit_names_is_a_heading_that_explain_prints(self):
        named = {}  # topic -> the sections its hits name
        for word in ("sessions", "infection", "laser", "melasma", "sun", "scar", "redness", "collagen",
                     "pregnancy", "months", "downtime", "peel"):
            _, data = self.search_json(word)
            for hit in data["results"]:
                if hit["section"]:
                    named.setdefault(hit["topic"], set()).add(hit["section"])
        self.assertIn("What to expect from microneedling", set().union(*named.values()))
        for topic, sections in named.items():
            status, out, err = run("explain", topic, env={"COLUMNS": "1000"})
            self.assertEqual((status, err), (0, ""))
            headings = set(out.splitlines())
            for section in sections:
                self.assertIn(section, headings, f"search names '{section}' for {topic}")

    def test_text_names_the_section_after_the_title(self):
        _, data = self.search_json("infection")
        hit = next(h for h in data["results"] if h["section"])
        status, out, _ = run("search", "infection", env={"COLUMNS": "1000"})
        self.assertEqual(status, 0)
        self.assertIn(f"{hit['topic']}  {hit['title']} > {hit['section']}", out.splitlines())

    def test_no_words_is_a_usage_error(self):
        status, out, err = run("search")
        self.assertEqual(status, 2)
        self.assertEqual(out, "")
        self.assertTrue(err.startswith("skincare: "), err)


class Sources(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        status, data, err = run_json("sources", "--format", "json")
        assert status == 0 and err == "", (status, err)
        cls.data = data
        cls.ids = [source["id"] for source in data["sources"]]

    def test_json_schema_and_fields(self):
        self.assertEqual(self.data["schema"], "skincare.sources/1")
        self.assertGreater(len(self.ids), 20)
        self.assertEqual(len(self.ids), len(set(self.ids)), "duplicate source ids")
        for source in self.data["sources"]:
            with self.subTest(source=source["id"]):
                self.assertEqual(set(source), SOURCE_FIELDS)
                self.assertIn(source["kind"], SOURCE_KINDS)
                self.assertIn(source["confidence"], CONFIDENCE)
                self.assertIn(source["design"], DESIGNS)
                self.assertTrue(source["size"] is None or (isinstance(source["size"], int) and source["size"] > 0))
                if source["seen"]:
                    self.assertRegex(source["seen"], r"^\d{4}-(0[1-9]|1[0-2])$")
                self.assertTrue(source["title"].strip())
                self.assertIsInstance(source["doi"], str)
                self.assertIsInstance(source["pmid"], str)
                if source["doi"]:
                    self.assertRegex(source["doi"], r"^10\.\d{4,9}/\S+$")
                    self.assertIn("https://doi.org/" + source["doi"], source["links"])
                if source["pmid"]:
                    self.assertRegex(source["pmid"], r"^\d+$")
                    self.assertIn(f"https://pubmed.ncbi.nlm.nih.gov/{source['pmid']}/", source["links"])
        self.assertTrue(any(s["doi"] for s in self.data["sources"]))
        self.assertTrue(any(s["pmid"] for s in self.data["sources"]))

    def test_known_source_json(self):
        status, data, err = run_json("sources", "alam-2014", "--format", "json")
        self.assertEqual((status, err), (0, ""))
        self.assertEqual(len(data["sources"]), 1)
        alam = data["sources"][0]
        self.assertEqual(alam["id"], "alam-2014")
        self.assertEqual(alam["doi"], "10.1001/jamadermatol.2013.8687")
        self.assertEqual(alam["pmid"], "24919799")
        self.assertEqual(alam["year"], "2014")
        self.assertEqual(alam["kind"], "trial")
        self.assertEqual(alam["design"], "randomized-trial")
        self.assertEqual(alam["size"], 20)
        self.assertEqual(alam["comparator"], "no-treatment")

    def test_all_in_text(self):
        status, out, err = run("sources")
        self.assertEqual((status, err), (0, ""))
        headers = re.findall(r"(?m)^\[([a-z0-9-]+)\] (randomized-trial|controlled-study|uncontrolled-study|"
                             r"case-report|systematic-review|narrative-review|guideline|labeling|regulation|"
                             r"secondary)[, ]", out)
        headers = [h[0] for h in headers]
        self.assertEqual(headers, self.ids)

    def test_one_in_text(self):
        status, out, err = run("sources", "alam-2014")
        self.assertEqual((status, err), (0, ""))
        lines = out.splitlines()
        self.assertEqual(lines[0], "[alam-2014] randomized-trial, 20 people, compared with no treatment, verified")
        self.assertIn("Alam M", out)
        self.assertIn("  https://doi.org/10.1001/jamadermatol.2013.8687\n", out)
        self.assertIn("  https://pubmed.ncbi.nlm.nih.gov/24919799/\n", out)
        self.assertEqual(out.count("\n["), 0, "only the one source")

    def test_several_in_the_order_given(self):
        status, data, err = run_json("sources", "dogra-2014", "alam-2014", "--format", "json")
        self.assertEqual((status, err), (0, ""))
        self.assertEqual([s["id"] for s in data["sources"]], ["dogra-2014", "alam-2014"])

    def test_markdown(self):
        status, out, err = run("sources", "alam-2014", "--format", "markdown")
        self.assertEqual((status, err), (0, ""))
        self.assertIn("`alam-2014`", out)
        self.assertIn("<https://doi.org/10.1001/jamadermatol.2013.8687>", out)

    def test_unknown_id_suggests_the_close_one(self):
        status, out, err = run("sources", "alam-2104")
        self.assertEqual(status, 2)
        self.assertEqual(out, "")
        self.assertTrue(err.startswith("skincare: unknown source 'alam-2104'"), err)
        self.assertIn("did you mean 'alam-2014'", err)

    def test_unknown_id_without_a_close_one(self):
        status, out, err = run("sources", "zzzzzz")
        self.assertEqual(status, 2)
        self.assertEqual(out, "")
        self.assertTrue(err.startswith("skincare: unknown source 'zzzzzz'"), err)
        self.assertNotIn("did you mean", err)

    def test_one_unknown_among_known_prints_nothing(self):
        status, out, err = run("sources", "alam-2014", "nobody-1999", "--format", "json")
        self.assertEqual(status, 2)
        self.assertEqual(out, "")
        self.assertTrue(err.startswith("skincare: unknown source 'nobody-1999'"), err)


if __name__ == "__main__":
    unittest.main()
