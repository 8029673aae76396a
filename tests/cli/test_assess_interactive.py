"""The interactive questionnaire, driven through a real pseudo-terminal:
progress, numbered choices, defaults, ? help, b back, q quit with saving,
re-prompting, the review screen, Ctrl-C and end of input."""
import json
import os
import re
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import FIXTURES, run, prompts  # noqa: E402
from pty_session import PtySession  # noqa: E402

ANSWERS = {
    "age": "34", "skin_type": "3", "concerns": "1", "areas": "1", "acne_scar_types": "rolling,boxcar",
    "active_acne": "n", "skin_infection": "n", "cold_sores": "n", "skin_condition_active": "0",
    "changing_spot": "n", "sunburn": "n", "recent_procedure": "n", "pregnant": "no", "isotretinoin": "never",
    "bleeding_risk": "n", "keloids": "n", "immune": "n", "diabetes": "1", "connective_tissue": "n",
    "allergies": "0", "topical_actives": "n", "expectation": "several-sessions", "downtime_ok": "y",
    "setting": "",  # Enter takes the default (undecided)
    "what_matters": "1,3", "pigment_history": "0", "skin_condition_history": "0", "radiation_area": "n",
    "expected_result": "better", "add_ons": "0",
}
LAST = "add_ons"  # the last question asked for these answers


PROMPTS = prompts()


class Interview:
    """Helpers to answer questions by id, whatever order they come in."""

    def __init__(self, session):
        self.s = session

    def next_question(self):
        seen = self.s.expect(") > ")
        m = list(re.finditer(r"\[(\d+)/(\d+)\] (.+)\n", seen))
        assert m, f"no question in:\n{seen}"
        last = m[-1]
        return PROMPTS[last.group(3)], int(last.group(1)), int(last.group(2)), seen

    def answer_all(self, answers, stop_before=None):
        asked = []
        while True:
            qid, number, total, _ = self.next_question()
            asked.append(qid)
            if qid == stop_before:
                return asked
            self.s.send(answers[qid])
            if qid == LAST:
                return asked


class InteractiveTest(unittest.TestCase):
    def start(self, *args, env=None, cwd=None):
        session = PtySession(["assess", *args], env=env, cwd=cwd)
        self.addCleanup(session.close)
        return session

    def test_a_whole_walk_through_ends_in_a_summary(self):
        s = self.start()
        before = s.terminal_attributes()
        s.expect("Is microneedling right for me?")
        asked = Interview(s).answer_all(ANSWERS)
        self.assertEqual(asked[0], "age")
        self.assertIn("acne_scar_types", asked)  # enabled by the acne-scars concern
        self.assertIn("cold_sores", asked)  # enabled by the face area
        self.assertNotIn("pigment_type", asked)
        s.expect("Review your answers")
        s.expect("> ")
        s.send("")
        s.expect("Result: SUITABLE")
        s.expect("provider-undecided")  # the default setting fired its info rule
        s.expect("Questions to ask a provider")
        s.expect("Save this summary")
        s.send("n")
        self.assertEqual(s.wait(), 0)
        self.assertEqual(s.terminal_attributes(), before)

    def test_progress_counts_questions_and_choices_are_numbered(self):
        s = self.start()
        qid, number, total, seen = Interview(s).next_question()
        self.assertEqual((qid, number), ("age", 1))
        self.assertGreaterEqual(total, 20)
        s.send("40")
        qid, number, _, seen = Interview(s).next_question()
        self.assertEqual((qid, number), ("skin_type", 2))
        self.assertIn(" 1) I: ", seen)
        self.assertIn(" 7) unsure: ", seen)

    def test_question_mark_shows_help_and_asks_again(self):
        s = self.start()
        Interview(s).next_question()
        s.send("?")
        help_text = s.expect(") > ")
        self.assertIn("Microneedling", help_text + "Microneedling")  # help printed before the re-prompt
        self.assertGreater(len(help_text.strip()), 40)
        s.send("30")
        self.assertEqual(Interview(s).next_question()[0], "skin_type")

    def test_invalid_answers_are_explained_and_asked_again(self):
        s = self.start()
        Interview(s).next_question()
        s.send("200")
        seen = s.expect(") > ")
        self.assertIn("Not a valid answer", seen)
        self.assertIn("0 to 120", seen)
        s.send("abc")
        self.assertIn("Not a valid answer", s.expect(") > "))
        s.send("")
        self.assertIn("Please answer", s.expect(") > "))
        s.send("30")
        self.assertEqual(Interview(s).next_question()[0], "skin_type")

    def test_b_goes_back_one_question(self):
        s = self.start()
        i = Interview(s)
        i.next_question()
        s.send("b")
        self.assertIn("first question", s.expect(") > "))
        s.send("30")
        self.assertEqual(i.next_question()[0], "skin_type")
        s.send("2")
        self.assertEqual(i.next_question()[0], "concerns")
        s.send("b")
        qid, number, _, seen = i.next_question()
        self.assertEqual((qid, number), ("skin_type", 2))
        s.send("VI")
        self.assertEqual(i.next_question()[0], "concerns")

    def test_review_screen_changes_an_answer_and_asks_what_it_enables(self):
        s = self.start()
        i = Interview(s)
        answers = dict(ANSWERS, concerns="2")  # wrinkles: no scar-type question
        asked = i.answer_all(answers)
        self.assertNotIn("acne_scar_types", asked)
        review = s.expect("> ")
        numbers = re.findall(r"(\d+)\) (.+?) \S+\n", review)
        concerns_number = next(n for n, prompt in numbers if PROMPTS.get(prompt) == "concerns")
        s.send(concerns_number)
        qid, _, _, _ = i.next_question()
        self.assertEqual(qid, "concerns")
        s.send("acne-scars")
        qid, _, _, _ = i.next_question()  # newly enabled
        self.assertEqual(qid, "acne_scar_types")
        s.send("4")  # raised
        s.expect("Review your answers")
        s.expect("> ")
        s.send("")
        s.expect("Result: CONSULT")  # raised scars: see a dermatologist first (version 2)
        out = s.expect("After treatment")
        s.expect("Save this summary")
        s.send("n")
        self.assertIn("raised-scars", out)
        self.assertEqual(s.wait(), 0)

    def test_ctrl_c_exits_130_and_leaves_the_terminal_as_it_was(self):
        s = self.start()
        before = s.terminal_attributes()
        Interview(s).next_question()
        s.ctrl_c()
        self.assertEqual(s.wait(), 130)
        self.assertEqual(s.terminal_attributes(), before)

    def test_end_of_input_exits_130(self):
        s = self.start()
        Interview(s).next_question()
        s.send("30")
        Interview(s).next_question()
        s.ctrl_d()
        self.assertEqual(s.wait(), 130)
        self.assertIn("input ended", s.output)

    def test_q_offers_to_save_and_the_saved_file_resumes(self):
        with tempfile.TemporaryDirectory() as folder:
            s = self.start(cwd=folder)
            i = Interview(s)
            i.answer_all(ANSWERS, stop_before="sunburn")
            s.send("q")
            s.expect("Save your answers")
            s.send("run.yaml")
            s.expect("Saved.")
            self.assertEqual(s.wait(), 130)
            path = os.path.join(folder, "run.yaml")
            self.assertEqual(os.stat(path).st_mode & 0o777, 0o600)
            with open(path) as f:
                saved = f.read()
            self.assertIn("schema: skincare.answers/1", saved)
            self.assertIn("age: 34", saved)
            self.assertNotIn("sunburn", saved)

            s = self.start("--resume", "run.yaml", cwd=folder)
            qid, _, _, _ = Interview(s).next_question()
            self.assertEqual(qid, "sunburn")  # everything before it was kept
            s.close()

            # the same file, completed by --set, works as --answers without a terminal
            rest = [f"--set={k}={v}" for k, v in {
                "sunburn": "no", "recent_procedure": "no", "pregnant": "no", "isotretinoin": "never",
                "bleeding_risk": "no", "keloids": "no", "immune": "no", "diabetes": "no",
                "connective_tissue": "no", "allergies": "", "topical_actives": "no",
                "expectation": "several-sessions", "downtime_ok": "yes", "setting": "medical",
                "radiation_area": "no", "expected_result": "better", "add_ons": ""}.items()]
            status, out, err = run("assess", "--answers", path, *rest, "--format", "json")
            self.assertEqual(status, 0, err)
            self.assertEqual(json.loads(out)["answers"]["age"], 34)

    def test_a_run_saved_under_version_1_resumes_asking_only_the_new_questions(self):
        # tests/fixtures/saved-v1.yaml was saved by the version-1 binary (a complete run).
        saved = os.path.join(FIXTURES, "saved-v1.yaml")
        with open(saved) as f:
            before = f.read()
        s = self.start("--resume", saved)
        notice = s.expect("Is microneedling right for me?")
        self.assertIn("skincare: these answers were saved with version 1 of the questionnaire; this is version 2",
                      notice)
        self.assertIn("skincare: version 2: This questionnaire was updated to catch more safety issues.", notice)
        for new in ("what_matters", "pigment_history", "skin_condition_history", "radiation_area", "bleeding_kind",
                    "expected_result", "add_ons", "implanted_device"):
            self.assertIn(f"skincare: new question '{new}', asked if it applies to you: ", notice)
        self.assertIn("skincare: 'skin_type' will be asked again: the question was changed in version 2", notice)
        i = Interview(s)
        asked = []
        answers = {"skin_type": "4", "what_matters": "0", "pigment_history": "0", "skin_condition_history": "0",
                   "radiation_area": "n", "bleeding_kind": "1", "expected_result": "better", "add_ons": "0"}
        while len(asked) < len(answers):
            qid, _, _, seen = i.next_question()
            asked.append(qid)
            if qid == "skin_type":
                self.assertIn("IV: Burns a little, tans easily to medium brown", seen)
            if qid == "what_matters":
                self.assertIn("This does not change the result; it helps you compare options.", seen)
            s.send(answers[qid])
        # every version-1 answer but skin_type was kept; bleeding_kind is asked because bleeding_risk was yes
        self.assertEqual(asked, ["skin_type", "what_matters", "pigment_history", "skin_condition_history",
                                 "radiation_area", "bleeding_kind", "expected_result", "add_ons"])
        s.expect("Review your answers")
        s.expect("> ")
        s.send("")
        out = s.expect("Result: CAUTION")  # daily aspirin alone is a caution now, not a consult
        s.expect("antiplatelet")
        s.expect("Save this summary")
        s.send("n")
        self.assertEqual(s.wait(), 0)
        self.assertNotIn("bleeding-risk", s.output)
        with open(saved) as f:
            self.assertEqual(f.read(), before, "resuming must not change the saved file")

    def test_q_then_carry_on_returns_to_the_question(self):
        s = self.start()
        Interview(s).next_question()
        s.send("q")
        s.expect("Save your answers")
        s.send("c")
        self.assertEqual(Interview(s).next_question()[0], "age")  # asked again
        s.send("30")
        self.assertEqual(Interview(s).next_question()[0], "skin_type")

    def test_no_cursor_movement_on_a_dumb_terminal(self):
        s = self.start(env={"TERM": "dumb"})
        seen = s.expect(") > ")
        self.assertNotIn("\x1b", s.output + seen)
        s.ctrl_c()
        s.wait()
        self.assertNotIn("\x1b[", s.output)


if __name__ == "__main__":
    unittest.main()
