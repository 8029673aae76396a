"""The man pages and docs/ state the same contracts as the code.

Every question id and rule id of the shipped questionnaire, and every exit
status the program can return, must appear both in the man pages and in the
project's docs/, so neither can fall behind the other or the code."""

import os
import re
import unittest

from harness import SOURCE_DIR


def read(*parts):
    with open(os.path.join(SOURCE_DIR, *parts), encoding="utf-8") as f:
        return f.read()


def ids_in_section(text, section):
    """The `  - id: X` entries of a top-level YAML list `section:`."""
    start = re.search(rf"^{section}:\s*$", text, re.M)
    if not start:
        return []
    rest = text[start.end():]
    end = re.search(r"^\S", rest, re.M)
    body = rest[: end.start()] if end else rest
    return re.findall(r"^  - id: ([A-Za-z0-9_-]+)", body, re.M)


def man_text(page):
    # Undo roff escapes that can sit inside an id: \- is a hyphen, \fB/\fR fonts.
    text = read("man", page)
    return re.sub(r"\\f[BIRP]", "", text).replace("\\-", "-").replace("\\(em", "-")


def exit_statuses():
    """The exit statuses the code declares: base/errors.h and assess --exit-code."""
    errors = read("src", "base", "errors.h")
    enum = errors[errors.index("enum class ExitStatus"):]
    enum = enum[: enum.index("};")]
    codes = [int(n) for n in re.findall(r"=\s*(\d+)", enum)]
    assess = read("src", "cli", "assess.cpp")
    codes += [int(n) for n in re.findall(r"case Verdict::\w+: return (\d+);", assess)]
    return sorted(set(codes))


def mentions(text, word):
    return re.search(rf"(?<![A-Za-z0-9_-]){re.escape(word)}(?![A-Za-z0-9_-])", text) is not None


class DocsAgree(unittest.TestCase):
    def setUp(self):
        self.questionnaire = read("content", "questionnaire", "assessment.yaml")

    def test_the_questionnaire_has_ids_to_check(self):
        # Guards the parsing below: an empty list would make the other tests pass vacuously.
        self.assertGreater(len(ids_in_section(self.questionnaire, "questions")), 20)
        self.assertGreater(len(ids_in_section(self.questionnaire, "rules")), 30)
        self.assertIn(65, exit_statuses())
        self.assertIn(12, exit_statuses())

    def test_every_question_id_is_in_the_assess_man_page_and_docs(self):
        man, docs = man_text("skincare-assess.1"), read("docs", "assessment.md")
        for qid in ids_in_section(self.questionnaire, "questions"):
            with self.subTest(question=qid):
                self.assertTrue(mentions(man, qid), f"{qid} is not in man/skincare-assess.1")
                self.assertTrue(mentions(docs, qid), f"{qid} is not in docs/assessment.md")

    def test_every_rule_id_is_in_the_assess_man_page_and_docs(self):
        man, docs = man_text("skincare-assess.1"), read("docs", "assessment.md")
        for rid in ids_in_section(self.questionnaire, "rules"):
            with self.subTest(rule=rid):
                self.assertTrue(mentions(man, rid), f"{rid} is not in man/skincare-assess.1")
                self.assertTrue(mentions(docs, rid), f"{rid} is not in docs/assessment.md")

    def test_every_exit_status_is_in_the_man_page_and_docs(self):
        man, docs = man_text("skincare.1") + man_text("skincare-assess.1"), read("docs", "cli.md")
        for code in exit_statuses():
            with self.subTest(status=code):
                self.assertTrue(mentions(man, str(code)), f"exit status {code} is not in the man pages")
                self.assertTrue(mentions(docs, str(code)), f"exit status {code} is not in docs/cli.md")


if __name__ == "__main__":
    unittest.main()
