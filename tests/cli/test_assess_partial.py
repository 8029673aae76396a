"""`skincare assess` version-2 results: after_temporary and rests_on in
every format, and --partial (scripted and batch): the verdict range, the
unanswered questions, those that could change it, the witness, exit codes."""
import json
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import run  # noqa: E402
from test_assess import CLEAR  # noqa: E402

SCALE = ["suitable", "caution", "postpone", "consult"]


def assess(answers, *args):
    return run("assess", "--answers", "-", *args, input=json.dumps(answers))


def assess_json(answers, *args):
    status, out, err = assess(answers, "--format", "json", *args)
    assert status == 0, err
    return json.loads(out)


def without(answers, *ids):
    return {k: v for k, v in answers.items() if k not in ids}


class TemporaryTest(unittest.TestCase):
    def test_sunburn_and_darker_skin_postpone_now_caution_after(self):
        result = assess_json(dict(CLEAR, sunburn=True, skin_type="V"))
        self.assertEqual(result["verdict"], "postpone")
        self.assertEqual(result["after_temporary"], {"verdict": "caution", "waiting_for": ["sunburn"]})
        self.assertEqual(result["rests_on"], ["sunburn"])
        self.assertIs(result["complete"], True)
        self.assertNotIn("verdict_range", result)
        for fmt in ("text", "markdown"):
            status, out, _ = assess(dict(CLEAR, sunburn=True, skin_type="V"), "--format", fmt)
            self.assertEqual(status, 0)
            flat = " ".join(out.split())
            self.assertRegex(flat, r"Once .*, the result would be CAUTION, because:")
            self.assertIn("skin_type = V", flat)

    def test_after_temporary_only_for_postpone(self):
        for change in ({}, {"skin_type": "V"}, {"keloids": True, "sunburn": True}):
            self.assertNotIn("after_temporary", assess_json(dict(CLEAR, **change)))

    def test_caution_rests_on_its_answers_in_words(self):
        answers = dict(CLEAR, topical_actives=True, skin_type="IV")
        result = assess_json(answers)
        self.assertEqual(result["rests_on"], ["skin-type-pih", "topical-actives"])
        status, out, _ = assess(answers)
        flat = " ".join(out.split())
        self.assertIn("The result is CAUTION because of these answers", flat)
        self.assertIn("- topical_actives = yes", flat)


class PartialTest(unittest.TestCase):
    def test_missing_answers_without_partial_are_still_exit_65(self):
        status, out, err = assess(without(CLEAR, "keloids"))
        self.assertEqual(status, 65)
        self.assertEqual(out, "")
        self.assertIn("keloids", err)

    def test_a_partial_result_has_the_exact_range_and_what_could_change_it(self):
        result = assess_json(without(CLEAR, "keloids", "downtime_ok"), "--partial")
        self.assertIs(result["complete"], False)
        self.assertIsNone(result["verdict"])
        self.assertEqual(result["verdict_range"], {"at_least": "suitable", "at_most": "consult"})
        self.assertEqual(result["unanswered"], ["keloids", "downtime_ok"])
        self.assertEqual(result["could_change"], ["keloids", "downtime_ok"])
        self.assertEqual(result["reasons"], [])
        self.assertEqual(result["schema"], "skincare.assessment/2")

    def test_a_settled_partial_result_gives_its_verdict(self):
        result = assess_json(dict(without(CLEAR, "downtime_ok", "setting"), keloids=True), "--partial")
        self.assertEqual(result["verdict"], "consult")
        self.assertEqual(result["verdict_range"], {"at_least": "consult", "at_most": "consult"})
        self.assertEqual(result["could_change"], [])
        self.assertEqual(result["rests_on"], ["keloids"])
        self.assertEqual([r["rule"] for r in result["reasons"]], ["keloids"])

    def test_only_answers_that_can_move_the_verdict_could_change_it(self):
        result = assess_json(dict(without(CLEAR, "topical_actives", "sunburn"), skin_type="V"), "--partial")
        self.assertEqual(result["verdict_range"], {"at_least": "caution", "at_most": "postpone"})
        self.assertEqual(result["could_change"], ["sunburn"])  # topical actives would add a caution to a caution
        self.assertEqual(result["unanswered"], ["sunburn", "topical_actives"])

    def test_a_question_that_depends_on_a_missing_answer_is_unanswered(self):
        result = assess_json(without(CLEAR, "concerns"), "--partial")
        self.assertIn("concerns", result["unanswered"])
        self.assertIn("acne_scar_types", result["unanswered"])  # asked if concerns turn out to have acne scars
        skipped = [s["question"] for s in result["skipped"]]
        self.assertNotIn("acne_scar_types", skipped)
        self.assertIn("cold_sores", skipped)  # areas is neck: never asked

    def test_the_witness_completes_the_answers_to_the_highest_verdict(self):
        for missing in (("keloids",), ("concerns", "setting"), ("areas", "skin_type", "pregnant"), ("age",)):
            with self.subTest(missing=missing):
                partial = without(CLEAR, *missing)
                result = assess_json(partial, "--partial", "--explain-range")
                witness = result["verdict_range"]["at_most_witness"]
                self.assertTrue(set(witness) <= set(result["unanswered"]))
                completed = assess_json(dict(partial, **witness))
                self.assertEqual(completed["verdict"], result["verdict_range"]["at_most"])
        self.assertNotIn("at_most_witness", assess_json(without(CLEAR, "keloids"), "--partial")["verdict_range"])

    def test_exit_code_of_a_partial_result_is_that_of_at_least(self):
        status, _, _ = assess(dict(without(CLEAR, "keloids"), skin_type="V"), "--partial", "--exit-code")
        self.assertEqual(status, 10)
        status, _, _ = assess(without(CLEAR, "keloids"), "--partial", "--exit-code")
        self.assertEqual(status, 0)

    def test_complete_answers_with_partial_are_the_usual_summary(self):
        status, plain, _ = assess(CLEAR, "--format", "json")
        status, partial, _ = assess(CLEAR, "--format", "json", "--partial")
        self.assertEqual(plain, partial)

    def test_text_and_markdown_say_what_is_open(self):
        answers = without(CLEAR, "keloids", "downtime_ok")
        status, out, _ = assess(answers, "--partial")
        self.assertEqual(status, 0)
        flat = " ".join(out.split())
        self.assertIn("Result: between SUITABLE and CONSULT", flat)
        self.assertIn("2 questions are not answered yet", flat)
        self.assertIn("keloids and downtime_ok", flat)
        status, out, _ = assess(answers, "--partial", "--format", "markdown")
        self.assertIn("**Result: between suitable and consult**", out)

    def test_explain_range_needs_partial(self):
        status, _, err = assess(CLEAR, "--explain-range")
        self.assertEqual(status, 2)
        self.assertIn("--partial", err)


class PartialBatchTest(unittest.TestCase):
    def batch(self, records, *args):
        status, out, err = run("assess", "--batch", *args, input="".join(json.dumps(r) + "\n" for r in records))
        return status, [json.loads(line) for line in out.splitlines()], err

    def test_batch_partial_matches_single_runs(self):
        records = [dict(without(CLEAR, "keloids"), id=1), dict(CLEAR, id=2),
                   dict(without(CLEAR, "concerns", "areas", "age"), id=3, sunburn=True)]
        status, results, err = self.batch(records, "--partial", "--explain-range")
        self.assertEqual(status, 0, err)
        for record, result in zip(records, results):
            single = assess_json(without(record, "id"), "--partial", "--explain-range")
            self.assertEqual(without(result, "id"), single)
        self.assertEqual(results[0]["verdict_range"]["at_most"], "consult")
        self.assertIs(results[1]["complete"], True)

    def test_batch_without_partial_still_reports_missing_answers(self):
        status, results, _ = self.batch([without(CLEAR, "keloids")])
        self.assertEqual(status, 65)
        self.assertEqual(results[0]["error"]["code"], "missing-answer")

    def test_every_range_holds_the_verdict_of_the_complete_record(self):
        records = []
        for i, key in enumerate(sorted(CLEAR)):
            full = dict(CLEAR, skin_type="VI" if i % 2 else "II", sunburn=i % 3 == 0)
            records.append((full, without(full, key, sorted(CLEAR)[(i + 5) % len(CLEAR)])))
        status, results, err = self.batch([partial for _, partial in records], "--partial")
        self.assertEqual(status, 0, err)
        for (full, _), result in zip(records, results):
            verdict = assess_json(full)["verdict"]
            low, high = result["verdict_range"]["at_least"], result["verdict_range"]["at_most"]
            self.assertLessEqual(SCALE.index(low), SCALE.index(verdict))
            self.assertGreaterEqual(SCALE.index(high), SCALE.index(verdict))


if __name__ == "__main__":
    unittest.main()
