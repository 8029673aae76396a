"""`skincare check`: every class of content mistake is found with its exact
place. Each test starts from the sound tree tests/fixtures/check-base and
makes one change to it (shown in the test), then asserts the finding."""
import json
import os
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
        self.assertTrue(out.startswith("0 errors, 0 warnings in 4 files"), out)

    def test_the_shipped_content_passes_strict(self):
        code, out, _ = run("check", "--strict")
        self.assertEqual(code, 0, out)
        self.assertTrue(out.startswith("0 errors, 0 warnings"), out)

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
        root = self.tree(("questionnaire/assessment.yaml", "when: age < 18", "when: age > 17 and age < 19"))
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
        self.assertEqual(subjects, {"topic acne-scars", "topic aftercare", "question 'age'", "question 'concerns'",
                                    "question 'areas'", "question 'cold_sores'"})
        self.assertGreater(report["logic"]["cases"], 0)

    # --- output ------------------------------------------------------------------------------------

    def test_a_syntax_error_is_a_finding_and_other_files_are_still_checked(self):
        root = self.tree(("topics/aftercare.yaml", "aliases: [after care]", "aliases: [after care"),
                         ("topics/acne-scars.yaml", "title: Acne scars", "titel: Acne scars"))
        code, out, _ = self.check(root)
        self.assertEqual(code, 65)
        self.assertIn("topics/acne-scars.yaml:3:1: error: unknown key 'titel' in topic (did you mean 'title'?)",
                      out.replace(root + "/", ""))
        self.assertRegex(out.replace(root + "/", ""), r"topics/aftercare.yaml:\d+:\d+: error: ")

    def test_a_missing_folder_is_exit_66(self):
        code, _, err = run("--content", "/nonexistent/content", "check")
        self.assertEqual(code, 66)
        self.assertTrue(err.startswith("skincare: "))


if __name__ == "__main__":
    unittest.main()
