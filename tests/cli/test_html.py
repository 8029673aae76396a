"""`--format html` for assess, explain and compare: one self-contained page,
checked by an independent validator (HTML Tidy) and printed by a real
browser (headless Chromium) to PDF, whose text is read back (pdftotext).
A screenshot of the first printed page is left in the build folder for review.

Needs the test packages (scripts/setup.sh installs them): chromium, tidy,
poppler-utils."""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import BIN, CONTENT_DIR, run  # noqa: E402
from values_fixture import content_with_values  # noqa: E402

OUT_DIR = os.path.join(os.path.dirname(BIN), "html-review")

TYPICAL = {
    "age": 34, "skin_type": "IV", "concerns": ["acne-scars"], "areas": ["face"],
    "what_matters": ["little-downtime", "low-risk-dark-patches"],
    "acne_scar_types": ["rolling", "boxcar"], "active_acne": False, "skin_infection": False,
    "cold_sores": False, "skin_condition_active": [], "changing_spot": False, "sunburn": False,
    "recent_procedure": False, "pregnant": "no", "isotretinoin": "never", "bleeding_risk": False,
    "keloids": False, "immune": False, "diabetes": "no", "connective_tissue": False, "allergies": [],
    "topical_actives": False, "expectation": "several-sessions", "downtime_ok": True, "setting": "medical",
}

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
TOOLS = {"chromium": CHROMIUM, "tidy": shutil.which("tidy"), "pdftotext": shutil.which("pdftotext"),
         "pdftoppm": shutil.which("pdftoppm"), "pdfinfo": shutil.which("pdfinfo")}


def squash(text):
    return re.sub(r"\s+", "", text)


def tidy_errors(html):
    """HTML Tidy's errors and warnings for `html` (empty when clean)."""
    done = subprocess.run([TOOLS["tidy"], "-q", "-e", "-utf8", "--show-warnings", "yes"], input=html.encode(),
                          capture_output=True, timeout=60)
    assert done.returncode in (0, 1, 2), done
    return done.stderr.decode()


def print_pdf(html, name, paper=None):
    """Prints `html` with headless Chromium; returns (pdf path, text, pages)."""
    os.makedirs(OUT_DIR, exist_ok=True)
    if paper:  # the same page, printed on another paper size
        html = html.replace("</style>", "@page { size: %s; }</style>" % paper, 1)
    page = os.path.join(OUT_DIR, name + ".html")
    pdf = os.path.join(OUT_DIR, name + ".pdf")
    with open(page, "w", encoding="utf-8") as f:
        f.write(html)
    if os.path.exists(pdf):
        os.remove(pdf)
    profile = tempfile.mkdtemp()
    try:
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--user-data-dir=" + profile, "--print-to-pdf=" + pdf, "file://" + page],
                       capture_output=True, timeout=180, check=True)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    text = subprocess.run([TOOLS["pdftotext"], pdf, "-"], capture_output=True, check=True).stdout.decode()
    info = subprocess.run([TOOLS["pdfinfo"], pdf], capture_output=True, check=True).stdout.decode()
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    return pdf, text, pages


class Tools(unittest.TestCase):
    def test_the_test_packages_are_installed(self):
        missing = [name for name, path in TOOLS.items() if not path]
        self.assertEqual(missing, [], "run scripts/setup.sh to install the test packages")


@unittest.skipUnless(all(TOOLS.values()), "test packages missing (see Tools)")
class SelfContained(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.mkdtemp()
        cls.content = content_with_values(cls.folder)
        answers = os.path.join(cls.folder, "answers.json")
        with open(answers, "w") as f:
            json.dump(TYPICAL, f)
        cls.answers = answers
        cls.pages = {}
        for name, args in {
            "assess": ["--content", cls.content, "assess", "--answers", answers, "--format", "html"],
            "explain": ["explain", "acne-scars", "--format", "html"],
            "compare": ["compare", "acne-scars", "hair-loss", "--format", "html"],
        }.items():
            status, out, err = run(*args)
            assert status == 0 and err == "", (name, status, err)
            cls.pages[name] = out

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.folder, ignore_errors=True)

    def test_valid_html5_by_tidy(self):
        for name, html in self.pages.items():
            self.assertEqual(tidy_errors(html), "", name)

    def test_nothing_is_fetched_and_nothing_runs(self):
        for name, html in self.pages.items():
            self.assertTrue(html.startswith("<!DOCTYPE html>\n<html lang=\"en\">"), name)
            self.assertIn('<meta charset="utf-8">', html)
            lowered = html.lower()
            for forbidden in ("<script", "<link", "<img", "<iframe", "<object", "<embed", "@import", "url(", " src=",
                              " on", "javascript:"):
                if forbidden == " on":
                    self.assertIsNone(re.search(r"<[^>]+\son[a-z]+=", lowered), name)
                else:
                    self.assertNotIn(forbidden, lowered, name)
            self.assertEqual(lowered.count("<style>"), 1, name)

    maxDiff = 2000

    def test_headings_and_tables(self):
        assess = self.pages["assess"]
        self.assertEqual(assess.count("<h1>"), 1)
        self.assertRegex(assess, r"<h1>Result: <span class=\"verdict\">[A-Z]+</span></h1>")
        h2 = re.findall(r"<h2>([^<]+)</h2>", assess)
        status, out, _ = run("--content", self.content, "assess", "--answers", self.answers, "--format", "json")
        result = json.loads(out)
        notes = ["When the temporary reasons have passed"] if result.get("after_temporary") else []
        notes += ["What this result rests on"] if result.get("rests_on") else []
        self.assertEqual(h2[1:1 + len(notes)], notes)
        h2 = [h for h in h2 if h not in notes]
        self.assertEqual(h2, ["Why", "What to expect for your concerns", "What matters to you", "Before you book",
                              "Questions to ask a provider", "After treatment, see a doctor if", "Sources",
                              "Your answers"])
        self.assertIn('<th scope="row">Microneedling</th>', assess)
        self.assertIn('<th scope="col" class="matters">Downtime <span class="mark">(matters to you)</span>', assess)
        self.assertIn('<th scope="row">No treatment, wait, or cover it</th>', assess)
        self.assertRegex(assess, r"Made on \d{4}-\d{2}-\d{2} with questionnaire \S+ version \S+")
        compare = self.pages["compare"]
        self.assertEqual(compare.count('<table class="grid">'), 2)
        self.assertEqual(compare.count('<th scope="row">'), 14)
        self.assertIn("https://doi.org/10.1001/jamadermatol.2013.8687", compare)  # links written out

    def test_a_postponed_result_says_what_it_would_be_afterwards(self):
        answers = os.path.join(self.folder, "sunburn.json")
        with open(answers, "w") as f:
            json.dump(dict(TYPICAL, sunburn=True), f)
        status, out, _ = run("--content", self.content, "assess", "--answers", answers, "--format", "json")
        result = json.loads(out)
        self.assertEqual(result["verdict"], "postpone")
        status, html, err = run("--content", self.content, "assess", "--answers", answers, "--format", "html")
        self.assertEqual((status, err), (0, ""))
        self.assertIn("<h1>Result: <span class=\"verdict\">POSTPONE</span></h1>", html)
        if result.get("after_temporary") and result["after_temporary"]["verdict"]:
            self.assertIn("<h2>When the temporary reasons have passed</h2>", html)
            self.assertIn(result["after_temporary"]["verdict"].upper(), html.split("temporary reasons have passed")[1])
        self.assertEqual(tidy_errors(html), "")

    def test_disclaimer_on_every_printed_page_and_at_the_end(self):
        for name, html in self.pages.items():
            self.assertIn("@bottom-left { content: \"This is education", html, name)
            self.assertRegex(html, r'<footer class="disclaimer"><p>This is education', name)

    def test_printed_summary_has_verdict_reasons_and_sources_in_three_pages(self):
        status, out, _ = run("--content", self.content, "assess", "--answers", self.answers, "--format", "json")
        self.assertEqual(status, 0)
        result = json.loads(out)
        for paper in ("letter", "A4"):
            pdf, text, pages = print_pdf(self.pages["assess"], "assess-" + paper.lower(), paper)
            self.assertLessEqual(pages, 3, paper)
            flat = squash(text)
            self.assertIn("Result:" + result["verdict"].upper(), flat)
            for reason in result["reasons"]:
                self.assertIn(squash(reason["message"]), flat, reason["rule"])
            cited = set()
            for reason in result["reasons"]:
                cited.update(reason["sources"])
            for concern in result["concerns"]:
                cited.update(concern["sources"])
            for grid in result["what_matters"]["grids"]:
                for row in grid["rows"]:
                    for cell in row["cells"].values():
                        cited.update(cell["sources"])
            self.assertTrue(cited)
            for source in cited:
                self.assertIn(source, flat, (paper, source))
            self.assertGreaterEqual(text.count("This is education"), pages, "the disclaimer on every page")
        png = os.path.join(OUT_DIR, "assess-first-page")
        subprocess.run([TOOLS["pdftoppm"], "-r", "60", "-f", "1", "-l", "1", "-png", "-singlefile",
                        os.path.join(OUT_DIR, "assess-letter.pdf"), png], check=True, timeout=60)
        self.assertGreater(os.path.getsize(png + ".png"), 10000)

    def test_compare_prints(self):
        _, text, pages = print_pdf(self.pages["compare"], "compare")
        flat = squash(text)
        self.assertIn(squash("No treatment, wait, or cover it"), flat)
        self.assertIn("alam-2014", flat)
        self.assertGreaterEqual(text.count("This is education"), pages)


HOSTILE = '<script>alert("x")</script> & \'quoted\' </style> \x1b[31m'


@unittest.skipUnless(TOOLS["tidy"], "tidy missing (see Tools)")
class Escaping(unittest.TestCase):
    def test_hostile_content_is_escaped_everywhere(self):
        folder = tempfile.mkdtemp()
        try:
            content = content_with_values(folder)
            grid = os.path.join(content, "grids", "acne-scars.yaml")
            with open(grid, encoding="utf-8") as f:
                text = f.read()
            text = text.replace("label: Subcision", "label: " + json.dumps(HOSTILE), 1)
            with open(grid, "w", encoding="utf-8") as f:
                f.write(text)
            questionnaire = os.path.join(content, "questionnaire", "assessment.yaml")
            with open(questionnaire, encoding="utf-8") as f:
                text = f.read()
            text = text.replace("disclaimer: >-\n", "disclaimer: >-\n  " + HOSTILE.replace("\x1b", "") + "\n", 1)
            with open(questionnaire, "w", encoding="utf-8") as f:
                f.write(text)
            answers = os.path.join(folder, "answers.json")
            with open(answers, "w") as f:
                json.dump(TYPICAL, f)
            for args in (["compare", "acne-scars"], ["assess", "--answers", answers], ["explain", "acne-scars"]):
                status, out, err = run("--content", content, *args, "--format", "html")
                self.assertEqual((status, err), (0, ""), args)
                self.assertNotIn("<script", out)
                self.assertNotIn("\x1b", out)
                self.assertEqual(out.count("</style>"), 1)
                if args[0] != "explain":
                    self.assertIn("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;", out)
                self.assertIn("\\3C script\\3E alert(\\\"x\\\")", out)  # the disclaimer in the page margin
                self.assertEqual(tidy_errors(out), "", args)
        finally:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
