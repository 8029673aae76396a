"""A content tree whose questionnaire has a `what_matters` values question,
for testing the "What matters to you" summary before (and independently of)
the shipped questionnaire's own. Copies content/ into a temporary folder."""

import os
import shutil

from harness import CONTENT_DIR

WHAT_MATTERS = """
  - id: what_matters
    type: multi
    prompt: Which of these matter most to you when choosing a treatment?
    help: >-
      This does not change the result; it helps you compare options.
    none_label: None of these
    choices:
      - value: little-downtime
        label: Little downtime
      - value: few-visits
        label: Few visits
      - value: low-cost
        label: Low cost
      - value: low-risk-dark-patches
        label: A low risk of dark patches
      - value: big-improvement
        label: A big improvement
      - value: no-needles
        label: No needles
"""


def content_with_values(folder):
    """content/ copied to `folder`/content, with what_matters after `areas`
    (unless the shipped questionnaire already has it). Returns the path."""
    target = os.path.join(folder, "content")
    shutil.copytree(CONTENT_DIR, target)
    path = os.path.join(target, "questionnaire", "assessment.yaml")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if "id: what_matters" not in text:
        marker = "\n  - id: acne_scar_types\n"
        assert marker in text
        text = text.replace(marker, WHAT_MATTERS + marker, 1)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    return target
