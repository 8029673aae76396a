"""End-to-end tests for `skincare compare TOPIC...` (docs/decision-aid.md)."""

import json
import os
import re
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import overlong_lines, run, run_json  # noqa: E402

CONDITIONS = ["acne-scars", "wrinkles", "fine-lines", "texture", "hyperpigmentation", "stretch-marks",
              "sun-damage", "hair-loss"]
ROWS = ["improvement", "sessions", "downtime", "risks", "dark-patches", "cost", "evidence"]


def grid_json(*args):
    status, data, err = run_json("compare", *args, "--format", "json")
    assert status == 0 and err == "", (args, status, err)
    return data


def parse_markdown_tables(text):
    """Every pipe table in `text` as a list of rows of cells (an independent,
    small GitHub-flavoured table reader: header, delimiter row, body)."""
    tables, lines, i = [], text.splitlines(), 0

    def cells(line):
        body = line.strip()
        assert body.startswith("|") and body.endswith("|"), line
        out, cell, escaped = [], "", False
        for c in body[1:-1]:
            if escaped:
                cell += c
                escaped = False
            elif c == "\\":
                cell += c
                escaped = True
            elif c == "|":
                out.append(cell.strip())
                cell = ""
            else:
                cell += c
        out.append(cell.strip())
        return out

    while i < len(lines):
        if lines[i].startswith("|") and i + 1 < len(lines) and re.fullmatch(r"\|(-{3,}\|)+", lines[i + 1]):
            header = cells(lines[i])
            assert len(cells(lines[i + 1])) == len(header)
            body, j = [], i + 2
            while j < len(lines) and lines[j].startswith("|"):
                row = cells(lines[j])
                assert len(row) == len(header), (lines[j], len(row), len(header))
                body.append(row)
                j += 1
            tables.append([header] + body)
            i = j
        else:
            i += 1
    return tables


class JsonShape(unittest.TestCase):
    def test_every_condition_has_every_row_and_cell(self):
        data = grid_json(*CONDITIONS)
        self.assertEqual(data["schema"], "skincare.grid/1")
        self.assertEqual([g["topic"] for g in data["grids"]], CONDITIONS)
        refs = {r["id"] for r in data["references"]}
        for grid in data["grids"]:
            options = [o["id"] for o in grid["options"]]
            self.assertEqual(options[0], "microneedling", grid["topic"])
            self.assertEqual(options[-1], "no-treatment", grid["topic"])
            self.assertGreaterEqual(len(options), 4, grid["topic"])
            for o in grid["options"]:
                self.assertIsInstance(o["needles"], bool)
                self.assertTrue(o["label"])
            self.assertEqual([r["id"] for r in grid["rows"]], ROWS)
            for row in grid["rows"]:
                self.assertTrue(row["question"].endswith("?"), row)
                self.assertEqual(sorted(row["cells"]), sorted(options))
                for option, cell in row["cells"].items():
                    where = f"{grid['topic']}/{row['id']}/{option}"
                    self.assertTrue(cell["text"], where)
                    self.assertIsInstance(cell["unknown"], bool)
                    self.assertTrue(cell["unknown"] or cell["sources"], where)
                    self.assertLessEqual(cell["text"].count(". ") + 1, 4, where)
                    for s in cell["sources"]:
                        self.assertIn(s, refs, where)

    def test_microneedling_evidence_is_the_topics_grade(self):
        for topic in CONDITIONS:
            grid = grid_json(topic)["grids"][0]
            status, explained, _ = run_json("explain", topic, "--format", "json")
            self.assertEqual(status, 0)
            grade = explained["topics"][0]["microneedling"]["evidence"]
            evidence = next(r for r in grid["rows"] if r["id"] == "evidence")
            self.assertTrue(evidence["cells"]["microneedling"]["text"].lower().startswith(grade), topic)

    def test_counts_are_given_as_natural_frequencies(self):
        text = json.dumps(grid_json(*CONDITIONS))
        for percent in re.findall(r"\((\d+(?:\.\d+)?)%\)", text):
            self.assertIn("in 100", text)
        self.assertIn("about 17 in 100", text)

    def test_narrowing_rows_and_options(self):
        data = grid_json("acne-scars", "--rows", "downtime,Cost", "--options", "no-treatment,Microneedling")
        grid = data["grids"][0]
        self.assertEqual([r["id"] for r in grid["rows"]], ["downtime", "cost"])
        self.assertEqual([o["id"] for o in grid["options"]], ["microneedling", "no-treatment"])
        for row in grid["rows"]:
            self.assertEqual(sorted(row["cells"]), ["microneedling", "no-treatment"])
        cited = {s for row in grid["rows"] for c in row["cells"].values() for s in c["sources"]}
        self.assertEqual({r["id"] for r in data["references"]}, cited)


class Text(unittest.TestCase):
    def test_wide_terminal_gets_a_table_that_fits(self):
        status, out, err = run("compare", "hair-loss", env={"COLUMNS": "200"})
        self.assertEqual((status, err), (0, ""))
        self.assertEqual(overlong_lines(out, 200), [])
        header = next(line for line in out.splitlines() if "Minoxidil alone" in line)
        self.assertIn(" | ", header)
        self.assertIn("Finasteride", header)

    def test_narrow_terminal_falls_back_to_one_option_after_another(self):
        for columns in ("80", "40"):
            status, out, err = run("compare", "acne-scars", env={"COLUMNS": columns})
            self.assertEqual((status, err), (0, ""))
            self.assertEqual(overlong_lines(out, int(columns)), [], columns)
            self.assertNotIn(" | ", out)
            lines = out.splitlines()
            self.assertIn("Microneedling", lines)
            self.assertIn("No treatment, wait, or cover it", lines)
            self.assertTrue(any(line.startswith("  Dark patches: ") for line in lines))
            self.assertLess(lines.index("Microneedling"), lines.index("No treatment, wait, or cover it"))

    def test_every_width_fits(self):
        for columns in (20, 60, 100, 140, 260):
            status, out, _ = run("compare", "stretch-marks", env={"COLUMNS": str(columns)})
            self.assertEqual(status, 0)
            self.assertEqual(overlong_lines(out, max(columns, 20)), [], columns)

    def test_disclaimer_and_sources_are_printed(self):
        _, out, _ = run("compare", "wrinkles")
        self.assertIn("Sources", out)
        self.assertIn("robati-2020", out)
        self.assertIn("not a diagnosis or medical advice", out.replace("\n", " "))


class Markdown(unittest.TestCase):
    def test_markdown_is_a_real_table(self):
        status, out, err = run("compare", "acne-scars", "hair-loss", "--format", "markdown")
        self.assertEqual((status, err), (0, ""))
        tables = parse_markdown_tables(out)
        self.assertEqual(len(tables), 2)
        header = tables[0][0]
        self.assertEqual(header[1], "Microneedling")
        self.assertEqual(header[-1], "No treatment, wait, or cover it")
        self.assertEqual([row[0] for row in tables[0][1:]],
                         ["**Improvement**", "**Sessions**", "**Downtime**", "**Risks**", "**Dark patches**",
                          "**Cost**", "**Evidence**"])
        self.assertIn("`alam-2014`", tables[0][1][1])


class Names(unittest.TestCase):
    def test_forgiving_topic_names(self):
        self.assertEqual(grid_json("Stretch Marks")["grids"][0]["topic"], "stretch-marks")

    def test_unknown_topic_suggests(self):
        status, out, err = run("compare", "acne-scarz")
        self.assertEqual((status, out), (2, ""))
        self.assertIn("did you mean", err)

    def test_fact_topic_has_no_grid(self):
        status, out, err = run("compare", "aftercare")
        self.assertEqual((status, out), (2, ""))
        self.assertIn("has no option grid", err)
        self.assertIn("acne-scars", err)

    def test_unknown_row_and_option_suggest(self):
        status, _, err = run("compare", "acne-scars", "--rows", "downtim")
        self.assertEqual(status, 2)
        self.assertIn("did you mean 'downtime'", err)
        status, _, err = run("compare", "acne-scars", "--options", "subcission")
        self.assertEqual(status, 2)
        self.assertIn("did you mean 'subcision'", err)
        self.assertEqual(err.count("\n"), 1)


if __name__ == "__main__":
    unittest.main()
