"""`skincare check`: every class of content mistake is found with its exact
place. Each test starts from the sound tree tests/fixtures/check-base and
makes one change to it (shown in the test), then asserts the finding."""
import json
import os
import re
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import FIXTURES, run  # noqa: E402

BASE = os.path.join(FIXTURES, "check-base")


class CheckTest(unittest.TestCase):
    def tree(self, *changes):
        """A copy of check-base with each (file, old, new) replacement made once."""
        folder = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, folder)
        root = os.path.join(folder, "content")
        shutil.copytree(BASE, root)
        for name, old, new in changes:
            path = os.path.join(root, name)
            with open(path) as f:
                text = f.read()
            self.assertIn(old, text, f"fixture change does not apply to {name}")
            with open(path, "w") as f:
                f.write(text.replace(old, new, 1))
        return root

    def check(self, root, *args):
        return run("--content", root, "check", *args)

    def assert_finding(self, root, expected, status=65):
        code, out, err = self.check(root)
        self.assertEqual(code, status, out + err)
        lines = [line.replace(root + "/", "") for line in out.splitlines()]
        self.assertIn(expected, lines)
        return lines

    # --- the sound tree and the shipped content ---------------------------------------

    def test_the_base_tree_is_sound(self):
        code, out, _ = self.check(BASE, "--strict")
        self.assertEqual(code, 0, out)
        self.assertTrue(out.splitlines()[-1].startswith("0 errors, 0 warnings in 7 files"), out)
        self.assertIn("test cases: 5 run, 0 failed, every rule fired", out.splitlines())

    def test_the_shipped_content_passes_strict(self):
        code, out, _ = run("check", "--strict")
        self.assertEqual(code, 0, out)
        self.assertTrue(out.splitlines()[-1].startswith("0 errors, 0 warnings"), out)

    # --- option grids ----------------------------------------------------------------------------

    def test_grid_findings(self):
        grid = "grids/acne-scars.yaml"
        cases = [
            ("  cost:\n", "  costs:\n", "unknown row 'costs' (did you mean 'cost'?)"),
            ("    no-treatment: {unknown: true, text: No study has looked at this.}\n  cost:",
             "  cost:", "row 'dark-patches' has no cell for option 'no-treatment'"),
            ("{text: Scars look a little better in one small trial., sources: [alam-2014]}",
             "{text: Scars look a little better in one small trial.}", "needs 'sources'"),
            ("sources: [alam-2014]}", "sources: [alam-2015]}", "unknown source 'alam-2015'"),
            ("needles: false}", "needles: no}", "'needles' must be true or false"),
        ]
        for old, new, expected in cases:
            with self.subTest(expected=expected):
                root = self.tree((grid, old, new))
                code, out, _ = self.check(root)
                self.assertEqual(code, 65, out)
                self.assertIn(expected, out)
                self.assertRegex(out, r"grids/acne-scars\.yaml:\d+:\d+: error: ")

    def test_a_condition_without_a_grid_is_a_warning(self):
        root = self.tree()
        os.remove(os.path.join(root, "grids", "acne-scars.yaml"))
        code, out, _ = self.check(root)
        self.assertIn("warning: condition 'acne-scars' has no option grid (grids/acne-scars.yaml)", out)

    # --- schema ----------------------------------------------------------------------------------

    def test_a_missing_required_key(self):
        root = self.tree(("topics/aftercare.yaml", "summary: Be gentle with your skin after treatment.\n", ""))
        self.assert_finding(root, "topics/aftercare.yaml:1:1: error: topic is missing required key 'summary'")

    def test_a_misspelt_key_suggests_the_closest(self):
        root = self.tree(("topics/aftercare.yaml", "aliases:", "alaises:"))
        self.assert_finding(root, "topics/aftercare.yaml:4:1: error: unknown key 'alaises' in topic "
                                  "(did you mean 'aliases'?)")

    def test_a_wrong_type(self):
        root = self.tree(("topics/aftercare.yaml", "aliases: [after care]", "aliases: after care"))
        self.assert_finding(root, "topics/aftercare.yaml:4:10: error: 'aliases' in topic must be a list")

    def test_a_value_outside_its_set(self):
        root = self.tree(("topics/acne-scars.yaml", "evidence: moderate", "evidence: modrate"))
        self.assert_finding(root, "topics/acne-scars.yaml:12:13: error: 'evidence' in microneedling block must be "
                                  "one of strong, moderate, limited, not 'modrate' (did you mean 'moderate'?)")

    def test_a_malformed_date(self):
        root = self.tree(("topics/aftercare.yaml", "reviewed: 2026-11-25", "reviewed: 2026-02-30"))
        self.assert_finding(root, "topics/aftercare.yaml:6:11: error: 'reviewed' in topic must be a date like "
                                  "2026-11-25, not '2026-02-30'")

    def test_empty_text(self):
        root = self.tree(("topics/aftercare.yaml", "title: Aftercare", "title: ''"))
        self.assert_finding(root, "topics/aftercare.yaml:3:8: error: 'title' in topic must not be empty")

    def test_duplicate_ids(self):
        root = self.tree(("sources.yaml", "  - id: chu-2021", "  - id: alam-2014"))
        self.assert_finding(root, "sources.yaml:14:9: error: duplicate source id 'alam-2014' in 'sources' "
                                  "(first at line 2)")
        root = self.tree(("questionnaire/assessment.yaml", "  - id: cold-sore-history", "  - id: minor"))
        self.assert_finding(root, "questionnaire/assessment.yaml:41:9: error: duplicate rule id 'minor' in 'rules' "
                                  "(first at line 36)")

    def test_several_problems_are_all_reported(self):
        root = self.tree(("topics/aftercare.yaml", "title: Aftercare", "titel: Aftercare"),
                         ("topics/acne-scars.yaml", "reviewed: 2026-11-25", "reviewed: yesterday"))
        code, out, _ = self.check(root)
        self.assertEqual(code, 65)
        self.assertIn("3 errors", out.splitlines()[-1])  # unknown 'titel', missing 'title', bad date

    # --- references ------------------------------------------------------------------------------

    def test_an_unknown_source(self):
        root = self.tree(("topics/aftercare.yaml", "sources: [chu-2021]", "sources: [chu-2012]"))
        self.assert_finding(root, "topics/aftercare.yaml:10:15: error: unknown source 'chu-2012' "
                                  "(did you mean 'chu-2021'?)")

    def test_an_unused_source_is_a_warning(self):
        root = self.tree(("topics/aftercare.yaml", "sources: [chu-2021]", "sources: [alam-2014]"),
                         ("questionnaire/assessment.yaml", "sources: [chu-2021]", "sources: []"),
                         ("topics/acne-scars.yaml", "sources: [alam-2014, chu-2021]", "sources: [alam-2014]"),
                         ("topics/acne-scars.yaml", "evidence: moderate", "evidence: limited"))
        lines = self.assert_finding(root, "sources.yaml:14:9: warning: source 'chu-2021' is never cited", status=0)
        self.assertTrue(lines[-1].startswith("0 errors, 1 warning "))
        code, _, _ = self.check(root, "--strict")
        self.assertEqual(code, 65)

    def test_aliases_must_not_collide(self):
        root = self.tree(("topics/aftercare.yaml", "aliases: [after care]", "aliases: [after care, Acne Scar]"))
        self.assert_finding(root, "topics/aftercare.yaml:4:23: error: 'Acne Scar' in topic 'aftercare' also names "
                                  "topic 'acne-scars'")

    def test_a_condition_naming_an_unknown_question(self):
        root = self.tree(("questionnaire/assessment.yaml", "when: cold_sores", "when: cold_sore"))
        self.assert_finding(root, "questionnaire/assessment.yaml:43:11: error: in condition 'cold_sore': 'cold_sore' "
                                  "is not a question that can be used here (did you mean 'cold_sores'?)")

    def test_a_condition_naming_an_unknown_value(self):
        root = self.tree(("questionnaire/assessment.yaml", "areas contains face", "areas contains fase"))
        self.assert_finding(root, "questionnaire/assessment.yaml:32:34: error: in condition 'areas contains fase': "
                                  "'fase' is not a value of 'areas' (did you mean 'face'?)")

    def test_a_condition_of_the_wrong_type(self):
        root = self.tree(("questionnaire/assessment.yaml", "when: age < 18", "when: areas < 18"))
        self.assert_finding(root, "questionnaire/assessment.yaml:38:17: error: in condition 'areas < 18': '<' "
                                  "compares numbers, but 'areas' is a multi question")

    def test_a_concern_without_a_topic(self):
        root = self.tree(("questionnaire/assessment.yaml", "      - value: acne-scars\n        label: Acne scars\n",
                          "      - value: acne-scars\n        label: Acne scars\n      - value: acne-scar\n"
                          "        label: Typo\n"))
        self.assert_finding(root, "questionnaire/assessment.yaml:20:16: error: concern 'acne-scar' has no topic file "
                                  "topics/acne-scar.yaml (did you mean 'acne-scars'?)")

    # --- logic -----------------------------------------------------------------------------------

    def test_a_question_that_can_never_be_asked(self):
        root = self.tree(("questionnaire/assessment.yaml", "enabled_when: areas contains face",
                          "enabled_when: areas contains face and areas is empty"))
        self.assert_finding(root, "questionnaire/assessment.yaml:30:5: error: question 'cold_sores' can never be "
                                  "asked: no answers make 'areas contains face and areas is empty' true")

    def test_a_rule_that_can_never_fire(self):
        root = self.tree(("questionnaire/assessment.yaml", "when: age < 18", "when: age < 18 and age > 64"))
        self.assert_finding(root, "questionnaire/assessment.yaml:36:5: error: rule 'minor' can never fire: no valid "
                                  "answers make 'age < 18 and age > 64' true")

    def test_a_rule_that_fires_on_an_unasked_question_has_a_witness(self):
        root = self.tree(("questionnaire/assessment.yaml", "when: cold_sores", "when: not cold_sores"))
        code, out, _ = self.check(root, "--format", "json")
        self.assertEqual(code, 65)
        report = json.loads(out)
        finding = next(f for f in report["findings"] if "not asked" in f["message"])
        self.assertEqual((finding["line"], finding["column"]), (41, 5))
        self.assertEqual(finding["message"], "rule 'cold-sore-history' can fire while question 'cold_sores' is not "
                                             "asked, so it would fire on an answer nobody gave")
        self.assertEqual(finding["witness"], {"areas": "neck"})

    def test_integer_thresholds_are_searched_exactly(self):
        root = self.tree(("questionnaire/assessment.yaml", "when: age < 18", "when: age > 17 and age < 19"),
                         (self.CASES, "answers: {age: 17}\n    verdict: consult", "answers: {age: 18}\n    verdict: consult"))
        code, out, _ = self.check(root, "--strict")
        self.assertEqual(code, 0, out)  # only 18 makes it true, and the search finds it

    # --- readability -------------------------------------------------------------------------------

    def test_hard_prose_is_a_warning_that_shows_the_hardest_sentence(self):
        hard = ("Percutaneous collagen induction therapy characteristically necessitates multiple consecutive "
                "interventions administered intermittently.")
        root = self.tree(("topics/aftercare.yaml", "Use a gentle wash.", "Use a gentle wash. " + hard))
        code, out, _ = self.check(root)
        self.assertEqual(code, 0)
        line = next(line for line in out.splitlines() if "reads at grade" in line)
        self.assertTrue(line.startswith(root + "/topics/aftercare.yaml:1:1: warning: topic aftercare reads at grade "),
                        line)
        self.assertIn(hard, line)
        code, _, _ = self.check(root, "--strict")
        self.assertEqual(code, 65)

    def test_json_lists_a_grade_for_every_topic_and_prompt(self):
        code, out, _ = self.check(BASE, "--format", "json")
        self.assertEqual(code, 0)
        report = json.loads(out)
        self.assertEqual(report["schema"], "skincare.check/1")
        subjects = {r["subject"] for r in report["readability"]}
        self.assertEqual(subjects, {"topic acne-scars", "topic aftercare", "grid acne-scars", "question 'age'",
                                    "question 'concerns'",
                                    "question 'areas'", "question 'cold_sores'"})
        self.assertGreater(report["logic"]["cases"], 0)

    # --- test cases in the content ----------------------------------------------------------------

    CASES = "questionnaire/cases/rules.yaml"

    def test_a_case_with_the_wrong_verdict_fails_at_its_line(self):
        root = self.tree((self.CASES, "answers: {age: 17}\n    verdict: consult", "answers: {age: 17}\n    verdict: caution"))
        self.assert_finding(root, f"{self.CASES}:13:5: error: case 'a minor': the verdict is consult, not caution as "
                                  "expected (rules that fired: minor)")

    def test_a_rule_that_should_fire_and_does_not(self):
        root = self.tree((self.CASES, "answers: {age: 17}", "answers: {age: 18}"))
        lines = self.assert_finding(root, f"{self.CASES}:13:5: error: case 'a minor': rule 'minor' should fire but did "
                                          "not (rules that fired: none)")
        # the rule is then fired by no case: a warning at the rule
        self.assertIn("questionnaire/assessment.yaml:36:5: warning: rule 'minor' is made to fire by no test case in "
                      "questionnaire/cases/ (add a case that lists it under 'fires')", lines)

    def test_a_rule_that_must_not_fire_and_does(self):
        root = self.tree((self.CASES, "cold_sores: no}", "cold_sores: yes}"))
        self.assert_finding(root, f"{self.CASES}:23:5: error: case 'no cold sores on the face': rule "
                                  "'cold-sore-history' fired, but the case says it must not")

    def test_an_unknown_rule_in_a_case_suggests_the_closest(self):
        root = self.tree((self.CASES, "fires: [minor]", "fires: [minro]"))
        self.assert_finding(root, f"{self.CASES}:16:13: error: case 'a minor': unknown rule 'minro' "
                                  "(did you mean 'minor'?)")

    def test_a_case_with_a_missing_answer_lists_it(self):
        root = self.tree((self.CASES, "areas: [face], cold_sores: yes}", "areas: [face]}"))
        code, out, _ = self.check(root)
        self.assertEqual(code, 65)
        self.assertIn(f"{self.CASES}:18:5: error: case 'cold sores on the face': 1 question is not answered:",
                      out.replace(root + "/", ""))

    def test_an_invalid_answer_in_a_case_is_reported_at_the_answer(self):
        root = self.tree((self.CASES, "answers: {age: 17}", "answers: {age: old}"))
        lines = self.assert_finding(root, f"{self.CASES}:14:15: error: case 'a minor': 'old' is not a valid answer to "
                                          "'age'; expected a whole number from 0 to 120")

    def test_an_uncovered_rule_is_a_warning_and_strict_fails(self):
        root = self.tree((self.CASES, "  - name: no concern\n    answers: {concerns: []}\n    verdict: suitable\n"
                                      "    fires: [no-concern]\n", ""))
        lines = self.assert_finding(root, "questionnaire/assessment.yaml:46:5: warning: rule 'no-concern' is made to "
                                          "fire by no test case in questionnaire/cases/ (add a case that lists it "
                                          "under 'fires')", status=0)
        self.assertIn("test cases: 4 run, 0 failed, 1 rule never fired", lines)
        code, _, _ = self.check(root, "--strict")
        self.assertEqual(code, 65)

    def test_a_rule_without_a_close_case_is_a_warning(self):
        root = self.tree((self.CASES, "    not_fires: [cold-sore-history]\n", ""))
        self.assert_finding(root, "questionnaire/assessment.yaml:41:5: warning: rule 'cold-sore-history' has no "
                                  "close test case where it must not fire (add a case that lists it under "
                                  "'not_fires')", status=0)

    def test_the_json_report_counts_cases_and_lists_uncovered_rules(self):
        root = self.tree((self.CASES, "fires: [minor]", "fires: []"))
        code, out, _ = self.check(root, "--format", "json")
        self.assertEqual(code, 0, out)
        report = json.loads(out)
        self.assertEqual(report["cases"], {"files": 1, "run": 5, "failed": 0, "not_fired": [],
                                           "no_close_case": []})  # minor still fires in 'a minor'

    def test_a_question_that_changes_nothing_is_a_warning_unless_it_is_a_values_question(self):
        extra = ("  - id: budget\n    type: boolean\n    prompt: Is cost a worry for you?\n"
                 "    help: It helps us compare options.\n")
        root = self.tree(("questionnaire/assessment.yaml", "rules:\n", extra + "rules:\n"),
                         (self.CASES, "  age: 30\n", "  age: 30\n  budget: no\n"))
        self.assert_finding(root, "questionnaire/assessment.yaml:35:9: warning: question 'budget' is read by no rule "
                                  "and enables no question, so its answer changes nothing; add a rule, or mark it "
                                  "'values: true' if it is asked only for the summary", status=0)
        root = self.tree(("questionnaire/assessment.yaml", "rules:\n", extra + "    values: true\nrules:\n"),
                         (self.CASES, "  age: 30\n", "  age: 30\n  budget: no\n"))
        code, out, _ = self.check(root, "--strict")
        self.assertEqual(code, 0, out)
        root = self.tree(("questionnaire/assessment.yaml", "rules:\n", extra + "    values: true\nrules:\n"),
                         ("questionnaire/assessment.yaml", "when: cold_sores", "when: cold_sores or budget"))
        self.assert_finding(root, "questionnaire/assessment.yaml:48:11: error: rule 'cold-sore-history' reads "
                                  "'budget', which is a values question (values: true): what matters to a person "
                                  "never changes the verdict")

    # --- output ------------------------------------------------------------------------------------

    def test_a_syntax_error_is_a_finding_and_other_files_are_still_checked(self):
        root = self.tree(("topics/aftercare.yaml", "aliases: [after care]", "aliases: [after care"),
                         ("topics/acne-scars.yaml", "title: Acne scars", "titel: Acne scars"))
        code, out, _ = self.check(root)
        self.assertEqual(code, 65)
        self.assertIn("topics/acne-scars.yaml:3:1: error: unknown key 'titel' in topic (did you mean 'title'?)",
                      out.replace(root + "/", ""))
        self.assertRegex(out.replace(root + "/", ""), r"topics/aftercare.yaml:\d+:\d+: error: ")

    # --- markdown --------------------------------------------------------------------------------

    def markdown_rows(self, out):
        """The findings table as (place, severity, finding) with Markdown escapes undone."""
        rows = []
        for line in out.splitlines():
            if not line.startswith("| ") or line.startswith(("| Place ", "| --- ")):
                continue
            cells = re.split(r"(?<!\\)\|", line)[1:-1]
            self.assertEqual(len(cells), 3, line)
            rows.append(tuple(re.sub(r"\\(.)", r"\1", cell.strip()) for cell in cells))
        return rows

    def test_markdown_has_a_heading_the_counts_and_every_finding_with_its_place(self):
        root = self.tree(("topics/aftercare.yaml", "title: Aftercare", "titel: Aftercare"),
                         ("topics/acne-scars.yaml", "reviewed: 2026-11-25", "reviewed: yesterday"))
        code, out, err = self.check(root, "--format", "markdown")
        self.assertEqual((code, err), (65, ""))
        lines = out.splitlines()
        self.assertEqual(lines[0], "# Content check")
        _, text, _ = run("--content", root, "check", env={"COLUMNS": "1000"})
        seconds = re.compile(r"in \d+\.\d\d s")
        self.assertEqual(seconds.sub("", lines[2]), seconds.sub("", text.splitlines()[-1]))
        self.assertEqual(lines[4], "test cases: 5 run, 0 failed, every rule fired")
        self.assertIn("## Findings", lines)
        expected = []
        for line in text.splitlines()[:-2]:
            place, severity, message = re.match(r"^(.*?:\d+:\d+): (error|warning): (.*)$", line).groups()
            expected.append((place, severity, message))
        self.assertEqual(len(expected), 3)
        self.assertEqual(self.markdown_rows(out), expected)

    def test_markdown_escapes_markup_so_a_finding_stays_in_its_cell(self):
        root = self.tree(("topics/aftercare.yaml", "aliases:", "ali|as*es_`x`:"))
        code, out, _ = self.check(root, "--format", "markdown")
        self.assertEqual(code, 65)
        self.assertIn("ali\\|as\\*es\\_\\`x\\`", out)
        place = os.path.join(root, "topics/aftercare.yaml") + ":4:1"
        finding = next(row for row in self.markdown_rows(out) if row[0] == place)
        self.assertEqual(finding[1], "error")
        self.assertTrue(finding[2].startswith("unknown key 'ali|as*es_`x`' in topic"), finding)

    def test_markdown_gives_the_witness_of_a_logic_finding(self):
        root = self.tree(("questionnaire/assessment.yaml", "when: cold_sores", "when: not cold_sores"))
        _, out, _ = self.check(root, "--format", "markdown")
        finding = next(row[2] for row in self.markdown_rows(out) if "not asked" in row[2])
        self.assertTrue(finding.endswith("; answers that show it: areas: neck"), finding)

    def test_markdown_of_a_sound_tree_says_there_are_no_findings(self):
        code, out, _ = self.check(BASE, "--format", "markdown", "--strict")
        self.assertEqual(code, 0, out)
        self.assertTrue(out.startswith("# Content check\n\n0 errors, 0 warnings in 7 files; "), out)
        self.assertTrue(out.endswith("\n\nNo findings.\n"), out)
        self.assertNotIn("| ", out)

    def test_a_missing_folder_is_exit_66(self):
        code, _, err = run("--content", "/nonexistent/content", "check")
        self.assertEqual(code, 66)
        self.assertTrue(err.startswith("skincare: "))


if __name__ == "__main__":
    unittest.main()
