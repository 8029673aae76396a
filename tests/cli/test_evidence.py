"""Evidence calibration, end to end: the grading rule that `skincare check`
enforces (with the exact line), the corrections readers can see in `explain`,
`assess` and `sources`, the review-date warning with a fixed date, and
`skincare about` in every format."""
import json
import os
import re
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import FIXTURES, SOURCE_DIR, run, run_json  # noqa: E402
from test_conventions import ANSWERS  # noqa: E402  (a complete set of answers)

BASE = os.path.join(FIXTURES, "check-base")
CONTENT = os.path.join(SOURCE_DIR, "content")
DESIGNS = {"randomized-trial", "controlled-study", "uncontrolled-study", "case-report", "systematic-review",
           "narrative-review", "guideline", "labeling", "regulation", "secondary"}


def copy_tree(case, source, *changes):
    """A copy of `source` with each (file, old, new) replacement made once."""
    folder = tempfile.mkdtemp()
    case.addCleanup(shutil.rmtree, folder)
    root = os.path.join(folder, "content")
    shutil.copytree(source, root)
    for name, old, new in changes:
        path = os.path.join(root, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        case.assertIn(old, text, f"change does not apply to {name}")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(old, new, 1))
    return root


def line_of(path, text):
    """1-based line and column of the first `text` in `path`."""
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if text in line:
                return number, line.index(text) + 1
    raise AssertionError(f"{text!r} not in {path}")


def findings(root, env=None):
    code, out, err = run("--content", root, "check", env=env)
    return code, [line.replace(root + "/", "") for line in out.splitlines()], err


class GradingRule(unittest.TestCase):
    def test_a_grade_above_what_the_sources_allow_fails_at_the_grade(self):
        root = copy_tree(self, BASE, ("topics/acne-scars.yaml", "evidence: moderate", "evidence: strong"))
        code, lines, _ = findings(root)
        self.assertEqual(code, 65, lines)
        self.assertIn("topics/acne-scars.yaml:12:13: error: topic 'acne-scars' grades its evidence 'strong', but the "
                      "sources its microneedling block cites allow at most 'moderate': one randomized trial against "
                      "no treatment, a sham or the same care (alam-2014) and supporting studies; strong needs two "
                      "such trials or a systematic review of them", lines)

    def test_a_trial_against_another_treatment_does_not_count(self):
        root = copy_tree(self, BASE, ("sources.yaml", "comparator: no-treatment", "comparator: active-treatment"))
        code, lines, _ = findings(root)
        self.assertEqual(code, 65, lines)
        self.assertTrue(any(line.startswith("topics/acne-scars.yaml:12:13: error: topic 'acne-scars' grades its "
                                            "evidence 'moderate', but the sources its microneedling block cites "
                                            "allow at most 'limited'") for line in lines), lines)

    def test_a_second_controlled_trial_allows_strong(self):
        extra = ("  - id: roe-2020\n    title: A second trial\n    doi: 10.1000/x\n    kind: trial\n"
                 "    design: randomized-trial\n    comparator: sham\n    result: better\n    confidence: verified\n")
        root = copy_tree(self, BASE, ("sources.yaml", "sources:\n", "sources:\n" + extra),
                         ("topics/acne-scars.yaml", "evidence: moderate", "evidence: strong"),
                         ("topics/acne-scars.yaml", "sources: [alam-2014, chu-2021]",
                          "sources: [alam-2014, chu-2021, roe-2020]"))
        code, lines, _ = findings(root)
        self.assertEqual(code, 0, lines)

    def test_a_control_comparison_needs_a_result_and_a_result_needs_a_comparator(self):
        root = copy_tree(self, BASE, ("sources.yaml", "    result: better\n", ""))
        code, lines, _ = findings(root)
        line, column = line_of(os.path.join(root, "sources.yaml"), "no-treatment")
        self.assertIn(f"sources.yaml:{line}:{column}: error: source 'alam-2014' compares microneedling with "
                      "no-treatment but has no 'result' (better, no-difference, worse or mixed)", lines)
        root = copy_tree(self, BASE, ("sources.yaml", "    comparator: no-treatment\n", ""))
        code, lines, _ = findings(root)
        line, column = line_of(os.path.join(root, "sources.yaml"), "result: better")
        self.assertIn(f"sources.yaml:{line}:{column + 8}: error: source 'alam-2014' has a 'result' but no "
                      "'comparator' to say what it was compared with", lines)

    def test_a_source_without_doi_pmid_or_url_is_a_warning_unless_its_note_says_why(self):
        root = copy_tree(self, BASE, ("sources.yaml", "    doi: 10.1097/01.dss.0000790428.70373.f6\n", ""))
        code, lines, _ = findings(root)
        self.assertEqual(code, 0, lines)
        line, column = line_of(os.path.join(root, "sources.yaml"), "chu-2021")
        self.assertIn(f"sources.yaml:{line}:{column}: warning: source 'chu-2021' has neither a DOI, a PMID nor a "
                      "URL, so a reader cannot look it up (if none exists, start its note with 'No DOI, PMID or "
                      "URL:' and say why)", lines)
        root = copy_tree(self, BASE, ("sources.yaml", "    doi: 10.1097/01.dss.0000790428.70373.f6\n",
                                      "    note: \"No DOI, PMID or URL: none was found\"\n"))
        self.assertEqual(run("--content", root, "check", "--strict")[0], 0)

    def test_a_missing_design_is_an_error(self):
        root = copy_tree(self, BASE, ("sources.yaml", "    design: systematic-review\n", ""))
        code, lines, _ = findings(root)
        self.assertEqual(code, 65)
        self.assertTrue(any("error: source is missing required key 'design'" in line for line in lines), lines)

    def test_a_missing_evidence_reason_is_an_error(self):
        root = copy_tree(self, BASE, ("topics/acne-scars.yaml",
                                      "  evidence_reason: one small randomized trial and a review of studies "
                                      "without a comparison group\n", ""))
        code, lines, _ = findings(root)
        self.assertIn("topics/acne-scars.yaml:12:3: error: microneedling block is missing required key "
                      "'evidence_reason'", lines)

    def test_the_shipped_grades_are_the_calibrated_ones(self):
        grades = {}
        for topic in run_json("explain", "acne-scars", "wrinkles", "fine-lines", "hair-loss", "stretch-marks",
                              "--format", "json")[1]["topics"]:
            grades[topic["id"]] = topic["microneedling"]["evidence"]
            self.assertTrue(topic["microneedling"]["evidence_reason"].strip())
        self.assertEqual(grades, {"acne-scars": "moderate", "wrinkles": "limited", "fine-lines": "limited",
                                  "hair-loss": "strong", "stretch-marks": "limited"})
        reason = run_json("explain", "hair-loss", "--format", "json")[1]["topics"][0]["microneedling"]
        self.assertIn("add-on to minoxidil", reason["evidence_reason"])


class Review(unittest.TestCase):
    def test_a_topic_past_its_next_review_is_a_warning_at_its_date(self):
        code, lines, _ = findings(BASE, env={"SKINCARE_TODAY": "2027-11-26"})
        self.assertEqual(code, 0, lines)
        self.assertIn(f"{BASE}/topics/aftercare.yaml:6:11: warning: topic 'aftercare' was reviewed on 2026-11-25 "
                      "and was due for review by 2027-11-25 (today is 2027-11-26)".replace(BASE + "/", ""), lines)
        self.assertEqual(run("--content", BASE, "check", "--strict", env={"SKINCARE_TODAY": "2027-11-26"})[0], 65)

    def test_on_the_next_review_day_itself_there_is_no_warning(self):
        code, lines, _ = findings(BASE, env={"SKINCARE_TODAY": "2027-11-25"})
        self.assertEqual(code, 0)
        self.assertFalse(any("due for review" in line for line in lines), lines)

    def test_a_bad_today_is_a_usage_error(self):
        status, out, err = run("check", env={"SKINCARE_TODAY": "tomorrow"})
        self.assertEqual((status, out), (2, ""))
        self.assertEqual(err, "skincare: SKINCARE_TODAY must be a date like 2026-12-02, not 'tomorrow'\n")


class Corrections(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.side_effects = run("explain", "side-effects", env={"COLUMNS": "1000"})[1]

    def test_pih_is_never_called_rare_and_is_given_as_natural_frequencies(self):
        out = self.side_effects
        pih = [p for p in re.split(r"\n(?=\S|  - )", out) if "hyperpigmentation" in p.lower() or "PIH" in p]
        self.assertTrue(pih)
        for paragraph in pih:
            self.assertNotRegex(paragraph.lower(), r"(?<!not )\brare\b", paragraph)
        self.assertIn("5 got PIH. That is about 17 in 100.", out)
        self.assertIn("7 got it (21.9%). That is about 22 in 100.", out)
        self.assertIn("about 1 in 5 to 1 in 6 people", out)
        self.assertIn("usually fades over months", out)
        self.assertNotIn("Rare but serious", out)

    def test_no_topic_calls_pih_rare(self):
        for topic in run_json("explain", *self.topic_ids(), "--format", "json")[1]["topics"]:
            texts = [topic["summary"], *topic["risks"]]
            for section in topic["sections"]:
                texts += section["paragraphs"] + section["items"]
            if topic["microneedling"]:
                texts += topic["microneedling"]["caveats"]
            for text in texts:
                for sentence in re.split(r"(?<=\.) ", text):
                    if re.search(r"hyperpigmentation|\bPIH\b|darker patches", sentence):
                        self.assertNotRegex(sentence, r"(?<!not )\b[Rr]are(ly)?\b", (topic["id"], sentence))

    @staticmethod
    def topic_ids():
        return run("topics", "--names")[1].split()

    def test_the_cdc_cluster_attributes_three_of_five_and_names_hepatitis(self):
        out = self.side_effects
        self.assertIn("linked 3 of the 5 to the facials", out)
        self.assertIn("Hepatitis B and hepatitis C are also spread by blood", out)
        self.assertIn("croi-2024", out)

    def test_acne_scar_effect_sizes_carry_their_caveats(self):
        out = run("explain", "acne-scars", env={"COLUMNS": "1000"})[1]
        self.assertIn("small but real improvement", out)
        self.assertNotIn("clearly lower", out)
        self.assertIn("this is their own view, not a measurement", out)
        self.assertIn("They did not combine the numbers", out)
        self.assertNotIn("pooled", out)
        self.assertIn("Evidence: moderate (one small randomized trial", out)

    def test_melasma_pilot_is_not_credited_to_microneedling(self):
        out = run("explain", "hyperpigmentation", env={"COLUMNS": "1000"})[1]
        self.assertIn("This 70 percent fall cannot be credited to microneedling", out)

    def test_stretch_mark_schedules_and_design(self):
        out = run("explain", "stretch-marks", env={"COLUMNS": "1000"})[1]
        self.assertNotIn("1-5 sessions", out)
        self.assertNotIn("groups by chance", out)
        self.assertIn("belly was split down the middle", out)
        self.assertIn("at least 6 sessions 2 weeks apart", out)

    def test_device_maker_studies_are_named_as_such(self):
        for topic in ["wrinkles", "fine-lines", "texture", "sun-damage"]:
            out = run("explain", topic, env={"COLUMNS": "1000"})[1]
            self.assertIn("device maker", out, topic)

    def test_the_case_report_is_not_the_source_for_the_usual_course(self):
        for topic in run_json("explain", *self.topic_ids(), "--format", "json")[1]["topics"]:
            for section in topic["sections"]:
                text = " ".join(section["paragraphs"] + section["items"])
                self.assertNotRegex(text, r"(clear|gone|settle)\w* [^.]*72 hours", topic["id"])
                if "martin-huang-2021" in section["sources"]:
                    self.assertIn("granulom", text.lower(), (topic["id"], section["heading"]))

    def test_skin_type_labels_read_the_same_in_the_questionnaire_and_the_topic(self):
        topic = " ".join(run("explain", "skin-types", env={"COLUMNS": "1000"})[1].split()).lower()
        with open(os.path.join(CONTENT, "questionnaire", "assessment.yaml"), encoding="utf-8") as f:
            text = f.read()
        block = text[text.index("  - id: skin_type"):]
        block = block[:block.index("\n  - id: ", 10)]
        labels = re.findall(r"value: (I|II|III|IV|V|VI)\n\s+label: (.+)", block)
        self.assertEqual([v for v, _ in labels], ["I", "II", "III", "IV", "V", "VI"], block)
        for value, label in labels:
            self.assertIn(f"type {value.lower()}: {label.strip().lower()}", topic, value)

    def test_rosacea_is_not_attributed_to_labeling(self):
        out = run("explain", "who-should-not", env={"COLUMNS": "1000"})[1]
        line = next(line for line in out.splitlines() if "rosacea" in line)
        self.assertNotIn("labeling", line.lower())

    def test_assess_shows_the_reason_beside_each_grade(self):
        folder = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, folder)
        answers = os.path.join(folder, "answers.yaml")
        with open(answers, "w", encoding="utf-8") as f:
            f.write(ANSWERS)
        status, out, err = run("assess", "--answers", answers, env={"COLUMNS": "1000"})
        self.assertIn(status, (0, 3, 4, 5), err)
        self.assertIn("Acne scars (evidence: moderate)", out)
        self.assertIn("Why this grade: one small randomized trial", out)
        self.assertIn("Why this grade: two randomized trials", out)
        self.assertIn("Hair loss (pattern hair loss) (evidence: strong)", out)
        status, data, err = run_json("assess", "--answers", answers, "--format", "json")
        self.assertTrue(all(c["evidence_reason"] for c in data["concerns"]), data["concerns"])


class Sources(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.sources = {s["id"]: s for s in run_json("sources", "--format", "json")[1]["sources"]}

    def test_every_source_has_a_design(self):
        for source in self.sources.values():
            self.assertIn(source["design"], DESIGNS, source["id"])

    def test_text_shows_the_design_the_seen_month_and_industry_ties(self):
        out = run("sources", "ablon-2018", "dhurat-2013", env={"COLUMNS": "1000"})[1]
        self.assertIn("[ablon-2018] uncontrolled-study, 48 people, verified\n", out)
        self.assertIn("  Web page seen 2026-12\n", out)
        self.assertIn("Industry tie: Run to generate data for an FDA 510(k) submission", out)
        self.assertIn("[dhurat-2013] randomized-trial, 100 people, compared with the same care without "
                      "microneedling, verified\n", out)

    def test_verified_real_titles_replace_the_bracketed_ones(self):
        titles = {
            "von-dalwig-nolda-2020": "Safety and Effectiveness of an Automated Microneedling Device in Improving "
                                     "Acne Scarring",
            "ablon-2018": "Safety and Effectiveness of an Automated Microneedling Device in Improving the Signs of "
                          "Aging Skin",
            "martin-huang-2021": "Resolution of microneedling-associated granulomatous dermatitis with oral "
                                 "methotrexate",
            "fda-consumer-2023": "Microneedling Devices",
            "aad-2018": "Microneedling: experienced hands can improve the face",
            "vaghela-2021": "Guideline for the Management Herpes Simplex 1 and Cosmetic Interventions",
        }
        for id_, title in titles.items():
            self.assertEqual(self.sources[id_]["title"], title)
        for id_ in ["striae-rct-2019", "mohamed-ali-2017", "kumar-2018", "friedmann-2024", "esmat-2022",
                    "waldman-2017"]:
            self.assertFalse(self.sources[id_]["title"].startswith("["), id_)

    def test_identifiers_seen_only_in_a_mirror_are_left_out(self):
        self.assertEqual(self.sources["waldman-2017"]["pmid"], "")
        self.assertEqual(self.sources["chu-2021"]["pmid"], "")
        self.assertEqual(self.sources["harris-2015"]["pmid"], "")
        self.assertEqual(self.sources["cdc-mmwr-2024"]["doi"], "")
        self.assertEqual(self.sources["harris-2015"]["doi"], "10.1016/j.ijwd.2015.03.004")
        self.assertEqual(self.sources["fabbrocini-2012"]["pmid"], "21810012")


class About(unittest.TestCase):
    ENV = {"SKINCARE_TODAY": "2027-11-30", "COLUMNS": "80"}

    def test_text_states_authorship_funding_rule_policy_and_how_to_report(self):
        status, out, err = run("about", env=self.ENV)
        self.assertEqual((status, err), (0, ""))
        for heading in ["Who writes the content", "How it is checked", "Funding and ties", "How evidence is graded",
                        "How the content is kept up to date", "How to report an error", "Review dates"]:
            self.assertIn("\n" + heading + "\n", out)
        flat = " ".join(out.split())
        self.assertIn("The skincare project writes and maintains all of the content", flat)
        self.assertIn("No one funds the skincare project. No author has a tie to a device maker, a clinic", flat)
        self.assertIn("SORT", flat)
        self.assertIn("GRADE", flat)
        self.assertIn("Open an issue in the skincare project's issue tracker", flat)
        self.assertNotRegex(flat, r"@|https?://")
        self.assertIn("  at-home-devices       reviewed 2026-11-25, next 2027-11-25, overdue\n", out)
        self.assertIn("  acne-scars            reviewed 2026-12-02, next 2027-12-02\n", out)
        self.assertTrue(all(len(line) <= 80 for line in out.splitlines()))

    def test_json(self):
        status, data, err = run_json("about", "--format", "json", env=self.ENV)
        self.assertEqual((status, err), (0, ""))
        self.assertEqual(data["schema"], "skincare.about/1")
        self.assertEqual(data["today"], "2027-11-30")
        self.assertEqual(list(data["statement"]), ["authors", "checking", "funding", "grading", "updates", "errors"])
        for part in data["statement"].values():
            self.assertTrue(part["heading"] and part["paragraphs"])
        ids = run("topics", "--names")[1].split()
        self.assertEqual([t["id"] for t in data["topics"]], ids)
        for topic in data["topics"]:
            self.assertEqual(set(topic), {"id", "title", "reviewed", "next_review", "status"})
            year, rest = topic["reviewed"].split("-", 1)
            self.assertEqual(topic["next_review"], f"{int(year) + 1}-{rest}")
            self.assertEqual(topic["status"], "overdue" if topic["next_review"] < "2027-11-30" else "current")
        self.assertIn("overdue", {t["status"] for t in data["topics"]})

    def test_markdown(self):
        status, out, err = run("about", "--format", "markdown", env=self.ENV)
        self.assertEqual((status, err), (0, ""))
        self.assertTrue(out.startswith("# About skincare's content\n"))
        self.assertIn("## How evidence is graded", out)
        self.assertIn("| `at-home-devices` | 2026-11-25 | 2027-11-25 | overdue |", out)

    def test_about_follows_the_content_tree(self):
        status, data, _ = run_json("--content", BASE, "about", "--format", "json", env=self.ENV)
        self.assertEqual(status, 0)
        self.assertEqual([t["id"] for t in data["topics"]], ["acne-scars", "aftercare"])

    def test_a_bad_today_is_a_usage_error(self):
        status, out, err = run("about", env={"SKINCARE_TODAY": "2027-02-30"})
        self.assertEqual((status, out), (2, ""))
        self.assertIn("SKINCARE_TODAY must be a date", err)


if __name__ == "__main__":
    unittest.main()
