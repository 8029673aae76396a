"""`skincare assess --next`: driving the whole questionnaire from an empty
answer set to done for every vignette, in the same order as the interactive
mode asks (seen through a real pty), and the interactive offer to skip to the
summary once the verdict can only be consult."""
import json
import os
import re
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import run, prompts  # noqa: E402
from pty_session import PtySession  # noqa: E402
from test_assess import CLEAR  # noqa: E402

VIGNETTES = {
    "clear": CLEAR,
    "mixed": dict(CLEAR, age=27, skin_type="V", concerns=["acne-scars", "hair-loss"], areas=["face", "scalp"],
                  acne_scar_types=["rolling", "icepick"], hair_loss_pattern="gradual-thinning", cold_sores=True,
                  isotretinoin="within-6-months", allergies=["metal"], topical_actives=True,
                  expectation="one-session", setting="spa"),
    "consult": dict(CLEAR, age=16, keloids=True, concerns=[], setting="undecided"),
    "postpone": dict(CLEAR, sunburn=True, skin_type="V", concerns=["hyperpigmentation"], pigment_type="sun-spots"),
    "face": dict(CLEAR, areas=["face", "neck"], cold_sores=False, concerns=["acne-scars", "texture"],
                 acne_scar_types=["boxcar"]),
}


def next_step(answers):
    status, out, err = run("assess", "--next", "--answers", "-", input=json.dumps(answers))
    assert status == 0, err
    return json.loads(out)


def drive(vignette):
    """Answers what --next asks, from the vignette, until done; returns the
    ids in the order asked and the final object."""
    answers, order = {}, []
    while True:
        step = next_step(answers)
        if step["done"]:
            return order, step, answers
        qid = step["question"]["id"]
        assert qid not in answers, f"{qid} asked twice"
        assert qid in vignette, f"--next asked {qid}, which the vignette does not answer"
        order.append(qid)
        answers[qid] = vignette[qid]


def interactive_text(value):
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ",".join(value) if value else "0"
    return str(value)


class NextTest(unittest.TestCase):
    def test_every_vignette_runs_from_nothing_to_done_and_matches_the_scripted_summary(self):
        for name, vignette in VIGNETTES.items():
            with self.subTest(vignette=name):
                order, final, answers = drive(vignette)
                self.assertEqual(order[0], "age")
                self.assertEqual(final["schema"], "skincare.next/1")
                self.assertEqual(final["progress"], {"asked": len(order), "remaining_at_most": 0})
                status, out, err = run("assess", "--answers", "-", "--format", "json", input=json.dumps(vignette))
                self.assertEqual(status, 0, err)
                self.assertEqual(final["summary"], json.loads(out))
                self.assertEqual(sorted(order), sorted(json.loads(out)["answers"]))

    def test_each_step_describes_the_question_and_its_range_holds_the_final_verdict(self):
        vignette = VIGNETTES["mixed"]
        status, out, _ = run("assess", "--answers", "-", "--format", "json", input=json.dumps(vignette))
        final = json.loads(out)["verdict"]
        scale = ["suitable", "caution", "postpone", "consult"]
        answers, asked = {}, 0
        while True:
            step = next_step(answers)
            if step["done"]:
                break
            q = step["question"]
            self.assertEqual(step["progress"]["asked"], asked)
            self.assertGreaterEqual(step["progress"]["remaining_at_most"], 1)
            low, high = step["verdict_range"]["at_least"], step["verdict_range"]["at_most"]
            self.assertLessEqual(scale.index(low), scale.index(final), q["id"])
            self.assertGreaterEqual(scale.index(high), scale.index(final), q["id"])
            self.assertTrue(q["prompt"] and q["help"])
            self.assertIn(q["type"], ("integer", "single", "multi", "boolean"))
            if q["type"] == "integer":
                self.assertLessEqual(q["min"], q["max"])
            if q["type"] in ("single", "multi"):
                self.assertTrue(all(c["value"] and c["label"] for c in q["choices"]))
            self.assertEqual(q["may_be_empty"], q["type"] == "multi" and q["min_count"] == 0)
            answers[q["id"]] = vignette[q["id"]]
            asked += 1

    def test_the_first_step_and_a_step_that_turns_on_a_question(self):
        step = next_step({})
        self.assertEqual(step["question"]["id"], "age")
        self.assertEqual(step["progress"]["asked"], 0)
        self.assertEqual(step["verdict_range"], {"at_least": "suitable", "at_most": "consult"})
        self.assertIn("age", step["could_change"])
        before = {k: CLEAR[k] for k in ("age", "skin_type")}

        def remaining(**answers):
            return next_step(dict(before, **answers))["progress"]["remaining_at_most"]

        # acne scars turn on the scar-type question; a face area the cold-sore question
        self.assertEqual(remaining(concerns=["acne-scars"]), remaining(concerns=["wrinkles"]) + 1)
        self.assertEqual(remaining(concerns=["wrinkles"], areas=["face"]),
                         remaining(concerns=["wrinkles"], areas=["neck"]) + 1)
        step = next_step(dict(before, concerns=["wrinkles"]))
        self.assertEqual(step["progress"]["asked"], 3)
        self.assertNotIn("acne_scar_types", step["could_change"])  # not asked for wrinkles

    def test_next_never_prompts_and_checks_its_input(self):
        status, out, err = run("assess", "--next", "--answers", "-", input="{}")
        self.assertEqual(status, 0, err)  # no answers yet
        self.assertEqual(json.loads(out)["question"]["id"], "age")
        status, _, err = run("assess", "--next", "--answers", "-", input='{"age": 300}')
        self.assertEqual(status, 65)
        self.assertIn("age", err)
        status, _, err = run("assess", "--next")
        self.assertEqual(status, 2)
        self.assertIn("--next needs the answers so far", err)
        status, _, _ = run("assess", "--next", "--batch", "--answers", "-", input="{}")
        self.assertEqual(status, 2)
        status, out, _ = run("assess", "--next", "--set", "age=30")
        self.assertEqual(json.loads(out)["question"]["id"], "skin_type")


class InteractiveOrderTest(unittest.TestCase):
    PROMPTS = prompts()

    def interactive_order(self, vignette):
        session = PtySession(["assess"])
        self.addCleanup(session.close)
        order = []
        while True:
            seen = session.expect("> ", timeout=20)
            if "Review your answers" in seen:
                break
            if "Type s to see your summary now" in seen:
                session.send("")  # go on with the questions
                continue
            questions = list(re.finditer(r"\[(\d+)/(\d+)\] (.+)\n", seen))
            self.assertTrue(questions, seen)
            qid = self.PROMPTS[questions[-1].group(3)]
            order.append(qid)
            session.send(interactive_text(vignette[qid]))
        session.send("")
        session.expect("Save this summary", timeout=20)
        session.send("n")
        self.assertEqual(session.wait(), 0)
        return order

    def test_next_asks_in_the_interactive_order_for_every_vignette(self):
        for name, vignette in VIGNETTES.items():
            with self.subTest(vignette=name):
                order, _, _ = drive(vignette)
                self.assertEqual(order, self.interactive_order(vignette))

    def test_once_the_verdict_can_only_be_consult_the_summary_is_offered(self):
        session = PtySession(["assess", "--exit-code"])
        self.addCleanup(session.close)
        session.expect("> ")
        session.send("15")  # under 18: consult whatever comes next
        seen = session.expect("Type s to see your summary now, or press Enter to go on with the questions. > ")
        flat = " ".join(seen.split())
        self.assertIn("Your answers so far already give the result CONSULT, and no answer to the", flat)
        self.assertIn("questions left can change that.", flat)
        session.send("s")
        rest = session.expect("Result: CONSULT")
        self.assertNotIn("Review your answers", rest)
        session.expect("not answered yet, but no answer to them could change this result")
        session.expect("Save this summary")
        session.send("n")
        self.assertEqual(session.wait(), 12)

    def test_the_person_may_go_on_after_the_offer(self):
        session = PtySession(["assess"])
        self.addCleanup(session.close)
        session.expect("> ")
        session.send("15")
        session.expect("Type s to see your summary now")
        session.send("")
        seen = session.expect(") > ")
        self.assertIn("[2/", seen)  # the next question, skin type
        self.assertNotIn("Type s to see your summary now", seen)


if __name__ == "__main__":
    unittest.main()
