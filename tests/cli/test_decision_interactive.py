"""The values step and the offer to save the summary as HTML, through a real
pseudo-terminal (plain lines, TERM=dumb as a screen reader would use)."""
import os
import re
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import ESC, run  # noqa: E402
from pty_session import PtySession  # noqa: E402
from values_fixture import content_with_values  # noqa: E402

ANSWERS = {
    "age": "34", "skin_type": "3", "concerns": "1", "areas": "1", "acne_scar_types": "rolling,boxcar",
    "what_matters": "little-downtime,low-cost", "active_acne": "n", "skin_infection": "n", "cold_sores": "n",
    "skin_condition_active": "0", "changing_spot": "n", "sunburn": "n", "recent_procedure": "n", "pregnant": "no",
    "isotretinoin": "never", "bleeding_risk": "n", "keloids": "n", "immune": "n", "diabetes": "1",
    "connective_tissue": "n", "allergies": "0", "topical_actives": "n", "expectation": "several-sessions",
    "downtime_ok": "y", "setting": "",
}


class ValuesStep(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp()
        cls.content = content_with_values(cls.tmp)
        status, out, _ = run("--content", cls.content, "assess", "--template")
        assert status == 0
        cls.prompts, prompt = {}, None
        for line in out.splitlines():
            if line.startswith("# ") and not line.startswith(("# Allowed", "#   ", "# Only asked", "# Answers",
                                                              "# Fill", "# Yes/no")):
                prompt = line[2:]
            m = re.match(r"^([a-z_]+):", line)
            if m and prompt:
                cls.prompts[prompt] = m.group(1)
                prompt = None

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def walk(self, s):
        """Answers every question; returns what was shown for what_matters."""
        shown = ""
        while True:
            seen = s.expect(") > ")
            found = list(re.finditer(r"\[(\d+)/(\d+)\] (.+)\n", seen))
            qid = self.prompts[found[-1].group(3)]
            if qid == "what_matters":
                shown = seen
            s.send(ANSWERS[qid])
            if qid == "setting":
                break
        s.expect("Review your answers")
        s.expect("> ")
        s.send("")
        return shown

    def session(self, folder, *args, env=None):
        s = PtySession(["--content", self.content, "assess", *args], env=env, cwd=folder)
        self.addCleanup(s.close)
        return s

    def test_values_step_reads_as_plain_lines_and_the_summary_shows_it(self):
        folder = tempfile.mkdtemp(dir=self.tmp)
        s = self.session(folder, env={"TERM": "dumb"})
        shown = self.walk(s)
        self.assertIn("matter most to you", shown)
        self.assertIn("   1) little-downtime: Little downtime\n", shown)
        self.assertNotIn(ESC, shown)
        self.assertNotIn("\r\x1b", shown)
        out = s.expect("Save this summary")
        self.assertIn("What matters to you", out)
        self.assertIn("You said these matter: Little downtime, Low cost", out.replace("\r\n", "\n").replace("\n  ", " "))
        self.assertNotIn(ESC, out)
        s.send("n")
        self.assertEqual(s.wait(), 0)
        self.assertEqual(os.listdir(folder), [])

    def test_the_summary_is_saved_next_to_the_answers_and_never_replaced_unasked(self):
        folder = tempfile.mkdtemp(dir=self.tmp)
        answers = os.path.join(folder, "mine", "answers.yaml")
        os.makedirs(os.path.dirname(answers))
        s = self.session(folder, "--save", answers)
        self.walk(s)
        prompt = s.expect("> ")
        self.assertIn(os.path.join(folder, "mine", "skincare-summary.html"), prompt.replace("\r\n", ""))
        s.send("")
        s.expect("Saved the summary to")
        self.assertEqual(s.wait(), 0)
        page = os.path.join(folder, "mine", "skincare-summary.html")
        with open(page, encoding="utf-8") as f:
            html = f.read()
        self.assertTrue(html.startswith("<!DOCTYPE html>"))
        self.assertIn("<h2>What matters to you</h2>", html)
        self.assertEqual(os.stat(page).st_mode & 0o777, 0o600)

        # Again: the page exists, so it asks; "n" keeps it and asks for another name.
        s = self.session(folder, "--save", answers, "--force")
        self.walk(s)
        s.expect("Save this summary")
        s.send("")
        s.expect("already exists. Replace it?")
        with open(page, "w", encoding="utf-8") as f:
            f.write("kept")
        s.send("n")
        s.expect("Save this summary")
        s.send("other.html")
        s.expect("Saved the summary to other.html")
        self.assertEqual(s.wait(), 0)
        with open(page, encoding="utf-8") as f:
            self.assertEqual(f.read(), "kept")
        self.assertTrue(os.path.exists(os.path.join(folder, "other.html")))

    def test_end_of_input_at_the_offer_keeps_the_summary_and_exits_0(self):
        folder = tempfile.mkdtemp(dir=self.tmp)
        s = self.session(folder)
        self.walk(s)
        self.assertIn("Result:", s.expect("Save this summary"))
        s.ctrl_d()
        self.assertEqual(s.wait(), 0)
        self.assertEqual(os.listdir(folder), [])


if __name__ == "__main__":
    unittest.main()
